"""`junior-planner doctor`: is this computer ready for a workshop? Which GL renderer Qt gets, how
long a frame of the demo site takes at each detail level in a 1280x800 view, and which detail level
to set, so a facilitator knows before the children arrive."""

from __future__ import annotations

import platform
import statistics
import time
from typing import Optional

SITE = "lakeside-park"  # the largest bundled site: the demo workshop's
SIZE = (1280, 800)
SMOOTH_MS = 33.0  # 30 frames a second
USABLE_MS = 100.0  # a drag still follows the finger
SOFTWARE = ("llvmpipe", "softpipe", "swrast", "swiftshader", "software", "microsoft basic render")


def measure(frames: int = 9) -> dict:
    """GL renderer and frame times (median ms) of the demo site at each detail level."""
    from OpenGL import GL
    from PySide6 import __version__ as pyside_version

    from junior_planner.meshes import lod
    from junior_planner.render import snapshot
    from junior_planner.render.offscreen import mesh_item
    from junior_planner.render.qtapp import application
    from junior_planner.services.library import Library

    application()
    shelf = Library.of()
    site = shelf.site(SITE) or next(iter(shelf.sites().values()))
    view = snapshot.make_viewport(shelf.catalog, SIZE)
    view.set_site(site, None, None)
    view.birds_eye()
    view.removeItem(view._site_item)
    view.makeCurrent()
    renderer = GL.glGetString(GL.GL_RENDERER).decode(errors="replace")
    version = GL.glGetString(GL.GL_VERSION).decode(errors="replace")

    frame_ms = {}
    for level in lod.LEVELS:
        mesh = shelf.site_mesh_to_draw(site, level)
        item = mesh_item(mesh) if mesh is not None else None
        if item is not None:
            view.addItem(item)
        time_frame(view)
        time_frame(view)  # the upload
        frame_ms[level] = round(statistics.median(time_frame(view) for _ in range(frames)), 1)
        if item is not None:
            view.removeItem(item)
    view.close()
    return {"renderer": renderer, "gl_version": version, "software": is_software(renderer),
            "site": site.id, "size": list(SIZE), "frame_ms": frame_ms, "suggested_detail": suggest(frame_ms),
            "python": platform.python_version(), "pyside6": pyside_version, "system": platform.platform()}


def is_software(renderer: str) -> bool:
    return any(word in renderer.lower() for word in SOFTWARE)


def suggest(frame_ms: dict) -> Optional[str]:
    """The finest level that draws smoothly; else the fastest usable one; None if none is usable."""
    for level in ("full", "normal", "low"):
        if frame_ms.get(level, float("inf")) <= SMOOTH_MS:
            return level
    if frame_ms.get("low", float("inf")) <= USABLE_MS:
        return "low"
    return None


def time_frame(view) -> float:
    """One frame of a GL view, painted and finished (GPU or llvmpipe included), in milliseconds:
    how doctor and the benchmarks time a frame."""
    from OpenGL import GL

    start = time.perf_counter()
    view.repaint()
    view.makeCurrent()
    GL.glFinish()
    return (time.perf_counter() - start) * 1000.0

