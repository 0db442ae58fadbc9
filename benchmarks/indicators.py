"""Indicator benchmark: prints JSON figures for the indicators issue's target.

    .venv/bin/python benchmarks/indicators.py [--repeat 200]

- all_indicators_2000_blocks: every indicator of the default definitions
  (assets/indicators/default.json) for a 2,000-block mixed proposal (every catalog block type in
  turn, random places, a quarter of them scaled) on the school-gate site, which has a school gate
  and a bus stop, so the distance indicator does real work. Timed from the proposal's
  PlacedBlock values to the finished results with their captions, as the kiosk would call it
  after each edit. Target: median <= 10 ms.
- all_indicators_10000_blocks: the same with 10,000 blocks.
- calculator_build: building the per-block-type tag vectors once per (definitions, catalog, site).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import peak_rss_mb, summary, timed  # noqa: E402

from junior_planner.model.entities import PlacedBlock, Proposal  # noqa: E402
from junior_planner.model.indicators import IndicatorCalculator  # noqa: E402
from junior_planner.services import indicators, library  # noqa: E402

TARGET_MS = 10.0


def mixed_proposal(count: int, catalog, seed: int = 11) -> Proposal:
    rng = random.Random(seed)
    kinds = sorted(catalog.blocks)
    proposal = Proposal(id="bench", workshop_id="bench", created_at="")
    for i in range(count):
        kind = catalog.blocks[kinds[i % len(kinds)]]
        scale = rng.uniform(kind.scale_min, kind.scale_max) if kind.scalable and i % 4 == 0 else 1.0
        b = PlacedBlock(uuid=f"b{i}", block_type=kind.id, x=rng.uniform(-50, 50), y=rng.uniform(-40, 42),
                        yaw=rng.choice([0.0, 90.0]), scale=scale)
        proposal.blocks[b.uuid] = b
    return proposal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    catalog = library.load_catalog()
    definitions = indicators.load_definitions(catalog=catalog)
    site = library.bundled_sites()["school-gate"]
    results: dict = {"python": sys.version.split()[0], "site": site.id, "indicators": len(definitions.definitions),
                     "target_ms": TARGET_MS}
    results["calculator_build"] = summary(timed(lambda: IndicatorCalculator(definitions, catalog, site), 50))
    calc = IndicatorCalculator(definitions, catalog, site)
    for count in (2000, 10000):
        proposal = mixed_proposal(count, catalog)
        calc.compute(proposal.blocks.values(), 500.0)  # warm up
        figures = summary(timed(lambda: calc.compute(proposal.blocks.values(), 500.0), args.repeat))
        if count == 2000:
            figures["meets_target"] = figures["median_ms"] <= TARGET_MS
        results[f"all_indicators_{count}_blocks"] = figures
    results["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
