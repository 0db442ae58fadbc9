"""The Patterns tab: per site, where children built (a heatmap over the site plan), what they
built and why by age band, how they felt about each part of the site, and one plain sentence.
Every plot exports as PNG and SVG."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFileDialog, QGraphicsPolygonItem, QHBoxLayout, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from junior_planner.i18n import N_, _, n_, language, translate
from junior_planner.model.vocabulary import AGE_BANDS, reason_name
from junior_planner.services import review
from junior_planner.ui.text import PlainLabel

BAND_COLOURS = ("#4e9a06", "#3465a4", "#c17d11", "#75507b")
ZONE_COLOURS = {"road": "#8a8a8a", "water": "#6fa8dc", "building": "#b4a7a0", "tree": "#93c47d", "path": "#e6d7b8"}
COUNT_BY = {"proposals": N_("proposals per cell (fair: a proposal counts once)"), "blocks": N_("blocks per cell")}
HEAT = pg.ColorMap(np.array([0.0, 0.35, 0.7, 1.0]),
                   np.array([[255, 255, 178, 150], [254, 178, 76, 190], [240, 59, 32, 215], [189, 0, 38, 235]],
                            dtype=np.ubyte))


def _plot(title: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background="w")
    widget.setTitle(title, color="#222", size="11pt")
    widget.getPlotItem().showGrid(x=False, y=True, alpha=0.2)
    return widget


def export_plot(widget: pg.PlotWidget, path: Path) -> None:
    """PNG or SVG by the file's suffix (pyqtgraph's exporters)."""
    item = widget.getPlotItem()
    if path.suffix.lower() == ".svg":
        try:
            exporters.SVGExporter(item).export(str(path))
        except ValueError:
            # pyqtgraph 0.14's SVG exporter cannot rewrite paths closed with "Z" (filled polygons,
            # rectangles): draw the same scene with Qt's own SVG generator instead
            _qt_svg(widget, path)
    else:
        exporter = exporters.ImageExporter(item)
        exporter.parameters()["width"] = max(1200, int(widget.width() * 2))
        exporter.export(str(path))


def _qt_svg(widget: pg.PlotWidget, path: Path) -> None:
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    rect = widget.getPlotItem().sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(widget.getPlotItem().titleLabel.text)
    painter = QPainter(generator)
    widget.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()


class _PlotBox(QWidget):
    """A plot with PNG and SVG buttons under it."""

    def __init__(self, plot: pg.PlotWidget, name: str, parent=None):
        super().__init__(parent)
        self.plot, self.name = plot, name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plot, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for suffix, label in ((".png", _("Save as PNG")), (".svg", _("Save as SVG"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, s=suffix: self._save(s))
            row.addWidget(button)
        layout.addLayout(row)

    def _save(self, suffix: str) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, _("Save the chart"), self.name + suffix,
                                                    "PNG (*.png)" if suffix == ".png" else "SVG (*.svg)")
        if path:
            export_plot(self.plot, Path(path))


class PatternsTab(QWidget):
    openProposal = Signal(str)

    def __init__(self, filter_of: Callable[[], review.Filter], parent=None):
        super().__init__(parent)
        self.corpus: Optional[review.Corpus] = None
        self.filter_of = filter_of
        self.heatmap: Optional[review.Heatmap] = None
        self._hover_cell: Optional[tuple[int, int]] = None

        controls = QHBoxLayout()
        self.site_box = QComboBox()
        self.layer_box = QComboBox()
        self.cell_box = QDoubleSpinBox()
        self.cell_box.setRange(1.0, 50.0)
        self.cell_box.setValue(review.DEFAULT_CELL_M)
        self.cell_box.setSuffix(" m")
        self.by_box = QComboBox()
        for key, text in COUNT_BY.items():
            self.by_box.addItem(translate(text), key)
        for label, box in ((_("Site"), self.site_box), (_("Show"), self.layer_box), (_("Cell size"), self.cell_box),
                           (_("Count"), self.by_box)):
            controls.addWidget(PlainLabel(label))
            controls.addWidget(box)
        controls.addStretch(1)
        self.site_box.currentIndexChanged.connect(self._site_changed)
        self.layer_box.currentIndexChanged.connect(self.refresh_heatmap)
        self.cell_box.valueChanged.connect(self.refresh_heatmap)
        self.by_box.currentIndexChanged.connect(self.refresh_heatmap)

        self.sentence = PlainLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setStyleSheet("font-size: 15px; padding: 6px; background: #f4f1e8; border-radius: 4px;")

        # heatmap over the site plan
        self.map_plot = _plot(_("Where children built"))
        self.map_plot.setAspectLocked(True)
        self.map_plot.getPlotItem().showGrid(x=False, y=False)
        self.map_plot.setLabel("bottom", _("metres east"))
        self.map_plot.setLabel("left", _("metres north"))
        self.image = pg.ImageItem()
        self.image.setZValue(5)
        self.map_plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=HEAT, values=(0, 1), interactive=False, width=12)
        self.colour_bar.setImageItem(self.image, insert_in=self.map_plot.getPlotItem())
        self._site_items: list = []
        self.hover_box = pg.QtWidgets.QGraphicsRectItem()
        self.hover_box.setPen(QPen(QColor("#000"), 0))
        self.hover_box.setZValue(20)
        self.hover_box.setVisible(False)
        self.map_plot.addItem(self.hover_box)
        self.map_plot.scene().sigMouseMoved.connect(self._hover)
        self.cell_title = PlainLabel(_("Point at a cell to see the proposals behind it."))
        self.cell_title.setWordWrap(True)
        self.cell_list = QListWidget()
        self.cell_list.itemActivated.connect(lambda item: self.openProposal.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.cell_list.itemDoubleClicked.connect(lambda item: self.openProposal.emit(item.data(Qt.ItemDataRole.UserRole)))

        self.types_plot = _plot(_("Blocks placed, by age band"))
        self.reasons_plot = _plot(_("Reasons given, by age band"))
        self.mood_plot = _plot(_("How children felt about each place (left: worried or not safe; right: love, like, idea)"))

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(_PlotBox(self.map_plot, "heatmap"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.cell_title)
        side_layout.addWidget(self.cell_list, 1)
        top.addWidget(side)
        top.setSizes([760, 300])
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        for plot, name in ((self.types_plot, "blocks-by-age"), (self.reasons_plot, "reasons-by-age"),
                           (self.mood_plot, "feelings-by-place")):
            box = _PlotBox(plot, name)
            box.setMinimumHeight(300)
            charts_layout.addWidget(box)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(controls)
        inner_layout.addWidget(self.sentence)
        self.indicators = PlainLabel()
        self.indicators.setObjectName("indicator-summary")
        self.indicators.setWordWrap(True)
        self.indicators.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicators.setStyleSheet("font-size: 13px; padding: 4px 6px;")
        inner_layout.addWidget(self.indicators)
        top.setMinimumHeight(460)
        inner_layout.addWidget(top)
        inner_layout.addWidget(charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- data -----------------------------------------------------------------------------------
    def set_corpus(self, corpus: review.Corpus) -> None:
        self.corpus = corpus
        current = self.site_box.currentData()
        self.site_box.blockSignals(True)
        self.site_box.clear()
        for site_id in sorted({r.site_id for r in corpus.records}):
            self.site_box.addItem(corpus.sites[site_id].name(language()), site_id)
        if current is not None and self.site_box.findData(current) >= 0:
            self.site_box.setCurrentIndex(self.site_box.findData(current))
        self.site_box.blockSignals(False)
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItem(_("all blocks"), review.Layer())
        for category in corpus.category_ids:
            self.layer_box.addItem(_("category: {name}").format(name=corpus.category_name(category)),
                                   review.Layer(category=category))
        used = sorted({t for r in corpus.records for t in r.block_types}, key=corpus.block_name)
        for block_type in used:
            self.layer_box.addItem(_("block: {name}").format(name=corpus.block_name(block_type)),
                                   review.Layer(block_type=block_type))
        self.layer_box.blockSignals(False)
        self._site_changed()

    @property
    def site_id(self) -> Optional[str]:
        return self.site_box.currentData()

    def site_filter(self) -> review.Filter:
        f = self.filter_of()
        return review.Filter(**{**f.__dict__, "site": self.site_id})

    def _site_changed(self) -> None:
        self._draw_site()
        self.refresh()

    def refresh(self) -> None:
        if self.corpus is None or self.site_id is None:
            return
        f = self.site_filter()
        self.sentence.setText(self.corpus.summary_sentence(f))
        lines = self.corpus.indicator_summary(f)
        self.indicators.setText("\n".join("• " + line for line in lines))
        self.indicators.setVisible(bool(lines))
        self.refresh_heatmap()
        self._bars(self.types_plot, self.corpus.block_types_by_band(f), self.corpus.block_name, _("blocks"))
        self._bars(self.reasons_plot, self.corpus.reasons_by_band(f), reason_name, _("notes"))
        self._moods(self.corpus.sentiment(self.site_id, f))

    def refresh_heatmap(self) -> None:
        if self.corpus is None or self.site_id is None:
            return
        layer = self.layer_box.currentData() or review.Layer()
        self.heatmap = self.corpus.heatmap(self.site_id, self.site_filter(), layer, self.cell_box.value(),
                                           self.by_box.currentData() or "proposals")
        counts = self.heatmap.counts.astype(float)
        top = max(float(counts.max()), 1.0)
        shown = np.where(counts > 0, counts, np.nan)
        # ImageItem's first axis is x: transpose the (row = north) grid
        self.image.setImage(shown.T, levels=(0, top), autoLevels=False)
        self.image.setLookupTable(HEAT.getLookupTable(nPts=256, alpha=True))
        self.colour_bar.setLevels((0, top))
        nx, ny = self.heatmap.shape[1], self.heatmap.shape[0]
        self.image.setRect(pg.QtCore.QRectF(self.heatmap.origin[0], self.heatmap.origin[1],
                                            nx * self.heatmap.cell_m, ny * self.heatmap.cell_m))
        self.map_plot.setTitle(n_("Where children built: {what}, %n proposals", self.heatmap.proposals).format(
            what=self.layer_box.currentText()), color="#222", size="11pt")
        if self._hover_cell is not None:
            self._show_cell(*self._hover_cell)

    # --- drawing --------------------------------------------------------------------------------
    def _draw_site(self) -> None:
        for item in self._site_items:
            self.map_plot.removeItem(item)
        self._site_items = []
        if self.corpus is None or self.site_id is None:
            return
        site = self.corpus.sites[self.site_id]
        for zone in site.zones:
            poly = QGraphicsPolygonItem(QPolygonF([QPointF(float(x), float(y)) for x, y in zone.polygon]))
            colour = QColor(ZONE_COLOURS.get(zone.kind, "#cccccc"))
            poly.setBrush(QBrush(colour))
            poly.setPen(QPen(colour.darker(130), 0))
            poly.setZValue(1)
            self.map_plot.addItem(poly)
            self._site_items.append(poly)
        outline = np.vstack([site.bounds, site.bounds[:1]])
        line = pg.PlotDataItem(outline[:, 0], outline[:, 1], pen=pg.mkPen("#333", width=2))
        line.setZValue(10)
        self.map_plot.addItem(line)
        self._site_items.append(line)
        for feature in site.features:
            x, y = feature.get("position", (0, 0))[:2]
            names = feature.get("names") or {}
            label = pg.TextItem(names.get(language()) or names.get("en", ""), color="#000", anchor=(0.5, 1.0))
            label.setPos(float(x), float(y))
            label.setZValue(15)
            self.map_plot.addItem(label)
            dot = pg.ScatterPlotItem([float(x)], [float(y)], size=7, brush=pg.mkBrush("#000"))
            dot.setZValue(15)
            self.map_plot.addItem(dot)
            self._site_items += [label, dot]
        self.map_plot.autoRange()

    def _bars(self, plot: pg.PlotWidget, table: dict[str, dict[str, int]], name: Callable[[str], str], unit: str) -> None:
        item = plot.getPlotItem()
        item.clear()
        if item.legend is None:
            item.addLegend(offset=(-10, 10))
        item.legend.clear()
        keys = list(table)[:14]
        width = 0.8 / len(AGE_BANDS)
        for k, band in enumerate(AGE_BANDS):
            heights = [table[key][band] for key in keys]
            bars = pg.BarGraphItem(x=np.arange(len(keys)) - 0.4 + width * (k + 0.5), height=heights, width=width,
                                   brush=BAND_COLOURS[k], pen=pg.mkPen(None))
            item.addItem(bars)
            item.legend.addItem(bars, _("ages {band}").format(band=band))
        item.getAxis("bottom").setTicks([[(i, name(key)) for i, key in enumerate(keys)]])
        item.setLabel("left", unit)
        item.enableAutoRange()

    def _moods(self, moods: list[review.Sentiment]) -> None:
        item = self.mood_plot.getPlotItem()
        item.clear()
        moods = [m for m in moods if m.positive or m.negative][:12] or moods[:12]
        y = np.arange(len(moods))
        if moods:
            item.addItem(pg.BarGraphItem(x0=0, y=y, height=0.6, width=[m.positive for m in moods],
                                         brush="#6aa84f", pen=pg.mkPen(None)))
            item.addItem(pg.BarGraphItem(x0=[-m.negative for m in moods], y=y, height=0.6,
                                         width=[m.negative for m in moods], brush="#cc4125", pen=pg.mkPen(None)))
        item.getAxis("left").setTicks([[(i, m.place.name()) for i, m in enumerate(moods)]])
        item.setLabel("bottom", _("notes with a sticker, within a few metres"))
        item.addLine(x=0, pen=pg.mkPen("#333"))
        item.enableAutoRange()

    # --- hovering -------------------------------------------------------------------------------
    def _hover(self, pos) -> None:
        if self.heatmap is None:
            return
        point = self.map_plot.getPlotItem().vb.mapSceneToView(pos)
        cell = self.heatmap.cell_of(point.x(), point.y())
        if cell is None:
            self.hover_box.setVisible(False)
            return
        if cell != self._hover_cell:
            self._show_cell(*cell)

    def _show_cell(self, i: int, j: int) -> None:
        assert self.heatmap is not None and self.corpus is not None
        self._hover_cell = (i, j)
        x0, y0, x1, y1 = self.heatmap.cell_bounds(i, j)
        self.hover_box.setRect(x0, y0, x1 - x0, y1 - y0)
        self.hover_box.setVisible(True)
        layer = self.layer_box.currentData() or review.Layer()
        records = self.corpus.proposals_in_cell(self.heatmap, i, j, self.site_filter(), layer)
        self.cell_title.setText(n_("%n proposals built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):", len(records)).format(
            x0=x0, x1=x1, y0=y0, y1=y1))
        self.cell_list.clear()
        for r in records:
            item = QListWidgetItem(_("{title} (ages {bands}, {workshop})").format(
                title=r.title or _("untitled"), bands=", ".join(r.age_bands) or "-", workshop=r.workshop_title))
            item.setData(Qt.ItemDataRole.UserRole, r.key)
            self.cell_list.addItem(item)
