"""Who is building? One to four children, each a fun explorer name (a picture of an animal on
its colour) and an age band; no one types a real name."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from junior_planner.i18n import _, language
from junior_planner.model.pseudonyms import display_name
from junior_planner.model.vocabulary import AGE_BANDS
from junior_planner.ui.kiosk.avatars import avatar_pixmap
from junior_planner.ui.kiosk.screens import go_button, title_label, with_speaker
from junior_planner.ui.text import PlainLabel


class ChildCard(QFrame):
    """One child: a fun name with its badge, a button for another name, and the age buttons."""

    changed = Signal()

    def __init__(self, pseudonym: str, reroll, parent=None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.pseudonym = pseudonym
        self._reroll = reroll
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.badge = PlainLabel()
        self.badge.setFixedSize(96, 96)
        top.addWidget(self.badge)
        self.name = PlainLabel()
        self.name.setProperty("role", "heading")
        self.name.setWordWrap(True)  # "Rainbow Squirrel" goes onto two lines on a small tablet
        top.addWidget(self.name, 1)
        self.another = QPushButton("⟳")
        self.another.setObjectName("another-name")
        self.another.clicked.connect(self._new_name)
        top.addWidget(self.another)
        column.addLayout(top)
        ages = QHBoxLayout()
        self.age_group = QButtonGroup(self)
        self.age_buttons = {}
        for band in AGE_BANDS:
            button = QPushButton(band)
            button.setProperty("role", "age")
            button.setCheckable(True)
            self.age_group.addButton(button)
            button.clicked.connect(self.changed.emit)
            self.age_buttons[band] = button
            ages.addWidget(button)
        column.addLayout(ages)
        self.retranslate()

    @property
    def age_band(self) -> Optional[str]:
        return next((band for band, b in self.age_buttons.items() if b.isChecked()), None)

    def _new_name(self) -> None:
        self.pseudonym = self._reroll()
        self.retranslate()

    def retranslate(self) -> None:
        self.badge.setPixmap(avatar_pixmap(self.pseudonym))
        self.name.setText(display_name(self.pseudonym, language()))
        self.name.setAccessibleName(self.name.text())
        self.another.setToolTip(_("Another name"))
        self.another.setAccessibleName(_("Another name"))
        for band, button in self.age_buttons.items():
            button.setAccessibleName(_("I am {band} years old").format(band=band))


class WhoScreen(QWidget):
    """Who is building? One to four children, each a fun name and an age band."""

    ready = Signal(list)  # [(pseudonym, age band, avatar)]
    back = Signal()

    def __init__(self, suggest, parent=None):
        super().__init__(parent)
        self._suggest = suggest
        layout = QVBoxLayout(self)
        self.title = title_label()
        row, self.speak = with_speaker(self.title)
        layout.addLayout(row)
        self.hint = PlainLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        self.cards_box = QGridLayout()
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setProperty("role", "quiet")
        self.back_button.clicked.connect(self.back.emit)
        row.addWidget(self.back_button)
        self.add_friend = QPushButton()
        self.add_friend.setObjectName("add-friend")
        self.add_friend.clicked.connect(self.add_child)
        row.addWidget(self.add_friend)
        row.addStretch(1)
        self.go = go_button()
        self.go.setObjectName("build")
        self.go.clicked.connect(self._ready)
        row.addWidget(self.go)
        layout.addLayout(row)
        self.cards: list[ChildCard] = []
        self.reset()

    def reset(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.add_child()

    def _taken(self) -> tuple[str, ...]:
        return tuple(c.pseudonym for c in self.cards)

    def add_child(self) -> None:
        if len(self.cards) >= 4:
            return
        card = ChildCard(self._suggest(self._taken()), lambda: self._suggest(self._taken()))
        card.changed.connect(self._update)
        self.cards.append(card)
        index = len(self.cards) - 1
        self.cards_box.addWidget(card, index // 2, index % 2)
        self.retranslate()

    def _update(self) -> None:
        self.go.setEnabled(all(c.age_band for c in self.cards))
        self.add_friend.setEnabled(len(self.cards) < 4)

    def _ready(self) -> None:
        if all(c.age_band for c in self.cards):
            self.ready.emit([(c.pseudonym, c.age_band, c.pseudonym.partition("-")[2]) for c in self.cards])

    def prompt(self) -> list[tuple[str, dict]]:
        return [(_("Who is building?"), {}), (_("Here is your secret explorer name. Tap your age."), {})]

    def retranslate(self) -> None:
        self.speak.setAccessibleName(_("Read it to me"))
        self.title.setText(_("Who is building?"))
        self.hint.setText(_("Here is your secret explorer name. Tap your age."))
        self.back_button.setText(_("Back"))
        self.add_friend.setText(_("Add a friend"))
        self.go.setText(_("Let's build!"))
        for card in self.cards:
            card.retranslate()
        self._update()
