"""Site-import benchmark: prints JSON figures for the real-sites issue.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/site_import.py [--copies 9] [--rounds 3]

A district of about 5,000 buildings is made from the real buildings of the Helsinki OpenStreetMap
extract of the test corpus (tools/test_corpus.py): its 446 buildings, with their heights and
levels, repeated in a grid of `--copies` tiles 1.3 km apart. It is written as GeoJSON (WGS84),
as a GeoPackage and as an OpenStreetMap PBF (pyosmium), and each is imported with
`services.sites.import_site` (the same path as `junior-planner site import`: a spawned child
process with its limits, the reader, the builder, the store) into a fresh data folder.

- import_s: median wall time of one import per format (target <= 10 s on 2 cores);
- buildings, triangles, zones: what the import made;
- frame_ms (with a display): median frame of the imported district in a 1280x800 SiteViewport at
  its bird's-eye and top views, beside the largest bundled site (lakeside-park) in the same run.
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

CORPUS = ROOT / ".quickstart" / "corpus"


def district(copies: int, folder: Path) -> dict[str, Path]:
    import numpy as np
    import osmium
    import pyogrio.raw
    import shapely

    source = CORPUS / "gis/helsinki-buildings.geojson"
    if not source.is_file():
        raise SystemExit("the test corpus is missing: run .venv/bin/python tools/test_corpus.py")
    meta, _fids, wkb, fields = pyogrio.raw.read(str(source))
    base = shapely.from_wkb(wkb)
    columns = dict(zip(meta["fields"], fields))
    side = int(np.ceil(np.sqrt(copies)))
    geoms, props = [], []
    for k in range(copies):
        dx, dy = (k % side) * 0.024, (k // side) * 0.012  # ~1.3 km at 60 N
        for i, g in enumerate(base):
            geoms.append(shapely.affinity.translate(g, dx, dy))
            props.append({"building": "yes", "height": columns["height"][i] or None,
                          "building:levels": columns["levels"][i] or None})
    files = {}
    features = [{"type": "Feature", "properties": {k: v for k, v in p.items() if v is not None},
                 "geometry": shapely.geometry.mapping(g)} for g, p in zip(geoms, props)]
    files["geojson"] = folder / "district.geojson"
    files["geojson"].write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    files["gpkg"] = folder / "district.gpkg"
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    heights = np.array([p["height"] or "" for p in props], dtype=object)
    levels = np.array([p["building:levels"] or "" for p in props], dtype=object)
    pyogrio.raw.write(str(files["gpkg"]), shapely.to_wkb(arr), [np.array(["yes"] * len(geoms), dtype=object), heights, levels],
                      ["building", "height", "building:levels"], layer="buildings", driver="GPKG",
                      geometry_type="MultiPolygon", crs="EPSG:4326")
    files["osm-pbf"] = folder / "district.osm.pbf"
    node_id, way_id, rel_id = 1, 1, 1
    with osmium.SimpleWriter(str(files["osm-pbf"])) as writer:
        for g, p in zip(geoms, props):
            tags = {k: str(v) for k, v in p.items() if v}
            polygons = list(getattr(g, "geoms", [g]))
            ways = []
            for polygon in polygons:
                for ring in [polygon.exterior, *polygon.interiors]:
                    coords = list(ring.coords)[:-1]
                    ids = []
                    for x, y in coords:
                        writer.add_node(osmium.osm.mutable.Node(id=node_id, location=(x, y)))
                        ids.append(node_id)
                        node_id += 1
                    ways.append((way_id, ids + [ids[0]], ring is polygon.exterior))
                    way_id += 1
            if len(ways) == 1:
                wid, nodes, _outer = ways[0]
                writer.add_way(osmium.osm.mutable.Way(id=wid, nodes=nodes, tags=tags))
            else:
                for wid, nodes, _outer in ways:
                    writer.add_way(osmium.osm.mutable.Way(id=wid, nodes=nodes))
                members = [("w", wid, "outer" if outer else "inner") for wid, _n, outer in ways]
                writer.add_relation(osmium.osm.mutable.Relation(id=rel_id, members=members,
                                                                tags={**tags, "type": "multipolygon"}))
                rel_id += 1
    return files


def frames(site_ids: list[str], data: Path, rounds: int) -> dict:
    from benchmarks._common import gl_problem
    from junior_planner.render import snapshot

    problem = gl_problem()
    if problem:
        return {"error": problem}
    from OpenGL import GL

    from junior_planner.render.qtapp import application
    from junior_planner.services import library
    from junior_planner.store import Store

    application()
    catalog = library.load_catalog()
    result = {}
    with Store(data) as store:
        for site_id in site_ids:
            site = library.site(site_id, store)
            mesh = library.site_mesh(site)
            library.attach_ground(site)
            view = snapshot.make_viewport(catalog, (1280, 800))
            view.set_site(site, mesh, library._ground_cache.get(site.id))
            times = {"orbit": [], "top": []}
            for _ in range(rounds):
                for name in times:
                    view.birds_eye() if name == "orbit" else view.top_view()
                    for _frame in range(5):
                        start = time.perf_counter()
                        view.repaint()
                        view.makeCurrent()
                        GL.glFinish()
                        times[name].append((time.perf_counter() - start) * 1000.0)
            result[site_id] = {"triangles": int(mesh.triangle_count) if mesh is not None else 0,
                               **{f"frame_{k}_ms": round(statistics.median(v[5:] or v), 1) for k, v in times.items()}}
            view.close()
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12, help="tiles of the 446 Helsinki buildings (12: 5,352)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-frames", action="store_true", help="skip the drawing part")
    args = parser.parse_args(argv)

    from junior_planner.services import sites
    from junior_planner.store import Store

    report: dict = {"copies": args.copies, "imports": {}}
    with tempfile.TemporaryDirectory(prefix="jp-bench-sites-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        files = district(args.copies, folder)
        report["make_files_s"] = round(time.perf_counter() - t, 2)
        data = folder / "data"
        imported = {}
        with Store(data) as store:
            for fmt, path in files.items():
                times, lines = [], []
                for _ in range(args.rounds):
                    lines = []
                    t = time.perf_counter()
                    site_id = sites.import_site(store, path, name=f"district {fmt}", report=lines)
                    times.append(time.perf_counter() - t)
                imported[fmt] = site_id
                from junior_planner.services import library

                site = library.site(site_id, store)
                info = next(d for sid, d, _m in store.imported_sites() if sid == site_id)
                report["imports"][fmt] = {"import_s": round(statistics.median(times), 2),
                                          "import_s_all": [round(x, 2) for x in times],
                                          "buildings": info["import"]["counts"]["buildings"],
                                          "zones": len(site.zones), "crs": site.crs,
                                          "file_mb": round(path.stat().st_size / 1e6, 1)}
        if not args.no_frames:
            report["frames"] = frames(["lakeside-park", imported["geojson"]], data, args.rounds)
    report["target_import_s"] = 10
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
