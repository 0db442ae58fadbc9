"""Importing a facilitator's own site: a 3D model or GeoJSON footprints with heights.

The file is parsed under a time and memory limit, normalised (metres, Z up, centred on the site
origin), stored content-addressed with the original, and described by a generated site.json whose
buildable area is the whole ground minus what stands on it.
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.i18n import N_, Nn_, _, translate, translate_n
from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.model.entities import utc_now
from junior_planner.services.library import Library, LibraryError, site_from_dict
from junior_planner.services.errors import UserError
from junior_planner.store import Store

MESH_PROBLEMS = {
    "unknown-format": N_("{path}: files of type '{detail}' cannot be imported (see 'junior-planner site import --help' for the formats)"),
    "unreadable": N_("{path} cannot be read ({detail})"),
    "empty": N_("{path} is empty"),
    "too-big": N_("{path} is too big to import ({detail})"),
    "not-a-mesh": N_("{path} is not a file we can read ({detail})"),
    "not-json": N_("{path} is not valid JSON ({detail})"),
    "truncated": N_("{path} is cut short: the file is incomplete ({detail})"),
    "external-reference": N_("{path} refers to a file outside its own folder ({detail}); keep the model's files together in one folder or zip"),
    "missing-file": N_("{path} needs '{detail}', which is not in its folder or zip"),
    "folder-ambiguous": N_("{path}: say which file to import; the folder or zip holds several models ({detail})"),
    "cyclic": N_("{path} has a loop in its node graph"),
    "too-many-triangles": N_("{path} has too many triangles ({detail}); use --max-triangles or simplify the model"),
    "too-many-features": N_("{path} has too many features ({detail}); cut out the area of the site first"),
    "non-finite": N_("{path} has coordinates that are not finite numbers"),
    "degenerate": N_("{path} has no triangle with any area"),
    "empty-mesh": N_("{path} has no triangles"),
    "too-large-extent": N_("{path}: the model is kilometres across; check --units"),
    "timeout": N_("{path} took too long to read (limit {detail})"),
    "too-much-memory": N_("{path} needs too much memory to read (limit {detail})"),
    "invalid-polygon": N_("{path}: a footprint is not a valid polygon ({detail})"),
    "missing-library": N_("{path}: reading it needs the Python package {detail}, which is not installed (pip install {detail})"),
    "bad-crs": N_("{path}: '{detail}' is not a coordinate system known here (use EPSG:n, e.g. EPSG:4549)"),
    "crs-not-metric": N_("{path}: {detail} is not a projected coordinate system in metres; choose one with --crs (e.g. EPSG:4549)"),
    "outside-crs": N_("{path}: the coordinates do not fit {detail}; check --source-crs"),
    "georef-incomplete": N_("{path}: to place a model on the earth give both --crs EPSG:n and --origin EASTING NORTHING"),
    "unsupported-extension": N_("{path} needs the glTF extension {detail}, which cannot be read here; export the model again without it"),
    "no-layer": N_("{path} has no layer {detail}"),
    "nothing-usable": N_("{path}: nothing usable was found (no buildings, roads, trees, water or 3D shapes; {detail})"),
    "nothing-buildable": N_("{path}: the site would leave children no ground to build on; give a larger area or a buildable area"),
}
# what the importer had to guess or leave out: counted (%n) and reported after an import
WARNINGS = {
    "no-height": Nn_("%n of {total} buildings had no height: used {height} m (--default-height)"),
    "invalid-polygon-repaired": Nn_("%n invalid polygons were repaired"),
    "invalid-polygon-skipped": Nn_("%n features with unusable polygons were left out"),
    "empty-geometry": Nn_("%n features had an empty geometry and were left out"),
    "no-geometry": Nn_("%n features had no geometry and were left out"),
    "not-a-feature": Nn_("%n entries were not GeoJSON features and were left out"),
    "incomplete-way": Nn_("%n roads or paths reach beyond the extract and were left out"),
    "outline-replaced-by-parts": Nn_("%n building outlines were drawn by their building parts instead"),
    "template-skipped": Nn_("%n CityJSON geometry templates were left out"),
    "lod-missing": Nn_("%n city objects have no geometry at the chosen level of detail"),
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


def _originals(path: Path) -> tuple[bytes, str]:
    """The file(s) the user gave, kept with the site: one file as it is; a Shapefile's, a .gltf's
    or an .obj's companion files (or a folder) as one zip."""
    import zipfile

    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file())
    elif path.suffix.lower() == ".shp":
        files = sorted(p for p in path.parent.iterdir() if p.is_file() and p.stem == path.stem)
    elif path.suffix.lower() in (".gltf", ".obj"):
        files = sorted(p for p in path.parent.iterdir() if p.is_file())
    else:
        return path.read_bytes(), path.suffix.lower() or ".bin"
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in files:
            total += file.stat().st_size
            if total > 512 * 1024 * 1024:
                break
            archive.write(file, file.name)
    return buffer.getvalue(), ".zip"


