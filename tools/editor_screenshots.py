"""Screenshots of the 3D editor for the docs, to look at with a child's eyes.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/editor_screenshots.py [--out DIR]

Opens the editor on lakeside-park and school-gate with a small playground built through the one
writer (editor.execute), in the bird's-eye and child-eye views, at 1280x800 and 1024x600, in
English and Chinese, and saves docs/images/editor-<site>-<view>-<lang>-<size>.png. A last picture
per site shows a refused ghost with its message.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

SIZES = ((1280, 800), (1024, 600))
SITES = ("lakeside-park", "school-gate")
# (block, x, y, yaw) around the spot ahead of each site's child-eye start
PLAYGROUND = [("slide", -4.0, 0.0, 90.0), ("swing", 4.0, 2.0, 0.0), ("tree", -8.0, 6.0, 0.0), ("tree", 9.0, 7.0, 0.0),
              ("bench", 0.0, -4.0, 0.0), ("sandpit", 3.0, -6.0, 0.0), ("picnic-table", -6.0, -6.0, 30.0),
              ("flower-bed", 0.0, 6.0, 0.0)]


def build_playground(editor, centre) -> list[str]:
    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id

    placed = []
    for kind, dx, dy, yaw in PLAYGROUND:
        for radius in (0.0, 1.0, 2.0, 3.0, 4.0):
            done = False
            for a in range(0, 360, 45 if radius else 360):
                x = round(centre[0] + dx + radius * math.cos(math.radians(a)))
                y = round(centre[1] + dy + radius * math.sin(math.radians(a)))
                block = PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, z=editor.site.ground_height(x, y), yaw=yaw)
                if editor.check(PlaceBlock(block=block)) is None:
                    editor.execute(PlaceBlock(block=block))
                    placed.append(block.uuid)
                    done = True
                    break
            if done:
                break
    return placed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from junior_planner import i18n
    from junior_planner.services import library, workshops
    from junior_planner.store import Store
    from junior_planner.ui.editor.widget import EditorWidget

    from junior_planner.render.qtapp import application

    app = application()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(n: int = 8) -> None:
        for _ in range(n):
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        for site_id in SITES:
            site = library.site(site_id, store)
            library.attach_ground(site)
            ws = workshops.new_workshop(store, site_id, "Screenshots", budget=60)
            proposal = workshops.start_proposal(store, ws, workshops.new_participant(ws, "Blue Fox", "6-8"))
            editor = workshops.open_editor(store, proposal)
            start = (site.cameras.get("child_eye") or {}).get("position", [0, 0])
            heading = math.radians((site.cameras.get("child_eye") or {}).get("heading", 90))
            centre = (start[0] + 16 * math.cos(heading), start[1] + 16 * math.sin(heading))
            placed = build_playground(editor, centre)
            for lang in ("en", "zh_CN"):
                i18n.set_language(lang)
                for width, height in SIZES:
                    widget = EditorWidget(editor)
                    widget.resize(width, height)
                    widget.show()
                    settle()
                    if placed:
                        widget.select(placed[0])
                    for view in ("birds-eye", "child-eye"):
                        if view == "child-eye":
                            widget.toggle_view()
                        settle()
                        path = args.out / f"editor-{site_id}-{view}-{lang}-{width}x{height}.png"
                        widget.grab().save(str(path))
                        print("saved", path.relative_to(ROOT))
                    if width == 1280:  # a refused ghost and its message, from above
                        widget.toggle_view()
                        widget.select(None)
                        widget.palette.choose("bench")
                        road = next((z for z in site.zones if z.kind in ("road", "water")), None)
                        if road is not None:
                            x, y = road.polygon.mean(axis=0)
                            pixels, _ = widget.view.project([[x, y, site.ground_height(x, y)]])
                            widget._do(widget.tool.move(tuple(pixels[0]), (x, y)))
                            settle()
                            path = args.out / f"editor-{site_id}-refused-{lang}-{width}x{height}.png"
                            widget.grab().save(str(path))
                            print("saved", path.relative_to(ROOT))
                    widget.close_editor()
                    widget.close()
                    widget.deleteLater()
                    settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
