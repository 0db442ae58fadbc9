"""The command line's commands, one module per subject; junior_planner/cli.py builds the parser
and dispatches. Every module stays Qt-free at import time: windows are imported inside commands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


from typing import Sequence

EXIT_USER_ERROR = 2  # a user's mistake: one line on stderr


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _table(rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    widths = [max(_width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [str(c) + " " * (w - _width(str(c))) for c, w in zip(r, widths)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _open_store(args: argparse.Namespace):
    from junior_planner.store import Store
    from junior_planner.store.database import default_data_dir

    return Store(default_data_dir(args.data_dir))
