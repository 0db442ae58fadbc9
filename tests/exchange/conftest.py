from __future__ import annotations

import pytest

from junior_planner.store import Store

from tests.exchange.helpers import export, make_workshop


@pytest.fixture
def lawn(tmp_path):
    """A store with a practice-lawn workshop of three scripted proposals, and its bundle."""
    store = Store(tmp_path / "source")
    ws = make_workshop(store, "practice-lawn")
    path = export(store, ws, tmp_path / "lawn.jpbundle", history=True)
    yield store, ws, path
    store.close()
