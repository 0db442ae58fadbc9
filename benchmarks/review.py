"""The planners' review at scale: 2,000 proposals from 50 bundles. Prints JSON.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/review.py

One workshop of 40 proposals (10 blocks and 3 notes each, on practice-lawn) is made with the
real pipeline (edit scripts through services.replay, then services.bundle export without
pictures); the other 49 bundles are copies with fresh workshop and proposal ids, written with
exchange.bundle.write_bundle (so every checksum is real and checked again when loading).

Targets: load (check + analyse) <= 10 s; a filter change recomputes the heatmap <= 200 ms; a
50-proposal report <= 30 s (pictures drawn when a display is available, since these bundles have
none); peak memory <= 1.5 GB.
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import peak_rss_mb  # noqa: E402
from junior_planner.exchange import bundle as fmt  # noqa: E402
from junior_planner.exchange import bundle_check  # noqa: E402
from junior_planner.exchange.safezip import SafeZip  # noqa: E402
from junior_planner.services import bundle, review, workshops  # noqa: E402
from junior_planner.services.replay import Replay  # noqa: E402
from junior_planner.store import Store  # noqa: E402

BUNDLES, PROPOSALS, BLOCKS, NOTES = 50, 40, 10, 3
TYPES = ("tree", "bench", "small-tree", "flower-bed", "picnic-table", "sandpit", "swing", "chess-table")
REASONS = ("more-shade", "place-to-sit", "play-together", "more-green", "quiet-corner", "safe-crossing")
STICKERS = ("love", "like", "idea", "worry", "unsafe")
BANDS = ("6-8", "9-11", "12-14", "15-17")


def script(rng: random.Random, n: int) -> bytes:
    lines = [{"op": "join", "pseudonym": f"Kid {n}", "age_band": rng.choice(BANDS)}]
    cells = rng.sample([(x, y) for x in range(-25, 26, 6) for y in range(-26, 18, 6)], BLOCKS)
    for k, (x, y) in enumerate(cells):
        lines.append({"op": "place", "block": rng.choice(TYPES), "x": float(x), "y": float(y), "as": f"b{k}"})
    for k in range(NOTES):
        lines.append({"op": "annotate", "target": f"b{rng.randrange(BLOCKS)}", "sticker": rng.choice(STICKERS),
                      "reasons": rng.sample(REASONS, 2), "text": rng.choice(["more shade here", "我想要秋千", "so we can sit"])})
    lines.append({"op": "submit", "title": f"Idea {n}"})
    return "\n".join(json.dumps(line) for line in lines).encode()


def make_bundles(folder: Path) -> list[Path]:
    rng = random.Random(7)
    store = Store(folder / "kiosk")
    ws = workshops.new_workshop(store, "practice-lawn", "Benchmark workshop")
    for n in range(PROPOSALS):
        Replay(store, ws).run(io.BytesIO(script(rng, n)))
    base = folder / "bundle-00.jpbundle"
    bundle.export_bundle(store, ws, base)
    store.close()
    with SafeZip(base) as zf:
        members = {name: zf.read(name) for name in zf.names}
    manifest = json.loads(members.pop("manifest.json"))
    old_ids = [ws.id] + [p["id"] for p in manifest["proposals"]]
    paths = [base]
    for k in range(1, BUNDLES):
        mapping = {old.encode(): str(uuid.uuid4()).encode() for old in old_ids}  # same length: GLBs stay valid
        copy = {}
        for name, data in members.items():
            new_name = name
            for old, new in mapping.items():
                data = data.replace(old, new)
                new_name = new_name.replace(old.decode(), new.decode())
            copy[new_name] = data
        text = json.dumps(manifest)
        for old, new in mapping.items():
            text = text.replace(old.decode(), new.decode())
        out = folder / f"bundle-{k:02d}.jpbundle"
        fmt.write_bundle(out, copy, json.loads(text))
        paths.append(out)
    return paths


def window_figures(paths, folder) -> dict:
    """The review window opening every bundle at once: when the first proposal is shown (in 3D,
    with its notes) while the rest load, when all are in, and the longest the window did not
    answer meanwhile (a 1 ms timer's largest gap)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from junior_planner.ui.review.window import ReviewWindow

    app = QApplication.instance()
    window = ReviewWindow(folder / "planner-data")
    window.resize(1280, 800)
    window.show()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(1)
    start = time.perf_counter()
    window.open_bundles(paths)
    first = None
    while window.loader.busy or first is None:
        app.processEvents()
        if first is None and window.detail.record is not None:
            first = time.perf_counter() - start
        if time.perf_counter() - start > 120:
            break
    done = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])] or [0.0]
    figures = {"window_first_proposal_s": round(first or done, 2), "window_all_loaded_s": round(done, 2),
               "window_rows": window.model.rowCount(), "window_longest_pause_ms": round(max(gaps) * 1000, 1)}
    window.close()
    return figures


