"""Pictures rendered with the app's own GL path, without showing a window: block thumbnails,
site pictures, and (3D-editor issue) proposal snapshots. Needs an OpenGL-capable display (a
desktop, or Xvfb with Mesa); Qt's 'offscreen' platform has no OpenGL widgets."""

from __future__ import annotations

import math
import os
from typing import Iterable, Sequence

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph.opengl as gl

from junior_planner.render.qtapp import share_gl_contexts

share_gl_contexts()  # GL views made after this module loads share shaders and buffers
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QVector3D

from junior_planner.meshes.asset import MeshAsset
from junior_planner.render.shading import flat_shaded

SKY = (178, 214, 240)


def mesh_item(asset: MeshAsset) -> gl.GLMeshItem:
    triangles, colors = flat_shaded(asset)
    data = gl.MeshData(vertexes=triangles, vertexColors=colors)
    return gl.GLMeshItem(meshdata=data, smooth=False, shader=None, glOptions="opaque", computeNormals=False)


class OffscreenView:
    """A GL view that is never shown on screen; `image()` renders the current scene."""

    def __init__(self, width: int, height: int, background: Sequence[int] = SKY):
        from junior_planner.render.qtapp import application

        self.app = application()
        self.view = gl.GLViewWidget()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.setBackgroundColor(tuple(background))
        self.view.resize(width, height)
        self.view.show()
        self.app.processEvents()
        self.size = (width, height)
        self.items: list = []

    def set_items(self, items: Iterable) -> None:
        for item in self.items:
            self.view.removeItem(item)
        self.items = list(items)
        for item in self.items:
            self.view.addItem(item)

    def look(self, position: Sequence[float], target: Sequence[float], fov: float = 60.0) -> None:
        p, t = np.asarray(position, float), np.asarray(target, float)
        d = p - t
        distance = float(np.linalg.norm(d))
        elevation = math.degrees(math.asin(max(-1.0, min(1.0, d[2] / distance))))
        azimuth = math.degrees(math.atan2(d[1], d[0]))
        self.view.setCameraPosition(pos=QVector3D(*t), distance=distance, elevation=elevation, azimuth=azimuth)
        self.view.opts["fov"] = fov

    def image(self) -> QImage:
        self.view.update()
        self.app.processEvents()
        return self.view.grabFramebuffer().convertToFormat(QImage.Format.Format_RGB32)

    def close(self) -> None:
        self.set_items([])
        self.view.close()


def block_view(view: OffscreenView, asset: MeshAsset, width: float, depth: float, height: float) -> None:
    """A three-quarter view that fits the block (thumbnails)."""
    size = max(width, depth, height, 0.3)
    grid = gl.GLGridItem()
    grid.setSize(x=size * 1.6, y=size * 1.6)
    grid.setSpacing(x=size / 8, y=size / 8)
    view.set_items([mesh_item(asset), grid])
    distance = max(size * 1.9, 1.0)
    azimuth, elevation = math.radians(-60), math.radians(30)
    position = (distance * math.cos(elevation) * math.cos(azimuth), distance * math.cos(elevation) * math.sin(azimuth),
                height / 2 + distance * math.sin(elevation))
    view.look(position, (0.0, 0.0, height / 2), fov=40)
