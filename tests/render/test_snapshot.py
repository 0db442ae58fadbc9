"""`junior-planner render`: a PNG of the requested size for every view, really of the proposal;
one line and exit code 2 for every mistake (bad size, unknown proposal, no display)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from junior_planner.cli import main
from junior_planner.model.commands import PlaceBlock
from junior_planner.render import snapshot
from tests.helpers import block, make_editor

pytestmark = pytest.mark.gl

snapshot.share_gl_contexts()  # before pytest-qt's QApplication: every GL view shares shaders

ROOT = Path(__file__).resolve().parents[2]


def pixels_of(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), f"{path} is not a picture"
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return data[:, : image.width(), [2, 1, 0]].astype(int)


def red(pixels: np.ndarray) -> np.ndarray:
    """Reddish: the slide's full model is bright red, its far-away stand-in a shaded brick red."""
    return (pixels[..., 0] > 120) & (pixels[..., 0] > pixels[..., 1] + 50) & (pixels[..., 0] > pixels[..., 2] + 50)


def make_proposal(data_dir: Path, site: str, blocks=()) -> str:
    store, editor = make_editor(data_dir, site=site)
    try:
        for b in blocks:
            editor.execute(PlaceBlock(block=b))
        return editor.proposal.id
    finally:
        store.close()


def render(capsys, *args):
    code = main(["render", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("site", ["practice-lawn", "lakeside-park"])
def test_every_view_writes_a_png_of_the_requested_size(qapp, capsys, tmp_path, data_dir, site):
    proposal = make_proposal(data_dir, site, [block("slide", x=1.0, y=2.0, yaw=30.0), block("bench", x=-4.0, y=-3.0)])
    for view, size in (("top", (480, 300)), ("child", (320, 240)), ("orbit", (257, 130))):
        out = tmp_path / f"{site}-{view}.png"
        code, stdout, err = render(capsys, proposal[:8], "--view", view, "--out", out, "--size", f"{size[0]}x{size[1]}")
        assert code == 0, err
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        pixels = pixels_of(out)
        assert pixels.shape[:2] == (size[1], size[0])
        assert pixels.std() > 10, f"{view} of {site} is a blank picture"


def test_the_default_size_is_1280x800(qapp, capsys, tmp_path, data_dir):
    proposal = make_proposal(data_dir, "practice-lawn")
    out = tmp_path / "default.png"
    code, _out, err = render(capsys, proposal, "--out", out)
    assert code == 0, err
    assert pixels_of(out).shape[:2] == (800, 1280)


@pytest.mark.parametrize("site", ["practice-lawn", "lakeside-park"])
def test_the_top_view_is_a_picture_of_the_proposal(qapp, capsys, tmp_path, data_dir, site):
    """A big red slide near the centre of the site shows as red pixels near the picture's centre;
    the same site without it has (almost) none there."""
    with_slide = make_proposal(data_dir, site, [block("slide", x=1.0, y=1.5, yaw=90.0)])
    without = make_proposal(data_dir / "other", site)
    middles = {}
    for name, proposal, data in (("with", with_slide, data_dir), ("without", without, data_dir / "other")):
        out = tmp_path / f"{name}.png"
        code = main(["--data-dir", str(data), "render", proposal, "--view", "top", "--out", str(out), "--size", "640x400"])
        assert code == 0, capsys.readouterr().err
        pixels = pixels_of(out)
        middles[name] = red(pixels[140:260, 240:400])  # the middle fifth of the picture
    # (the slide is drawn as its model, however small: its red chute, not a red box's area)
    assert middles["with"].sum() >= 20, "no red slide near the centre of the top view"
    assert middles["without"].sum() < 5


def test_the_top_view_shows_the_whole_site(qapp, capsys, tmp_path, data_dir):
    """The straight-down picture shows every edge of the lawn: sky on all four sides."""
    proposal = make_proposal(data_dir, "practice-lawn")
    out = tmp_path / "top.png"
    assert render(capsys, proposal, "--view", "top", "--out", out, "--size", "1280x800")[0] == 0
    pixels = pixels_of(out)
    sky = np.array([178, 214, 240])
    for edge in (pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]):
        assert (np.abs(edge - sky).max(axis=1) < 12).mean() > 0.95


@pytest.mark.parametrize("size", ["0x100", "63x800", "1280x8193", "100", "1280x800x2", "wide", "-5x100", "12.5x100"])
def test_bad_sizes_say_so_in_one_line(capsys, tmp_path, data_dir, size):
    proposal = make_proposal(data_dir, "practice-lawn")
    code, out, err = render(capsys, proposal, "--out", tmp_path / "x.png", f"--size={size}")
    assert code == 2
    assert out == "" and err.count("\n") == 1 and err.startswith("junior-planner: ") and "size" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("args", [
    ["deadbeef", "--out", "{tmp}/x.png"],                      # no such proposal
    ["abc", "--out", "{tmp}/x.png"],                           # too short an id
    ["{proposal}", "--out", "{tmp}/no-such-folder/x.png"],     # nowhere to write
    ["{proposal}", "--view", "sideways", "--out", "{tmp}/x.png"],
    ["{proposal}"],                                            # --out missing
])
def test_mistakes_give_one_line_and_exit_2(capsys, tmp_path, data_dir, args):
    proposal = make_proposal(data_dir, "practice-lawn")
    args = [a.format(tmp=tmp_path, proposal=proposal) for a in args]
    code, out, err = render(capsys, *args)
    assert code == 2
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("env_change", [{"DISPLAY": None, "WAYLAND_DISPLAY": None},
                                        {"QT_QPA_PLATFORM": "offscreen"},
                                        {"DISPLAY": ":4321", "WAYLAND_DISPLAY": None}])
def test_without_a_display_it_says_so_in_one_line(tmp_path, data_dir, env_change):
    proposal = make_proposal(data_dir, "practice-lawn")
    env = dict(os.environ, JUNIOR_PLANNER_DATA=str(data_dir))
    env.pop("QT_QPA_PLATFORM", None)
    for key, value in env_change.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    result = subprocess.run([sys.executable, "-m", "junior_planner", "render", proposal, "--out", str(tmp_path / "x.png")],
                            capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert "display" in result.stderr.lower()
    assert not (tmp_path / "x.png").exists()


def test_render_proposal_returns_an_image_of_the_asked_size(qapp, data_dir):
    from junior_planner.services import library, workshops
    from junior_planner.store import Store

    proposal_id = make_proposal(data_dir, "practice-lawn", [block("tree", x=0.0, y=0.0)])
    with Store(data_dir) as store:
        proposal = workshops.find_proposal(store, proposal_id)
    image = snapshot.render_proposal(proposal, library.sites()["practice-lawn"], library.load_catalog(), "child", (200, 120))
    assert (image.width(), image.height()) == (200, 120)
    with pytest.raises(ValueError):
        snapshot.render_proposal(proposal, library.sites()["practice-lawn"], library.load_catalog(), "sideways")
