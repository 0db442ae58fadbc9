"""Bundle export, validate and import at workshop scale: 40 proposals x 200 blocks on
lakeside-park (a 297k-triangle site model in every scene). Prints JSON.

    .venv/bin/python benchmarks/exchange.py            # pictures only if a display is available
    xvfb-run -a .venv/bin/python benchmarks/exchange.py

Targets: export <= 0.3 s per proposal with pictures, pictures at most doubling the export's time (issue
18), import <= 3 s, validate <= 1 s. Exported twice: without pictures, then with them.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from junior_planner.model.entities import Annotation, Participant, PlacedBlock, Proposal, new_id, utc_now  # noqa: E402
from junior_planner.services import bundle, library, workshops  # noqa: E402
from junior_planner.store import Store  # noqa: E402

PROPOSALS, BLOCKS, NOTES = 40, 200, 20
SITE = "lakeside-park"


def populate(store: Store):
    ws = workshops.new_workshop(store, SITE, "Benchmark workshop 基准工作坊", budget=10_000)
    types = sorted(library.load_catalog().blocks)
    for i in range(PROPOSALS):
        now = utc_now()
        child = Participant(id=new_id(), workshop_id=ws.id, pseudonym=f"Child {i}", age_band="9-11", created_at=now,
                            consent=True)
        proposal = Proposal(id=new_id(), workshop_id=ws.id, created_at=now, updated_at=now, participants=[child.id])
        for k in range(BLOCKS):
            x, y = -60 + (k % 20) * 6.0, -50 + (k // 20) * 10.0
            b = PlacedBlock(uuid=new_id(), block_type=types[(i + k) % len(types)], x=x, y=y, z=0.0,
                            yaw=(k * 37) % 360, scale=1.0)
            proposal.blocks[b.uuid] = b
        uuids = list(proposal.blocks)
        for k in range(NOTES):
            a = Annotation(uuid=new_id(), block_uuid=uuids[k] if k % 2 else None,
                           point=None if k % 2 else (float(k), float(-k), 0.0), sticker="like",
                           reasons=("more-shade",), text=f"note {k} 说明", author=child.id, created_at=now)
            proposal.annotations[a.uuid] = a
        store.add_proposal(proposal, [child])
    return ws


def snapshot_renderer():
    """The pictures as `junior-planner export` draws them (one hidden viewport for the export)."""
    from junior_planner.render import snapshot

    return snapshot.png_renderer(library.load_catalog, bundle.SNAPSHOT_SIZE)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        with Store(tmp_path / "source") as store:
            ws = populate(store)
            renderer, note = snapshot_renderer()
            library.site_mesh(library.site(SITE))  # warm caches the app has warm too (site model parse)
            start = time.perf_counter()
            bundle.export_bundle(store, ws, tmp_path / "plain.jpbundle", history=True)
            export_plain_s = time.perf_counter() - start
            start = time.perf_counter()
            result = bundle.export_bundle(store, ws, tmp_path / "bench.jpbundle", history=True, snapshots=renderer,
                                          snapshot_note=note)
            export_s = time.perf_counter() - start
        size = (tmp_path / "bench.jpbundle").stat().st_size
        start = time.perf_counter()
        checked = bundle.check(tmp_path / "bench.jpbundle")
        validate_s = time.perf_counter() - start
        assert checked.ok, checked.problems[:3]
        with Store(tmp_path / "target") as target:
            start = time.perf_counter()
            imported = bundle.import_bundle(target, tmp_path / "bench.jpbundle")
            import_s = time.perf_counter() - start
            assert len(imported.added) == PROPOSALS
            start = time.perf_counter()
            again = bundle.import_bundle(target, tmp_path / "bench.jpbundle")
            reimport_s = time.perf_counter() - start
            assert len(again.unchanged) == PROPOSALS
    figures = {
        "site": SITE, "proposals": PROPOSALS, "blocks_per_proposal": BLOCKS, "notes_per_proposal": NOTES,
        "snapshots": result.manifest["snapshots"]["included"],
        "snapshots_note": result.manifest["snapshots"]["note"],
        "bundle_mb": round(size / 1e6, 1),
        "export_s": round(export_s, 3), "export_s_per_proposal": round(export_s / PROPOSALS, 4),
        "export_s_per_proposal_no_pictures": round(export_plain_s / PROPOSALS, 4),
        "pictures_times_export": round(export_s / export_plain_s, 2),
        "validate_s": round(validate_s, 3), "import_s": round(import_s, 3), "reimport_unchanged_s": round(reimport_s, 3),
        "targets": {"export_s_per_proposal": 0.3, "pictures_times_export": 2.0, "import_s": 3.0, "validate_s": 1.0},
    }
    figures["met"] = (figures["export_s_per_proposal"] <= 0.3 and figures["pictures_times_export"] <= 2.0
                      and import_s <= 3.0 and validate_s <= 1.0)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0 if figures["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
