"""The take-home design sheet as a PDF (one A4 page: top and child-eye pictures, names, the
favourite, reasons and words), painted with Qt's PDF writer. services/sheet.py composes what the
sheet says (Qt-free); this module, with report.py beside it, is the one Qt-side home of printing."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from junior_planner import resources
from junior_planner.i18n import _, n_
from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Proposal
from junior_planner.model.site import Site
from junior_planner.services.errors import UserError
from junior_planner.services.sheet import (
    PICTURE_SIZE, STICKER_COLOURS, STICKER_SYMBOLS, DesignStory, design_story,
)
from junior_planner.services.walk_path import EYE_HEIGHT, FlightPath
from junior_planner.render.avatars import draw_avatar
from junior_planner.services.workspace import Workspace


def cjk_font_family() -> str:
    """A font family that has Simplified Chinese (and Latin) glyphs, chosen explicitly so that
    Chinese never falls back to boxes; "" when none is installed. Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for preferred in ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei",
                      "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN"):
        if preferred in families:
            return preferred
    sans = [f for f in families if "sans" in f.lower() and "mono" not in f.lower()]
    return (sans or list(families) or [""])[0]


LATIN_FAMILIES = ("Noto Sans", "Open Sans", "Lato", "Liberation Sans", "DejaVu Sans", "Arial")


def sheet_font_families() -> list[str]:
    """A Latin family first, then the CJK one for Chinese. The Latin family is there because
    Qt's PDF writer loses the digits of the big CJK fonts when text is copied or searched
    (pdftotext prints "We placed things"), while their Chinese stays readable and searchable."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    latin = next((f for f in LATIN_FAMILIES if f in installed), "")
    return [f for f in (latin, cjk_font_family()) if f]


class SheetPictures:
    """The sheet's two pictures from one hidden SiteViewport (the site is uploaded once for many
    sheets): from the top, framed on the design, and from a child's eye (1.0 m above the ground
    where the gallery's walk reaches the blocks, looking at them)."""

    def __init__(self, catalog: Catalog, size: tuple[int, int] = PICTURE_SIZE):
        self.catalog, self.size = catalog, size
        self._viewport = None

    def render(self, proposal: Proposal, site: Site):
        import numpy as np

        from junior_planner.render import snapshot

        if self._viewport is None:
            self._viewport = snapshot.make_viewport(self.catalog, self.size)
        view = self._viewport
        snapshot.set_scene(view, proposal, site)
        view.grid.setVisible(False)  # the build grid helps building, not a picture to take home
        view.top_view()
        snapshot.fit_top_view(view, site)
        corners = [np.array([[b.x, b.y]]) for b in proposal.blocks.values()]
        if corners:
            pts = np.vstack(corners)
            lo, hi = pts.min(axis=0) - 8.0, pts.max(axis=0) + 8.0
            half = np.maximum((hi - lo) / 2, 16.0)
            centre = (lo + hi) / 2
            tan_half = float(np.tan(np.radians(view.opts["fov"]) / 2.0))
            aspect = self.size[0] / self.size[1]
            distance = max(half[0], half[1] * aspect) / tan_half
            if distance < view.opts["distance"]:
                from PySide6.QtGui import QVector3D

                view.setCameraPosition(pos=QVector3D(float(centre[0]), float(centre[1]), 0.0), distance=float(distance),
                                       elevation=90, azimuth=-90)
        top = snapshot.grab(view, self.size)
        (ex, ey), (tx, ty) = FlightPath(site, proposal, self.catalog).vantage()
        ground = view.ground_height(ex, ey)
        view.look((ex, ey, ground + EYE_HEIGHT), (tx, ty, view.ground_height(tx, ty) + 0.6), fov=70)
        view.mode = "child"
        child = snapshot.grab(view, self.size)
        return top, child

    def close(self) -> None:
        if self._viewport is not None:
            self._viewport.close()
            self._viewport.deleteLater()
            self._viewport = None


