#!/usr/bin/env python3
"""Pictures of real sites brought in from other people's files, for the facilitator guide:
docs/images/import-<name>-<view>.png, drawn by the app's own renderer.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/import_screenshots.py

Needs the real-file corpus (tools/test_corpus.py). Each site is imported with
`junior-planner site import`, a few benches are placed on free ground, and `junior-planner render`
draws the view the guide shows (bird's-eye or child's-eye) at 960x600.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".quickstart" / "corpus"
OUT = ROOT / "docs" / "images"
PROGRAM = [sys.executable, "-m", "junior_planner"]
# name -> (file and options, the views the guide shows)
SITES = {
    "helsinki-osm": (["osm/helsinki.osm.pbf", "--name", "Helsinki (OpenStreetMap)"], ("orbit",)),
    "delft-3dbag-cityjson": (["cityjson/3dbag-tile-901.city.jsonl", "--name", "Delft (3D BAG CityJSON)"], ("child",)),
    "khronos-engine-meshopt": (["gltf/2CylinderEngine-meshopt.glb", "--units", "mm", "--name", "Engine (meshopt glTF)"],
                               ("child",)),
}


def cli(env, *args) -> str:
    result = subprocess.run([*PROGRAM, *map(str, args)], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"import_screenshots: {' '.join(map(str, args[:3]))}: {result.stderr.strip()}")
    return result.stdout.strip()


def free_spots(env, site_id: str, count: int = 4) -> list[tuple[float, float]]:
    from shapely.geometry import Point, Polygon
    from shapely.ops import unary_union

    sites = {s["id"]: s for s in json.loads(cli(env, "sites", "--json"))}
    from junior_planner.store import Store

    with Store(Path(env["JUNIOR_PLANNER_DATA"])) as store:
        data = next(d for sid, d, _m in store.imported_sites() if sid == site_id)
    blocked = unary_union([Polygon(z["polygon"]).buffer(2.5) for z in data["zones"]])
    x0, y0 = data["cameras"]["child_eye"]["position"]
    spots = []
    for r in (6, 9, 12, 15, 18, 24, 30):
        for dx, dy in ((r, 0), (0, r), (-r, 0), (0, -r), (r, r), (-r, -r)):
            p = Point(x0 + dx, y0 + dy)
            if not blocked.contains(p) and Polygon(data["bounds"]).contains(p.buffer(4.0)):
                spots.append((p.x, p.y))
    del sites
    return spots[:count]


def main() -> int:
    if not (CORPUS / "manifest.json").is_file():
        raise SystemExit("import_screenshots: run .venv/bin/python tools/test_corpus.py first")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jp-import-shots-") as tmp:
        env = dict(os.environ, JUNIOR_PLANNER_DATA=str(Path(tmp) / "data"))
        for name, ((file, *options), views) in SITES.items():
            site_id = cli(env, "site", "import", CORPUS / file, *options)
            workshop = cli(env, "workshop", "new", "--site", site_id, "--title", name)
            blocks = ["bench", "tree", "slide", "picnic-table"]
            lines = [{"op": "join", "pseudonym": "Owl", "age_band": "9-11"}]
            lines += [{"op": "place", "block": b, "x": x, "y": y} for b, (x, y) in zip(blocks, free_spots(env, site_id))]
            script = Path(tmp) / f"{name}.jsonl"
            script.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
            proposal = cli(env, "replay", "--workshop", workshop, script)
            for view in views:
                out = OUT / f"import-{name}-{view}.png"
                cli(env, "render", proposal, "--view", view, "--out", out, "--size", "960x600")
                print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
