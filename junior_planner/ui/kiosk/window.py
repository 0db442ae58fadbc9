"""The kiosk window: full screen, no way out for a child, back to the welcome screen when idle.

A facilitator leaves by holding the top-left corner for three seconds and typing the PIN. The
process then exits with EXIT_BY_FACILITATOR (0); every other end is a failure, so a kiosk
service (systemd Restart=on-failure, cage) starts it again, and the draft in progress reopens.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from junior_planner import i18n
from junior_planner.i18n import _
from junior_planner.model.commands import Annotate
from junior_planner.model.entities import Annotation, new_id, utc_now
from junior_planner.model.pseudonyms import display_name
from junior_planner.services.kiosk import KioskSession
from junior_planner.services.pin import PinGuard
from junior_planner.services.workspace import Workspace
from junior_planner.ui.audio import SoundPlayer, Speaker
from junior_planner.ui.kiosk.pinpad import PinPad
from junior_planner.ui.kiosk.reading import ReadAloud
from junior_planner.ui.kiosk.sounds import ActionSounds
from junior_planner.ui.kiosk.avatars import avatar_pixmap
from junior_planner.ui.kiosk.guard import CORNER, InputWatcher
from junior_planner.ui.kiosk.screens import FinishScreen, ThanksScreen, WelcomeScreen
from junior_planner.ui.kiosk.who import WhoScreen
from junior_planner.ui.kiosk.style import stylesheet
from junior_planner.ui.text import PlainLabel

EXIT_BY_FACILITATOR = 0
THANKS_MS = 20000


class KioskWindow(ReadAloud, QWidget):
    exit_requested = Signal(int)

    def __init__(self, workspace: Workspace, session: KioskSession, scale: float = 1.0, high_contrast: bool = False,
                 sounds: Optional[SoundPlayer] = None, editor_factory: Optional[Callable] = None,
                 site_picture: bool = True, speaker: Optional[Speaker] = None, read_aloud_on_open: bool = True):
        super().__init__()
        self.data, self.session = Workspace.of(workspace), session
        store = self.store = self.data.store  # handed to the services
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setStyleSheet(stylesheet(scale, high_contrast))
        self.sounds = sounds or SoundPlayer(enabled=session.workshop.sounds)
        self.speaker = speaker or Speaker(data_dir=self.data.data_dir)
        self.read_aloud_on_open = read_aloud_on_open and session.workshop.read_aloud
        self.high_contrast = high_contrast
        self.scale = scale
        self._editor_factory = editor_factory
        self.allow_close = False
        self.editor = None
        self.editor_widget = None
        self.action_sounds = ActionSounds(self.sounds)
        site = self.data.library.site(session.workshop.site_id)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomeScreen(dict(site.names) if site else {"en": session.workshop.title})
        self.who = WhoScreen(lambda taken: session.suggest_pseudonym(taken))
        self.build = QWidget()
        self.finish = FinishScreen(self.data.library.catalog)
        self.thanks = ThanksScreen()
        for screen in (self.welcome, self.who, self.build, self.finish, self.thanks):
            self.stack.addWidget(screen)
            if hasattr(screen, "speak"):
                screen.speak.clicked.connect(self.read_screen)
        self.stack.currentChanged.connect(self._screen_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_layout = QVBoxLayout(self.build)
        self._build_layout.setContentsMargins(0, 0, 0, 0)
        self._top = self._make_top_bar()
        self._build_layout.addWidget(self._top)
        from junior_planner.ui.kiosk.strip import IndicatorStrip

        self.strip = IndicatorStrip()
        self._build_layout.addWidget(self.strip)
        self._indicators = None

        self.welcome.start.connect(self.go_who)
        self.welcome.language_chosen.connect(self.set_language)
        self.who.back.connect(self.go_welcome)
        self.who.ready.connect(self.start_building)
        self.finish.back.connect(lambda: self.stack.setCurrentWidget(self.build))
        self.finish.done.connect(self.submit)
        self.thanks.next_child.connect(self.go_welcome)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(session.workshop.idle_timeout_s, 10) * 1000)
        self.idle.timeout.connect(self.on_idle)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self.go_welcome)

        from junior_planner.ui.audio import make_recorder
        from junior_planner.ui.kiosk.why import WhyPanel

        self._make_why = lambda editor: WhyPanel(editor, make_recorder() if session.workshop.voice_notes else None,
                                                 self.data.media, self)
        self.why: Optional[WhyPanel] = None
        self.pinpad = PinPad(PinGuard(store, session.workshop.id), self)
        self.pinpad.hide()
        self.pinpad.opened.connect(self._facilitator_menu)
        self.pinpad.cancelled.connect(self.pinpad.hide)
        self.menu = self._make_menu()
        self.menu.hide()
        self.watcher = InputWatcher(self)
        QApplication.instance().installEventFilter(self.watcher)

        if site_picture and site is not None:
            QTimer.singleShot(0, lambda: self._draw_site(site))
        draft = session.draft_in_progress()
        if draft is not None:
            self._open_editor(session.resume(draft))
        else:
            self.go_welcome()

    def _draw_site(self, site) -> None:
        """The welcome screen's picture of the place, from the site's bird's-eye camera."""
        from junior_planner.model.entities import Proposal
        from junior_planner.render import snapshot

        if snapshot.display_problem():
            return
        pictures = snapshot.Snapshotter(self.data.library.catalog, (960, 540))
        try:
            self.welcome.set_picture(pictures.render(Proposal(id="", workshop_id="", created_at=""), site, "orbit"))
        except snapshot.RenderError:
            pass
        finally:
            pictures.close()

    # --- bars and overlays ----------------------------------------------------------------------
    def _make_top_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("kiosk-top")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 2, 12, 2)
        from junior_planner.ui.kiosk.screens import speaker_button

        self.build_speak = speaker_button()
        self.build_speak.clicked.connect(self.read_screen)
        row.addWidget(self.build_speak)
        self.avatars = QHBoxLayout()
        row.addLayout(self.avatars)
        self.budget_label = PlainLabel()
        self.budget_label.setObjectName("budget")
        row.addWidget(self.budget_label)
        row.addStretch(1)
        self.why_button = QPushButton()
        self.why_button.setObjectName("say-why")
        self.why_button.clicked.connect(self.say_why)
        row.addWidget(self.why_button)
        self.finished_button = QPushButton()
        self.finished_button.setObjectName("finished")
        self.finished_button.setProperty("role", "go-small")
        self.finished_button.clicked.connect(self.go_finish)
        row.addWidget(self.finished_button)
        return bar

    def _make_menu(self) -> QFrame:
        menu = QFrame(self)
        menu.setStyleSheet("QFrame { background: rgba(29, 53, 87, 235); border-radius: 24px; } QLabel { color: white; }")
        column = QVBoxLayout(menu)
        self.menu_title = PlainLabel()
        column.addWidget(self.menu_title)
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("exit-kiosk")
        self.exit_button.clicked.connect(self.exit_kiosk)
        column.addWidget(self.exit_button)
        self.menu_back = QPushButton()
        self.menu_back.clicked.connect(menu.hide)
        column.addWidget(self.menu_back)
        menu.setFixedSize(460, 300)
        return menu

    def _centre(self, widget: QWidget) -> None:
        widget.move((self.width() - widget.width()) // 2, (self.height() - widget.height()) // 2)
        widget.raise_()
        widget.show()

    def in_corner(self, global_point: QPoint) -> bool:
        top_left = self.mapToGlobal(QPoint(0, 0))
        return QRect(top_left, top_left + QPoint(CORNER, CORNER)).contains(global_point)

    def ask_pin(self) -> None:
        self._centre(self.pinpad)

    def _facilitator_menu(self) -> None:
        self.pinpad.hide()
        self.menu_title.setText(_("Facilitator"))
        self.exit_button.setText(_("Close the kiosk"))
        self.menu_back.setText(_("Back to the children"))
        self._centre(self.menu)

    def exit_kiosk(self) -> None:
        self.allow_close = True
        self.exit_requested.emit(EXIT_BY_FACILITATOR)
        QApplication.instance().exit(EXIT_BY_FACILITATOR)

    # --- flow -----------------------------------------------------------------------------------
    def touched(self) -> None:
        if self.stack.currentWidget() is not self.welcome:
            self.idle.start()

    def go_welcome(self) -> None:
        self.thanks_timer.stop()
        self.idle.stop()
        self._close_editor()
        self.who.reset()
        self.stack.setCurrentWidget(self.welcome)

    def go_who(self) -> None:
        self.who.reset()
        self.stack.setCurrentWidget(self.who)
        self.idle.start()

    def start_building(self, children: list) -> None:
        _proposal, editor = self.session.start(children)
        self._open_editor(editor)

    def _open_editor(self, editor) -> None:
        self._close_editor()
        self.editor = editor
        factory = self._editor_factory
        if factory is None:
            from junior_planner.ui.editor.widget import EditorWidget

            def factory(e):
                return EditorWidget(e, high_contrast=self.high_contrast, scale=self.scale)
        self.editor_widget = factory(editor)
        self._build_layout.addWidget(self.editor_widget, 1)
        if hasattr(self.editor_widget, "refused"):
            self.editor_widget.refused.connect(lambda _code: self.action_sounds.play("refused"))
        self.action_sounds.reset(editor.proposal.blocks.values())
        from junior_planner.services import indicators

        try:
            self._indicators = indicators.calculator(indicators.load_definitions(catalog=editor.catalog),
                                                     editor.catalog, editor.site)
        except indicators.IndicatorsFileError:
            self._indicators = None
        self._age_bands = {p.age_band for p in self.data.participants(proposal_id=editor.proposal.id)}
        editor.subscribe(self._on_change)
        while self.avatars.count():
            item = self.avatars.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for person in self.data.participants(proposal_id=editor.proposal.id):
            badge = PlainLabel()
            badge.setPixmap(avatar_pixmap(person.pseudonym, 56))
            badge.setAccessibleName(display_name(person.pseudonym, i18n.language()))
            self.avatars.addWidget(badge)
        self._update_top()
        self.stack.setCurrentWidget(self.build)
        self.idle.start()

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.editor.unsubscribe(self._on_change)
        if self.editor_widget is not None:
            if hasattr(self.editor_widget, "close_editor"):
                self.editor_widget.close_editor()
            self.editor_widget.setParent(None)
            self.editor_widget.deleteLater()
        self.editor = self.editor_widget = None

    def _on_change(self, change) -> None:
        self.action_sounds.changed(change, getattr(self.editor_widget, "undoing", False))
        self._update_top()

    def _update_indicators(self) -> None:
        if self._indicators is None or self.editor is None:
            self.strip.hide()
            return
        self.strip.show()
        self.strip.show_results(self._indicators.compute(self.editor.proposal.blocks.values(),
                                                         self.session.workshop.budget), self._age_bands)

    def _update_top(self) -> None:
        self._update_indicators()
        self.finished_button.setText(_("I'm finished"))
        self.why_button.setText(_("Say why"))
        coins = self.coins()
        if coins is not None:
            self.budget_label.setText(_("Coins left: {left} of {budget}").format(**{k: f"{v:g}" for k, v in coins.items()}))
            self.budget_label.show()
        else:
            self.budget_label.hide()

    def coins(self) -> Optional[dict]:
        """{"left": ..., "budget": ...} while building with a budget, else None (shown and spoken)."""
        budget = self.session.workshop.budget
        if self.editor is None or budget is None:
            return None
        return {"left": budget - self.editor.rules.budget_used, "budget": budget}

    def say_why(self) -> None:
        """A note on the selected block, or at the spot in the middle of the view."""
        if self.editor is None:
            return
        if self.why is None or self.why.editor is not self.editor:
            if self.why is not None:
                self.why.deleteLater()
            self.why = self._make_why(self.editor)
            self.why.speak.clicked.connect(self.read_screen)
        widget = self.editor_widget
        selected = getattr(widget, "selected", None)
        block = selected() if callable(selected) else selected
        point = None
        if block is None and hasattr(widget, "view"):
            hit = widget.view.pick(widget.view.width() / 2, widget.view.height() / 2, blocks=False)
            if hit is not None:
                point = (float(hit.point[0]), float(hit.point[1]), float(hit.point[2]))
        if block is None and point is None:
            point = self._final_point()
        author = self.editor.proposal.participants[0] if self.editor.proposal.participants else None
        self.why.open_for(block_uuid=block, point=point, author=author)
        self.why.setFixedWidth(min(900, self.width() - 40))
        self.why.adjustSize()
        self._centre(self.why)

    def go_finish(self) -> None:
        if self.editor is None:
            return
        self.finish.prepare(self.editor.proposal)
        self.stack.setCurrentWidget(self.finish)

    def submit(self, title: str, favourite, sticker) -> None:
        editor = self.editor
        if editor is None:
            return
        if sticker:
            anchor = {"block_uuid": favourite} if favourite else {"point": self._final_point()}
            editor.execute(Annotate(annotation=Annotation(uuid=new_id(), sticker=sticker, created_at=utc_now(),
                                                          author=editor.proposal.participants[0] if editor.proposal.participants else None,
                                                          **anchor)))
        picture = None
        if self.editor_widget is not None and hasattr(self.editor_widget, "view"):
            picture = self.editor_widget.view.grabFramebuffer()
        children = self.data.participants(proposal_id=editor.proposal.id)
        names = _(", ").join(display_name(p.pseudonym, i18n.language()) for p in children)
        self.session.finish(editor, title, favourite)
        self.sounds.play("finish")
        self._close_editor()
        from PySide6.QtGui import QPixmap

        self.thanks.show_design(names, QPixmap.fromImage(picture) if picture is not None else None,
                                [p.pseudonym for p in children])
        self.stack.setCurrentWidget(self.thanks)
        self.idle.stop()
        self.thanks_timer.start(THANKS_MS)

    def _final_point(self) -> tuple[float, float, float]:
        site = self.editor.site
        x, y = (site.cameras.get("child_eye") or {}).get("position", [0.0, 0.0])
        return (float(x), float(y), float(site.ground_height(x, y)))

    def on_idle(self) -> None:
        """Nobody has touched the screen for a while: keep the draft, start over."""
        if self.stack.currentWidget() in (self.build, self.finish):
            self.session.leave_for_later(self.editor.proposal.id if self.editor is not None else None)
        self.go_welcome()

    def set_language(self, code: str) -> None:
        i18n.set_language(code)
        for screen in (self.welcome, self.who, self.finish, self.thanks):
            screen.retranslate()
        self.build_speak.setAccessibleName(_("Read it to me"))
        self._update_top()

    # --- lock-down ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if self.allow_close:
            self._close_editor()
            self.idle.stop()  # a closed kiosk starts nothing over (its store may be closed next)
            self.thanks_timer.stop()
            QApplication.instance().removeEventFilter(self.watcher)
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.ignore()
            return
        super().keyPressEvent(event)
