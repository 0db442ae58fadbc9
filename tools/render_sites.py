"""Pictures of every bundled site, rendered with the app's own offscreen renderer.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/render_sites.py [--out DIR]

Writes <site>-birds-eye.png (the site's bird's-eye camera) and <site>-child-eye.png (1.0 m above
the child-eye start, looking along its heading) into docs/images/sites/ for the README and docs.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "sites")
    parser.add_argument("--size", default="960x600")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))

    from junior_planner.render.offscreen import OffscreenView, mesh_item
    from junior_planner.services import library

    args.out.mkdir(parents=True, exist_ok=True)
    view = OffscreenView(width, height)
    for site in library.sites().values():
        mesh = library.site_mesh(site)
        if mesh is None:
            continue
        view.set_items([mesh_item(mesh)])
        birds = site.cameras["birds_eye"]
        view.look(birds["position"], birds["target"], fov=60)
        view.image().save(str(args.out / f"{site.id}-birds-eye.png"))
        child = site.cameras["child_eye"]
        x, y = child["position"]
        heading = math.radians(child["heading"])
        view.look((x, y, 1.0), (x + 10 * math.cos(heading), y + 10 * math.sin(heading), 1.0), fov=70)
        view.image().save(str(args.out / f"{site.id}-child-eye.png"))
        print("rendered", site.id)
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
