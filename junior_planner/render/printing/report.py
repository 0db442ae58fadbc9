"""Painting a `services.report.Report` into a PDF with QPdfWriter and QPainter: A4 pages, a CJK
font family chosen explicitly from QFontDatabase (so Chinese never turns into boxes), maps and
charts drawn as vectors. Pictures come from the bundle; when a bundle has none they are drawn
with the 3D renderer if this process can reach an OpenGL display, or left out with a note."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Optional

import numpy as np
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
    QPen, QPolygonF,
)

from junior_planner.i18n import _, language, translate
from junior_planner.model.vocabulary import AGE_BANDS
from junior_planner.services import report as content
from junior_planner.services import review

_log = logging.getLogger(__name__)

DPI = 144
BAND_COLOURS = ("#4e9a06", "#3465a4", "#c17d11", "#75507b")
ZONE_COLOURS = {"road": "#9a9a9a", "water": "#8fbde6", "building": "#c9bdb6", "tree": "#a9d18e", "path": "#eadfc6"}
HEAT_STOPS = ((0.0, (255, 255, 178)), (0.35, (254, 178, 76)), (0.7, (240, 59, 32)), (1.0, (189, 0, 38)))
PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                      "Noto Serif CJK SC", "Microsoft YaHei", "PingFang SC")


@functools.lru_cache(maxsize=1)
def cjk_family() -> str:
    """A font family that has Simplified Chinese, found through QFontDatabase (needs a QGuiApplication)."""
    families = QFontDatabase.families()
    for name in PREFERRED_FAMILIES:
        if name in families:
            return name
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else QFont().family()


@functools.lru_cache(maxsize=1)
def latin_families() -> list[str]:
    families = QFontDatabase.families()
    return [name for name in ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial") if name in families][:1]


def heat_colour(t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    for (t0, c0), (t1, c1) in zip(HEAT_STOPS, HEAT_STOPS[1:]):
        if t <= t1:
            k = (t - t0) / (t1 - t0)
            return QColor(*(int(a + (b - a) * k) for a, b in zip(c0, c1)))
    return QColor(*HEAT_STOPS[-1][1])


class _Pdf:
    def __init__(self, path: Path, render_pictures: bool):
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.writer.setCreator("Junior Planner")
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = rect.width(), rect.height()
        self.margin = DPI * 0.75
        self.left, self.right = self.margin, self.width - self.margin
        self.top, self.bottom = self.margin, self.height - self.margin
        self.y = self.top
        self.pages = 1
        self.family = cjk_family()
        self.render_pictures = render_pictures
        self._snapshotter = None
        self.render_problem = ""

    # --- fonts and text -------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        # Latin letters and digits from a Latin family where there is one (text copied from the PDF
        # keeps its digits), Chinese from the CJK family
        f.setFamilies(latin_families() + [self.family])
        f.setPointSizeF(size)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text).height()

    def text(self, text: str, font: QFont, colour: str = "#222", indent: float = 0.0, after: float = 8.0) -> None:
        width = self.right - self.left - indent
        h = self.text_height(text, font, width)
        self.need(h)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(QRectF(self.left + indent, self.y, width, h + 2), int(Qt.TextFlag.TextWordWrap), text)
        self.y += h + after

    def need(self, h: float) -> None:
        if self.y + h > self.bottom and self.y > self.top:
            self.new_page()

    def new_page(self) -> None:
        self.footer()
        self.writer.newPage()
        self.pages += 1
        self.y = self.top

    def footer(self) -> None:
        self.painter.setFont(self.font(8))
        self.painter.setPen(QColor("#777"))
        self.painter.drawText(QRectF(self.left, self.bottom + 14, self.right - self.left, 30),
                              int(Qt.AlignmentFlag.AlignRight), _("page {page}").format(page=self.pages))
        self.painter.drawText(QRectF(self.left, self.bottom + 14, self.right - self.left, 30),
                              int(Qt.AlignmentFlag.AlignLeft), content.version_line())

    def finish(self) -> int:
        self.footer()
        self.painter.end()
        if self._snapshotter is not None:
            self._snapshotter.close()
        return self.pages

    # --- items ----------------------------------------------------------------------------------
    def cover(self, report: content.Report) -> None:
        self.writer.setTitle(report.title)
        self.painter.fillRect(QRectF(0, 0, self.width, self.height * 0.42), QColor("#2f6b3f"))
        self.painter.setPen(QColor("white"))
        self.painter.setFont(self.font(30, bold=True))
        self.painter.drawText(QRectF(self.left, self.height * 0.16, self.right - self.left, 200),
                              int(Qt.TextFlag.TextWordWrap), report.title)
        self.painter.setFont(self.font(13))
        self.painter.drawText(QRectF(self.left, self.height * 0.30, self.right - self.left, 160),
                              int(Qt.TextFlag.TextWordWrap), report.subtitle)
        self.y = self.height * 0.48
        self.text(_("For the planning team. The children's own proposals, patterns across them, and their words."),
                  self.font(12))
        self.text(translate(content.NOT_COLLECTED), self.font(10, italic=True), "#444")
        self.new_page()

    def item(self, item) -> None:
        if isinstance(item, content.PageBreak):
            if self.y > self.top:
                self.new_page()
        elif isinstance(item, content.Heading):
            size = {1: 18, 2: 13}.get(item.level, 11)
            self.need(self.text_height(item.text, self.font(size, True), self.right - self.left) + 120)
            self.y += 6 if item.level > 1 else 0
            self.text(item.text, self.font(size, bold=True), "#1d3d26" if item.level == 1 else "#222", after=10)
        elif isinstance(item, content.Paragraph):
            if item.style == "lead":
                self.text(item.text, self.font(11.5), "#111", after=12)
            elif item.style == "note":
                self.text(item.text, self.font(9, italic=True), "#555", after=10)
            elif item.style == "quote":
                self.text(item.text, self.font(11, italic=True), "#333", indent=DPI * 0.3, after=6)
            else:
                self.text(item.text, self.font(10.5), after=10)
        elif isinstance(item, content.Bullets):
            for line in item.items:
                self.text("• " + line, self.font(10), indent=DPI * 0.15, after=4)
            self.y += 6
        elif isinstance(item, content.Table):
            self.table(item)
        elif isinstance(item, content.HeatmapFigure):
            self.heatmap(item)
        elif isinstance(item, content.BarFigure):
            self.bars(item)
        elif isinstance(item, content.SentimentFigure):
            self.sentiment(item)
        elif isinstance(item, content.Picture):
            self.picture(item)

    def table(self, t: content.Table) -> None:
        widths = [0.4, 0.3, 0.15, 0.15]
        total = self.right - self.left
        row_h = DPI * 0.28
        for k, row in enumerate([t.header] + t.rows):
            self.need(row_h)
            x = self.left
            font = self.font(9.5, bold=(k == 0))
            self.painter.setFont(font)
            if k == 0:
                self.painter.fillRect(QRectF(self.left, self.y, total, row_h), QColor("#e8efe6"))
            self.painter.setPen(QColor("#222"))
            for cell, w in zip(row, widths):
                self.painter.drawText(QRectF(x + 6, self.y, w * total - 12, row_h),
                                      int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), str(cell))
                x += w * total
            self.painter.setPen(QPen(QColor("#ccc"), 1))
            self.painter.drawLine(QPointF(self.left, self.y + row_h), QPointF(self.right, self.y + row_h))
            self.y += row_h
        self.y += 12

    def heatmap(self, fig: content.HeatmapFigure) -> None:
        site, heat = fig.site, fig.heatmap
        lo, hi = site.bounds.min(axis=0), site.bounds.max(axis=0)
        span_x, span_y = float(hi[0] - lo[0]), float(hi[1] - lo[1])
        box_w = self.right - self.left - DPI * 0.9
        box_h = min(self.bottom - self.top - 200, DPI * 4.0)
        scale = min(box_w / span_x, box_h / span_y)
        w, h = span_x * scale, span_y * scale
        self.need(h + 90)
        self.text(fig.caption, self.font(10, bold=True), after=6)
        ox, oy = self.left, self.y
        p = self.painter

        def to(x: float, y: float) -> QPointF:
            return QPointF(ox + (x - lo[0]) * scale, oy + (hi[1] - y) * scale)

        p.fillRect(QRectF(ox, oy, w, h), QColor("#f7f7f2"))
        for zone in site.zones:
            colour = QColor(ZONE_COLOURS.get(zone.kind, "#dddddd"))
            p.setBrush(QBrush(colour))
            p.setPen(QPen(colour.darker(120), 0.5))
            p.drawPolygon(QPolygonF([to(float(x), float(y)) for x, y in zone.polygon]))
        counts = heat.counts
        top = max(int(counts.max()), 1)
        p.setPen(Qt.PenStyle.NoPen)
        for j, i in zip(*np.nonzero(counts)):
            x0, y0, x1, y1 = heat.cell_bounds(int(i), int(j))
            colour = heat_colour(counts[j, i] / top)
            colour.setAlpha(225)
            p.setBrush(colour)
            a, b = to(x0, y1), to(x1, y0)
            p.drawRect(QRectF(a, b))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#333"), 2))
        p.drawPolygon(QPolygonF([to(float(x), float(y)) for x, y in site.bounds]))
        p.setFont(self.font(8))
        for feature in site.features:
            x, y = feature.get("position", (0, 0))[:2]
            names = feature.get("names") or {}
            point = to(float(x), float(y))
            p.setBrush(QColor("#000"))
            p.drawEllipse(point, 4, 4)
            p.drawText(QRectF(point.x() - 150, point.y() - 28, 300, 24), int(Qt.AlignmentFlag.AlignCenter),
                       names.get(language()) or names.get("en", ""))
        # legend: a colour scale from 1 to the top count
        lx = ox + w + DPI * 0.25
        steps = 40
        bar_h = min(h, DPI * 2.5)
        for k in range(steps):
            c = heat_colour(1.0 - k / steps)
            p.fillRect(QRectF(lx, oy + k * bar_h / steps, DPI * 0.18, bar_h / steps + 1), c)
        p.setPen(QColor("#222"))
        p.drawText(QRectF(lx + DPI * 0.22, oy - 8, DPI, 24), int(Qt.AlignmentFlag.AlignLeft), str(top))
        p.drawText(QRectF(lx + DPI * 0.22, oy + bar_h - 16, DPI, 24), int(Qt.AlignmentFlag.AlignLeft), "1")
        # scale bar
        metres = 10 if span_x < 150 else 50
        p.setPen(QPen(QColor("#222"), 2))
        p.drawLine(QPointF(ox, oy + h + 14), QPointF(ox + metres * scale, oy + h + 14))
        p.drawText(QRectF(ox + metres * scale + 8, oy + h + 2, 200, 26), int(Qt.AlignmentFlag.AlignLeft),
                   f"{metres} m")
        p.drawText(QRectF(ox + w - 200, oy + h + 2, 200, 26), int(Qt.AlignmentFlag.AlignRight), _("north is up"))
        self.y = oy + h + 44

    def _legend(self, y: float) -> None:
        p = self.painter
        x = self.left
        p.setFont(self.font(8.5))
        for k, band in enumerate(AGE_BANDS):
            p.fillRect(QRectF(x, y + 4, 16, 16), QColor(BAND_COLOURS[k]))
            p.setPen(QColor("#222"))
            label = _("ages {band}").format(band=band)
            p.drawText(QRectF(x + 22, y, 200, 24), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            x += 22 + QFontMetricsF(self.font(8.5), self.writer).horizontalAdvance(label) + 24

    def bars(self, fig: content.BarFigure) -> None:
        if not fig.labels:
            return
        p = self.painter
        bar = 9.0
        group = bar * len(AGE_BANDS) + 10
        h = group * len(fig.labels) + 60
        self.need(min(h, self.bottom - self.top - 100) + 40)
        self.text(fig.title, self.font(10, bold=True), after=4)
        self._legend(self.y)
        self.y += 32
        label_w = DPI * 1.6
        x0 = self.left + label_w
        span = self.right - x0 - DPI * 0.4
        top = max([max(v) for v in fig.series.values() if v] + [1])
        for n, label in enumerate(fig.labels):
            self.need(group)
            p.setFont(self.font(8.5))
            p.setPen(QColor("#222"))
            p.drawText(QRectF(self.left, self.y, label_w - 10, group - 8),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            for k, band in enumerate(AGE_BANDS):
                value = fig.series[band][n]
                width = span * value / top
                p.fillRect(QRectF(x0, self.y + k * bar, max(width, 0.5 if value else 0), bar - 1),
                           QColor(BAND_COLOURS[k]))
                if value:
                    p.setFont(self.font(7))
                    p.drawText(QRectF(x0 + width + 4, self.y + k * bar - 4, 80, bar + 8),
                               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(value))
            self.y += group
        p.setPen(QPen(QColor("#555"), 1))
        self.y += 14

    def sentiment(self, fig: content.SentimentFigure) -> None:
        p = self.painter
        row = 22.0
        self.need(row * len(fig.rows) + 80)
        self.text(fig.title, self.font(10, bold=True), after=4)
        self.text(_("left, red: worried or not safe; right, green: love, like or an idea (notes within a few metres)"),
                  self.font(8.5, italic=True), "#555", after=6)
        label_w = DPI * 1.8
        mid = self.left + label_w + (self.right - self.left - label_w) / 2
        half = (self.right - self.left - label_w) / 2 - DPI * 0.3
        top = max([max(a, b) for _n, a, b in fig.rows] + [1])
        for name, positive, negative in fig.rows:
            p.setFont(self.font(8.5))
            p.setPen(QColor("#222"))
            p.drawText(QRectF(self.left, self.y, label_w - 10, row),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
            p.fillRect(QRectF(mid, self.y + 3, half * positive / top, row - 6), QColor("#6aa84f"))
            p.fillRect(QRectF(mid - half * negative / top, self.y + 3, half * negative / top, row - 6), QColor("#cc4125"))
            p.setFont(self.font(7.5))
            if positive:
                p.drawText(QRectF(mid + half * positive / top + 4, self.y, 60, row), int(Qt.AlignmentFlag.AlignVCenter), str(positive))
            if negative:
                p.drawText(QRectF(mid - half * negative / top - 64, self.y, 60, row),
                           int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), str(negative))
            self.y += row
        p.setPen(QPen(QColor("#333"), 1))
        p.drawLine(QPointF(mid, self.y - row * len(fig.rows)), QPointF(mid, self.y))
        self.y += 16

    def picture(self, pic: content.Picture, corpus: Optional[review.Corpus] = None) -> None:
        image = QImage()
        if pic.png:
            image.loadFromData(pic.png, "PNG")
        elif self.render_pictures and self._corpus is not None:
            image = self._render(pic)
        if image.isNull():
            why = self.render_problem or _("the bundle has no pictures and none could be drawn here")
            self.text(_("{caption}: no picture ({why})").format(caption=pic.caption, why=why),
                      self.font(9, italic=True), "#777")
            return
        width = (self.right - self.left) * 0.85
        h = width * image.height() / max(image.width(), 1)
        self.need(h + 40)
        self.text(pic.caption, self.font(9, bold=True), after=4)
        self.painter.drawImage(QRectF(self.left, self.y, width, h), image)
        self.y += h + 12

    _corpus: Optional[review.Corpus] = None

    def _render(self, pic: content.Picture) -> QImage:
        from junior_planner.render import snapshot

        record = self._corpus.record(pic.record_key) if self._corpus else None
        if record is None or self._corpus is None:
            return QImage()
        site = self._corpus.sites[record.site_id]
        try:
            if self._snapshotter is None:
                self._snapshotter = snapshot.Snapshotter(self._corpus.catalog, (960, 600))
            return self._snapshotter.render(review.to_proposal(record), site, pic.view)
        except Exception as exc:  # noqa: BLE001 - no GL here: the page says so instead
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            self.render_problem = str(exc)[:200]
            self.render_pictures = False
            return QImage()


def write_pdf(report: content.Report, path: Path, corpus: Optional[review.Corpus] = None,
              render_pictures: Optional[bool] = None, why_no_pictures: str = "") -> int:
    """Write the report; returns the number of pages. Pictures missing from the bundles are drawn
    when `render_pictures` (default: when an OpenGL display is reachable and a corpus is given)."""
    from junior_planner.render import snapshot

    problem = snapshot.display_problem()
    if render_pictures is None:
        render_pictures = problem is None and corpus is not None
    pdf = _Pdf(Path(path), render_pictures)
    pdf._corpus = corpus
    if not render_pictures:
        pdf.render_problem = why_no_pictures or problem or _("pictures were not asked for")
    pdf.cover(report)
    for item in report.items:
        pdf.item(item)
    return pdf.finish()
