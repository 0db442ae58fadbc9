"""Pictures of a proposal on its site (top, child eye, bird's eye), drawn by the editor's own
SiteViewport in a window that is never shown on screen: for `junior-planner render`, exports,
reports and tests.

Needs an OpenGL-capable display (a desktop, or Xvfb with Mesa): Qt's 'offscreen' platform has no
OpenGL widgets. `display_problem()` says in one sentence why no picture can be drawn here, before
Qt is started (Qt aborts the process when it cannot reach a display)."""

from __future__ import annotations

import functools
import os
import sys
from typing import Callable, Optional

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np

from junior_planner.i18n import _
from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Proposal
from junior_planner.model.site import Site

VIEWS = ("top", "child", "orbit")
MIN_SIZE, MAX_SIZE = 64, 8192
PNG_QUALITY = 50  # Qt maps it to zlib level 4 or so: 10x faster than the smallest files, 3 % bigger
TOP_MARGIN = 1.05  # the top view leaves this much room around the site's outline


class RenderError(Exception):
    """No picture can be drawn here (no display, no OpenGL); the message is one sentence."""


def display_problem() -> Optional[str]:
    """Why no OpenGL window can be opened in this process, or None if one probably can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform in ("offscreen", "minimal", "vnc", "linuxfb"):
        return _("pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; "
                 "unset it or run under xvfb-run").format(platform=platform)
    if not sys.platform.startswith("linux") or platform in ("eglfs",):
        return None
    if platform == "wayland" or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return None if os.environ.get("WAYLAND_DISPLAY") else _no_display()
    if not os.environ.get("DISPLAY"):
        return _no_display()
    if not _x_display_reachable():
        return _("cannot reach the display {display}; is the X server running?").format(display=os.environ["DISPLAY"])
    return None


def _no_display() -> str:
    return _("there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: "
             "xvfb-run -a junior-planner render ...")


def _x_display_reachable() -> bool:
    """Qt aborts the whole process when it cannot open the X display, so ask Xlib first."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("X11")
    if not name:
        return True  # cannot tell; let Qt try
    try:
        xlib = ctypes.CDLL(name)
    except OSError:
        return True
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(None)
    if not display:
        return False
    xlib.XCloseDisplay(display)
    return True


def share_gl_contexts() -> None:
    """Call before the QApplication exists. pyqtgraph compiles its shader programs once per
    process, so every GL view after the first draws nothing (GL_INVALID_VALUE) unless all views
    share one OpenGL context group."""
    from PySide6.QtCore import QCoreApplication, Qt

    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)


@functools.lru_cache(maxsize=64)
def _block_model(model: str):
    from junior_planner.meshes.loader import load_file
    from junior_planner.resources import model3d

    return load_file(model3d(model))


def _site_mesh(site: Site):
    """The site's mesh for pictures, made once per process by the Library (an export draws many
    pictures of one site): "normal" detail, which at a picture's size looks the same as the full
    model and draws 2-3x faster."""
    from junior_planner.services.library import Library

    return Library.of().site_mesh_to_draw(site, "normal")


def make_viewport(catalog: Catalog, size: tuple[int, int]):
    """A SiteViewport that is never shown on screen, at `size` (logical pixels), ready to draw."""
    problem = display_problem()
    if problem:
        raise RenderError(problem)
    from PySide6.QtCore import Qt

    from junior_planner.render.viewport import SiteViewport

    from junior_planner.render.qtapp import application

    app = application()
    viewport = SiteViewport(catalog, _block_model)
    viewport.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    viewport.resize(*size)
    viewport.show()
    app.processEvents()
    if viewport.context() is None or not viewport.isValid():
        viewport.close()
        raise RenderError(_("cannot create an OpenGL context on this display"))
    return viewport


def set_scene(viewport, proposal: Proposal, site: Site) -> None:
    """The site's mesh and ground index (uploaded once per viewport and site), and the proposal's
    blocks and pins."""
    from junior_planner.services.library import Library

    if viewport.site is not site:
        viewport.set_site(site, _site_mesh(site), Library.of().ground_index(site))
    viewport.set_proposal(proposal)


def set_view(viewport, site: Site, view: str) -> None:
    if view == "top":
        viewport.top_view()
        fit_top_view(viewport, site)
    elif view == "child":
        start = site.cameras.get("child_eye") or {}
        x, y = start.get("position") or np.mean(site.bounds, axis=0)
        viewport.child_eye(float(x), float(y), float(start.get("heading", 90.0)))
    elif view == "orbit":
        viewport.birds_eye()
    else:
        raise ValueError(f"unknown view {view!r}")


