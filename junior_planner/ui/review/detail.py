"""One proposal in the review window: read-only 3D view, its notes (a click flies the camera to
the note), voice notes, and the planner's tags and comments."""

from __future__ import annotations

import logging
import os
import tempfile
from typing import TYPE_CHECKING, Optional, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from junior_planner.model.vocabulary import reason_name, sticker_name
from junior_planner.i18n import _, n_, language
from junior_planner.services import review
from junior_planner.ui.review.table import STICKER_MARKS
from junior_planner.ui.text import PlainLabel, tell_warning

_log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the window holds this part; imported for the type only
    from junior_planner.ui.review.window import ReviewWindow


def _block_model_loader():
    from junior_planner.render import snapshot

    return snapshot._block_model  # noqa: SLF001 - the one cached block-model loader


def make_viewport(corpus: review.Corpus, parent=None):
    from junior_planner.render.viewport import SiteViewport

    return SiteViewport(corpus.catalog, _block_model_loader(), parent)


def show_in_viewport(viewport, corpus: review.Corpus, record: review.ProposalRecord) -> None:
    from junior_planner.render import snapshot

    site = corpus.sites[record.site_id]
    if viewport.site is not site:
        if site.source == "review":
            viewport.set_site(site, None)
        else:
            snapshot.set_scene(viewport, review.to_proposal(record), site)
            viewport.birds_eye()
            return
    viewport.set_proposal(review.to_proposal(record))


class CameraFlight:
    """A short animated move of a viewport's camera to look at a point (about 0.6 s)."""

    STEPS = 18

    def __init__(self, viewport):
        self.viewport = viewport
        self.timer = QTimer(viewport)  # dies with the view
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._step)
        self._path: list[tuple] = []

    def to(self, target: Sequence[float]) -> None:
        v = self.viewport
        centre = v.opts["center"]
        start = (centre.x(), centre.y(), centre.z(), v.opts["distance"], v.opts["elevation"], v.opts["azimuth"])
        end = (float(target[0]), float(target[1]), float(target[2]) + 0.5, 14.0, 35.0, start[5])
        self._path = []
        for k in range(1, self.STEPS + 1):
            t = k / self.STEPS
            t = t * t * (3 - 2 * t)
            self._path.append(tuple(a + (b - a) * t for a, b in zip(start, end)))
        self.timer.start()

    def _step(self) -> None:
        from PySide6.QtGui import QVector3D

        if not self._path:
            self.timer.stop()
            return
        x, y, z, distance, elevation, azimuth = self._path.pop(0)
        self.viewport.mode = "orbit"
        self.viewport.setCameraPosition(pos=QVector3D(x, y, z), distance=distance, elevation=elevation, azimuth=azimuth)
        self.viewport.update()

    @property
    def done(self) -> bool:
        return not self._path


class VoicePlayer:
    """Plays a voice note; `available` is False where QtMultimedia or an audio output is missing."""

    def __init__(self):
        self.player = None
        self._file: Optional[str] = None
        try:
            from PySide6 import QtMultimedia as mm
        except ImportError:
            return
        try:
            if not mm.QMediaDevices.audioOutputs():
                return
            self.output = mm.QAudioOutput()
            self.player = mm.QMediaPlayer()
            self.player.setAudioOutput(self.output)
        except Exception:  # noqa: BLE001 - no audio here is never an error
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            self.player = None

    @property
    def available(self) -> bool:
        return self.player is not None

    def play(self, data: bytes) -> None:
        if self.player is None:
            return
        from PySide6.QtCore import QUrl

        self.stop()
        fd, path = tempfile.mkstemp(prefix="junior-planner-voice-", suffix=".wav")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        self._file = path
        self.player.setSource(QUrl.fromLocalFile(path))
        self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
        if self._file:
            try:
                os.unlink(self._file)
            except OSError:
                pass
            self._file = None


