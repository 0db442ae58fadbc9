"""Keeps every test away from the user's real data and settings (Mu's habit)."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest

from junior_planner.render.qtapp import share_gl_contexts

share_gl_contexts()  # before pytest-qt makes the QApplication

from junior_planner import i18n


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("JUNIOR_PLANNER_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("JUNIOR_PLANNER_LANG", raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"
