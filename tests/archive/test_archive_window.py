"""The review window on the city archive: opened off the GUI thread, the table, a proposal in 3D
read from the database, the Patterns tab computed there."""

from __future__ import annotations

import pytest

from junior_planner.services import archive
from junior_planner.services.archive_review import Scope
from tests.review.helpers import check_lawn_patterns, review_window

pytestmark = pytest.mark.gl


@pytest.fixture
def window(qtbot, tmp_path):
    yield from review_window(qtbot, tmp_path)


def test_the_window_reviews_the_city_archive(qtbot, window, city, lawn_bundles, monkeypatch):
    archive.publish(city(), lawn_bundles)
    window.open_archive(city("ana_planner"), Scope(site="practice-lawn"))
    qtbot.waitUntil(lambda: not window.loader.busy and len(window.corpus) == 4, timeout=30_000)
    assert "city archive" in window.windowTitle() and "practice-lawn" in window.windowTitle()
    assert window.model.rowCount() == 4 and not window.open_action.isEnabled()
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=10_000)
    assert window.detail.record.doc["blocks"]          # read from the database when shown
    check_lawn_patterns(window)
    window.band_box.setCurrentIndex(0)
    window.compare_selected()   # two proposals side by side, both read from the database
    assert window.tabs.currentWidget() is window.compare
    assert all("blocks" in label.text() for label in window.compare.labels)


def test_an_archive_that_cannot_be_opened_says_why(qtbot, window, empty_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()) or 0)
    window.open_archive(empty_db, Scope())
    qtbot.waitUntil(lambda: not window.loader.busy and bool(said), timeout=30_000)
    assert "archive init" in window.statusBar().currentMessage() and window.open_action.isEnabled()
