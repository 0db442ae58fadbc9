"""The children of one workshop: pseudonym, age band, designs, and the guardian's consent (yes or
no, with the version of the notice given) that the facilitator records; deleting one child's data."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from junior_planner.i18n import _
from junior_planner.services import data_rights
from junior_planner.services.errors import UserError
from junior_planner.services.workspace import Workspace
from junior_planner.ui.text import PlainLabel

PSEUDONYM, AGE, DESIGNS, CONSENT, NOTICE = range(5)


class ParticipantsView(QWidget):
    """Consent edits are saved at once; `problem` carries a sentence when one could not be."""

    delete_requested = Signal(str)  # participant id
    problem = Signal(str)

    def __init__(self, workspace: Workspace, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.data = Workspace.of(workspace)
        self.store = self.data.store  # handed to the services
        self.workshop_id: Optional[str] = None
        self._filling = False
        layout = QVBoxLayout(self)
        hint = PlainLabel(_("Tick consent when a guardian has agreed, and note which version of the notice they saw. "
                        "Without consent, nothing of the child should leave this computer."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("participants")
        self.table.setAccessibleName(_("Children in this workshop"))
        self.table.setHorizontalHeaderLabels([_("Explorer name"), _("Age"), _("Designs"), _("Consent"), _("Notice version")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PSEUDONYM, QHeaderView.ResizeMode.Stretch)
        for column in (AGE, DESIGNS, CONSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTICE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(NOTICE, 160)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.itemChanged.connect(self._changed)
        self.table.currentCellChanged.connect(lambda *_args: self._enable())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.empty = PlainLabel(_("No children have joined this workshop yet."))
        row.addWidget(self.empty)
        row.addStretch(1)
        self.delete_button = QPushButton(_("Delete this child's data…"))
        self.delete_button.setObjectName("delete-child")
        self.delete_button.setAccessibleName(_("Delete all data of the chosen child"))
        self.delete_button.setMinimumHeight(40)
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self._ids: list[str] = []
        self._enable()

    def show_workshop(self, workshop_id: Optional[str]) -> None:
        self.workshop_id = workshop_id
        people = self.data.participants(workshop_id=workshop_id) if workshop_id else []
        self._filling = True
        try:
            self.table.setRowCount(len(people))
            self._ids = [p.id for p in people]
            for row, p in enumerate(people):
                designs = len(data_rights.proposals_of(self.store, p.id))
                for column, text in ((PSEUDONYM, data_rights.shown_name(p.pseudonym)), (AGE, p.age_band), (DESIGNS, str(designs))):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
                consent = QTableWidgetItem(_("yes") if p.consent else _("no"))
                consent.setFlags((consent.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
                consent.setCheckState(Qt.CheckState.Checked if p.consent else Qt.CheckState.Unchecked)
                consent.setData(Qt.ItemDataRole.AccessibleTextRole,
                                _("Consent for {name}: {answer}").format(name=data_rights.shown_name(p.pseudonym), answer=_("yes") if p.consent else _("no")))
                self.table.setItem(row, CONSENT, consent)
                notice = QTableWidgetItem(p.consent_notice_version)
                notice.setToolTip(_("Double-click to type the notice version"))
                self.table.setItem(row, NOTICE, notice)
        finally:
            self._filling = False
        self.empty.setVisible(not people)
        self._enable()

    def current_participant(self) -> Optional[str]:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def set_consent(self, row: int, consent: bool, notice_version: Optional[str] = None) -> None:
        """What ticking the box and typing the version do (also for tests and keyboard users)."""
        self.table.item(row, CONSENT).setCheckState(Qt.CheckState.Checked if consent else Qt.CheckState.Unchecked)
        if notice_version is not None:
            self.table.item(row, NOTICE).setText(notice_version)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in (CONSENT, NOTICE):
            return
        row = item.row()
        consent = self.table.item(row, CONSENT).checkState() == Qt.CheckState.Checked
        notice = self.table.item(row, NOTICE).text() if self.table.item(row, NOTICE) else ""
        try:
            data_rights.record_consent(self.store, self._ids[row], consent, notice)
        except UserError as exc:
            self.problem.emit(str(exc))
        current = self.current_participant()
        self.show_workshop(self.workshop_id)
        if current in self._ids:
            self.table.setCurrentCell(self._ids.index(current), 0)

    def _enable(self) -> None:
        self.delete_button.setEnabled(self.current_participant() is not None)

    def _delete(self) -> None:
        pid = self.current_participant()
        if pid:
            self.delete_requested.emit(pid)
