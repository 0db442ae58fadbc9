"""Compare: two proposals side by side in 3D with their cameras in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from junior_planner.i18n import _, n_
from junior_planner.services import review
from junior_planner.ui.review.detail import make_viewport, show_in_viewport
from junior_planner.ui.text import PlainLabel

if TYPE_CHECKING:  # the window holds this part; imported for the type only
    from junior_planner.ui.review.window import ReviewWindow


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
        self.labels[k].setText(_("{title}: {blocks}, {notes}, ages {bands}").format(
            title=record.title or _("untitled"), blocks=n_("%n blocks", record.blocks),
            notes=n_("%n notes", record.annotations),
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
