"""Child-friendly indicators of a proposal: play area per age band, green and shade cover, places
to sit, safety near the school gate, accessibility, variety and budget.

Every formula is simple enough to check by hand with the catalog's tags (docs/indicators.md).
The definitions (which indicators, their parameters, targets and captions) come from a
facilitator's file that the services read and check; this module only holds the values and does
the arithmetic. Pure Python + numpy: the per-block-type tag vectors are built once per
(definitions, catalog, site), so a proposal of 2,000 blocks costs a few array operations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

import numpy as np

from junior_planner import i18n
from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import PlacedBlock
from junior_planner.model.geometry import polygon_area
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import LANGUAGES

FORMAT = "junior-planner-indicators"
FORMAT_VERSION = 1

#: The indicator tags a block may carry (docs/assets.md). A catalog may add its own.
TAGS: tuple[str, ...] = (
    "seats", "shade_m2", "green_m2", "play_area_m2", "light", "crossing", "traffic_calming",
    "accessible", "drinking_water", "toilet", "sport", "learning", "bike_parking", "shelter",
)

#: Formula kinds: parameter names (required, optional) and the placeholders captions may use
#: besides {value} and {target}.
KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "area_for_age_band": {"required": ("tag", "age_band"), "placeholders": ()},
    "cover_percent": {"required": ("tag",), "placeholders": ()},
    "tag_total": {"required": ("tag",), "placeholders": ()},
    "count_tagged": {"required": ("tags",), "placeholders": ()},
    "count_near_features": {"required": ("tags", "feature_kinds", "distance_m"), "placeholders": ("distance",)},
    "category_variety": {"required": (), "placeholders": ("total",)},
    "budget_used": {"required": (), "placeholders": ()},
}

#: Units of the values, by kind (tag_total depends on its tag).
UNITS = {"area_for_age_band": "m2", "cover_percent": "percent", "count_tagged": "count",
         "count_near_features": "count", "category_variety": "categories", "budget_used": "budget-units"}

DISTANCE_TOLERANCE = 1e-9  # metres: a centre exactly distance_m away counts as near


def is_area_tag(tag: str) -> bool:
    """Area tags (m², ending in `_m2`) grow with the square of a block's scale; others do not."""
    return tag.endswith("_m2")


def unit_of(kind: str, params: Mapping[str, Any]) -> str:
    if kind == "tag_total":
        return "m2" if is_area_tag(str(params.get("tag", ""))) else "count"
    return UNITS[kind]


def format_number(value: float) -> str:
    """How a number appears in a caption: whole numbers without decimals, others with one
    (two significant digits below 0.1, so a little never shows as 0)."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return str(int(value))
    value = float(value)
    if 0 < abs(value) < 0.1:  # a little is not nothing: 0.047 %, not 0 %
        return f"{value:.2g}"
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


@dataclass(frozen=True)
class Target:
    """`at_least` n (more is better) or `at_most` n (less is better)."""

    direction: str
    value: float

    def __post_init__(self) -> None:
        if self.direction not in ("at_least", "at_most"):
            raise ValueError(f"a target is at_least or at_most, not {self.direction!r}")

    def met(self, value: float) -> bool:
        return value >= self.value if self.direction == "at_least" else value <= self.value

    def to_dict(self) -> dict[str, float]:
        return {self.direction: self.value}


@dataclass(frozen=True)
class IndicatorDefinition:
    """One line of a definitions file (checked by the services before it gets here)."""

    id: str
    kind: str
    params: Mapping[str, Any]
    captions: Mapping[str, str]
    explanations: Mapping[str, str]
    icon: str = ""
    target: Optional[Target] = None
    captions_not_applicable: Mapping[str, str] = field(default_factory=dict)
    captions_no_target: Mapping[str, str] = field(default_factory=dict)
    # what the kiosk shows a child: counts and words, never percentages or square metres
    child_captions: Mapping[str, str] = field(default_factory=dict)
    child_captions_one: Mapping[str, str] = field(default_factory=dict)  # the same when the count is 1

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"indicator '{self.id}': unknown kind {self.kind!r}")

    @property
    def unit(self) -> str:
        return unit_of(self.kind, self.params)


@dataclass(frozen=True)
class IndicatorSet:
    """A whole definitions file: its id, names and indicators in display order."""

    id: str
    names: Mapping[str, str]
    definitions: tuple[IndicatorDefinition, ...]
    source: str = ""

    def __hash__(self) -> int:
        return hash((self.id, self.source, tuple(d.id for d in self.definitions)))


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator's value for one proposal. `value` is None when the indicator does not apply
    to the site (e.g. no school gate or bus stop); then `met` is None too. `met` is also None
    when there is no target."""

    id: str
    kind: str
    unit: str
    value: Optional[float]
    target: Optional[Target]
    met: Optional[bool]
    icon: str
    captions: Mapping[str, str]
    explanations: Mapping[str, str]
    details: Mapping[str, Any] = field(default_factory=dict)
    child_captions: Mapping[str, str] = field(default_factory=dict)
    child_captions_one: Mapping[str, str] = field(default_factory=dict)

    @property
    def applicable(self) -> bool:
        return self.value is not None

    @property
    def level(self) -> Optional[float]:
        """How far toward an at-least target, 0..1 (a picture gauge fills up); None without one."""
        if self.value is None or self.target is None or self.target.direction != "at_least" or self.target.value <= 0:
            return None
        return max(0.0, min(1.0, self.value / self.target.value))

    def child_caption(self, language: str) -> str:
        """The kiosk's words for a child (the caption with figures when the file has none)."""
        # "1 place to sit": the singular where the language's plural rule (Qt's, as for %n) has one
        if self.value is not None and self.child_captions_one.get(language) \
                and i18n.NUMERUS_FORMS.get(language, 1) > 1 and i18n.plural_index(self.value, language) == 0:
            return self.child_captions_one[language]
        return self.child_captions.get(language) or self.child_captions.get("en") or self.caption(language)

    def caption(self, language: str) -> str:
        return self.captions.get(language) or self.captions.get("en", "")

    def explanation(self, language: str) -> str:
        return self.explanations.get(language) or self.explanations.get("en", "")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "value": self.value, "unit": self.unit,
                "target": self.target.to_dict() if self.target else None, "met": self.met,
                "applicable": self.applicable, "icon": self.icon, "details": dict(self.details),
                "captions": dict(self.captions), "explanations": dict(self.explanations)}


