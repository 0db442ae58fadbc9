"""Screenshots of the 3D editor for the docs, to look at with a child's eyes.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/editor_screenshots.py [--out DIR]

Opens the editor on lakeside-park and school-gate with a small playground built through the one
writer (editor.execute), in the bird's-eye and child-eye views, at 1280x800 and 1024x600, in
English and Chinese, and saves docs/images/editor-<site>-<view>-<lang>-<size>.png. A last picture
per site shows a refused ghost with its message.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import ROOT, save, settle, start  # noqa: E402,F401

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
    args, app = start(__doc__, argv)

    from junior_planner import i18n
    from junior_planner.services import workshops
    from junior_planner.services.library import Library
    from junior_planner.store import Store
    from junior_planner.ui.editor.widget import EditorWidget

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        for site_id in SITES:
            site = Library.of(store).site(site_id)
            Library.of(store).attach_ground(site)
            ws = workshops.new_workshop(store, site_id, "Screenshots", budget=60)
            proposal = workshops.start_proposal(store, ws, workshops.new_participant(ws, "Blue Fox", "6-8"))
            editor = workshops.open_editor(store, proposal)
            eye = (site.cameras.get("child_eye") or {}).get("position", [0, 0])
            heading = math.radians((site.cameras.get("child_eye") or {}).get("heading", 90))
            centre = (eye[0] + 16 * math.cos(heading), eye[1] + 16 * math.sin(heading))
            placed = build_playground(editor, centre)
            for lang in ("en", "zh_CN"):
                i18n.set_language(lang)
                for width, height in SIZES:
                    widget = EditorWidget(editor)
                    widget.resize(width, height)
                    widget.show()
                    settle(app, 8)
                    if placed:
                        widget.select(placed[0])
                    for view in ("birds-eye", "child-eye"):
                        if view == "child-eye":
                            widget.toggle_view()
                        settle(app, 8)
                        path = args.out / f"editor-{site_id}-{view}-{lang}-{width}x{height}.png"
                        save(widget, path)
                    if width == 1280:  # a refused ghost and its message, from above
                        widget.toggle_view()
                        widget.select(None)
                        widget.palette.choose("bench")
                        road = next((z for z in site.zones if z.kind in ("road", "water")), None)
                        if road is not None:
                            x, y = road.polygon.mean(axis=0)
                            pixels, _ = widget.view.project([[x, y, site.ground_height(x, y)]])
                            widget._do(widget.tool.move(tuple(pixels[0]), (x, y)))
                            settle(app, 8)
                            path = args.out / f"editor-{site_id}-refused-{lang}-{width}x{height}.png"
                            save(widget, path)
                    widget.close_editor()
                    widget.close()
                    widget.deleteLater()
                    settle(app, 8)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
