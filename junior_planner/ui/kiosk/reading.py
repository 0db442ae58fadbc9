"""The kiosk's read-aloud (part of KioskWindow): what each screen's speaker button says, reading a
screen when it opens (a workshop setting), and a button's name when it is pressed and held."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from junior_planner import i18n
from junior_planner.i18n import _


class ReadAloud:
    """Mixed into KioskWindow, which has `speaker`, `stack`, the screens, `why`, `editor`,
    `session`, `data` and `read_aloud_on_open`."""

    def prompt(self) -> list[tuple[str, dict]]:
        """What the read-aloud button says on the screen a child sees now."""
        if self.why is not None and self.why.isVisible():
            return self.why.prompt()
        screen = self.stack.currentWidget()
        if screen is self.build:
            said = [(_("Pick a block, then tap where it goes."), {})]
            coins = self.coins()
            if coins is not None:
                said.append((_("Coins left: {left} of {budget}"), coins))
            return said
        return screen.prompt() if hasattr(screen, "prompt") else []

    def read_screen(self) -> bool:
        return self.speaker.say_all(self.prompt())

    def say_widget(self, widget) -> bool:
        """Read a button's name (pressed and held): its words as shown, numbers and all."""
        return self.speaker.say_shown(widget.accessibleName() or (widget.text() if hasattr(widget, "text") else ""))

    def editor_view(self):
        """The 3D view a child builds in, if the build screen is open."""
        return getattr(self.editor_widget, "view", None) if self.editor_widget is not None else None

    def say_block_at(self, x: float, y: float) -> bool:
        """Read the name of the block under a finger held still on the 3D view."""
        view = self.editor_view()
        hit = view.pick(x, y) if view is not None else None
        block = self.editor.proposal.blocks.get(hit.block) if hit is not None and hit.block else None
        kind = self.editor.catalog.get(block.block_type) if block is not None else None
        if kind is None:
            return False
        return self.speaker.say_shown(kind.name(i18n.language()))

    def _screen_opened(self, _index: int) -> None:
        self.speaker.stop()
        if self.read_aloud_on_open:
            QTimer.singleShot(300, self, self.read_screen)  # not after the window is gone
