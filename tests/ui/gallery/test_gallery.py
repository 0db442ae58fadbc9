"""The end-of-workshop gallery: only the workshop's finished designs, in the order they were
finished; next/previous by buttons and keys; a walk at a child's eye height (1.0 m) that moves
over time and never goes through a block, building, tree or water or beyond its region."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from junior_planner import i18n
from junior_planner.render.qtapp import share_gl_contexts
from junior_planner.services import library
from junior_planner.services.sheet import submitted_proposals
from junior_planner.services.walk_path import REGION_MARGIN, FlightPath, Obstacles
from tests.ui.gallery.scripts import school_gate_workshop

share_gl_contexts()


@pytest.fixture
def workshop(data_dir):
    store, ws, proposals, other = school_gate_workshop(data_dir)
    yield store, ws, proposals, other
    store.close()


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def gallery(qtbot, workshop):
    from junior_planner.ui.gallery.window import GalleryWindow

    store, ws, proposals, _other = workshop
    clock = FakeClock()
    window = GalleryWindow(store, ws.id, clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.timer.stop()  # the tests move the clock themselves
    return window, clock, proposals


def test_only_the_workshops_submitted_proposals_in_the_order_they_were_finished(workshop):
    store, ws, (first, draft, second), other = workshop
    shown = [p.id for p in submitted_proposals(store, ws.id)]
    assert shown == [first.id, second.id]
    assert draft.id not in shown and other.id not in shown


@pytest.mark.gl
def test_the_window_shows_the_finished_designs_with_their_story(gallery):
    window, _clock, (first, _draft, second) = gallery
    assert [p.id for p in window.proposals] == [first.id, second.id]
    assert window.panel.title.text() == "Slide street"
    assert window.counter.text() == "1 of 2"
    texts = " ".join(label.text() for label in window.panel.findChildren(type(window.counter)))
    assert "Red Tiger" in texts and "I love it" in texts and "for little kids" in texts
    assert "the slide is for everyone" in texts


@pytest.mark.gl
def test_next_previous_buttons_and_keys_move(qtbot, gallery):
    window, _clock, (first, _draft, second) = gallery
    assert not window.previous_button.isEnabled() and window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current.id == second.id and window.panel.title.text() == "安全上学路"
    assert not window.next_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # already at the last: stays
    assert window.current.id == second.id
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current.id == first.id
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a presentation clicker
    assert window.current.id == second.id
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.current.id == first.id
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.index == 0


@pytest.mark.gl
def test_the_camera_walks_over_time_at_a_childs_eye_height(qtbot, gallery):
    window, clock, _proposals = gallery
    view = window.viewport
    assert view.site.id == "school-gate"
    eyes = []
    for step in range(0, 61):  # 30 seconds, every half second, through the timer's own path
        clock.now = 100.0 + step * 0.5
        window.tick()
        eye = view.eye_position()
        assert eye[2] - view.ground_height(eye[0], eye[1]) == pytest.approx(1.0, abs=1e-3)
        eyes.append(eye)
    eyes = np.array(eyes)
    steps = np.hypot(*np.diff(eyes[:, :2], axis=0).T)
    assert steps[4:].min() > 0.05  # after the first second it keeps walking
    assert steps.max() < 3.0  # slowly: never more than 3 m in half a second
    assert np.hypot(*(eyes[-1, :2] - eyes[0, :2])) > 2.0
    headings = set(round(h) for h in [window.viewport.heading()])
    assert headings


@pytest.mark.gl
def test_the_timer_drives_the_walk(qtbot, workshop):
    from junior_planner.ui.gallery.window import GalleryWindow

    store, ws, _proposals, _other = workshop
    window = GalleryWindow(store, ws.id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.timer.isActive()
    before = window.viewport.eye_position()
    qtbot.wait(1500)
    assert np.hypot(*(window.viewport.eye_position()[:2] - before[:2])) > 0.1
    window.close()
    assert not window.timer.isActive()


@pytest.mark.parametrize("index", [0, 2])
def test_the_walk_never_goes_through_things_or_beyond_its_region(workshop, index):
    store, _ws, proposals, _other = workshop
    proposal = store.proposal(proposals[index].id)
    site = library.site("school-gate")
    catalog = library.load_catalog()
    flight = FlightPath(site, proposal, catalog)
    assert 20.0 <= flight.duration <= 30.0
    samples = np.array([flight.pose(t)[0] for t in np.arange(0.0, 45.0, 0.1)])
    obstacles = Obstacles(site, proposal, catalog, clearance=0.5)
    assert not obstacles.blocked(samples[1:]).any()
    from junior_planner.model.rules import block_corners

    corners = np.vstack([block_corners(b, catalog.get(b.block_type)) for b in proposal.blocks.values()]
                        + [np.array([flight.start])])
    lo, hi = corners.min(axis=0) - REGION_MARGIN - 1e-6, corners.max(axis=0) + REGION_MARGIN + 1e-6
    assert (samples >= lo).all() and (samples <= hi).all()
    assert np.allclose(samples[0], flight.start)


@pytest.mark.gl
def test_chinese_gallery(qtbot, workshop):
    from junior_planner.ui.gallery.window import GalleryWindow

    i18n.set_language("zh_CN")
    store, ws, _proposals, _other = workshop
    window = GalleryWindow(store, ws.id)
    qtbot.addWidget(window)
    texts = " ".join(label.text() for label in window.findChildren(type(window.counter)))
    assert "红色老虎" in texts  # "Red Tiger", typed in a script, shown in Chinese
    assert "我超爱" in texts or "喜欢" in texts
    assert "Next" not in window.next_button.text()


def test_an_empty_workshop_says_so(qtbot, data_dir):
    from junior_planner.services import workshops
    from junior_planner.store import Store
    from junior_planner.ui.gallery.window import GalleryWindow

    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "school-gate", "Nobody came")
        window = GalleryWindow(store, ws.id)
        qtbot.addWidget(window)
        assert window.proposals == [] and window.viewport is None
        assert window.empty.text() == "No finished designs yet"
        window.next()
        window.previous()
