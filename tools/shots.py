"""What the screenshot tools share: their command line (--out, sometimes --site), one Qt
application, the output folder made, and letting a window settle before it is grabbed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def start(doc: str, argv=None, site: str | None = None):
    """Parse `--out DIR` (default docs/images) and, when `site` is given, `--site ID`; make the
    folder and the application. Returns (args, app)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    if site is not None:
        parser.add_argument("--site", default=site)
    args = parser.parse_args(argv)
    from junior_planner.render.qtapp import application

    app = application()
    args.out.mkdir(parents=True, exist_ok=True)
    return args, app


def settle(app, rounds: int = 5, seconds: float = 0.0) -> None:
    """Let queued paints and layouts run: `rounds` passes, or for `seconds` when given."""
    deadline = time.monotonic() + seconds
    for _ in range(rounds):
        app.processEvents()
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(widget, path: Path) -> None:
    widget.grab().save(str(path))
    path = Path(path).resolve()
    print("saved", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
