"""Screenshots of every kiosk screen, in English and Chinese, at 1280x800 and 1024x600.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/kiosk_screenshots.py [--out DIR]

Makes a throw-away workshop on the school-gate site, walks a group of two children through the
flow with a few blocks and a note, and saves docs/images/kiosk-<screen>-<lang>-<size>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import ROOT, save, settle, start  # noqa: E402,F401

SIZES = ((1280, 800), (1024, 600))
BLOCKS = (("slide", 4.0, 2.0, 90.0), ("swing", -5.0, 3.0, 0.0), ("tree", 9.0, -6.0, 0.0), ("bench", -2.0, -5.0, 0.0),
          ("crossing", 0.0, -20.0, 0.0))


def main(argv=None) -> int:
    args, app = start(__doc__, argv, site="school-gate")

    from junior_planner import i18n
    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id
    from junior_planner.services import workshops
    from junior_planner.services.editing import EditRefused
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.services.pin import PinGuard
    from junior_planner.store import Store
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow


    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        ws = workshops.new_workshop(store, args.site, "Screenshots", budget=60)
        PinGuard(store, ws.id).set_pin("2468")
        for lang in ("en", "zh_CN"):
            for width, height in SIZES:
                i18n.set_language(lang)
                window = KioskWindow(store, KioskSession(store, ws), sounds=SoundPlayer(enabled=False))
                window.set_language(lang)
                window.setFixedSize(width, height)  # as full screen on a tablet of that size
                window.show()

                def snap(name: str) -> None:
                    settle(app, 6)
                    save(window, args.out / f"kiosk-{name}-{lang}-{width}x{height}.png")

                snap("1-welcome")
                window.go_who()
                window.who.add_child()
                window.who.cards[0].age_buttons["9-11"].click()
                window.who.cards[1].age_buttons["6-8"].click()
                snap("2-who")
                window.who.go.click()
                for kind, x, y, yaw in BLOCKS:
                    try:
                        window.editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, yaw=yaw)))
                    except EditRefused:
                        pass
                window.editor_widget.view.look((0, -32, 16), (0, 0, 0))
                snap("3-build")
                window.say_why()
                window.why.sticker_buttons["love"].click()
                window.why.reason_buttons["play-together"].click()
                snap("4-why")
                window.why.save()
                window.go_finish()
                window.finish.name_edit.setText("Happy school gate" if lang == "en" else "快乐校门")
                window.finish.favourite_group.buttons()[0].click()
                window.finish.sticker_buttons["love"].click()
                snap("5-finish")
                window.finish.done_button.click()
                snap("6-thanks")
                window.allow_close = True
                window.close()
                window.deleteLater()
                app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
