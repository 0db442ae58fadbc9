"""The 3D view of a site and one proposal (pyqtgraph GLViewWidget subclass).

It draws; it does not decide. Picking turns a pointer position into a ray (our own unprojection,
not pyqtgraph's GL_SELECT `itemsAt`) and meets it with the site's pick index and the blocks'
boxes. The editor (ui/) turns pointer events into commands; the view follows change records.
"""

from __future__ import annotations

import math
import os
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph.opengl as gl

from junior_planner.render.qtapp import share_gl_contexts

share_gl_contexts()  # GL views made after this module loads share shaders and buffers
from OpenGL import GL
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QVector3D
from PySide6.QtWidgets import QWidget

from junior_planner.i18n import _
from junior_planner.meshes.asset import MeshAsset
from junior_planner.model.catalog import Catalog
from junior_planner.model.commands import Change
from junior_planner.model.entities import PlacedBlock, Proposal
from junior_planner.model.site import Site
from junior_planner.render.blocks import BlockLayer, focal_pixels
from junior_planner.render.camera import (
    look_at_params, project_points, qmatrix_to_numpy, ray_boxes, ray_from_pixel, ray_plane_z,
)
from junior_planner.render.instanced import InstancedMesh
from junior_planner.render.offscreen import SKY, mesh_item
from junior_planner.render.shading import flat_shaded
from junior_planner.model.vocabulary import STICKER_COLOURS

CHILD_EYE_HEIGHT = 1.0
GHOST_OK = (0.25, 0.85, 0.35, 0.55)
GHOST_REFUSED = (0.95, 0.2, 0.2, 0.6)


def grid_spacing(extent_m: float, most_lines: int = 200) -> float:
    """1 m on a park or a school gate; on a whole district (an imported city model) a coarser
    1-2-5 step, so that the grid stays a few hundred lines (each line costs a software
    rasteriser its length in pixels)."""
    for step in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0):
        if extent_m / step <= most_lines:
            return step
    return 1000.0


# `--frame-times` on kiosk and build: every 3D view made after it is set shows its frame times
FRAME_TIMES = {"on": False}


@dataclass
class Hit:
    point: np.ndarray  # where the ray meets the ground or the block
    block: Optional[str] = None  # uuid of the block hit first, if any


class _PinOverlay(QWidget):
    """Annotation pins and labels drawn in 2D over the GL view (cheaper than GL text items)."""

    def __init__(self, view: "SiteViewport"):
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.pins: list[tuple[np.ndarray, str, str]] = []  # (world point, sticker, label)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.view.frame_times is not None and self.view.frame_times:
            self._paint_frame_time()
        if not self.pins:
            return
        points = np.array([p for p, _s, _l in self.pins])
        pixels, visible = self.view.project(points)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        for (world, sticker, label), (x, y), shown in zip(self.pins, pixels, visible):
            if not shown:
                continue
            colour = QColor(STICKER_COLOURS.get(sticker or "", "#2c7be5"))
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            painter.drawLine(QPointF(x, y), QPointF(x, y - 22))
            painter.drawEllipse(QPointF(x, y - 30), 10, 10)
            if label:
                painter.setPen(QColor("#222222"))
                painter.drawText(QPointF(x + 14, y - 26), label)
        painter.end()

    def _paint_frame_time(self) -> None:
        """The facilitators' frame-time overlay: the median of the last frames, top right."""
        ms = float(np.median(self.view.frame_times))
        text = _("{ms} ms, {fps} frames a second").format(ms=f"{ms:.0f}", fps=f"{1000.0 / ms:.0f}") if ms > 0 else "-"
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        box = metrics.boundingRect(text).adjusted(-8, -4, 8, 4)
        box.moveTopRight(self.rect().topRight() + QPoint(-8, 8))
        painter.fillRect(box, QColor(0, 0, 0, 150))
        painter.setPen(QColor("#7CFC00") if ms <= 33 else QColor("#FFD700") if ms <= 100 else QColor("#FF6347"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


ZONE_COLOURS = {"road": (0.35, 0.36, 0.38), "path": (0.86, 0.78, 0.62), "water": (0.30, 0.55, 0.85),
                "building": (0.80, 0.70, 0.60), "tree": (0.30, 0.55, 0.30)}
LAWN = (0.55, 0.72, 0.45)


def flat_site_mesh(site: Site) -> MeshAsset:
    """A site without a 3D model: its outline as a lawn, with its zones drawn in their colours
    just above it, so children can see the path or road that the rules keep free."""
    import mapbox_earcut

    parts = [(np.asarray(site.bounds, dtype=np.float64), LAWN, 0.0)]
    parts += [(np.asarray(z.polygon, dtype=np.float64), ZONE_COLOURS.get(z.kind, (0.6, 0.6, 0.6)), 0.01) for z in site.zones]
    vertices, faces, colours = [], [], []
    offset = 0
    for polygon, colour, z in parts:
        triangles = mapbox_earcut.triangulate_float64(polygon, np.array([len(polygon)], dtype=np.uint32))
        vertices.append(np.column_stack([polygon, np.full(len(polygon), z)]))
        faces.append(np.asarray(triangles, dtype=np.int64).reshape(-1, 3) + offset)
        colours.append(np.tile(np.array([*colour, 1.0]), (len(polygon), 1)))
        offset += len(polygon)
    faces_all = np.concatenate(faces)
    vertices_all = np.concatenate(vertices)
    # face the sky whichever way a polygon was wound
    tri = vertices_all[faces_all]
    down = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])[:, 2] < 0
    faces_all[down] = faces_all[down][:, ::-1]
    return MeshAsset(vertices_all.astype(np.float32), faces_all.astype(np.uint32), np.concatenate(colours).astype(np.float32))


