"""The bundle's copies for planners' tools, all made from the proposal documents (so they can
never disagree with them): GeoJSON (QGIS, GDAL), CityJSON 2.0 (cjio, the QGIS CityJSON loader)
and CSV tables (spreadsheets).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np

from junior_planner.exchange.geo import LocalFrame
from junior_planner.model.catalog import Catalog
from junior_planner.model.geometry import footprint_corners

CITYJSON_SCALE = 0.001  # millimetres
# CityJSON city object type per block category (anything else: GenericCityObject)
CITY_OBJECT_TYPES = {
    "nature": "SolitaryVegetationObject",
    "rest": "CityFurniture",
    "safety": "CityFurniture",
    "services": "CityFurniture",
    "play": "CityFurniture",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _size(catalog: Catalog, block: Mapping[str, Any]) -> tuple[float, float, float]:
    kind = catalog.get(block["type"])
    if kind is None:
        return 1.0, 1.0, 1.0
    return kind.width, kind.depth, kind.height


def _names(catalog: Catalog, block_type: str) -> tuple[str, str]:
    kind = catalog.get(block_type)
    if kind is None:
        return block_type, block_type
    return kind.names.get("en", block_type), kind.names.get("zh_CN", block_type)


class _Index:
    """What the derived files need to know about each proposal: notes per block, age bands."""

    def __init__(self, doc: Mapping[str, Any], age_bands: Mapping[str, str]):
        self.doc = doc
        self.blocks = {b["uuid"]: b for b in doc["blocks"]}
        self.notes: dict[str, list[Mapping[str, Any]]] = {}
        for a in doc["annotations"]:
            block = (a.get("anchor") or {}).get("block")
            if block:
                self.notes.setdefault(block, []).append(a)
        bands = [p.get("age_band") or age_bands.get(p["code"], "") for p in doc["participants"]]
        self.age_bands = sorted({b for b in bands if b})

    def stickers(self, block_uuid: str) -> list[str]:
        return sorted({a["sticker"] for a in self.notes.get(block_uuid, []) if a.get("sticker")})

    def reasons(self, block_uuid: str) -> list[str]:
        seen: dict[str, None] = {}
        for a in self.notes.get(block_uuid, []):
            for r in a.get("reasons") or []:
                seen[r] = None
        return list(seen)

    def position(self, annotation: Mapping[str, Any]) -> Optional[list[float]]:
        anchor = annotation.get("anchor") or {}
        if anchor.get("block") in self.blocks:
            return list(self.blocks[anchor["block"]]["position"])
        point = anchor.get("point")
        return list(point) if point else None


def _unique_ids(docs: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """A feature/city-object id per (proposal, block uuid): the uuid, or uuid@proposal when two
    proposals share a block uuid (a second version imported from another kiosk)."""
    counts: dict[str, int] = {}
    for doc in docs:
        for b in doc["blocks"]:
            counts[b["uuid"]] = counts.get(b["uuid"], 0) + 1
    return {(doc["id"], b["uuid"]): (b["uuid"] if counts[b["uuid"]] == 1 else f"{b['uuid']}@{doc['id']}")
            for doc in docs for b in doc["blocks"]}


# --- GeoJSON (RFC 7946) ----------------------------------------------------------------------------
def geojson(docs: Sequence[Mapping[str, Any]], catalog: Catalog, frame: LocalFrame,
            age_bands: Mapping[str, str], name: str = "proposals") -> bytes:
    features: list[dict[str, Any]] = []
    ids = _unique_ids(docs)
    for doc in docs:
        index = _Index(doc, age_bands)
        bands = ", ".join(index.age_bands)
        rings, points = [], []
        for b in doc["blocks"]:
            width, depth, _height = _size(catalog, b)
            x, y, z = b["position"]
            rings.append(footprint_corners(x, y, width * b["scale"], depth * b["scale"], b["yaw"]))
        notes = [(a, index.position(a)) for a in doc["annotations"]]
        for _a, pos in notes:
            points.append(pos[:2] if pos else [0.0, 0.0])
        all_xy = np.vstack(rings + [np.asarray(points, dtype=np.float64).reshape(-1, 2)]) if (rings or points) else np.zeros((0, 2))
        lonlat = np.round(frame.lonlat(all_xy), 8)
        for i, b in enumerate(doc["blocks"]):
            ring = lonlat[4 * i:4 * i + 4].tolist()
            en, zh = _names(catalog, b["type"])
            x, y, z = b["position"]
            features.append({
                "type": "Feature",
                "id": ids[(doc["id"], b["uuid"])],
                "geometry": {"type": "Polygon", "coordinates": [ring + [ring[0]]]},
                "properties": {
                    "kind": "block", "uuid": b["uuid"], "proposal": doc["id"], "proposal_title": doc["title"],
                    "status": doc["status"], "type": b["type"], "name_en": en, "name_zh": zh,
                    "category": b["category"] or "", "x": x, "y": y, "z": z, "yaw": b["yaw"], "scale": b["scale"],
                    "variant": b["variant"], "age_bands": bands, "sticker": ", ".join(index.stickers(b["uuid"])),
                    "reasons": ", ".join(index.reasons(b["uuid"])), "notes": len(index.notes.get(b["uuid"], [])),
                },
            })
        base = 4 * len(doc["blocks"])
        for j, (a, pos) in enumerate(notes):
            block = (a.get("anchor") or {}).get("block")
            kind = index.blocks.get(block) if block else None
            author = a.get("author")
            features.append({
                "type": "Feature",
                "id": f"{a['uuid']}@{doc['id']}",
                "geometry": {"type": "Point", "coordinates": lonlat[base + j].tolist()} if pos else None,
                "properties": {
                    "kind": "annotation", "uuid": a["uuid"], "proposal": doc["id"], "proposal_title": doc["title"],
                    "status": doc["status"], "block": block or "", "type": kind["type"] if kind else "",
                    "category": (kind["category"] or "") if kind else "",
                    "x": pos[0] if pos else None, "y": pos[1] if pos else None, "z": pos[2] if pos else None,
                    "sticker": a.get("sticker") or "", "reasons": ", ".join(a.get("reasons") or []),
                    "text": a.get("text") or "", "author": author or "",
                    "age_band": age_bands.get(author, "") if author else "", "age_bands": bands,
                },
            })
    collection = {"type": "FeatureCollection", "name": name, "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


# --- CityJSON 2.0 ---------------------------------------------------------------------------------
def _solid(base: int) -> list:
    """Boundaries of a box whose 8 vertices start at `base`: bottom 0-3 (counter-clockwise seen from
    above), top 4-7; every face's ring runs counter-clockwise seen from outside."""
    b = [base + i for i in range(4)]
    t = [base + 4 + i for i in range(4)]
    faces = [[[b[0], b[3], b[2], b[1]]], [[t[0], t[1], t[2], t[3]]]]
    for i in range(4):
        j = (i + 1) % 4
        faces.append([[b[i], b[j], t[j], t[i]]])
    return [faces]


