"""Does a window fit its screen? Measured from the widgets themselves (geometry and font metrics),
not from pixels: the window's layout needs no more than the screen, no text is cut short or
elided, nothing scrolls sideways, and every button a finger can press is at least 9 mm
(48 px at 96 dpi)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QToolButton, QWidget

MIN_TOUCH = 48  # px at 96 dpi: 9 mm
BUTTON_INSET = 12  # a button's border and padding, each side together (our style sheets: 3 + 3)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName()}) {text[:32]!r}"


def _widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def problems(window: QWidget, width: int, height: int) -> list[str]:
    """What does not fit when `window` fills a `width` x `height` screen."""
    found = []
    layout = window.layout()
    need = layout.totalMinimumSize() if layout is not None else window.minimumSizeHint()
    if need.width() > width or need.height() > height:
        found.append(f"the window needs {need.width()}x{need.height()} on a {width}x{height} screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                found.append(f"scrolls sideways: {_name(widget)}")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect()
            if widget.wordWrap():
                if widget.heightForWidth(room.width()) > room.height() + 2:
                    found.append(f"text cut off at the bottom: {_name(widget)}")
            elif _widest_line(widget, widget.text()) > room.width() + 1:
                found.append(f"text cut off at the side: {_name(widget)}")
        if isinstance(widget, QAbstractButton):
            if widget.isEnabled() and (widget.width() < MIN_TOUCH or widget.height() < MIN_TOUCH):
                found.append(f"smaller than a finger ({widget.width()}x{widget.height()}): {_name(widget)}")
            text = widget.text().replace("&&", "&")
            if text:
                need_w = _widest_line(widget, text)
                beside = isinstance(widget, QToolButton) and \
                    widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if (beside or not isinstance(widget, QToolButton)) and not widget.icon().isNull():
                    need_w += widget.iconSize().width() + 4
                if need_w > widget.width() - BUTTON_INSET:
                    found.append(f"button text cut short ({need_w} px in {widget.width()}): {_name(widget)}")
    return found


SCREENS = ("welcome", "who", "build", "why", "finish", "keyboard", "thanks", "pin")


def walk_kiosk(store, workshop, width: int, height: int, lang: str):
    """Open the kiosk at `width` x `height` (as full screen on a tablet of that size) and take it
    through every screen and dialog a child or facilitator meets: two children, three blocks, a
    note, the finish screen and its keyboard, thanks, and the PIN pad. Yields (screen, window)."""
    from PySide6.QtWidgets import QApplication

    from junior_planner import i18n
    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id
    from junior_planner.services.editing import EditRefused
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow

    app = QApplication.instance()

    def settled(name: str):
        for _ in range(8):
            app.processEvents()
        return name, window

    i18n.set_language(lang)
    window = KioskWindow(store, KioskSession(store, workshop), sounds=SoundPlayer(enabled=False))
    try:
        window.set_language(lang)
        window.setFixedSize(width, height)
        window.move(0, 0)
        window.show()
        yield settled("welcome")
        window.go_who()
        window.who.add_child()
        yield settled("who")
        window.who.cards[0].age_buttons["9-11"].click()
        window.who.cards[1].age_buttons["6-8"].click()
        window.who.go.click()
        for kind, x, y in (("slide", 4.0, 2.0), ("tree", 9.0, -6.0), ("bench", -2.0, -5.0)):
            try:
                window.editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y)))
            except EditRefused:
                pass
        yield settled("build")
        window.say_why()
        window.why.sticker_buttons["love"].click()
        yield settled("why")
        window.why.save()
        window.go_finish()
        yield settled("finish")
        window.finish.show_keyboard(True)
        yield settled("keyboard")
        window.finish.show_keyboard(False)
        window.finish.name_edit.setText("Park" if lang == "en" else "公园")
        window.finish.done_button.click()
        yield settled("thanks")
        window.ask_pin()
        yield settled("pin")
    finally:
        window.allow_close = True
        window.close()
        window.deleteLater()
        app.processEvents()


def main(argv=None) -> int:
    """`python -m tests.ui.kiosk.fit WIDTH HEIGHT LANG`: walk the kiosk on a throw-away workshop
    and print one JSON line per problem (the 200 % test runs this under QT_SCALE_FACTOR=2)."""
    import json
    import sys
    import tempfile
    from pathlib import Path

    from junior_planner.render.qtapp import application
    from junior_planner.services import workshops
    from junior_planner.services.pin import PinGuard
    from junior_planner.store import Store

    width, height, lang = int(argv[0]), int(argv[1]), argv[2]
    application()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        workshop = workshops.new_workshop(store, "school-gate", "Fit", budget=60)
        PinGuard(store, workshop.id).set_pin("2468")
        for screen, window in walk_kiosk(store, workshop, width, height, lang):
            for problem in problems(window, width, height):
                print(json.dumps({"screen": screen, "problem": problem}))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
