"""'Say why': stickers, reason chips, a few words and (when the facilitator allowed it and a
microphone exists) a voice note, attached to a block or a spot. Every change is a command, so
notes can be undone like blocks."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSize, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
)

from junior_planner.i18n import _
from junior_planner.model.commands import Annotate, DeleteAnnotation, EditAnnotation
from junior_planner.model.entities import Annotation, new_id, utc_now
from junior_planner.model.vocabulary import STICKER_COLOURS, STICKERS, reason_name, sticker_name
from junior_planner.services.editing import EditRefused, ProposalEditor
from junior_planner.services.messages import refusal_message
from junior_planner.ui.audio import MAX_VOICE_SECONDS, NoRecorder, VoiceRecorder
from junior_planner.ui.kiosk.keyboard import OnScreenKeyboard
from junior_planner.ui.kiosk.screens import term_icon
from junior_planner.ui.text import PlainLabel



class WhyPanel(QFrame):
    """Edits one note. `closed` when saved, removed or cancelled."""

    closed = Signal()

    def __init__(self, editor: ProposalEditor, recorder: Optional[VoiceRecorder] = None, media=None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.recorder = recorder or NoRecorder()
        self.media = media
        self.block_uuid: Optional[str] = None
        self.point: Optional[tuple[float, float, float]] = None
        self.existing: Optional[Annotation] = None
        self.audio_ref: Optional[str] = None
        self.author: Optional[str] = None
        self.setObjectName("why")
        self.setStyleSheet("QFrame#why { background: white; border-radius: 24px; border: 3px solid #ff8c42; }"
                           "QFrame#why QPushButton { background: #eaf4ff; padding: 0px 10px; }"
                           "QFrame#why QPushButton:checked { background: #2a9d8f; color: white; }"
                           "QFrame#why QPushButton[role=\"go-small\"] { background: #ff8c42; color: white; }"
                           "QFrame#why QPushButton[role=\"quiet\"] { background: transparent; }")
        layout = QVBoxLayout(self)
        self.title = PlainLabel()
        self.title.setProperty("role", "heading")
        from junior_planner.ui.kiosk.screens import with_speaker

        row, self.speak = with_speaker(self.title)
        layout.addLayout(row)
        self.choices = QFrame()
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        stickers = QHBoxLayout()
        self.sticker_group = QButtonGroup(self)
        self.sticker_group.setExclusive(False)
        self.sticker_buttons = {}
        for sticker in STICKERS:
            button = QPushButton()
            button.setIcon(term_icon(sticker))
            button.setIconSize(QSize(32, 32))
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton:checked {{ background: {STICKER_COLOURS[sticker]}; color: white; }}")
            button.clicked.connect(lambda _c=False, s=sticker: self._one_sticker(s))
            self.sticker_buttons[sticker] = button
            stickers.addWidget(button)
        choices.addLayout(stickers)
        self.reasons_label = PlainLabel()
        choices.addWidget(self.reasons_label)
        self.reason_grid = QGridLayout()
        self.reason_buttons = {}
        for i, reason in enumerate(editor.workshop.reason_chips):
            button = QPushButton()
            button.setIcon(term_icon(reason))
            button.setIconSize(QSize(24, 24))
            button.setProperty("role", "reason")
            button.setCheckable(True)
            self.reason_buttons[reason] = button
            self.reason_grid.addWidget(button, i // 4, i % 4)
        choices.addLayout(self.reason_grid)
        words = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        self.text.setObjectName("why-text")
        self.text.installEventFilter(self)
        words.addWidget(self.text, 1)
        self.voice_button = QPushButton()
        self.voice_button.setObjectName("voice")
        self.voice_button.setCheckable(True)
        self.voice_button.toggled.connect(self._voice)
        self.voice_button.setVisible(editor.workshop.voice_notes and self.recorder.available() and media is not None)
        words.addWidget(self.voice_button)
        layout.addLayout(words)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.typed.connect(lambda ch: self.text.insert(ch))
        self.keyboard.backspace.connect(self.text.backspace)
        self.keyboard.hide()
        layout.addWidget(self.keyboard)
        self.message = PlainLabel()
        self.message.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove-note")
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.remove_button)
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "quiet")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save-note")
        self.save_button.setProperty("role", "go-small")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self._voice_limit = QTimer(self)
        self._voice_limit.setSingleShot(True)
        self._voice_limit.timeout.connect(lambda: self.voice_button.setChecked(False))
        self.retranslate()

    # --- what the note is about -----------------------------------------------------------------
    def open_for(self, block_uuid: Optional[str] = None, point: Optional[tuple[float, float, float]] = None,
                 author: Optional[str] = None) -> None:
        """A block's note (the existing one, if it has one) or a new note at a spot."""
        self.block_uuid, self.point, self.author = block_uuid, point, author
        existing = [a for a in self.editor.proposal.annotations.values() if block_uuid and a.block_uuid == block_uuid]
        self.existing = existing[0] if existing else None
        note = self.existing
        for sticker, button in self.sticker_buttons.items():
            button.setChecked(note is not None and note.sticker == sticker)
        for reason, button in self.reason_buttons.items():
            button.setChecked(note is not None and reason in note.reasons)
        self.text.setText(note.text if note else "")
        self.audio_ref = note.audio_ref if note else None
        self.message.clear()
        self.typing(False)
        self.remove_button.setVisible(note is not None)
        self.retranslate()
        self.show()
        self.raise_()

    def _one_sticker(self, chosen: str) -> None:
        for sticker, button in self.sticker_buttons.items():
            if sticker != chosen:
                button.setChecked(False)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.text and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.typing(True)
        return False

    def typing(self, on: bool) -> None:
        """While typing, the keyboard takes the place of the stickers and reasons."""
        self.keyboard.setVisible(on)
        self.choices.setVisible(not on)
        self.adjustSize()

    def _voice(self, recording: bool) -> None:
        if recording:
            self.recorder.start()
            self._voice_limit.start(MAX_VOICE_SECONDS * 1000)
        else:
            self._voice_limit.stop()
            data = self.recorder.stop()
            if data and self.media is not None:
                self.audio_ref = self.media.put(data, ".m4a")
        self.retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def _fields(self) -> dict:
        return {
            "sticker": next((s for s, b in self.sticker_buttons.items() if b.isChecked()), None),
            "reasons": tuple(r for r, b in self.reason_buttons.items() if b.isChecked()),
            "text": self.text.text().strip(),
            "audio_ref": self.audio_ref,
        }

    def save(self) -> None:
        if self.keyboard.isVisible():
            self.typing(False)
            return
        fields = self._fields()
        try:
            if self.existing is not None:
                self.editor.execute(EditAnnotation(target=self.existing.uuid, fields=fields))
            else:
                self.editor.execute(Annotate(annotation=Annotation(
                    uuid=new_id(), block_uuid=self.block_uuid, point=None if self.block_uuid else self.point,
                    author=self.author, created_at=utc_now(), **fields)))
        except EditRefused as exc:
            self.message.setText(refusal_message(exc.refusal))
            return
        self.hide()
        self.closed.emit()

    def remove(self) -> None:
        if self.existing is not None:
            self.editor.execute(DeleteAnnotation(target=self.existing.uuid))
        self.hide()
        self.closed.emit()

    def cancel(self) -> None:
        if self.voice_button.isChecked():
            self.voice_button.setChecked(False)
        self.hide()
        self.closed.emit()

    def prompt(self) -> list[tuple[str, dict]]:
        return [(_("Why? Tell the planners!"), {}), (_("How do you feel about it?"), {}), (_("Because..."), {})]

    def retranslate(self) -> None:
        self.speak.setAccessibleName(_("Read it to me"))
        self.title.setText(_("Why? Tell the planners!"))
        for sticker, button in self.sticker_buttons.items():
            button.setText(sticker_name(sticker))
            button.setAccessibleName(sticker_name(sticker))
        self.reasons_label.setText(_("Because..."))
        for reason, button in self.reason_buttons.items():
            name = reason_name(reason)
            button.setText(name)
            button.setAccessibleName(name)
        self.text.setPlaceholderText(_("Say it in your own words"))
        self.text.setAccessibleName(_("Your words"))
        recording = self.voice_button.isChecked()
        self.voice_button.setText(_("Stop") if recording else (_("Record again") if self.audio_ref else _("Say it")))
        self.voice_button.setAccessibleName(_("Voice note"))
        self.remove_button.setText(_("Remove this note"))
        self.cancel_button.setText(_("Cancel"))
        self.save_button.setText(_("Save"))