def fit_top_view(viewport, site: Site) -> None:
    """Move the straight-down camera up until the site's whole outline is in the picture
    (pyqtgraph's field of view is horizontal, so a wide picture shows less of the site's
    north-south extent than its east-west one)."""
    width, height = max(viewport.width(), 1), max(viewport.height(), 1)
    tan_half = float(np.tan(np.radians(viewport.opts["fov"]) / 2.0))
    lo, hi = site.bounds.min(axis=0), site.bounds.max(axis=0)
    needed = max((hi[0] - lo[0]) / 2.0, (hi[1] - lo[1]) / 2.0 * width / height) / tan_half * TOP_MARGIN
    if needed > viewport.opts["distance"]:
        viewport.opts["distance"] = float(needed)
        viewport.update()


def _for_pictures(viewport):
    """A picture shows every block as its whole model, however small (up to the 120 biggest on
    screen, which is every block of a child's proposal): planners look at pictures closely, so no
    simplified models, stand-in boxes or dots."""
    viewport.blocks.model_pixels = 0.0
    viewport.blocks.whole_pixels = 0.0
    return viewport


def grab(viewport, size: Optional[tuple[int, int]] = None):
    """The current frame with the pin overlay, as an RGB32 QImage of `size` device pixels."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage, QPainter, QRegion
    from PySide6.QtWidgets import QApplication, QWidget

    viewport.setUpdatesEnabled(False)  # grabFramebuffer paints the frame: no second paint from the queue
    try:
        QApplication.processEvents()
    finally:
        viewport.setUpdatesEnabled(True)
    image = viewport.grabFramebuffer().convertToFormat(QImage.Format.Format_RGB32)
    if viewport.overlay.pins:
        painter = QPainter(image)
        viewport.overlay.render(painter, QPoint(0, 0), QRegion(viewport.overlay.rect()), QWidget.RenderFlag.DrawChildren)
        painter.end()
    if size is not None and (image.width(), image.height()) != tuple(size):
        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(1.0)
    return image


class Snapshotter:
    """Many pictures from one hidden viewport (an export draws two per proposal): the site is
    uploaded to the GPU once, not once per picture."""

    def __init__(self, catalog: Catalog, size: tuple[int, int]):
        self.catalog, self.size = catalog, (int(size[0]), int(size[1]))
        self._viewport = None

    def render(self, proposal: Proposal, site: Site, view: str):
        if view not in VIEWS:
            raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
        if self._viewport is None:
            self._viewport = _for_pictures(make_viewport(self.catalog, self.size))
        set_scene(self._viewport, proposal, site)
        set_view(self._viewport, site, view)
        return grab(self._viewport, self.size)

    def png(self, proposal: Proposal, site: Site, view: str) -> bytes:
        """The picture as PNG bytes (what bundles carry)."""
        return self.png_later(proposal, site, view).result()

    def png_later(self, proposal: Proposal, site: Site, view: str):
        """Draw now (GL lives on this thread), encode the PNG on a worker thread: a Future of the
        bytes, so the next picture is drawn while this one is compressed."""
        return _encoders().submit(encode_png, self.render(proposal, site, view))

    def close(self) -> None:
        if self._viewport is not None:
            self._viewport.close()
            self._viewport.deleteLater()
            self._viewport = None


def render_proposal(proposal: Proposal, site: Site, catalog: Catalog, view: str = "top",
                    size: tuple[int, int] = (1280, 800)):
    """A picture (QImage, `size` pixels) of the proposal's blocks and pins on its site, seen from
    the top (straight down over the whole site), a child's eye (1.0 m above the site's child-eye
    start, looking along its heading) or the site's bird's-eye camera ('orbit')."""
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
    width, height = (int(v) for v in size)
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise ValueError(f"size must be {MIN_SIZE} to {MAX_SIZE} pixels each way, not {width}x{height}")
    viewport = _for_pictures(make_viewport(catalog, (width, height)))
    try:
        set_scene(viewport, proposal, site)
        set_view(viewport, site, view)
        return grab(viewport, (width, height))
    finally:
        viewport.close()
        viewport.deleteLater()


def png_renderer(catalog: Callable[[], Catalog], size: tuple[int, int]):
    """(draw, note) for an export: `draw(proposal, site, view)` gives a Future of PNG bytes, drawn
    at once in one hidden viewport made on first use (the site uploaded once for the whole export)
    and encoded on worker threads; or (None, why) when nothing can be drawn here."""
    problem = display_problem()
    if problem:
        return None, problem
    made: list[Snapshotter] = []

    def draw(proposal: Proposal, site: Site, view: str):
        if not made:
            made.append(Snapshotter(catalog(), size))
        return made[0].png_later(proposal, site, view)  # export_bundle collects the futures

    return draw, ""


_pool: list = []


def _encoders():
    from concurrent.futures import ThreadPoolExecutor

    if not _pool:
        _pool.append(ThreadPoolExecutor(max_workers=2, thread_name_prefix="png"))
    return _pool[0]


def encode_png(image) -> bytes:
    """A QImage as PNG bytes; Qt releases the interpreter while it compresses, so several encode at
    once on worker threads."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    if not ok:
        raise RenderError(_("cannot encode the picture as PNG"))
    return bytes(data.data())
