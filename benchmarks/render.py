"""Render benchmark: prints JSON figures for the 3D-editor issue's targets.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/render.py [--rounds 3]

On the largest bundled site (lakeside-park, ~300k triangles), in a 1280x800 SiteViewport that is
never shown on screen, at the site's bird's-eye camera ("orbit") and at its top view:

- frame_ms: median time of one frame (repaint + glFinish) with 0, 1,000 and 10,000 placed blocks
  of mixed types spread over the buildable ground (overlaps allowed; set with set_proposal);
- baseline_1000: the same 1,000 blocks drawn the naive way, one pyqtgraph GLMeshItem each;
- edit: a moved block's Change applied with viewport.apply on the 2,000- and 10,000-block proposals, to the
  end of the next frame (edit_to_frame_ms), and its CPU part alone: change -> instance arrays
  updated (apply_ms) and -> instance buffers uploaded to GL (apply_upload_ms);
- pick_ms: viewport.pick at random pixels, with 0, 1,000 and 10,000 blocks;
- draw calls, and triangles drawn as full models and as stand-ins.

Targets (the performance issue, docs/performance.md): frame_0 <= 33 ms and <= 3x frame_bare;
frame_10000 <= 1.5x frame_0; edit -> frame <= 30 ms at 2,000 blocks and <= 50 ms at 10,000, and
<= 1.2x a plain frame of the same scene; pick <= 2 ms. The machine may be shared and Mesa draws in software: measurements of the
configurations are interleaved over several rounds and the medians reported.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import gl_problem, peak_rss_mb  # noqa: E402

SITE = "lakeside-park"
SIZE = (1280, 800)
COUNTS = (0, 1_000, 2_000, 10_000)
EDIT_COUNTS = (2_000, 10_000)
MIXED_TYPES = ("slide", "swing", "seesaw", "spring-rider", "sandpit", "tree", "small-tree", "flower-bed", "bench",
               "picnic-table", "bin", "street-light")
VIEWS = ("orbit", "top")


def buildable_points(site, count: int, rng) -> list[tuple[float, float]]:
    import numpy as np

    from junior_planner.model.geometry import points_in_polygon

    lo, hi = site.bounds.min(axis=0), site.bounds.max(axis=0)
    found: list[np.ndarray] = [np.zeros((0, 2))]
    total = 0
    while total < count:
        candidates = rng.uniform(lo, hi, size=(count * 4, 2))
        inside = np.zeros(len(candidates), dtype=bool)
        for polygon in site.buildable:
            inside |= points_in_polygon(candidates, polygon)
        found.append(candidates[inside])
        total += int(inside.sum())
    return [tuple(p) for p in np.concatenate(found)[:count]]


def make_blocks(site, count: int, seed: int):
    import numpy as np

    from junior_planner.model.entities import PlacedBlock

    rng = np.random.default_rng(seed)
    points = buildable_points(site, count, rng)
    return [PlacedBlock(uuid=f"b{seed}-{i}", block_type=MIXED_TYPES[i % len(MIXED_TYPES)], x=float(x), y=float(y),
                        z=0.0, yaw=float(rng.uniform(0, 360)))
            for i, (x, y) in enumerate(points)]


def proposal_of(blocks):
    from junior_planner.model.entities import Proposal

    p = Proposal(id=f"bench-{len(blocks)}", workshop_id="bench", created_at="", updated_at="")
    p.blocks.update((b.uuid, b) for b in blocks)
    return p


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (frames per config = rounds x 5)")
    parser.add_argument("--frames", type=int, default=5, help="timed frames per configuration per round")
    parser.add_argument("--detail", default="normal", choices=["full", "normal", "low"],
                        help="the site model's detail level (meshes/lod.py; workshops default to normal)")
    args = parser.parse_args(argv)

    import numpy as np

    from junior_planner.render import snapshot

    problem = gl_problem()
    if problem:
        print(json.dumps({"error": problem}))
        return 2
    from OpenGL import GL

    from junior_planner.render.doctor import time_frame

    import pyqtgraph.opengl as gl

    from junior_planner.model.commands import Change
    from junior_planner.render.shading import flat_shaded
    from junior_planner.services import library

    from junior_planner.render.qtapp import application

    app = application()
    catalog = library.load_catalog()
    site = library.sites()[SITE]
    t = time.perf_counter()
    mesh = library.site_mesh_to_draw(site, args.detail)
    library.attach_ground(site)
    site_load_s = time.perf_counter() - t
    view = snapshot.make_viewport(catalog, SIZE)
    view.set_site(site, mesh, library._ground_cache[site.id])
    view.makeCurrent()
    gl_info = {"renderer": GL.glGetString(GL.GL_RENDERER).decode(), "version": GL.glGetString(GL.GL_VERSION).decode()}

    blocks = {n: make_blocks(site, n, seed=n) for n in COUNTS}
    proposals = {n: proposal_of(blocks[n]) for n in COUNTS}
    empty = proposals[0]

    # the naive baseline: one GLMeshItem per block
    shaded = {k: flat_shaded(snapshot._block_model(catalog.get(k).model)) for k in MIXED_TYPES}
    meshdata = {k: gl.MeshData(vertexes=tri, vertexColors=col) for k, (tri, col) in shaded.items()}
    baseline_items = []
    for b in blocks[1_000]:
        item = gl.GLMeshItem(meshdata=meshdata[b.block_type], smooth=False, shader=None, glOptions="opaque",
                             computeNormals=False)
        item.scale(b.scale, b.scale, b.scale)
        item.rotate(b.yaw, 0, 0, 1)
        item.translate(b.x, b.y, b.z)
        baseline_items.append(item)

    def camera(name: str) -> None:
        view.birds_eye() if name == "orbit" else view.top_view()

    def draw() -> float:
        return time_frame(view)

    def use(config) -> None:
        kind, n = config
        if kind == "bare":  # the same viewport with the site model hidden
            view.set_proposal(empty)
            view._site_item.setVisible(False)
        elif kind == "baseline":
            view.set_proposal(empty)
            for item in baseline_items:
                view.addItem(item)
        else:
            view.set_proposal(proposals[n])

    def leave(config) -> None:
        if config[0] == "bare":
            view._site_item.setVisible(True)
        if config[0] == "baseline":
            for item in baseline_items:
                view.removeItem(item)

    configs = [("bare", 0)] + [("instanced", n) for n in COUNTS] + [("baseline", 1_000)]
    frames: dict = {(v, c): [] for v in VIEWS for c in configs}
    stats: dict = {}
    for round_ in range(args.rounds):
        for v in VIEWS if round_ % 2 == 0 else VIEWS[::-1]:
            camera(v)
            order = configs if round_ % 2 == 0 else configs[::-1]
            for c in order:
                use(c)
                for _ in range(3):  # warm-up: uploads, level of detail
                    draw()
                frames[(v, c)] += [draw() for _ in range(args.frames)]
                if c[0] == "instanced":
                    layer = view.blocks
                    full, proxy = layer.triangles()
                    stats[(v, c[1])] = {"draw_calls_blocks": layer.draw_calls(),
                                        "instances_full": sum(f for f, _p in layer.counts().values()),
                                        "instances_stand_in": sum(p for _f, p in layer.counts().values()),
                                        "triangles_full": int(full), "triangles_stand_in": int(proxy)}
                leave(c)

    # edit -> frame, and picking, interleaved between the views
    rng = np.random.default_rng(11)

    def edit_round(v: str, count: int) -> None:
        many = blocks[count]
        view.set_proposal(proposals[count])
        for _ in range(3):
            draw()
        for _ in range(args.frames):
            target = many[int(rng.integers(len(many)))]
            x, y = buildable_points(site, 1, rng)[0]
            moved = dataclasses.replace(target, x=float(x), y=float(y))
            change = Change(proposal_id=proposals[count].id, blocks_upserted=(moved,))
            # CPU part: arrays, then the GL instance buffers (no drawing)
            start = time.perf_counter()
            view.apply(change)
            applied = time.perf_counter()
            view.makeCurrent()
            for batch in view.blocks._batches.values():
                for item in (batch.full, batch.mid, batch.proxy, batch.box):
                    if item._instances_dirty and item._vbo is not None:
                        item._upload()
            GL.glFinish()
            uploaded = time.perf_counter()
            edits[(v, count)]["apply_ms"].append((applied - start) * 1000.0)
            edits[(v, count)]["apply_upload_ms"].append((uploaded - start) * 1000.0)
            draw()
            # the whole path: change -> end of the frame that shows it
            x, y = buildable_points(site, 1, rng)[0]
            moved = dataclasses.replace(target, x=float(x), y=float(y))
            change = Change(proposal_id=proposals[count].id, blocks_upserted=(moved,))
            start = time.perf_counter()
            view.apply(change)
            view.repaint()
            view.makeCurrent()
            GL.glFinish()
            edits[(v, count)]["edit_to_frame_ms"].append((time.perf_counter() - start) * 1000.0)

    edits = {(v, n): {"apply_ms": [], "apply_upload_ms": [], "edit_to_frame_ms": []} for v in VIEWS for n in EDIT_COUNTS}
    picks = {(v, n): [] for v in VIEWS for n in COUNTS}
    for round_ in range(args.rounds):
        for v in VIEWS:
            camera(v)
            for count in EDIT_COUNTS:
                edit_round(v, count)
            for n in COUNTS:
                view.set_proposal(proposals[n])
                draw()
                for _ in range(10):
                    px, py = rng.uniform(0, view.width()), rng.uniform(0, view.height())
                    start = time.perf_counter()
                    view.pick(float(px), float(py))
                    picks[(v, n)].append((time.perf_counter() - start) * 1000.0)

    def med(values) -> float:
        return round(statistics.median(values), 2)

    result = {"site": SITE, "detail": args.detail, "site_triangles": int(mesh.triangle_count), "size": list(SIZE), "gl": gl_info,
              "block_types": list(MIXED_TYPES), "rounds": args.rounds, "frames_per_config": args.rounds * args.frames,
              "site_load_and_index_s": round(site_load_s, 2), "views": {}}
    for v in VIEWS:
        f = {f"frame_{n}_ms": med(frames[(v, ("instanced", n))]) for n in COUNTS}
        f["frame_bare_ms"] = med(frames[(v, ("bare", 0))])
        f["baseline_1000_glmeshitems_ms"] = med(frames[(v, ("baseline", 1_000))])
        e = {f"{k[:-3]}_{n}_ms": med(x) for n in EDIT_COUNTS for k, x in edits[(v, n)].items()}
        p = {f"pick_{n}_ms": med(picks[(v, n)]) for n in COUNTS}
        result["views"][v] = {
            **f, **e, **p,
            "ratios": {
                "frame_10000_over_frame_0": round(f["frame_10000_ms"] / f["frame_0_ms"], 2),
                "frame_0_over_frame_bare": round(f["frame_0_ms"] / f["frame_bare_ms"], 2),
                "baseline_1000_over_frame_1000": round(f["baseline_1000_glmeshitems_ms"] / f["frame_1000_ms"], 2),
                "edit_to_frame_10000_over_frame_10000": round(e["edit_to_frame_10000_ms"] / f["frame_10000_ms"], 2),
                "edit_to_frame_2000_over_frame_2000": round(e["edit_to_frame_2000_ms"] / f["frame_2000_ms"], 2),
            },
            "targets_met": {   # the performance issue's (docs/performance.md)
                "frame_0<=33ms": f["frame_0_ms"] <= 33,
                "frame_0<=3x_frame_bare": f["frame_0_ms"] <= 3 * f["frame_bare_ms"],
                "frame_10000<=1.5x_frame_0": f["frame_10000_ms"] <= 1.5 * f["frame_0_ms"],
                "edit_to_frame_2000<=30ms": e["edit_to_frame_2000_ms"] <= 30,
                "edit_to_frame_10000<=50ms": e["edit_to_frame_10000_ms"] <= 50,
                "edit_to_frame<=1.2x_frame": all(e[f"edit_to_frame_{n}_ms"] <= 1.2 * f[f"frame_{n}_ms"] for n in EDIT_COUNTS),
                "pick_10000<=2ms": p["pick_10000_ms"] <= 2,
            },
            "blocks": {str(n): stats[(v, n)] for n in COUNTS},
            "frame_samples_ms": {f"{c[0]}_{c[1]}": [round(x, 1) for x in frames[(v, c)]] for c in configs},
        }
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result, indent=2))
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
