"""The workshop form brings in a site from a file: the import runs in the background, the
facilitator reads what was found, and the new site is chosen; a bad file is one friendly line."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from junior_planner.store import Store
from junior_planner.ui.facilitator.workshop_form import WorkshopForm

ESTATE = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"height": "18 m", "name": "一号楼"},
     "geometry": {"type": "Polygon", "coordinates": [[[119.6500, 29.0900], [119.6504, 29.0900], [119.6504, 29.0902],
                                                      [119.6500, 29.0902], [119.6500, 29.0900]]]}}]}


def _answers(monkeypatch, path):
    said = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))

    def shown(box):  # instead of a modal loop: note what the box says, and that it says it plainly
        assert box.textFormat() == Qt.TextFormat.PlainText
        said["warning" if box.icon() == QMessageBox.Icon.Warning else "info"] = box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    return said


def test_a_site_imported_from_the_form_is_chosen_and_its_summary_shown(qtbot, data_dir, tmp_path, monkeypatch):
    path = tmp_path / "jinhua-estate.geojson"
    path.write_text(json.dumps(ESTATE, ensure_ascii=False), encoding="utf-8")
    said = _answers(monkeypatch, path)
    with Store(data_dir) as store:
        form = WorkshopForm(store)
        qtbot.addWidget(form)
        assert form.import_button.isVisible() or not form.isVisible()
        qtbot.mouseClick(form.import_button, Qt.MouseButton.LeftButton)
        assert form.site.currentData() == "jinhua-estate"
        assert "1 buildings" in said["info"] and "EPSG:4549" in said["info"]  # Jinhua: Gauss-Kruger CM 120E


def test_a_file_that_cannot_be_used_is_one_line_and_changes_nothing(qtbot, data_dir, tmp_path, monkeypatch):
    path = tmp_path / "notes.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    said = _answers(monkeypatch, path)
    with Store(data_dir) as store:
        form = WorkshopForm(store)
        qtbot.addWidget(form)
        before = form.site.count()
        qtbot.mouseClick(form.import_button, Qt.MouseButton.LeftButton)
        assert "notes.geojson" in said["warning"] and "\n" not in said["warning"].strip()
        assert form.site.count() == before
