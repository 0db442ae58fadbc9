"""The gallery: at the end of a workshop (as Block by Block workshops end with presentations) the
day's submitted proposals are shown one by one on a projector, each with a slow walk through the
design at a child's eye height (1.0 m), and beside it the title, the explorers with their badges,
their favourite block, their stickers and reasons (as words) and their own words.

Next / previous: the big buttons, the arrow keys, Page Up / Page Down (presentation clickers),
Space, Home and End. Escape leaves. The 3D view is kept modest (VIEW_SIZE) so the walk stays smooth
with software OpenGL; the walk is driven by a QTimer and the time since the design appeared, so a
slow frame skips ahead instead of slowing the walk down.
"""

from __future__ import annotations

import functools
import time
from typing import Callable, Optional

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from junior_planner.i18n import _
from junior_planner.model.entities import Proposal
from junior_planner.resources import asset
from junior_planner.services.sheet import (
    STICKER_COLOURS, STICKER_SYMBOLS, DesignStory, design_story, submitted_proposals,
)
from junior_planner.services.walk_path import EYE_HEIGHT, FlightPath
from junior_planner.services.workspace import Workspace
from junior_planner.ui import running
from junior_planner.ui.kiosk.avatars import avatar_pixmap
from junior_planner.ui.text import PlainLabel

VIEW_SIZE = QSize(960, 600)
FRAME_MS = 33  # ~30 frames a second when the machine keeps up
MAX_NOTES = 3  # notes shown beside the view (the longest design would not fit a projector)

STYLE = """
QWidget#gallery { background: #13294b; }
QLabel { color: #f4f7fb; font-size: 20px; }
QLabel[role="workshop"] { font-size: 22px; font-weight: 600; color: #ffd6a5; }
QLabel[role="count"] { font-size: 22px; font-weight: 700; color: #ffd6a5; }
QLabel[role="title"] { font-size: 38px; font-weight: 800; color: #ffffff; }
QLabel[role="site"] { font-size: 18px; color: #a9c4e8; }
QLabel[role="heading"] { font-size: 16px; font-weight: 700; color: #ffb86b; letter-spacing: 1px; }
QLabel[role="name"] { font-size: 22px; font-weight: 700; }
QLabel[role="favourite"] { font-size: 22px; font-weight: 700; color: #ff8fb1; }
QLabel[role="words"] { font-size: 20px; font-style: italic; color: #ffffff; }
QLabel[role="reasons"] { font-size: 18px; color: #d9e6f7; }
QLabel[role="empty"] { font-size: 34px; font-weight: 700; color: #ffffff; }
QFrame[role="panel"] { background: rgba(255, 255, 255, 18); border-radius: 22px; }
QFrame[role="viewframe"] { background: #0b1a31; border-radius: 18px; }
QPushButton { background: #ff8c42; color: white; border: none; border-radius: 30px; font-size: 28px;
              font-weight: 800; padding: 10px 34px; min-height: 64px; min-width: 200px; }
QPushButton:disabled { background: rgba(255, 255, 255, 40); color: rgba(255, 255, 255, 110); }
QPushButton:focus { border: 4px solid #ffd6a5; }
"""


@functools.lru_cache(maxsize=64)
def _block_model(path: str):
    from junior_planner.meshes.loader import load_file
    from junior_planner.resources import model3d

    return load_file(model3d(path))


def _label(text: str = "", role: str = "", wrap: bool = True) -> QLabel:
    label = PlainLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def _sticker_chip(sticker: Optional[str], name: str) -> QLabel:
    colour = STICKER_COLOURS.get(sticker or "", "#2c7be5")
    chip = PlainLabel(f"{STICKER_SYMBOLS.get(sticker or '', '•')} {name}")
    chip.setStyleSheet(f"background: {colour}; color: white; border-radius: 14px; padding: 3px 14px;"
                       " font-size: 18px; font-weight: 700;")
    chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return chip