class SiteViewport(gl.GLViewWidget):
    """Shows a site and a proposal. Signals carry nothing about commands."""

    cameraChanged = Signal()

    def __init__(self, catalog: Catalog, load_model: Callable[[str], MeshAsset], parent=None):
        super().__init__(parent)
        self.setBackgroundColor(SKY)
        self.catalog = catalog
        self._load_model = load_model
        self.site: Optional[Site] = None
        self._site_item = None
        self._ground_index = None
        self.blocks = BlockLayer(catalog, load_model, self.addItem)
        self._placed: dict[str, PlacedBlock] = {}
        self._ghosts: dict[str, InstancedMesh] = {}
        self._ghost: Optional[InstancedMesh] = None
        self._selection = gl.GLLinePlotItem(color=(1.0, 0.85, 0.1, 1.0), width=3, mode="lines", antialias=True)
        self._selection.setGLOptions("translucent")
        self._selection.setVisible(False)
        self.addItem(self._selection)
        self.grid = gl.GLGridItem(color=(255, 255, 255, 50))
        self.grid.setSpacing(1, 1)
        self.grid.setGLOptions("translucent")
        self.addItem(self.grid)
        self.overlay = _PinOverlay(self)
        self.mode = "orbit"  # or "child"
        self.frame_times: Optional[deque] = deque(maxlen=30) if FRAME_TIMES["on"] else None  # the last frames (ms)
        self._last_camera = None
        self.opts["fov"] = 60

    # --- content ------------------------------------------------------------------------------
    def set_site(self, site: Site, mesh: Optional[MeshAsset], ground_index=None) -> None:
        if self._site_item is not None:
            self.removeItem(self._site_item)
            self._site_item = None
        self.site = site
        self._ground_index = ground_index
        self._site_item = mesh_item(mesh if mesh is not None else flat_site_mesh(site))
        self._site_item.setDepthValue(-10)
        self.addItem(self._site_item)
        lo, hi = site.bounds.min(axis=0), site.bounds.max(axis=0)
        self.grid.setSize(x=float(hi[0] - lo[0]), y=float(hi[1] - lo[1]))
        spacing = grid_spacing(float(max(hi - lo)))
        self.grid.setSpacing(spacing, spacing)
        self.grid.resetTransform()
        self.grid.translate(float(lo[0] + hi[0]) / 2, float(lo[1] + hi[1]) / 2, 0.03)
        self.birds_eye()

    def set_proposal(self, proposal: Proposal) -> None:
        self._placed = dict(proposal.blocks)
        self.blocks.set_blocks(proposal.blocks.values())
        self._set_pins(proposal)
        self.update()

    def apply(self, change: Change, proposal: Optional[Proposal] = None) -> None:
        """Follow one change record (the renderer touches only what changed)."""
        for uuid in change.blocks_removed:
            self._placed.pop(uuid, None)
        for b in change.blocks_upserted:
            self._placed[b.uuid] = b
        self.blocks.apply(change)
        if proposal is not None and (change.annotations_upserted or change.annotations_removed or change.blocks_upserted
                                     or change.blocks_removed):
            self._set_pins(proposal)
        self.update()

    def _set_pins(self, proposal: Proposal) -> None:
        pins = []
        for note in proposal.annotations.values():
            if note.block_uuid is not None:
                block = proposal.blocks.get(note.block_uuid)
                kind = self.catalog.get(block.block_type) if block else None
                if block is None or kind is None:
                    continue
                point = np.array([block.x, block.y, block.z + kind.height * block.scale])
            elif note.point is not None:
                point = np.array(note.point, dtype=float)
            else:
                continue
            label = (note.text or "")[:24]
            pins.append((point, note.sticker or "", label))
        self.overlay.pins = pins
        self.overlay.update()

    # --- ghost and selection ------------------------------------------------------------------
    def show_ghost(self, block: Optional[PlacedBlock], allowed: bool = True) -> None:
        """The block being placed or dragged, tinted green where it fits and red where not."""
        if self._ghost is not None:
            self._ghost.set_instances(np.zeros((0, 5)))
            self._ghost = None
        if block is None:
            self.update()
            return
        ghost = self._ghosts.get(block.block_type)
        if ghost is None:
            kind = self.catalog.get(block.block_type)
            if kind is None or not kind.model:
                return
            ghost = InstancedMesh(*flat_shaded(self._load_model(kind.model)), gl_options="translucent")
            self._ghosts[block.block_type] = ghost
            self.addItem(ghost)
        ghost.set_tint(GHOST_OK if allowed else GHOST_REFUSED)
        ghost.set_instances(np.array([[block.x, block.y, block.z + 0.02, block.yaw, block.scale]]))
        self._ghost = ghost
        self.update()

    def show_selection(self, uuid: Optional[str]) -> None:
        block = self._placed.get(uuid or "")
        kind = self.catalog.get(block.block_type) if block else None
        self.blocks.set_focus({block.uuid} if block is not None and kind is not None else ())
        if block is None or kind is None:
            self._selection.setVisible(False)
            self.update()
            return
        from junior_planner.model.rules import block_corners

        corners = block_corners(block, kind)
        z = block.z + 0.05
        lines = []
        for i in range(4):
            a, b = corners[i], corners[(i + 1) % 4]
            lines += [[a[0], a[1], z], [b[0], b[1], z]]
        self._selection.setData(pos=np.array(lines, dtype=np.float32))
        self._selection.setVisible(True)
        self.update()

    # --- cameras ------------------------------------------------------------------------------
    def look(self, position, target, fov: Optional[float] = None) -> None:
        params = look_at_params(position, target)
        self.setCameraPosition(pos=QVector3D(*params["center"]), distance=params["distance"],
                               elevation=params["elevation"], azimuth=params["azimuth"])
        if fov is not None:
            self.opts["fov"] = fov
        self.update()

    def birds_eye(self) -> None:
        self.mode = "orbit"
        camera = (self.site.cameras.get("birds_eye") if self.site else None) or {"position": [0, -60, 50], "target": [0, 0, 0]}
        self.look(camera["position"], camera["target"], fov=60)

    def top_view(self) -> None:
        """Straight down, the whole site in view whatever the window's shape."""
        self.mode = "orbit"
        lo, hi = (self.site.bounds.min(axis=0), self.site.bounds.max(axis=0)) if self.site else (np.array([-30, -30]), np.array([30, 30]))
        centre = (lo + hi) / 2
        fov = 60.0
        half_h = math.tan(math.radians(fov) / 2)  # pyqtgraph's fov is horizontal
        half_v = half_h * max(self.height(), 1) / max(self.width(), 1)
        distance = 1.06 * max((hi[0] - lo[0]) / 2 / half_h, (hi[1] - lo[1]) / 2 / half_v)
        self.setCameraPosition(pos=QVector3D(float(centre[0]), float(centre[1]), 0.0), distance=float(distance),
                               elevation=90, azimuth=-90)
        self.opts["fov"] = fov
        self.update()

    def child_eye(self, x: float, y: float, heading_deg: float) -> None:
        """Eye 1.0 m above the ground at (x, y), looking level along the heading."""
        self.mode = "child"
        ground = self.ground_height(x, y)
        h = math.radians(heading_deg)
        eye = (x, y, ground + CHILD_EYE_HEIGHT)
        self.look(eye, (x + 5 * math.cos(h), y + 5 * math.sin(h), ground + CHILD_EYE_HEIGHT), fov=75)

    def eye_position(self) -> np.ndarray:
        p = self.cameraPosition()
        return np.array([p.x(), p.y(), p.z()])

    def heading(self) -> float:
        """Degrees counter-clockwise from +x that the camera looks along."""
        return (self.opts["azimuth"] + 180.0) % 360.0

    # --- projection and picking ---------------------------------------------------------------
    def matrices(self) -> tuple[np.ndarray, np.ndarray]:
        w, h = self.deviceWidth(), self.deviceHeight()
        projection = qmatrix_to_numpy(self.projectionMatrix((0, 0, w, h), (0, 0, w, h)))
        return projection, qmatrix_to_numpy(self.viewMatrix())

    def ray(self, x: float, y: float) -> tuple[np.ndarray, np.ndarray]:
        """The world ray through a point in widget (logical) pixels; HiDPI-safe because both the
        point and the size are logical."""
        projection, view = self.matrices()
        return ray_from_pixel(projection, view, x, y, max(self.width(), 1), max(self.height(), 1))

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        projection, view = self.matrices()
        return project_points(projection, view, points, max(self.width(), 1), max(self.height(), 1))

    def ground_height(self, x: float, y: float) -> float:
        if self._ground_index is not None:
            return float(self._ground_index.ground_height(x, y))
        return 0.0

    def pick(self, x: float, y: float, blocks: bool = True) -> Optional[Hit]:
        origin, direction = self.ray(x, y)
        block_hit, block_t = None, float("inf")
        if blocks:
            uuids, centres, yaws, halves = self.blocks.boxes()
            index, block_t = ray_boxes(origin, direction, centres, yaws, halves)
            if index >= 0:
                block_hit = uuids[index]
        ground = None
        if self._ground_index is not None:
            ground = self._ground_index.first_hit(origin, direction)
        if ground is None:
            ground = ray_plane_z(origin, direction, 0.0)
        if block_hit is not None and (ground is None or block_t <= np.linalg.norm(ground - origin) + 1e-6):
            return Hit(origin + direction * block_t, block_hit)
        if ground is None:
            return None
        return Hit(np.asarray(ground, dtype=float), None)

    # --- painting -----------------------------------------------------------------------------
    def paintGL(self) -> None:  # noqa: N802 (Qt name)
        camera = (self.opts["distance"], self.opts["elevation"], self.opts["azimuth"], self.opts["fov"],
                  self.opts["center"].toTuple(), self.width())
        if camera != self._last_camera:
            self._last_camera = camera
            self.blocks.update_detail(self.eye_position(), focal_pixels(self.opts["fov"], self.width()))
            self.overlay.update()
            self.cameraChanged.emit()
        if self.frame_times is None:
            super().paintGL()
            return
        start = time.perf_counter()
        super().paintGL()
        GL.glFinish()  # only with the overlay on: the frame's real cost, GPU (or llvmpipe) included
        self.frame_times.append((time.perf_counter() - start) * 1000.0)
        self.overlay.update()

    def show_frame_times(self, on: bool = True) -> None:
        """The facilitators' overlay: how long each frame takes (green <= 33 ms, yellow <= 100 ms)."""
        self.frame_times = deque(maxlen=30) if on else None
        self.overlay.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())
