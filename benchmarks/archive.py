"""The city archive at city scale, on a real PostgreSQL 15 + PostGIS 3 (a throw-away cluster with
PostgreSQL's default durability: fsync on). Prints JSON.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/archive.py [--sites 345]
        [--proposals 100] [--blocks 50] [--notes 10]

The synthetic city: SITES sites spread over about 20 km around Jinhua (EPSG:4549, each site its
own origin), one workshop per site with PROPOSALS proposals of BLOCKS blocks (42 types) and NOTES
notes each: 345 x 100 x 50 = 1.7 M blocks and 345 k notes by default. Its rows are made in Python
as services/archive.py makes them from a bundle and written by the archive's own publish (COPY,
one transaction per workshop): `publish_db_blocks_per_s` is that write. `publish_bundle_*` is the
whole path on a real bundle (one workshop of PROPOSALS x BLOCKS made with edit scripts, exported,
then `archive publish`: checksum, the check `validate` runs, the rows, the write).

Targets (the city-archive issue): publish >= 20,000 blocks/s; a city-wide heatmap of one block
type <= 500 ms; the review window's first picture of one site's 100 proposals <= 2 s; database
size per million blocks (reported).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import throwaway_pg  # noqa: E402

REASONS = ("more-shade", "place-to-sit", "play-together", "more-green", "quiet-corner", "safe-crossing")
STICKERS = ("love", "like", "idea", "worry", "unsafe")
BANDS = ("6-8", "9-11", "12-14", "15-17")


def synthetic_workshop(rng: random.Random, n: int, types: list, catalog, proposals: int, blocks: int, notes: int):
    from junior_planner.exchange.geo import LocalFrame
    from junior_planner.services.archive import _places
    from junior_planner.store import archive as db

    import numpy as np

    site_id = f"bench-site-{n:03d}"
    col, row = n % 19, n // 19
    origin = {"lon": 119.55 + col * 0.011, "lat": 29.00 + row * 0.009, "height": 40.0}
    frame = LocalFrame.for_site(origin, "EPSG:4549")
    outline = np.array([[-40.0, -40.0], [40.0, -40.0], [40.0, 40.0], [-40.0, 40.0]])
    site = db.SiteRow(id=site_id, names={"en": f"Site {n}", "zh_CN": f"场地 {n}"}, crs=frame.crs, epsg=frame.epsg,
                      wkt=frame.wkt, origin=origin, model_sha256=None, outline=outline.tolist(),
                      footprint=frame.projected(outline).tolist(), footprint_wgs84=frame.lonlat(outline).tolist())
    wid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    rows = []
    for k in range(proposals):
        pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        band = rng.choice(BANDS)
        xyz = np.column_stack([rng_uniform(rng, blocks), rng_uniform(rng, blocks), np.zeros(blocks)])
        en, ll = _places(frame, xyz)
        chosen = [rng.choice(types) for _ in range(blocks)]
        block_rows = [(f"b{j}", site_id, t, catalog.blocks[t].category, float(catalog.blocks[t].height),
                       float(xyz[j, 0]), float(xyz[j, 1]), 0.0, 0.0, 1.0, "", en[j], ll[j]) for j, t in enumerate(chosen)]
        note_rows = []
        for j in range(notes):
            b = rng.randrange(blocks)
            note_rows.append((f"n{j}", site_id, f"b{b}", float(xyz[b, 0]), float(xyz[b, 1]), 0.0, rng.choice(STICKERS),
                              rng.sample(REASONS, 2), rng.choice(["more shade here", "我想要秋千", ""]), "C01", band,
                              "2026-05-01T10:00:00Z", False, en[b], ll[b]))
        counts: dict = {}
        for t in chosen:
            counts[t] = counts.get(t, 0) + 1
        values = {"site_id": site_id, "title": f"Idea {k}", "status": "submitted", "favourite_block": None,
                  "created_at": "2026-05-01T10:00:00Z", "updated_at": "2026-05-01T10:30:00Z",
                  "submitted_at": "2026-05-01T10:30:00Z",
                  "participants": {"list": [{"code": "C01", "age_band": band, "avatar": "fox", "consent": True}]},
                  "age_bands": [band], "blocks": blocks, "notes": notes,
                  "stickers": {s: 1 for s in {r[6] for r in note_rows}}, "reasons": {r: 1 for r in REASONS[:2]},
                  "block_types": counts, "budget": None, "budget_used": 0.0, "search_text": f"idea {k} more shade here"}
        rows.append(db.ProposalRows(pid, values, block_rows, note_rows, []))
    workshop = {"id": wid, "title": f"Workshop {n}", "created_at": "2026-05-01T09:00:00Z",
                "settings": {"budget": None}, "keep_until": None}
    return site, workshop, rows


def rng_uniform(rng: random.Random, n: int):
    import numpy as np

    return np.array([rng.uniform(-38.0, 38.0) for _ in range(n)])


def real_bundle(folder: Path, proposals: int, blocks: int) -> Path:
    from junior_planner.services import bundle, workshops
    from junior_planner.services.replay import Replay
    from junior_planner.store import Store

    rng = random.Random(11)
    small = ("tree", "bench", "small-tree", "flower-bed")
    cells = [(x, y) for x in range(-27, 28, 4) for y in range(-27, 16, 4)]
    with Store(folder / "kiosk") as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Benchmark workshop")
        for n in range(proposals):
            lines = [{"op": "join", "pseudonym": f"Kid {n}", "age_band": rng.choice(BANDS)}]
            for k, (x, y) in enumerate(rng.sample(cells, min(blocks, len(cells)))):
                lines.append({"op": "place", "block": rng.choice(small), "x": float(x), "y": float(y), "as": f"b{k}"})
            lines.append({"op": "annotate", "target": "b0", "sticker": "love", "reasons": ["more-shade"], "text": "shade"})
            lines.append({"op": "submit", "title": f"Idea {n}"})
            Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in lines).encode()))
        return bundle.export_bundle(store, ws, folder / "real.jpbundle").path


def first_picture_s(url: str, site_id: str) -> float | None:
    """Seconds from asking the review window for one site of the archive to its first proposal
    drawn in 3D (a frame painted), on this display."""
    if not os.environ.get("DISPLAY"):
        return None
    from PySide6.QtCore import QTimer

    from junior_planner.render.qtapp import application
    from junior_planner.services.archive_review import Scope
    from junior_planner.ui.review.window import ReviewWindow

    app = application()
    window = ReviewWindow(Path(tempfile.mkdtemp()) / "data")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    result: dict = {}
    start = time.perf_counter()
    window.open_archive(url, Scope(site=site_id))

    def poll() -> None:
        view = window.detail.viewport
        record = window.detail.record
        if record is not None and view is not None:
            view.grabFramebuffer()   # a frame really drawn with the proposal's blocks
            result["s"] = time.perf_counter() - start
            app.quit()
            return
        if time.perf_counter() - start > 60:
            app.quit()
            return
        QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    window.close()
    return round(result["s"], 3) if "s" in result else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=345)
    parser.add_argument("--proposals", type=int, default=100)
    parser.add_argument("--blocks", type=int, default=50)
    parser.add_argument("--notes", type=int, default=10)
    args = parser.parse_args()

    from junior_planner.services import archive
    from junior_planner.services.archive_review import ArchiveCorpus, Scope
    from junior_planner.services.library import Library
    from junior_planner.store import archive as db

    server = throwaway_pg.start(fast=False)
    os.environ["PGPASSFILE"] = str(server.passfile)
    out: dict = {"sites": args.sites, "proposals_per_site": args.proposals, "blocks_per_proposal": args.blocks,
                 "notes_per_proposal": args.notes}
    try:
        server.create_database("city")
        url = server.url("city")
        archive.init(url)
        server.add_login("planner", "jp_planner")
        catalog = Library.of().catalog
        types = sorted(catalog.blocks)
        rng = random.Random(3)
        write_s = 0.0
        total_blocks = 0
        conn = db.connect(url, autocommit=True)
        for n in range(args.sites):
            site, workshop, rows = synthetic_workshop(rng, n, types, catalog, args.proposals, args.blocks, args.notes)
            start = time.perf_counter()
            result = db.publish(conn, sha256=f"{n:064x}", file_name=f"site-{n}.jpbundle", kiosk="kiosk-00000000",
                                app_version="bench", exported_at="2026-05-02T00:00:00Z", workshop=workshop, site=site,
                                consent=[("C01", "9-11", True, "1")], proposals=rows, withdrawn={}, withheld_by_consent=[])
            write_s += time.perf_counter() - start
            total_blocks += result.blocks
        out["blocks"] = total_blocks
        out["notes"] = args.sites * args.proposals * args.notes
        out["publish_db_s"] = round(write_s, 1)
        out["publish_db_blocks_per_s"] = round(total_blocks / write_s)
        conn.execute("VACUUM ANALYZE")
        sizes = conn.execute(
            """SELECT pg_database_size(current_database()),
                      (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
                        WHERE s.nspname = 'jp' AND c.relkind = 'r')""").fetchone()
        out["database_mb"] = round(sizes[0] / 2**20, 1)
        out["archive_tables_mb"] = round(float(sizes[1]) / 2**20, 1)
        out["mb_per_million_blocks"] = round(float(sizes[1]) / 2**20 / (total_blocks / 1e6), 1)
        conn.close()

        # the whole path on a real bundle
        folder = Path(tempfile.mkdtemp(prefix="jp-archive-bench-"))
        real = real_bundle(folder, args.proposals, args.blocks)
        start = time.perf_counter()
        [published] = archive.publish(url, [real])
        seconds = time.perf_counter() - start
        out["publish_bundle_blocks"] = published.outcome.blocks
        out["publish_bundle_s"] = round(seconds, 2)
        out["publish_bundle_blocks_per_s"] = round(published.outcome.blocks / seconds)

        # a city-wide heatmap of one block type, as a planner (median of 5, after one warm-up)
        from junior_planner.services.archive_review import city_heatmap

        planner_url = server.url("city", "planner")
        city_heatmap(planner_url, "tree", 100.0)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            geo = city_heatmap(planner_url, "tree", 100.0)
            times.append((time.perf_counter() - start) * 1000)
        out["city_heatmap_tree_ms"] = round(statistics.median(times), 1)
        out["city_heatmap_cells"] = len(geo["features"])
        out["city_heatmap_proposals"] = sum(f["properties"]["proposals"] for f in geo["features"])

        # one site's review: open (100 records) and its patterns, then the window's first picture
        start = time.perf_counter()
        corpus = ArchiveCorpus.open(planner_url, Scope(site="bench-site-007"))
        out["review_open_site_ms"] = round((time.perf_counter() - start) * 1000, 1)
        start = time.perf_counter()
        corpus.heatmap("bench-site-007")
        corpus.summary_sentence()
        corpus.block_types_by_band()
        out["review_site_patterns_ms"] = round((time.perf_counter() - start) * 1000, 1)
        corpus.close()
        out["review_first_picture_s"] = first_picture_s(planner_url, "bench-site-007")
        if out["review_first_picture_s"] is None:
            out["review_first_picture_note"] = "no display: run under xvfb-run"
    finally:
        server.stop()
    out["targets"] = {"publish_blocks_per_s": 20000, "city_heatmap_ms": 500, "review_first_picture_s": 2.0}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