def cityjson(docs: Sequence[Mapping[str, Any]], catalog: Catalog, frame: Optional[LocalFrame],
             age_bands: Mapping[str, str], title: str) -> bytes:
    objects: dict[str, Any] = {}
    corners: list[np.ndarray] = []
    ids = _unique_ids(docs)
    for doc in docs:
        index = _Index(doc, age_bands)
        for b in doc["blocks"]:
            width, depth, height = _size(catalog, b)
            x, y, z = b["position"]
            s = b["scale"]
            ring = footprint_corners(x, y, width * s, depth * s, b["yaw"])
            top = max(height * s, 0.01)
            box = np.vstack([np.column_stack([ring, np.full(4, z)]), np.column_stack([ring, np.full(4, z + top)])])
            base = 8 * len(corners)
            corners.append(box)
            en, zh = _names(catalog, b["type"])
            attributes: dict[str, Any] = {
                "type": b["type"], "name_en": en, "name_zh": zh, "category": b["category"] or "",
                "proposal": doc["id"], "proposal_title": doc["title"], "status": doc["status"],
                "yaw": b["yaw"], "scale": b["scale"], "variant": b["variant"],
                "reasons": index.reasons(b["uuid"]), "stickers": index.stickers(b["uuid"]),
                "age_bands": index.age_bands, "local_position": list(b["position"]),
            }
            if b["category"] == "nature":
                attributes["height"] = round(top, 3)
            objects[ids[(doc["id"], b["uuid"])]] = {
                "type": CITY_OBJECT_TYPES.get(b["category"] or "", "GenericCityObject"),
                "attributes": attributes,
                "geometry": [{"type": "Solid", "lod": "1", "boundaries": _solid(base)}],
            }
    translate = [round(frame.east0, 3), round(frame.north0, 3), round(frame.height0, 3)] if frame else [0.0, 0.0, 0.0]
    if corners:
        local = np.vstack(corners)
        world = (np.column_stack([frame.projected(local[:, :2]), local[:, 2] + frame.height0]) if frame
                 else local)
        ints = np.rint((world - np.array(translate)) / CITYJSON_SCALE).astype(np.int64)
        vertices = ints.tolist()
        real = ints * CITYJSON_SCALE + np.array(translate)
        extent = [float(v) for v in np.concatenate([real.min(axis=0), real.max(axis=0)]).round(3)]
    else:
        vertices, extent = [], None
    metadata: dict[str, Any] = {"title": title}
    if frame is not None and frame.crs_url:
        metadata["referenceSystem"] = frame.crs_url  # without one, CityJSON says: local coordinates
    if extent is not None:
        metadata["geographicalExtent"] = extent
    document = {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [CITYJSON_SCALE] * 3, "translate": translate},
        "metadata": metadata,
        "CityObjects": objects,
        "vertices": vertices,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


