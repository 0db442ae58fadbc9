"""The facilitator's home: the workshops on this machine and each one's proposals."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter,
    QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from junior_planner.i18n import N_, _, language, translate
from junior_planner.services import library
from junior_planner.services.messages import REASON_NAMES, STICKER_NAMES
from junior_planner.store import Store

STATUS_NAMES = {"draft": N_("being made"), "submitted": N_("finished"), "abandoned": N_("left unfinished")}


class FacilitatorHome(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(_("Junior Planner - Facilitator"))
        central = QWidget()
        outer = QVBoxLayout(central)
        heading = QLabel(_("Workshops on this computer"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        outer.addWidget(heading)

        row = QHBoxLayout()
        self.workshop_list = QListWidget()
        self.workshop_list.setObjectName("workshops")
        self.workshop_list.setAccessibleName(_("Workshops"))
        self.workshop_list.setMinimumWidth(320)
        self.workshop_list.currentItemChanged.connect(self._show_proposals)
        row.addWidget(self.workshop_list, 1)

        right = QVBoxLayout()
        self.proposals_heading = QLabel(_("Proposals"))
        right.addWidget(self.proposals_heading)
        self.proposal_table = QTableWidget(0, 5)
        self.proposal_table.setObjectName("proposals")
        self.proposal_table.setAccessibleName(_("Proposals"))
        self.proposal_table.setHorizontalHeaderLabels([_("Title"), _("Status"), _("Blocks"), _("Notes"), _("Children")])
        self.proposal_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.proposal_table.verticalHeader().setVisible(False)
        self.proposal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposal_table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.details = QTextBrowser()
        self.details.setObjectName("proposal-details")
        self.details.setAccessibleName(_("Proposal details"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.proposal_table)
        split.addWidget(self.details)
        split.setSizes([300, 300])
        right.addWidget(split)
        self.open_3d = QPushButton(_("Open in 3D"))
        self.open_3d.setObjectName("open-in-3d")
        self.open_3d.setAccessibleName(_("Open the chosen proposal in the 3D editor"))
        self.open_3d.setMinimumHeight(48)
        self.open_3d.setEnabled(False)
        self.open_3d.clicked.connect(self.open_in_3d)
        self._editor_windows: list = []
        right.addWidget(self.open_3d)
        row.addLayout(right, 2)
        outer.addLayout(row)

        self.empty_hint = QLabel(_("No workshops yet. Create one from the command line: "
                                   "junior-planner workshop new --site ID --title T"))
        self.empty_hint.setWordWrap(True)
        outer.addWidget(self.empty_hint)
        self.setCentralWidget(central)
        self.statusBar().showMessage(_("Data folder: {path}").format(path=store.data_dir))
        self.refresh()

    def refresh(self) -> None:
        self.workshop_list.clear()
        sites = library.sites(self.store)
        counts: dict[str, int] = {}
        for s in self.store.proposal_summaries():
            counts[s.workshop_id] = counts.get(s.workshop_id, 0) + 1
        for ws in self.store.workshops():
            site = sites.get(ws.site_id)
            site_name = site.name(language()) if site else ws.site_id
            text = _("{title}\n{site} · proposals: {count}").format(title=ws.title, site=site_name, count=counts.get(ws.id, 0))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ws.id)
            self.workshop_list.addItem(item)
        self.empty_hint.setVisible(self.workshop_list.count() == 0)
        if self.workshop_list.count():
            self.workshop_list.setCurrentRow(0)
        else:
            self._show_proposals(None, None)

    def _show_proposals(self, current, _previous) -> None:
        summaries = self.store.proposal_summaries(current.data(Qt.ItemDataRole.UserRole)) if current else []
        self._summaries = summaries
        self.proposal_table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            values = [s.title or _("(no title yet)"), translate(STATUS_NAMES.get(s.status, s.status)),
                      str(s.blocks), str(s.annotations), str(s.participants)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.proposal_table.setItem(row, column, item)

        if summaries:
            self.proposal_table.setCurrentCell(0, 0)
        self._show_details(0 if summaries else -1)

    def open_in_3d(self):
        """Open the chosen proposal in an editor window (a finished one only refuses edits)."""
        summaries = getattr(self, "_summaries", [])
        row = self.proposal_table.currentRow()
        if not 0 <= row < len(summaries):
            return None
        proposal = self.store.proposal(summaries[row].id)
        if proposal is None:
            return None
        from junior_planner.ui.editor.window import EditorWindow

        window = EditorWindow(self.store, proposal)
        self._editor_windows = [w for w in self._editor_windows if w.isVisible()] + [window]
        window.show()
        return window

    def _show_details(self, row: int) -> None:
        summaries = getattr(self, "_summaries", [])
        if hasattr(self, "open_3d"):
            self.open_3d.setEnabled(0 <= row < len(summaries))
        if not 0 <= row < len(summaries):
            self.details.setHtml(f"<p>{html.escape(_('Choose a proposal to see what the children made and why.'))}</p>")
            return
        proposal = self.store.proposal(summaries[row].id)
        if proposal is None:
            return
        self.details.setHtml(proposal_html(self.store, proposal))


def proposal_html(store: Store, proposal) -> str:
    """What a facilitator wants to see of one proposal, as simple HTML."""
    lang = language()
    catalog = library.load_catalog()
    esc = html.escape
    parts = [f"<h2>{esc(proposal.title or _('(no title yet)'))}</h2>"]
    children = store.participants(proposal_id=proposal.id)
    if children:
        people = ", ".join(f"{esc(p.pseudonym)} ({esc(p.age_band)})" for p in children)
        parts.append(f"<p><b>{esc(_('Made by'))}:</b> {people}</p>")
    counts: dict[str, int] = {}
    for block in proposal.blocks.values():
        counts[block.block_type] = counts.get(block.block_type, 0) + 1
    if counts:
        names = []
        for block_type, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            kind = catalog.get(block_type)
            names.append(f"{esc(kind.name(lang) if kind else block_type)} × {count}")
        parts.append(f"<p><b>{esc(_('Blocks used'))}:</b> {', '.join(names)}</p>")
    favourite = proposal.blocks.get(proposal.favourite_block or "")
    if favourite is not None:
        kind = catalog.get(favourite.block_type)
        parts.append(f"<p><b>{esc(_('Favourite'))}:</b> {esc(kind.name(lang) if kind else favourite.block_type)}</p>")
    notes = list(proposal.annotations.values())
    if notes:
        parts.append(f"<p><b>{esc(_('Why'))}:</b></p><ul>")
        for note in notes:
            bits = []
            if note.sticker:
                bits.append(f"<b>{esc(translate(STICKER_NAMES.get(note.sticker, note.sticker)))}</b>")
            if note.reasons:
                bits.append(esc(", ".join(translate(REASON_NAMES.get(r, r)) for r in note.reasons)))
            if note.text:
                bits.append(f"“{esc(note.text)}”")
            where = ""
            if note.block_uuid and note.block_uuid in proposal.blocks:
                kind = catalog.get(proposal.blocks[note.block_uuid].block_type)
                where = f" ({esc(_('on the {block}').format(block=kind.name(lang) if kind else '?'))})"
            parts.append(f"<li>{' · '.join(bits)}{where}</li>")
        parts.append("</ul>")
    return "".join(parts)

