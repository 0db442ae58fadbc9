"""Reviewing the free text children typed before an export (children sometimes type their names)
and removing words: a facilitator's action that also reaches the undo history, so no undo ever
brings the words back."""

from __future__ import annotations

from typing import Optional

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from junior_planner.i18n import _, n_, translate
from junior_planner.services import data_rights
from junior_planner.services.workspace import Workspace
from junior_planner.ui.text import PlainLabel

DESIGN, KIND, AUTHOR, WORDS, CHECK = range(5)


class ReviewDialog(QDialog):
    def __init__(self, workspace: Workspace, workshop_id: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.store, self.workshop_id = Workspace.of(workspace).store, workshop_id  # handed to the services
        self.redactions = 0
        self.setObjectName("review-dialog")
        self.setWindowTitle(_("Review the children's words"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        intro = PlainLabel(_("Every note and design name the children typed, including earlier versions kept for undo. "
                         "Remove anything that could identify a child (a real name, a school, a phone number) "
                         "before exporting."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("free-text")
        self.table.setAccessibleName(_("The children's words"))
        self.table.setHorizontalHeaderLabels([_("Design"), _("Kind"), _("Written by"), _("Words"), _("Look at")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        for column in (DESIGN, KIND, AUTHOR, CHECK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda *_args: self._enable())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        row.addWidget(PlainLabel(_("Replace with:")))
        self.replacement = QLineEdit(translate(data_rights.REMOVED))
        self.replacement.setAccessibleName(_("Words to put in place of the removed ones"))
        self.replacement.setMaximumWidth(260)
        row.addWidget(self.replacement)
        self.redact_button = QPushButton(_("Remove these words"))
        self.redact_button.setObjectName("redact")
        self.redact_button.setAccessibleName(_("Remove the chosen words everywhere they are stored"))
        self.redact_button.setMinimumHeight(40)
        self.redact_button.clicked.connect(self.redact_current)
        row.addWidget(self.redact_button)
        row.addStretch(1)
        self.status = PlainLabel()
        self.status.setObjectName("review-status")
        row.addWidget(self.status)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Close"))
        close.setAccessibleName(_("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.items: list[data_rights.ReviewItem] = []
        self.refresh()

    def refresh(self) -> None:
        items = data_rights.review(self.store, self.workshop_id)
        items.sort(key=lambda i: (not i.warnings, i.entry.proposal_title.casefold(), not i.entry.current))
        self.items = items
        self.table.setRowCount(len(items))
        attention = QBrush(QColor("#fff0c2"))
        untitled = _("(no title yet)")
        for row, item in enumerate(items):
            entry = item.entry
            kind = _("design name") if entry.kind == "title" else _("note")
            cells = [entry.proposal_title or untitled, kind, item.author or "–", entry.text, "; ".join(item.warnings)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.warnings:
                    cell.setBackground(attention)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        flagged = sum(1 for i in items if i.warnings)
        self.status.setText(n_("%n pieces of text, {flagged} to look at", len(items)).format(flagged=flagged)
                            if items else _("The children typed no words in this workshop."))
        if items:
            self.table.setCurrentCell(0, WORDS)
        self._enable()

    def _enable(self) -> None:
        self.redact_button.setEnabled(0 <= self.table.currentRow() < len(self.items))

    def redact_current(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return False
        item = self.items[row]
        replacement = self.replacement.text().strip() or translate(data_rights.REMOVED)
        data_rights.redact(self.store, item, replacement)
        self.redactions += 1
        self.refresh()
        self.status.setText(_("Removed. The words are gone from the design and its undo history."))
        return True