def buildable_area(site: Site) -> float:
    """The sum of the areas of the site's buildable polygons (m²), as listed in site.json."""
    return float(sum(polygon_area(p) for p in site.buildable))


def feature_positions(site: Site, kinds: Iterable[str]) -> np.ndarray:
    """(n, 2) positions of the site's features of these kinds."""
    wanted = set(kinds)
    points = [f["position"][:2] for f in site.features
              if isinstance(f, Mapping) and f.get("kind") in wanted and f.get("position") is not None]
    return np.asarray(points, dtype=float).reshape(-1, 2)


@dataclass
class _Plan:
    definition: IndicatorDefinition
    weights: Optional[np.ndarray] = None  # per block type (+1 row for unknown types), or None
    scaled: bool = False  # multiply by scale squared
    features: Optional[np.ndarray] = None
    distance: float = 0.0


class IndicatorCalculator:
    """Computes a set of indicators for proposals on one site with one catalog.

    Build it once (it turns every block type's tags into vectors); `compute` is then a handful
    of numpy operations on the proposal's blocks, in display order of the definitions."""

    def __init__(self, indicators: IndicatorSet, catalog: Catalog, site: Site):
        self.indicators, self.catalog, self.site = indicators, catalog, site
        types = list(catalog.blocks.values())
        self._index = {b.id: i for i, b in enumerate(types)}
        self._unknown = len(types)  # the index of the all-zero row for block types not in the catalog
        tags = list(TAGS) + sorted({t for b in types for t in b.tags} - set(TAGS))
        self._tag_column = {t: j for j, t in enumerate(tags)}
        self._tags = np.zeros((len(types) + 1, len(tags)))
        for i, b in enumerate(types):
            for t, v in b.tags.items():
                self._tags[i, self._tag_column[t]] = v
        self._cost = np.array([b.cost for b in types] + [0.0])
        categories = list(catalog.categories)
        self._categories = len(categories)
        cat_index = {c: k for k, c in enumerate(categories)}
        self._category = np.array([cat_index.get(b.category, -1) for b in types] + [-1], dtype=np.intp)
        self.area = buildable_area(site)
        self._plans = [self._plan(d, types) for d in indicators.definitions]

    def _column(self, tag: str) -> np.ndarray:
        j = self._tag_column.get(tag)
        return self._tags[:, j].copy() if j is not None else np.zeros(len(self._tags))

    def _any_tag(self, tags: Iterable[str]) -> np.ndarray:
        mask = np.zeros(len(self._tags), dtype=bool)
        for t in tags:
            mask |= self._column(t) > 0
        return mask

    def _plan(self, d: IndicatorDefinition, types: list) -> _Plan:
        p = d.params
        if d.kind == "area_for_age_band":
            band = np.array([p["age_band"] in b.age_bands for b in types] + [False])
            return _Plan(d, self._column(p["tag"]) * band, scaled=is_area_tag(p["tag"]))
        if d.kind in ("cover_percent", "tag_total"):
            return _Plan(d, self._column(p["tag"]), scaled=is_area_tag(p["tag"]))
        if d.kind == "count_tagged":
            return _Plan(d, self._any_tag(p["tags"]).astype(float))
        if d.kind == "count_near_features":
            return _Plan(d, self._any_tag(p["tags"]).astype(float),
                         features=feature_positions(self.site, p["feature_kinds"]), distance=float(p["distance_m"]))
        return _Plan(d)

    # --- per proposal -------------------------------------------------------------------------
    def arrays(self, blocks: Iterable[PlacedBlock]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Block-type index (unknown types -> the zero row), scale squared, and (n, 2) centres."""
        blocks = list(blocks)
        n = len(blocks)
        index, unknown = self._index, self._unknown
        kinds = np.fromiter((index.get(b.block_type, unknown) for b in blocks), dtype=np.intp, count=n)
        scale = np.fromiter((b.scale for b in blocks), dtype=float, count=n)
        xy = np.fromiter((c for b in blocks for c in (b.x, b.y)), dtype=float, count=2 * n).reshape(n, 2)
        return kinds, scale * scale, xy

    def compute(self, blocks: Iterable[PlacedBlock], budget: Optional[float] = None) -> list[IndicatorResult]:
        """All indicators, in the definitions' order, for these placed blocks and the workshop's
        budget (None: no budget, the budget indicator is then just the sum of costs)."""
        kinds, scale2, xy = self.arrays(blocks.values() if isinstance(blocks, Mapping) else blocks)
        return [self._result(plan, kinds, scale2, xy, budget) for plan in self._plans]

    def _result(self, plan: _Plan, kinds: np.ndarray, scale2: np.ndarray, xy: np.ndarray,
                budget: Optional[float]) -> IndicatorResult:
        d = plan.definition
        target = d.target
        details: dict[str, Any] = {}
        value: Optional[float]
        if d.kind in ("area_for_age_band", "cover_percent", "tag_total"):
            w = plan.weights[kinds]
            total = float(np.dot(w, scale2)) if plan.scaled else float(w.sum())
            if d.kind == "cover_percent":
                details = {"area_m2": total, "buildable_m2": self.area}
                value = min(100.0, 100.0 * total / self.area)
            else:
                value = total
        elif d.kind == "count_tagged":
            value = int(np.count_nonzero(plan.weights[kinds]))
        elif d.kind == "count_near_features":
            details = {"distance_m": plan.distance, "features": int(len(plan.features))}
            if len(plan.features) == 0:
                value = None
            else:
                tagged = plan.weights[kinds] > 0
                points = xy[tagged]
                if len(points):
                    gaps = points[:, None, :] - plan.features[None, :, :]
                    nearest = np.sqrt((gaps * gaps).sum(axis=2)).min(axis=1)
                    value = int(np.count_nonzero(nearest <= plan.distance + DISTANCE_TOLERANCE))
                else:
                    value = 0
        elif d.kind == "category_variety":
            cats = self._category[kinds]
            cats = cats[cats >= 0]
            used = int(np.count_nonzero(np.bincount(cats, minlength=self._categories))) if len(cats) else 0
            details = {"total": self._categories}
            value = used
        elif d.kind == "budget_used":
            value = float(self._cost[kinds].sum())
            target = Target("at_most", float(budget)) if budget is not None else None
        else:  # pragma: no cover - IndicatorDefinition refuses unknown kinds
            raise ValueError(d.kind)
        met = target.met(value) if (target is not None and value is not None) else None
        return IndicatorResult(
            id=d.id, kind=d.kind, unit=d.unit, value=value, target=target, met=met, icon=d.icon,
            captions=_captions(d, value, target, plan.distance, details),
            explanations=_texts(d.explanations, value, target, plan.distance, details),
            details=details,
            child_captions=_texts(d.child_captions, value, target, plan.distance, details) if d.child_captions else {},
            child_captions_one={k: v.format(**_values(value, target, plan.distance, details))
                                for k, v in d.child_captions_one.items()})


def _values(value: Optional[float], target: Optional[Target], distance: float, details: Mapping[str, Any]) -> dict[str, str]:
    values = {"value": format_number(value) if value is not None else "",
              "distance": format_number(distance), "total": format_number(details.get("total", 0))}
    if target is not None:
        values["target"] = format_number(target.value)
    return values


def _texts(texts: Mapping[str, str], value, target, distance, details) -> dict[str, str]:
    values = _values(value, target, distance, details)
    out = {}
    for lang in LANGUAGES:
        text = texts.get(lang) or texts.get("en", "")
        try:
            out[lang] = text.format(**values)
        except (KeyError, IndexError, ValueError):  # the services check placeholders; be safe anyway
            out[lang] = text
    return out


def _captions(d: IndicatorDefinition, value, target, distance, details) -> dict[str, str]:
    if value is None:
        texts = d.captions_not_applicable or d.captions
    elif target is None and d.captions_no_target:
        texts = d.captions_no_target
    else:
        texts = d.captions
    return _texts(texts, value, target, distance, details)


def compute_indicators(indicators: IndicatorSet, catalog: Catalog, site: Site, blocks: Iterable[PlacedBlock],
                       budget: Optional[float] = None) -> list[IndicatorResult]:
    """One-off convenience; keep an IndicatorCalculator for repeated (live) use."""
    return IndicatorCalculator(indicators, catalog, site).compute(blocks, budget)
