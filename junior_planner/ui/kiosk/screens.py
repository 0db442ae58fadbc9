"""The kiosk's screens other than building. Each has `retranslate()` so the language can change
on the welcome screen without rebuilding anything."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from junior_planner import resources
from junior_planner.i18n import _, language
from junior_planner.ui.kiosk.keyboard import OnScreenKeyboard
from junior_planner.ui.text import PlainLabel

def title_label(text: str = "") -> QLabel:
    label = PlainLabel(text)
    label.setProperty("role", "title")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


SPEAKER = 64  # px: the read-aloud button


def speaker_button() -> QPushButton:
    """The round read-aloud button on every screen: it reads the screen's prompt."""
    from PySide6.QtGui import QIcon

    button = QPushButton()
    button.setObjectName("read-aloud")
    button.setProperty("role", "speaker")
    button.setIcon(QIcon(str(resources.asset("icons", "ui", "speaker.svg"))))
    button.setIconSize(QSize(40, 40))
    button.setFixedSize(SPEAKER, SPEAKER)
    button.setAccessibleName(_("Read it to me"))
    return button


def term_icon(term: str) -> "QIcon":
    """The picture of a sticker or reason chip (model/vocabulary.icon_file)."""
    from PySide6.QtGui import QIcon

    from junior_planner.model.vocabulary import icon_file

    return QIcon(str(resources.asset(*icon_file(term).split("/"))))


