"""The facilitator's home: the one main window of the facilitator panel. The workshops on this
machine (create, edit, delete), each one's proposals (details, open in 3D, start the kiosk), its
children (consent, delete a child's data), the free-text review and the export for planners.
Expired workshops are purged when it opens, with a notice saying which.
"""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem,
    QMainWindow, QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget,
)

from junior_planner.i18n import _, language, translate
from junior_planner.services import data_rights
from junior_planner.services.errors import UserError
from junior_planner.services.workspace import Workspace
from junior_planner.ui.facilitator import panel
from junior_planner.ui.facilitator.participants import ParticipantsView
from junior_planner.ui.text import PlainLabel

from junior_planner.ui.facilitator.details import STATUS_NAMES, proposal_html  # noqa: F401 - tests use it
from junior_planner.ui.facilitator.exporting import Exporting


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(40)
    return button


class FacilitatorHome(Exporting, QMainWindow):
    def __init__(self, workspace: Workspace, purge: bool = True, today: Optional[str] = None):
        super().__init__()
        self.data = Workspace.of(workspace)
        store = self.store = self.data.store  # handed to the services
        self.setWindowTitle(_("Junior Planner - Facilitator"))
        self.notice = panel.NoticeBar()
        self.purged: list[data_rights.Purged] = data_rights.purge_expired(store, today) if purge else []
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.notice)
        top = QHBoxLayout()
        heading = PlainLabel(_("Workshops on this computer"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        top.addWidget(heading, 1)
        self.new_button = _button(_("New workshop…"), "new-workshop", _("Create a new workshop"))
        self.new_button.clicked.connect(self.new_workshop)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        row = QHBoxLayout()
        left = QVBoxLayout()
        self.workshop_list = QListWidget()
        self.workshop_list.setObjectName("workshops")
        self.workshop_list.setAccessibleName(_("Workshops"))
        self.workshop_list.setMinimumWidth(320)
        self.workshop_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.workshop_list.currentItemChanged.connect(self._show_proposals)
        left.addWidget(self.workshop_list, 1)
        self.workshop_info = PlainLabel()
        self.workshop_info.setObjectName("workshop-settings")
        self.workshop_info.setWordWrap(True)
        self.workshop_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.workshop_info)
        ws_buttons = QHBoxLayout()
        self.edit_button = _button(_("Edit…"), "edit-workshop", _("Edit the chosen workshop's settings"))
        self.edit_button.clicked.connect(self.edit_workshop)
        self.delete_workshop_button = _button(_("Delete workshop…"), "delete-workshop",
                                              _("Delete the chosen workshop and all its data"))
        self.delete_workshop_button.clicked.connect(self.delete_workshop)
        ws_buttons.addWidget(self.edit_button)
        ws_buttons.addWidget(self.delete_workshop_button)
        left.addLayout(ws_buttons)
        row.addLayout(left, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshop-tabs")
        self.tabs.setAccessibleName(_("The chosen workshop"))
        proposals_page = QWidget()
        right = QVBoxLayout(proposals_page)
        self.proposals_heading = PlainLabel(_("Proposals"))
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
        self.picture = PlainLabel()
        self.picture.setObjectName("proposal-picture")
        self.picture.setAccessibleName(_("The proposal seen from above"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(0)
        self.picture.hide()
        details_box = QWidget()
        details_layout = QHBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        details_layout.addWidget(self.picture)
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(250)  # draw after the choice settles, not for every row passed
        self._picture_timer.timeout.connect(self._draw_picture)
        self._pictures: dict = {}
        self._snapshotter = None
        self._picture_for = None
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.proposal_table)
        split.addWidget(details_box)
        split.setSizes([300, 300])
        right.addWidget(split)
        proposal_buttons = QHBoxLayout()
        self.open_3d = QPushButton(_("Open in 3D"))
        self.open_3d.setObjectName("open-in-3d")
        self.open_3d.setAccessibleName(_("Open the chosen proposal in the 3D editor"))
        self.open_3d.setMinimumHeight(48)
        self.open_3d.setEnabled(False)
        self.open_3d.clicked.connect(self.open_in_3d)
        self._editor_windows: list = []
        self.kiosk_button = _button(_("Start kiosk"), "start-kiosk", _("Start the children's kiosk for this workshop"))
        self.kiosk_button.setMinimumHeight(48)
        self.kiosk_button.clicked.connect(self.start_kiosk)
        proposal_buttons.addWidget(self.open_3d, 1)
        proposal_buttons.addWidget(self.kiosk_button, 1)
        right.addLayout(proposal_buttons)
        self.tabs.addTab(proposals_page, _("Proposals"))

        self.participants = ParticipantsView(self.data)
        self.participants.delete_requested.connect(self.delete_participant)
        self.participants.problem.connect(lambda text: self.notice.show_notice(text))
        self.tabs.addTab(self.participants, _("Children and consent"))
        row.addWidget(self.tabs, 2)
        outer.addLayout(row, 1)

        self.empty_hint = PlainLabel(_("No workshops yet. Press “New workshop…”, or on the command line: "
                                   "junior-planner workshop new --site ID --title T"))
        self.empty_hint.setWordWrap(True)
        outer.addWidget(self.empty_hint)

        bottom = QHBoxLayout()
        self.review_button = _button(_("Review free text…"), "review-text",
                                     _("Review and remove words the children typed"))
        self.review_button.clicked.connect(self.review_text)
        self.export_button = _button(_("Export for planners…"), "export", _("Export the chosen workshop for planners"))
        self.export_button.clicked.connect(self.export)
        self.with_pictures = QCheckBox(_("with pictures"))
        self.with_pictures.setAccessibleName(_("Include pictures of each design in the export"))
        self.with_pictures.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("export-progress")
        self.progress.setAccessibleName(_("Export progress"))
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.export_result = PlainLabel()
        self.export_result.setObjectName("export-result")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.review_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.with_pictures)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.export_result, 1)
        outer.addLayout(bottom)
        self._export_job: Optional[panel.ExportJob] = None

        self.setCentralWidget(central)
        self.statusBar().showMessage(_("Data folder: {path}").format(path=self.data.data_dir))
        if self.purged:
            self.notice.show_notice(_("Deleted because their keep-until date has passed: {list}").format(
                list=data_rights.purged_summary(self.purged)))
        self.refresh()

    # --- workshops ----------------------------------------------------------------------------------
    def refresh(self, select: Optional[str] = None) -> None:
        select = select or self.current_workshop_id()
        self.workshop_list.blockSignals(True)
        self.workshop_list.clear()
        sites = self.data.library.sites()
        counts: dict[str, int] = {}
        for s in self.data.proposal_summaries():
            counts[s.workshop_id] = counts.get(s.workshop_id, 0) + 1
        chosen = 0
        for ws in self.data.workshops():
            site = sites.get(ws.site_id)
            site_name = site.name(language()) if site else ws.site_id
            text = _("{title}\n{site} · proposals: {count}").format(title=ws.title, site=site_name, count=counts.get(ws.id, 0))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ws.id)
            if ws.id == select:
                chosen = self.workshop_list.count()
            self.workshop_list.addItem(item)
        self.workshop_list.blockSignals(False)
        has = self.workshop_list.count() > 0
        self.empty_hint.setVisible(not has)
        for button in (self.edit_button, self.delete_workshop_button, self.kiosk_button, self.review_button,
                       self.export_button):
            button.setEnabled(has)
        if has:
            self.workshop_list.setCurrentRow(chosen)
        else:
            self._show_proposals(None, None)

    def current_workshop_id(self) -> Optional[str]:
        item = self.workshop_list.currentItem() if hasattr(self, "workshop_list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_workshop(self):
        workshop_id = self.current_workshop_id()
        return self.data.workshop(workshop_id) if workshop_id else None

    def _describe_workshop(self, ws) -> str:
        if ws is None:
            return ""
        parts = [_("Budget: {budget}").format(budget=f"{ws.budget:g}") if ws.budget is not None else _("No budget"),
                 _("Blocks: all") if ws.palette is None else _("Blocks: {count}").format(count=len(ws.palette)),
                 _("Idle: {minutes} min").format(minutes=f"{ws.idle_timeout_s / 60:g}"),
                 _("Voice notes: on") if ws.voice_notes else _("Voice notes: off"),
                 _("Read aloud: on") if ws.read_aloud else _("Read aloud: off"),
                 _("Sounds: on") if ws.sounds else _("Sounds: off"),
                 {"full": _("3D detail: full"), "low": _("3D detail: low")}.get(ws.detail, _("3D detail: normal")),
                 _("Kept until {date}").format(date=ws.keep_until) if ws.keep_until else _("No keep-until date")]
        return " · ".join(parts)

    def new_workshop(self):
        from junior_planner.ui.facilitator.workshop_form import WorkshopForm

        form = WorkshopForm(self.data, parent=self)
        if form.exec() and form.workshop is not None:
            self.refresh(select=form.workshop.id)
        return form.workshop

    def edit_workshop(self):
        from junior_planner.ui.facilitator.workshop_form import WorkshopForm

        ws = self.current_workshop()
        if ws is None:
            return None
        form = WorkshopForm(self.data, ws, parent=self)
        if form.exec():
            self.refresh(select=ws.id)
        return form.workshop

    def delete_workshop(self) -> bool:
        ws = self.current_workshop()
        if ws is None:
            return False
        text = data_rights.describe_workshop_erasure(self.store, ws)
        if not panel.confirm(self, _("Delete this workshop?"), text, _("Delete the workshop")):
            return False
        data_rights.delete_workshop(self.store, ws.id)
        self.notice.show_notice(_("The workshop '{title}' and all its data were deleted.").format(title=ws.title))
        self.refresh()
        return True

    def delete_participant(self, participant_id: str) -> bool:
        try:
            plan = data_rights.plan_child_erasure(self.store, participant_id)
        except UserError as exc:
            self.notice.show_notice(str(exc))
            return False
        if not panel.confirm(self, _("Delete this child's data?"), plan.describe(), _("Delete the child's data")):
            return False
        data_rights.delete_participant(self.store, participant_id)
        self.notice.show_notice(_("All data of '{name}' was deleted.").format(
            name=data_rights.shown_name(plan.participant.pseudonym)))
        self.refresh()
        self.tabs.setCurrentWidget(self.participants)
        return True

    def start_kiosk(self) -> bool:
        from junior_planner.services.pin import PinGuard

        ws = self.current_workshop()
        if ws is None:
            return False
        if not PinGuard(self.store, ws.id).has_pin:
            self.notice.show_notice(_("Set a PIN for '{title}' first (Edit…): the PIN is the only way to close the kiosk.")
                                    .format(title=ws.title))
            return False
        if not panel.start_kiosk(self.data.data_dir, ws.id):
            self.notice.show_notice(_("The kiosk could not be started."))
            return False
        self.statusBar().showMessage(_("The kiosk for '{title}' is starting.").format(title=ws.title), 8000)
        return True

    def review_text(self):
        from junior_planner.ui.facilitator.redaction import ReviewDialog

        workshop_id = self.current_workshop_id()
        if workshop_id is None:
            return None
        dialog = ReviewDialog(self.store, workshop_id, parent=self)
        dialog.exec()
        self.refresh(select=workshop_id)
        return dialog

    # --- proposals ------------------------------------------------------------------------------------
    def _show_proposals(self, current, _previous) -> None:
        workshop_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        summaries = self.data.proposal_summaries(workshop_id) if current else []
        self._summaries = summaries
        self.workshop_info.setText(self._describe_workshop(self.data.workshop(workshop_id)) if workshop_id else "")
        self.participants.show_workshop(workshop_id)
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
        proposal = self.data.proposal(summaries[row].id)
        if proposal is None:
            return None
        from junior_planner.ui.editor.window import EditorWindow

        window = EditorWindow(self.data, proposal)
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
        proposal = self.data.proposal(summaries[row].id)
        if proposal is None:
            return
        self.details.setHtml(proposal_html(self.data, proposal))
        self._picture_for = proposal
        self._picture_timer.start()

    def _draw_picture(self) -> None:
        """A picture of the chosen proposal from above (drawn once per version, kept in memory)."""
        from PySide6.QtGui import QPixmap

        from junior_planner.render import snapshot

        proposal = self._picture_for
        if proposal is None or not self.data.is_open or snapshot.display_problem():
            self.picture.hide()
            return
        key = (proposal.id, proposal.updated_at)
        image = self._pictures.get(key)
        if image is None:
            site = self.data.library.site(self.data.workshop(proposal.workshop_id).site_id)
            if site is None:
                return
            if self._snapshotter is None:
                self._snapshotter = snapshot.Snapshotter(self.data.library.catalog, (480, 300))
            try:
                image = self._snapshotter.render(proposal, site, "top")
            except snapshot.RenderError:
                self.picture.hide()
                return
            self._pictures[key] = image
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.show()