def main() -> int:
    result: dict = {"bundles": BUNDLES, "proposals": BUNDLES * PROPOSALS, "blocks_per_proposal": BLOCKS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = make_bundles(folder)
        result["make_bundles_s"] = round(time.perf_counter() - start, 2)
        result["bundle_mb_each"] = round(paths[0].stat().st_size / 1e6, 2)

        start = time.perf_counter()
        corpus = review.load_bundles(paths)
        result["load_s"] = round(time.perf_counter() - start, 2)
        assert len(corpus) == BUNDLES * PROPOSALS and not corpus.problems, corpus.problems[:1]

        filters = [review.Filter(age_band=b) for b in BANDS] + [review.Filter(category="nature"),
                   review.Filter(sticker="worry"), review.Filter(text="秋千"), review.Filter()]
        layers = [review.Layer(), review.Layer(category="nature"), review.Layer(block_type="swing")]
        times = []
        for f in filters:
            for layer in layers:
                t = time.perf_counter()
                corpus.heatmap("practice-lawn", f, layer)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        result["heatmap_filter_change_ms"] = {"median": round(times[len(times) // 2], 2), "max": round(times[-1], 2)}
        t = time.perf_counter()
        corpus.summary_sentence(review.Filter(site="practice-lawn"))
        corpus.block_types_by_band()
        corpus.reasons_by_band()
        corpus.sentiment("practice-lawn")
        result["all_patterns_ms"] = round((time.perf_counter() - t) * 1000, 1)

        from junior_planner.render import snapshot
        from junior_planner.services import report

        problem = snapshot.display_problem()
        if problem:
            import os

            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from junior_planner.render.qtapp import application
        from junior_planner.render.printing import report as pdf

        application()
        small = review.load_bundles(paths[:2])
        keys = {r.key for r in small.records[:50]}
        small.records = [r for r in small.records if r.key in keys]  # exactly 50 proposals
        small._keys = {r.key: i for i, r in enumerate(small.records)}
        for i, r in enumerate(small.records):
            r.index = i
        small._pending = {k: [] for k in small._pending}
        small._arrays_dirty = True
        rebuilt = review.Corpus(small.catalog)
        for info in small.bundles:
            chosen = [r for r in small.records if r.bundle is info]
            checked = bundle_check.CheckedBundle(info.path, bundle_check.check_bundle(info.path).manifest,
                                        {r.id: r.doc for r in chosen})
            checked.manifest["proposals"] = [e for e in checked.manifest["proposals"] if e["id"] in checked.proposals]
            rebuilt.add_bundle(checked)
        t = time.perf_counter()
        content = report.build_report(rebuilt)
        pages = pdf.write_pdf(content, folder / "report.pdf", rebuilt, render_pictures=problem is None)
        result["report_50_s"] = round(time.perf_counter() - t, 2)
        result["report_pages"] = pages
        result["report_pictures_drawn"] = problem is None
        result["report_mb"] = round((folder / "report.pdf").stat().st_size / 1e6, 2)
        if problem is None:
            result.update(window_figures(paths, folder))
    result["peak_rss_mb"] = peak_rss_mb()
    result["targets"] = {"load_s": 10, "heatmap_filter_change_ms": 200, "report_50_s": 30, "peak_rss_mb": 1536,
                         "window_first_proposal_s": 2, "window_longest_pause_ms": 100}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
