"""The "My design" sheet: one printable A4 page per proposal that a child can take home, and the
story of a design (title, explorers, favourite block, stickers, reasons, words) that the sheet and
the end-of-workshop gallery both show.

`design_story()` is Qt-free. `write_sheet()` draws the page with QPdfWriter + QPainter and two
pictures from `render.snapshot.Snapshotter` (top and child's eye), so it needs an OpenGL display;
Qt is imported only when a sheet is drawn. Text is written with an explicitly chosen CJK font
(Noto Sans CJK SC where installed), so Chinese never turns into boxes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from junior_planner.i18n import N_, language, translate
from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Participant, Proposal
from junior_planner.model.pseudonyms import ANIMALS, COLOURS, display_name
from junior_planner.services.library import Library
from junior_planner.store import Store
from junior_planner.model.vocabulary import STICKER_COLOURS, STICKER_SYMBOLS, reason_name, sticker_name  # noqa: F401 - the sheet's look

PICTURE_SIZE = (1600, 1000)  # pixels of each picture on the sheet (16:10)


# --- the story of a design (Qt-free) ------------------------------------------------------------
@dataclass(frozen=True)
class Explorer:
    name: str  # shown in the current language ("Blue Fox" / "蓝色狐狸")
    badge_key: str  # "colour-animal"-shaped key for the round avatar badge (render/avatars.py)
    age_band: str = ""


@dataclass(frozen=True)
class Note:
    sticker: Optional[str]
    sticker_name: str  # translated ("I love it")
    reasons: tuple[str, ...]  # translated ("more shade")
    text: str  # the child's own words, as typed
    block_name: str = ""  # what the note is pinned to, translated ("Bench"), or ""


@dataclass(frozen=True)
class DesignStory:
    proposal_id: str
    title: str
    site_name: str
    workshop_title: str
    explorers: tuple[Explorer, ...]
    favourite_id: Optional[str]  # block type id of the favourite block
    favourite_name: str
    built: tuple[tuple[str, str, int], ...]  # (block type id, translated name, count), most first
    notes: tuple[Note, ...]
    submitted_at: Optional[str] = None
    stickers: dict = field(default_factory=dict)  # sticker id -> count

    @property
    def block_count(self) -> int:
        return sum(n for _id, _name, n in self.built)


def _pseudonym_key(pseudonym: str, avatar: str = "") -> str:
    """'blue-fox' stays; a typed 'Blue Fox' becomes 'blue-fox' when both words are on the lists
    (so it can be shown in Chinese too); anything else keeps its text with the avatar's animal."""
    colour, _sep, animal = pseudonym.partition("-")
    if colour in COLOURS and animal in ANIMALS:
        return pseudonym
    words = pseudonym.strip().lower().split()
    if len(words) == 2:
        colours = {en.lower(): cid for cid, (en, _zh) in COLOURS.items()}
        animals = {en.lower(): aid for aid, (en, _zh) in ANIMALS.items()}
        if words[0] in colours and words[1] in animals:
            return f"{colours[words[0]]}-{animals[words[1]]}"
    return f"{pseudonym}-{avatar}" if avatar in ANIMALS else pseudonym


def explorer(participant: Participant, lang: Optional[str] = None) -> Explorer:
    key = _pseudonym_key(participant.pseudonym, participant.avatar)
    colour, _sep, animal = key.partition("-")
    name = display_name(key, lang or language()) if colour in COLOURS and animal in ANIMALS else participant.pseudonym
    return Explorer(name=name, badge_key=key, age_band=participant.age_band)


def design_story(store: Store, proposal: Proposal, catalog: Optional[Catalog] = None,
                 lang: Optional[str] = None) -> DesignStory:
    """Everything a sheet or the gallery says about one proposal, in `lang` (default: the current
    language). Stickers and reasons are words, never ids."""
    lang = lang or language()
    catalog = catalog or Library.of(store).catalog
    workshop = store.workshop(proposal.workshop_id)
    site = Library.of(store).site(workshop.site_id) if workshop else None
    people = {p.id: p for p in store.participants(proposal_id=proposal.id)}
    explorers = tuple(explorer(people[pid], lang) for pid in proposal.participants if pid in people)

    def block_name(type_id: str) -> str:
        kind = catalog.get(type_id)
        return kind.name(lang) if kind else type_id

    counts = Counter(b.block_type for b in proposal.blocks.values())
    built = tuple((type_id, block_name(type_id), n) for type_id, n in
                  sorted(counts.items(), key=lambda item: (-item[1], block_name(item[0]))))
    favourite = proposal.blocks.get(proposal.favourite_block or "")
    notes = []
    stickers: Counter = Counter()
    for note in proposal.annotations.values():
        anchor = proposal.blocks.get(note.block_uuid or "")
        if note.sticker:
            stickers[note.sticker] += 1
        notes.append(Note(sticker=note.sticker,
                          sticker_name=sticker_name(note.sticker, lang) if note.sticker else "",
                          reasons=tuple(reason_name(r, lang) for r in note.reasons),
                          text=(note.text or "").strip(),
                          block_name=block_name(anchor.block_type) if anchor else ""))
    return DesignStory(
        proposal_id=proposal.id,
        title=proposal.title.strip() or translate(N_("Our design"), lang),
        site_name=site.name(lang) if site else (workshop.site_id if workshop else ""),
        workshop_title=workshop.title if workshop else "",
        explorers=explorers,
        favourite_id=favourite.block_type if favourite else None,
        favourite_name=block_name(favourite.block_type) if favourite else "",
        built=built,
        notes=tuple(notes),
        submitted_at=proposal.submitted_at,
        stickers=dict(stickers),
    )


def submitted_proposals(store: Store, workshop_id: str) -> list[Proposal]:
    """The workshop's finished proposals in the order they were finished."""
    proposals = []
    for summary in store.proposal_summaries(workshop_id):
        if summary.status != "submitted":
            continue
        proposal = store.proposal(summary.id)
        if proposal is not None:
            proposals.append(proposal)
    proposals.sort(key=lambda p: (p.submitted_at or p.updated_at or p.created_at, p.created_at, p.id))
    return proposals


# --- the printed page (Qt, drawn only when asked) ------------------------------------------------