# --- CSV ------------------------------------------------------------------------------------------
def _lonlat_cells(frame: Optional[LocalFrame], xy: np.ndarray) -> list:
    """lon/lat per point, or empty cells for a site without a coordinate system."""
    if frame is None:
        return [("", "")] * len(xy)
    return np.round(frame.lonlat(xy), 8).tolist()


def _cell(value: Any) -> Any:
    """Text a child typed cannot become a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8 (Chinese)


SUMMARY_HEADER = ("proposal", "proposal_title", "status", "block_uuid", "type", "name_en", "name_zh", "category",
                  "x_m", "y_m", "z_m", "yaw_deg", "scale", "variant", "lon", "lat", "notes", "stickers", "reasons",
                  "age_bands", "favourite")
ANNOTATIONS_HEADER = ("proposal", "proposal_title", "annotation_uuid", "block_uuid", "block_type", "x_m", "y_m", "z_m",
                      "lon", "lat", "sticker", "reasons", "text", "author", "author_age_band", "audio", "created_at")


def summary_csv(docs: Sequence[Mapping[str, Any]], catalog: Catalog, frame: Optional[LocalFrame],
                age_bands: Mapping[str, str]) -> bytes:
    rows = []
    for doc in docs:
        index = _Index(doc, age_bands)
        xy = np.array([b["position"][:2] for b in doc["blocks"]], dtype=np.float64).reshape(-1, 2)
        lonlat = _lonlat_cells(frame, xy)
        for b, (lon, lat) in zip(doc["blocks"], lonlat):
            en, zh = _names(catalog, b["type"])
            x, y, z = b["position"]
            rows.append((doc["id"], doc["title"], doc["status"], b["uuid"], b["type"], en, zh, b["category"] or "",
                         x, y, z, b["yaw"], b["scale"], b["variant"], lon, lat, len(index.notes.get(b["uuid"], [])),
                         "; ".join(index.stickers(b["uuid"])), "; ".join(index.reasons(b["uuid"])),
                         "; ".join(index.age_bands), "yes" if doc.get("favourite_block") == b["uuid"] else ""))
    return _csv(SUMMARY_HEADER, rows)


INDICATORS_HEADER = ("proposal", "proposal_title", "indicator", "value", "unit", "target_at_least", "target_at_most",
                     "met", "caption_en", "caption_zh")


def indicators_csv(docs: Sequence[Mapping[str, Any]]) -> bytes:
    """One row per proposal and indicator, as computed when the bundle was written."""
    rows = []
    for doc in docs:
        for item in (doc.get("indicators") or {}).get("items") or []:
            target = item.get("target") or {}
            met = item.get("met")
            captions = item.get("captions") or {}
            rows.append((doc["id"], doc["title"], item.get("id", ""), "" if item.get("value") is None else item["value"],
                         item.get("unit", ""), target.get("at_least", ""), target.get("at_most", ""),
                         "" if met is None else ("yes" if met else "no"), captions.get("en", ""), captions.get("zh_CN", "")))
    return _csv(INDICATORS_HEADER, rows)


def annotations_csv(docs: Sequence[Mapping[str, Any]], frame: Optional[LocalFrame], age_bands: Mapping[str, str]) -> bytes:
    rows = []
    for doc in docs:
        index = _Index(doc, age_bands)
        positions = [index.position(a) for a in doc["annotations"]]
        xy = np.array([p[:2] if p else [0.0, 0.0] for p in positions], dtype=np.float64).reshape(-1, 2)
        lonlat = _lonlat_cells(frame, xy)
        for a, pos, (lon, lat) in zip(doc["annotations"], positions, lonlat):
            block = (a.get("anchor") or {}).get("block") or ""
            kind = index.blocks.get(block)
            author = a.get("author") or ""
            rows.append((doc["id"], doc["title"], a["uuid"], block, kind["type"] if kind else "",
                         *(pos if pos else ("", "", "")), *((lon, lat) if pos else ("", "")),
                         a.get("sticker") or "", "; ".join(a.get("reasons") or []), a.get("text") or "", author,
                         age_bands.get(author, ""), a.get("audio") or "", a.get("created_at") or ""))
    return _csv(ANNOTATIONS_HEADER, rows)
