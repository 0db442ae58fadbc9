"""Importing a facilitator's own site: a 3D model or GeoJSON footprints with heights.

The file is parsed under a time and memory limit, normalised (metres, Z up, centred on the site
origin), stored content-addressed with the original, and described by a generated site.json whose
buildable area is the whole ground minus what stands on it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.i18n import N_, _, translate
from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.model.entities import utc_now
from junior_planner.services import library
from junior_planner.services.errors import UserError
from junior_planner.store import Store

MESH_PROBLEMS = {
    "unknown-format": N_("{path}: files of type '{detail}' cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)"),
    "unreadable": N_("{path} cannot be read ({detail})"),
    "empty": N_("{path} is empty"),
    "too-big": N_("{path} is too big to import"),
    "not-a-mesh": N_("{path} is not a 3D model we can read ({detail})"),
    "not-json": N_("{path} is not valid JSON ({detail})"),
    "truncated": N_("{path} is cut short: the file is incomplete ({detail})"),
    "external-reference": N_("{path} refers to another file ({detail}); only self-contained files can be imported"),
    "cyclic": N_("{path} has a loop in its node graph"),
    "too-many-triangles": N_("{path} has too many triangles ({detail})"),
    "non-finite": N_("{path} has coordinates that are not finite numbers"),
    "degenerate": N_("{path} has no triangle with any area"),
    "empty-mesh": N_("{path} has no triangles"),
    "too-large-extent": N_("{path}: the model is kilometres across; check --units"),
    "timeout": N_("{path} took too long to read (limit {detail})"),
    "too-much-memory": N_("{path} needs too much memory to read (limit {detail})"),
    "no-height": N_("{path}: a footprint has no height or levels property ({detail})"),
    "invalid-polygon": N_("{path}: a footprint is not a valid polygon ({detail})"),
}


def mesh_message(error: MeshError) -> str:
    template = translate(MESH_PROBLEMS.get(error.code, "{path}: {detail}"))
    return template.format(path=error.path, detail=error.detail)


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:40].strip("-") or "site"


def mesh_to_npz(asset: MeshAsset) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, vertices=asset.vertices, faces=asset.faces, colors=asset.colors)
    return buffer.getvalue()


def mesh_from_npz(data: bytes) -> MeshAsset:
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return MeshAsset(npz["vertices"], npz["faces"], npz["colors"])


def import_site(store: Store, path: Path, name: Optional[str] = None, up: Optional[str] = None,
                units: str = "m", max_triangles: int = 5_000_000, timeout_s: float = 60.0) -> str:
    from junior_planner.meshes.footprints import read_footprints
    from junior_planner.meshes.loader import load_untrusted
    from junior_planner.meshes.occupancy import standing_footprints
    from junior_planner.meshes.precheck import file_format

    path = Path(path)
    if not path.is_file():
        raise UserError(_("{path} is not a file").format(path=path))
    try:
        fmt = file_format(path)
        asset = load_untrusted(path, up=up, units=units, recentre=fmt != "geojson",
                               max_triangles=max_triangles, timeout_s=timeout_s)
        origin = {"lon": 0.0, "lat": 0.0, "height": 0.0}
        if fmt == "geojson":
            footprints, lonlat = read_footprints(path)
            zones = [[[round(x, 3), round(y, 3)] for x, y in list(p.exterior.coords)[:-1]]
                     for polygon, _h in footprints for p in getattr(polygon, "geoms", [polygon])]
            origin = lonlat or origin
        else:
            zones = standing_footprints(asset)
    except MeshError as exc:
        raise UserError(mesh_message(exc)) from None
    display = (name or path.stem).strip()[:80] or path.stem
    base = _slug(display)
    taken = set(library.sites(store))
    site_id, n = base, 2
    while site_id in taken:
        site_id, n = f"{base}-{n}", n + 1
    lo, hi = asset.bounds
    bounds = [[float(lo[0]), float(lo[1])], [float(hi[0]), float(lo[1])], [float(hi[0]), float(hi[1])], [float(lo[0]), float(hi[1])]]
    site_json = {
        "format": "junior-planner-site", "format_version": 1, "id": site_id,
        "names": {"en": display, "zh_CN": display},
        "descriptions": {"en": f"Imported from {path.name}", "zh_CN": f"从 {path.name} 导入"},
        "model": None, "origin": origin, "crs": "",
        "bounds": [[round(x, 3), round(y, 3)] for x, y in bounds],
        "buildable": [[[round(x, 3), round(y, 3)] for x, y in bounds]],
        "zones": [{"kind": "building", "names": {"en": "Building", "zh_CN": "建筑"}, "polygon": z} for z in zones],
        "features": [],
        "cameras": {"birds_eye": {"position": [0.0, float(lo[1]) - 20.0, max(30.0, float(hi[2]) * 2)], "target": [0.0, 0.0, 0.0]},
                    "child_eye": {"position": [0.0, 0.0], "heading": 90.0}},
    }
    try:
        library.site_from_dict(site_json, "imported")
    except library.LibraryError:
        site_json["zones"] = []  # an outline the model layer cannot use is dropped, not fatal
    original = store.media.put(path.read_bytes(), "." + fmt)
    mesh = store.media.put(mesh_to_npz(asset), ".npz")
    store.add_imported_site(site_id, site_json, mesh, original, path.name, utc_now())
    library.forget_cache()
    return site_id


def set_buildable_area(store: Store, site_id: str, path: Path) -> int:
    """Replace an imported site's buildable area with the polygons of a GeoJSON file; returns
    how many polygons it now has. Bundled sites are not changed here."""
    from junior_planner.meshes.footprints import read_area

    entry = next(((sid, data) for sid, data, _mesh in store.imported_sites() if sid == site_id), None)
    if entry is None:
        if library.site(site_id) is not None:
            raise UserError(_("'{site}' is a bundled site; only imported sites can get a new buildable area").format(site=site_id))
        raise UserError(_("there is no imported site '{site}'").format(site=site_id))
    data = dict(entry[1])
    try:
        rings = read_area(Path(path), data.get("origin"))
    except MeshError as exc:
        raise UserError(mesh_message(exc)) from None
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
    data["buildable"] = rings
    try:
        library.site_from_dict(data, "imported")
    except library.LibraryError as exc:
        raise UserError(_("the area in {path} cannot be used: {reason}").format(path=path, reason=exc)) from None
    store.update_imported_site(site_id, data)
    library.forget_cache()
    return len(rings)