class StoryPanel(QFrame):
    """Beside the view: the title, who made it, the favourite, and why."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(22, 20, 22, 20)
        self.layout_.setSpacing(8)
        self.title = _label(role="title")
        self.site = _label(role="site")
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.site)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.layout_.addLayout(self.body)
        self.layout_.addStretch(1)

    def _clear(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, not only when the event loop deletes it
                item.widget().deleteLater()
            elif item.layout() is not None:
                self._clear(item.layout())
                item.layout().deleteLater()

    def show_story(self, story: DesignStory) -> None:
        self.title.setText(story.title)
        self.site.setText(_("A design for {site}").format(site=story.site_name))
        self._clear(self.body)
        self.body.addSpacing(6)
        if story.explorers:
            self.body.addWidget(_label(_("Made by"), "heading"))
            for person in story.explorers:
                row = QHBoxLayout()
                badge = PlainLabel()
                badge.setPixmap(avatar_pixmap(person.badge_key, 48))
                badge.setFixedSize(50, 50)
                row.addWidget(badge)
                row.addWidget(_label(person.name, "name", wrap=False), 1)
                self.body.addLayout(row)
        if story.favourite_id:
            self.body.addSpacing(6)
            self.body.addWidget(_label(_("Our favourite"), "heading"))
            row = QHBoxLayout()
            icon = PlainLabel()
            pixmap = QPixmap(str(asset("icons", "blocks", f"{story.favourite_id}-128.png")))
            if not pixmap.isNull():
                icon.setPixmap(pixmap.scaled(56, 56, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
            icon.setFixedSize(58, 58)
            row.addWidget(icon)
            row.addWidget(_label("♥ " + story.favourite_name, "favourite"), 1)
            self.body.addLayout(row)
        if story.notes:
            self.body.addSpacing(6)
            self.body.addWidget(_label(_("Why we made it like this"), "heading"))
            for note in story.notes[:MAX_NOTES]:
                if note.sticker_name:
                    row = QHBoxLayout()
                    row.addWidget(_sticker_chip(note.sticker, note.sticker_name))
                    if note.block_name:
                        row.addWidget(_label(note.block_name, "reasons"), 1)
                    else:
                        row.addStretch(1)
                    self.body.addLayout(row)
                if note.reasons:
                    self.body.addWidget(_label(", ".join(note.reasons), "reasons"))
                if note.text:
                    self.body.addWidget(_label("“" + note.text + "”", "words"))
            if len(story.notes) > MAX_NOTES:
                self.body.addWidget(_label(_("…and {count} more").format(count=len(story.notes) - MAX_NOTES), "reasons"))


class GalleryWindow(QWidget):
    """The day's submitted proposals of one workshop, one at a time."""

    def __init__(self, workspace: Workspace, workshop_id: str, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self.setObjectName("gallery")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.data = Workspace.of(workspace)
        store = self.store = self.data.store  # handed to the services
        self.workshop = self.data.workshop(workshop_id)
        assert self.workshop is not None
        self.site = self.data.library.site(self.workshop.site_id)
        self.catalog = self.data.library.catalog
        self.proposals: list[Proposal] = submitted_proposals(store, workshop_id)
        self.index = 0
        self.flight: Optional[FlightPath] = None
        self._clock = clock
        self._started = clock()
        self.setWindowTitle(_("Junior Planner - our designs - {title}").format(title=self.workshop.title))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 16, 28, 18)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.heading = _label(role="workshop", wrap=False)
        self.counter = _label(role="count", wrap=False)
        top.addWidget(self.heading, 1)
        top.addWidget(self.counter)
        outer.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(18)
        self.viewport = None
        self.frame = QFrame()
        self.frame.setProperty("role", "viewframe")
        frame_layout = QGridLayout(self.frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        if self.site is not None and self.proposals:
            from junior_planner.render.viewport import SiteViewport

            self.viewport = SiteViewport(self.catalog, _block_model)
            self.viewport.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.viewport.setMaximumSize(VIEW_SIZE)
            self.viewport.setMinimumSize(480, 300)
            self.viewport.grid.setVisible(False)
            frame_layout.addWidget(self.viewport, 0, 0)
        else:
            self.empty = _label(role="empty")
            self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            frame_layout.addWidget(self.empty, 0, 0)
        self.frame.setMaximumSize(VIEW_SIZE)
        middle.addWidget(self.frame, 3)
        self.panel = StoryPanel()
        self.panel.setMinimumWidth(280)
        # a long story is cut at the bottom rather than growing the window past the screen
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        middle.addWidget(self.panel, 1)
        outer.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previous")
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next)
        self.dots = _label(role="count", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.dots, 1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

        # the keys are the window's own (a presentation clicker sends Page Up / Page Down); the
        # buttons and the 3D view never take the focus, so no key goes to them instead
        for widget in (self.previous_button, self.next_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self.viewport is not None:
            self.viewport.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys = {Qt.Key.Key_Right: self.next, Qt.Key.Key_PageDown: self.next, Qt.Key.Key_Space: self.next,
                      Qt.Key.Key_Down: self.next, Qt.Key.Key_Left: self.previous, Qt.Key.Key_PageUp: self.previous,
                      Qt.Key.Key_Backspace: self.previous, Qt.Key.Key_Up: self.previous, Qt.Key.Key_Home: self.first,
                      Qt.Key.Key_End: self.last, Qt.Key.Key_Escape: self.close}
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self._scene_ready = False
        self.retranslate()
        self.show_proposal(0)

    # --- navigation -------------------------------------------------------------------------
    @property
    def current(self) -> Optional[Proposal]:
        return self.proposals[self.index] if self.proposals else None

    def next(self) -> None:
        if self.index + 1 < len(self.proposals):
            self.show_proposal(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_proposal(self.index - 1)

    def first(self) -> None:
        self.show_proposal(0)

    def last(self) -> None:
        self.show_proposal(max(len(self.proposals) - 1, 0))

    def show_proposal(self, index: int) -> None:
        self.index = max(0, min(index, len(self.proposals) - 1)) if self.proposals else 0
        self._update_chrome()
        proposal = self.current
        if proposal is None:
            self.panel.title.setText(_("No finished designs yet"))
            self.panel.site.setText(_("Designs appear here when children press \"I'm finished\"."))
            return
        self.panel.show_story(design_story(self.store, proposal, self.catalog))
        if self.viewport is not None and self.site is not None:
            from junior_planner.render import snapshot

            snapshot.set_scene(self.viewport, proposal, self.site)
            self.viewport.grid.setVisible(False)
            self.flight = FlightPath(self.site, proposal, self.catalog)
            self._started = self._clock()
            self.show_time(0.0)
            if self.isVisible():
                self.timer.start()

    def _update_chrome(self) -> None:
        count = len(self.proposals)
        self.counter.setText(_("{number} of {count}").format(number=self.index + 1, count=count) if count else "")
        self.dots.setText("  ".join("●" if i == self.index else "○" for i in range(count)) if count <= 20 else "")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < count)

    def retranslate(self) -> None:
        self.heading.setText(_("Our designs: {title}").format(title=self.workshop.title))
        self.previous_button.setText("◀  " + _("Previous"))
        self.previous_button.setAccessibleName(_("Previous design"))
        self.next_button.setText(_("Next") + "  ▶")
        self.next_button.setAccessibleName(_("Next design"))
        if self.viewport is None:
            self.empty.setText(_("No finished designs yet") if self.site is not None else
                               _("the site '{site}' of this workshop is not installed here").format(site=self.workshop.site_id))
        self._update_chrome()

    # --- the walk ----------------------------------------------------------------------------
    def elapsed(self) -> float:
        return self._clock() - self._started

    def tick(self) -> None:
        self.show_time(self.elapsed())

    def show_time(self, t: float) -> None:
        """Put the child's eye where the walk is `t` seconds after the design appeared."""
        if self.viewport is None or self.flight is None:
            return
        (x, y), (tx, ty) = self.flight.pose(t)
        view = self.viewport
        ground = view.ground_height(x, y)
        eye = (x, y, ground + EYE_HEIGHT)
        target = (tx, ty, ground + EYE_HEIGHT - 0.3)  # a little down, as a child looks at things
        view.look(eye, target, fov=72)
        view.mode = "child"

    def keyPressEvent(self, event) -> None:  # noqa: N802
        action = self._keys.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.viewport is not None and self.flight is not None:
            self._started = self._clock()
            self.timer.start()
        self.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().closeEvent(event)


def run_gallery(workspace: Workspace, workshop_id: str, windowed: bool = False, screenshot: Optional[str] = None,
                screenshot_time: float = 6.0) -> int:
    """Open the gallery full screen (or in a window) and run until it is closed; with
    `screenshot`, show the first design `screenshot_time` seconds into its walk, save a picture
    of the window and quit."""
    from junior_planner.render.qtapp import application

    app = application()
    app.setApplicationName("Junior Planner")
    window = GalleryWindow(workspace, workshop_id)
    running.show(window, windowed=windowed or bool(screenshot))
    if screenshot:
        running.settle(0.6)
        window.timer.stop()
        window.show_time(screenshot_time)
        running.settle(0.1)
        running.save_picture(window, screenshot)
        window.close()
        return 0
    return app.exec()
