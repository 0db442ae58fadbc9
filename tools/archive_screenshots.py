#!/usr/bin/env python3
"""Pictures of the city archive for the planner's guide:
docs/images/archive-qgis-layers.png (the archive's views drawn by QGIS, as "Add PostGIS Layer"
opens them) and docs/images/review-archive-en.png (the review window on the archive).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/archive_screenshots.py

Needs Debian's postgresql-15, postgresql-15-postgis-3 and python3-qgis (QGIS 3.22). A throw-away
server (tools/throwaway_pg.py) gets the demo workshop's bundle and the review pictures' bundles
(tools/review_screenshots.py), published as a facilitator; everything is read as a planner.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import throwaway_pg  # noqa: E402
from review_screenshots import make_bundles, settle  # noqa: E402

from junior_planner import i18n  # noqa: E402
from junior_planner.services import archive, bundle, demo  # noqa: E402
from junior_planner.store import Store  # noqa: E402

OUT = ROOT / "docs" / "images"


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="jp-archive-shots-"))
    server = throwaway_pg.start()
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        server.create_database("city")
        print(archive.init(server.url("city")).summary())
        server.add_login("ana_planner", "jp_planner")
        server.add_login("fei_facilitator", "jp_facilitator")
        data = demo.prepare(str(folder / "demo"))
        with Store(data) as store:
            [ws] = store.workshops()
            demo_bundle = bundle.export_bundle(store, ws, folder / "demo.jpbundle").path
        paths = [demo_bundle] + make_bundles(folder / "review")
        for result in archive.publish(server.url("city", "fei_facilitator"), paths):
            print(result.summary())
        conn = f"host=127.0.0.1 port={server.port} dbname=city user=ana_planner"
        shot = OUT / "archive-qgis-layers.png"
        done = subprocess.run(["/usr/bin/python3", str(ROOT / "tools" / "qgis_layers.py"), "--conn", conn, "--out", str(shot),
                               "--site", "practice-lawn",
                               "--title", "QGIS 3.22: the archive's views as PostGIS layers (practice lawn)"],
                              capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if done.returncode != 0:
            sys.exit(done.stderr[-2000:])
        for line in done.stdout.splitlines():
            print(json.loads(line))
        print(f"wrote {shot}")
        window_shot(server.url("city", "ana_planner"), folder)
    finally:
        server.stop()


def window_shot(url: str, folder: Path) -> None:
    from junior_planner.render.qtapp import application
    from junior_planner.services.archive_review import Scope
    from junior_planner.ui.review.window import ReviewWindow

    i18n.set_language("en")
    app = application()
    window = ReviewWindow(folder / "planner")
    window.resize(1280, 800)
    window.show()
    window.open_archive(url, Scope(site="practice-lawn"))
    while window.loader.busy or window.archive_scope is None:
        settle(app, 0.1)
    settle(app, 1.5)
    window.tabs.setCurrentWidget(window.patterns)
    settle(app, 1.5)
    out = OUT / "review-archive-en.png"
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()


if __name__ == "__main__":
    main()
