"""Builders for the exchange tests: workshops made with edit scripts (services.replay), bundles
exported from them, and zips rebuilt member by member (to make hostile variants)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Mapping, Optional

from junior_planner import resources
from junior_planner.services import bundle, workshops
from junior_planner.services.replay import Replay
from junior_planner.store import Store

SCRIPTS = sorted(resources.asset("demo").glob("*.jsonl"))
EXTRA = [
    {"op": "join", "pseudonym": "Quiet Owl", "age_band": "12-14", "avatar": "owl"},
    {"op": "place", "block": "tree", "x": -12.0, "y": -12.0, "as": "t"},
    {"op": "place", "block": "bench", "x": -14.0, "y": -6.0, "yaw": 30, "as": "b"},
    {"op": "annotate", "target": "t", "sticker": "idea", "reasons": ["more-shade"], "text": "=1+1 shade 树荫"},
    {"op": "annotate", "at": [-10.0, -3.0], "sticker": "worry", "text": "too dark at night"},
]
PSEUDONYMS = ("Red Tiger", "Blue Fox", "Green Panda", "Quiet Owl")


def make_workshop(store: Store, site: str, title: str = "Our park 我们的公园"):
    ws = workshops.new_workshop(store, site, title, budget=200)
    for script in SCRIPTS:
        with open(script, "rb") as fh:
            Replay(store, ws).run(fh)
    Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(line) for line in EXTRA).encode()))
    return ws


def export(store: Store, ws, out: Path, **kwargs) -> Path:
    bundle.export_bundle(store, ws, out, **kwargs)
    return out


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(path: Path, content: Mapping[str, bytes], manifest: Optional[dict] = None, fix_checksums: bool = True,
          infos: Optional[Mapping[str, zipfile.ZipInfo]] = None) -> Path:
    """Write `content` as a zip; the manifest's file list is recomputed unless told otherwise, so
    a test's one deliberate fault is the only one."""
    content = dict(content)
    if manifest is None:
        manifest = json.loads(content["manifest.json"])
    if fix_checksums:
        manifest["files"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                             for n, d in sorted(content.items()) if n != "manifest.json"}
    content["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr((infos or {}).get(name, name), data)
    return path
