"""The real-file corpus (tools/test_corpus.py builds it; SOURCES.md says where each file comes
from and under which licence). Without it these tests skip locally and fail in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from junior_planner.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def corpus() -> Path:
    folder = Path(os.environ.get("JP_CORPUS", ROOT / ".quickstart" / "corpus"))
    if not (folder / "manifest.json").is_file():
        message = f"the real-file corpus is missing: run .venv/bin/python tools/test_corpus.py (looked in {folder})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return folder


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def import_site(capsys, *args) -> tuple[dict, str]:
    """`site import ARGS`; returns the site as `sites --json` gives it, and the summary printed."""
    code, out, err = run(capsys, "site", "import", *args)
    assert code == 0, err
    site_id = out.strip()
    code, listing, _ = run(capsys, "sites", "--json")
    return {s["id"]: s for s in json.loads(listing)}[site_id], err


def stored_site(site_id: str) -> dict:
    """The site.json the import stored (zones included)."""
    from junior_planner.store import Store

    with Store(Path(os.environ["JUNIOR_PLANNER_DATA"])) as store:
        return next(data for sid, data, _mesh in store.imported_sites() if sid == site_id)
