"""The child's way through the kiosk, by touch alone: from the welcome screen to a finished design
with two blocks and one "why" note. Counts the taps and the screens passed. Prints JSON.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/kiosk_flow.py [--size 1024x600]

Every step is a tap (press and release of a finger, sent as a mouse click) on a widget a child
sees, at its middle, or on the 3D view where the new block goes; no keyboard, no method calls.
The real 3D editor is used (so it needs GL: run under Xvfb with Mesa). Target (issue 15): at most
12 taps. tests/ui/kiosk/test_touch_flow.py runs the same flow.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

TARGET_TAPS = 12
BLOCKS = ("slide", "swing")


def run_flow(store, workshop, width: int = 1024, height: int = 600, lang: str = "en") -> dict:
    """Walk one child through the kiosk by taps; returns the figures and the finished proposal."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.ui.audio import SoundPlayer, Speaker
    from junior_planner.ui.kiosk.window import KioskWindow

    from junior_planner import i18n

    app = QApplication.instance()
    i18n.set_language(lang)
    window = KioskWindow(store, KioskSession(store, workshop), sounds=SoundPlayer(enabled=False),
                         speaker=Speaker(enabled=False), site_picture=False)
    window.set_language(lang)
    window.setFixedSize(width, height)
    window.show()
    taps: list[str] = []
    screens: list[str] = []

    def settle(rounds: int = 10) -> None:
        for _ in range(rounds):
            app.processEvents()
        QTest.qWait(30)

    def note_screen() -> None:
        current = window.stack.currentWidget()
        name = {window.welcome: "welcome", window.who: "who", window.build: "build", window.finish: "finish",
                window.thanks: "thanks"}.get(current, "?")
        if window.why is not None and window.why.isVisible():
            name = "why"
        if not screens or screens[-1] != name:
            screens.append(name)

    def tap(widget, what: str, at: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), what
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         at if at is not None else widget.rect().center())
        taps.append(what)
        settle()
        note_screen()

    settle()
    note_screen()
    tap(window.welcome.start_button, "start")
    tap(window.who.cards[0].age_buttons["9-11"], "my age")
    tap(window.who.go, "let's build")
    settle(30)
    editor, view = window.editor, window.editor_widget.view
    eye = (editor.site.cameras.get("child_eye") or {}).get("position", [0.0, 0.0])
    for i, kind in enumerate(BLOCKS):
        tap(window.editor_widget.palette.buttons[kind], f"choose {kind}")
        spot = None
        for dx in range(-12, 13, 3):  # where a child sees green: a free spot in view
            for dy in range(4, 40, 3):
                x, y = eye[0] + dx + 7 * i, eye[1] + dy
                trial = PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, z=editor.site.ground_height(x, y))
                if editor.check(PlaceBlock(block=trial)) is None:
                    pixels, visible = view.project([[x, y, trial.z]])
                    px, py = pixels[0]
                    if visible[0] and 8 < px < view.width() - 8 and 8 < py < view.height() - 8:
                        spot = QPoint(int(px), int(py))
                        break
            if spot is not None:
                break
        assert spot is not None, f"no free spot in view for a {kind}"
        before = len(editor.proposal.blocks)
        tap(view, f"place {kind}", spot)
        if len(editor.proposal.blocks) == before:  # the tap only showed the ghost: tap again to place
            tap(view, f"place {kind} (again)", spot)
    tap(window.why_button, "say why")
    tap(window.why.sticker_buttons["love"], "I love it")
    tap(window.why.save_button, "save the note")
    tap(window.finished_button, "I'm finished")
    proposal_id = editor.proposal.id
    tap(window.finish.done_button, "we're done")
    proposal = store.proposal(proposal_id)
    window.allow_close = True
    window.close()
    return {"taps": len(taps), "target_taps": TARGET_TAPS, "screens": screens, "steps": taps,
            "blocks": len(proposal.blocks), "notes": len(proposal.annotations), "status": proposal.status,
            "size": f"{width}x{height}", "language": lang}


def make_workshop(store, site: str = "school-gate"):
    """A workshop whose children's guardians consented (class forms), so the design is kept."""
    from junior_planner.services import data_rights
    from junior_planner.services.pin import PinGuard

    workshop = data_rights.create_workshop(store, site, "Flow", budget=60)
    workshop = data_rights.edit_workshop(store, workshop, consent_on_file="class forms")
    PinGuard(store, workshop.id).set_pin("2468")
    return workshop


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1024x600")
    parser.add_argument("--site", default="school-gate")
    parser.add_argument("--lang", default="en", choices=["en", "zh_CN"])
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    from junior_planner.render.qtapp import application
    from junior_planner.store import Store

    application()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        workshop = make_workshop(store, args.site)
        print(json.dumps(run_flow(store, workshop, width, height, args.lang), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
