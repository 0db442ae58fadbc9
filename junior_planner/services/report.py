"""What the planners' PDF report says, Qt-free: cover, method (workshops, children by age band,
consent, what personal data is *not* collected), per-site patterns, the top reasons with short
quotes from the children, and a page per proposal. `render/printing/report.py` lays it out and paints it
(QPdfWriter); tests can read the content without drawing it.

Quotes: the facilitator reviewed the bundle's words before export, but a report travels further,
so a quote that looks like a list of personal names, or holds a long number (a phone?), or an
e-mail address, is left out, and every quote is cut short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional, Union

from junior_planner import __version__
from junior_planner.i18n import N_, _, n_, language, translate
from junior_planner.model.vocabulary import AGE_BANDS, reason_name, sticker_name
from junior_planner.services import review

MAX_QUOTE = 90
QUOTES_PER_REASON = 3
TOP_REASONS = 6


# --- content items ------------------------------------------------------------------------------
@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Paragraph:
    text: str
    style: str = "body"   # body, lead, note, quote


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class HeatmapFigure:
    heatmap: review.Heatmap
    site: Any                       # model.site.Site
    caption: str


@dataclass
class BarFigure:
    title: str
    labels: list[str]
    series: dict[str, list[int]]    # age band -> counts, one per label
    unit: str


@dataclass
class SentimentFigure:
    title: str
    rows: list[tuple[str, int, int]]  # place name, positive, negative


@dataclass
class Picture:
    png: Optional[bytes]
    caption: str
    record_key: str = ""
    view: str = ""                  # when png is None: the painter may draw this view itself


@dataclass
class PageBreak:
    pass


Item = Union[Heading, Paragraph, Bullets, Table, HeatmapFigure, BarFigure, SentimentFigure, Picture, PageBreak]


@dataclass
class Report:
    title: str
    subtitle: str
    items: list[Item] = field(default_factory=list)
    language: str = "en"
    pictures_note: str = ""


# --- quotes -------------------------------------------------------------------------------------
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_LIST_SEP = re.compile(r"\s*(?:,|;|、|，|\band\b|和|与|跟)\s*")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_LONG_NUMBER = re.compile(r"\d[\d\s-]{5,}\d")
_EMAIL = re.compile(r"\S+@\S+")
_COMMON = {"I", "We", "My", "The", "It", "This", "There", "A", "An", "And", "For", "Please", "More", "Because",
           "When", "If", "So", "Our", "They", "Here", "No", "Yes", "Too", "Very", "Can", "Let", "Make"}


def looks_personal(text: str) -> bool:
    """True for words that look like a list of names (Tom, Anna and Lee / 王小明、李华、张伟), an
    e-mail address or a long number."""
    if _LONG_NUMBER.search(text) or _EMAIL.search(text):
        return True
    parts = [p.strip(" .!?。！？") for p in _LIST_SEP.split(text) if p.strip(" .!?。！？")]
    if len(parts) >= 2:
        names = [p for p in parts if (len(p.split()) <= 2 and all(_CAPITALISED.fullmatch(w) and w not in _COMMON
                                                                    for w in p.split()))
                 or _HAN_NAME.match(p)]
        if len(names) >= 2 and len(names) >= len(parts) - 1:
            return True
    return False


def short_quote(text: str, limit: int = MAX_QUOTE) -> Optional[str]:
    text = " ".join(str(text).split()).lstrip("'")
    if not text or looks_personal(text):
        return None
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


# --- building -------------------------------------------------------------------------------------
NOT_COLLECTED = N_(
    "Junior Planner does not collect children's names, birth dates, schools, photos or locations. "
    "Children appear only as anonymous codes (C01, C02, ...) that change with every export, with an age band."
)


def build_report(corpus: review.Corpus, f: review.Filter = review.Filter(), title: Optional[str] = None,
                 proposal_pages: bool = True) -> Report:
    records = corpus.select(f)
    report = Report(title=title or _("What children proposed"),
                    subtitle=_("A review of {proposals} from {workshops}, written {day}").format(
                        proposals=n_("%n proposals", len(records)),
                        workshops=n_("%n workshops", len({r.workshop_id for r in records})),
                        day=date.today().isoformat()),
                    language=language())
    items = report.items
    # --- method
    items.append(Heading(_("Method")))
    bundles = {b.workshop_id: b for b in corpus.bundles if any(r.workshop_id == b.workshop_id for r in records)}
    rows = []
    for b in bundles.values():
        mine = [r for r in records if r.workshop_id == b.workshop_id]
        site = corpus.sites.get(b.site_id)
        rows.append([b.workshop_title, site.name(language()) if site else b.site_id, str(len(mine)),
                     str(len(b.participants))])
    items.append(Paragraph(_("Children built their proposals in 3D on a kiosk, placing blocks on a model of the real "
                             "site and adding notes on why: stickers, reason chips, a few words and, where the "
                             "guardians agreed, a voice note. Facilitators exported each workshop as a bundle; this "
                             "report reads those bundles, checked, without changing them.")))
    items.append(Table([_("Workshop"), _("Site"), _("Proposals"), _("Children")], rows))
    people = {(b.workshop_id, code): p for b in bundles.values() for code, p in b.participants.items()}
    by_band = {band: sum(1 for p in people.values() if p.get("age_band") == band) for band in AGE_BANDS}
    consent = sum(1 for p in people.values() if p.get("consent"))
    items.append(Paragraph(_("Participants by age band: {bands}. {consent} of {total} children have a recorded "
                             "consent from their guardians.").format(
        bands=", ".join(_("{band}: {count}").format(band=b, count=c) for b, c in by_band.items()),
        consent=consent, total=len(people))))
    items.append(Paragraph(translate(NOT_COLLECTED), "lead"))
    items.append(Paragraph(_("How to read the maps: each coloured square is a cell of {cell:g} m; its colour counts "
                             "the proposals that placed at least one block there, so one group placing many blocks "
                             "in one corner counts once. A group with children of several ages counts in each of "
                             "their age bands.").format(cell=review.DEFAULT_CELL_M), "note"))
    # --- per site
    for site_id in sorted({r.site_id for r in records}):
        site = corpus.sites[site_id]
        sf = review.Filter(**{**f.__dict__, "site": site_id})
        items.append(PageBreak())
        items.append(Heading(_("Site: {site}").format(site=site.name(language()))))
        items.append(Paragraph(corpus.summary_sentence(sf), "lead"))
        indicator_lines = corpus.indicator_summary(sf)
        if indicator_lines:
            items.append(Heading(_("Child-friendly indicators"), 2))
            items.append(Bullets(indicator_lines))
        heat = corpus.heatmap(site_id, sf)
        items.append(HeatmapFigure(heat, site, _("Where children built (all blocks): proposals per {cell:g} m cell").format(
            cell=heat.cell_m)))
        types = corpus.block_types_by_band(sf)
        keys = list(types)[:12]
        items.append(BarFigure(_("Blocks placed, by age band"), [corpus.block_name(k) for k in keys],
                               {b: [types[k][b] for k in keys] for b in AGE_BANDS}, _("blocks")))
        reasons = corpus.reasons_by_band(sf)
        keys = list(reasons)[:12]
        items.append(BarFigure(_("Reasons given, by age band"), [reason_name(k) for k in keys],
                               {b: [reasons[k][b] for k in keys] for b in AGE_BANDS}, _("notes")))
        moods = [m for m in corpus.sentiment(site_id, sf) if m.positive or m.negative][:12]
        if moods:
            items.append(SentimentFigure(_("How children felt about each place"),
                                         [(m.place.name(), m.positive, m.negative) for m in moods]))
    # --- reasons and quotes
    items.append(PageBreak())
    items.append(Heading(_("Top reasons, in the children's words")))
    top = corpus.top_reasons(f, TOP_REASONS)
    if not top:
        items.append(Paragraph(_("No reasons were given in these {total} proposals.").format(total=len(records))))
    left_out = 0
    for reason, count in top:
        items.append(Heading(_("{reason}: {count} of {total} proposals").format(
            reason=reason_name(reason), count=count, total=len(records)), 2))
        quotes = []
        for r in records:
            for a in r.doc["annotations"]:
                if reason in a["reasons"] and a["text"]:
                    q = short_quote(a["text"])
                    if q is None:
                        left_out += 1
                    elif q not in quotes:
                        band = r.bundle.participants.get(a["author"] or "", {}).get("age_band", "")
                        quotes.append(q)
                        items.append(Paragraph(_("“{quote}” (ages {band})").format(quote=q, band=band or "-"), "quote"))
                if len(quotes) >= QUOTES_PER_REASON:
                    break
            if len(quotes) >= QUOTES_PER_REASON:
                break
        if not quotes:
            items.append(Paragraph(_("(no words were written with this reason)"), "note"))
    if left_out:
        items.append(Paragraph(n_("%n notes were left out because they looked like names, numbers or addresses.", left_out), "note"))
    # --- one page per proposal
    if proposal_pages:
        for r in records:
            items.append(PageBreak())
            site = corpus.sites[r.site_id]
            items.append(Heading(r.title or _("untitled")))
            items.append(Paragraph(_("{site}, workshop {workshop}; ages {bands}; {blocks}, {notes}; "
                                     "budget used {used:g}").format(
                site=site.name(language()), workshop=r.workshop_title, bands=", ".join(r.age_bands) or "-",
                blocks=n_("%n blocks", r.blocks), notes=n_("%n notes", r.annotations), used=r.budget_used), "note"))
            for view, caption in (("top", _("From above")), ("child", _("At a child's eye height"))):
                try:
                    png = review.snapshot_png(r, view)
                except review.ReviewError:
                    png = None
                items.append(Picture(png, caption, r.key, view))
            lines = []
            for a in r.doc["annotations"]:
                bits = []
                if a["sticker"]:
                    bits.append(sticker_name(a["sticker"]))
                if a["reasons"]:
                    bits.append(", ".join(reason_name(x) for x in a["reasons"]))
                if a["text"]:
                    q = short_quote(a["text"], 160)
                    bits.append(f"“{q}”" if q else _("(words left out)"))
                if a["audio"]:
                    bits.append(_("voice note"))
                lines.append(" · ".join(bits) or _("(empty note)"))
            if lines:
                items.append(Heading(_("The children's notes"), 2))
                items.append(Bullets(lines))
    return report


def version_line() -> str:
    return _("Junior Planner {version}").format(version=__version__)
