"""The review window's proposals table: one row per proposal (title, site, workshop, ages, counts,
stickers, voice, budget used, planner tags), sortable."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from junior_planner.i18n import N_, _, language, translate
from junior_planner.model.vocabulary import STICKERS, STICKER_SYMBOLS, sticker_name
from junior_planner.services import review

COLUMNS = (N_("Title"), N_("Site"), N_("Workshop"), N_("Ages"), N_("Blocks"), N_("Notes"), N_("Stickers"),
           N_("Voice"), N_("Budget used"), N_("Planner tags"))
STICKER_MARKS = STICKER_SYMBOLS  # the one set of sticker symbols (model/vocabulary.py)



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
            return ", ".join(f"{sticker_name(s)}: {n}" for s, n in r.stickers.items())
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
