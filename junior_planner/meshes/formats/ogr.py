"""ESRI Shapefiles (files, a folder or a zip) and GeoPackages, read with pyogrio/GDAL.

Attribute text: the .cpg when there is one, else UTF-8 when every byte of the .dbf reads as
UTF-8, else GB18030 (a superset of GBK: Chinese office files often have no .cpg); `--encoding`
overrides. The CRS comes from the .prj (or the GeoPackage), `--source-crs` overrides.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.features import add_feature
from junior_planner.meshes.formats.georef import optional, parse_crs
from junior_planner.meshes.formats.source import SiteSource
from junior_planner.meshes.formats.tags import layer_kind

POLYGONAL = ("Polygon", "MultiPolygon", "Polygon Z", "MultiPolygon Z", "3D Polygon", "3D MultiPolygon")


def guess_dbf_encoding(dbf: bytes) -> str:
    """UTF-8 when the records decode as UTF-8 (ASCII included), else GB18030."""
    if len(dbf) < 32:
        return "UTF-8"
    header_len = int.from_bytes(dbf[8:10], "little")
    body = dbf[header_len:]
    try:
        body.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        body.decode("gb18030")
        return "GB18030"
    except UnicodeDecodeError:
        return "ISO-8859-1"


def _cpg_encoding(text: str) -> Optional[str]:
    value = text.strip().upper()
    if not value:
        return None
    if value in ("936", "CP936", "GBK", "GB2312", "GB18030"):
        return "GB18030"
    if value in ("65001", "UTF8", "UTF-8"):
        return "UTF-8"
    return value


def _shapefile_encoding(path: Path, options: ReadOptions) -> tuple[str, str]:
    """(GDAL path to open, encoding) for a .shp file or a zip holding one."""
    if options.encoding:
        encoding = options.encoding
    else:
        encoding = None
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
            shp = next(n for n in names if n.lower().endswith(".shp"))
            stem = shp[:-4]
            lookup = {n.lower(): n for n in names}
            if encoding is None and (stem + ".cpg").lower() in lookup:
                encoding = _cpg_encoding(archive.read(lookup[(stem + ".cpg").lower()]).decode("ascii", "replace"))
            if encoding is None and (stem + ".dbf").lower() in lookup:
                info = archive.getinfo(lookup[(stem + ".dbf").lower()])
                if info.file_size > 256 * 1024 * 1024:
                    raise MeshError("too-big", str(path), info.filename)
                encoding = guess_dbf_encoding(archive.read(info))
        return f"/vsizip/{path}/{shp}", encoding or "UTF-8"
    for ending in (".cpg", ".CPG"):
        cpg = path.with_suffix(ending)
        if encoding is None and cpg.is_file():
            encoding = _cpg_encoding(cpg.read_text("ascii", "replace"))
    for ending in (".dbf", ".DBF"):
        dbf = path.with_suffix(ending)
        if encoding is None and dbf.is_file():
            encoding = guess_dbf_encoding(dbf.read_bytes())
    return str(path), encoding or "UTF-8"


def _read_layer(pyogrio, target: str, layer, encoding: Optional[str], options: ReadOptions, source: SiteSource,
                where: str, name: str) -> None:
    import shapely

    try:
        meta, _fids, geometry, fields = pyogrio.raw.read(target, layer=layer, encoding=encoding)
    except (RuntimeError, ValueError, OSError) as exc:  # pyogrio's errors are RuntimeErrors: "cannot read"
        raise MeshError("not-a-mesh", where, f"{type(exc).__name__}: {str(exc)[:80]}") from None
    if len(geometry) > options.max_features:
        raise MeshError("too-many-features", where, f"{len(geometry)} > {options.max_features}")
    crs = meta.get("crs")
    if options.source_crs:
        source.crs = parse_crs(options.source_crs, where)
    elif crs and source.crs is None:
        source.crs = parse_crs(crs, where)
    names = [str(n) for n in (meta.get("fields") if meta.get("fields") is not None else [])]
    hint = layer_kind(name)
    geoms = shapely.from_wkb(geometry, on_invalid="ignore")
    for i, geom in enumerate(geoms):
        props = {}
        for column, values in zip(names, fields):
            value = values[i]
            if isinstance(value, np.ndarray):  # a list field (GDAL's StringList, IntegerList)
                value = value.tolist()
            elif hasattr(value, "item"):
                value = value.item()
            if value is not None and not (isinstance(value, float) and value != value):  # drop NaN (null numbers)
                props[column] = value
        if geom is not None and geom.has_z:
            geom = shapely.force_2d(geom)
        add_feature(source, geom, props, hint, ident=f"{name}:{i + 1}", storey_m=options.storey_m)


def read_shapefile(path: Path, options: ReadOptions) -> SiteSource:
    optional("pyogrio.raw", "pyogrio", "ESRI Shapefile")
    import pyogrio
    target, encoding = _shapefile_encoding(path, options)
    source = SiteSource("shapefile")
    name = Path(target).stem
    _read_layer(pyogrio, target, 0, encoding, options, source, str(path), name)
    source.extra_encoding = encoding  # type: ignore[attr-defined]
    return source


def read_gpkg(path: Path, options: ReadOptions) -> SiteSource:
    optional("pyogrio.raw", "pyogrio", "GeoPackage")
    import pyogrio
    where = str(path)
    try:
        layers = [(str(n), str(t)) for n, t in pyogrio.list_layers(str(path))]
    except (RuntimeError, ValueError, OSError) as exc:
        raise MeshError("not-a-mesh", where, f"{type(exc).__name__}: {str(exc)[:80]}") from None
    if options.layer:
        if options.layer not in [n for n, _t in layers]:
            raise MeshError("no-layer", where, f"{options.layer} (layers: {', '.join(n for n, _t in layers)})")
        chosen = [n for n, _t in layers if n == options.layer]
    else:
        # every layer with geometry; each is sorted by its tags, then by its name
        chosen = [n for n, t in layers if t and t != "None"]
    source = SiteSource("gpkg")
    for name in chosen:
        _read_layer(pyogrio, str(path), name, options.encoding, options, source, where, name)
    return source
