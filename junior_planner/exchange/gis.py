"""The bundle's GIS layers in the site's own coordinate system, written with GDAL (pyogrio):
`proposals.gpkg` (layers `blocks` and `notes`) and `proposals-shp.zip` (blocks.shp and notes.shp
with .prj and a UTF-8 .cpg) for offices on older GIS and CAD software."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from junior_planner.exchange.geo import LocalFrame
from junior_planner.model.catalog import Catalog
from junior_planner.model.geometry import footprint_corners

# Shapefile field names have at most 10 characters: one short name per column, used for both
BLOCK_FIELDS = (("uuid", "uuid"), ("proposal", "proposal"), ("title", "title"), ("status", "status"),
                ("type", "type"), ("name_en", "name_en"), ("name_zh", "name_zh"), ("category", "category"),
                ("x_m", "x_m"), ("y_m", "y_m"), ("z_m", "z_m"), ("yaw_deg", "yaw_deg"), ("scale", "scale"),
                ("variant", "variant"), ("stickers", "stickers"), ("reasons", "reasons"), ("notes", "notes"),
                ("age_bands", "age_bands"))
NOTE_FIELDS = (("uuid", "uuid"), ("proposal", "proposal"), ("block", "block"), ("type", "type"),
               ("x_m", "x_m"), ("y_m", "y_m"), ("z_m", "z_m"), ("sticker", "sticker"), ("reasons", "reasons"),
               ("text", "text"), ("author", "author"), ("age_band", "age_band"))


def _tables(docs: Sequence[Mapping[str, Any]], catalog: Catalog, frame: LocalFrame, age_bands: Mapping[str, str]):
    from shapely.geometry import Point, Polygon

    from junior_planner.exchange.derived import _Index, _names, _size

    blocks: dict[str, list] = {name: [] for name, _short in BLOCK_FIELDS}
    block_geoms = []
    notes: dict[str, list] = {name: [] for name, _short in NOTE_FIELDS}
    note_geoms = []
    for doc in docs:
        index = _Index(doc, age_bands)
        bands = ", ".join(index.age_bands)
        for b in doc["blocks"]:
            width, depth, _h = _size(catalog, b)
            x, y, z = b["position"]
            ring = frame.projected(footprint_corners(x, y, width * b["scale"], depth * b["scale"], b["yaw"]))
            block_geoms.append(Polygon(ring))
            en, zh = _names(catalog, b["type"])
            values = {"uuid": b["uuid"], "proposal": doc["id"], "title": doc["title"], "status": doc["status"],
                      "type": b["type"], "name_en": en, "name_zh": zh, "category": b["category"] or "",
                      "x_m": float(x), "y_m": float(y), "z_m": float(z), "yaw_deg": float(b["yaw"]),
                      "scale": float(b["scale"]), "variant": b["variant"] or "",
                      "stickers": ", ".join(index.stickers(b["uuid"])), "reasons": ", ".join(index.reasons(b["uuid"])),
                      "notes": len(index.notes.get(b["uuid"], [])), "age_bands": bands}
            for name, _short in BLOCK_FIELDS:
                blocks[name].append(values[name])
        for a in doc["annotations"]:
            pos = index.position(a)
            if not pos:
                continue
            (east, north), = frame.projected(np.array([pos[:2]]))
            note_geoms.append(Point(east, north))
            block = (a.get("anchor") or {}).get("block") or ""
            kind = index.blocks.get(block)
            author = a.get("author") or ""
            values = {"uuid": a["uuid"], "proposal": doc["id"], "block": block, "type": kind["type"] if kind else "",
                      "x_m": float(pos[0]), "y_m": float(pos[1]), "z_m": float(pos[2]), "sticker": a.get("sticker") or "",
                      "reasons": ", ".join(a.get("reasons") or []), "text": a.get("text") or "", "author": author,
                      "age_band": age_bands.get(author, "") if author else ""}
            for name, _short in NOTE_FIELDS:
                notes[name].append(values[name])
    return (blocks, block_geoms), (notes, note_geoms)


def _write_layer(path: Path, layer: str, table: dict, geoms: list, fields, frame: LocalFrame, driver: str,
                 geometry_type: str, **options) -> None:
    import pyogrio.raw
    import shapely

    names = [short if driver == "ESRI Shapefile" else name for name, short in fields]
    data = []
    for name, _short in fields:
        values = table[name]
        if values and isinstance(values[0], float):
            data.append(np.asarray(values, dtype=np.float64))
        elif values and isinstance(values[0], int):
            data.append(np.asarray(values, dtype=np.int64))
        else:
            data.append(np.asarray(values, dtype=object))
    wkb = shapely.to_wkb(np.asarray(geoms, dtype=object)) if geoms else np.asarray([], dtype=object)
    pyogrio.raw.write(str(path), wkb, data, names, layer=layer, driver=driver, geometry_type=geometry_type,
                  crs=frame.wkt or frame.crs, encoding="UTF-8", **options)


def geopackage(docs, catalog: Catalog, frame: LocalFrame, age_bands) -> bytes:
    import pyogrio

    (blocks, block_geoms), (notes, note_geoms) = _tables(docs, catalog, frame, age_bands)
    # GeoPackage stamps its tables with the time of writing; a fixed stamp keeps exports of the
    # same proposals byte-identical (bundles are compared and deduplicated by checksum)
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    with tempfile.TemporaryDirectory(prefix="jp-gpkg-") as folder:
        path = Path(folder) / "proposals.gpkg"
        _write_layer(path, "blocks", blocks, block_geoms, BLOCK_FIELDS, frame, "GPKG", "Polygon")
        _write_layer(path, "notes", notes, note_geoms, NOTE_FIELDS, frame, "GPKG", "Point", append=True)
        return path.read_bytes()


def shapefile_zip(docs, catalog: Catalog, frame: LocalFrame, age_bands) -> bytes:
    (blocks, block_geoms), (notes, note_geoms) = _tables(docs, catalog, frame, age_bands)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="jp-shp-") as folder:
        root = Path(folder)
        _write_layer(root / "blocks.shp", "blocks", blocks, block_geoms, BLOCK_FIELDS, frame, "ESRI Shapefile", "Polygon")
        _write_layer(root / "notes.shp", "notes", notes, note_geoms, NOTE_FIELDS, frame, "ESRI Shapefile", "Point")
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(root.iterdir()):
                info = zipfile.ZipInfo(file.name, date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, file.read_bytes())
    return buffer.getvalue()