def write_sheet(workspace: Workspace, proposal: Proposal, out: Path, pictures: Optional[SheetPictures] = None) -> Path:
    """Write the one-page A4 "My design" PDF for `proposal` to `out`, in the current language.

    Raises UserError (one sentence) when there is no display for the pictures, the site is not
    installed here, or the file cannot be written. A SheetPictures may be passed in to draw many
    sheets from one hidden view."""
    from junior_planner.render import snapshot

    problem = snapshot.display_problem()
    if problem:
        raise UserError(problem)
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
    data = Workspace.of(workspace)
    workshop = data.workshop(proposal.workshop_id)
    site = data.library.site(workshop.site_id) if workshop else None
    if site is None:
        raise UserError(_("the site '{site}' of this workshop is not installed here").format(
            site=workshop.site_id if workshop else "?"))
    data.library.attach_ground(site)
    catalog = data.library.catalog
    story = design_story(data.store, proposal, catalog)
    own = pictures is None
    try:
        if own:
            pictures = SheetPictures(catalog)
        top, child = pictures.render(proposal, site)
    except snapshot.RenderError as exc:
        raise UserError(str(exc)) from None
    finally:
        if own and pictures is not None:
            pictures.close()
    _paint_pdf(story, top, child, out)
    if not out.is_file() or out.stat().st_size == 0:
        raise UserError(_("cannot write {path}").format(path=out))
    return out


