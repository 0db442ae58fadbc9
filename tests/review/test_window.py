"""The review window: bundles load in a QThread (the window keeps answering), the table and
filters, a proposal in 3D with its notes, the Patterns tab and its exports, Compare, tags."""

from __future__ import annotations

import pytest

from junior_planner.store.planner import PlannerStore
from tests.review.helpers import check_lawn_patterns, review_window

pytestmark = pytest.mark.gl


@pytest.fixture
def window(qtbot, tmp_path):
    yield from review_window(qtbot, tmp_path)


def _load(qtbot, window, paths):
    window.open_bundles(paths)
    assert window.loader.busy
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: not window.loader.busy and len(window.corpus) > 0, timeout=30_000)


def test_loads_bundles_in_a_thread_and_fills_the_table(qtbot, window, corpus_bundles):
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    _load(qtbot, window, corpus_bundles)
    timer.stop()
    assert ticks, "the event loop kept running while bundles loaded"
    assert window.model.rowCount() == 4
    assert window.count_label.text() == "4 of 4 proposals"
    assert not window.progress.isVisible()
    titles = {window.model.data(window.model.index(r, 0)) for r in range(4)}
    assert titles == {"Shady corner", "More trees", "Swings 秋千", "Green"}


def test_the_first_bundles_show_while_the_rest_still_load(qtbot, window, corpus_bundles, monkeypatch):
    """Opening many bundles: the first one's proposals are in the table, and the first proposal is
    shown, before the loader has read the others (they arrive in pieces)."""
    import threading

    from junior_planner.ui.review import loader

    assert len(corpus_bundles) >= 2
    release = threading.Event()
    real = loader.review.load_bundles
    calls = []

    def slow_after_the_first(paths, corpus):
        calls.append(paths)
        if len(calls) > 1:
            release.wait(20)  # the other bundles wait until the test has looked
        return real(paths, corpus)

    monkeypatch.setattr(loader.review, "load_bundles", slow_after_the_first)
    window.open_bundles(corpus_bundles)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20_000)
    try:
        assert window.loader.busy, "the rows came only when everything was loaded"
        assert window.detail.record is not None and window.table.selectionModel().hasSelection()
        first_rows = window.model.rowCount()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=30_000)
    assert window.model.rowCount() == 4 > first_rows
    assert window.count_label.text() == "4 of 4 proposals"


def test_filters_and_search(qtbot, window, corpus_bundles):
    _load(qtbot, window, corpus_bundles)
    window.band_box.setCurrentIndex(window.band_box.findData("6-8"))
    assert window.model.rowCount() == 2
    window.band_box.setCurrentIndex(0)
    window.search.setText("grandma")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)


def test_a_proposal_opens_in_3d_and_a_note_flies_the_camera(qtbot, window, corpus_bundles):
    _load(qtbot, window, corpus_bundles)
    key = next(r.key for r in window.corpus.records if r.title == "Shady corner")
    window.open_proposal(key)
    detail = window.detail
    assert detail.record.key == key and detail.viewport is not None
    assert len(detail.viewport._placed) == 3
    assert detail.notes.count() == 3          # the whole proposal + two notes
    before = detail.viewport.opts["center"].toTuple()
    detail.notes.setCurrentRow(1)             # the note on the bench at (-4, 2)
    qtbot.waitUntil(lambda: detail.flight.done, timeout=3000)
    centre = detail.viewport.opts["center"]
    assert (round(centre.x()), round(centre.y())) == (-4, 2) and centre.toTuple() != before
    assert not detail.play_button.isVisible()  # no voice in this bundle


def test_planner_tags_go_to_their_own_file(qtbot, window, corpus_bundles, tmp_path):
    _load(qtbot, window, corpus_bundles)
    record = window.corpus.records[0]
    window.open_proposal(record.key)
    window.detail.tag_edit.setText("shade")
    window.detail._add_tag()
    window.detail.notes.setCurrentRow(1)
    window.detail.comment_edit.setPlainText("check this corner")
    window.detail._add_comment()
    assert window.tag_box.findData("shade") > 0
    window.tag_box.setCurrentIndex(window.tag_box.findData("shade"))
    assert window.model.rowCount() == 1
    window.planner.close()
    with PlannerStore(tmp_path / "data") as store:
        assert store.tags(record.key) == ["shade"]
        note = record.doc["annotations"][0]["uuid"]
        assert [c.text for c in store.comments(record.key, note)] == ["check this corner"]
    window.planner = PlannerStore(tmp_path / "data")


def test_patterns_tab_heatmap_hover_and_exports(qtbot, window, corpus_bundles, tmp_path):
    _load(qtbot, window, corpus_bundles)
    check_lawn_patterns(window)
    patterns = window.patterns
    from junior_planner.ui.review.patterns import export_plot

    for plot in (patterns.map_plot, patterns.types_plot, patterns.reasons_plot, patterns.mood_plot):
        for suffix in (".png", ".svg"):
            out = tmp_path / f"plot{id(plot)}{suffix}"
            export_plot(plot, out)
            assert out.stat().st_size > 500
    assert (tmp_path / f"plot{id(patterns.map_plot)}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_compare_keeps_the_cameras_in_step(qtbot, window, corpus_bundles):
    _load(qtbot, window, corpus_bundles)
    keys = [r.key for r in window.corpus.records[:2]]
    window.tabs.setCurrentWidget(window.compare)
    window.compare.show_pair(*keys)
    left, right = window.compare.views
    left.setCameraPosition(distance=33.0, elevation=50.0, azimuth=10.0)
    left.update()
    qtbot.waitUntil(lambda: abs(right.opts["distance"] - 33.0) < 1e-6, timeout=3000)
    assert right.opts["azimuth"] == pytest.approx(10.0)
