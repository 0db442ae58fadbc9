"""What every site-file reader returns: the same `SiteSource`, whatever the format.

Two-dimensional things (building footprints, roads, trees, water, grass) are shapely geometries
and meshes are `MeshAsset`s, all in the coordinates of `crs` (the file's own coordinate system,
or None when the file has none, as with most 3D models). `build.py` turns a source into the
site's mesh and zones; `georef.py` chooses the site's projected CRS and origin.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from junior_planner.meshes.asset import MeshAsset


@dataclass
class Building:
    """A footprint extruded from `min_height` to `height` (metres above the ground)."""

    polygon: Any  # shapely Polygon or MultiPolygon
    height: float
    min_height: float = 0.0
    ident: str = ""
    roof: str = ""  # "flat", "gabled", ... as the file says; used for colour only


@dataclass
class Strip:
    """A road or a path: a line with a width, or already a polygon."""

    geometry: Any
    width: float
    kind: str  # "road" or "path"


@dataclass
class Tree:
    x: float
    y: float
    height: float = 6.0


@dataclass
class SurfaceMesh:
    """Triangles from a 3D file with what they are: "building" (solid, not buildable),
    "ground" (terrain, buildable) or "object" (solid, not buildable)."""

    asset: MeshAsset
    role: str


@dataclass
class SiteSource:
    format: str
    crs: Any = None  # pyproj.CRS or None
    buildings: list[Building] = field(default_factory=list)
    roads: list[Strip] = field(default_factory=list)
    trees: list[Tree] = field(default_factory=list)
    water: list[Any] = field(default_factory=list)
    grass: list[Any] = field(default_factory=list)
    meshes: list[SurfaceMesh] = field(default_factory=list)
    # what could not be used or had to be guessed: code -> count (see messages in services/sites)
    warnings: Counter = field(default_factory=Counter)
    default_height_used: Optional[float] = None
    features_read: int = 0

    @property
    def is_geodata(self) -> bool:
        """Footprints and lines (GIS files), as opposed to a 3D model."""
        return not self.meshes or bool(self.buildings or self.roads or self.trees or self.water or self.grass)

    def counts(self) -> dict[str, int]:
        return {"buildings": len(self.buildings), "roads": sum(1 for s in self.roads if s.kind == "road"),
                "paths": sum(1 for s in self.roads if s.kind == "path"), "trees": len(self.trees),
                "water": len(self.water), "grass": len(self.grass),
                "meshes": sum(1 for m in self.meshes if m.role != "ground"),
                "ground": sum(1 for m in self.meshes if m.role == "ground"),
                "city_objects": self.features_read if self.format == "cityjson" else 0}