def _paint_pdf(story: DesignStory, top, child, out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPageLayout, QPageSize, QPainter,
        QPainterPath, QPdfWriter, QPen,
    )

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_("My design: {title}").format(title=story.title))
    writer.setCreator("Junior Planner")
    painter = QPainter()
    if not painter.begin(writer):
        raise UserError(_("cannot write {path}").format(path=out))
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        mm = page.width() / 210.0
        families = sheet_font_families()

        def font(size_pt: float, bold: bool = False) -> QFont:
            f = QFont()
            if families:
                f.setFamilies(families)
            f.setPixelSize(max(1, round(size_pt * 300 / 72)))
            f.setBold(bold)
            return f

        ink, soft, teal = QColor("#1d3557"), QColor("#5c6b7a"), QColor("#2a9d8f")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(page, QColor("white"))
        margin = 12 * mm
        left, right = margin, page.width() - margin
        width = right - left

        def text(rect: QRectF, value: str, f: QFont, colour: QColor = ink,
                 flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
            painter.setFont(f)
            painter.setPen(colour)
            painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), value)

        def rounded_image(image: QImage, rect: QRectF, radius: float) -> None:
            path = QPainterPath()
            path.addRoundedRect(rect, radius, radius)
            painter.save()
            painter.setClipPath(path)
            # crop to the frame's shape (cover), keeping the picture's middle
            src_ratio = image.width() / max(image.height(), 1)
            dst_ratio = rect.width() / max(rect.height(), 1)
            if src_ratio > dst_ratio:
                w = image.height() * dst_ratio
                source = QRectF((image.width() - w) / 2, 0, w, image.height())
            else:
                h = image.width() / dst_ratio
                source = QRectF(0, (image.height() - h) / 2, image.width(), h)
            painter.drawImage(rect, image, source)
            painter.restore()
            painter.setPen(QPen(QColor("#ffffff"), 1.2 * mm))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)

        def label_chip(x: float, y: float, value: str, bg: QColor, fg: QColor, f: QFont, pad: float = 2.2) -> float:
            metrics = QFontMetricsF(f)
            w = metrics.horizontalAdvance(value) + 2 * pad * mm
            h = metrics.height() + 1.6 * mm
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
            painter.setFont(f)
            painter.setPen(fg)
            painter.drawText(QRectF(x, y, w, h), int(Qt.AlignmentFlag.AlignCenter), value)
            return w

        # --- header: a warm band with the title ---------------------------------------------
        header = QRectF(0, 0, page.width(), 44 * mm)
        gradient = QLinearGradient(header.topLeft(), header.topRight())
        gradient.setColorAt(0.0, QColor("#ffb86b"))
        gradient.setColorAt(1.0, QColor("#ff7a59"))
        painter.fillRect(header, QBrush(gradient))
        # a few playful dots in the band
        painter.setPen(Qt.PenStyle.NoPen)
        for cx, cy, r, colour in ((180, 9, 13, "#ffd6a5"), (198, 30, 9, "#ffe3c4"), (163, 36, 5, "#ffffff")):
            c = QColor(colour)
            c.setAlpha(110)
            painter.setBrush(c)
            painter.drawEllipse(QPointF(cx * mm, cy * mm), r * mm, r * mm)
        text(QRectF(left, 7 * mm, width, 8 * mm), _("My design"), font(13, True), QColor("#fff7ea"))
        title_rect = QRectF(left, 14 * mm, width - 30 * mm, 18 * mm)
        title_font = font(30, True)
        while QFontMetricsF(title_font).horizontalAdvance(story.title) > title_rect.width() and title_font.pixelSize() > 60:
            title_font.setPixelSize(int(title_font.pixelSize() * 0.92))
        text(title_rect, story.title, title_font, QColor("white"))
        text(QRectF(left, 32 * mm, width, 8 * mm), _("A design for {site}").format(site=story.site_name),
             font(13), QColor("#fff7ea"))

        # --- the explorers --------------------------------------------------------------------
        y = 49 * mm
        text(QRectF(left, y, 40 * mm, 12 * mm), _("Made by"), font(12, True), soft)
        x = left + QFontMetricsF(font(12, True)).horizontalAdvance(_("Made by")) + 5 * mm
        badge = 11 * mm
        for person in story.explorers:
            draw_avatar(painter, QRectF(x, y + 0.5 * mm, badge, badge), person.badge_key)
            x += badge + 2.5 * mm
            name_font = font(15, True)
            name_w = QFontMetricsF(name_font).horizontalAdvance(person.name)
            text(QRectF(x, y, name_w + 2 * mm, 12 * mm), person.name, name_font, ink)
            x += name_w + 8 * mm
            if x > right - 40 * mm:
                break

        # --- the big picture from the top -----------------------------------------------------
        y = 64 * mm
        top_rect = QRectF(left, y, width, width * 0.52)
        rounded_image(top, top_rect, 5 * mm)
        label_chip(left + 4 * mm, y + 4 * mm, _("From the top"), QColor(255, 255, 255, 225), ink, font(11, True), 3)
        y = top_rect.bottom() + 5 * mm

        # --- the child's eye picture beside the favourite and what was built -------------------
        child_w = width * 0.54
        child_rect = QRectF(left, y, child_w, child_w * 0.6)
        rounded_image(child, child_rect, 5 * mm)
        label_chip(left + 4 * mm, y + 4 * mm, _("As a child sees it (1 m high)"), QColor(255, 255, 255, 225), ink,
                   font(10, True), 3)
        col = QRectF(child_rect.right() + 6 * mm, y, right - child_rect.right() - 6 * mm, child_rect.height())
        cy = col.top()
        if story.favourite_id:
            text(QRectF(col.left(), cy, col.width(), 7 * mm), _("Our favourite"), font(11, True), soft)
            cy += 8 * mm
            icon = QImage(str(resources.asset("icons", "blocks", f"{story.favourite_id}-128.png")))
            size = 20 * mm
            card = QRectF(col.left(), cy, col.width(), size + 4 * mm)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#fff1e0"))
            painter.drawRoundedRect(card, 4 * mm, 4 * mm)
            if not icon.isNull():
                painter.drawImage(QRectF(card.left() + 2 * mm, card.top() + 2 * mm, size, size), icon)
            text(QRectF(card.left() + size + 5 * mm, card.top(), card.width() - size - 6 * mm, card.height()),
                 "♥ " + story.favourite_name, font(15, True), QColor("#e63975"))
            cy = card.bottom() + 5 * mm
        if story.built:
            text(QRectF(col.left(), cy, col.width(), 7 * mm),
                 n_("We placed %n things", story.block_count), font(11, True), soft)
            cy += 8 * mm
            ix = col.left()
            icon_size = 12 * mm
            for type_id, name, count in story.built:
                if ix + icon_size > col.right():
                    ix = col.left()
                    cy += icon_size + 6 * mm
                if cy + icon_size + 5 * mm > col.bottom() + 2 * mm:
                    break
                icon = QImage(str(resources.asset("icons", "blocks", f"{type_id}-128.png")))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#eef6fb"))
                painter.drawRoundedRect(QRectF(ix, cy, icon_size, icon_size), 2.5 * mm, 2.5 * mm)
                if not icon.isNull():
                    painter.drawImage(QRectF(ix + 0.8 * mm, cy + 0.8 * mm, icon_size - 1.6 * mm, icon_size - 1.6 * mm), icon)
                if count > 1:
                    label_chip(ix + icon_size - 6 * mm, cy - 1.5 * mm, f"×{count}", teal, QColor("white"), font(8, True), 1.4)
                text(QRectF(ix - 1 * mm, cy + icon_size, icon_size + 2 * mm, 5 * mm), name, font(6.5), soft,
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                ix += icon_size + 3 * mm
        y = child_rect.bottom() + 6 * mm

        # --- why: stickers, reasons and the children's own words ------------------------------
        footer_top = page.height() - 30 * mm
        if story.notes:
            text(QRectF(left, y, width, 8 * mm), _("Why we made it like this"), font(14, True), ink)
            y += 10 * mm
            shown = 0
            for note in story.notes:
                parts = []
                if note.block_name:
                    parts.append(note.block_name + ":")
                line_font = font(11)
                metrics = QFontMetricsF(line_font)
                body = "  ".join(filter(None, [", ".join(note.reasons),
                                               ("“" + note.text + "”") if note.text else ""]))
                sticker_w = 0.0
                chip_font = font(10, True)
                chip_text = f"{STICKER_SYMBOLS.get(note.sticker or '', '•')} {note.sticker_name}" if note.sticker_name else ""
                if chip_text:
                    sticker_w = QFontMetricsF(chip_font).horizontalAdvance(chip_text) + 4.4 * mm + 3 * mm
                lead = " ".join(parts)
                body_rect = QRectF(left + sticker_w, y, width - sticker_w, 40 * mm)
                painter.setFont(line_font)
                needed = painter.boundingRect(body_rect, int(Qt.TextFlag.TextWordWrap), (lead + " " + body).strip()).height()
                row_h = max(needed, metrics.height() + 1.6 * mm)
                if y + row_h > footer_top - 2 * mm:
                    rest = len(story.notes) - shown
                    text(QRectF(left, y, width, 7 * mm), _("…and {count} more").format(count=rest), font(10), soft)
                    break
                if chip_text:
                    colour = QColor(STICKER_COLOURS.get(note.sticker or "", "#2c7be5"))
                    label_chip(left, y, chip_text, colour, QColor("white"), chip_font)
                painter.setFont(line_font)
                painter.setPen(ink)
                bold = font(11, True)
                if lead:
                    painter.setFont(bold)
                    lead_w = QFontMetricsF(bold).horizontalAdvance(lead + " ")
                    painter.drawText(QRectF(body_rect.left(), y + 0.8 * mm, lead_w + 1, metrics.height()),
                                     int(Qt.AlignmentFlag.AlignLeft), lead)
                    painter.setFont(line_font)
                    first = QRectF(body_rect.left() + lead_w, y + 0.8 * mm, body_rect.width() - lead_w, row_h)
                    painter.drawText(first, int(Qt.TextFlag.TextWordWrap), body)
                else:
                    painter.drawText(QRectF(body_rect.left(), y + 0.8 * mm, body_rect.width(), row_h),
                                     int(Qt.TextFlag.TextWordWrap), body)
                y += row_h + 3.5 * mm
                shown += 1

        # --- footer: the thank-you line -------------------------------------------------------
        band = QRectF(0, page.height() - 26 * mm, page.width(), 26 * mm)
        painter.fillRect(band, QColor("#e6f4f1"))
        text(QRectF(left, band.top() + 3 * mm, width, 12 * mm),
             _("Thank you for helping plan {site}!").format(site=story.site_name), font(19, True), teal,
             Qt.AlignmentFlag.AlignCenter)
        small = " · ".join(filter(None, [story.workshop_title, (story.submitted_at or "")[:10], "Junior Planner"]))
        text(QRectF(left, band.top() + 15 * mm, width, 7 * mm), small, font(9), soft, Qt.AlignmentFlag.AlignCenter)
    finally:
        painter.end()
