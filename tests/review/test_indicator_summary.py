"""Indicators are aggregated across the proposals a planner looks at: the average, said the
way the kiosk says it, and how many proposals meet each target."""

from __future__ import annotations

import json

from junior_planner.cli import main
from junior_planner.services import review


def test_the_review_averages_indicators_and_counts_targets_met(tmp_path, capsys):
    assert main(["workshop", "new", "--site", "practice-lawn", "--title", "Ind"]) == 0
    ws = capsys.readouterr().out.strip()
    for benches in (2, 4):  # 6 and 12 seats: the average is 9, and neither meets the 20-seat target
        script = tmp_path / f"s{benches}.jsonl"
        lines = ['{"op":"join","pseudonym":"Owl","age_band":"9-11"}']
        lines += [json.dumps({"op": "place", "block": "bench", "x": 3.0 * i, "y": 0}) for i in range(benches)]
        lines += ['{"op":"submit","title":"t"}']
        script.write_text("\n".join(lines) + "\n")
        assert main(["replay", "--workshop", ws, str(script)]) == 0
    out = tmp_path / "b.jpbundle"
    assert main(["export", "--workshop", ws, "--out", str(out), "--no-snapshots"]) == 0
    capsys.readouterr()
    corpus = review.load_bundles([out])
    lines = corpus.indicator_summary()
    seats = [line for line in lines if "sit" in line]
    assert seats == ["Places to sit: 9 on average; target met in 0 of 2 proposals"]
