"""Block thumbnails are rendered from the models with the app's own renderer, and the
committed ones are up to date (run tools/make_thumbnails.py after changing a model)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
from PySide6.QtGui import QImage

from junior_planner import resources
from junior_planner.services import library

pytestmark = pytest.mark.gl


def _tool():
    spec = importlib.util.spec_from_file_location("make_thumbnails", resources.assets_dir().parent / "tools" / "make_thumbnails.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    ptr = image.constBits()
    return np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), [2, 1, 0]].astype(int)  # BGRA in memory -> RGB


def test_every_block_has_both_thumbnail_sizes():
    folder = resources.asset("icons", "blocks")
    for block in library.load_catalog().blocks.values():
        for size in (256, 128):
            image = QImage(str(folder / f"{block.id}-{size}.png"))
            assert not image.isNull(), f"{block.id}-{size}.png is missing"
            assert image.width() == size


def test_committed_thumbnails_match_a_fresh_render(qapp, tmp_path):
    _tool().render_thumbnails(tmp_path)
    folder = resources.asset("icons", "blocks")
    stale = []
    for fresh in sorted(tmp_path.glob("*-256.png")):
        committed = folder / fresh.name
        a, b = _pixels(fresh), _pixels(committed)
        if a.shape != b.shape:
            stale.append(fresh.name)
            continue
        differing = (np.abs(a - b).max(axis=2) > 24).mean()
        if differing > 0.01:
            stale.append(f"{fresh.name} ({differing:.1%} of pixels differ)")
    assert not stale, "out of date; run tools/make_thumbnails.py: " + ", ".join(stale)


def test_a_thumbnail_shows_the_block_not_an_empty_sky(qapp):
    """The renderer really draws: the slide's thumbnail has plenty of red."""
    pixels = _pixels(resources.asset("icons", "blocks", "slide-256.png"))
    red = (pixels[..., 0] > 150) & (pixels[..., 1] < 90) & (pixels[..., 2] < 90)
    assert red.mean() > 0.02
