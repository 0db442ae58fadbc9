"""The planners' review window (`junior-planner review [BUNDLE ...]`): open or drop bundles, a
table of proposals with filters and search, a proposal in a read-only 3D view with its notes,
the Patterns tab, Compare (two proposals, cameras in step) and the planner's tags and comments.
The children's bundles are only read; the planner's notes go to planner.sqlite3."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from junior_planner.i18n import _, n_, language
from junior_planner.model.vocabulary import AGE_BANDS, STICKERS, sticker_name
from junior_planner.services import review
from junior_planner.services.workspace import open_planner_notes
from junior_planner.ui.review.compare import CompareTab
from junior_planner.ui.review.detail import ProposalDetail
from junior_planner.ui.review.loader import Loader
from junior_planner.ui.review.patterns import PatternsTab
from junior_planner.ui.review.table import STICKER_MARKS, ProposalModel
from junior_planner.ui.text import PlainLabel, plain_tooltip, tell_warning


class ReviewWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Junior Planner - Review"))
        self.setAcceptDrops(True)
        self.corpus = review.Corpus()
        self.planner = open_planner_notes(data_dir)
        self.loader = Loader(self)
        self.loader.progress.connect(self._progress)
        # the 3D view's modules load now, with the window, not in the middle of reading bundles
        from junior_planner.render import viewport  # noqa: F401
        self.loader.partial.connect(self._partial)
        self.loader.loaded.connect(self._loaded)
        self._added = 0  # proposals added by the loading under way
        self._queued: list[Path] = []
        self._shown: list[review.ProposalRecord] = []

        toolbar = self.addToolBar(_("Review"))
        toolbar.setMovable(False)
        self.archive_scope: Optional[str] = None   # what part of the city archive this window shows
        for text, slot, shortcut in ((_("Open bundles..."), self.choose_bundles, QKeySequence.StandardKey.Open),
                                     (_("Export planner notes (CSV)..."), self.export_notes, None),
                                     (_("Write a report (PDF)..."), self.write_report, None),
                                     (_("Compare the two selected"), self.compare_selected, None)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(shortcut)
                self.open_action = action
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
        # columns sized from the first 200 rows, not 1,000 (Qt's default): 2,000 rows size 5x faster
        self.table.horizontalHeader().setResizeContentsPrecision(200)
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
        self.statusBar().showMessage(n_("Checking %n bundles...", len(paths)))
        self._added = 0
        self.loader.start(paths, self.corpus)

    def open_archive(self, url: str, scope) -> None:
        """Review the city archive (a scope of it) instead of bundles: records come from the
        database, the patterns are computed there. Bundles cannot be mixed in."""
        if self.loader.busy:
            return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.statusBar().showMessage(_("Opening the city archive ({scope})...").format(scope=scope.describe()))
        self.archive_scope = scope.describe()
        self.open_action.setEnabled(False)
        self.setAcceptDrops(False)
        self.empty_hint.setText(_("Reading the city archive..."))
        self.loader.start_archive(url, scope)

    def choose_bundles(self) -> None:
        files, _chosen = QFileDialog.getOpenFileNames(self, _("Open workshop bundles"), "",
                                                      _("Junior Planner bundles (*.jpbundle *.zip)"))
        self.open_bundles(files)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.statusBar().showMessage(_("Checking {file} ({done} of {total})...").format(file=name, done=done + 1, total=total))

    def _partial(self, corpus: review.Corpus) -> None:
        """The first bundles, while the rest load: into the table at once, the first one shown.
        Columns are sized for the first rows only (sizing 2,000 rows takes a while): again at the end."""
        first_rows = self.model.rowCount() == 0
        self._added += self.corpus.merge(corpus)
        self.empty_hint.setVisible(len(self.corpus) == 0)
        self._fill_filters(resize_columns=first_rows)
        self._show_first()

    def _show_first(self) -> None:
        """With nothing chosen yet, the first proposal is shown (its 3D view, notes and tags)."""
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _loaded(self, corpus) -> None:
        if self.archive_scope is not None and not getattr(self.corpus, "source", "") == "archive":
            self._archive_loaded(corpus)
            return
        added = self._added + self.corpus.merge(corpus)
        self._added = 0
        self.progress.setVisible(False)
        self.statusBar().showMessage(n_("%n proposals added; {total} in this review.", added).format(total=len(self.corpus)), 8000)
        if corpus.problems:
            self.problems_label.setText(n_("%n bundles could not be opened", len(corpus.problems)))
            self.problems_label.setToolTip(plain_tooltip("\n".join(self.corpus.problems)))
            tell_warning(self, _("Some bundles could not be opened"), "\n\n".join(corpus.problems[:10]))
        self.empty_hint.setVisible(len(self.corpus) == 0)
        self._fill_filters()
        self._show_first()
        self.patterns.set_corpus(self.corpus)
        self.compare.set_corpus(self.corpus)
        if self._queued:
            queued, self._queued = self._queued, []
            self.open_bundles(queued)

    def _archive_loaded(self, corpus) -> None:
        self.progress.setVisible(False)
        if isinstance(corpus, str):   # could not open it: say why, in one sentence
            self.archive_scope = None
            self.open_action.setEnabled(True)
            self.setAcceptDrops(True)
            self.empty_hint.setText(_("The city archive could not be opened."))
            self.statusBar().showMessage(corpus)
            tell_warning(self, _("The city archive could not be opened"), corpus)
            return
        self.corpus = corpus
        self.setWindowTitle(_("Junior Planner - Review of the city archive: {scope}").format(scope=self.archive_scope))
        self.statusBar().showMessage(n_("%n proposals in the city archive ({scope})", len(corpus)).format(
            scope=self.archive_scope), 8000)
        self.empty_hint.setText(_("The city archive has no proposals in {scope}.").format(scope=self.archive_scope))
        self.empty_hint.setVisible(len(self.corpus) == 0)
        self._fill_filters()
        self._show_first()
        self.patterns.set_corpus(self.corpus)
        self.compare.set_corpus(self.corpus)

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
    def _fill_filters(self, resize_columns: bool = True) -> None:
        c = self.corpus
        everything = _("all")
        choices = {
            self.site_box: [(c.sites[s].name(language()) if s in c.sites else s, s) for s in sorted({r.site_id for r in c.records})],
            self.workshop_box: sorted({(r.workshop_title, r.workshop_id) for r in c.records}),
            self.band_box: [(b, b) for b in AGE_BANDS],
            self.category_box: [(c.category_name(k), k) for k in c.category_ids],
            self.type_box: sorted({(c.block_name(t), t) for r in c.records for t in r.block_types}),
            self.sticker_box: [(f"{STICKER_MARKS[s]} {sticker_name(s)}", s) for s in STICKERS],
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
        self._filters_changed(resize_columns=resize_columns)

    def current_filter(self) -> review.Filter:
        return review.Filter(site=self.site_box.currentData(), workshop=self.workshop_box.currentData(),
                             age_band=self.band_box.currentData(), category=self.category_box.currentData(),
                             block_type=self.type_box.currentData(), sticker=self.sticker_box.currentData(),
                             text=self.search.text())

    def _filters_changed(self, *_args, resize_columns: bool = True) -> None:
        records = self.corpus.select(self.current_filter()) if len(self.corpus) else []
        tag = self.tag_box.currentData()
        if tag:
            tagged = self.planner.proposals_tagged(tag)
            records = [r for r in records if r.key in tagged]
        self._shown = records
        self.model.set_records(self.corpus, records, self._tag_texts())
        if resize_columns:
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
            self.statusBar().showMessage(n_("%n tags and comments written to {path}", rows).format(path=path), 8000)

    def write_report(self) -> None:
        if not len(self.corpus):
            return
        path, _chosen = QFileDialog.getSaveFileName(self, _("Write a report"), "review-report.pdf", "PDF (*.pdf)")
        if not path:
            return
        from junior_planner.render.printing import report as pdf
        from junior_planner.services import report

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
        self.corpus.close()
        super().closeEvent(event)


def run_review(data_dir: Path, bundles: Sequence[Path], screenshot: Optional[str] = None, archive=None) -> int:
    """`archive`: (url, Scope) to review the city archive instead of bundles."""
    from junior_planner.render.qtapp import application

    app = application()
    app.setApplicationDisplayName(_("Junior Planner"))
    window = ReviewWindow(data_dir)
    window.resize(1280, 800)
    window.show()
    if archive is not None:
        window.open_archive(*archive)
    elif bundles:
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
