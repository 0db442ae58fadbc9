"""Render preview PNGs of the generated sites and blocks into out/previews/.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/preview_assets.py [--sites ID ...] [--no-blocks]

Per site: <id>-birds-eye.png (the site.json bird's-eye camera) and <id>-child-eye.png (1.0 m above
the child-eye position, looking along its heading). For the blocks: blocks-contact-sheet.png, and
one PNG per block in out/previews/blocks/. Needs a GL context: run under a (virtual) X server;
QT_QPA_PLATFORM=offscreen has no OpenGL widgets.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

import numpy as np  # noqa: E402
import pyqtgraph.opengl as gl  # noqa: E402
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import meshkit as mk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SKY = (178, 214, 240)


def sun_light(tri: np.ndarray) -> np.ndarray:
    """Per-face brightness from a fixed sun (south-west, high) plus sky light; baked into colours
    so that every viewer angle shows the same, readable shading."""
    n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
    sun = np.array([-0.35, -0.55, 0.76])
    sun /= np.linalg.norm(sun)
    return (0.55 + 0.35 * np.abs(n @ sun) + 0.12 * np.abs(n[:, 2])).astype(np.float32)


def mesh_items(glb: Path) -> list[gl.GLMeshItem]:
    """One GL item per mesh in the file; faces are unshared so shading stays flat (low-poly)."""
    items = []
    for _name, v, f, c in mk.load_glb_z_up(glb):
        tri = v[f].astype(np.float32)
        col = c[f].astype(np.float32) / 255.0
        col[..., :3] *= sun_light(tri)[:, None, None]
        md = gl.MeshData(vertexes=tri, vertexColors=col)
        item = gl.GLMeshItem(meshdata=md, smooth=False, shader=None, glOptions="opaque", computeNormals=False)
        items.append(item)
    return items


class Renderer:
    def __init__(self, width: int, height: int):
        self.view = gl.GLViewWidget()
        self.view.setBackgroundColor(SKY)
        self.view.resize(width, height)
        self.view.show()
        self.items: list = []
        QtWidgets.QApplication.processEvents()

    def set_items(self, items):
        for it in self.items:
            self.view.removeItem(it)
        self.items = list(items)
        for it in self.items:
            self.view.addItem(it)

    def look(self, position, target, fov=60.0):
        p, t = np.asarray(position, float), np.asarray(target, float)
        d = p - t
        dist = float(np.linalg.norm(d))
        elevation = math.degrees(math.asin(d[2] / dist))
        azimuth = math.degrees(math.atan2(d[1], d[0]))
        self.view.setCameraPosition(pos=QtGui.QVector3D(*t), distance=dist, elevation=elevation, azimuth=azimuth)
        self.view.opts["fov"] = fov

    def grab(self) -> QtGui.QImage:
        for _ in range(3):
            QtWidgets.QApplication.processEvents()
        self.view.update()
        QtWidgets.QApplication.processEvents()
        return self.view.grabFramebuffer()


def render_sites(r: Renderer, out: Path, ids: list[str] | None):
    r.view.resize(1280, 800)
    for site_json in sorted((ROOT / "models3d" / "sites").glob("*/site.json")):
        site = json.loads(site_json.read_text(encoding="utf-8"))
        if site.get("model") is None or (ids and site["id"] not in ids):
            continue
        r.set_items(mesh_items(site_json.parent / site["model"]))
        be = site["cameras"]["birds_eye"]
        r.look(be["position"], be["target"], fov=60)
        r.grab().save(str(out / f"{site['id']}-birds-eye.png"))
        ce = site["cameras"]["child_eye"]
        x, y = ce["position"]
        h = math.radians(ce["heading"])
        eye = (x, y, 1.0)
        target = (x + 10 * math.cos(h), y + 10 * math.sin(h), 1.0)
        r.look(eye, target, fov=70)
        # orbit cameras keep `distance` from the target; pull the near plane in for a 1 m eye
        r.grab().save(str(out / f"{site['id']}-child-eye.png"))
        print("rendered", site["id"])


def render_blocks(r: Renderer, out: Path):
    catalog = json.loads((ROOT / "models3d" / "catalog.json").read_text(encoding="utf-8"))
    tile = 240
    cols = 7
    blocks = catalog["blocks"]
    rows = (len(blocks) + cols - 1) // cols
    sheet = QtGui.QImage(cols * tile, rows * (tile + 24), QtGui.QImage.Format_RGB32)
    sheet.fill(QtGui.QColor(255, 255, 255))
    painter = QtGui.QPainter(sheet)
    font = painter.font()
    font.setPointSize(10)
    painter.setFont(font)
    r.view.resize(tile, tile)
    (out / "blocks").mkdir(parents=True, exist_ok=True)
    ground = gl.GLGridItem()
    for i, block in enumerate(blocks):
        w, d, h = block["footprint"]["width"], block["footprint"]["depth"], block["height"]
        items = mesh_items(ROOT / "models3d" / block["model"])
        size = max(w, d, h)
        ground.setSize(x=size * 1.6, y=size * 1.6)
        ground.setSpacing(x=size / 8, y=size / 8)
        r.set_items(items + [ground])
        center = (0, 0, h / 2)
        dist = max(size * 1.9, 1.0)
        az = math.radians(-60)
        el = math.radians(30)
        pos = (dist * math.cos(el) * math.cos(az), dist * math.cos(el) * math.sin(az), h / 2 + dist * math.sin(el))
        r.look(pos, center, fov=40)
        img = r.grab()
        img.save(str(out / "blocks" / f"{block['id']}.png"))
        x0, y0 = (i % cols) * tile, (i // cols) * (tile + 24)
        painter.drawImage(x0, y0, img)
        painter.setPen(QtGui.QColor(0, 0, 0))
        label = f"{block['id']}  {block['names']['zh_CN']}"
        painter.drawText(QtCore.QRect(x0, y0 + tile, tile, 24), QtCore.Qt.AlignCenter, label)
    painter.end()
    sheet.save(str(out / "blocks-contact-sheet.png"))
    r.set_items([])
    print("rendered", len(blocks), "blocks")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "previews")
    parser.add_argument("--sites", nargs="*", help="only these site ids")
    parser.add_argument("--no-blocks", action="store_true")
    parser.add_argument("--no-sites", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    # one GL widget (one context) for everything: pyqtgraph caches shader programs per context
    renderer = Renderer(1280, 800)
    if not args.no_sites:
        render_sites(renderer, args.out, args.sites)
    if not args.no_blocks:
        render_blocks(renderer, args.out)
    renderer.view.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
