"""Shared by the benchmark scripts: timing helpers and a large flat site."""

from __future__ import annotations

import resource
import statistics
import time
from typing import Callable, Optional

from junior_planner.model.site import Site


def big_flat_site(size: float = 200.0) -> Site:
    h = size / 2
    square = [[-h, -h], [h, -h], [h, h], [-h, h]]
    return Site.from_dict({"format": "junior-planner-site", "format_version": 1, "id": "bench-flat",
                           "names": {"en": "Benchmark field", "zh_CN": "基准场地"}, "bounds": square,
                           "buildable": [square], "zones": []})


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 3),
            "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1 if len(ordered) > 1 else 0], 3),
            "runs": len(ordered)}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def gl_problem() -> Optional[str]:
    """Why this machine cannot draw here (no display...), or None once GL contexts are shared for
    the run's hidden viewports."""
    from junior_planner.render import snapshot

    problem = snapshot.display_problem()
    if not problem:
        snapshot.share_gl_contexts()
    return problem
