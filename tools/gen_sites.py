"""Write the bundled sites: `models3d/sites/<id>/site.glb` and `models3d/sites/<id>/site.json`.

    python tools/gen_sites.py [--out DIR] [--only ID ...]      # DIR defaults to models3d/

Sites are built in site-local metres (x east, y north, z up; ground at z = 0) from shapely
polygons; the same polygons become the no-build zones in site.json, so what children see and
what the app forbids always agree. Random placement uses fixed seeds: same bytes on every run.
Trees and shrubs are instanced with numpy (no per-vertex Python loops), so even the 300k-triangle
park takes about a second.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import LineString, Point, Polygon, box as sbox
from shapely.geometry.polygon import orient
from shapely.ops import split, unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_blocks  # noqa: E402
import meshkit as mk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CLEAR_HALF = 15.0  # the buildable square around the origin is 30 m x 30 m

# Colours of the existing city
GRASS = "#7bb661"
GRASS_DARK = "#6aa353"
ASPHALT = "#4a4d52"
PAVEMENT = "#c9c3b8"
PATH = "#d8c7a0"
PLAZA = "#d6d0c4"
KERB = "#9c9a94"
WATER = "#3f8fcf"
BANK = "#a89f8a"
LANE_WHITE = "#f2f2f2"
LANE_YELLOW = "#f2c230"
TRUNK = "#7a5230"


def names(en, zh):
    return {"en": en, "zh_CN": zh}


# ---------------------------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------------------------


def smooth_line(points, per_segment=12) -> LineString:
    """A Catmull-Rom curve through the control points (winding paths)."""
    p = np.asarray(points, dtype=float)
    p = np.vstack([p[0] * 2 - p[1], p, p[-1] * 2 - p[-2]])
    t = np.linspace(0, 1, per_segment, endpoint=False)[:, None]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        out.append(0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3))
    out.append(p[-2][None])
    return LineString(np.vstack(out))


def circle(center, r, n=10) -> Polygon:
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return Polygon(np.column_stack([center[0] + r * np.cos(a), center[1] + r * np.sin(a)]))


def largest(geom) -> Polygon:
    if isinstance(geom, Polygon):
        return geom
    return max((g for g in geom.geoms if isinstance(g, Polygon)), key=lambda g: g.area)


def polygons_of(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]


def without_holes(poly: Polygon) -> list[Polygon]:
    """Cut a polygon with holes into hole-free pieces (vertical cuts through each hole)."""
    if not poly.interiors:
        return [poly]
    hole = poly.interiors[0]
    x = hole.centroid.x
    lo, hi = poly.bounds[1] - 1, poly.bounds[3] + 1
    pieces = split(poly, LineString([(x, lo), (x, hi)]))
    out = []
    for g in pieces.geoms:
        if isinstance(g, Polygon) and g.area > 1e-6:
            out.extend(without_holes(g))
    return out


def ring_coords(poly: Polygon, decimals=2) -> list[list[float]]:
    """Counter-clockwise exterior ring, not repeating the first point, rounded for JSON."""
    poly = orient(poly, 1.0)
    c = np.round(np.asarray(poly.exterior.coords)[:-1], decimals) + 0.0
    keep = np.ones(len(c), dtype=bool)
    keep[1:] = np.any(np.diff(c, axis=0) != 0, axis=1)
    return [[float(x), float(y)] for x, y in c[keep]]


def json_polygon(poly: Polygon, tolerance=0.05) -> Polygon:
    """What a zone polygon will be once simplified and rounded for site.json (still valid)."""
    p = poly.simplify(tolerance, preserve_topology=True)
    p = largest(p) if not isinstance(p, Polygon) else p
    q = Polygon(ring_coords(p))
    if not q.is_valid:
        q = largest(q.buffer(0))
        q = Polygon(ring_coords(q))
    return q


# ---------------------------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------------------------


def building(b, poly, storeys, wall, window, roof, storey=3.0, base=0.0, parapet=True):
    """A building with one window band per storey and a flat roof with a parapet."""
    rings = [np.asarray(orient(poly, 1.0).exterior.coords)[:-1]]
    for i in range(storeys):
        z = base + i * storey
        b.walls(rings, z, z + 0.9, wall)
        b.walls(rings, z + 0.9, z + 2.2, window)
        b.walls(rings, z + 2.2, z + storey, wall)
    top = base + storeys * storey
    b.flat(poly, top, roof)
    if parapet:
        b.prism(poly.difference(poly.buffer(-0.35, join_style="mitre")), top, top + 0.6, mk.shade(wall, 0.92))
    return top


def gable_roof(b, x0, y0, x1, y1, z, rise, color, overhang=0.5, ridge="x"):
    """A pitched roof on an axis-aligned rectangle, ridge along x (or y)."""
    if ridge == "x":
        prof = Polygon([(y0 - overhang, 0), (y1 + overhang, 0), ((y0 + y1) / 2, rise)])
        m = mk.trimesh.creation.extrude_polygon(prof, x1 - x0 + 2 * overhang)
        t = np.array([[0, 0, 1, x0 - overhang], [1, 0, 0, 0], [0, 1, 0, z], [0, 0, 0, 1.0]])
    else:
        prof = Polygon([(x0 - overhang, 0), (x1 + overhang, 0), ((x0 + x1) / 2, rise)])
        m = mk.trimesh.creation.extrude_polygon(prof, y1 - y0 + 2 * overhang)
        t = np.array([[1, 0, 0, 0], [0, 0, -1, y1 + overhang], [0, 1, 0, z], [0, 0, 0, 1.0]])
    b.add_mesh(m, color, t)


def water_body(b, poly, depth=0.35, color=WATER, bank=BANK):
    """Water surface a little below the ground, with a stone bank all round."""
    b.flat(poly, -depth, color)
    # walls face into the water, so walk the outer ring clockwise
    c = np.asarray(orient(poly, 1.0).exterior.coords)[:-1]
    b.walls([c[::-1]], -depth, 0.0, bank)


def road_markings(b, x0, x1, y_center, width, lanes=2, dashed_every=6.0, skip=()):
    """Kerb-edge lines, a double yellow centre line and dashed white lane lines along x."""
    z = 0.02
    geoms = []
    half = width / 2
    for y in (y_center - half + 0.3, y_center + half - 0.3):
        geoms.append(sbox(x0, y - 0.08, x1, y + 0.08))
    for dy in (-0.15, 0.15):
        geoms.append(sbox(x0, y_center + dy - 0.07, x1, y_center + dy + 0.07))
    white = unary_union(geoms[:2])
    yellow = unary_union(geoms[2:])
    dashes = []
    if lanes >= 4:
        for s in (-1, 1):
            y = y_center + s * half / 2
            for x in np.arange(x0, x1, dashed_every):
                dashes.append(sbox(x, y - 0.07, min(x + dashed_every / 2, x1), y + 0.07))
    if dashes:
        white = white.union(unary_union(dashes))
    for gap in skip:
        white = white.difference(gap)
        yellow = yellow.difference(gap)
    b.flat(white, z, LANE_WHITE)
    b.flat(yellow, z, LANE_YELLOW)


def zebra(b, x_center, y0, y1, width=5.0):
    """Zebra stripes across a road running along x: stripes parallel to the traffic."""
    stripes = []
    y = y0 + 0.3
    while y + 0.45 <= y1 - 0.2:
        stripes.append(sbox(x_center - width / 2, y, x_center + width / 2, y + 0.45))
        y += 1.05
    b.flat(unary_union(stripes), 0.025, LANE_WHITE)
    return sbox(x_center - width / 2 - 0.5, y0, x_center + width / 2 + 0.5, y1)


def instance(b, template: mk.trimesh.Trimesh, positions, scales, yaws, tints=None, tint_mask=None):
    """Many copies of one coloured template, placed with numpy in one go."""
    n = len(positions)
    if n == 0:
        return
    v0 = np.asarray(template.vertices, dtype=float)
    f0 = np.asarray(template.faces, dtype=np.int64)
    c0 = np.asarray(template.visual.vertex_colors, dtype=float)
    scales = np.broadcast_to(np.asarray(scales, dtype=float).reshape(n, -1), (n, 3))
    cos, sin = np.cos(yaws), np.sin(yaws)
    rot = np.zeros((n, 3, 3))
    rot[:, 0, 0], rot[:, 0, 1], rot[:, 1, 0], rot[:, 1, 1], rot[:, 2, 2] = cos, -sin, sin, cos, 1.0
    v = np.einsum("nij,nvj->nvi", rot, v0[None] * scales[:, None, :]) + np.asarray(positions, float)[:, None, :]
    f = f0[None] + (np.arange(n) * len(v0))[:, None, None]
    c = np.repeat(c0[None], n, axis=0)
    if tints is not None:
        mask = np.ones(len(v0), bool) if tint_mask is None else tint_mask
        c[:, mask, :3] *= np.asarray(tints, float)[:, None, :]
    b.add(v.reshape(-1, 3), f.reshape(-1, 3), np.clip(np.round(c), 0, 255).astype(np.uint8).reshape(-1, 4))


def tree_template(detail=2):
    """A broadleaf tree 1 m crown radius (before scaling): trunk, two limbs, four crown lobes."""
    trunk = mk.MeshBuilder()
    trunk.cylinder(0.12, 2.4, (0, 0, 0), TRUNK, sections=8)
    trunk.rod((0, 0, 1.8), (0.45, 0.2, 2.7), 0.06, TRUNK, sections=5)
    trunk.rod((0, 0, 2.0), (-0.4, -0.25, 2.8), 0.06, TRUNK, sections=5)
    crown = mk.MeshBuilder()
    crown.blob((1.0, 1.0, 0.85), (0.05, 0.05, 3.2), "#4f8a3a", detail)
    crown.blob((0.75, 0.75, 0.7), (-0.4, -0.35, 3.05), "#467f34", detail)
    crown.blob((0.7, 0.7, 0.65), (0.45, -0.3, 3.4), "#5a9842", detail)
    crown.blob((0.65, 0.65, 0.6), (0.0, 0.3, 3.9), "#62a14a", detail)
    tm, cm = trunk.mesh(), crown.mesh()
    both = mk.MeshBuilder()
    both.add_mesh(tm, tm.visual.vertex_colors)
    both.add(cm.vertices, cm.faces, np.asarray(cm.visual.vertex_colors))
    mask = np.zeros(len(tm.vertices) + len(cm.vertices), bool)
    mask[len(tm.vertices):] = True
    return both.mesh(), mask


def conifer_template():
    b = mk.MeshBuilder()
    b.cylinder(0.1, 1.0, (0, 0, 0), TRUNK, sections=6)
    for i, (r, z, h) in enumerate(((1.0, 0.8, 2.0), (0.8, 1.8, 1.8), (0.55, 2.8, 1.6))):
        b.cone(r, h, (0, 0, z), mk.shade("#2f6b3a", 1.0 + 0.08 * i), sections=12)
    m = b.mesh()
    mask = np.asarray(m.visual.vertex_colors)[:, 0] != mk.rgba(TRUNK)[0]
    return m, mask


def shrub_template():
    b = mk.MeshBuilder()
    b.blob((1.0, 1.0, 0.7), (0, 0, 0.45), "#3f7f38", 1)
    b.blob((0.6, 0.6, 0.5), (0.35, 0.2, 0.75), "#4a8c3c", 1)
    m = b.mesh()
    return m, np.ones(len(m.vertices), bool)


_BLOCKS = {spec[0]: spec for spec in gen_blocks.BLOCKS}
_BLOCK_CACHE: dict[str, mk.trimesh.Trimesh] = {}


def place_block(b, block_id, x, y, yaw=0.0, z=0.0, tint=None):
    """Put a catalog block into the site (existing benches, lamps, old playground equipment)."""
    if block_id not in _BLOCK_CACHE:
        _BLOCK_CACHE[block_id] = gen_blocks.build_block(_BLOCKS[block_id])
    m = _BLOCK_CACHE[block_id]
    colors = np.asarray(m.visual.vertex_colors).copy()
    if tint is not None:  # weathered: greyer and darker
        grey = colors[:, :3].mean(axis=1, keepdims=True)
        colors[:, :3] = np.clip((colors[:, :3] * (1 - tint) + grey * tint) * (1 - 0.25 * tint), 0, 255)
    b.add(m.vertices, m.faces, colors, mk.yaw_matrix(yaw, (x, y, z)))
    w, d = _BLOCKS[block_id][4][0], _BLOCKS[block_id][4][1]
    fp = sbox(-w / 2, -d / 2, w / 2, d / 2)
    return shapely.affinity.translate(shapely.affinity.rotate(fp, yaw, origin=(0, 0)), x, y)


# ---------------------------------------------------------------------------------------------
# The site under construction
# ---------------------------------------------------------------------------------------------


class Site:
    LAYERS = ("ground", "roads", "paths", "water", "buildings", "trees", "furniture")

    def __init__(self, sid, en, zh, desc_en, desc_zh, origin, crs, bounds: Polygon, seed: int):
        self.id = sid
        self.names = names(en, zh)
        self.descriptions = names(desc_en, desc_zh)
        self.origin = origin
        self.crs = crs
        self.bounds = orient(bounds, 1.0)
        self.rng = np.random.default_rng(seed)
        self.layers = {name: mk.MeshBuilder() for name in self.LAYERS}
        self.cut: list = []  # areas drawn with their own surface, cut out of the lawn
        self.zones: list[dict] = []
        self.zone_shapes: list[Polygon] = []
        self.features: list[dict] = []
        self.cameras: dict = {}
        self.ground_color = GRASS
        self.ground_patches: list[tuple] = []  # (polygon, colour, z) drawn instead of lawn

    def zone(self, kind, en, zh, poly):
        assert kind in ("road", "water", "building", "tree", "path"), kind
        for p in polygons_of(poly):
            q = json_polygon(Polygon(p.exterior))
            assert q.is_valid and q.area > 0.05, (self.id, en)
            self.zones.append({"kind": kind, "names": names(en, zh), "polygon": ring_coords(q)})
            self.zone_shapes.append(q)

    def feature(self, kind, en, zh, x, y):
        self.features.append({"kind": kind, "names": names(en, zh), "position": [round(float(x), 2), round(float(y), 2)]})

    def surface(self, poly, color, z=0.0, kerb=None):
        """A ground surface of its own (road, pavement, plaza) cut out of the lawn."""
        layer = self.layers["roads"] if z <= 0.005 else self.layers["paths"]
        if kerb is not None and z > 0:
            layer.prism(poly, 0.0, z, color, side_color=kerb)
        else:
            layer.flat(poly, z, color)
        self.cut.append(poly)

    def trees(self, template, mask, positions, radii, colors_jitter=0.12, zone=True, name=("Trees", "树木")):
        n = len(positions)
        if n == 0:
            return
        radii = np.asarray(radii, float)
        pos = np.column_stack([np.asarray(positions, float), np.zeros(n)])
        h = radii * self.rng.uniform(0.85, 1.15, n)
        yaws = self.rng.uniform(0, 2 * np.pi, n)
        tints = 1.0 + self.rng.uniform(-colors_jitter, colors_jitter, (n, 1)) * np.array([[1.0, 0.8, 1.0]])
        instance(self.layers["trees"], template, pos, np.column_stack([radii, radii, h]), yaws, tints, mask)
        if zone:
            # the zone covers the whole drawn crown: the template's reach from the trunk, scaled
            reach = float(np.max(np.hypot(template.vertices[:, 0], template.vertices[:, 1]))) * 1.03 / math.cos(math.pi / 10)
            crowns = unary_union([circle(p, r * reach, 10) for p, r in zip(positions, radii)])
            # smooth the scalloped outline: fewer points, still covering every crown
            crowns = unary_union([Polygon(p.exterior) for p in polygons_of(crowns)]).buffer(0.3, quad_segs=2)
            for p in polygons_of(crowns):
                self.zone("tree", name[0], name[1], Polygon(p.exterior).simplify(0.25, preserve_topology=True))

    def scatter(self, region, count, min_gap, avoid, radius_range, attempts=4000):
        """Deterministic blue-noise-ish points inside `region`, away from `avoid` and each other."""
        minx, miny, maxx, maxy = region.bounds
        pts = np.column_stack([self.rng.uniform(minx, maxx, attempts), self.rng.uniform(miny, maxy, attempts)])
        radii = self.rng.uniform(*radius_range, attempts)
        inside = shapely.contains_xy(region, pts[:, 0], pts[:, 1])
        far = shapely.distance(avoid, shapely.points(pts)) > radii * 0.8 if avoid is not None else np.ones(attempts, bool)
        ok = np.flatnonzero(inside & far)
        chosen = []
        for i in ok:
            if chosen:
                d = np.hypot(*(pts[chosen] - pts[i]).T)
                if np.any(d < (radii[chosen] + radii[i]) * 0.75 + min_gap):
                    continue
            chosen.append(i)
            if len(chosen) >= count:
                break
        return pts[chosen], radii[chosen]

    # -- output --------------------------------------------------------------------------------
    def finish(self):
        lawn = self.bounds.difference(unary_union(self.cut)) if self.cut else self.bounds
        for poly, color, z in self.ground_patches:
            self.layers["ground"].flat(poly.intersection(lawn), z, color)
            lawn = lawn.difference(poly)
        self.layers["ground"].flat(lawn, 0.0, self.ground_color)

    def clear_square(self) -> Polygon:
        return sbox(-CLEAR_HALF, -CLEAR_HALF, CLEAR_HALF, CLEAR_HALF)

    def buildable(self) -> list[Polygon]:
        blocked = unary_union(self.zone_shapes)
        free = self.bounds.difference(blocked)
        pieces = []
        for p in polygons_of(free):
            for q in without_holes(p):
                if q.area >= 1.0:
                    q = json_polygon(q, tolerance=0.1)
                    if q.is_valid and q.area >= 1.0:
                        pieces.append(q)
        pieces.sort(key=lambda q: (-round(q.area, 3), ring_coords(q)[0]))
        return pieces

    def check(self):
        sq = self.clear_square()
        for z, shape in zip(self.zones, self.zone_shapes):
            assert not shape.intersects(sq), (self.id, z["names"]["en"], "is in the 30 m square")
            assert shape.is_valid
        assert self.bounds.contains(sq)

    def json_text(self) -> str:
        buildable = self.buildable()
        d = lambda o: json.dumps(o, ensure_ascii=False)  # noqa: E731
        lines = [
            "{",
            '  "format": "junior-planner-site",',
            '  "format_version": 1,',
            f'  "id": {d(self.id)},',
            f'  "names": {d(self.names)},',
            '  "descriptions": {',
            f'    "en": {d(self.descriptions["en"])},',
            f'    "zh_CN": {d(self.descriptions["zh_CN"])}',
            "  },",
            '  "model": "site.glb",',
            f'  "origin": {d(self.origin)},',
            f'  "crs": {d(self.crs)},',
            f'  "model_bounds": {d(self.model_bounds)},',
            f'  "bounds": {d(ring_coords(self.bounds))},',
            '  "buildable": [',
            ",\n".join("    " + d(ring_coords(p)) for p in buildable),
            "  ],",
            '  "zones": [',
            ",\n".join("    " + d(z) for z in self.zones),
            "  ],",
            '  "features": [',
            ",\n".join("    " + d(f) for f in self.features),
            "  ],",
            '  "cameras": {',
            f'    "birds_eye": {d(self.cameras["birds_eye"])},',
            f'    "child_eye": {d(self.cameras["child_eye"])}',
            "  }",
            "}",
        ]
        return "\n".join(lines) + "\n"

    def write(self, out: Path) -> int:
        self.check()
        folder = Path(out) / "sites" / self.id
        folder.mkdir(parents=True, exist_ok=True)
        meshes = {name: b.mesh() for name, b in self.layers.items() if b.triangle_count}
        points = np.concatenate([np.asarray(m.vertices, dtype=np.float64) for m in meshes.values()])
        # the model's box in site-local metres, Z up: `junior-planner sites --json` reports it
        self.model_bounds = [[round(float(v), 3) for v in points.min(axis=0)],
                             [round(float(v), 3) for v in points.max(axis=0)]]
        mk.write_glb(folder / "site.glb", meshes)
        (folder / "site.json").write_text(self.json_text(), encoding="utf-8")
        return sum(len(m.faces) for m in meshes.values())


# ---------------------------------------------------------------------------------------------
# (a) lakeside-park: the big one (performance work), about 300k triangles
# ---------------------------------------------------------------------------------------------


def lakeside_park() -> Site:
    s = Site(
        "lakeside-park", "Lakeside park", "湖边公园",
        "A neighbourhood park with a lake, winding paths, an old playground, a tea house and a big open lawn, "
        "next to a busy street. Lots of trees.",
        "一个社区公园：有湖、弯弯曲曲的小路、旧游乐场、茶室和一大片草坪，旁边是一条热闹的马路。树很多。",
        {"lon": 119.6385, "lat": 29.0866, "height": 36.0}, "EPSG:4549",
        sbox(-70, -60, 70, 60), seed=20261129)
    b = s.layers
    # street along the south edge, pavement with a kerb
    road = sbox(-70, -60, 70, -50)
    s.surface(road, ASPHALT)
    road_markings(b["roads"], -70, 70, -55, 10, lanes=2)
    s.zone("road", "Street", "马路", road)
    pavement = sbox(-70, -50, 70, -46)
    s.surface(pavement, PAVEMENT, z=0.15, kerb=KERB)
    s.zone("path", "Pavement", "人行道", pavement)
    # the lake: a finely drawn shore (many points) with a stone bank
    a = np.linspace(0, 2 * np.pi, 1440, endpoint=False)
    r = 17 + 2.5 * np.sin(3 * a + 0.5) + 1.5 * np.sin(5 * a + 1.2) + 0.6 * np.sin(11 * a + 0.3) + 0.15 * np.sin(37 * a)
    lake = Polygon(np.column_stack([40 + r * np.cos(a), 22 + 0.95 * r * np.sin(a)]))
    water_body(b["water"], lake, depth=0.35)
    shore = lake.buffer(1.2, quad_segs=8).difference(lake)
    b["paths"].flat(shore, 0.02, "#b8ad94")
    s.cut.append(lake.buffer(1.2, quad_segs=8))
    s.zone("water", "Lake", "湖", lake.buffer(1.2, quad_segs=8))
    s.feature("lake", "Lake", "湖", 40, 22)
    # wooden jetty into the lake
    jetty = sbox(17.5, 22.0, 28.0, 24.5)
    b["paths"].prism(jetty, 0.1, 0.3, "#a0693c", side_color="#6e4426")
    for x in (19, 22, 25, 27.6):
        for y in (22.2, 24.3):
            b["paths"].cylinder(0.1, 0.5, (x, y, -0.35), "#6e4426", sections=6)
    s.zone("path", "Jetty", "木栈道", jetty)
    # winding paths (clipped at the lake bank)
    obstacles = [lake.buffer(1.2)]
    path_lines = [
        [(-30, -46), (-32, -32), (-25, -20), (-29, -6), (-35, 8), (-28, 24), (-14, 34), (2, 40), (18, 49), (36, 51),
         (54, 48), (64, 41), (70, 39)],
        [(45, -46), (42, -32), (48, -20), (40, -10), (30, -5)],
        [(-28, 24), (-40, 30), (-52, 33)],
        [(2, 40), (8, 32), (16.5, 23.25)],
    ]
    for i, pts in enumerate(path_lines):
        line = smooth_line(pts, 10)
        poly = line.buffer(1.25, cap_style="flat", quad_segs=3)
        poly = largest(poly.difference(lake.buffer(1.3)).intersection(s.bounds))
        if i == 3:
            poly = largest(poly.union(jetty.buffer(0.01)).difference(jetty))
        s.surface(poly, PATH, z=0.04, kerb="#b9a67f")
        s.zone("path", "Path", "小路", poly)
        obstacles.append(poly)
    # tea house with a Chinese pitched roof
    th = sbox(-60, 34, -46, 43)
    building(b["buildings"], th, 2, "#efe6d2", "#5b6e7a", "#8d8d8d", storey=3.2, parapet=False)
    gable_roof(b["buildings"], -60, 34, -46, 43, 6.4, 2.6, "#4d5a5e", overhang=0.9)
    s.zone("building", "Tea house", "茶室", th.buffer(0.9, join_style="mitre"))
    s.feature("building", "Tea house", "茶室", -53, 38.5)
    toilets = sbox(58, -34, 64, -29)
    building(b["buildings"], toilets, 1, "#e5dccb", "#4f6470", "#777777", storey=3.0)
    s.zone("building", "Toilets", "厕所", toilets)
    s.feature("toilets", "Toilets", "厕所", 61, -31.5)
    obstacles += [th.buffer(1.0), toilets.buffer(1.0)]
    # the old playground: faded rubber surface and tired equipment
    pg = sbox(-58, -38, -40, -22)
    b["paths"].flat(pg, 0.03, "#a86a55")
    s.cut.append(pg)
    for bid, x, y, yaw in (("slide", -53, -29, 0), ("swing", -45, -26, 0), ("seesaw", -45, -33, 0), ("spring-rider", -50, -35, 90)):
        fp = place_block(b["furniture"], bid, x, y, yaw, z=0.03, tint=0.45)
        s.zone("building", f"Old {gen_blocks_name(bid)}", f"旧{gen_blocks_name(bid, 'zh_CN')}", fp.buffer(0.3, join_style="mitre"))
    s.feature("playground", "Old playground", "旧游乐场", -49, -30)
    obstacles.append(pg)
    s.feature("lawn", "Open lawn", "大草坪", 0, 0)
    # benches and lamps along the main path
    main = smooth_line(path_lines[0], 10)
    for k, dist in enumerate(np.arange(12, main.length - 10, 16)):
        p = main.interpolate(dist)
        q = main.interpolate(dist + 0.5)
        ang = math.degrees(math.atan2(q.y - p.y, q.x - p.x))
        nx, ny = -math.sin(math.radians(ang)), math.cos(math.radians(ang))
        side = 1 if k % 2 == 0 else -1
        bx, by = p.x + side * nx * 2.2, p.y + side * ny * 2.2
        if k % 2 == 0:
            fp = place_block(b["furniture"], "bench", bx, by, ang + (180 if side > 0 else 0))
        else:
            fp = place_block(b["furniture"], "street-light", bx, by, 0)
        if shapely.distance(unary_union(obstacles[:1] + [s.clear_square().buffer(1)]), fp) < 0.5:
            continue
        s.zone("building", "Bench" if k % 2 == 0 else "Lamp", "长椅" if k % 2 == 0 else "路灯", fp.buffer(0.2, join_style="mitre"))
    # trees: street trees, then woods everywhere except the open lawn; shrubs and a hedge
    tree_m, tree_mask = tree_template(detail=2)
    con_m, con_mask = conifer_template()
    shrub_m, shrub_mask = shrub_template()
    street = [(x, -48.0) for x in np.arange(-66, 70, 8.0) if abs(x + 30) > 4 and abs(x - 45) > 4]
    s.trees(tree_m, tree_mask, street, np.full(len(street), 2.3), name=("Street trees", "行道树"))
    avoid = unary_union(obstacles + [road, pavement, s.clear_square().buffer(8), jetty.buffer(2)])
    wood = s.bounds.buffer(-1.5).difference(sbox(-70, -60, 70, -44))
    pts, radii = s.scatter(wood, 175, 0.8, avoid, (2.0, 3.2))
    broad, conif = pts[: int(len(pts) * 0.8)], pts[int(len(pts) * 0.8):]
    s.trees(tree_m, tree_mask, broad, radii[: len(broad)])
    s.trees(con_m, con_mask, conif, radii[len(broad):] * 0.7)
    taken = unary_union([circle(p, r, 8) for p, r in zip(pts, radii)] + [avoid])
    spts, sradii = s.scatter(wood, 320, 0.2, taken, (0.6, 1.1), attempts=6000)
    s.trees(shrub_m, shrub_mask, spts, sradii, name=("Bushes", "灌木"))
    hedge = np.array([(x, -44.6) for x in np.arange(-69, 69.5, 1.1) if abs(x + 30) > 2.5 and abs(x - 45) > 2.5])
    s.trees(shrub_m, shrub_mask, hedge, np.full(len(hedge), 0.75), colors_jitter=0.05, name=("Hedge", "树篱"))
    # mown stripes on the lawn
    for i in range(-3, 4, 2):
        s.ground_patches.append((sbox(-24, i * 5, 24, i * 5 + 5).intersection(Point(0, 0).buffer(26)), GRASS_DARK, 0.0))
    s.finish()
    s.cameras = {"birds_eye": {"position": [0, -115, 95], "target": [0, 0, 0]},
                 "child_eye": {"position": [0, -14], "heading": 90}}
    return s


def gen_blocks_name(bid, lang="en"):
    name = _BLOCKS[bid][1] if lang == "en" else _BLOCKS[bid][2]
    return name.lower() if lang == "en" else name


# ---------------------------------------------------------------------------------------------
# (b) school-gate: a primary-school gate on a street, zebra crossing, children's bus stop
# ---------------------------------------------------------------------------------------------


def school_gate() -> Site:
    s = Site(
        "school-gate", "School gate", "学校门口",
        "The gate of a primary school on a busy street: a pick-up square in front of the gate, a zebra crossing "
        "and a stop of the children's bus route.",
        "一所小学的校门，门前是接送广场，马路上有斑马线，还有儿童公交线路的站台。",
        {"lon": 119.6590, "lat": 29.0950, "height": 42.0}, "EPSG:4549",
        sbox(-50, -40, 50, 42), seed=4547)
    b = s.layers
    s.ground_color = PLAZA
    road = sbox(-50, -30, 50, -19)
    s.surface(road, ASPHALT)
    crossing_gap = zebra(b["roads"], 0.0, -30, -19, width=4.0)
    road_markings(b["roads"], -50, 50, -24.5, 11, lanes=2, skip=[crossing_gap])
    # stop lines before the crossing
    b["roads"].flat(sbox(-4.0, -24.35, -3.6, -19.3).union(sbox(3.6, -29.7, 4.0, -24.65)), 0.02, LANE_WHITE)
    # yellow bus-stop box on the road, "公交专用" style
    b["roads"].flat(sbox(20, -21.8, 34, -19.6).difference(sbox(20.15, -21.65, 33.85, -19.75)), 0.02, LANE_YELLOW)
    s.zone("road", "Street", "马路", road)
    for pave in (sbox(-50, -19, 50, -15.8), sbox(-50, -34, 50, -30)):
        s.surface(pave, PAVEMENT, z=0.15, kerb=KERB)
        s.zone("path", "Pavement", "人行道", pave)
    s.feature("crossing", "Zebra crossing", "斑马线", 0, -24.5)
    # children's bus route stop: shelter and sign on the school side
    fp = place_block(b["furniture"], "bus-shelter", 27, -17.5, 180, z=0.15)
    s.zone("building", "Bus stop", "公交站", fp)
    s.feature("bus-stop", "Children's bus stop", "儿童公交站", 27, -17.5)
    b["furniture"].cylinder(0.05, 2.8, (32.5, -16.4, 0.15), "#8a8f98", sections=6)
    b["furniture"].box((0.9, 0.06, 0.6), (32.5, -16.4, 2.4), "#f5c518")  # children's route sign
    b["furniture"].box((0.5, 0.07, 0.25), (32.5, -16.4, 2.55), "#3a6fd8")
    # a yellow school bus waiting at the stop
    bus = b["furniture"]
    bus.box((11.0, 2.5, 2.7), (27, -20.8, 0.35), "#f5c518")
    bus.box((10.4, 2.52, 0.8), (27, -20.8, 1.6), "#2f3540")  # windows band
    bus.box((11.02, 2.52, 0.12), (27, -20.8, 0.9), "#222222")
    for x in (23.5, 30.5):
        for y in (-22.0, -19.6):
            m = mk.trimesh.creation.cylinder(radius=0.5, height=0.3, sections=10)
            t = mk.trimesh.transformations.rotation_matrix(np.pi / 2, [1, 0, 0])
            t[:3, 3] = (x, y, 0.5)
            bus.add_mesh(m, "#1e1e1e", t)
    # school wall with the gate; pick-up square in front of it
    wall_y0, wall_y1 = 18.0, 18.5
    for x0, x1 in ((-50, -5), (5, 50)):
        w = sbox(x0, wall_y0, x1, wall_y1)
        b["buildings"].prism(w, 0, 2.2, "#d9d2c5", side_color="#cfc6b6")
        b["buildings"].prism(sbox(x0, wall_y0 - 0.05, x1, wall_y1 + 0.05), 2.2, 2.4, "#a33b2c")
        s.zone("building", "School wall", "校墙", w)
    for x in (-5.6, 4.4):  # gate pillars and a beam with the school's name
        pillar = sbox(x, 17.6, x + 1.2, 18.9)
        b["buildings"].prism(pillar, 0, 4.2, "#b8322c")
        s.zone("building", "Gate pillar", "门柱", pillar)
    b["buildings"].box((11.2, 1.2, 1.0), (0, 18.25, 4.2), "#b8322c")
    b["buildings"].box((7.0, 0.05, 0.6), (0, 17.62, 4.4), "#f5d06b")  # name board
    b["buildings"].box((9.6, 0.1, 1.3), (0, 18.25, 0), "#7d8288")  # sliding gate, half open
    s.feature("school-gate", "School gate", "校门", 0, 18.2)
    # school grounds: red sports ground, green, school building and flagpole
    grounds = sbox(-50, 18.5, 50, 42)
    s.ground_patches.append((sbox(-40, 21, 10, 28), "#b4493a", 0.02))
    s.ground_patches.append((sbox(12, 21, 48, 28), GRASS, 0.01))
    s.ground_patches.append((sbox(-50, 18.5, 50, 42).difference(sbox(-40, 21, 48, 28)), PAVEMENT, 0.005))
    del grounds
    school = sbox(-36, 31, 36, 41)
    building(b["buildings"], school, 4, "#f1ece2", "#4d7ea8", "#a9a59c", storey=3.6)
    b["buildings"].box((72, 0.3, 0.6), (0, 30.9, 14.4), "#b8322c")
    s.zone("building", "School building", "教学楼", school)
    b["furniture"].cylinder(0.08, 12, (0, 24.5, 0), "#c0c4c8", sections=8)
    b["furniture"].box((0.05, 2.4, 1.6), (0, 25.7, 10.2), "#de2910")
    s.zone("building", "Flagpole", "旗杆", circle((0, 24.5), 0.6, 8))
    # shops across the street
    for i, (x0, x1, h, col) in enumerate(((-50, -30, 3, "#d9c2a3"), (-29, -8, 2, "#c9d4da"), (-7, 16, 3, "#e2c9c9"), (17, 50, 2, "#d6d6b8"))):
        shop = sbox(x0, -40, x1, -35)
        building(b["buildings"], shop, h, col, "#3d4c5a", "#8a8a8a", storey=3.2)
        b["buildings"].box((x1 - x0 - 1, 0.6, 0.5), ((x0 + x1) / 2, -34.7, 3.0), ("#d64541", "#3a6fd8", "#2f9e5a", "#f08a24")[i])
        s.zone("building", "Shops", "商店", shop)
    # street trees in pits on both pavements and along the school wall
    tree_m, tree_mask = tree_template(detail=1)
    north = [(x, -17.6) for x in np.arange(-46, 50, 8.0) if abs(x) > 6 and not 19 <= x <= 36]
    south = [(x, -32.0) for x in np.arange(-46, 50, 8.0) if abs(x) > 6]
    inside = [(x, 20.5) for x in np.arange(-46, 50, 7.0) if abs(x) > 9]
    for row, r in ((north, 1.7), (south, 2.2), (inside, 1.8)):
        s.trees(tree_m, tree_mask, row, np.full(len(row), r), name=("Street trees", "行道树"))
    # lamps and railings along the kerb, a bench row on the square
    for x in np.arange(-44, 50, 16.0):
        fp = place_block(b["furniture"], "street-light", x + 4, -16.2, 0, z=0.15)
        s.zone("building", "Lamp", "路灯", fp.buffer(0.1, join_style="mitre"))
    for x in (-40, -32, 32, 40):
        fp = place_block(b["furniture"], "bench", x, -12.5, 0)
        s.zone("building", "Bench", "长椅", fp.buffer(0.1, join_style="mitre"))
    s.feature("square", "Pick-up square", "接送广场", 0, 0)
    s.finish()
    s.cameras = {"birds_eye": {"position": [0, -70, 95], "target": [0, 0, 0]},
                 "child_eye": {"position": [0, -13], "heading": 90}}
    return s


# ---------------------------------------------------------------------------------------------
# (c) courtyard: between two six-storey residential slabs
# ---------------------------------------------------------------------------------------------


def slab(b, x0, y0, x1, y1, storeys=6):
    poly = sbox(x0, y0, x1, y1)
    top = building(b, poly, storeys, "#e9dfcf", "#587189", "#9a9a9a", storey=3.0, parapet=False)
    gable_roof(b, x0, y0, x1, y1, top, 3.0, "#a4503d", overhang=0.4)
    # balconies on the south face and stair-core strips on the north face
    for x in np.arange(x0 + 3.5, x1 - 2, 7.0):
        for k in range(storeys):
            b.box((3.6, 1.2, 1.1), (x, y0 - 0.6, k * 3.0 + 0.2), "#f4efe6")
            b.box((3.6, 0.05, 0.4), (x, y0 - 1.2, k * 3.0 + 1.3), "#c7b9a3")
    for x in np.arange(x0 + 7.0, x1 - 3, 14.0):
        b.box((2.6, 0.3, storeys * 3.0), (x, y1 + 0.15, 0), "#d8ccb8")
        b.box((1.6, 0.32, 2.2), (x, y1 + 0.16, 0), "#6b4a2f")
    return poly


def courtyard() -> Site:
    s = Site(
        "courtyard", "Courtyard", "小区院子",
        "A courtyard between two six-storey apartment blocks, with a parking lane, a bike shed and old trees.",
        "两栋六层住宅楼之间的院子，有停车道、自行车棚和几棵老树。",
        {"lon": 119.6680, "lat": 29.0760, "height": 41.0}, "EPSG:4549",
        sbox(-50, -48, 50, 48), seed=4548)
    b = s.layers
    north = slab(b["buildings"], -38, 24, 34, 36)
    south = slab(b["buildings"], -38, -36, 34, -24)
    s.zone("building", "Apartment block", "住宅楼", sbox(-38.5, 23.5, 34.5, 37.6))
    s.zone("building", "Apartment block", "住宅楼", sbox(-38.5, -37.5, 34.5, -23.5).union(sbox(-38.5, -37.4, 34.5, -37.2)))
    del north, south
    # internal road with parking along the east side
    lane = sbox(38, -48, 46, 48)
    s.surface(lane, ASPHALT)
    bays = unary_union([sbox(38.3, y, 40.8, y + 0.12) for y in np.arange(-44, 46, 5.5)])
    b["roads"].flat(bays, 0.02, LANE_WHITE)
    b["roads"].flat(sbox(41.95, -48, 42.05, 48), 0.02, LANE_YELLOW)
    s.zone("road", "Lane and parking", "小区道路和停车位", lane)
    car_colors = ["#c0392b", "#ecf0f1", "#34495e", "#7f8c8d", "#2980b9", "#ecf0f1", "#16a085"]
    for i, y in enumerate(np.arange(-41.25, 44, 5.5)):
        if i % 3 == 1:
            continue
        c = car_colors[i % len(car_colors)]
        b["furniture"].box((4.3, 1.8, 0.8), (39.55, y, 0.25), c, yaw=90)
        b["furniture"].box((2.4, 1.6, 0.6), (39.55, y - 0.2, 1.05), "#3b4650", yaw=90)
    # footpaths: along both slabs and across the courtyard on the west side
    paths = [sbox(-44, 19.5, 38, 22), sbox(-44, -22, 38, -19.5), sbox(-44, -22, -41.5, 22)]
    for p in paths:
        s.surface(p, PAVEMENT, z=0.1, kerb=KERB)
    s.zone("path", "Footpath", "步行道", unary_union(paths))
    for p in (sbox(-44, 36, -41.5, 48), sbox(-44, -48, -41.5, -36)):
        s.surface(p, PAVEMENT, z=0.1, kerb=KERB)
        s.zone("path", "Footpath", "步行道", p)
    # bike shed by the west path
    shed = sbox(-49.5, -8, -45.5, 8)
    sb = b["buildings"]
    for y in (-7.8, 0, 7.8):
        for x in (-49.3, -45.7):
            sb.box((0.12, 0.12, 2.3), (x, y, 0), "#8a8f98")
    sb.box((4.4, 16.4, 0.1), (-47.5, 0, 2.3), "#2f8f5b")
    for y in np.arange(-7, 7.5, 1.0):
        sb.box((1.7, 0.06, 1.0), (-48.2, y, 0), ("#c0392b", "#2c3e50", "#3a6fd8", "#f5c518")[int(y) % 4])
    s.zone("building", "Bike shed", "自行车棚", shed)
    # old trees, washing lines and a little existing bench
    tree_m, tree_mask = tree_template(detail=1)
    old = [(-30, 12), (-22, -12), (25, 12), (27, -12), (-33, -12), (6, 18.4)]
    s.trees(tree_m, tree_mask, old, [3.0, 2.6, 3.2, 2.8, 2.4, 2.0], name=("Old tree", "老树"))
    front = [(x, -40.5) for x in np.arange(-34, 34, 8.0)] + [(x, 41.0) for x in np.arange(-34, 34, 8.0)]
    s.trees(tree_m, tree_mask, front, np.full(len(front), 2.0), name=("Trees", "树木"))
    shrub_m, shrub_mask = shrub_template()
    hedge = [(x, 18.6) for x in np.arange(-38, 35, 1.2)] + [(x, -18.6) for x in np.arange(-38, 35, 1.2)]
    s.trees(shrub_m, shrub_mask, hedge, np.full(len(hedge), 0.6), colors_jitter=0.05, name=("Hedge", "树篱"))
    for x in (-36, -22):
        b["furniture"].rod((x, 16.5, 0), (x, 16.5, 1.9), 0.04, "#8a8f98")
        b["furniture"].rod((x + 8, 16.5, 0), (x + 8, 16.5, 1.9), 0.04, "#8a8f98")
        b["furniture"].rod((x, 16.5, 1.85), (x + 8, 16.5, 1.85), 0.01, "#dddddd", sections=4)
        for k, c in enumerate(("#e74c3c", "#f1c40f", "#3498db", "#ecf0f1")):
            b["furniture"].box((0.9, 0.03, 0.8), (x + 1.5 + k * 1.6, 16.5, 1.05), c)
        s.zone("building", "Washing line", "晾衣绳", sbox(x - 0.2, 16.3, x + 8.2, 16.7))
    fp = place_block(b["furniture"], "bench", 25, 16.5, 0)
    s.zone("building", "Bench", "长椅", fp)
    s.feature("trees", "Old trees", "老树", -30, 12)
    s.feature("bike-shed", "Bike shed", "自行车棚", -47.5, 0)
    s.feature("parking", "Parking", "停车位", 41, 0)
    s.feature("courtyard", "Courtyard", "院子", 0, 0)
    s.ground_patches.append((sbox(-41.5, -19.5, 38, 19.5).difference(sbox(-16, -16, 16, 16)), GRASS_DARK, 0.0))
    s.finish()
    s.cameras = {"birds_eye": {"position": [-10, -80, 75], "target": [0, 0, 0]},
                 "child_eye": {"position": [0, -13], "heading": 90}}
    return s


# ---------------------------------------------------------------------------------------------
# (d) riverside-square: a square with steps down to the river
# ---------------------------------------------------------------------------------------------


def riverside_square() -> Site:
    s = Site(
        "riverside-square", "Riverside square", "江边广场",
        "A paved square by the river, with wide steps down to the water, a promenade, shops and a bus street behind.",
        "江边的一个铺装广场，有宽宽的台阶通到水边，还有滨江步道、商店和后面的马路。",
        {"lon": 119.6480, "lat": 29.0790, "height": 35.0}, "EPSG:4549",
        sbox(-60, -50, 60, 56), seed=1131)
    b = s.layers
    s.ground_color = PLAZA
    # paving pattern on the square: a grid of slightly different stones
    tiles = []
    for i, x in enumerate(np.arange(-40, 40, 4.0)):
        for j, y in enumerate(np.arange(-22, 18, 4.0)):
            if (i + j) % 2 == 0:
                tiles.append(sbox(x + 0.05, y + 0.05, x + 3.95, y + 3.95))  # grout keeps tiles apart
    axis = sbox(-3, -22, 3, 18).union(sbox(-40, -3, 40, 3))
    s.ground_patches.append((axis, "#b79e84", 0.0))  # first, so the tiles are cut cleanly by it
    s.ground_patches.append((unary_union(tiles).difference(axis.buffer(0.1, join_style="mitre")), "#c8bfae", 0.0))
    # promenade, railing, steps down to the river, the river and its far bank
    prom = sbox(-60, 20, 60, 26)
    s.surface(prom, "#b7aa93", z=0.05, kerb=KERB)
    s.zone("path", "Riverside walk", "滨江步道", prom)
    steps = []
    for k in range(5):  # each step 1.4 m deep and 0.3 m lower, from 0 down to -1.5
        y0 = 26 + k * 1.4
        step = sbox(-20, y0, 20, y0 + 1.4)
        b["paths"].prism(step, -1.5, -0.3 * (k + 1), "#cfc6b4" if k % 2 == 0 else "#c2b8a5")
        steps.append(step)
    s.cut.append(unary_union(steps))
    s.zone("path", "Steps to the water", "亲水台阶", unary_union(steps))
    s.feature("steps", "Steps to the water", "亲水台阶", 0, 29.5)
    embank = [sbox(-60, 26, -20, 33), sbox(20, 26, 60, 33)]
    for e in embank:  # grassy embankment slopes
        x0, y0, x1, y1 = e.bounds
        b["paths"].add([(x0, y0, 0), (x1, y0, 0), (x1, y1, -1.5), (x0, y1, -1.5)], [[0, 1, 2], [0, 2, 3]], GRASS)
        s.cut.append(e)
        s.zone("path", "River bank", "河岸", e)
    for x0, x1 in ((-60, -20), (20, 60)):
        for x in np.arange(x0 + 1, x1, 3.0):
            b["furniture"].rod((x, 20.3, 0.05), (x, 20.3, 1.1), 0.035, "#5d6166")
        b["furniture"].rod((x0, 20.3, 1.1), (x1, 20.3, 1.1), 0.05, "#5d6166")
    river = sbox(-60, 33, 60, 50)
    b["water"].flat(river, -1.5, WATER)
    s.cut.append(river)
    s.zone("water", "River", "江", river)
    s.feature("river", "River", "江", 0, 41)
    far = sbox(-60, 50, 60, 56)
    b["paths"].prism(far, -1.5, -0.5, GRASS, side_color=BANK)
    s.cut.append(far)
    s.zone("path", "Far bank", "对岸", far)
    # a little ferry boat moored by the steps
    boat = b["furniture"]
    boat.box((9, 3, 1.0), (-32, 37, -1.6), "#f2f2f2")
    boat.box((5, 2.4, 1.6), (-33, 37, -0.6), "#3a6fd8")
    boat.box((5.2, 2.6, 0.1), (-33, 37, 1.0), "#d64541")
    # the street behind the square, shops and an office
    road = sbox(-60, -40, 60, -30)
    s.surface(road, ASPHALT)
    gap = zebra(b["roads"], -20, -40, -30, width=4.0)
    road_markings(b["roads"], -60, 60, -35, 10, lanes=2, skip=[gap])
    s.zone("road", "Street", "马路", road)
    pave = sbox(-60, -30, 60, -26)
    s.surface(pave, PAVEMENT, z=0.15, kerb=KERB)
    s.zone("path", "Pavement", "人行道", pave)
    pave2 = sbox(-60, -43, 60, -40)
    s.surface(pave2, PAVEMENT, z=0.15, kerb=KERB)
    s.zone("path", "Pavement", "人行道", pave2)
    for x0, x1, storeys, col in ((-60, -34, 5, "#d8cbb5"), (-33, -6, 8, "#c7d3dc"), (-5, 22, 4, "#e5cfc0"), (23, 60, 6, "#d9d9cd")):
        blk = sbox(x0, -50, x1, -43.5)
        building(b["buildings"], blk, storeys, col, "#44586a", "#8e8e8e", storey=3.3)
        s.zone("building", "Buildings", "楼房", blk)
    # trees in round planters around the square, benches, lamps
    tree_m, tree_mask = tree_template(detail=1)
    ring_pts = [(x, y) for x in (-50, -42) for y in np.arange(-20, 17, 7.0)] + \
               [(x, y) for x in (42, 50) for y in np.arange(-20, 17, 7.0)] + \
               [(x, -24.0) for x in np.arange(-36, 40, 8.0)]
    for p in ring_pts:
        b["paths"].prism(circle(p, 1.3, 12).difference(circle(p, 1.1, 12)), 0, 0.45, "#9c9a94")
    s.trees(tree_m, tree_mask, ring_pts, np.full(len(ring_pts), 2.4), name=("Trees", "树木"))
    for x in np.arange(-36, 40, 12.0):
        fp = place_block(b["furniture"], "bench", x, 18.6, 180, z=0.0)
        s.zone("building", "Bench", "长椅", fp.buffer(0.1, join_style="mitre"))
        fp = place_block(b["furniture"], "street-light", x + 6, 21.0, 0, z=0.05)
        s.zone("building", "Lamp", "路灯", fp.buffer(0.1, join_style="mitre"))
    s.feature("square", "Square", "广场", 0, 0)
    s.finish()
    s.cameras = {"birds_eye": {"position": [0, -65, 100], "target": [0, 8, 0]},
                 "child_eye": {"position": [0, -12], "heading": 90}}
    return s


SITES = {
    "lakeside-park": lakeside_park,
    "school-gate": school_gate,
    "courtyard": courtyard,
    "riverside-square": riverside_square,
}


def generate(out: Path, only=None, verbose=True) -> dict[str, int]:
    counts = {}
    for sid, make in SITES.items():
        if only and sid not in only:
            continue
        t0 = time.perf_counter()
        site = make()
        tris = site.write(out)
        counts[sid] = tris
        if verbose:
            print(f"{sid:18s} {tris:7d} triangles  {time.perf_counter() - t0:5.2f} s")
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models3d", help="folder to write into (default models3d/)")
    parser.add_argument("--only", nargs="*", help="only these site ids")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = generate(args.out, args.only, verbose=not args.quiet)
    print(f"{len(counts)} sites in {time.perf_counter() - start:.2f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
