"""The mutation pass over model/, store/ and exchange/ (issue 17): which changes to the code no
test notices. Runs mutmut (configured in pyproject.toml [tool.mutmut]) under one Xvfb, then prints
JSON: per module the mutants killed, survived, timed out and not covered, and the score.

    .venv/bin/python tools/mutation.py [--children 2] [PATTERN ...]   # e.g. "junior_planner.model.rules*"
    .venv/bin/python tools/mutation.py --summary-only                 # read the last run's results
    .venv/bin/python tools/mutation.py --survivors MODULE             # the surviving mutants' diffs
    .venv/bin/python tools/mutation.py --rerun "junior_planner.store.erase*"  # forget and redo those
    .venv/bin/python tools/mutation.py --sample 150 --seed 1          # a random sample of the unrun

The score is caught / (caught + survived), caught being killed or crashed (the test process died,
as a segfault in numpy does when a mutant breaks an index): timeouts count as neither (on a
loaded machine a slow test is not a kill), nor do mutants no selected test covers. Needs `pip install mutmut`.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", 36: "timeout",
          -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", -11: "crashed", -9: "crashed",
          None: "not checked"}


def mutmut() -> str:
    found = Path(sys.executable).with_name("mutmut")
    if not found.exists():
        raise SystemExit("mutmut is not installed here: .venv/bin/pip install mutmut")
    return str(found)


def summary() -> dict:
    per_module: dict[str, collections.Counter] = {}
    for meta in sorted(MUTANTS.glob("junior_planner/**/*.py.meta")):
        codes = json.loads(meta.read_text()).get("exit_code_by_key", {})
        if not codes:
            continue
        module = meta.relative_to(MUTANTS).as_posix()[: -len(".meta")]
        per_module[module] = collections.Counter(STATUS.get(code, "suspicious") for code in codes.values())
    total: collections.Counter = sum(per_module.values(), collections.Counter())

    def score(c: collections.Counter):
        caught = c["killed"] + c["crashed"]  # a test run the mutant crashed failed too
        decided = caught + c["survived"]
        return round(caught / decided, 3) if decided else None

    return {"modules": {m: dict(c, score=score(c)) for m, c in per_module.items()},
            "total": dict(total, score=score(total))}


def _metas():
    return sorted(MUTANTS.glob("junior_planner/**/*.py.meta"))


def forget(pattern: str) -> list[str]:
    """Reset the cached verdicts of the mutants matching `pattern` (so they run again)."""
    import fnmatch

    names = []
    for meta in _metas():
        data = json.loads(meta.read_text())
        codes = data.get("exit_code_by_key", {})
        hit = [k for k in codes if fnmatch.fnmatchcase(k, pattern)]
        for k in hit:
            codes[k] = None
        if hit:
            meta.write_text(json.dumps(data, indent=4))
        names += hit
    return names


def sample(count: int, seed: int) -> list[str]:
    """`count` mutants drawn at random from those never run (for an estimate over whole layers)."""
    import random

    unrun = sorted(k for meta in _metas() for k, v in json.loads(meta.read_text()).get("exit_code_by_key", {}).items()
                   if v is None)
    return sorted(random.Random(seed).sample(unrun, min(count, len(unrun))))


def survivors(module: str) -> None:
    prefix = module.replace("/", ".").removesuffix(".py") + ".x"
    out = subprocess.run([mutmut(), "results"], cwd=ROOT, capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, _, status = line.strip().partition(": ")
        if status == "survived" and name.startswith(prefix):
            diff = subprocess.run([mutmut(), "show", name], cwd=ROOT, capture_output=True, text=True).stdout
            print(f"## {name}\n" + "\n".join(x for x in diff.splitlines() if x.startswith(("-  ", "+  ", "- ", "+ "))))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", help="mutant names to run (globs); default: all")
    parser.add_argument("--children", type=int, default=2)
    parser.add_argument("--summary-only", action="store_true")
    parser.add_argument("--survivors", metavar="MODULE", help="e.g. junior_planner/store/erase.py")
    parser.add_argument("--rerun", metavar="GLOB", action="append", default=[], help="forget these verdicts first")
    parser.add_argument("--sample", type=int, help="run this many never-run mutants, drawn at random")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for pattern in args.rerun:
        args.patterns += forget(pattern)
    if args.sample:
        args.patterns += sample(args.sample, args.seed)
    if args.survivors:
        survivors(args.survivors)
        return 0
    if not args.summary_only:
        command = [mutmut(), "run", "--max-children", str(args.children), *args.patterns]
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(json.dumps(summary(), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
