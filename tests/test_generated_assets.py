"""The bundled 3D assets in models3d/: what the kiosk loads and children see.

Protects: every model loads with colours; blocks are the size the catalog says (so the ghost
footprint, collision and the drawn model agree) and stand centred on the ground; the catalog is
complete in both languages; each site's no-build zones are valid and leave a 30 m square to build on
around the origin; one site is big enough for performance work; and the committed files are exactly
what tools/gen_blocks.py and tools/gen_sites.py produce (nobody hand-edits a generated file).
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import trimesh
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from junior_planner.model.catalog import Catalog
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import AGE_BANDS, ZONE_KINDS

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models3d"
TOOLS = ROOT / "tools"
CATALOG = json.loads((MODELS / "catalog.json").read_text(encoding="utf-8"))
SITE_FILES = sorted((MODELS / "sites").glob("*/site.json"))
SITES = {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in SITE_FILES}
GENERATED_SITES = {sid: s for sid, s in SITES.items() if s.get("model")}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CJK = re.compile(r"[\u4e00-\u9fff]")
CATALOG_KEYS = {"format", "format_version", "categories", "blocks"}
BLOCK_KEYS = {"id", "names", "category", "model", "footprint", "height", "cost", "allowed_zones", "age_bands",
              "tags", "scale", "variants"}
SITE_KEYS = {"format", "format_version", "id", "names", "descriptions", "model", "origin", "crs", "model_bounds", "bounds",
             "buildable", "zones", "features", "cameras"}
TAGS = {"seats", "shade_m2", "green_m2", "play_area_m2", "light", "crossing", "traffic_calming", "accessible",
        "drinking_water", "toilet", "sport", "learning", "bike_parking", "shelter"}
KEPT_IDS = {"bench", "tree", "slide", "swing", "sandpit", "flower-bed", "street-light", "crossing"}


@functools.lru_cache(maxsize=8)
def load_z_up(path: Path):
    """A glb -> (Z-up vertices, faces, RGBA colours) of all its meshes, placed in the world."""
    scene = trimesh.load_scene(str(path))
    verts, faces, colors, offset = [], [], [], 0
    for node in sorted(scene.graph.nodes_geometry):
        transform, geom = scene.graph[node]
        mesh = scene.geometry[geom]
        v = trimesh.transform_points(mesh.vertices, transform)
        verts.append(np.column_stack([v[:, 0], -v[:, 2], v[:, 1]]))  # glTF Y-up -> site Z-up
        faces.append(np.asarray(mesh.faces) + offset)
        colors.append(np.asarray(mesh.visual.vertex_colors))
        offset += len(v)
    return np.vstack(verts), np.vstack(faces), np.vstack(colors)


def all_glbs():
    return sorted(MODELS.rglob("*.glb"))


@pytest.mark.parametrize("path", all_glbs(), ids=lambda p: str(p.relative_to(MODELS)))
def test_every_model_loads_with_colours(path):
    v, f, c = load_z_up(path)
    assert len(v) and len(f), "empty model"
    assert np.all(np.isfinite(v))
    assert f.min() >= 0 and f.max() < len(v)
    assert len(c) == len(v), "vertex colours (COLOR_0) missing"
    assert np.any(c[:, :3] != 255), "colours missing: everything came back plain white"


def test_catalog_shape_and_languages():
    assert set(CATALOG) == CATALOG_KEYS
    assert CATALOG["format"] == "junior-planner-catalog" and CATALOG["format_version"] == 1
    cats = CATALOG["categories"]
    assert len(cats) >= 7
    cat_ids = [c["id"] for c in cats]
    assert {"play", "sport", "nature", "rest", "safety", "learning", "services"} <= set(cat_ids)
    blocks = CATALOG["blocks"]
    assert len(blocks) >= 36
    ids = [b["id"] for b in blocks]
    assert len(ids) == len(set(ids)), "block ids must be unique"
    assert KEPT_IDS <= set(ids)
    for item in cats + blocks:
        assert KEBAB.match(item["id"]), item["id"]
        assert item["names"]["en"].strip() and CJK.search(item["names"]["zh_CN"]), item["id"]
        assert re.match(r"^#[0-9a-f]{6}$", item.get("color", "#000000"))
    used = {b["category"] for b in blocks}
    assert used == set(cat_ids), "every category has blocks and every block a known category"
    Catalog.from_dict(CATALOG)  # the program's own parser accepts it


@pytest.mark.parametrize("block", CATALOG["blocks"], ids=lambda b: b["id"])
def test_block_entry_fields(block):
    assert set(block) == BLOCK_KEYS
    assert block["model"] == f"blocks/{block['id']}.glb" and (MODELS / block["model"]).is_file()
    assert isinstance(block["cost"], int) and block["cost"] > 0
    assert set(block["allowed_zones"]) <= set(ZONE_KINDS)
    assert block["age_bands"] and set(block["age_bands"]) <= set(AGE_BANDS)
    assert set(block["tags"]) <= TAGS
    assert all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in block["tags"].values())
    if block["scale"] is not None:
        assert set(block["scale"]) == {"min", "max"} and 0 < block["scale"]["min"] < 1 < block["scale"]["max"]
    assert block["variants"]
    for v in block["variants"]:
        assert set(v) == {"id", "names", "color"} and KEBAB.match(v["id"]) and CJK.search(v["names"]["zh_CN"])
        assert re.match(r"^#[0-9a-f]{6}$", v["color"])


@pytest.mark.parametrize("block", CATALOG["blocks"], ids=lambda b: b["id"])
def test_block_model_matches_its_footprint(block):
    v, f, _c = load_z_up(MODELS / block["model"])
    lo, hi = v.min(axis=0), v.max(axis=0)
    w, d, h = block["footprint"]["width"], block["footprint"]["depth"], block["height"]
    size = hi - lo
    assert size[0] == pytest.approx(w, rel=0.05), "width along x"
    assert size[1] == pytest.approx(d, rel=0.05), "depth along y"
    assert size[2] == pytest.approx(h, rel=0.05, abs=0.005), "height"
    center = (lo + hi) / 2
    assert abs(center[0]) <= 0.025 * w and abs(center[1]) <= 0.025 * d, "origin at the footprint centre"
    assert abs(lo[2]) <= 0.005, "stands on the ground (z = 0)"
    assert len(f) <= 3000, "triangle budget"


def test_one_site_is_big_enough_for_performance_work():
    counts = {sid: len(load_z_up(MODELS / "sites" / sid / s["model"])[1]) for sid, s in GENERATED_SITES.items()}
    assert len(counts) >= 4
    assert max(counts.values()) >= 250_000, counts


@pytest.mark.parametrize("sid", sorted(SITES))
def test_site_json_zones_and_origin_square(sid):
    site = SITES[sid]
    assert set(site) == SITE_KEYS
    assert site["format"] == "junior-planner-site" and site["format_version"] == 1 and site["id"] == sid
    for key in ("names", "descriptions"):
        assert site[key]["en"].strip() and CJK.search(site[key]["zh_CN"])
    bounds = Polygon(site["bounds"])
    assert bounds.is_valid and bounds.exterior.is_ccw
    square = box(-15, -15, 15, 15)
    assert bounds.contains(square)
    for zone in site["zones"]:
        poly = Polygon(zone["polygon"])
        assert zone["kind"] in ZONE_KINDS
        assert poly.is_valid and poly.area > 0, zone["names"]["en"]
        assert zone["names"]["en"] and CJK.search(zone["names"]["zh_CN"])
        assert not poly.intersects(square), f"{zone['names']['en']} reaches into the 30 m square"
    buildable = unary_union([Polygon(p) for p in site["buildable"]])
    assert all(Polygon(p).is_valid for p in site["buildable"])
    assert buildable.buffer(0.01).contains(square), "the 30 m square around the origin is buildable"
    # the CRS is the CGCS2000 3-degree Gauss-Kruger zone of the origin's longitude
    lon = site["origin"]["lon"]
    assert 73 < lon < 136 and 18 < site["origin"]["lat"] < 54
    assert site["crs"] == f"EPSG:{4534 + (round(lon / 3) * 3 - 75) // 3}"
    # the demo sites sit in Jinhua, Zhejiang (CGCS2000 / 3-degree GK CM 120E), where the workshops are
    assert site["crs"] == "EPSG:4549" and 119.4 < lon < 119.9 and 28.9 < site["origin"]["lat"] < 29.3
    if site["model"] is None:
        assert site["model_bounds"] is None  # a flat site: nothing imported, nothing to measure
    else:
        lo, hi = site["model_bounds"]
        assert len(lo) == len(hi) == 3 and all(a < b for a, b in zip(lo, hi))
    cams = site["cameras"]
    assert len(cams["birds_eye"]["position"]) == 3 and len(cams["child_eye"]["position"]) == 2
    Site.from_dict(site)  # the program's own parser accepts it


@pytest.mark.parametrize("sid", sorted(GENERATED_SITES))
def test_site_model_fits_its_outline(sid):
    site = GENERATED_SITES[sid]
    v, _f, _c = load_z_up(MODELS / "sites" / sid / site["model"])
    minx, miny, maxx, maxy = Polygon(site["bounds"]).bounds
    assert v[:, 0].min() >= minx - 1 and v[:, 0].max() <= maxx + 1
    assert v[:, 1].min() >= miny - 1 and v[:, 1].max() <= maxy + 1
    assert 80 <= max(maxx - minx, maxy - miny) <= 160
    # flat where children build: nothing stands in the origin square above lawn/paving height
    inside = (np.abs(v[:, 0]) < 15) & (np.abs(v[:, 1]) < 15)
    assert np.all(np.abs(v[inside, 2]) <= 0.05)


def test_regenerating_gives_identical_bytes(tmp_path):
    for tool in ("gen_blocks.py", "gen_sites.py"):
        subprocess.run([sys.executable, str(TOOLS / tool), "--out", str(tmp_path), "--quiet"], check=True,
                       capture_output=True, timeout=120)
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert fresh, "the generators wrote nothing"
    for rel in fresh:
        assert (MODELS / rel).is_file(), f"{rel} is generated but not in models3d/"
        assert (tmp_path / rel).read_bytes() == (MODELS / rel).read_bytes(), f"{rel} differs from a fresh run"
    committed = {p.relative_to(MODELS) for p in MODELS.rglob("*.glb")}
    assert committed <= set(fresh), "a glb in models3d/ that no generator writes"


def test_the_vendored_three_js_is_the_pinned_release_unchanged():
    """assets/web/three-0.147.0/ is three@0.147.0 from npm, byte for byte (docs/assets.md)."""
    import hashlib

    from junior_planner import resources

    folder = resources.asset("web", "three-0.147.0")
    expected = {"three.min.js": "f34446bf875b5fb0dcd93819ffe1d9e182d46634ee855f5d904c6c4ac7cdbc95",
                "OrbitControls.js": "b4c6e53f98538535b11fd6655627d47fb5877b3ad972568bff0a7026c4b6d5c4"}
    for name, digest in expected.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert "MIT" in (folder / "LICENSE").read_text() or "Permission is hereby granted" in (folder / "LICENSE").read_text()