class ProposalDetail(QWidget):
    """One proposal: the 3D view, its notes (click one to fly there), voice, planner tags and comments."""

    def __init__(self, window: "ReviewWindow"):
        super().__init__()
        self.window = window
        self.record: Optional[review.ProposalRecord] = None
        self.viewport = None
        self.flight: Optional[CameraFlight] = None
        self.title = PlainLabel(_("Open a proposal from the table."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = PlainLabel()
        self.facts.setWordWrap(True)
        self.view_holder = QVBoxLayout()
        self.notes = QListWidget()
        self.notes.setAccessibleName(_("The children's notes"))
        self.notes.currentItemChanged.connect(self._note_chosen)
        self.voice = VoicePlayer()
        self.play_button = QPushButton(_("Play the voice note"))
        self.play_button.clicked.connect(self._play)
        self.play_button.setVisible(False)
        self.tags_label = PlainLabel()
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(_("add a tag, e.g. shade, follow up"))
        self.tag_edit.returnPressed.connect(self._add_tag)
        add_tag = QPushButton(_("Add tag"))
        add_tag.clicked.connect(self._add_tag)
        remove_tag = QPushButton(_("Remove tag"))
        remove_tag.clicked.connect(self._remove_tag)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(_("a comment for the planning team (kept on this computer only)"))
        self.comment_edit.setMaximumHeight(70)
        save_comment = QPushButton(_("Save comment"))
        save_comment.clicked.connect(self._add_comment)
        self.comments = QListWidget()
        self.comments.setMaximumHeight(110)
        self.scope = PlainLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(self.view_holder, 3)
        layout.addWidget(PlainLabel(_("Notes (click one to fly there)")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.play_button)
        layout.addWidget(self.scope)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_edit, 1)
        tag_row.addWidget(add_tag)
        tag_row.addWidget(remove_tag)
        layout.addWidget(self.tags_label)
        layout.addLayout(tag_row)
        layout.addWidget(self.comment_edit)
        layout.addWidget(save_comment)
        layout.addWidget(self.comments)

    # --- which note the planner's tags and comments are about -----------------------------------
    @property
    def annotation(self) -> str:
        item = self.notes.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_record(self, record: review.ProposalRecord) -> None:
        corpus = self.window.corpus
        self.record = record
        self.title.setText(record.title or _("untitled"))
        site = corpus.sites[record.site_id]
        self.facts.setText(_("{site}, workshop {workshop}; ages {bands}; {blocks}, {notes}; "
                             "budget used {used:g}").format(
            site=site.name(language()), workshop=record.workshop_title, bands=", ".join(record.age_bands) or "-",
            blocks=n_("%n blocks", record.blocks), notes=n_("%n notes", record.annotations),
            used=record.budget_used))
        if self.viewport is None:
            self.viewport = make_viewport(corpus)
            self.viewport.setMinimumHeight(260)
            self.view_holder.addWidget(self.viewport)
            self.flight = CameraFlight(self.viewport)
        show_in_viewport(self.viewport, corpus, record)
        self.notes.blockSignals(True)
        self.notes.clear()
        whole = QListWidgetItem(_("(the whole proposal)"))
        whole.setData(Qt.ItemDataRole.UserRole, "")
        self.notes.addItem(whole)
        for a in record.doc["annotations"]:
            bits = []
            if a["sticker"]:
                bits.append(f"{STICKER_MARKS.get(a['sticker'], '')} {sticker_name(a['sticker'])}")
            if a["reasons"]:
                bits.append(", ".join(reason_name(r) for r in a["reasons"]))
            if a["text"]:
                bits.append(f"“{a['text']}”")
            if a["audio"]:
                bits.append(_("voice note") if a["audio"] in record.bundle.audio else _("voice note (not in this bundle)"))
            if a["author"]:
                band = record.bundle.participants.get(a["author"], {}).get("age_band", "")
                bits.append(_("by {code} (ages {band})").format(code=a["author"], band=band))
            item = QListWidgetItem(" · ".join(bits) or _("(empty note)"))
            item.setData(Qt.ItemDataRole.UserRole, a["uuid"])
            self.notes.addItem(item)
        self.notes.setCurrentRow(0)
        self.notes.blockSignals(False)
        self._refresh_planner()
        self.play_button.setVisible(False)

    def _note(self) -> Optional[dict]:
        if self.record is None or not self.annotation:
            return None
        return next((a for a in self.record.doc["annotations"] if a["uuid"] == self.annotation), None)

    def _note_chosen(self, *_args) -> None:
        note = self._note()
        self._refresh_planner()
        self.play_button.setVisible(bool(note and note["audio"] and self.voice.available
                                         and self.record and note["audio"] in self.record.bundle.audio))
        if note is None or self.record is None or self.flight is None:
            return
        where = review.annotation_position(self.record, note)
        if where is not None:
            self.flight.to(where)

    def _play(self) -> None:
        note = self._note()
        if note and note["audio"] and self.record:
            try:
                data = review.voice_note(self.record, note["audio"])
            except review.ReviewError as exc:
                tell_warning(self, _("Voice note"), str(exc))
                return
            if data:
                self.voice.play(data)

    def _refresh_planner(self) -> None:
        notes = self.window.planner
        if self.record is None:
            return
        annotation = self.annotation
        self.scope.setText(_("Your tags and comments below are about: {what}").format(
            what=_("this note") if annotation else _("the whole proposal")))
        tags = notes.tags(self.record.key, annotation)
        self.tags_label.setText(_("Tags: {tags}").format(tags=", ".join(tags) if tags else _("none yet")))
        self.comments.clear()
        for c in notes.comments(self.record.key, annotation):
            self.comments.addItem(f"{c.updated_at[:16].replace('T', ' ')}  {c.text}")

    def _add_tag(self) -> None:
        if self.record is None or not self.tag_edit.text().strip():
            return
        try:
            self.window.planner.add_tag(self.record.key, self.tag_edit.text(), self.annotation)
        except ValueError:
            tell_warning(self, _("Tag"), _("A tag needs 1 to 60 characters."))
            return
        self.tag_edit.clear()
        self._refresh_planner()
        self.window.tags_changed()

    def _remove_tag(self) -> None:
        if self.record is None or not self.tag_edit.text().strip():
            return
        self.window.planner.remove_tag(self.record.key, " ".join(self.tag_edit.text().split()), self.annotation)
        self.tag_edit.clear()
        self._refresh_planner()
        self.window.tags_changed()

    def _add_comment(self) -> None:
        text = self.comment_edit.toPlainText().strip()
        if self.record is None or not text:
            return
        try:
            self.window.planner.add_comment(self.record.key, text, self.annotation)
        except ValueError:
            tell_warning(self, _("Comment"), _("A comment needs 1 to 4000 characters."))
            return
        self.comment_edit.clear()
        self._refresh_planner()
