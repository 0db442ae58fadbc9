"""The planners' review window (`junior-planner review [BUNDLE ...]`): open or drop bundles, a
table of proposals with filters and search, a proposal in a read-only 3D view with its notes,
the Patterns tab, Compare (two proposals, cameras in step) and the planner's tags and comments.
The children's bundles are only read; the planner's notes go to planner.sqlite3."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit, QProgressBar, QPushButton,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from junior_planner.i18n import N_, _, language, translate
from junior_planner.model.vocabulary import AGE_BANDS, STICKERS
from junior_planner.services import review
from junior_planner.store.planner import PlannerStore
from junior_planner.ui.review.loader import Loader
from junior_planner.ui.review.patterns import PatternsTab
from junior_planner.ui.text import PlainLabel, plain_tooltip, tell_warning

COLUMNS = (N_("Title"), N_("Site"), N_("Workshop"), N_("Ages"), N_("Blocks"), N_("Notes"), N_("Stickers"),
           N_("Voice"), N_("Budget used"), N_("Planner tags"))
STICKER_MARKS = {"love": "♥", "like": "✓", "idea": "✦", "worry": "☹", "unsafe": "⚠"}


class ProposalModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[review.ProposalRecord] = []
        self.corpus: Optional[review.Corpus] = None
        self.tags: dict[str, str] = {}

    def set_records(self, corpus: review.Corpus, records: list[review.ProposalRecord], tags: dict[str, str]) -> None:
        self.beginResetModel()
        self.corpus, self.records, self.tags = corpus, records, tags
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.records[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return r.key
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return ", ".join(f"{review.sticker_name(s)}: {n}" for s, n in r.stickers.items())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and col in (4, 5, 8):
            return (r.blocks, r.annotations, r.budget_used)[(4, 5, 8).index(col)]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == 0:
            return r.title or _("untitled")
        if col == 1:
            site = self.corpus.sites.get(r.site_id) if self.corpus else None
            return site.name(language()) if site else r.site_id
        if col == 2:
            return r.workshop_title
        if col == 3:
            return ", ".join(r.age_bands)
        if col == 4:
            return r.blocks
        if col == 5:
            return r.annotations
        if col == 6:
            return " ".join(f"{STICKER_MARKS.get(s, s)}{n}" for s, n in sorted(r.stickers.items(), key=lambda kv: STICKERS.index(kv[0]) if kv[0] in STICKERS else 9))
        if col == 7:
            return _("yes") if r.has_voice else ""
        if col == 8:
            return f"{r.budget_used:g}" + (f" / {r.budget:g}" if r.budget else "")
        if col == 9:
            return self.tags.get(r.key, "")
        return None


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
        self.facts.setText(_("{site}, workshop {workshop}; ages {bands}; {blocks} blocks, {notes} notes; "
                             "budget used {used:g}").format(
            site=site.name(language()), workshop=record.workshop_title, bands=", ".join(record.age_bands) or "-",
            blocks=record.blocks, notes=record.annotations, used=record.budget_used))
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
                bits.append(f"{STICKER_MARKS.get(a['sticker'], '')} {review.sticker_name(a['sticker'])}")
            if a["reasons"]:
                bits.append(", ".join(review.reason_name(r) for r in a["reasons"]))
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
        store = self.window.planner
        if self.record is None:
            return
        annotation = self.annotation
        self.scope.setText(_("Your tags and comments below are about: {what}").format(
            what=_("this note") if annotation else _("the whole proposal")))
        tags = store.tags(self.record.key, annotation)
        self.tags_label.setText(_("Tags: {tags}").format(tags=", ".join(tags) if tags else _("none yet")))
        self.comments.clear()
        for c in store.comments(self.record.key, annotation):
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


class CompareTab(QWidget):
    """Two proposals side by side; turning or zooming one turns the other the same way."""

    def __init__(self, window: "ReviewWindow"):
        super().__init__()
        self.window = window
        self.boxes = [QComboBox(), QComboBox()]
        self.views: list = [None, None]
        self.labels = [PlainLabel(), PlainLabel()]
        self._syncing = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        for k, box in enumerate(self.boxes):
            row.addWidget(PlainLabel(_("Left") if k == 0 else _("Right")))
            row.addWidget(box, 1)
            box.currentIndexChanged.connect(lambda _i, k=k: self._chosen(k))
        layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.holders = []
        for k in range(2):
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(self.labels[k])
            self.labels[k].setWordWrap(True)
            self.holders.append(v)
            self.splitter.addWidget(holder)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(PlainLabel(_("The two cameras move together: turn or zoom either view.")))

    def set_corpus(self, corpus: review.Corpus) -> None:
        for k, box in enumerate(self.boxes):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for r in corpus.records:
                box.addItem(f"{r.title or _('untitled')} · {r.workshop_title} · {', '.join(r.age_bands)}", r.key)
            idx = box.findData(current) if current else min(k, box.count() - 1)
            box.setCurrentIndex(max(idx, 0))
            box.blockSignals(False)

    def show_pair(self, left: str, right: str) -> None:
        for k, key in enumerate((left, right)):
            self.boxes[k].setCurrentIndex(max(self.boxes[k].findData(key), 0))
            self._chosen(k)

    def ensure_views(self) -> None:
        for k in range(2):
            if self.views[k] is None:
                view = make_viewport(self.window.corpus)
                view.setMinimumSize(300, 300)
                view.cameraChanged.connect(lambda k=k: self._sync(k))
                self.holders[k].addWidget(view, 1)
                self.views[k] = view
            self._chosen(k)

    def _chosen(self, k: int) -> None:
        key = self.boxes[k].currentData()
        record = self.window.corpus.record(key) if key else None
        if record is None:
            return
        self.labels[k].setText(_("{title}: {blocks} blocks, {notes} notes, ages {bands}").format(
            title=record.title or _("untitled"), blocks=record.blocks, notes=record.annotations,
            bands=", ".join(record.age_bands) or "-"))
        if self.views[k] is not None:
            show_in_viewport(self.views[k], self.window.corpus, record)
            self._sync(1 - k)

    def _sync(self, source: int) -> None:
        a, b = self.views[source], self.views[1 - source]
        if self._syncing or a is None or b is None:
            return
        self._syncing = True
        try:
            b.setCameraPosition(pos=a.opts["center"], distance=a.opts["distance"], elevation=a.opts["elevation"],
                                azimuth=a.opts["azimuth"])
            b.opts["fov"] = a.opts["fov"]
            b.update()
        finally:
            self._syncing = False


class ReviewWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Junior Planner - Review"))
        self.setAcceptDrops(True)
        self.corpus = review.Corpus()
        self.planner = PlannerStore(data_dir)
        self.loader = Loader(self)
        self.loader.progress.connect(self._progress)
        self.loader.loaded.connect(self._loaded)
        self._queued: list[Path] = []
        self._shown: list[review.ProposalRecord] = []

        toolbar = self.addToolBar(_("Review"))
        toolbar.setMovable(False)
        for text, slot, shortcut in ((_("Open bundles..."), self.choose_bundles, QKeySequence.StandardKey.Open),
                                     (_("Export planner notes (CSV)..."), self.export_notes, None),
                                     (_("Write a report (PDF)..."), self.write_report, None),
                                     (_("Compare the two selected"), self.compare_selected, None)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(shortcut)
            toolbar.addAction(action)

        # filters
        self.site_box, self.workshop_box, self.band_box = QComboBox(), QComboBox(), QComboBox()
        self.category_box, self.type_box, self.sticker_box = QComboBox(), QComboBox(), QComboBox()
        self.tag_box = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("search titles and children's words"))
        self.search.setClearButtonEnabled(True)
        filters = QFormLayout()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for label, box, row in ((_("Site"), self.site_box, row1), (_("Workshop"), self.workshop_box, row1),
                                (_("Age band"), self.band_box, row1), (_("Category"), self.category_box, row2),
                                (_("Block"), self.type_box, row2), (_("Sticker"), self.sticker_box, row2),
                                (_("Planner tag"), self.tag_box, row2)):
            row.addWidget(PlainLabel(label))
            row.addWidget(box, 1)
            box.currentIndexChanged.connect(self._filters_changed)
        row1.addWidget(self.search, 2)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        filters.addRow(row1)
        filters.addRow(row2)
        self.count_label = PlainLabel()

        self.model = ProposalModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(_("Proposals"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.detail = ProposalDetail(self)

        proposals = QWidget()
        pl = QVBoxLayout(proposals)
        pl.addLayout(filters)
        pl.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([700, 560])
        pl.addWidget(split, 1)
        self.empty_hint = PlainLabel(_("Open the workshop bundles (.jpbundle) to review, or drop them on this window."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("font-size: 16px; color: #555; padding: 20px;")
        pl.insertWidget(0, self.empty_hint)

        self.patterns = PatternsTab(self.current_filter)
        self.patterns.openProposal.connect(self.open_proposal)
        self.compare = CompareTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(proposals, _("Proposals"))
        self.tabs.addTab(self.patterns, _("Patterns"))
        self.tabs.addTab(self.compare, _("Compare"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(320)
        self.progress.setVisible(False)
        self.problems_label = PlainLabel()
        self.statusBar().addPermanentWidget(self.problems_label)
        self.statusBar().addPermanentWidget(self.progress)
        self._fill_filters()

    # --- loading --------------------------------------------------------------------------------
    def open_bundles(self, paths: Sequence[Path | str]) -> None:
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.loader.busy:
            self._queued.extend(paths)
            return
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.statusBar().showMessage(_("Checking {count} bundles...").format(count=len(paths)))
        self.loader.start(paths, self.corpus)

    def choose_bundles(self) -> None:
        files, _chosen = QFileDialog.getOpenFileNames(self, _("Open workshop bundles"), "",
                                                      _("Junior Planner bundles (*.jpbundle *.zip)"))
        self.open_bundles(files)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.statusBar().showMessage(_("Checking {file} ({done} of {total})...").format(file=name, done=done + 1, total=total))

    def _loaded(self, corpus: review.Corpus) -> None:
        added = self.corpus.merge(corpus)
        self.progress.setVisible(False)
        self.statusBar().showMessage(_("{added} proposals added; {total} in this review.").format(
            added=added, total=len(self.corpus)), 8000)
        if corpus.problems:
            self.problems_label.setText(_("{count} bundles could not be opened").format(count=len(corpus.problems)))
            self.problems_label.setToolTip(plain_tooltip("\n".join(self.corpus.problems)))
            tell_warning(self, _("Some bundles could not be opened"), "\n\n".join(corpus.problems[:10]))
        self.empty_hint.setVisible(len(self.corpus) == 0)
        self._fill_filters()
        self.patterns.set_corpus(self.corpus)
        self.compare.set_corpus(self.corpus)
        if self._queued:
            queued, self._queued = self._queued, []
            self.open_bundles(queued)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if p.is_file()] + [f for d in folders for f in sorted(d.glob("*.jpbundle"))]
        self.open_bundles(files)
        event.acceptProposedAction()

    # --- filters --------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        c = self.corpus
        everything = _("all")
        choices = {
            self.site_box: [(c.sites[s].name(language()) if s in c.sites else s, s) for s in sorted({r.site_id for r in c.records})],
            self.workshop_box: sorted({(r.workshop_title, r.workshop_id) for r in c.records}),
            self.band_box: [(b, b) for b in AGE_BANDS],
            self.category_box: [(c.category_name(k), k) for k in c.category_ids],
            self.type_box: sorted({(c.block_name(t), t) for r in c.records for t in r.block_types}),
            self.sticker_box: [(f"{STICKER_MARKS[s]} {review.sticker_name(s)}", s) for s in STICKERS],
            self.tag_box: [(t, t) for t in self.planner.all_tags()],
        }
        for box, items in choices.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, value in items:
                box.addItem(text, value)
            idx = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(idx, 0))
            box.blockSignals(False)
        self._filters_changed()

    def current_filter(self) -> review.Filter:
        return review.Filter(site=self.site_box.currentData(), workshop=self.workshop_box.currentData(),
                             age_band=self.band_box.currentData(), category=self.category_box.currentData(),
                             block_type=self.type_box.currentData(), sticker=self.sticker_box.currentData(),
                             text=self.search.text())

    def _filters_changed(self, *_args) -> None:
        records = self.corpus.select(self.current_filter()) if len(self.corpus) else []
        tag = self.tag_box.currentData()
        if tag:
            tagged = self.planner.proposals_tagged(tag)
            records = [r for r in records if r.key in tagged]
        self._shown = records
        self.model.set_records(self.corpus, records, self._tag_texts())
        self.table.resizeColumnsToContents()
        self.count_label.setText(_("{shown} of {total} proposals").format(shown=len(records), total=len(self.corpus)))
        if self.tabs.currentWidget() is self.patterns:
            self.patterns.refresh()

    def _tag_texts(self) -> dict[str, str]:
        return {r.key: ", ".join(self.planner.tags(r.key)) for r in self._shown} if self._shown else {}

    def tags_changed(self) -> None:
        self.model.tags = self._tag_texts()
        self.model.dataChanged.emit(self.model.index(0, 9), self.model.index(max(self.model.rowCount() - 1, 0), 9))
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(_("all"), None)
        for t in self.planner.all_tags():
            self.tag_box.addItem(t, t)
        self.tag_box.setCurrentIndex(max(self.tag_box.findData(current), 0) if current else 0)
        self.tag_box.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.patterns:
            self.patterns.refresh()
        elif self.tabs.widget(index) is self.compare and len(self.corpus):
            self.compare.ensure_views()

    # --- proposals ------------------------------------------------------------------------------
    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        key = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        record = self.corpus.record(key)
        if record is not None:
            self.detail.show_record(record)

    def open_proposal(self, key: str) -> None:
        record = self.corpus.record(key)
        if record is None:
            return
        self.tabs.setCurrentIndex(0)
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(row)
                return
        self.detail.show_record(record)

    def compare_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        keys = [self.proxy.data(r, Qt.ItemDataRole.UserRole) for r in rows][:2]
        if len(keys) < 2 and len(self._shown) >= 2:
            keys = (keys + [r.key for r in self._shown if r.key not in keys])[:2]
        if len(keys) < 2:
            return
        self.tabs.setCurrentWidget(self.compare)
        self.compare.ensure_views()
        self.compare.show_pair(keys[0], keys[1])

    # --- files ----------------------------------------------------------------------------------
    def export_notes(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, _("Export planner notes"), "planner-notes.csv", "CSV (*.csv)")
        if path:
            rows = self.planner.export_csv(Path(path), {r.key: r.title for r in self.corpus.records})
            self.statusBar().showMessage(_("{rows} tags and comments written to {path}").format(rows=rows, path=path), 8000)

    def write_report(self) -> None:
        if not len(self.corpus):
            return
        path, _chosen = QFileDialog.getSaveFileName(self, _("Write a report"), "review-report.pdf", "PDF (*.pdf)")
        if not path:
            return
        from junior_planner.services import report
        from junior_planner.render.printing import report as pdf

        self.statusBar().showMessage(_("Writing the report..."))
        content = report.build_report(self.corpus, self.current_filter())
        pages = pdf.write_pdf(content, Path(path))
        self.statusBar().showMessage(_("{pages} pages written to {path}").format(pages=pages, path=path), 8000)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.loader.stop()
        if self.detail.flight is not None:
            self.detail.flight.timer.stop()
        self.detail.voice.stop()
        self.planner.close()
        super().closeEvent(event)


def run_review(data_dir: Path, bundles: Sequence[Path], screenshot: Optional[str] = None) -> int:
    from junior_planner.render.qtapp import application

    app = application()
    app.setApplicationDisplayName(_("Junior Planner"))
    window = ReviewWindow(data_dir)
    window.resize(1280, 800)
    window.show()
    if bundles:
        window.open_bundles(bundles)
    if screenshot:
        def grab() -> None:
            if window.loader.busy:
                QTimer.singleShot(200, grab)
                return
            Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(screenshot))
            app.quit()

        QTimer.singleShot(800, grab)
    return app.exec()
