"""Write the block models `models3d/blocks/<id>.glb` and the catalog `models3d/catalog.json`.

    python tools/gen_blocks.py [--out DIR]      # DIR defaults to models3d/

Every model is built in metres, Z up, standing on z = 0 with its footprint centred on the origin,
then written Y-up by meshkit. Same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
from shapely.geometry import Polygon, box as sbox

sys.path.insert(0, str(Path(__file__).resolve().parent))
import meshkit as mk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MAX_TRIANGLES = 3000

ALL_AGES = ["6-8", "9-11", "12-14", "15-17"]
YOUNG = ["6-8", "9-11"]
OLDER = ["9-11", "12-14", "15-17"]

CATEGORIES = [
    {"id": "play", "names": {"en": "Play", "zh_CN": "玩耍"}, "color": "#f4a259"},
    {"id": "sport", "names": {"en": "Sport", "zh_CN": "运动"}, "color": "#d9534f"},
    {"id": "nature", "names": {"en": "Nature", "zh_CN": "自然"}, "color": "#5b8e3e"},
    {"id": "rest", "names": {"en": "Rest", "zh_CN": "休息"}, "color": "#b07d4f"},
    {"id": "safety", "names": {"en": "Safety and getting around", "zh_CN": "安全与出行"}, "color": "#e0c341"},
    {"id": "learning", "names": {"en": "Learning and culture", "zh_CN": "学习与文化"}, "color": "#7a5cc7"},
    {"id": "services", "names": {"en": "Services", "zh_CN": "服务设施"}, "color": "#3a9bb5"},
]

# Shared colours
WOOD = "#a0693c"
DARK_WOOD = "#6e4426"
STEEL = "#8a8f98"
DARK = "#3b3f45"
CONCRETE = "#b9b5ac"
WHITE = "#f2f2f2"
GRASS = "#6fb34a"
LEAF = "#4f8a3a"
SOIL = "#6b4a2f"
SAND = "#e8d29a"
WATER = "#5bb8e6"
YELLOW = "#f5c518"
RED = "#d64541"
BLUE = "#3a6fd8"
ORANGE = "#f08a24"
PINK = "#e678a8"
PURPLE = "#8e5cc7"


def variant(vid, en, zh, color):
    return {"id": vid, "names": {"en": en, "zh_CN": zh}, "color": color}


def ring(b, center, radius, z, color, n=12, thickness=0.03, sections=4):
    """A horizontal ring of short rods (hoops, rims, handrails)."""
    cx, cy = center
    a = np.linspace(0, 2 * np.pi, n + 1)
    pts = [(cx + radius * math.cos(t), cy + radius * math.sin(t), z) for t in a]
    for p0, p1 in zip(pts[:-1], pts[1:]):
        b.rod(p0, p1, thickness, color, sections=sections)


def vring(b, center, radius, color, n=12, thickness=0.03, axis="y"):
    """A vertical ring (wheels, hoops) in the plane normal to `axis`."""
    cx, cy, cz = center
    a = np.linspace(0, 2 * np.pi, n + 1)
    if axis == "y":
        pts = [(cx + radius * math.cos(t), cy, cz + radius * math.sin(t)) for t in a]
    else:
        pts = [(cx, cy + radius * math.cos(t), cz + radius * math.sin(t)) for t in a]
    for p0, p1 in zip(pts[:-1], pts[1:]):
        b.rod(p0, p1, thickness, color, sections=4)


def plank(b, p0, p1, width, thickness, color):
    """A board whose centre line runs from p0 to p1 (its width lies horizontal)."""
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    d = p1 - p0
    length = float(np.linalg.norm(d))
    y = d / length
    x = np.cross(y, [0, 0, 1.0])
    if np.linalg.norm(x) < 1e-9:
        x = np.array([1.0, 0, 0])
    x /= np.linalg.norm(x)
    z = np.cross(x, y)
    t = np.eye(4)
    t[:3, 0], t[:3, 1], t[:3, 2] = x, y, z
    t[:3, 3] = (p0 + p1) / 2
    m = mk.trimesh.creation.box(extents=(width, length, thickness))
    b.add_mesh(m, color, t)


def pie(center, r0, r1, a0, a1, n=6):
    a = np.linspace(a0, a1, n + 1)
    outer = [(center[0] + r1 * math.cos(t), center[1] + r1 * math.sin(t)) for t in a]
    inner = [(center[0] + r0 * math.cos(t), center[1] + r0 * math.sin(t)) for t in a[::-1]]
    return Polygon(outer + inner)


def disc(center, r, n=16):
    return Polygon([(center[0] + r * math.cos(t), center[1] + r * math.sin(t)) for t in np.linspace(0, 2 * np.pi, n, endpoint=False)])


def outline(w, d, line):
    """A rectangular line marking of width `line` whose outer edge is w x d."""
    return sbox(-w / 2, -d / 2, w / 2, d / 2).difference(sbox(-w / 2 + line, -d / 2 + line, w / 2 - line, d / 2 - line))


# ---------------------------------------------------------------------------------------------
# Play
# ---------------------------------------------------------------------------------------------


def m_slide(color):
    b = mk.MeshBuilder()
    post = YELLOW
    for x in (-0.55, 0.55):
        for y in (0.9, 1.6):
            b.box((0.1, 0.1, 2.2), (x, y, 0), post)
    b.box((1.2, 0.8, 0.08), (0, 1.25, 1.45), BLUE)  # platform
    b.add_mesh(mk.trimesh.creation.cone(0.85, 0.35, sections=4), color, mk.yaw_matrix(45, (0, 1.25, 2.15)))  # roof
    for x in (-0.5, 0.5):  # side rails of the platform
        b.box((0.05, 0.7, 0.05), (x, 1.25, 2.0), post)
    # ladder from the back
    for x in (-0.35, 0.35):
        b.rod((x, 2.0, 0), (x, 1.62, 1.5), 0.035, post)
    for i in range(1, 5):
        t = i / 5
        b.rod((-0.35, 2.0 - 0.38 * t, 1.5 * t), (0.35, 2.0 - 0.38 * t, 1.5 * t), 0.025, STEEL)
    # chute: a bed with two side walls, then a flat run-out
    top, low = (0, 0.88, 1.5), (0, -1.55, 0.35)
    plank(b, top, low, 0.7, 0.05, color)
    for x in (-0.37, 0.37):
        plank(b, (x, 0.88, 1.62), (x, -1.55, 0.47), 0.04, 0.25, color)
    b.box((0.7, 0.45, 0.05), (0, -1.77, 0.3), color)
    for x in (-0.37, 0.37):
        b.box((0.04, 0.45, 0.22), (x, -1.77, 0.3), color)
    b.box((0.6, 0.06, 0.32), (0, -1.96, 0), STEEL)
    return b


def m_swing(color):
    b = mk.MeshBuilder()
    top = 2.33
    b.rod((-1.45, 0, top), (1.45, 0, top), 0.06, color, sections=8)
    for x in (-1.45, 1.45):
        for y in (-0.95, 0.95):
            b.rod((x, y, 0), (x, 0, top), 0.05, color, sections=6)
    for x, seat in ((-0.65, RED), (0.65, YELLOW)):
        for dx in (-0.2, 0.2):
            b.rod((x + dx, 0, top), (x + dx, 0, 0.48), 0.012, STEEL, sections=4)
        b.box((0.5, 0.22, 0.05), (x, 0, 0.45), seat)
    b.flat(sbox(-1.3, -0.6, 1.3, 0.6), 0.005, "#7d9b5a")  # worn soft-surface under the seats
    return b


def m_merry_go_round(color):
    b = mk.MeshBuilder()
    b.cylinder(0.5, 0.1, (0, 0, 0), STEEL, sections=12)
    colors = [color, YELLOW, BLUE, "#3cb371"]
    for i in range(4):
        b.prism(pie((0, 0), 0.0, 1.2, i * np.pi / 2, (i + 1) * np.pi / 2, n=5), 0.1, 0.25, colors[i])
    b.cylinder(0.08, 0.85, (0, 0, 0.25), STEEL, sections=8)
    b.blob((0.12, 0.12, 0.12), (0, 0, 1.0), YELLOW, subdivisions=1)
    ring(b, (0, 0), 0.95, 0.8, RED, n=16, thickness=0.035)
    for i in range(4):
        a = i * np.pi / 2 + np.pi / 4
        p = (0.95 * math.cos(a), 0.95 * math.sin(a))
        b.rod((p[0], p[1], 0.25), (p[0], p[1], 0.8), 0.03, STEEL)
        b.rod((0, 0, 0.9), (p[0], p[1], 0.8), 0.03, STEEL)
    return b


def m_climbing_frame(color):
    b = mk.MeshBuilder()
    xs = [-1.45, -0.48, 0.48, 1.45]
    for x in xs:
        for y in xs:
            b.rod((x, y, 0), (x, y, 2.3), 0.05, color, sections=6)
    for z in (0.75, 1.5, 2.25):
        for v in xs:
            b.rod((-1.45, v, z), (1.45, v, z), 0.03, YELLOW, sections=4)
            b.rod((v, -1.45, z), (v, 1.45, z), 0.03, YELLOW, sections=4)
    b.box((0.97, 0.97, 0.06), (0, 0, 2.25), BLUE)  # a lookout deck in the middle of the top
    b.box((0.97, 0.06, 0.25), (0, -0.48, 2.25), RED)
    return b


def m_sandpit(color):
    b = mk.MeshBuilder()
    b.prism(outline(3.0, 3.0, 0.2), 0, 0.3, WOOD)
    b.flat(sbox(-1.3, -1.3, 1.3, 1.3), 0.2, color)
    b.add_mesh(mk.trimesh.creation.cone(0.35, 0.1, sections=8), mk.shade(color, 0.85), mk.yaw_matrix(0, (-0.5, 0.4, 0.2)))
    b.cylinder(0.12, 0.1, (0.6, -0.3, 0.2), RED, sections=8)
    b.cylinder(0.1, 0.06, (0.25, -0.7, 0.2), BLUE, sections=8)
    b.box((0.06, 0.3, 0.03), (0.75, 0.35, 0.2), YELLOW)  # spade
    return b


def m_seesaw(color):
    b = mk.MeshBuilder()
    b.prism(Polygon([(-0.25, -0.25), (0.25, -0.25), (0.25, 0.25), (-0.25, 0.25)]), 0, 0.08, CONCRETE)
    # pivot: a triangle seen from the side
    b.add([(-0.2, -0.2, 0.08), (0.2, -0.2, 0.08), (0, -0.2, 0.45), (-0.2, 0.2, 0.08), (0.2, 0.2, 0.08), (0, 0.2, 0.45)],
          [[0, 1, 2], [3, 5, 4], [0, 2, 5], [0, 5, 3], [1, 4, 5], [1, 5, 2]], STEEL)
    plank(b, (-1.5, 0, 0.2), (1.5, 0, 0.62), 0.3, 0.06, color)  # left end down, right end up
    for x, z, seat in ((-1.2, 0.24, RED), (1.2, 0.58, BLUE)):
        b.box((0.35, 0.32, 0.05), (x, 0, z), seat)
        b.rod((x + (0.3 if x < 0 else -0.3), -0.12, z), (x + (0.3 if x < 0 else -0.3), -0.12, z + 0.28), 0.02, YELLOW)
        b.rod((x + (0.3 if x < 0 else -0.3), 0.12, z), (x + (0.3 if x < 0 else -0.3), 0.12, z + 0.28), 0.02, YELLOW)
        b.rod((x + (0.3 if x < 0 else -0.3), -0.12, z + 0.28), (x + (0.3 if x < 0 else -0.3), 0.12, z + 0.28), 0.02, YELLOW)
    return b


def m_spring_rider(color):
    b = mk.MeshBuilder()
    b.box((0.5, 0.5, 0.05), (0, 0, 0), CONCRETE)
    # the spring: a helix of short rods
    pts = [(0.08 * math.cos(t), 0.08 * math.sin(t), 0.05 + 0.3 * t / (8 * np.pi)) for t in np.linspace(0, 8 * np.pi, 33)]
    for p0, p1 in zip(pts[:-1], pts[1:]):
        b.rod(p0, p1, 0.015, DARK, sections=4)
    b.box((0.3, 0.72, 0.24), (0, -0.05, 0.35), color)  # body
    b.box((0.26, 0.2, 0.38), (0, 0.36, 0.45), color)  # neck + head
    b.box((0.2, 0.16, 0.12), (0, 0.5, 0.62), color)  # muzzle
    b.box((0.27, 0.04, 0.04), (0, 0.3, 0.78), YELLOW)  # handle
    for x in (-0.08, 0.08):
        b.box((0.05, 0.05, 0.08), (x, 0.34, 0.83), mk.shade(color, 0.7))  # ears
    b.box((0.06, 0.12, 0.2), (0, 0.18, 0.62), DARK)  # mane
    b.box((0.08, 0.08, 0.2), (0, -0.44, 0.5), DARK)  # tail
    b.box((0.26, 0.3, 0.05), (0, -0.05, 0.59), YELLOW)  # saddle
    return b


def m_trampoline(color):
    b = mk.MeshBuilder()
    for i in range(6):
        a = i * np.pi / 3
        b.rod((1.3 * math.cos(a), 1.3 * math.sin(a), 0), (1.3 * math.cos(a), 1.3 * math.sin(a), 0.78), 0.04, STEEL)
    b.prism(disc((0, 0), 1.5, 20).difference(disc((0, 0), 1.22, 20)), 0.72, 0.9, color)
    b.flat(disc((0, 0), 1.23, 20), 0.8, "#26282b")
    b.flat(disc((0, 0), 0.3, 12), 0.805, YELLOW)
    return b


def m_zip_line(color):
    b = mk.MeshBuilder()
    # start tower with a deck at y = -7.5, end frame at y = +7.5
    for y0 in (-7.4, 7.4):
        for x in (-0.9, 0.9):
            b.rod((x, y0 - 0.05, 0), (0, y0, 3.4 if y0 < 0 else 3.0), 0.07, WOOD, sections=6)
    b.box((1.4, 1.0, 0.08), (0, -6.9, 1.1), WOOD)
    for x in (-0.5, 0.5):
        b.box((0.1, 0.1, 1.1), (x, -6.5, 0), WOOD)
    for i in range(4):  # steps up to the deck
        b.box((0.7, 0.25, 0.06), (0, -6.1 + 0.0 - 0.25 * i + 0.9, 0.27 * (i + 1) - 0.06), DARK_WOOD)
    b.rod((0, -7.4, 3.4), (0, 7.4, 3.0), 0.02, DARK, sections=4)
    # trolley, rope and a round seat a third of the way down
    y = -2.0
    zc = 3.4 - 0.4 * (y + 7.4) / 14.8
    b.box((0.12, 0.25, 0.12), (0, y, zc - 0.1), color)
    b.rod((0, y, zc - 0.1), (0, y, 0.75), 0.015, STEEL, sections=4)
    b.cylinder(0.22, 0.06, (0, y, 0.7), color, sections=10)
    b.box((0.6, 1.2, 0.02), (0, 7.0, 0), "#c49a6c")  # landing mat
    return b


def m_water_play(color):
    b = mk.MeshBuilder()
    pool = disc((0, 0), 2.0, 24)
    b.prism(pool.difference(disc((0, 0), 1.8, 24)), 0, 0.12, CONCRETE)
    b.flat(disc((0, 0), 1.81, 24), 0.06, color)
    # splash mushroom
    b.cylinder(0.12, 1.4, (0.3, 0.2, 0.06), YELLOW, sections=8)
    b.add_mesh(mk.trimesh.creation.cone(0.8, 0.4, sections=12), RED, mk.yaw_matrix(0, (0.3, 0.2, 1.4)))
    for i in range(8):
        a = i * np.pi / 4
        b.blob((0.05, 0.05, 0.12), (0.3 + 0.85 * math.cos(a), 0.2 + 0.85 * math.sin(a), 1.0), "#d8f1ff", 0)
    # ground jets
    for x, y in ((-1.0, -0.6), (-0.6, -1.1), (-1.2, 0.4), (0.9, -1.0)):
        b.cylinder(0.05, 0.03, (x, y, 0.06), STEEL, sections=6)
        b.blob((0.06, 0.06, 0.35), (x, y, 0.4), "#d8f1ff", 0)
    b.box((0.3, 0.3, 0.3), (-0.6, 0.9, 0.06), BLUE)  # a water-gun post
    b.rod((-0.6, 0.9, 0.36), (-0.35, 0.7, 0.5), 0.03, YELLOW)
    return b


# ---------------------------------------------------------------------------------------------
# Sport
# ---------------------------------------------------------------------------------------------


def goal(b, x, facing, width=3.0, height=2.0, depth=1.0):
    """A small football goal on the line x, opening towards `facing` (+1 or -1)."""
    back = x - facing * depth
    for y in (-width / 2, width / 2):
        b.rod((x, y, 0), (x, y, height), 0.05, WHITE)
        b.rod((x, y, height), (back, y, height * 0.7), 0.03, WHITE)
        b.rod((back, y, 0), (back, y, height * 0.7), 0.03, WHITE)
    b.rod((x, -width / 2, height), (x, width / 2, height), 0.05, WHITE)
    b.rod((back, -width / 2, height * 0.7), (back, width / 2, height * 0.7), 0.03, WHITE)
    b.add([(back, -width / 2, 0.01), (back, width / 2, 0.01), (back, width / 2, height * 0.7), (back, -width / 2, height * 0.7)],
          [[0, 1, 2], [0, 2, 3], [0, 2, 1], [0, 3, 2]], "#d8d8d8")


def m_football_pitch(color):
    b = mk.MeshBuilder()
    w, d = 20.0, 12.0
    b.box((w, d, 0.03), (0, 0, 0), color)
    stripes = [sbox(-w / 2 + 0.3 + i * 2.425, -d / 2 + 0.3, -w / 2 + 0.3 + (i + 0.5) * 2.425, d / 2 - 0.3) for i in range(8)]
    b.flat(stripes[0].union(stripes[1]).union(stripes[2]).union(stripes[3]).union(stripes[4]).union(stripes[5]).union(stripes[6]).union(stripes[7]), 0.035, mk.shade(color, 1.12))
    lines = outline(w - 0.6, d - 0.6, 0.1).union(sbox(-0.05, -d / 2 + 0.3, 0.05, d / 2 - 0.3))
    lines = lines.union(disc((0, 0), 1.8, 24).difference(disc((0, 0), 1.7, 24)))
    for s in (-1, 1):
        x0 = s * (w / 2 - 0.3)
        area = sbox(min(x0, x0 - s * 3), -3, max(x0, x0 - s * 3), 3)
        lines = lines.union(area.exterior.buffer(0.05))
    b.flat(lines, 0.04, WHITE)
    goal(b, -(w / 2 - 1.3), 1)
    goal(b, w / 2 - 1.3, -1)
    return b


def m_basketball_hoop(color):
    b = mk.MeshBuilder()
    b.box((0.8, 0.8, 0.15), (0, -0.6, 0), CONCRETE)
    b.box((0.14, 0.14, 3.0), (0, -0.6, 0.15), color)
    b.rod((0, -0.6, 3.0), (0, 0.3, 3.1), 0.06, color)
    b.rod((0, -0.6, 2.6), (0, 0.3, 3.0), 0.04, color)
    b.box((1.2, 0.05, 0.8), (0, 0.35, 2.8), WHITE)  # backboard
    b.box((0.5, 0.02, 0.04), (0, 0.32, 3.1), RED)
    b.box((0.5, 0.02, 0.04), (0, 0.32, 3.42), RED)
    for x in (-0.23, 0.23):
        b.box((0.04, 0.02, 0.36), (x, 0.32, 3.1), RED)
    ring(b, (0, 0.62), 0.23, 3.05, ORANGE, n=12, thickness=0.02)
    b.rod((0, 0.38, 3.05), (0, 0.39, 3.05), 0.03, ORANGE)
    net = mk.trimesh.creation.cylinder(radius=0.2, height=0.4, sections=10)
    v = net.vertices.copy()
    v[v[:, 2] < 0, :2] *= 0.6  # narrower at the bottom
    b.add(v, net.faces, "#ffffff", mk.yaw_matrix(0, (0, 0.62, 2.85)))
    b.blob((0.12, 0.12, 0.12), (0.45, -0.3, 0.12), ORANGE, 1)  # a ball
    return b


def m_ping_pong_table(color):
    b = mk.MeshBuilder()
    w, d = 2.74, 1.525
    for x in (-0.85, 0.85):
        b.box((0.12, 1.1, 0.72), (x, 0, 0), CONCRETE)
    b.box((w, d, 0.05), (0, 0, 0.71), color)
    marks = outline(w, d, 0.02).union(sbox(-w / 2, -0.0075, w / 2, 0.0075))
    b.flat(marks, 0.762, WHITE)
    b.box((0.025, d + 0.1 - 0.1, 0.15), (0, 0, 0.76), DARK)  # net
    for y in (-d / 2, d / 2):
        b.box((0.04, 0.04, 0.15), (0, y, 0.76), STEEL)
    return b


def m_fitness_station(color):
    b = mk.MeshBuilder()
    # pull-up bars
    for x in (-1.4, -0.6):
        b.cylinder(0.06, 2.2, (x, 0, 0), color, sections=8)
    b.rod((-1.4, 0, 2.05), (-0.6, 0, 2.05), 0.03, YELLOW)
    b.rod((-1.4, 0, 1.6), (-0.6, 0, 1.6), 0.03, YELLOW)
    # sky walker: a frame with two swinging legs and foot pedals
    for y in (-0.5, 0.5):
        b.rod((0.0, y, 0), (0.45, y * 0.3, 1.5), 0.05, color)
        b.rod((0.9, y, 0), (0.45, y * 0.3, 1.5), 0.05, color)
    b.rod((0.45, -0.25, 1.5), (0.45, 0.25, 1.5), 0.05, color)
    for y in (-0.18, 0.18):
        b.rod((0.45, y, 1.5), (0.45 + 0.15 * (1 if y > 0 else -1), y, 0.3), 0.03, YELLOW)
        b.box((0.3, 0.14, 0.04), (0.45 + 0.15 * (1 if y > 0 else -1), y, 0.28), DARK)
    b.rod((0.3, -0.3, 1.3), (0.6, -0.3, 1.3), 0.025, YELLOW)
    # tai-chi wheel
    b.cylinder(0.07, 1.7, (1.1, 0, 0), color, sections=8)
    vring(b, (1.1, 0.1, 1.4), 0.35, YELLOW, n=12, thickness=0.025, axis="y")
    for a in (0, np.pi / 2):
        b.rod((1.1 + 0.35 * math.cos(a), 0.1, 1.4 + 0.35 * math.sin(a)), (1.1 - 0.35 * math.cos(a), 0.1, 1.4 - 0.35 * math.sin(a)), 0.02, YELLOW)
    b.box((3.0, 1.5, 0.02), (0, 0, 0), "#7d9b5a")
    return b


def m_badminton_court(color):
    b = mk.MeshBuilder()
    w, d = 13.4, 6.1
    b.box((w, d, 0.03), (0, 0, 0), color)
    lines = outline(w, d, 0.04)
    lines = lines.union(sbox(-w / 2, -d / 2 + 0.46, w / 2, -d / 2 + 0.5)).union(sbox(-w / 2, d / 2 - 0.5, w / 2, d / 2 - 0.46))
    for s in (-1, 1):
        lines = lines.union(sbox(s * 1.98 - 0.02, -d / 2, s * 1.98 + 0.02, d / 2))  # short service lines
        lines = lines.union(sbox(s * (w / 2 - 0.76) - 0.02, -d / 2, s * (w / 2 - 0.76) + 0.02, d / 2))
        lines = lines.union(sbox(min(s * 1.98, s * w / 2), -0.02, max(s * 1.98, s * w / 2), 0.02))
    b.flat(lines, 0.035, WHITE)
    for y in (-d / 2 + 0.05, d / 2 - 0.05):
        b.cylinder(0.04, 1.55, (0, y, 0), STEEL, sections=6)
    b.box((0.02, d - 0.1, 0.72), (0, 0, 0.8), "#e8e8e8")
    b.box((0.03, d - 0.1, 0.04), (0, 0, 1.51), WHITE)
    return b


# ---------------------------------------------------------------------------------------------
# Nature
# ---------------------------------------------------------------------------------------------


def m_tree(color):
    b = mk.MeshBuilder()
    b.cylinder(0.18, 2.6, (0, 0, 0), "#7a5230", sections=7)
    b.rod((0, 0, 2.0), (0.7, 0.3, 3.0), 0.08, "#7a5230", sections=5)
    b.rod((0, 0, 2.2), (-0.6, -0.4, 3.2), 0.08, "#7a5230", sections=5)
    b.blob((1.72, 1.72, 1.3), (0.22, 0.2, 3.6), color, 2)
    b.blob((1.4, 1.4, 1.2), (-0.55, -0.6, 3.5), mk.shade(color, 0.85), 1)
    b.blob((1.15, 1.15, 1.1), (0.1, 0.0, 4.9), mk.shade(color, 1.15), 1)
    b.blob((1.0, 1.0, 0.9), (0.9, -0.6, 3.9), mk.shade(color, 1.07), 1)
    return b


def m_small_tree(color):
    b = mk.MeshBuilder()
    b.cylinder(0.07, 1.5, (0, 0, 0), "#7a5230", sections=6)
    b.blob((0.8, 0.8, 0.75), (0, 0, 2.2), color, 2)
    b.blob((0.5, 0.5, 0.45), (0.35, 0.25, 2.4), mk.shade(color, 1.15), 1)
    for a in (0, 2 * np.pi / 3, 4 * np.pi / 3):  # the support stakes of a newly planted tree
        b.rod((0.45 * math.cos(a), 0.45 * math.sin(a), 0), (0.1 * math.cos(a), 0.1 * math.sin(a), 1.1), 0.025, "#c9a36b", sections=4)
    b.flat(disc((0, 0), 0.55, 10), 0.01, SOIL)
    return b


def m_flower_bed(color):
    b = mk.MeshBuilder()
    b.prism(outline(2.0, 1.0, 0.1), 0, 0.3, "#b5654a")
    b.flat(sbox(-0.9, -0.4, 0.9, 0.4), 0.25, SOIL)
    rng = np.random.default_rng(7)
    palette = [color, color, YELLOW, "#f7f2f0", PURPLE, RED]
    for i, x in enumerate(np.linspace(-0.75, 0.75, 7)):
        for j, y in enumerate(np.linspace(-0.28, 0.28, 3)):
            x1 = x + rng.uniform(-0.04, 0.04)
            y1 = y + rng.uniform(-0.04, 0.04)
            b.blob((0.12, 0.12, 0.07), (x1, y1, 0.3), LEAF, 0)
            b.blob((0.07, 0.07, 0.05), (x1, y1, 0.45), palette[(i * 3 + j) % len(palette)], 0)
    return b


def m_vegetable_patch(color):
    b = mk.MeshBuilder()
    b.prism(outline(3.0, 2.0, 0.1), 0, 0.3, WOOD)
    b.flat(sbox(-1.4, -0.9, 1.4, 0.9), 0.26, SOIL)
    for x in np.linspace(-1.1, 1.1, 5):  # cabbages
        b.blob((0.2, 0.2, 0.14), (x, -0.55, 0.32), color, 1)
    for x in np.linspace(-1.15, 1.15, 8):  # carrot tops
        b.cone(0.08, 0.25, (x, 0.0, 0.26), "#3f9b2f", sections=5)
        b.blob((0.04, 0.04, 0.03), (x, 0.0, 0.27), ORANGE, 0)
    for x in (-0.9, 0.0, 0.9):  # tomato stakes
        b.rod((x, 0.55, 0.26), (x, 0.55, 0.6), 0.02, "#c9a36b", sections=4)
        b.blob((0.14, 0.14, 0.16), (x, 0.55, 0.42), "#3f8f2f", 0)
        b.blob((0.05, 0.05, 0.05), (x + 0.1, 0.48, 0.42), RED, 0)
        b.blob((0.05, 0.05, 0.05), (x - 0.08, 0.62, 0.5), RED, 0)
    return b


def m_lawn_patch(color):
    b = mk.MeshBuilder()
    b.box((5.0, 5.0, 0.04), (0, 0, 0), color)
    b.flat(sbox(-2.5, -1.5, 2.5, -0.5).union(sbox(-2.5, 0.5, 2.5, 1.5)), 0.045, mk.shade(color, 1.12))
    for x, y, c in ((-1.6, -2.0, YELLOW), (1.3, 1.9, WHITE), (1.9, -1.1, YELLOW), (-0.7, 2.1, WHITE), (0.4, -0.2, YELLOW)):
        b.blob((0.06, 0.06, 0.02), (x, y, 0.045), c, 0)
    return b


def m_sensory_garden(color):
    b = mk.MeshBuilder()
    b.flat(sbox(-2, -2, 2, 2), 0.01, "#d9c7a0")  # gravel path
    beds = [((-1.05, -1.05), color), ((1.05, -1.05), YELLOW), ((-1.05, 1.05), "#a7c4a0"), ((1.05, 1.05), "#e07a5f")]
    for (x, y), c in beds:
        b.prism(sbox(x - 0.85, y - 0.85, x + 0.85, y + 0.85), 0, 0.35, "#8d7b68")
        b.flat(sbox(x - 0.75, y - 0.75, x + 0.75, y + 0.75), 0.36, SOIL)
        for dx in (-0.4, 0.0, 0.4):
            for dy in (-0.4, 0.0, 0.4):
                b.blob((0.17, 0.17, 0.14), (x + dx, y + dy, 0.45), c, 0)
    b.rod((0, 0, 0), (0, 0, 0.95), 0.04, DARK_WOOD)  # wind chime
    for i in range(5):
        a = i * 2 * np.pi / 5
        b.rod((0.12 * math.cos(a), 0.12 * math.sin(a), 0.9), (0.12 * math.cos(a), 0.12 * math.sin(a), 0.6), 0.015, "#d4af37", 4)
    b.cylinder(0.16, 0.05, (0, 0, 0.93), DARK_WOOD, sections=8)
    return b


# ---------------------------------------------------------------------------------------------
# Rest
# ---------------------------------------------------------------------------------------------


def m_bench(color):
    b = mk.MeshBuilder()
    for x in (-0.75, 0.75):
        b.box((0.06, 0.5, 0.42), (x, 0.0, 0), DARK)
        b.box((0.06, 0.06, 0.5), (x, 0.25, 0.4), DARK)
    for y in (-0.24, -0.09, 0.06):
        b.box((1.8, 0.12, 0.04), (0, y, 0.42), color)
    for z in (0.58, 0.74):
        b.box((1.8, 0.04, 0.12), (0, 0.27, z), color)
    return b


def m_picnic_table(color):
    b = mk.MeshBuilder()
    b.box((2.0, 0.8, 0.05), (0, 0, 0.7), color)
    for y in (-0.75, 0.75):
        b.box((2.0, 0.3, 0.05), (0, y, 0.42), color)
    for x in (-0.75, 0.75):
        for s in (-1, 1):
            plank(b, (x, s * 0.85, 0), (x, s * 0.05, 0.7), 0.07, 0.07, mk.shade(color, 0.75))
        b.box((0.07, 1.8, 0.07), (x, 0, 0.35), mk.shade(color, 0.75))
    return b


def m_pavilion(color):
    """A small Chinese pavilion: red columns, grey-green tiled pyramid roof, low benches."""
    b = mk.MeshBuilder()
    b.prism(sbox(-1.8, -1.8, 1.8, 1.8), 0, 0.25, CONCRETE)
    for x in (-1.45, 1.45):
        for y in (-1.45, 1.45):
            b.cylinder(0.1, 2.6, (x, y, 0.25), color, sections=8)
    for s in (-1, 1):  # benches between the columns on three sides, the front stays open
        b.box((0.35, 2.6, 0.08), (s * 1.45, 0, 0.65), WOOD)
    b.box((2.6, 0.35, 0.08), (0, 1.45, 0.65), WOOD)
    b.prism(outline(3.2, 3.2, 0.25), 2.75, 2.95, color)
    roof = mk.trimesh.creation.cone(2.0 * math.sqrt(2), 1.0, sections=4)
    b.add_mesh(roof, "#4f6d64", mk.yaw_matrix(45, (0, 0, 2.9)))
    b.add_mesh(mk.trimesh.creation.cone(1.55, 0.01, sections=4), mk.shade("#4f6d64", 0.7), mk.yaw_matrix(45, (0, 0, 2.9)))
    b.cone(0.12, 0.2, (0, 0, 3.8), "#d4af37", sections=6)
    return b


def m_shade_sail(color):
    b = mk.MeshBuilder()
    posts = [(-2.45, -2.45, 2.9), (2.45, -2.45, 2.4), (2.45, 2.45, 2.9), (-2.45, 2.45, 2.4)]
    for x, y, h in posts:
        b.cylinder(0.07, h + 0.1, (x, y, 0), STEEL, sections=6)
    p = [np.array([x * 0.97, y * 0.97, h]) for x, y, h in posts]
    # two triangular sails, each drawn on both sides
    for (a, c, d), col in (((0, 1, 2), color), ((0, 2, 3), WHITE)):
        b.add([p[a], p[c], p[d]], [[0, 1, 2], [0, 2, 1]], col)
    return b


# ---------------------------------------------------------------------------------------------
# Safety and getting around
# ---------------------------------------------------------------------------------------------


def m_crossing(color):
    """Zebra stripes for a crossing where children walk along x and cars drive along y."""
    b = mk.MeshBuilder()
    n, w = 5, 0.45
    for x in np.linspace(-2 + w / 2, 2 - w / 2, n):
        b.box((w, 3.0, 0.02), (x, 0, 0), color)
    return b


def m_speed_bump(color):
    b = mk.MeshBuilder()
    n = 8
    seg = 4.0 / n
    profile = Polygon([(-0.3, 0), (0.3, 0), (0.12, 0.08), (-0.12, 0.08)])  # seen from the side (y, z)
    for i in range(n):
        x0 = -2.0 + i * seg
        c = color if i % 2 == 0 else "#202020"
        m = mk.trimesh.creation.extrude_polygon(profile, seg)
        # extruded along +z: rotate so the extrusion runs along +x and the profile stands in (y, z)
        t = np.array([[0, 0, 1, x0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1.0]])
        b.add_mesh(m, c, t)
    return b


def m_street_light(color):
    b = mk.MeshBuilder()
    b.cylinder(0.2, 0.3, (0, 0, 0), mk.shade(color, 0.8), sections=8)
    b.cylinder(0.06, 3.7, (0, 0, 0.3), color, sections=8)
    b.cylinder(0.1, 0.08, (0, 0, 3.95), DARK, sections=8)
    b.box((0.3, 0.3, 0.38), (0, 0, 4.03), "#fff3b0")  # the glowing lantern
    for x in (-0.15, 0.15):
        for y in (-0.15, 0.15):
            b.box((0.03, 0.03, 0.38), (x, y, 4.03), DARK)
    b.cone(0.2, 0.09, (0, 0, 4.41), DARK, sections=4)
    return b


def m_traffic_light(color):
    b = mk.MeshBuilder()
    b.cylinder(0.12, 0.1, (0, 0, 0), DARK, sections=8)
    b.cylinder(0.05, 2.3, (0, 0, 0.1), color, sections=8)
    b.box((0.32, 0.26, 0.9), (0, 0, 2.3), "#222222")
    b.box((0.4, 0.02, 0.98), (0, 0.14, 2.26), "#222222")
    for z, c in ((2.98, RED), (2.75, YELLOW), (2.52, "#2ecc40")):
        for s in (-1, 1):
            m = mk.trimesh.creation.cylinder(radius=0.09, height=0.04, sections=10)
            t = mk.trimesh.transformations.rotation_matrix(np.pi / 2, [1, 0, 0])
            t[:3, 3] = (0, s * 0.14, z)
            b.add_mesh(m, c, t)
    # a small push-button box for children at 1 m
    b.box((0.14, 0.1, 0.2), (0, -0.09, 1.0), YELLOW)
    return b


def m_bike_rack(color):
    b = mk.MeshBuilder()
    b.box((3.0, 0.08, 0.05), (0, 0, 0), DARK)
    for x in np.linspace(-1.2, 1.2, 5):
        b.rod((x, -0.3, 0), (x, -0.3, 0.6), 0.025, color)
        b.rod((x, 0.3, 0), (x, 0.3, 0.6), 0.025, color)
        b.rod((x, -0.3, 0.6), (x, 0.3, 0.6), 0.025, color)
    # one parked bicycle
    bx, by = 0.6, 0.0
    for x in (bx - 0.52, bx + 0.52):
        vring(b, (x, by, 0.33), 0.32, DARK, n=12, thickness=0.018)
    b.rod((bx - 0.52, by, 0.33), (bx - 0.05, by, 0.33), 0.022, RED, 4)
    b.rod((bx - 0.05, by, 0.33), (bx - 0.15, by, 0.62), 0.022, RED, 4)
    b.rod((bx - 0.15, by, 0.6), (bx + 0.38, by, 0.62), 0.022, RED, 4)
    b.rod((bx - 0.05, by, 0.33), (bx + 0.38, by, 0.62), 0.022, RED, 4)
    b.rod((bx + 0.52, by, 0.33), (bx + 0.4, by, 0.72), 0.022, RED, 4)
    b.rod((bx + 0.4, by - 0.22, 0.74), (bx + 0.4, by + 0.22, 0.74), 0.02, DARK, 4)
    b.box((0.22, 0.1, 0.05), (bx - 0.17, by, 0.68), DARK)
    b.rod((bx - 0.52, by, 0.33), (bx - 0.15, by, 0.62), 0.018, RED, 4)
    return b


def m_bus_shelter(color):
    b = mk.MeshBuilder()
    for x in (-1.9, 1.9):
        b.box((0.08, 0.08, 2.5), (x, 0.6, 0), STEEL)
        b.box((0.08, 0.08, 2.5), (x, -0.5, 0), STEEL)
    b.box((4.0, 1.8, 0.1), (0, 0.15, 2.5), color)  # roof, overhanging the kerb side
    b.box((3.8, 0.04, 1.9), (0, 0.62, 0.4), "#a9d6e5")  # glass back wall
    b.box((0.04, 1.0, 1.9), (-1.9, 0.05, 0.4), "#a9d6e5")
    b.box((0.8, 0.06, 1.3), (1.3, 0.57, 0.8), YELLOW)  # route map
    b.box((2.0, 0.35, 0.05), (-0.4, 0.4, 0.45), WOOD)
    for x in (-1.3, 0.5):
        b.box((0.05, 0.3, 0.45), (x, 0.4, 0), DARK)
    # the bus stop sign on the kerb side
    b.cylinder(0.04, 2.6, (1.6, -0.72, 0), STEEL, sections=6)
    m = mk.trimesh.creation.cylinder(radius=0.3, height=0.04, sections=12)
    t = mk.trimesh.transformations.rotation_matrix(np.pi / 2, [1, 0, 0])
    t[:3, 3] = (1.6, -0.72, 2.6)
    b.add_mesh(m, BLUE, t)
    b.box((0.36, 0.05, 0.16), (1.6, -0.72, 2.1), WHITE)
    return b


def m_fence(color):
    b = mk.MeshBuilder()
    for z in (0.25, 0.7):
        b.box((3.0, 0.04, 0.07), (0, 0.04, z), mk.shade(color, 0.85))
    for x in np.linspace(-1.45, 1.45, 12):
        b.box((0.1, 0.03, 0.88), (x, -0.03, 0), color)
        b.add_mesh(mk.trimesh.creation.cone(0.0707, 0.12, sections=4), color, mk.yaw_matrix(45, (x, -0.03, 0.88)) @ np.diag([1, 0.3 / 0.7, 1, 1]))
    for x in (-1.45, 1.45):
        b.box((0.1, 0.15, 0.05), (x, 0, 0), DARK)
    return b


def m_ramp(color):
    b = mk.MeshBuilder()
    w, d, rise = 1.6, 4.0, 0.3
    # a wedge rising towards +y, then a flat landing
    b.add([(-0.7, -2.0, 0), (0.7, -2.0, 0), (0.7, 1.2, rise), (-0.7, 1.2, rise),
           (-0.7, 1.2, 0), (0.7, 1.2, 0)],
          [[0, 1, 2], [0, 2, 3], [1, 5, 2], [0, 3, 4], [3, 2, 5], [3, 5, 4]], color)
    b.box((1.4, 0.8, rise), (0, 1.6, 0), color)
    b.flat(sbox(-0.3, 1.35, 0.3, 1.85), rise + 0.005, BLUE)
    b.flat(sbox(-0.12, 1.5, 0.12, 1.7), rise + 0.01, WHITE)
    for x in (-0.75, 0.75):
        for y in (-1.8, -0.4, 1.0, 1.9):
            z0 = rise * min(1.0, max(0.0, (y + 2.0) / 3.2))
            b.rod((x, y, 0), (x, y, z0 + 0.9), 0.03, STEEL)
        b.rod((x, -1.8, rise * 0.2 / 3.2 + 0.9), (x, 1.2, rise + 0.9), 0.03, YELLOW)
        b.rod((x, 1.2, rise + 0.9), (x, 1.9, rise + 0.9), 0.03, YELLOW)
    return b


# ---------------------------------------------------------------------------------------------
# Learning and culture
# ---------------------------------------------------------------------------------------------


def m_reading_corner(color):
    b = mk.MeshBuilder()
    b.flat(disc((0, -0.3), 1.1, 16), 0.01, "#c76b98")  # round rug
    # book house: a shelf wall with a little roof
    b.box((2.6, 0.5, 1.9), (0, 1.25, 0), WOOD)
    rng = np.random.default_rng(3)
    books = [RED, BLUE, YELLOW, "#3cb371", ORANGE, PURPLE, WHITE]
    for z in (0.25, 0.8, 1.35):
        x = -1.15
        while x < 1.1:
            wdt = float(rng.uniform(0.05, 0.11))
            hgt = float(rng.uniform(0.3, 0.42))
            b.box((wdt, 0.06, hgt), (x + wdt / 2, 0.98, z), books[int(rng.integers(len(books)))])
            x += wdt + 0.01
    m = mk.trimesh.creation.extrude_polygon(Polygon([(-1.6, 1.9), (1.6, 1.9), (1.6, 2.0), (0, 2.6), (-1.6, 2.0)]), 0.8)
    t = np.array([[1, 0, 0, 0], [0, 0, 1, 0.85], [0, 1, 0, 0], [0, 0, 0, 1.0]])  # the profile stands in (x, z)
    b.add_mesh(m, color, t)
    for x, y, c in ((-0.7, -0.6, YELLOW), (0.0, -0.9, "#3cb371"), (0.7, -0.6, ORANGE)):
        b.blob((0.32, 0.32, 0.2), (x, y, 0.2), c, 1)  # bean bags
    return b


def m_science_board(color):
    b = mk.MeshBuilder()
    for x in (-0.7, 0.7):
        b.box((0.08, 0.08, 1.8), (x, 0.1, 0), DARK_WOOD)
    t = mk.trimesh.transformations.rotation_matrix(np.radians(-15), [1, 0, 0])
    panel = mk.MeshBuilder()
    panel.box((1.6, 0.04, 1.0), (0, 0, -0.5), color)
    r = mk.trimesh.transformations.rotation_matrix(np.pi / 2, [1, 0, 0])
    for (x, z, rad, c) in ((-0.5, 0.15, 0.2, YELLOW), (-0.05, 0.0, 0.06, "#9a9a9a"), (0.2, 0.2, 0.09, "#3a8ee6"),
                           (0.45, -0.1, 0.12, "#d9713a"), (0.65, 0.25, 0.05, "#c2b280")):
        rr = r.copy()
        mm = mk.trimesh.creation.cylinder(radius=rad, height=0.02, sections=12)
        rr[:3, 3] = (x, -0.03, z)
        panel.add_mesh(mm, c, rr)
    panel.box((1.2, 0.02, 0.08), (0, -0.03, -0.42), WHITE)  # a caption strip
    t2 = t.copy()
    t2[:3, 3] = (0, 0.0, 1.3)
    b.extend(panel, t2)
    b.box((1.7, 0.2, 0.08), (0, 0.15, 1.72), DARK_WOOD)
    return b


def m_art_wall(color):
    b = mk.MeshBuilder()
    b.box((4.0, 0.2, 2.0), (0, 0, 0), WHITE)
    b.box((4.1 - 0.1, 0.3, 0.1), (0, 0, 2.0), color)  # coping
    rainbow = [RED, ORANGE, YELLOW, "#3cb371", BLUE, PURPLE]
    for i, c in enumerate(rainbow):  # a painted rainbow of stripes, both sides
        r0 = 1.45 - i * 0.15
        arc = pie((0, 0.3), r0 - 0.15, r0, 0, np.pi, n=10)
        for s in (-1, 1):
            m = mk.trimesh.creation.extrude_polygon(arc, 0.01)
            t = np.array([[1, 0, 0, -0.4 * s], [0, 0, 1, s * 0.1 + (0.0 if s > 0 else -0.01)], [0, 1, 0, 0], [0, 0, 0, 1.0]])
            t[:3, 1] = (0, 0, 1)
            t[:3, 2] = (0, s * 1.0, 0) if s > 0 else (0, -1.0, 0)
            t[1, 3] = s * 0.1
            b.add_mesh(m, c, t)
    for x, c in ((1.3, BLUE), (1.6, YELLOW), (-1.6, RED)):  # paint hand prints / blobs
        for s in (-1, 1):
            b.box((0.22, 0.01, 0.22), (x, s * 0.105, 1.2 if x > 0 else 0.5), c)
    for x, c in ((-1.2, RED), (-1.0, BLUE), (1.0, YELLOW)):
        b.cylinder(0.08, 0.16, (x, -0.45 if x < 0 else 0.45, 0), c, sections=8)
    return b


def m_stage(color):
    b = mk.MeshBuilder()
    b.prism(sbox(-3.0, -1.5, 3.0, 2.0), 0, 0.6, WOOD)
    b.flat(sbox(-2.9, -1.4, 2.9, 1.9), 0.605, "#c8935c")
    for i in range(3):  # steps in the front middle
        b.box((1.6, 0.25, 0.2 * (i + 1)), (0, -2.0 + 0.25 * (2 - i) + 0.125, 0), CONCRETE)
    for x in (-2.9, 2.9):
        b.box((0.2, 0.2, 2.4), (x, 1.9, 0.6), DARK)
    b.box((6.0, 0.2, 0.3), (0, 1.9, 2.7), color)  # the arch beam
    for x in (-2.3, 2.3):  # curtains
        b.box((1.0, 0.12, 2.0), (x, 1.7, 0.62), RED)
    b.box((3.6, 0.05, 1.6), (0, 1.95, 0.7), "#4b3f72")  # backdrop
    for x in np.linspace(-2.5, 2.5, 6):
        b.blob((0.08, 0.08, 0.08), (x, 1.8, 2.6), YELLOW, 0)  # lights
    return b


def m_chess_table(color):
    b = mk.MeshBuilder()
    b.cylinder(0.18, 0.7, (0, 0, 0), CONCRETE, sections=8)
    b.box((0.8, 0.8, 0.06), (0, 0, 0.69), color)
    sq = 0.7 / 8
    dark = []
    for i in range(8):
        for j in range(8):
            if (i + j) % 2 == 0:
                dark.append(sbox(-0.35 + i * sq, -0.35 + j * sq, -0.35 + (i + 1) * sq, -0.35 + (j + 1) * sq))
    for p in dark:
        b.flat(p, 0.752, "#2f2f2f")
    b.flat(sbox(-0.35, -0.35, 0.35, 0.35).difference(sbox(-0.35, -0.35, -0.35 + sq, -0.35 + sq)), 0.751, "#efe6cf")
    for x, y in ((0, -0.65), (0, 0.65), (-0.65, 0), (0.65, 0)):
        b.cylinder(0.15, 0.42, (x, y, 0), CONCRETE, sections=8)
    return b


# ---------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------


def m_drinking_fountain(color):
    b = mk.MeshBuilder()
    b.box((0.35, 0.35, 0.95), (0.15, 0, 0), color)
    b.cylinder(0.2, 0.08, (0.15, 0, 0.95), STEEL, sections=10)
    b.box((0.3, 0.3, 0.65), (-0.2, 0, 0), mk.shade(color, 0.85))  # lower spout for little ones
    b.cylinder(0.15, 0.06, (-0.2, 0, 0.65), STEEL, sections=10)
    b.box((0.2, 0.6, 0.12), (-0.3, 0, 0), CONCRETE)  # step
    b.rod((0.15, 0, 1.03), (0.1, 0, 1.07), 0.015, STEEL, 4)
    b.blob((0.05, 0.05, 0.07), (0.15, 0, 1.06), WATER, 0)
    b.blob((0.07, 0.02, 0.09), (0.15, -0.18, 0.6), WATER, 0)  # a water-drop sign
    return b


def m_toilets(color):
    b = mk.MeshBuilder()
    b.box((4.0, 3.0, 2.6), (0, 0, 0), color)
    b.box((4.0, 3.0, 0.2), (0, 0, 2.6), "#6b6b6b")
    b.box((3.6, 2.6, 0.2), (0, 0, 2.8), "#7d7d7d")
    doors = ((-1.3, "#3a7bd5"), (0.0, "#e05d8b"), (1.3, "#2f9e5a"))
    for x, c in doors:
        b.box((0.9, 0.04, 2.0), (x, -1.52, 0.0), c)
        b.box((0.36, 0.03, 0.36), (x, -1.55, 2.1), WHITE)
        b.blob((0.07, 0.02, 0.07), (x, -1.57, 2.35), c, 0)  # the sign's head
        b.box((0.12, 0.02, 0.14), (x, -1.57, 2.16), c)  # and body
    b.box((4.0, 0.03, 0.12), (0, -1.52, 2.45), WHITE)  # window strip
    return b


def m_bin(color):
    b = mk.MeshBuilder()
    colors = [BLUE, RED, "#3a9b4a", "#5a5f66"]  # recyclable, hazardous, kitchen, other
    for i, c in enumerate(colors):
        x = -0.3375 + i * 0.225
        b.box((0.21, 0.42, 0.9), (x, 0, 0), c)
        b.box((0.22, 0.45, 0.06), (x, 0, 0.9), mk.shade(c, 0.75))
        b.box((0.1, 0.02, 0.1), (x, -0.215, 0.62), WHITE)
        b.box((0.08, 0.2, 0.04), (x, 0.05, 0.96), mk.shade(c, 0.6))
    return b


def m_kiosk(color):
    b = mk.MeshBuilder()
    b.box((3.0, 2.0, 2.4), (0, 0.25, 0), "#f1e4c8")
    b.box((2.4, 0.06, 0.9), (0, -0.78, 1.1), "#2f3540")  # open window
    b.box((2.6, 0.35, 0.08), (0, -0.9, 1.0), WOOD)  # counter
    b.box((3.0, 2.0, 0.12), (0, 0.25, 2.4), DARK_WOOD)
    for i in range(6):  # striped awning sloping down to the front
        x = -1.25 + i * 0.5
        c = color if i % 2 == 0 else WHITE
        plank(b, (x, -0.75, 2.3), (x, -1.25, 1.95), 0.5, 0.04, c)
    b.cone(0.18, 0.32, (1.0, 0.6, 2.52), "#d9a35c", sections=8)  # ice-cream sign
    m = mk.trimesh.creation.cone(0.18, 0.32, sections=8)
    t = mk.trimesh.transformations.rotation_matrix(np.pi, [1, 0, 0])
    t[:3, 3] = (1.0, 0.6, 2.84)
    b.add_mesh(m, "#d9a35c", t)
    b.blob((0.17, 0.17, 0.14), (1.0, 0.6, 2.86), PINK, 1)
    return b


# ---------------------------------------------------------------------------------------------
# The catalog: (id, en, zh, category, (width, depth, height), cost, allowed_zones, ages, tags, scale,
#               variants, builder)
# ---------------------------------------------------------------------------------------------

S = lambda lo, hi: {"min": lo, "max": hi}  # noqa: E731

BLOCKS = [
    # play
    ("slide", "Slide", "滑梯", "play", (1.2, 4.0, 2.5), 8, [], YOUNG, {"play_area_m2": 12}, None,
     [variant("red", "Red", "红色", "#d64541")], m_slide),
    ("swing", "Swing", "秋千", "play", (3.0, 2.0, 2.4), 6, [], ["6-8", "9-11", "12-14"], {"play_area_m2": 15}, None,
     [variant("blue", "Blue", "蓝色", "#3a6fd8")], m_swing),
    ("merry-go-round", "Spinning chair", "转椅", "play", (2.4, 2.4, 1.1), 6, [], YOUNG, {"play_area_m2": 12, "seats": 4}, None,
     [variant("red", "Red", "红色", "#d64541")], m_merry_go_round),
    ("climbing-frame", "Climbing frame", "攀爬架", "play", (3.0, 3.0, 2.5), 8, [], ["6-8", "9-11", "12-14"], {"play_area_m2": 16}, None,
     [variant("green", "Green", "绿色", "#2f9e5a")], m_climbing_frame),
    ("sandpit", "Sandpit", "沙坑", "play", (3.0, 3.0, 0.3), 4, [], ["6-8"], {"play_area_m2": 9}, S(0.5, 2.0),
     [variant("sand", "Sand", "沙色", "#e8d29a")], m_sandpit),
    ("seesaw", "Seesaw", "跷跷板", "play", (3.0, 0.5, 0.9), 4, [], YOUNG, {"play_area_m2": 8, "seats": 2}, None,
     [variant("orange", "Orange", "橙色", "#f08a24")], m_seesaw),
    ("spring-rider", "Rocking horse", "摇摇马", "play", (0.5, 1.05, 0.9), 2, [], ["6-8"], {"play_area_m2": 3, "seats": 1}, None,
     [variant("pink", "Pink", "粉色", "#e678a8")], m_spring_rider),
    ("trampoline", "Trampoline", "蹦床", "play", (3.0, 3.0, 0.9), 7, [], ["6-8", "9-11", "12-14"], {"play_area_m2": 12}, None,
     [variant("blue", "Blue", "蓝色", "#3a6fd8")], m_trampoline),
    ("zip-line", "Zip line", "滑索", "play", (2.0, 15.0, 3.5), 12, [], ["9-11", "12-14", "15-17"], {"play_area_m2": 45}, None,
     [variant("orange", "Orange", "橙色", "#f08a24")], m_zip_line),
    ("water-play", "Water play", "戏水池", "play", (4.0, 4.0, 1.8), 10, [], ["6-8", "9-11"], {"play_area_m2": 14}, None,
     [variant("blue", "Blue", "蓝色", "#5bb8e6")], m_water_play),
    # sport
    ("football-pitch", "Mini football pitch", "小足球场", "sport", (20.0, 12.0, 2.0), 20, [], OLDER, {"sport": 1, "play_area_m2": 240}, None,
     [variant("green", "Green", "绿色", "#3f9b4f")], m_football_pitch),
    ("basketball-hoop", "Basketball hoop", "篮球架", "sport", (1.2, 1.9, 3.6), 6, [], OLDER, {"sport": 1}, None,
     [variant("blue", "Blue", "蓝色", "#2f5aa8")], m_basketball_hoop),
    ("ping-pong-table", "Ping-pong table", "乒乓球台", "sport", (2.74, 1.525, 0.91), 4, [], ALL_AGES, {"sport": 1}, None,
     [variant("blue", "Blue", "蓝色", "#2c6e9e")], m_ping_pong_table),
    ("fitness-station", "Outdoor gym", "健身器材", "sport", (3.0, 1.5, 2.2), 6, [], OLDER, {"sport": 1}, None,
     [variant("blue", "Blue", "蓝色", "#2f6fd0")], m_fitness_station),
    ("badminton-court", "Badminton court", "羽毛球场", "sport", (13.4, 6.1, 1.55), 10, [], OLDER, {"sport": 1, "play_area_m2": 82}, None,
     [variant("green", "Green", "绿色", "#2e8b6a")], m_badminton_court),
    # nature
    ("tree", "Tree", "树", "nature", (4.0, 4.0, 6.0), 3, [], ALL_AGES, {"shade_m2": 20, "green_m2": 1}, S(0.5, 2.0),
     [variant("green", "Green", "绿色", "#4f8a3a")], m_tree),
    ("small-tree", "Small tree", "小树", "nature", (1.6, 1.6, 3.0), 2, [], ALL_AGES, {"shade_m2": 3, "green_m2": 1}, S(0.5, 1.5),
     [variant("light-green", "Light green", "浅绿", "#7cc25a")], m_small_tree),
    ("flower-bed", "Flower bed", "花坛", "nature", (2.0, 1.0, 0.5), 2, [], ALL_AGES, {"green_m2": 2}, S(0.5, 3.0),
     [variant("pink", "Pink", "粉色", "#e678a8")], m_flower_bed),
    ("vegetable-patch", "Vegetable patch", "菜园", "nature", (3.0, 2.0, 0.6), 3, [], ALL_AGES, {"green_m2": 6, "learning": 1}, S(0.5, 2.0),
     [variant("green", "Green", "绿色", "#8fc46a")], m_vegetable_patch),
    ("lawn-patch", "Lawn", "草坪", "nature", (5.0, 5.0, 0.06), 2, [], ALL_AGES, {"green_m2": 25, "play_area_m2": 25}, S(0.5, 3.0),
     [variant("green", "Green", "绿色", "#6fb34a")], m_lawn_patch),
    ("sensory-garden", "Sensory garden", "五感花园", "nature", (4.0, 4.0, 1.0), 6, [], ALL_AGES, {"green_m2": 10, "learning": 1, "accessible": 1}, None,
     [variant("lavender", "Lavender", "薰衣草紫", "#9b7fd1")], m_sensory_garden),
    # rest
    ("bench", "Bench", "长椅", "rest", (1.8, 0.6, 0.9), 2, [], ALL_AGES, {"seats": 3}, S(0.75, 1.5),
     [variant("wood", "Wood", "木头", "#a0693c")], m_bench),
    ("picnic-table", "Picnic table", "野餐桌", "rest", (2.0, 1.8, 0.75), 3, [], ALL_AGES, {"seats": 6}, None,
     [variant("wood", "Wood", "木头", "#a0693c")], m_picnic_table),
    ("pavilion", "Pavilion", "凉亭", "rest", (4.0, 4.0, 4.0), 12, [], ALL_AGES, {"shade_m2": 16, "seats": 8, "shelter": 1}, None,
     [variant("red", "Red", "红色", "#b8322c")], m_pavilion),
    ("shade-sail", "Shade sail", "遮阳篷", "rest", (5.0, 5.0, 3.0), 5, [], ALL_AGES, {"shade_m2": 22}, None,
     [variant("orange", "Orange", "橙色", "#f08a24")], m_shade_sail),
    # safety and getting around
    ("crossing", "Zebra crossing", "斑马线", "safety", (4.0, 3.0, 0.02), 5, ["road", "path"], ALL_AGES, {"crossing": 1}, S(0.5, 2.0),
     [variant("white", "White", "白色", "#f2f2f2")], m_crossing),
    ("speed-bump", "Speed bump", "减速带", "safety", (4.0, 0.6, 0.08), 2, ["road"], ALL_AGES, {"traffic_calming": 1}, S(0.5, 2.0),
     [variant("yellow", "Yellow", "黄色", "#f5c518")], m_speed_bump),
    ("street-light", "Street light", "路灯", "safety", (0.4, 0.4, 4.5), 3, ["path"], ALL_AGES, {"light": 1}, None,
     [variant("grey", "Grey", "灰色", "#8a8f98")], m_street_light),
    ("traffic-light", "Traffic light", "红绿灯", "safety", (0.4, 0.32, 3.24), 6, ["path"], ALL_AGES, {"crossing": 1, "traffic_calming": 1}, None,
     [variant("grey", "Grey", "灰色", "#8a8f98")], m_traffic_light),
    ("bike-rack", "Bike rack", "自行车架", "safety", (3.0, 0.65, 0.77), 2, ["path"], ALL_AGES, {"bike_parking": 5}, None,
     [variant("grey", "Grey", "灰色", "#8a8f98")], m_bike_rack),
    ("bus-shelter", "Bus stop", "公交站", "safety", (4.0, 1.8, 2.9), 8, ["path"], ALL_AGES, {"shelter": 1, "seats": 3, "shade_m2": 7}, None,
     [variant("green", "Green", "绿色", "#2f8f5b")], m_bus_shelter),
    ("fence", "Fence", "栅栏", "safety", (3.0, 0.15, 1.0), 1, ["path"], ALL_AGES, {}, S(0.5, 3.0),
     [variant("white", "White", "白色", "#f2f2f2")], m_fence),
    ("ramp", "Ramp", "无障碍坡道", "safety", (1.6, 4.0, 1.23), 4, ["path"], ALL_AGES, {"accessible": 1}, None,
     [variant("grey", "Grey", "灰色", "#b9b5ac")], m_ramp),
    # learning and culture
    ("reading-corner", "Reading corner", "读书角", "learning", (3.2, 3.05, 2.6), 6, [], ALL_AGES, {"learning": 1, "seats": 3, "shelter": 1}, None,
     [variant("teal", "Teal", "青色", "#2a9d8f")], m_reading_corner),
    ("science-board", "Science board", "科普牌", "learning", (1.7, 0.4, 1.8), 2, ["path"], ALL_AGES, {"learning": 1}, None,
     [variant("navy", "Navy", "深蓝", "#23395d")], m_science_board),
    ("art-wall", "Art wall", "涂鸦墙", "learning", (4.0, 1.06, 2.1), 4, [], ALL_AGES, {"learning": 1}, S(0.5, 2.0),
     [variant("grey", "Grey", "灰色", "#8a8f98")], m_art_wall),
    ("stage", "Stage", "小舞台", "learning", (6.0, 4.0, 3.0), 10, [], ALL_AGES, {"learning": 1, "play_area_m2": 20}, None,
     [variant("purple", "Purple", "紫色", "#7a5cc7")], m_stage),
    ("chess-table", "Chess table", "棋桌", "learning", (1.6, 1.6, 0.75), 3, [], ALL_AGES, {"seats": 4, "learning": 1}, None,
     [variant("stone", "Stone", "石头", "#c9c2b4")], m_chess_table),
    # services
    ("drinking-fountain", "Drinking fountain", "饮水机", "services", (0.75, 0.6, 1.12), 3, ["path"], ALL_AGES, {"drinking_water": 1, "accessible": 1}, None,
     [variant("blue", "Blue", "蓝色", "#3a7bd5")], m_drinking_fountain),
    ("toilets", "Toilets", "厕所", "services", (4.0, 3.1, 3.0), 15, [], ALL_AGES, {"toilet": 1, "accessible": 1}, None,
     [variant("cream", "Cream", "米色", "#efe3c8")], m_toilets),
    ("bin", "Rubbish bins", "垃圾桶", "services", (0.9, 0.45, 1.0), 1, ["path"], ALL_AGES, {}, None,
     [variant("sorting", "Sorting", "分类", "#3a6fd8")], m_bin),
    ("kiosk", "Snack kiosk", "小卖部", "services", (3.0, 2.5, 3.0), 10, [], ALL_AGES, {"shelter": 1}, None,
     [variant("red", "Red", "红色", "#d64541")], m_kiosk),
]


def build_block(spec):
    bid, _en, _zh, _cat, (w, d, h), *_rest, variants, builder = spec
    mesh = builder(variants[0]["color"]).mesh()
    return mk.fit_to_box(mesh, w, d, h)


def catalog_entry(spec) -> dict:
    bid, en, zh, cat, (w, d, h), cost, zones, ages, tags, scale, variants, _builder = spec
    return {
        "id": bid,
        "names": {"en": en, "zh_CN": zh},
        "category": cat,
        "model": f"blocks/{bid}.glb",
        "footprint": {"width": w, "depth": d},
        "height": h,
        "cost": cost,
        "allowed_zones": list(zones),
        "age_bands": list(ages),
        "tags": dict(tags),
        "scale": scale,
        "variants": variants,
    }


def catalog_text() -> str:
    """The catalog as JSON: one line per category and per block, easy to diff."""
    dump = lambda o: json.dumps(o, ensure_ascii=False)  # noqa: E731
    lines = ["{", '  "format": "junior-planner-catalog",', '  "format_version": 1,', '  "categories": [']
    lines.append(",\n".join("    " + dump(c) for c in CATEGORIES))
    lines.append("  ],")
    lines.append('  "blocks": [')
    lines.append(",\n".join("    " + dump(catalog_entry(s)) for s in BLOCKS))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate(out: Path, only: list[str] | None = None, verbose=True) -> dict[str, int]:
    out = Path(out)
    counts = {}
    for spec in BLOCKS:
        if only and spec[0] not in only:
            continue
        mesh = build_block(spec)
        tris = len(mesh.faces)
        if tris > MAX_TRIANGLES:
            raise ValueError(f"{spec[0]}: {tris} triangles, more than {MAX_TRIANGLES}")
        mk.write_glb(out / "blocks" / f"{spec[0]}.glb", {spec[0]: mesh})
        counts[spec[0]] = tris
        if verbose:
            print(f"{spec[0]:20s} {tris:5d} triangles")
    if not only:
        (out / "catalog.json").write_text(catalog_text(), encoding="utf-8")
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models3d", help="folder to write into (default models3d/)")
    parser.add_argument("--only", nargs="*", help="only these block ids (no catalog)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = generate(args.out, args.only, verbose=not args.quiet)
    print(f"{len(counts)} blocks in {time.perf_counter() - start:.2f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
