"""'Say why': stickers, reasons, words and a voice note become an undoable note on a block or a
spot; the voice button only shows when allowed and a microphone exists."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from junior_planner.model.commands import PlaceBlock
from junior_planner.ui.audio import NoRecorder
from junior_planner.ui.kiosk.why import WhyPanel
from tests.helpers import block, make_editor


class FakeRecorder:
    def __init__(self):
        self.recording = False

    def available(self):
        return True

    def start(self):
        self.recording = True

    def stop(self):
        self.recording = False
        return b"fake voice note bytes"


def test_a_note_on_a_block_is_saved_edited_and_undone(qtbot, data_dir):
    store, editor = make_editor(data_dir)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    panel = WhyPanel(editor)
    qtbot.addWidget(panel)
    panel.open_for(block_uuid=b.uuid)
    qtbot.mouseClick(panel.sticker_buttons["love"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.reason_buttons["place-to-sit"], Qt.MouseButton.LeftButton)
    panel.text.setText("for grandma")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [note] = editor.proposal.annotations.values()
    assert (note.block_uuid, note.sticker, note.reasons, note.text) == (b.uuid, "love", ("place-to-sit",), "for grandma")
    panel.open_for(block_uuid=b.uuid)  # opening again edits the same note
    assert panel.sticker_buttons["love"].isChecked() and panel.text.text() == "for grandma"
    qtbot.mouseClick(panel.sticker_buttons["idea"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert [a.sticker for a in editor.proposal.annotations.values()] == ["idea"]
    editor.undo()
    assert [a.sticker for a in editor.proposal.annotations.values()] == ["love"]
    store.close()


def test_an_empty_note_is_refused_gently(qtbot, data_dir):
    store, editor = make_editor(data_dir)
    panel = WhyPanel(editor)
    qtbot.addWidget(panel)
    panel.open_for(point=(3.0, 3.0, 0.0))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert editor.proposal.annotations == {} and "sticker" in panel.message.text()
    store.close()


def test_voice_button_only_when_allowed_and_a_microphone_exists(qtbot, data_dir):
    store, editor = make_editor(data_dir)
    off = WhyPanel(editor, FakeRecorder(), store.media)  # voice notes are off by default
    assert not off.voice_button.isVisibleTo(off)
    editor.workshop = dataclasses.replace(editor.workshop, voice_notes=True)
    silent = WhyPanel(editor, NoRecorder(), store.media)  # no microphone
    assert not silent.voice_button.isVisibleTo(silent)
    panel = WhyPanel(editor, FakeRecorder(), store.media)
    qtbot.addWidget(panel)
    panel.open_for(point=(1.0, 1.0, 0.0))
    assert panel.voice_button.isVisibleTo(panel)
    panel.voice_button.setChecked(True)
    panel.voice_button.setChecked(False)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [note] = editor.proposal.annotations.values()
    assert note.audio_ref and store.media.get(note.audio_ref, ".m4a") == b"fake voice note bytes"
    store.close()
