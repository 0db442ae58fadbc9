"""A workshop site: its outline, where children may build, and the zones where they may not.

Parsed from the dict in a `site.json`. Ground is flat (z = 0) unless a height function from the
site's 3D model is attached (the meshes layer provides one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional

import numpy as np

from junior_planner.model.catalog import ID_PATTERN
from junior_planner.model.geometry import is_simple_polygon, points_in_polygon
from junior_planner.model.vocabulary import ZONE_KINDS


class SiteError(ValueError):
    """The site description is not usable; the message says which part."""


@dataclass(frozen=True)
class Zone:
    kind: str
    polygon: np.ndarray
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Site:
    id: str
    names: Mapping[str, str]
    bounds: np.ndarray
    buildable: list[np.ndarray]
    zones: list[Zone]
    descriptions: Mapping[str, str] = field(default_factory=dict)
    model: Optional[str] = None
    origin: Mapping[str, float] = field(default_factory=dict)
    crs: str = ""
    features: list[Mapping[str, Any]] = field(default_factory=list)
    cameras: Mapping[str, Any] = field(default_factory=dict)
    ground_height: Callable[[float, float], float] = lambda x, y: 0.0
    source: str = "bundled"
    # the box of an imported file's own content (without the ground the app adds), site-local
    model_bounds: Optional[list] = None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    def contains(self, points: np.ndarray) -> np.ndarray:
        return points_in_polygon(points, self.bounds)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "bundled") -> "Site":
        if not isinstance(data, Mapping) or data.get("format") != "junior-planner-site":
            raise SiteError("not a Junior Planner site (format is not 'junior-planner-site')")
        site_id = data.get("id")
        if not isinstance(site_id, str) or not ID_PATTERN.match(site_id):
            raise SiteError("the site needs a lowercase kebab-case id")
        names = data.get("names")
        if not isinstance(names, Mapping) or not names.get("en") or not names.get("zh_CN"):
            raise SiteError(f"site '{site_id}' needs names in 'en' and 'zh_CN'")
        bounds = _polygon(data.get("bounds"), f"site '{site_id}' bounds")
        buildable = [_polygon(p, f"site '{site_id}' buildable area") for p in (data.get("buildable") or [bounds.tolist()])]
        zones = []
        for raw in data.get("zones") or []:
            if not isinstance(raw, Mapping) or raw.get("kind") not in ZONE_KINDS:
                raise SiteError(f"site '{site_id}': each zone needs a kind among {', '.join(ZONE_KINDS)}")
            zones.append(Zone(raw["kind"], _polygon(raw.get("polygon"), f"site '{site_id}' {raw['kind']} zone"),
                              dict(raw.get("names") or {})))
        return cls(
            id=site_id,
            names=dict(names),
            descriptions=dict(data.get("descriptions") or {}),
            bounds=bounds,
            buildable=buildable,
            zones=zones,
            model=data.get("model"),
            origin=dict(data.get("origin") or {}),
            crs=str(data.get("crs") or ""),
            features=list(data.get("features") or []),
            cameras=dict(data.get("cameras") or {}),
            source=source,
            model_bounds=data.get("model_bounds") if isinstance(data.get("model_bounds"), list) else None,
        )


def _polygon(raw: Any, where: str) -> np.ndarray:
    try:
        polygon = np.asarray(raw, dtype=float)
    except (TypeError, ValueError):
        raise SiteError(f"{where} is not a list of [x, y] points") from None
    if polygon.ndim == 2 and polygon.shape[0] > 3 and np.allclose(polygon[0], polygon[-1]):
        polygon = polygon[:-1]
    if not is_simple_polygon(polygon):
        raise SiteError(f"{where} is not a simple polygon of at least three finite points")
    return polygon
