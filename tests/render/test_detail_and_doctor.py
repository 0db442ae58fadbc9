"""An old computer's settings: the workshop's 3D detail level (the editor draws the site at it),
`junior-planner doctor` (the renderer, measured frame times, a suggested level) and the
facilitators' frame-time overlay. Needs OpenGL: pytest-xvfb runs these under Xvfb (llvmpipe)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from junior_planner.meshes import lod
from junior_planner.render import doctor, snapshot
from junior_planner.services import data_rights, workshops
from junior_planner.services.errors import UserError
from junior_planner.store import Store

pytestmark = pytest.mark.gl
snapshot.share_gl_contexts()


def test_a_workshop_keeps_its_detail_level_and_refuses_an_unknown_one(data_dir):
    with Store(data_dir) as store:
        ws = data_rights.create_workshop(store, "lakeside-park", "Old laptops", detail="low")
        assert store.workshop(ws.id).detail == "low"
        ws = data_rights.edit_workshop(store, store.workshop(ws.id), detail="full")
        assert store.workshop(ws.id).detail == "full"
        with pytest.raises(UserError, match="detail level"):
            data_rights.edit_workshop(store, ws, detail="ultra")
        assert workshops.new_workshop(store, "courtyard", "Default").detail == "normal"


def test_the_cli_sets_the_detail_level(data_dir):
    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "courtyard", "CLI")
    done = subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(data_dir), "workshop", "edit",
                           ws.id[:8], "--detail", "low"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with Store(data_dir) as store:
        assert store.workshop(ws.id).detail == "low"


@pytest.mark.parametrize("level", ["low", "full"])
def test_the_editor_draws_the_site_at_the_workshops_level(qtbot, data_dir, level, monkeypatch, tmp_path):
    from junior_planner.services import library
    from junior_planner.ui.editor.widget import EditorWidget

    monkeypatch.setenv("JUNIOR_PLANNER_CACHE", str(tmp_path / "cache"))
    library.forget_cache()
    with Store(data_dir) as store:
        ws = data_rights.create_workshop(store, "lakeside-park", "Detail", detail=level)
        proposal = workshops.start_proposal(store, ws)
        editor = workshops.open_editor(store, proposal)
        widget = EditorWidget(editor)
        qtbot.addWidget(widget)
        drawn = widget.view._site_item.opts["meshdata"].faceCount()
        full = len(library.site_mesh(editor.site).faces)
        if level == "full":
            assert drawn == full
        else:
            assert drawn <= lod.LOW_TRIANGLES * 1.02 < full
    library.forget_cache()


def test_doctor_measures_every_level_and_suggests_one(qapp):
    found = doctor.measure(frames=3)
    assert found["renderer"] and set(found["frame_ms"]) == set(lod.LEVELS)
    assert all(ms > 0 for ms in found["frame_ms"].values())
    assert found["suggested_detail"] in lod.LEVELS + (None,)
    assert found["software"] == doctor.is_software(found["renderer"])


def test_doctor_suggests_the_finest_smooth_level():
    assert doctor.suggest({"full": 20.0, "normal": 12.0, "low": 8.0}) == "full"
    assert doctor.suggest({"full": 45.0, "normal": 30.0, "low": 8.0}) == "normal"
    assert doctor.suggest({"full": 200.0, "normal": 90.0, "low": 60.0}) == "low"
    assert doctor.suggest({"full": 900.0, "normal": 400.0, "low": 150.0}) is None
    assert doctor.is_software("llvmpipe (LLVM 15.0.6, 256 bits)") and not doctor.is_software("AMD Radeon RX 6600")


def test_the_doctor_command_prints_json_and_sentences(tmp_path):
    env = dict(os.environ, JUNIOR_PLANNER_CACHE=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "junior_planner", "doctor", "--json"], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert set(found["frame_ms"]) == set(lod.LEVELS)
    done = subprocess.run([sys.executable, "-m", "junior_planner", "--lang", "zh_CN", "doctor"], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0 and "3D 绘制" in done.stdout and "建议" in done.stdout


def test_the_frame_time_overlay_measures_frames_when_asked(qtbot, monkeypatch):
    from junior_planner.render import viewport
    from junior_planner.services import library

    monkeypatch.setitem(viewport.FRAME_TIMES, "on", True)
    view = snapshot.make_viewport(library.load_catalog(), (640, 400))
    qtbot.addWidget(view)
    view.set_site(library.sites()["courtyard"], None, None)
    for _ in range(3):
        view.repaint()
    assert view.frame_times is not None and len(view.frame_times) >= 3
    assert all(ms > 0 for ms in view.frame_times)
    view.show_frame_times(False)
    view.repaint()
    assert view.frame_times is None


def test_the_kiosk_says_when_it_is_ready_to_touch(data_dir, tmp_path):
    """benchmarks/startup.py's probe: the real kiosk, started as a facilitator would, writes the
    moment its welcome screen takes touches, then closes itself."""
    import time

    from junior_planner.services.pin import PinGuard

    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "lakeside-park", "Ready")
        PinGuard(store, ws.id).set_pin("2468")
    probe = tmp_path / "ready.txt"
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(data_dir), "kiosk", "--workshop",
                           ws.id, "--windowed"], env=dict(os.environ, JUNIOR_PLANNER_STARTUP_PROBE=str(probe)),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ready = float(probe.read_text())
    assert started < ready < time.time()


def test_stand_in_boxes_face_outwards_so_their_back_faces_can_be_skipped():
    """The far-away stand-ins are drawn with back-face culling: every triangle must be wound
    counter-clockwise seen from outside (its normal points away from its box's centre), or a box
    would lose the faces a child sees; and no face lies on the ground facing down."""
    import numpy as np

    from junior_planner.render.proxies import proxy_triangles
    from junior_planner.services import library

    catalog = library.load_catalog()
    for kind in ("tree", "slide", "bench", "street-light", "swing"):
        asset = snapshot._block_model(catalog.get(kind).model)
        ground = float(np.asarray(asset.vertices)[:, 2].min())
        for triangles, _colours in (proxy_triangles(asset),):
            sizes = {10: [10], 12: [12], 22: [10, 12]}[len(triangles)]  # boxes: 10 on the ground, 12 above
            at = 0
            for size in sizes:
                box = triangles[at:at + size]
                at += size
                normals = np.cross(box[:, 1] - box[:, 0], box[:, 2] - box[:, 0])
                outward = np.einsum("ij,ij->i", normals, box.mean(axis=1) - box.reshape(-1, 3).mean(axis=0))
                assert (outward > 0).all(), kind
            facing_down = (np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])[:, 2] < 0)
            assert not (facing_down & np.isclose(triangles[:, :, 2].max(axis=1), ground)).any(), kind
