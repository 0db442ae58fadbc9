"""Store benchmark: prints JSON figures for the foundation issue's targets.

    .venv/bin/python benchmarks/store.py [--edits 200]

- edit_on_2000_blocks: one committed edit (plan, rules, apply, SQLite commit with
  synchronous=FULL) on a proposal that already holds 2,000 blocks. Target: median <= 5 ms.
- open_50_proposal_workshop: open the store and list a 50-proposal workshop (what the facilitator
  home does), and the same plus loading every proposal in full. Target <= 200 ms.
- show_2000_blocks: `junior-planner show` of a 2,000-block proposal, in-process (open, load,
  JSON) and as a whole new process. Target <= 300 ms.
- peak_rss_mb: the benchmark process's peak resident memory.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import big_flat_site, peak_rss_mb, summary, timed  # noqa: E402

from junior_planner.cli import main as cli_main  # noqa: E402
from junior_planner.model.commands import MoveBlock, PlaceBlock  # noqa: E402
from junior_planner.model.entities import PlacedBlock, Proposal, new_id, utc_now  # noqa: E402
from junior_planner.services import library, workshops  # noqa: E402
from junior_planner.services.editing import ProposalEditor  # noqa: E402
from junior_planner.store import Store  # noqa: E402

KINDS = ["bench", "tree", "flower-bed", "street-light", "sandpit", "slide", "swing"]


def grid_blocks(count: int, spacing: float = 6.0, size: float = 320.0) -> list[PlacedBlock]:
    per_row = int(size / spacing) - 2
    rng = random.Random(7)
    blocks = []
    for i in range(count):
        x = -size / 2 + spacing * (1.5 + i % per_row)
        y = -size / 2 + spacing * (1.5 + i // per_row)
        kind = KINDS[i % len(KINDS)]
        blocks.append(PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, yaw=rng.choice([0.0, 90.0]), variant=""))
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    results: dict = {"python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = Store(data)
        ws = workshops.new_workshop(store, "practice-lawn", "Benchmark")
        now = utc_now()
        big = Proposal(id=new_id(), workshop_id=ws.id, created_at=now, updated_at=now)
        for b in grid_blocks(2000):
            big.blocks[b.uuid] = b
        store.add_proposal(big)
        editor = ProposalEditor(store, store.proposal(big.id), ws, big_flat_site(330.0), library.load_catalog())
        targets = list(editor.proposal.blocks)
        rng = random.Random(1)
        free_spots = iter([(x, 162.0) for x in range(-160, 160)])

        def one_edit() -> None:
            if rng.random() < 0.8:
                uuid = rng.choice(targets)
                b = editor.proposal.blocks[uuid]
                editor.execute(MoveBlock(target=uuid, x=b.x + rng.choice([-0.5, 0.5]), y=b.y))
            else:
                x, y = next(free_spots)
                editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type="street-light", x=float(x), y=y)))

        timed(one_edit, 10)  # warm-up
        results["edit_on_2000_blocks"] = {**summary(timed(one_edit, args.edits)), "target_median_ms": 5}

        # 50 proposals of 40 blocks each, beside the big one
        for _ in range(49):
            p = Proposal(id=new_id(), workshop_id=ws.id, created_at=now, updated_at=now)
            for b in grid_blocks(40):
                p.blocks[b.uuid] = b
            store.add_proposal(p)
        store.close()

        def open_and_list() -> None:
            with Store(data) as s:
                s.proposal_summaries(ws.id)

        def open_and_load_all() -> None:
            with Store(data) as s:
                for summary_row in s.proposal_summaries(ws.id):
                    s.proposal(summary_row.id)

        results["open_50_proposal_workshop"] = {**summary(timed(open_and_list, 20)), "target_median_ms": 200}
        results["open_50_proposal_workshop_load_all"] = {**summary(timed(open_and_load_all, 10)), "target_median_ms": 200}

        def show_in_process() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli_main(["--data-dir", str(data), "show", big.id]) == 0

        results["show_2000_blocks_in_process"] = {**summary(timed(show_in_process, 10)), "target_median_ms": 300}

        def show_process() -> None:
            subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(data), "show", big.id],
                           check=True, stdout=subprocess.DEVNULL, env={**os.environ})

        results["show_2000_blocks_new_process"] = {**summary(timed(show_process, 5)), "target_median_ms": 300}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        results["bare_python_start_ms"] = round((time.perf_counter() - start) * 1000, 1)
    results["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
