"""How fast each site draws at each detail level (issue 18, item 1). Prints JSON.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/site_detail.py [--rounds 3]

For every bundled site (and, with --import FILE..., sites imported from a city's files into a
throw-away store), in a 1280x800 SiteViewport at the site's bird's-eye camera with no blocks:
frame_bare_ms with the site model hidden, and frame_<level>_ms with the model drawn at "full",
"normal" and "low" detail (meshes/lod.py), each the median of --frames frames per round, the
configurations interleaved over --rounds rounds (the machine is shared; Mesa draws in software).
Also the triangles drawn and the time to simplify (first use; later uses read the cache).
Targets: frame_normal_ms <= 33 and frame_normal_ms <= 3 x frame_bare_ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 800)
LEVELS = ("full", "normal", "low")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--frames", type=int, default=5)
    parser.add_argument("--import", dest="imports", nargs="*", default=[], metavar="FILE",
                        help="also sites imported from these files (GeoJSON, OSM, CityJSON, glTF...)")
    args = parser.parse_args(argv)

    import os

    from benchmarks._common import gl_problem
    from junior_planner.render import snapshot

    problem = gl_problem()
    if problem:
        print(json.dumps({"error": problem}))
        return 2
    from OpenGL import GL

    from junior_planner.render.doctor import time_frame

    from junior_planner.meshes import lod
    from junior_planner.render.offscreen import mesh_item
    from junior_planner.render.qtapp import application
    from junior_planner.services import library

    application()
    cache = tempfile.TemporaryDirectory()
    os.environ["JUNIOR_PLANNER_CACHE"] = cache.name  # simplify from scratch: the first-use cost is measured
    sites = dict(library.sites())
    store = None
    if args.imports:
        from junior_planner.services import sites as site_service
        from junior_planner.store import Store

        store = Store(Path(cache.name) / "data")
        for path in args.imports:
            site_id = site_service.import_site(store, Path(path))
            sites[site_id] = library.Library.of(store).site(site_id)

    view = snapshot.make_viewport(library.load_catalog(), SIZE)
    view.makeCurrent()
    renderer = GL.glGetString(GL.GL_RENDERER).decode()

    def draw() -> float:
        return time_frame(view)

    result = {"size": list(SIZE), "renderer": renderer, "rounds": args.rounds, "sites": {}}
    for site_id, site in sites.items():
        full = library.site_mesh(site)
        if full is None:
            continue
        items, figures = {}, {"triangles": {}, "simplify_s": {}}
        for level in LEVELS:
            start = time.perf_counter()
            mesh = lod.at_level(full, level, Path(cache.name) / "lod")
            figures["simplify_s"][level] = round(time.perf_counter() - start, 2)
            figures["triangles"][level] = int(len(mesh.faces))
            items[level] = mesh_item(mesh)
        view.set_site(site, None, None)  # the camera and grid for this site; its model is drawn below
        view.birds_eye()
        site_item = view._site_item
        view.removeItem(site_item)
        samples = {name: [] for name in ("bare",) + LEVELS}
        for round_ in range(args.rounds):
            order = ("bare",) + LEVELS if round_ % 2 == 0 else LEVELS[::-1] + ("bare",)
            for name in order:
                if name != "bare":
                    view.addItem(items[name])
                for _ in range(2):
                    draw()  # warm-up: the upload
                samples[name] += [draw() for _ in range(args.frames)]
                if name != "bare":
                    view.removeItem(items[name])
        view.addItem(site_item)  # set_site takes it away again for the next site
        frame = {f"frame_{name}_ms": round(statistics.median(v), 1) for name, v in samples.items()}
        normal = frame["frame_normal_ms"]
        figures.update(frame)
        figures["normal_over_bare"] = round(normal / frame["frame_bare_ms"], 2)
        figures["targets_met"] = {"frame_normal<=33ms": normal <= 33,
                                  "frame_normal<=3x_bare": normal <= 3 * frame["frame_bare_ms"]}
        result["sites"][site_id] = figures
    if store is not None:
        store.close()
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
