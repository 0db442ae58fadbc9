"""Site files, one module per format behind one registry (trimesh's exchange/ idea).

Each entry has a name, the file endings it takes, a content sniffer and a reader
("module:function", imported only when used, so an optional library that is missing fails with
one line only when its format is used). Every reader returns a `SiteSource`.
"""

from __future__ import annotations

import importlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats.source import SiteSource


@dataclass
class ReadOptions:
    source_crs: Optional[str] = None  # overrides what the file declares (or says it when it does not)
    layer: Optional[str] = None
    encoding: Optional[str] = None
    lod: Optional[str] = None
    up: Optional[str] = None  # 3D models: "y" or "z"
    units: str = "m"
    storey_m: float = 3.0
    max_triangles: int = 5_000_000
    max_features: int = 200_000
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    reader: str  # "module:function"
    sniff: Callable[[bytes], bool] = lambda head: False
    label: str = ""

    def read(self, path: Path, options: ReadOptions) -> SiteSource:
        module, _, function = self.reader.partition(":")
        return getattr(importlib.import_module(module), function)(path, options)


def _json_head(head: bytes) -> str:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096].decode("utf-8", "replace")


def _is_cityjson_seq(head: bytes) -> bool:
    text = _json_head(head)
    return text.startswith("{") and '"CityJSON"' in text and "CityJSONFeature" in text


def _is_cityjson(head: bytes) -> bool:
    text = _json_head(head)
    return text.startswith("{") and '"CityJSON"' in text and not _is_cityjson_seq(head)


def _is_geojson(head: bytes) -> bool:
    text = _json_head(head)
    return text.startswith("{") and ('"FeatureCollection"' in text or '"Feature"' in text) and "CityJSON" not in text


def _is_osm_xml(head: bytes) -> bool:
    return b"<osm" in head[:2048]


def _is_pbf(head: bytes) -> bool:
    return b"OSMHeader" in head[:64]


def _is_gpkg(head: bytes) -> bool:
    return head.startswith(b"SQLite format 3\x00")


def _is_shp(head: bytes) -> bool:
    return head[:4] == b"\x00\x00\x27\x0a"


def _is_glb(head: bytes) -> bool:
    return head[:4] == b"glTF"


def _is_gltf(head: bytes) -> bool:
    text = _json_head(head)
    return text.startswith("{") and '"asset"' in text and ('"meshes"' in text or '"buffers"' in text or '"accessors"' in text)


_M = "junior_planner.meshes.formats."
FORMATS: tuple[Format, ...] = (
    Format("geojson", ("geojson", "json"), _M + "geojson:read", _is_geojson, "GeoJSON"),
    Format("shapefile", ("shp",), _M + "ogr:read_shapefile", _is_shp, "ESRI Shapefile"),
    Format("gpkg", ("gpkg",), _M + "ogr:read_gpkg", _is_gpkg, "GeoPackage"),
    Format("osm", ("osm",), _M + "osm:read", _is_osm_xml, "OpenStreetMap XML"),
    Format("osm-pbf", ("pbf",), _M + "osm:read", _is_pbf, "OpenStreetMap PBF"),
    Format("cityjson", ("city.json", "cityjson"), _M + "cityjson:read", _is_cityjson, "CityJSON"),
    Format("cityjsonseq", ("city.jsonl", "jsonl"), _M + "cityjson:read_seq", _is_cityjson_seq, "CityJSONSeq"),
    Format("glb", ("glb",), _M + "gltf:read", _is_glb, "glTF binary"),
    Format("gltf", ("gltf",), _M + "gltf:read", _is_gltf, "glTF"),
    Format("obj", ("obj",), _M + "meshfile:read_obj", lambda head: False, "OBJ"),
    Format("ply", ("ply",), _M + "meshfile:read_plain", lambda head: head.startswith(b"ply"), "PLY"),
    Format("stl", ("stl",), _M + "meshfile:read_plain", lambda head: False, "STL"),
    Format("off", ("off",), _M + "meshfile:read_plain", lambda head: head.lstrip()[:3].upper() == b"OFF", "OFF"),
)
BY_NAME = {f.name: f for f in FORMATS}
EXTENSIONS = sorted({e for f in FORMATS for e in f.extensions} | {"zip"})


def _by_extension(name: str) -> Optional[Format]:
    lower = name.lower()
    # longest ending first: "x.city.json" is CityJSON, not GeoJSON
    for ending, fmt in sorted(((e, f) for f in FORMATS for e in f.extensions), key=lambda p: -len(p[0])):
        if lower.endswith("." + ending):
            return fmt
    return None


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        raise MeshError("unreadable", str(path), exc.strerror or "") from None


def _inside(names: list[str]) -> list[str]:
    """The main files of a folder or zip: a .shp, .gltf, .glb, .obj, .gpkg... (not .bin, .mtl)."""
    main = []
    for name in names:
        fmt = _by_extension(name)
        if fmt is not None and not name.lower().endswith((".json",)):
            main.append(name)
    return main


def detect(path: Path) -> tuple[Format, Path]:
    """The format of a file, a folder (a Shapefile's or a .gltf's) or a zip; raises MeshError.
    Returns the format and the path a reader takes (for folders: the main file inside)."""
    where = str(path)
    if path.is_dir():
        names = sorted(p.name for p in path.iterdir() if p.is_file())
        main = _inside(names)
        if len(main) != 1:
            raise MeshError("folder-ambiguous", where, ", ".join(main[:5]) or "-")
        return _by_extension(main[0]), path / main[0]
    if not path.exists():
        raise MeshError("unreadable", where, "no such file")
    head = _head(path)
    if path.suffix.lower() == ".zip" or head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [i.filename for i in archive.infolist() if not i.is_dir()]
        except (zipfile.BadZipFile, OSError, ValueError):
            raise MeshError("not-a-mesh", where, "not a zip file") from None
        main = _inside(names)
        if len(main) != 1:
            raise MeshError("folder-ambiguous", where, ", ".join(main[:5]) or "-")
        return _by_extension(main[0]), path
    fmt = _by_extension(path.name)
    if fmt is not None and (fmt.sniff(head) or not any(f.sniff(head) for f in FORMATS)):
        return fmt, path
    for candidate in FORMATS:  # a wrong or missing ending: trust the content
        if candidate.sniff(head):
            return candidate, path
    if fmt is None:
        raise MeshError("unknown-format", where, path.suffix.lstrip(".") or "-")
    return fmt, path


def read_site(path: Path | str, options: Optional[ReadOptions] = None) -> SiteSource:
    fmt, target = detect(Path(path))
    return fmt.read(target, options or ReadOptions())
