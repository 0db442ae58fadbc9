"""A compressed kiosk day (issue 9, item 5), through tools/kiosk_day.py: children one after another
at one kiosk (KioskSession start -> edits -> finish; midway, idle -> leave_for_later -> resume), frames drawn by a
hidden SiteViewport, exports along the way. Resident memory may grow at most 10 % after the warm-up,
no file descriptor may leak, the store stays intact.

Default: 2,000 edits, 20 children (each walks away once), 500 frames, an export every 400 edits.
JP_LONG=1: the full day (50,000 edits, 200 children, 20,000 frames, 200 idle returns, 8 hourly
exports); the same as `xvfb-run -a .venv/bin/python tools/kiosk_day.py`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.gl,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self")]

LONG = os.environ.get("JP_LONG") == "1"
TOOL = Path(__file__).resolve().parents[2] / "tools" / "kiosk_day.py"


def _tool():
    spec = importlib.util.spec_from_file_location("kiosk_day", TOOL)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_kiosk_day(qapp, tmp_path: Path) -> None:
    tool = _tool()
    if LONG:
        p = dict(tool.FULL)
        figures = tool.run(p["edits"], p["children"], p["frames"], p["idle"], p["export_every"], tmp_path / "data")
    else:
        figures = tool.run(2000, 20, 500, 20, 400, tmp_path / "data")
    print("\nkiosk-day: " + json.dumps(figures))
    assert figures["integrity"] == ["ok"]
    assert figures["edits"] == (50_000 if LONG else 2000)
    assert figures["idle_returns"] == (200 if LONG else 20)
    assert figures["frames"] == (20_000 if LONG else 500), "no display: run under xvfb"
    assert figures["rss_growth"] <= 0.10, figures
    assert figures["fds_end"] <= figures["fds_warm"], figures
    # the kept proposals: every group had consent on file, idle ones stay as drafts
    assert figures["finished"] == figures["proposals_kept"] == (200 if LONG else 20)
