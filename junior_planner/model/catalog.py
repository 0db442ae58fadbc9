"""The block catalog: what children can place, with footprints, costs and indicator tags.

Parsed from the dict in `models3d/catalog.json` (reading the file is the services' job).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from junior_planner.model.vocabulary import AGE_BANDS, ZONE_KINDS

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class CatalogError(ValueError):
    """The catalog file is not usable; the message names the entry and the field."""


@dataclass(frozen=True)
class Category:
    id: str
    names: Mapping[str, str]
    color: str = "#888888"


@dataclass(frozen=True)
class Variant:
    id: str
    names: Mapping[str, str]
    color: str


@dataclass(frozen=True)
class BlockType:
    id: str
    names: Mapping[str, str]
    category: str
    width: float
    depth: float
    height: float
    cost: float
    model: Optional[str] = None
    allowed_zones: tuple[str, ...] = ()
    age_bands: tuple[str, ...] = AGE_BANDS
    tags: Mapping[str, float] = field(default_factory=dict)
    scale_min: float = 1.0
    scale_max: float = 1.0
    variants: tuple[Variant, ...] = ()

    @property
    def scalable(self) -> bool:
        return self.scale_max > self.scale_min

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    @property
    def default_variant(self) -> str:
        return self.variants[0].id if self.variants else ""


class Catalog:
    def __init__(self, categories: Iterable[Category], blocks: Iterable[BlockType]):
        self.categories: dict[str, Category] = {c.id: c for c in categories}
        self.blocks: dict[str, BlockType] = {b.id: b for b in blocks}

    def get(self, block_type: str) -> Optional[BlockType]:
        return self.blocks.get(block_type)

    def __contains__(self, block_type: str) -> bool:
        return block_type in self.blocks

    def __len__(self) -> int:
        return len(self.blocks)

    def in_category(self, category: str) -> list[BlockType]:
        return [b for b in self.blocks.values() if b.category == category]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Catalog":
        if not isinstance(data, Mapping) or data.get("format") != "junior-planner-catalog":
            raise CatalogError("not a Junior Planner catalog (format is not 'junior-planner-catalog')")
        categories = [_category(c) for c in _list(data, "categories")]
        known = {c.id for c in categories}
        blocks = []
        seen: set[str] = set()
        for raw in _list(data, "blocks"):
            block = _block(raw, known)
            if block.id in seen:
                raise CatalogError(f"block '{block.id}' appears twice")
            seen.add(block.id)
            blocks.append(block)
        return cls(categories, blocks)


def _list(data: Mapping[str, Any], key: str) -> list:
    value = data.get(key)
    if not isinstance(value, list):
        raise CatalogError(f"'{key}' must be a list")
    return value


def _names(raw: Mapping[str, Any], where: str) -> dict[str, str]:
    names = raw.get("names")
    if not isinstance(names, Mapping) or not all(isinstance(names.get(k), str) and names.get(k) for k in ("en", "zh_CN")):
        raise CatalogError(f"{where} needs names in 'en' and 'zh_CN'")
    return dict(names)


def _category(raw: Any) -> Category:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not ID_PATTERN.match(raw["id"]):
        raise CatalogError(f"category {raw!r} needs a lowercase kebab-case id")
    return Category(raw["id"], _names(raw, f"category '{raw['id']}'"), str(raw.get("color", "#888888")))


def _number(raw: Mapping[str, Any], key: str, where: str, minimum: float = 0.0) -> float:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value == value or value < minimum or value == float("inf"):
        raise CatalogError(f"{where}: '{key}' must be a number >= {minimum}")
    return float(value)


def _block(raw: Any, categories: set[str]) -> BlockType:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not ID_PATTERN.match(raw["id"]):
        raise CatalogError(f"block {str(raw)[:60]} needs a lowercase kebab-case id")
    where = f"block '{raw['id']}'"
    if raw.get("category") not in categories:
        raise CatalogError(f"{where}: unknown category {raw.get('category')!r}")
    footprint = raw.get("footprint")
    if not isinstance(footprint, Mapping):
        raise CatalogError(f"{where}: 'footprint' needs width and depth")
    width = _number(footprint, "width", where, 0.01)
    depth = _number(footprint, "depth", where, 0.01)
    scale = raw.get("scale")
    if scale is None:
        smin = smax = 1.0
    elif isinstance(scale, Mapping):
        smin = _number(scale, "min", where, 0.01)
        smax = _number(scale, "max", where, smin)
    else:
        raise CatalogError(f"{where}: 'scale' must be null or {{min, max}}")
    zones = tuple(raw.get("allowed_zones") or ())
    if any(z not in ZONE_KINDS for z in zones):
        raise CatalogError(f"{where}: allowed_zones must be among {', '.join(ZONE_KINDS)}")
    bands = tuple(raw.get("age_bands") or AGE_BANDS)
    if any(b not in AGE_BANDS for b in bands):
        raise CatalogError(f"{where}: age_bands must be among {', '.join(AGE_BANDS)}")
    tags = raw.get("tags") or {}
    if not isinstance(tags, Mapping):
        raise CatalogError(f"{where}: 'tags' must map names to numbers")
    variants = tuple(
        Variant(str(v["id"]), _names(v, f"{where} variant"), str(v.get("color", "#888888")))
        for v in (raw.get("variants") or ())
        if isinstance(v, Mapping) and "id" in v
    )
    return BlockType(
        id=raw["id"],
        names=_names(raw, where),
        category=raw["category"],
        width=width,
        depth=depth,
        height=_number(raw, "height", where, 0.0),
        cost=_number(raw, "cost", where, 0.0),
        model=raw.get("model"),
        allowed_zones=zones,
        age_bands=bands,
        tags={str(k): _number(tags, k, f"{where} tags") for k in tags},
        scale_min=smin,
        scale_max=smax,
        variants=variants,
    )
