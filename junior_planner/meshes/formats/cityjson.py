"""CityJSON 1.0, 1.1 and 2.0, and CityJSONSeq (.city.jsonl).

Integer vertices times `transform.scale` plus `translate`; the CRS from
`metadata.referenceSystem`; Building/BuildingPart (and other constructions) solids and
multisurfaces at the highest level of detail of each object (or `--lod`); TINRelief as ground;
roads and water as flat no-build surfaces; semantic surfaces (roof, wall, ground) coloured.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.georef import parse_crs
from junior_planner.meshes.formats.source import SiteSource, SurfaceMesh
from junior_planner.meshes.precheck import MAX_JSON_BYTES, strict_json

ROLE = {"TINRelief": "ground", "LandUse": "ground", "PlantCover": "ground", "GenericCityObject": "object",
        "Road": "road", "Railway": "road", "TransportSquare": "road", "Waterway": "water", "WaterBody": "water",
        "SolitaryVegetationObject": "object", "CityFurniture": "object"}
COLOUR = {"ground": (0.62, 0.70, 0.52), "road": (0.45, 0.45, 0.48), "water": (0.35, 0.58, 0.85),
          "object": (0.7, 0.7, 0.7), "building": (0.86, 0.80, 0.70)}
TYPE_COLOUR = {"PlantCover": (0.45, 0.72, 0.38), "SolitaryVegetationObject": (0.25, 0.55, 0.25)}
SEMANTIC_COLOUR = {"RoofSurface": (0.66, 0.44, 0.38), "GroundSurface": (0.6, 0.6, 0.6),
                   "WallSurface": (0.86, 0.80, 0.70), "ClosureSurface": (0.86, 0.80, 0.70),
                   "OuterCeilingSurface": (0.8, 0.75, 0.65), "OuterFloorSurface": (0.6, 0.6, 0.6),
                   "Window": (0.55, 0.7, 0.85), "Door": (0.5, 0.35, 0.25), "WaterSurface": (0.35, 0.58, 0.85),
                   "TrafficArea": (0.45, 0.45, 0.48), "AuxiliaryTrafficArea": (0.62, 0.58, 0.52)}


class _Collector:
    """Triangles per role, with colours, from city objects read one by one."""

    def __init__(self, lod: Optional[str], where: str, max_triangles: int):
        self.lod, self.where, self.max_triangles = lod, where, max_triangles
        self.tris: dict[str, list[np.ndarray]] = {}
        self.cols: dict[str, list[np.ndarray]] = {}
        self.count = 0
        self.objects = 0
        self.lod_missing = 0
        self.templates = 0

    def add_objects(self, objects: dict, vertices: np.ndarray) -> None:
        if not isinstance(objects, dict):
            raise MeshError("not-a-mesh", self.where, "'CityObjects' is not an object")
        for ident, obj in objects.items():
            if not isinstance(obj, dict):
                continue
            geometries = [g for g in (obj.get("geometry") or []) if isinstance(g, dict)]
            if not geometries:
                continue
            if any(g.get("type") == "GeometryInstance" for g in geometries):
                self.templates += 1
                geometries = [g for g in geometries if g.get("type") != "GeometryInstance"]
            chosen = self._choose(geometries)
            if chosen is None:
                self.lod_missing += 1
                continue
            # a building drawn as a flat LoD0 footprint with 3D children: the children are the shape
            if str(chosen.get("lod")) == "0" and obj.get("children"):
                continue
            kind = str(obj.get("type", ""))
            role = ROLE.get(kind, "building")
            base = TYPE_COLOUR.get(kind, COLOUR[role])
            self.objects += 1
            self._geometry(chosen, vertices, role, base)

    def _choose(self, geometries: list[dict]) -> Optional[dict]:
        if self.lod is not None:
            return next((g for g in geometries if str(g.get("lod")) == self.lod), None)

        def key(g):
            try:
                return float(g.get("lod", 0))
            except (TypeError, ValueError):
                return 0.0

        return max(geometries, key=key)

    def _geometry(self, geometry: dict, vertices: np.ndarray, role: str, base) -> None:
        kind = geometry.get("type")
        boundaries = geometry.get("boundaries") or []
        semantics = geometry.get("semantics") if isinstance(geometry.get("semantics"), dict) else {}
        surfaces_sem = semantics.get("surfaces") or []
        values = semantics.get("values")
        if kind in ("MultiSurface", "CompositeSurface"):
            self._surfaces(boundaries, values, surfaces_sem, vertices, role, base)
        elif kind == "Solid":
            for k, shell in enumerate(boundaries):
                self._surfaces(shell, _at(values, k), surfaces_sem, vertices, role, base)
        elif kind in ("MultiSolid", "CompositeSolid"):
            for i, solid in enumerate(boundaries):
                for k, shell in enumerate(solid or []):
                    self._surfaces(shell, _at(_at(values, i), k), surfaces_sem, vertices, role, base)
        # points and lines (MultiPoint, MultiLineString) have no area: nothing to draw

    def _surfaces(self, surfaces: Iterable, values, surfaces_sem, vertices: np.ndarray, role: str, base) -> None:
        n = len(vertices)
        surfaces = surfaces if isinstance(surfaces, list) else []
        palette = [np.array([*SEMANTIC_COLOUR.get(str((sem or {}).get("type") if isinstance(sem, dict) else ""), base), 1.0],
                            dtype=np.float32) for sem in surfaces_sem] + [np.array([*base, 1.0], dtype=np.float32)]
        sem = [v if isinstance(v, int) and 0 <= v < len(surfaces_sem) else -1
               for v in (values if isinstance(values, list) else [None] * len(surfaces))]
        sem += [-1] * (len(surfaces) - len(sem))
        # most surfaces of real files are single triangles or quads: those go through numpy at once
        simple = {3: [], 4: []}
        for s, surface in enumerate(surfaces):
            if (isinstance(surface, list) and len(surface) == 1 and isinstance(surface[0], list)
                    and len(surface[0]) in (3, 4)):
                simple[len(surface[0])].append(s)
                continue
            if not isinstance(surface, list) or not surface:
                continue
            rings = []
            for ring in surface:
                if not isinstance(ring, list) or len(ring) < 3:
                    continue
                idx = np.asarray(ring, dtype=np.int64)
                if idx.ndim != 1 or idx.min() < 0 or idx.max() >= n:
                    raise MeshError("not-a-mesh", self.where, "a vertex index is out of range")
                rings.append(vertices[idx])
            if rings:
                self._add(role, _triangulate_3d(rings), palette[sem[s]])
        for size, chosen in simple.items():
            if not chosen:
                continue
            try:
                idx = np.asarray([surfaces[s][0] for s in chosen], dtype=np.int64)
            except (TypeError, ValueError):
                raise MeshError("not-a-mesh", self.where, "a surface is not a list of vertex indices") from None
            if idx.min() < 0 or idx.max() >= n:
                raise MeshError("not-a-mesh", self.where, "a vertex index is out of range")
            colours = np.stack([palette[sem[s]] for s in chosen])
            if size == 3:
                tris, cols = vertices[idx], colours
            else:
                tris = np.concatenate([vertices[idx[:, [0, 1, 2]]], vertices[idx[:, [0, 2, 3]]]])
                cols = np.concatenate([colours, colours])
            self._add(role, tris, None, np.repeat(cols, 3, axis=0))

    def _add(self, role: str, tris: np.ndarray, colour, colours: Optional[np.ndarray] = None) -> None:
        if not len(tris):
            return
        self.tris.setdefault(role, []).append(tris)
        self.cols.setdefault(role, []).append(colours if colours is not None else np.tile(colour, (len(tris) * 3, 1)))
        self.count += len(tris)
        if self.count > self.max_triangles:
            raise MeshError("too-many-triangles", self.where, f"> {self.max_triangles}")

    def source(self, crs) -> SiteSource:
        source = SiteSource("cityjson", crs)
        for role, parts in self.tris.items():
            tris = np.concatenate(parts)
            vertices = tris.reshape(-1, 3)
            faces = np.arange(len(vertices), dtype=np.int64).reshape(-1, 3)
            colors = np.concatenate(self.cols[role])
            source.meshes.append(SurfaceMesh(MeshAsset(vertices, faces, colors), role))
        if self.templates:
            source.warnings["template-skipped"] += self.templates
        if self.lod_missing:
            source.warnings["lod-missing"] += self.lod_missing
        source.features_read = self.objects
        return source


def _at(values, i):
    if isinstance(values, list) and 0 <= i < len(values):
        return values[i]
    return None


def _triangulate_3d(rings: list[np.ndarray]) -> np.ndarray:
    """(m, 3, 3) triangles of a planar 3D polygon with holes (projected on its best plane)."""
    outer = rings[0]
    if len(rings) == 1 and len(outer) == 3:
        return outer[None, :, :]
    if len(rings) == 1 and len(outer) == 4:
        return np.stack([outer[[0, 1, 2]], outer[[0, 2, 3]]])
    import mapbox_earcut

    # Newell's normal; drop its largest axis to get a 2D polygon of the same shape
    nx = ny = nz = 0.0
    for k in range(len(outer)):
        a, b = outer[k], outer[(k + 1) % len(outer)]
        nx += (a[1] - b[1]) * (a[2] + b[2])
        ny += (a[2] - b[2]) * (a[0] + b[0])
        nz += (a[0] - b[0]) * (a[1] + b[1])
    axis = int(np.argmax(np.abs([nx, ny, nz])))
    keep = [i for i in range(3) if i != axis]
    points = np.vstack(rings)
    flat = points[:, keep]
    flat = flat - flat.min(axis=0)
    ends = np.cumsum([len(r) for r in rings]).astype(np.uint32)
    faces = mapbox_earcut.triangulate_float64(flat, ends).reshape(-1, 3)
    if len(faces) == 0:
        return np.zeros((0, 3, 3))
    tris = points[faces]
    # keep the file's orientation: flip triangles whose normal opposes Newell's
    normal = np.cross(tris[:, 1] - tris[:, 0], tris[:, 2] - tris[:, 0])
    flip = normal @ np.array([nx, ny, nz]) < 0
    tris[flip] = tris[flip][:, ::-1]
    return tris


def _transform(doc: dict, where: str) -> tuple[np.ndarray, np.ndarray]:
    transform = doc.get("transform")
    if isinstance(transform, dict):
        try:
            scale = np.asarray(transform["scale"], dtype=np.float64).reshape(3)
            translate = np.asarray(transform["translate"], dtype=np.float64).reshape(3)
        except (KeyError, TypeError, ValueError):
            raise MeshError("not-a-mesh", where, "bad 'transform'") from None
        return scale, translate
    return np.ones(3), np.zeros(3)


def _vertices(raw: Any, scale: np.ndarray, translate: np.ndarray, where: str) -> np.ndarray:
    if not isinstance(raw, list):
        raise MeshError("not-a-mesh", where, "'vertices' is not a list")
    if not raw:
        return np.zeros((0, 3))
    try:
        array = np.asarray(raw, dtype=np.float64).reshape(-1, 3)
    except (TypeError, ValueError):
        raise MeshError("not-a-mesh", where, "bad 'vertices'") from None
    if not np.isfinite(array).all():
        raise MeshError("non-finite", where)
    return array * scale + translate


def _crs(doc: dict, options: ReadOptions, where: str):
    if options.source_crs:
        return parse_crs(options.source_crs, where)
    reference = (doc.get("metadata") or {}).get("referenceSystem") if isinstance(doc.get("metadata"), dict) else None
    if isinstance(reference, dict):  # CityJSON 1.0 extended metadata
        reference = reference.get("crs") or reference.get("name")
    return parse_crs(reference, where) if reference else None


def _check_version(doc: Any, where: str) -> dict:
    if not isinstance(doc, dict) or doc.get("type") != "CityJSON":
        raise MeshError("not-a-mesh", where, "not a CityJSON document")
    version = str(doc.get("version", ""))
    if not version.startswith(("1.0", "1.1", "2.0")):
        raise MeshError("not-a-mesh", where, f"CityJSON version {version or '?'} (1.0, 1.1 and 2.0 are read)")
    return doc


# structural faults of a hostile or broken file (a number where a list belongs, a ragged list,
# a huge integer): all mean "not CityJSON we can read", never a traceback
_MALFORMED = (TypeError, ValueError, OverflowError, AttributeError, KeyError, IndexError)


def _guarded(reader, what: str, path: Path, options: ReadOptions) -> SiteSource:
    try:
        return reader(path, options)
    except MeshError:
        raise
    except _MALFORMED as exc:
        raise MeshError("not-a-mesh", str(path), f"malformed {what} ({type(exc).__name__})") from None


def read(path: Path, options: ReadOptions) -> SiteSource:
    return _guarded(_read, "CityJSON", path, options)


def read_seq(path: Path, options: ReadOptions) -> SiteSource:
    return _guarded(_read_seq, "CityJSONSeq", path, options)


def _read(path: Path, options: ReadOptions) -> SiteSource:
    where = str(path)
    if path.stat().st_size > MAX_JSON_BYTES:
        raise MeshError("too-big", where)
    doc = _check_version(strict_json(path.read_bytes(), where), where)
    scale, translate = _transform(doc, where)
    collector = _Collector(options.lod, where, options.max_triangles)
    collector.add_objects(doc.get("CityObjects") or {}, _vertices(doc.get("vertices"), scale, translate, where))
    return collector.source(_crs(doc, options, where))


def _read_seq(path: Path, options: ReadOptions) -> SiteSource:
    """CityJSONSeq: a CityJSON header line, then one CityJSONFeature per line with its own vertices."""
    where = str(path)
    if path.stat().st_size > 4 * MAX_JSON_BYTES:
        raise MeshError("too-big", where)
    header = None
    collector = _Collector(options.lod, where, options.max_triangles)
    scale, translate = np.ones(3), np.zeros(3)
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            item = strict_json(line, f"{where}:{number}")
            if header is None:
                header = _check_version(item, where)
                scale, translate = _transform(header, where)
                continue
            if not isinstance(item, dict) or item.get("type") != "CityJSONFeature":
                raise MeshError("not-a-mesh", where, f"line {number} is not a CityJSONFeature")
            collector.add_objects(item.get("CityObjects") or {}, _vertices(item.get("vertices"), scale, translate, where))
    if header is None:
        raise MeshError("empty", where)
    return collector.source(_crs(header, options, where))
