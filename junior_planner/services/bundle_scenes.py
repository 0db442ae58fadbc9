"""The bundle's glTF scenes: the site once (scenes/site.glb) and each proposal's blocks, every
block a node with its notes, stickers and reasons as extras, the geo-reference in asset.extras."""

from __future__ import annotations

import functools
from typing import Any, Mapping, Optional

from junior_planner.exchange.geo import LocalFrame
from junior_planner.meshes.asset import MeshError
from junior_planner.model.site import Site
from junior_planner.services.library import Library

# names for the participants and second versions an import creates (stable, so importing twice
# creates nothing new)

@functools.lru_cache(maxsize=64)
def _block_mesh(block_type: str):
    from junior_planner.meshes.loader import load_file
    from junior_planner.meshes.scene_export import box_mesh
    from junior_planner.resources import model3d

    kind = Library.of().catalog.get(block_type)
    if kind is None:
        return box_mesh(1.0, 1.0, 1.0)
    if kind.model:
        try:
            return load_file(model3d(kind.model))
        except (MeshError, OSError):  # a missing or broken bundled model: a box of the right size instead
            pass
    return box_mesh(kind.width, kind.depth, kind.height)


def _site_mesh(site: Site):
    from junior_planner.meshes.scene_export import ground_mesh

    mesh = Library.of().site_mesh(site)
    return mesh if mesh is not None else ground_mesh(site.bounds)


def _georef_extras(site: Site, frame: Optional[LocalFrame]) -> dict[str, Any]:
    if frame is None:
        return {"georeferenced": False, "units": "metres",
                "note": "the site has no coordinate system: site-local metres, Z up turned Y up"}
    return {"georeferenced": True, **frame.describe(), "site": site.id}


def _site_scene(site_mesh, site: Site, frame: Optional[LocalFrame]) -> bytes:
    from junior_planner.meshes.scene_export import scene_glb, with_asset_extras

    extras = _georef_extras(site, frame)
    return with_asset_extras(scene_glb(site_mesh, {}, [], {"site": site.id, "units": "metres"}), extras)


def _scene(doc: Mapping[str, Any], site: Site, frame: Optional[LocalFrame]) -> bytes:
    from junior_planner.meshes.scene_export import Placement, scene_glb, with_asset_extras

    catalog = Library.of().catalog
    notes: dict[str, list[Mapping[str, Any]]] = {}
    for a in doc["annotations"]:
        if a["anchor"].get("block"):
            notes.setdefault(a["anchor"]["block"], []).append(a)
    placements, meshes = [], {}
    for b in doc["blocks"]:
        kind = catalog.get(b["type"])
        meshes[b["type"]] = _block_mesh(b["type"])
        x, y, z = b["position"]
        mine = notes.get(b["uuid"], [])
        placements.append(Placement(
            name=b["uuid"], mesh=b["type"], x=x, y=y, z=z, yaw=b["yaw"], scale=b["scale"],
            extras={"uuid": b["uuid"], "type": b["type"], "category": b["category"], "proposal": doc["id"],
                    "name_en": kind.names.get("en", "") if kind else "", "name_zh": kind.names.get("zh_CN", "") if kind else "",
                    "position": list(b["position"]), "yaw": b["yaw"], "scale": b["scale"], "variant": b["variant"],
                    "stickers": sorted({a["sticker"] for a in mine if a["sticker"]}),
                    "reasons": sorted({r for a in mine for r in a["reasons"]}),
                    "notes": [{"uuid": a["uuid"], "sticker": a["sticker"], "reasons": list(a["reasons"]),
                               "text": a.get("text") or "", "author": a.get("author")} for a in mine]}))
    glb = scene_glb(None, meshes, placements,
                    {"proposal": doc["id"], "title": doc["title"], "workshop": doc["workshop"]["id"],
                     "site": site.id, "site_scene": "scenes/site.glb", "units": "metres",
                     "note": "site-local Z-up coordinates turned Y-up; the site itself is scenes/site.glb"})
    return with_asset_extras(glb, _georef_extras(site, frame))
