"""The kiosk fits every screen a school has: at 1024x600, 1280x800 and 1920x1080, in both
languages and at 200 % scale, no screen or dialog needs more room than the screen, no text is
cut short, nothing scrolls sideways and every button is finger-sized (tests/ui/kiosk/fit.py
measures it from the widgets). Full screen fills the screen also without a window manager."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from junior_planner.services import workshops
from junior_planner.services.pin import PinGuard
from junior_planner.store import Store
from tests.ui.kiosk.fit import SCREENS, problems, walk_kiosk

ROOT = Path(__file__).resolve().parents[3]
SIZES = [(1024, 600), (1280, 800), (1920, 1080)]


@pytest.fixture(scope="module")
def school_gate(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fit") / "data")
    workshop = workshops.new_workshop(store, "school-gate", "Fit", budget=60)
    PinGuard(store, workshop.id).set_pin("2468")
    yield store, workshop
    store.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width, height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_kiosk_screen_fits(qtbot, school_gate, width, height, lang):
    store, workshop = school_gate
    seen, found = [], []
    for screen, window in walk_kiosk(store, workshop, width, height, lang):
        seen.append(screen)
        found += [f"{screen}: {p}" for p in problems(window, width, height)]
    assert seen == list(SCREENS)
    assert found == []


def test_the_measure_sees_a_screen_too_small(qtbot, school_gate):
    """The same walk on an 800x480 screen finds what does not fit (the check can fail)."""
    store, workshop = school_gate
    found = [p for _screen, window in walk_kiosk(store, workshop, 800, 480, "en") for p in problems(window, 800, 480)]
    assert any("needs" in p for p in found)


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is installed by ./quickstart.sh test")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_kiosk_screen_fits_at_200_percent(lang):
    """A 2048x1200 screen at 200 % scale: the kiosk lays out in 1024x600 logical pixels with
    twice the font pixels; run in a process of its own with QT_SCALE_FACTOR=2."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 2048x1200x24", sys.executable, "-m",
                             "tests.ui.kiosk.fit", "1024", "600", lang],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    found = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert found == []


@pytest.mark.skipif(not shutil.which("xwininfo"), reason="xwininfo (x11-utils) is installed by ./quickstart.sh test")
def test_full_screen_fills_a_bare_x_screen(qtbot, school_gate):
    """Under a bare X server with no window manager (a kiosk started with xinit; the tests' Xvfb
    is one), the kiosk covers the whole screen, as the X server itself reports it."""
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.ui import running
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow

    store, workshop = school_gate
    window = KioskWindow(store, KioskSession(store, workshop), sounds=SoundPlayer(enabled=False), site_picture=False)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "allow_close", True))
    running.show(window, windowed=False)
    running.settle(0.5)
    screen = window.screen().geometry()
    info = subprocess.run(["xwininfo", "-id", str(int(window.winId()))], capture_output=True, text=True).stdout
    fields = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line)
    try:
        assert (int(fields["Absolute upper-left X"]), int(fields["Absolute upper-left Y"])) == (0, 0)
        assert (int(fields["Width"]), int(fields["Height"])) == (screen.width(), screen.height())
    finally:
        window.allow_close = True
        window.close()


def _cage_command() -> list[str] | None:
    """How to start cage here: as it is for a normal user; as root (CI) inside a user namespace
    that maps us to an ordinary uid, since cage refuses to run as root. None if it cannot run."""
    if not (shutil.which("cage") and shutil.which("Xwayland")):
        return None
    if os.geteuid() != 0:
        return ["cage", "--"]
    probe = subprocess.run(["unshare", "--user", "--map-user=1000", "--map-group=1000", "true"],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    return ["unshare", "--user", "--map-user=1000", "--map-group=1000", "cage", "--"]


@pytest.mark.skipif(_cage_command() is None,
                    reason="cage and Xwayland (installed by ./quickstart.sh test) or user namespaces are missing")
def test_full_screen_fills_a_wayland_kiosk_compositor(tmp_path):
    """Under cage, the Wayland kiosk compositor many single-app kiosks use, with Qt on its native
    Wayland platform: the kiosk covers the whole output, with no window decoration around it (no
    title bar or close button a child could reach). cage runs headless (wlroots' headless
    backend, software rendering), as Qt's own report says."""
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    out = tmp_path / "probe.json"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), WLR_BACKENDS="headless", WLR_LIBINPUT_NO_DEVICES="1",
               WLR_RENDERER="pixman", QT_QPA_PLATFORM="wayland", PYTHONPATH=str(ROOT))
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    inner = f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -m tests.ui.kiosk.fullscreen_probe " \
            f"{shlex.quote(str(out))} > {shlex.quote(str(tmp_path / 'probe.log'))} 2>&1"
    result = subprocess.run(_cage_command() + ["sh", "-c", inner], env=env, capture_output=True, text=True,
                            timeout=180)
    log = (tmp_path / "probe.log").read_text() if (tmp_path / "probe.log").exists() else ""
    assert out.exists(), f"the kiosk did not report from inside cage:\n{result.stderr[-1500:]}\n{log[-1500:]}"
    seen = json.loads(out.read_text())
    assert seen["platform"] == "wayland"
    width, height = seen["screen"]
    assert seen["window"] == [0, 0, width, height], seen
    assert seen["frame"] == seen["window"], f"a window decoration surrounds the kiosk: {seen}"
