"""The web view inside a bundle (issue 19): how much it adds to the bundle, and how soon the first
proposal is drawn after the page is opened. Prints JSON.

    xvfb-run -a .venv/bin/python benchmarks/web_view.py [--opens 5] [--proposals 40]

The demo workshop is exported twice, with and without the page; "added" is the difference of the
two zip files (what a planner downloads) and "raw" the page's files unzipped. The page is opened
from file:// in headless Chromium (Debian's, software WebGL: SwiftShader) `--opens` times;
"first_draw_ms" is the time from navigation start to the first frame with the site and every block
(window.JP.firstDrawMs). `--proposals N` also measures a workshop of N scripted proposals on the
same site. Targets: added <= 1.5 MB, first draw <= 2000 ms.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_ADDED_MB = 1.5
TARGET_FIRST_DRAW_MS = 2000


def _export(store, workshop, out: Path, web_page: bool) -> Path:
    from junior_planner.services import bundle

    bundle.export_bundle(store, workshop, out, web_page=web_page)
    return out


def _more_proposals(store, workshop, count: int) -> None:
    """`count` proposals of eight blocks each, spread over the lawn, one child each."""
    from junior_planner.services.replay import Replay

    kinds = ("slide", "swing", "bench", "tree", "sandpit", "street-light", "flower-bed", "picnic-table")
    for n in range(count):
        lines = [{"op": "join", "pseudonym": "Blue Fox", "age_band": ("6-8", "9-11", "12-14")[n % 3], "avatar": "fox"}]
        for k, kind in enumerate(kinds):
            lines.append({"op": "place", "block": kind, "x": -20.0 + (n * 7 + k * 5) % 40, "y": -15.0 + (n * 3 + k * 4) % 30,
                          "as": f"b{k}"})
        lines.append({"op": "annotate", "target": "b0", "sticker": "love", "reasons": ["play-together"]})
        lines.append({"op": "submit", "title": f"Idea {n + 1}"})
        try:
            Replay(store, workshop).run(io.BytesIO("\n".join(json.dumps(x) for x in lines).encode()))
        except Exception:  # noqa: BLE001 - a refused placement leaves that proposal smaller; it is a benchmark
            pass


def _measure(store, workshop, tmp: Path, opens: int, driver) -> dict:
    from tests.web import browser

    with_page = _export(store, workshop, tmp / "with.jpbundle", True)
    without = _export(store, workshop, tmp / "without.jpbundle", False)
    with zipfile.ZipFile(with_page) as zf:
        raw = sum(zf.getinfo(n).file_size for n in zf.namelist() if n == "index.html" or n.startswith("web/"))
        manifest = json.loads(zf.read("manifest.json"))
        zf.extractall(tmp / "page")
    times, blocks = [], None
    for _ in range(opens):
        state = browser.open_page(driver, tmp / "page" / "index.html")
        if not state.get("ready"):
            raise SystemExit(f"the page did not draw: {state}")
        times.append(float(state["first"]))
        blocks = state["blocks"]
        driver.get("about:blank")
    added = with_page.stat().st_size - without.stat().st_size
    return {"proposals": manifest["counts"]["proposals"], "blocks": manifest["counts"]["blocks"], "drawn_blocks": blocks,
            "added_bytes": added, "added_mb": round(added / 1024 / 1024, 3), "raw_page_mb": round(raw / 1024 / 1024, 3),
            "first_draw_ms": {"median": round(statistics.median(times)), "max": round(max(times)), "runs": len(times)}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--proposals", type=int, default=40, help="also a workshop of this many proposals (0: no)")
    args = parser.parse_args(argv)

    from junior_planner.services import demo
    from junior_planner.store import Store
    from tests.web import browser

    problem = browser.missing()
    if problem:
        raise SystemExit(problem)
    driver = browser.open_browser(1280, 800)
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            data = demo.prepare(str(tmp / "data"))
            with Store(data) as store:
                workshop = store.workshops()[0]
                (tmp / "demo").mkdir()
                figures = {"demo": _measure(store, workshop, tmp / "demo", args.opens, driver)}
                if args.proposals:
                    _more_proposals(store, workshop, args.proposals)
                    (tmp / "many").mkdir()
                    figures["many"] = _measure(store, workshop, tmp / "many", args.opens, driver)
    finally:
        driver.quit()
    demo_figures = figures["demo"]
    print(json.dumps({
        "browser": "chromium headless, software WebGL",
        **figures,
        "target_added_mb": TARGET_ADDED_MB, "target_first_draw_ms": TARGET_FIRST_DRAW_MS,
        "added_ok": demo_figures["added_mb"] <= TARGET_ADDED_MB,
        "first_draw_ok": demo_figures["first_draw_ms"]["median"] <= TARGET_FIRST_DRAW_MS,
        "seconds": round(time.perf_counter() - started, 1),
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