def with_speaker(title: QWidget) -> tuple[QHBoxLayout, QPushButton]:
    """A title row: the read-aloud button on the left, the title centred."""
    row = QHBoxLayout()
    speak = speaker_button()
    row.addWidget(speak, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(title, 1)
    balance = QWidget()
    balance.setFixedWidth(SPEAKER)
    row.addWidget(balance)
    return row, speak


def go_button(text: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "go")
    return button


class WelcomeScreen(QWidget):
    start = Signal()
    language_chosen = Signal(str)

    def __init__(self, site_name: dict, parent=None):
        super().__init__(parent)
        self.site_name = site_name
        layout = QVBoxLayout(self)
        self.title = title_label()
        row, self.speak = with_speaker(self.title)
        layout.addLayout(row)
        self.hint = PlainLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setProperty("role", "hint")
        layout.addWidget(self.hint)
        self.picture = PlainLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(_("A picture of the place"))
        from PySide6.QtWidgets import QSizePolicy

        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.picture, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = go_button()
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start.emit)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        languages = QHBoxLayout()
        languages.addStretch(1)
        self.language_buttons = {}
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _c=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = button
            languages.addWidget(button)
        languages.addStretch(1)
        layout.addLayout(languages)
        self.retranslate()

    def set_picture(self, image) -> None:
        self._image = image
        self._fit_picture()

    def _fit_picture(self) -> None:
        from PySide6.QtGui import QPixmap

        image = getattr(self, "_image", None)
        if image is None or image.isNull():
            return
        self.picture.setPixmap(QPixmap.fromImage(image).scaled(max(self.picture.width(), 50), max(self.picture.height(), 50),
                               Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_picture()

    def prompt(self) -> list[tuple[str, dict]]:
        """What the read-aloud button says here: (translated template, values) pairs."""
        lang = language()
        place = self.site_name.get(lang) or self.site_name.get("en", "")
        return [(_("{place}: let's design it together!"), {"place": place}),
                (_("Put slides, trees, benches and more where you want them, and tell us why."), {})]

    def retranslate(self) -> None:
        lang = language()
        self.speak.setAccessibleName(_("Read it to me"))
        self.title.setText(_("{place}: let's design it together!").format(place=self.site_name.get(lang) or self.site_name.get("en", "")))
        self.hint.setText(_("Put slides, trees, benches and more where you want them, and tell us why."))
        self.start_button.setText(_("Start"))
        self.start_button.setAccessibleName(_("Start"))
        for code, button in self.language_buttons.items():
            button.setChecked(code == lang)


def _with_name_under(button: QPushButton, name: str) -> QWidget:
    """A picture button with the block's name under it (pictures first, words for who can read)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(button)
    label = PlainLabel(name)
    label.setProperty("role", "caption")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    column.addWidget(label)
    return holder


class FinishScreen(QWidget):
    """I'm finished: a name for the design, the favourite block, and a last sticker. Tapping the
    name box swaps the choices for an on-screen keyboard, so everything fits a small tablet."""

    done = Signal(str, object, object)  # title, favourite block uuid or None, sticker or None
    back = Signal()

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setProperty("role", "quiet")
        self.back_button.clicked.connect(self._back)
        header.addWidget(self.back_button)
        self.speak = speaker_button()
        header.addWidget(self.speak)
        self.title = title_label()
        self.title.setProperty("role", "heading")
        header.addWidget(self.title, 1)
        self.done_button = go_button()
        self.done_button.setProperty("role", "go-small")
        self.done_button.setObjectName("submit")
        self.done_button.clicked.connect(self._done)
        header.addWidget(self.done_button)
        outer.addLayout(header)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("design-title")
        self.name_edit.setMaxLength(60)
        self.name_edit.installEventFilter(self)
        outer.addWidget(self.name_edit)
        self.lower = QStackedWidget()
        outer.addWidget(self.lower, 1)

        choices = QWidget()
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.favourite_label = PlainLabel()
        layout.addWidget(self.favourite_label)
        self.favourites = QHBoxLayout()
        layout.addLayout(self.favourites)
        self.favourite_group = QButtonGroup(self)
        self.feel_label = PlainLabel()
        layout.addWidget(self.feel_label)
        stickers = QHBoxLayout()
        self.sticker_group = QButtonGroup(self)
        self.sticker_buttons = {}
        for sticker in ("love", "like", "idea"):
            button = QPushButton()
            button.setIcon(term_icon(sticker))
            button.setIconSize(QSize(32, 32))
            button.setCheckable(True)
            self.sticker_group.addButton(button)
            self.sticker_buttons[sticker] = button
            stickers.addWidget(button)
        stickers.addStretch(1)
        layout.addLayout(stickers)
        layout.addStretch(1)
        self.lower.addWidget(choices)

        typing = QWidget()
        typing_layout = QVBoxLayout(typing)
        typing_layout.setContentsMargins(0, 0, 0, 0)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.typed.connect(lambda ch: self.name_edit.insert(ch))
        self.keyboard.backspace.connect(self.name_edit.backspace)
        typing_layout.addWidget(self.keyboard)
        self.lower.addWidget(typing)
        self._choices, self._typing = choices, typing
        self._first_of_type: dict[str, str] = {}
        self.retranslate()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.name_edit and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.show_keyboard(True)
        return False

    def show_keyboard(self, shown: bool) -> None:
        self.lower.setCurrentWidget(self._typing if shown else self._choices)
        self.retranslate()

    def _back(self) -> None:
        if self.lower.currentWidget() is self._typing:
            self.show_keyboard(False)
        else:
            self.back.emit()

    def prepare(self, proposal) -> None:
        """Offer the block types this design uses as favourites (first one of each type)."""
        for button in self.favourite_group.buttons():
            self.favourite_group.removeButton(button)
        while self.favourites.count():
            item = self.favourites.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        self._first_of_type = {}
        for block in proposal.blocks.values():
            self._first_of_type.setdefault(block.block_type, block.uuid)
        for block_type in list(self._first_of_type)[:8]:
            kind = self.catalog.get(block_type)
            button = QPushButton()
            button.setCheckable(True)
            button.setIcon(QIcon(str(resources.asset("icons", "blocks", f"{block_type}-128.png"))))
            button.setIconSize(QSize(56, 56))
            button.setToolTip(kind.name(language()) if kind else block_type)
            button.setAccessibleName(kind.name(language()) if kind else block_type)
            button.setProperty("block_type", block_type)
            self.favourite_group.addButton(button)
            self.favourites.addWidget(_with_name_under(button, kind.name(language()) if kind else block_type))
        self.name_edit.setText(proposal.title)
        self.show_keyboard(False)

    def _done(self) -> None:
        if self.lower.currentWidget() is self._typing:
            self.show_keyboard(False)
            return
        checked = self.favourite_group.checkedButton()
        favourite = self._first_of_type.get(checked.property("block_type")) if checked else None
        sticker = next((s for s, b in self.sticker_buttons.items() if b.isChecked()), None)
        self.done.emit(self.name_edit.text(), favourite, sticker)

    def prompt(self) -> list[tuple[str, dict]]:
        said = [(_("What is your design called?"), {})]
        if self._first_of_type:
            said.append((_("Which one do you like best?"), {}))
        return said + [(_("How do you feel about it?"), {})]

    def retranslate(self) -> None:
        self.speak.setAccessibleName(_("Read it to me"))
        self.title.setText(_("What is your design called?"))
        self.name_edit.setPlaceholderText(_("Our dream park"))
        self.name_edit.setAccessibleName(_("Name of the design"))
        self.favourite_label.setText(_("Which one do you like best?") if self._first_of_type else "")
        self.feel_label.setText(_("How do you feel about it?"))
        names = {"love": _("I love it"), "like": _("I like it"), "idea": _("Good idea")}
        for sticker, button in self.sticker_buttons.items():
            button.setText(names[sticker])
            button.setAccessibleName(names[sticker])
        typing = self.lower.currentWidget() is self._typing
        self.back_button.setText(_("Back") if typing else _("Keep building"))
        self.done_button.setText(_("OK") if typing else _("We're done!"))


class ThanksScreen(QWidget):
    next_child = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = title_label()
        row, self.speak = with_speaker(self.title)
        layout.addLayout(row)
        self.picture = PlainLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(_("A picture of your design"))
        self.picture.setMinimumSize(200, 120)
        from PySide6.QtWidgets import QSizePolicy

        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.picture, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = go_button()
        self.next_button.setObjectName("next-child")
        self.next_button.clicked.connect(self.next_child.emit)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.names = ""
        self.pseudonyms: list[str] = []
        self.retranslate()

    def show_design(self, names: str, picture: Optional[QPixmap], pseudonyms: Optional[list[str]] = None) -> None:
        self.names = names
        self.pseudonyms = list(pseudonyms or [])
        if picture is not None and not picture.isNull():
            self.picture.setPixmap(picture.scaled(max(self.width() - 80, 200), max(self.height() - 240, 120),
                                                  Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
        self.retranslate()

    def prompt(self) -> list[tuple[str, dict]]:
        return [(_("Thank you, {names}! The planners will see your ideas."), {"names": ",".join(self.pseudonyms)})]

    def retranslate(self) -> None:
        self.speak.setAccessibleName(_("Read it to me"))
        self.title.setText(_("Thank you, {names}! The planners will see your ideas.").format(names=self.names))
        self.next_button.setText(_("Next child"))