def import_site(store: Store, path: Path, name: Optional[str] = None, up: Optional[str] = None,
                units: str = "m", max_triangles: int = 5_000_000, timeout_s: float = 120.0,
                crs: Optional[str] = None, source_crs: Optional[str] = None,
                origin: Optional[tuple[float, float]] = None, height: float = 0.0, rotation: float = 0.0,
                layer: Optional[str] = None, encoding: Optional[str] = None, lod: Optional[str] = None,
                default_height: float = 9.0, storey_height: float = 3.0,
                report: Optional[list] = None) -> str:
    """Import any supported site file; returns the new site's id. `report`, when given, receives
    the summary lines (what was found, the CRS, the extent, the warnings)."""
    from junior_planner.meshes.formats import ReadOptions
    from junior_planner.meshes.formats.build import GeorefRequest
    from junior_planner.meshes.loader import run_limited

    path = Path(path)
    if not path.exists():
        raise UserError(_("{path} is not a file").format(path=path))
    if not (math.isfinite(height) and math.isfinite(rotation) and math.isfinite(default_height)
            and 0 < default_height < 1000 and 0 < storey_height < 20):
        raise UserError(_("heights and rotation must be finite numbers (default height 0-1000 m, storey 0-20 m)"))
    options = ReadOptions(source_crs=source_crs, layer=layer, encoding=encoding, lod=lod, up=up, units=units,
                          storey_m=storey_height, max_triangles=max_triangles)
    request = GeorefRequest(crs=crs, origin=origin, height=height, rotation=rotation, default_height=default_height)
    try:
        built = run_limited("junior_planner.meshes.formats.build:import_file", (str(path), options, request), {},
                            str(path), timeout_s)
    except MeshError as exc:
        raise UserError(mesh_message(exc)) from None
    display = (name or path.stem).strip()[:80] or path.stem
    base = _slug(display)
    taken = Library.of(store).site_ids()
    site_id, n = base, 2
    while site_id in taken:
        site_id, n = f"{base}-{n}", n + 1
    bounds = [[round(float(x), 3), round(float(y), 3)] for x, y in built.bounds]
    (lo_x, lo_y), (hi_x, hi_y) = built.bounds.min(axis=0), built.bounds.max(axis=0)
    top = float(built.model_bounds[1][2])
    origin_json = built.georef.origin_dict() if built.georef else {"lon": 0.0, "lat": 0.0, "height": 0.0}
    site_json = {
        "format": "junior-planner-site", "format_version": 1, "id": site_id,
        "names": {"en": display, "zh_CN": display},
        "descriptions": {"en": f"Imported from {path.name}", "zh_CN": f"从 {path.name} 导入"},
        "model": None, "origin": origin_json, "crs": built.georef.crs if built.georef else "",
        "bounds": bounds, "buildable": [bounds], "model_bounds": built.model_bounds,
        "zones": [{"kind": kind, "names": ZONE_NAMES.get(kind, {}), "polygon": polygon} for kind, polygon in built.zones],
        "features": [],
        "cameras": {"birds_eye": {"position": [0.0, float(lo_y) - 0.3 * float(hi_y - lo_y),
                                               max(8.0, top * 2, 0.6 * float(max(hi_x - lo_x, hi_y - lo_y)))],
                                  "target": [0.0, 0.0, 0.0]},
                    "child_eye": {"position": built.child_spot, "heading": 90.0}},
        "import": {"file": path.name, "counts": built.counts, "warnings": built.warnings,
                   "default_height": built.default_height_used},
    }
    try:
        site_from_dict(site_json, "imported")
    except LibraryError:
        # zones the model layer cannot use are dropped one by one, not fatal
        site_json["zones"] = [z for z in site_json["zones"] if _zone_ok(site_json, z)]
    data, ending = _originals(path)
    original = store.media.put(data, ending)
    mesh = store.media.put(mesh_to_npz(built.asset), ".npz")
    store.add_imported_site(site_id, site_json, mesh, original, path.name, utc_now())
    Library.of().forget_sites()
    if report is not None:
        report.extend(import_summary(site_id, display, built))
    return site_id


ZONE_NAMES = {"building": {"en": "Building", "zh_CN": "建筑"}, "road": {"en": "Road", "zh_CN": "道路"},
              "path": {"en": "Path", "zh_CN": "小路"}, "water": {"en": "Water", "zh_CN": "水面"},
              "tree": {"en": "Tree", "zh_CN": "树"}}


