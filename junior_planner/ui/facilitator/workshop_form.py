"""Creating or editing a workshop: site, title, budget, the blocks children may use (pictures),
idle time, languages, voice notes, keep-until date, reason chips and the facilitator PIN.

The checks are services/data_rights.py's; a problem is shown inline in the dialog, which stays
open so nothing typed is lost.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLineEdit, QListView, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from junior_planner import resources
from junior_planner.i18n import _, language
from junior_planner.model.entities import Workshop
from junior_planner.model.vocabulary import DEFAULT_REASON_CHIPS, LANGUAGES, reason_name
from junior_planner.services import data_rights
from junior_planner.services.errors import UserError
from junior_planner.services.workspace import Workspace
from junior_planner.ui.text import PlainLabel

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}
DEFAULT_KEEP_DAYS = 180


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _set_all(widget: QListWidget, on: bool) -> None:
    for i in range(widget.count()):
        widget.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class WorkshopForm(QDialog):
    """`WorkshopForm(workspace)` creates a workshop; `WorkshopForm(workspace, workshop)` edits one.
    After `accept()`, `self.workshop` is the stored workshop."""

    def __init__(self, workspace: Workspace, workshop: Optional[Workshop] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.data = Workspace.of(workspace)
        self.store = self.data.store  # handed to the services
        self.original, self.workshop = workshop, workshop
        editing = workshop is not None
        self.setObjectName("workshop-form")
        self.setWindowTitle(_("Edit workshop") if editing else _("New workshop"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1040, 700)
        lang = language()

        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left = QWidget()
        left.setLayout(form)
        left.setMinimumWidth(430)
        columns.addWidget(left, 0)

        self.site = QComboBox()
        self.site.setAccessibleName(_("Site"))
        self._fill_sites(lang)
        if editing:
            index = self.site.findData(workshop.site_id)
            if index < 0:
                self.site.addItem(workshop.site_id, workshop.site_id)
                index = self.site.count() - 1
            self.site.setCurrentIndex(index)
            self.site.setEnabled(False)
            self.site.setToolTip(_("A workshop's site cannot change once children may have built on it."))
        site_row = QHBoxLayout()
        site_row.addWidget(self.site, 1)
        self.import_button = QPushButton(_("Import a site..."))
        self.import_button.setAccessibleName(_("Import a site from your office's GIS or 3D files"))
        self.import_button.setToolTip(_("Shapefile, GeoPackage, GeoJSON, OpenStreetMap, CityJSON, glTF or OBJ"))
        self.import_button.clicked.connect(self._import_site)
        self.import_button.setVisible(not editing)
        site_row.addWidget(self.import_button)
        form.addRow(_("Site"), site_row)

        self.title = QLineEdit(workshop.title if editing else "")
        self.title.setAccessibleName(_("Workshop title"))
        self.title.setPlaceholderText(_("for example: Our school gate"))
        form.addRow(_("Title"), self.title)

        budget_row = QHBoxLayout()
        self.has_budget = QCheckBox(_("Limit the coins"))
        self.has_budget.setAccessibleName(_("Limit the coins each design may spend"))
        self.budget = QDoubleSpinBox()
        self.budget.setAccessibleName(_("Coins per design"))
        self.budget.setRange(1, 100000)
        self.budget.setDecimals(0)
        self.budget.setValue(workshop.budget if editing and workshop.budget else 60)
        self.has_budget.setChecked(bool(editing and workshop.budget is not None))
        self.budget.setEnabled(self.has_budget.isChecked())
        self.has_budget.toggled.connect(self.budget.setEnabled)
        budget_row.addWidget(self.has_budget)
        budget_row.addWidget(self.budget, 1)
        form.addRow(_("Budget"), budget_row)

        self.idle = QSpinBox()
        self.idle.setAccessibleName(_("Minutes before an idle kiosk starts over"))
        self.idle.setRange(1, data_rights.MAX_IDLE_S // 60)
        self.idle.setSuffix(_(" min"))
        self.idle.setValue(max(1, round((workshop.idle_timeout_s if editing else 180) / 60)))
        form.addRow(_("Idle time"), self.idle)

        lang_row = QHBoxLayout()
        self.languages: dict[str, QCheckBox] = {}
        chosen = workshop.languages if editing else LANGUAGES
        for code in LANGUAGES:
            box = QCheckBox(LANGUAGE_NAMES.get(code, code))
            box.setAccessibleName(_("Kiosk language: {name}").format(name=LANGUAGE_NAMES.get(code, code)))
            box.setChecked(code in chosen)
            self.languages[code] = box
            lang_row.addWidget(box)
        lang_row.addStretch(1)
        form.addRow(_("Languages"), lang_row)

        self.voice = QCheckBox(_("Children may record voice notes"))
        self.voice.setAccessibleName(_("Children may record voice notes"))
        self.voice.setChecked(bool(editing and workshop.voice_notes))
        form.addRow(_("Voice notes"), _with_hint(self.voice, _(
            "Only when the guardians' consent covers audio. Exports leave audio out unless asked.")))

        self.read_aloud = QCheckBox(_("Read each screen aloud when it opens"))
        self.read_aloud.setAccessibleName(_("Read each screen aloud when it opens"))
        self.read_aloud.setChecked(workshop.read_aloud if editing else True)
        self.sounds = QCheckBox(_("A sound for each action"))
        self.sounds.setAccessibleName(_("A sound for each action"))
        self.sounds.setChecked(workshop.sounds if editing else True)
        hearing = QVBoxLayout()
        hearing.addWidget(self.read_aloud)
        hearing.addWidget(self.sounds)
        form.addRow(_("Sound"), hearing)

        self.detail = QComboBox()
        self.detail.setAccessibleName(_("How finely the 3D view draws the site"))
        for level, label in (("full", _("Full: every tree and roof (a fast computer)")),
                             ("normal", _("Normal: simpler trees and roofs (most computers)")),
                             ("low", _("Low: an old computer without a 3D graphics card"))):
            self.detail.addItem(label, level)
        self.detail.setCurrentIndex(max(0, self.detail.findData(workshop.detail if editing else "normal")))
        form.addRow(_("3D detail"), _with_hint(self.detail, _(
            "Run 'junior-planner doctor' on the kiosk to see which one it needs.")))

        keep_row = QHBoxLayout()
        self.has_keep = QCheckBox(_("Delete all data after"))
        self.has_keep.setAccessibleName(_("Delete all data of this workshop after a date"))
        self.keep_until = QDateEdit()
        self.keep_until.setAccessibleName(_("Keep the data until"))
        self.keep_until.setCalendarPopup(True)
        self.keep_until.setDisplayFormat("yyyy-MM-dd")
        default_keep = _dt.date.today() + _dt.timedelta(days=DEFAULT_KEEP_DAYS)
        if editing and workshop.keep_until:
            default_keep = _dt.date.fromisoformat(str(workshop.keep_until)[:10])
        self.keep_until.setDate(QDate(default_keep.year, default_keep.month, default_keep.day))
        self.has_keep.setChecked(not editing or workshop.keep_until is not None)
        self.keep_until.setEnabled(self.has_keep.isChecked())
        self.has_keep.toggled.connect(self.keep_until.setEnabled)
        keep_row.addWidget(self.has_keep)
        keep_row.addWidget(self.keep_until, 1)
        form.addRow(_("Keep until"), keep_row)

        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(_("Facilitator PIN"))
        self.pin.setPlaceholderText(_("leave empty to keep the PIN") if editing else _("4 to 12 digits (needed for the kiosk)"))
        self.pin.setMaxLength(12)
        form.addRow(_("PIN"), self.pin)

        chips_box = QGroupBox(_("Reason chips children can pick"))
        chips_layout = QVBoxLayout(chips_box)
        self.chips = QListWidget()
        self.chips.setAccessibleName(_("Reason chips children can pick"))
        chosen_chips = workshop.reason_chips if editing else DEFAULT_REASON_CHIPS
        for chip in DEFAULT_REASON_CHIPS:
            item = QListWidgetItem(reason_name(chip))
            item.setData(Qt.ItemDataRole.UserRole, chip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chip in chosen_chips else Qt.CheckState.Unchecked)
            self.chips.addItem(item)
        self.chips.setViewMode(QListView.ViewMode.ListMode)
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setGridSize(QSize(140, 26))
        self.chips.setMinimumHeight(100)
        chips_layout.addWidget(self.chips)
        form.addRow(chips_box)

        blocks_box = QGroupBox(_("Blocks the children may use"))
        blocks_layout = QVBoxLayout(blocks_box)
        self.blocks = QListWidget()
        self.blocks.setObjectName("palette")
        self.blocks.setAccessibleName(_("Blocks the children may use"))
        self.blocks.setViewMode(QListView.ViewMode.IconMode)
        self.blocks.setIconSize(QSize(64, 64))
        self.blocks.setGridSize(QSize(112, 104))
        self.blocks.setResizeMode(QListView.ResizeMode.Adjust)
        self.blocks.setMovement(QListView.Movement.Static)
        self.blocks.setWordWrap(True)
        self.blocks.setSpacing(2)
        catalog = self.data.library.catalog
        palette = workshop.palette if editing else None
        for kind in catalog.blocks.values():
            item = QListWidgetItem(kind.name(lang))
            icon = resources.asset("icons", "blocks", f"{kind.id}-128.png")
            if icon.exists():
                item.setIcon(QIcon(str(icon)))
            item.setData(Qt.ItemDataRole.UserRole, kind.id)
            item.setToolTip(_("{name}: {cost} coins").format(name=kind.name(lang), cost=f"{kind.cost:g}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if palette is None or kind.id in palette else Qt.CheckState.Unchecked)
            self.blocks.addItem(item)
        blocks_layout.addWidget(self.blocks, 1)
        row = QHBoxLayout()
        every = QPushButton(_("All blocks"))
        every.setAccessibleName(_("Choose all blocks"))
        every.clicked.connect(lambda: _set_all(self.blocks, True))
        none = QPushButton(_("No blocks"))
        none.setAccessibleName(_("Clear the choice of blocks"))
        none.clicked.connect(lambda: _set_all(self.blocks, False))
        self.block_count = PlainLabel()
        self.blocks.itemChanged.connect(self._count_blocks)
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        row.addWidget(self.block_count)
        blocks_layout.addLayout(row)
        columns.addWidget(blocks_box, 1)
        self._count_blocks()

        self.error = PlainLabel()
        self.error.setObjectName("form-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000; font-weight: 600;")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_("Save changes") if editing else _("Create workshop"))
        self.save_button.setAccessibleName(self.save_button.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_("Cancel"))
        cancel.setAccessibleName(_("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.title.setFocus()


    def _fill_sites(self, lang: str, select: Optional[str] = None) -> None:
        self.site.clear()
        for site in self.data.library.sites().values():
            label = site.name(lang)
            if site.source == "imported":
                label = _("{name} (imported)").format(name=label)
            self.site.addItem(label, site.id)
        if select is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(select)))

    def _import_site(self) -> None:
        from junior_planner.ui.facilitator.site_import import import_site_dialog

        site_id = import_site_dialog(self, self.data.data_dir)
        if site_id:
            self.data.library.forget_sites()
            self._fill_sites(language(), select=site_id)

    def _count_blocks(self, *_args) -> None:
        self.block_count.setText(_("{chosen} of {total} blocks").format(chosen=len(_checked(self.blocks)),
                                                                        total=self.blocks.count()))

    # --- values ---------------------------------------------------------------------------------------
    def values(self) -> dict:
        chosen = _checked(self.blocks)
        qd = self.keep_until.date()
        return {
            "title": self.title.text(),
            "budget": self.budget.value() if self.has_budget.isChecked() else None,
            "palette": None if len(chosen) == self.blocks.count() else chosen,
            "idle_timeout_s": self.idle.value() * 60,
            "languages": [code for code, box in self.languages.items() if box.isChecked()],
            "voice_notes": self.voice.isChecked(),
            "keep_until": f"{qd.year():04d}-{qd.month():02d}-{qd.day():02d}" if self.has_keep.isChecked() else None,
            "reason_chips": _checked(self.chips),
            "read_aloud": self.read_aloud.isChecked(),
            "sounds": self.sounds.isChecked(),
            "detail": self.detail.currentData() or "normal",
        }

    def save(self) -> None:
        values = self.values()
        pin = self.pin.text().strip()
        try:
            if self.original is None:
                self.workshop = data_rights.create_workshop(self.store, self.site.currentData(), pin=pin or None, **values)
            else:
                if pin:
                    from junior_planner.services.pin import PinGuard, hash_pin

                    hash_pin(pin)
                self.workshop = data_rights.edit_workshop(self.store, self.original, **values)
                if pin:
                    PinGuard(self.store, self.original.id).set_pin(pin)
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        message = text[:1].upper() + text[1:]
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()


def _with_hint(field: QWidget, hint: str) -> QVBoxLayout:
    """A form field with a short grey explanation under it."""
    label = PlainLabel(hint)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    box = QVBoxLayout()
    box.addWidget(field)
    box.addWidget(label)
    return box
