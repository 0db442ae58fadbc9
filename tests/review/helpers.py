"""A small scripted corpus for the review tests: two workshops on the practice lawn, made with the
real pipeline (services.replay edit scripts, then services.bundle export without pictures)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from junior_planner.services import bundle, workshops
from junior_planner.services.replay import Replay
from junior_planner.store import Store

# cells of 5 m from the lawn's south-west corner (-30, -30): (-8, 4), (-7, 3) and (-6, 1) all fall
# in column 4, row 6
WORKSHOP_A = [
    [  # P1: a group of two (9-11 and 6-8)
        {"op": "join", "pseudonym": "Blue Fox", "age_band": "9-11"},
        {"op": "join", "pseudonym": "Green Panda", "age_band": "6-8"},
        {"op": "place", "block": "tree", "x": -8.0, "y": 4.0, "as": "t1"},
        {"op": "place", "block": "tree", "x": -2.0, "y": 6.0},
        {"op": "place", "block": "bench", "x": -4.0, "y": 2.0, "as": "b1"},
        {"op": "annotate", "target": "b1", "sticker": "love", "reasons": ["place-to-sit", "more-shade"],
         "text": "for grandma 给奶奶"},
        {"op": "annotate", "at": [8.0, 21.0], "sticker": "worry", "text": "the path is dark"},
        {"op": "submit", "title": "Shady corner", "favourite": "b1"},
    ],
    [  # P2: one child, 12-14
        {"op": "join", "pseudonym": "Quiet Owl", "age_band": "12-14"},
        {"op": "place", "block": "tree", "x": -7.0, "y": 3.0, "as": "t"},
        {"op": "place", "block": "bench", "x": 10.0, "y": -10.0},
        {"op": "annotate", "target": "t", "sticker": "idea", "reasons": ["more-shade"], "text": "shade please"},
        {"op": "annotate", "at": [0.0, 20.5], "sticker": "unsafe", "reasons": ["safe-crossing"]},
        {"op": "submit", "title": "More trees"},
    ],
    [  # P3: one child, 6-8
        {"op": "join", "pseudonym": "Red Tiger", "age_band": "6-8"},
        {"op": "place", "block": "swing", "x": 15.0, "y": 10.0, "as": "s"},
        {"op": "annotate", "target": "s", "sticker": "love", "reasons": ["play-together"], "text": "swing with friends"},
        {"op": "submit", "title": "Swings 秋千"},
    ],
]
WORKSHOP_B = [
    [  # P4: one child, 9-11
        {"op": "join", "pseudonym": "Tall Crane", "age_band": "9-11"},
        {"op": "place", "block": "tree", "x": -6.0, "y": 1.0, "as": "t"},
        {"op": "place", "block": "slide", "x": 12.0, "y": 8.0},
        {"op": "annotate", "target": "t", "sticker": "like", "reasons": ["more-shade", "more-green"]},
        {"op": "submit", "title": "Green"},
    ],
]


def make_bundle(store: Store, scripts, out: Path, title: str, site: str = "practice-lawn", **kwargs) -> Path:
    ws = workshops.new_workshop(store, site, title, budget=200)
    for script in scripts:
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(line) for line in script).encode()))
    bundle.export_bundle(store, ws, out, **kwargs)
    return out


def make_corpus_bundles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    store = Store(folder / "kiosk")
    try:
        a = make_bundle(store, WORKSHOP_A, folder / "a.jpbundle", "Lawn morning 上午")
        b = make_bundle(store, WORKSHOP_B, folder / "b.jpbundle", "Lawn afternoon")
    finally:
        store.close()
    return [a, b]


def review_window(qtbot, tmp_path):
    """The review window at 1280x800, closed afterwards (for `yield from` in a fixture)."""
    from junior_planner.ui.review.window import ReviewWindow

    w = ReviewWindow(tmp_path / "data")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.close()


def check_lawn_patterns(window) -> None:
    """The Patterns tab on the lawn corpus (make_corpus_bundles), from bundles or from the archive:
    three proposals built in column 4, row 6; the sentence; the cell's list; the 6-8 filter."""
    window.tabs.setCurrentWidget(window.patterns)
    patterns = window.patterns
    assert patterns.heatmap is not None and patterns.heatmap.counts[6, 4] == 3
    assert "more shade (3 of 4 proposals)" in patterns.sentence.text()
    patterns._show_cell(4, 6)
    assert patterns.cell_list.count() == 3
    window.band_box.setCurrentIndex(window.band_box.findData("6-8"))
    assert patterns.heatmap.counts[6, 4] == 1