def _zone_ok(site_json: dict, zone: dict) -> bool:
    try:
        site_from_dict(dict(site_json, zones=[zone]), "imported")
        return True
    except LibraryError:
        return False


def import_summary(site_id: str, name: str, built) -> list[str]:
    counts = built.counts
    lines = [_("Imported '{name}' as site {site}").format(name=name, site=site_id)]
    found = [(counts.get("buildings", 0), _("buildings")), (counts.get("roads", 0), _("roads")),
             (counts.get("paths", 0), _("paths")), (counts.get("trees", 0), _("trees")),
             (counts.get("water", 0), _("water areas")), (counts.get("grass", 0), _("green areas")),
             (counts.get("city_objects", 0), _("city objects")),
             (0 if counts.get("city_objects") else counts.get("meshes", 0), _("3D shapes")),
             (counts.get("ground", 0), _("ground surfaces"))]
    lines.append(_("found: {list}").format(list=", ".join(f"{n} {label}" for n, label in found if n) or "-"))
    (lo_x, lo_y, lo_z), (hi_x, hi_y, hi_z) = built.model_bounds
    if built.georef:
        g = built.georef
        lines.append(_("coordinate system {crs}; site origin at easting {e:.2f}, northing {n:.2f}, height {h:.2f} m").format(
            crs=g.crs if g.crs.startswith("EPSG:") else _("(custom)"), e=g.easting, n=g.northing, h=g.height))
    else:
        lines.append(_("no coordinate system: the site has local coordinates only (set one with 'junior-planner site georef')"))
    lines.append(_("extent {w:.0f} x {d:.0f} m, up to {h:.1f} m high").format(w=hi_x - lo_x, d=hi_y - lo_y, h=hi_z - lo_z))
    total = counts.get("buildings", 0)
    for code, count in sorted(built.warnings.items()):
        template = WARNINGS.get(code)
        if template:
            lines.append(_("warning: ") + translate_n(template, count).format(
                total=total, height=f"{built.default_height_used or 0:g}"))
    return lines


def georef_site(store: Store, site_id: str, crs: str, origin: tuple[float, float], height: float = 0.0,
                rotation: float = 0.0) -> dict:
    """Give an imported site a place on the earth: its local (0, 0) is at `origin` in `crs`,
    its local +x turned `rotation` degrees counter-clockwise from the CRS's east."""
    from junior_planner.meshes.formats import georef as geo

    entry = next(((sid, data) for sid, data, _mesh in store.imported_sites() if sid == site_id), None)
    if entry is None:
        if Library.of().site(site_id) is not None:
            raise UserError(_("'{site}' is a bundled site; only imported sites can be geo-referenced here").format(site=site_id))
        raise UserError(_("there is no imported site '{site}'").format(site=site_id))
    if not all(math.isfinite(v) for v in (*origin, height, rotation)):
        raise UserError(_("the origin, height and rotation must be finite numbers"))
    try:
        parsed = geo.parse_crs(crs, crs)
        if not geo.is_metric_projected(parsed):
            raise MeshError("crs-not-metric", site_id, geo.crs_name(parsed)[:60])
        ref = geo.Georef(geo.crs_name(geo.horizontal(parsed)), float(origin[0]), float(origin[1]), float(height), float(rotation))
        origin_json = ref.origin_dict()
    except MeshError as exc:
        raise UserError(mesh_message(exc)) from None
    if not all(math.isfinite(v) for v in origin_json.values()):
        raise UserError(_("the origin lies outside {crs}").format(crs=ref.crs))
    data = dict(entry[1], crs=ref.crs, origin=origin_json)
    store.update_imported_site(site_id, data)
    Library.of().forget_sites()
    return data


def set_buildable_area(store: Store, site_id: str, path: Path) -> int:
    """Replace an imported site's buildable area with the polygons of a GeoJSON file; returns
    how many polygons it now has. Bundled sites are not changed here."""
    from junior_planner.meshes.footprints import read_area

    entry = next(((sid, data) for sid, data, _mesh in store.imported_sites() if sid == site_id), None)
    if entry is None:
        if Library.of().site(site_id) is not None:
            raise UserError(_("'{site}' is a bundled site; only imported sites can get a new buildable area").format(site=site_id))
        raise UserError(_("there is no imported site '{site}'").format(site=site_id))
    data = dict(entry[1])
    try:
        rings = read_area(Path(path), data.get("origin"), data.get("crs") or "")
    except MeshError as exc:
        raise UserError(mesh_message(exc)) from None
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
    data["buildable"] = rings
    try:
        site_from_dict(data, "imported")
    except LibraryError as exc:
        raise UserError(_("the area in {path} cannot be used: {reason}").format(path=path, reason=exc)) from None
    store.update_imported_site(site_id, data)
    Library.of().forget_sites()
    return len(rings)
