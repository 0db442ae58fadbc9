"""A scripted school-gate workshop for the gallery and sheet tests: three groups, two of them
finished, and a finished design in another workshop that must never show up."""

from __future__ import annotations

import io
import json
from pathlib import Path

from junior_planner.services import workshops
from junior_planner.services.replay import Replay
from junior_planner.store import Store

FIRST = [
    {"op": "join", "pseudonym": "Red Tiger", "age_band": "6-8", "avatar": "tiger"},
    {"op": "place", "block": "slide", "x": 6.0, "y": 4.0, "yaw": 90, "as": "s"},
    {"op": "place", "block": "bench", "x": -6.0, "y": 2.0, "as": "b"},
    {"op": "place", "block": "tree", "x": -10.0, "y": 8.0},
    {"op": "annotate", "target": "s", "sticker": "love", "reasons": ["for-little-kids", "play-together"],
     "text": "the slide is for everyone"},
    {"op": "submit", "title": "Slide street", "favourite": "s"},
]
DRAFT = [
    {"op": "join", "pseudonym": "blue-owl", "age_band": "9-11", "avatar": "owl"},
    {"op": "place", "block": "bench", "x": 2.0, "y": 10.0},
]
SECOND = [
    {"op": "join", "pseudonym": "green-panda", "age_band": "9-11", "avatar": "panda"},
    {"op": "join", "pseudonym": "pink-rabbit", "age_band": "6-8", "avatar": "rabbit"},
    {"op": "place", "block": "crossing", "x": 0.0, "y": -10.0, "as": "c"},
    {"op": "place", "block": "street-light", "x": 4.0, "y": -12.0},
    {"op": "annotate", "target": "c", "sticker": "unsafe", "reasons": ["safe-crossing", "more-light"],
     "text": "过马路要安全"},
    {"op": "submit", "title": "安全上学路", "favourite": "c"},
]


def run(store: Store, workshop, lines: list[dict]):
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8")
    return Replay(store, workshop).run(io.BytesIO(data))


def school_gate_workshop(data_dir: Path):
    """(store, workshop, [first, draft, second] proposals, other workshop's proposal)."""
    store = Store(data_dir)
    ws = workshops.new_workshop(store, "school-gate", "Our school gate")
    first, draft, second = (run(store, ws, lines) for lines in (FIRST, DRAFT, SECOND))
    other_ws = workshops.new_workshop(store, "school-gate", "Another day")
    other = run(store, other_ws, FIRST)
    return store, ws, [first, draft, second], other
