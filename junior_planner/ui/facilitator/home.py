"""The facilitator's home: the workshops on this machine and each one's proposals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from junior_planner.i18n import N_, _, language, translate
from junior_planner.services import library
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
        right.addWidget(self.proposal_table)
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
        self.proposal_table.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            values = [s.title or _("(no title yet)"), translate(STATUS_NAMES.get(s.status, s.status)),
                      str(s.blocks), str(s.annotations), str(s.participants)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.proposal_table.setItem(row, column, item)
