"""A child who cannot type finishes a design by touch alone: welcome to a submitted proposal with
two blocks and one "why" note in at most 12 taps, on a 1024x600 tablet, in both languages (the
real 3D editor; benchmarks/kiosk_flow.py prints the same figures)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from junior_planner.store import Store

ROOT = Path(__file__).resolve().parents[3]


def _flow():
    spec = importlib.util.spec_from_file_location("kiosk_flow", ROOT / "benchmarks" / "kiosk_flow.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_design_with_two_blocks_and_a_note_takes_at_most_twelve_taps(qtbot, tmp_path, lang):
    flow = _flow()
    with Store(tmp_path / "data") as store:
        figures = flow.run_flow(store, flow.make_workshop(store), 1024, 600, lang)
    assert figures["status"] == "submitted" and figures["blocks"] == 2 and figures["notes"] == 1
    assert figures["taps"] <= flow.TARGET_TAPS == 12, figures["steps"]
    assert figures["screens"] == ["welcome", "who", "build", "why", "build", "finish", "thanks"]
