"""The facilitator's duties towards children's data (SAFETY.md), Qt-free: workshop settings with
friendly checks, guardian consent per child, deleting one child's or one workshop's data
everywhere, purging workshops past their keep-until date, and reviewing and redacting the free
text children typed before anything is exported.

The SQL lives in store/people.py, erase.py and redaction.py; this module checks, words and composes.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from junior_planner.i18n import N_, _, n_, language, translate
from junior_planner.model.entities import Participant, Workshop, new_id, utc_now
from junior_planner.model.pseudonyms import ANIMALS, COLOURS, display_name
from junior_planner.model.vocabulary import DEFAULT_REASON_CHIPS, LANGUAGES
from junior_planner.services.library import Library
from junior_planner.services.errors import UserError
from junior_planner.services.workshops import MAX_TITLE
from junior_planner.store import Store
from junior_planner.store import erase, people, redaction
from junior_planner.store.erase import Erased
from junior_planner.store.redaction import TextEntry

MIN_IDLE_S, MAX_IDLE_S = 30, 3600
MAX_NOTICE_VERSION = 40
REMOVED = N_("[removed]")
_UNSET: Any = object()
_DIGITS = re.compile(r"\d[\d\s-]{5,}\d")


def today() -> str:
    return _dt.date.today().isoformat()


# --- settings -------------------------------------------------------------------------------------
def parse_date(text: str) -> str:
    try:
        return _dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UserError(_("'{date}' is not a date like 2025-12-31").format(date=text)) from None


def check_settings(store: Store, *, title: str, budget: Optional[float], palette: Optional[Iterable[str]],
                   idle_timeout_s: int, languages: Iterable[str], voice_notes: bool, keep_until: Optional[str],
                   reason_chips: Iterable[str], read_aloud: bool = True, sounds: bool = True,
                   detail: str = "normal", on: Optional[str] = None, keep_past: Optional[str] = None) -> dict:
    """Checked, normalised settings (as Workshop fields), or UserError with one sentence.
    `keep_past` is a keep-until date already stored, which may stay even if it has passed."""
    title = (title or "").strip()
    if not title or len(title) > MAX_TITLE:
        raise UserError(_("a workshop title needs 1 to {limit} characters").format(limit=MAX_TITLE))
    if budget is not None:
        try:
            budget = float(budget)
        except (TypeError, ValueError):
            raise UserError(_("the budget must be a positive number")) from None
        if not math.isfinite(budget) or budget <= 0:
            raise UserError(_("the budget must be a positive number"))
    if palette is not None:
        palette = tuple(dict.fromkeys(palette))
        catalog = Library.of(store).catalog
        unknown = [b for b in palette if b not in catalog]
        if unknown:
            raise UserError(_("there is no block type '{block}'").format(block=unknown[0]))
        if not palette:
            raise UserError(_("choose at least one block for the children"))
        if set(palette) == set(catalog.blocks):
            palette = None  # every block: stays "all", so blocks added later are offered too
    try:
        idle = int(idle_timeout_s)
    except (TypeError, ValueError):
        raise UserError(_("the idle time must be a whole number of seconds")) from None
    if not MIN_IDLE_S <= idle <= MAX_IDLE_S:
        raise UserError(_("the idle time must be between {low} seconds and {high} minutes").format(
            low=MIN_IDLE_S, high=MAX_IDLE_S // 60))
    languages = tuple(dict.fromkeys(languages))
    if not languages:
        raise UserError(_("choose at least one language"))
    bad = [lang for lang in languages if lang not in LANGUAGES]
    if bad:
        raise UserError(_("'{lang}' is not a language the kiosk speaks ({known})").format(
            lang=bad[0], known=", ".join(LANGUAGES)))
    chips = tuple(dict.fromkeys(reason_chips))
    bad = [c for c in chips if c not in DEFAULT_REASON_CHIPS]
    if bad:
        raise UserError(_("there is no reason chip '{reason}'").format(reason=bad[0]))
    from junior_planner.meshes.lod import LEVELS

    if detail not in LEVELS:
        raise UserError(_("'{detail}' is not a detail level ({known})").format(detail=detail, known=", ".join(LEVELS)))
    if keep_until is not None:
        keep_until = parse_date(str(keep_until))
        if keep_until < (on or today()) and keep_until != keep_past:
            raise UserError(_("the keep-until date {date} has already passed").format(date=keep_until))
    return {"title": title, "budget": budget, "palette": palette, "idle_timeout_s": idle, "languages": languages,
            "voice_notes": bool(voice_notes), "keep_until": keep_until, "reason_chips": chips,
            "read_aloud": bool(read_aloud), "sounds": bool(sounds), "detail": detail}


def create_workshop(store: Store, site_id: str, title: str, budget: Optional[float] = None,
                    palette: Optional[Iterable[str]] = None, idle_timeout_s: int = 180,
                    languages: Iterable[str] = LANGUAGES, voice_notes: bool = False,
                    keep_until: Optional[str] = None, reason_chips: Iterable[str] = DEFAULT_REASON_CHIPS,
                    read_aloud: bool = True, sounds: bool = True, detail: str = "normal",
                    pin: Optional[str] = None, on: Optional[str] = None) -> Workshop:
    """A new workshop with all its settings (and its PIN when given), everything checked first."""
    from junior_planner.services.pin import PinGuard, hash_pin

    if Library.of(store).site(site_id) is None:
        raise UserError(_("there is no site '{site}' (known sites: {known})").format(
            site=site_id, known=", ".join(sorted(Library.of(store).sites()))))
    settings = check_settings(store, title=title, budget=budget, palette=palette, idle_timeout_s=idle_timeout_s,
                              languages=languages, voice_notes=voice_notes, keep_until=keep_until,
                              reason_chips=reason_chips, read_aloud=read_aloud, sounds=sounds, detail=detail, on=on)
    if pin:
        hash_pin(pin)  # refuses a bad PIN before anything is stored
    workshop = Workshop(id=new_id(), site_id=site_id, created_at=utc_now(), **settings)
    store.add_workshop(workshop)
    if pin:
        PinGuard(store, workshop.id).set_pin(pin)
    return workshop


def edit_workshop(store: Store, workshop: Workshop, *, title: str = _UNSET, budget: Optional[float] = _UNSET,
                  palette: Optional[Iterable[str]] = _UNSET, idle_timeout_s: int = _UNSET,
                  languages: Iterable[str] = _UNSET, voice_notes: bool = _UNSET, keep_until: Optional[str] = _UNSET,
                  reason_chips: Iterable[str] = _UNSET, consent_on_file: Optional[str] = _UNSET,
                  read_aloud: bool = _UNSET, sounds: bool = _UNSET, detail: str = _UNSET,
                  on: Optional[str] = None) -> Workshop:
    """Change some of a workshop's settings (the ones given); returns the stored workshop.
    `consent_on_file`: the notice version when guardians consented for every child, or None."""
    given = {k: v for k, v in dict(title=title, budget=budget, palette=palette, idle_timeout_s=idle_timeout_s,
                                   languages=languages, voice_notes=voice_notes, keep_until=keep_until,
                                   reason_chips=reason_chips, read_aloud=read_aloud, sounds=sounds,
                                   detail=detail).items()
             if v is not _UNSET}
    current = {k: getattr(workshop, k) for k in ("title", "budget", "palette", "idle_timeout_s", "languages",
                                                 "voice_notes", "keep_until", "reason_chips", "read_aloud", "sounds",
                                                 "detail")}
    settings = check_settings(store, **{**current, **given}, on=on, keep_past=workshop.keep_until)
    if consent_on_file is not _UNSET:
        notice = (consent_on_file or "").strip() or None
        if notice is not None and len(notice) > MAX_NOTICE_VERSION:
            raise UserError(_("a notice version has at most {limit} characters").format(limit=MAX_NOTICE_VERSION))
        settings["consent_on_file"] = notice
    updated = dataclasses.replace(workshop, **settings)
    people.update_workshop(store, updated)
    return updated


# --- consent ------------------------------------------------------------------------------------------
def find_participant(store: Store, given: str) -> Participant:
    given = given.strip()
    if len(given) < 4:
        raise UserError(_("give at least 4 characters of the participant id"))
    ids = people.participant_ids_starting(store, given)
    if not ids:
        raise UserError(_("there is no participant '{id}'").format(id=given))
    if len(ids) > 1:
        raise UserError(_("'{id}' is the start of {count} participant ids; give more of it").format(id=given, count=len(ids)))
    person = people.participant(store, ids[0])
    assert person is not None
    return person


def record_consent(store: Store, participant_id: str, consent: bool, notice_version: str = "") -> Participant:
    """A guardian's yes or no for one child, with the version of the notice they were given."""
    notice_version = notice_version.strip()
    if len(notice_version) > MAX_NOTICE_VERSION:
        raise UserError(_("a notice version has at most {limit} characters").format(limit=MAX_NOTICE_VERSION))
    try:
        people.set_consent(store, participant_id, consent, notice_version)
    except KeyError:
        raise UserError(_("there is no participant '{id}'").format(id=participant_id)) from None
    person = people.participant(store, participant_id)
    assert person is not None
    return person


# --- deleting -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChildErasurePlan:
    """What deleting one child's data will remove, for a confirmation that names it."""

    participant: Participant
    own_proposals: tuple[str, ...]  # titles of proposals they made alone (deleted whole)
    group_proposals: tuple[str, ...]  # titles of group proposals (kept for the others, without this child)

    def describe(self) -> str:
        untitled = _("(no title yet)")
        lines = [_("All data of the child '{name}' will be deleted from this computer:").format(
            name=shown_name(self.participant.pseudonym))]
        if self.own_proposals:
            lines.append(_("- their own designs, deleted completely: {titles}").format(
                titles=", ".join(t or untitled for t in self.own_proposals)))
        if self.group_proposals:
            lines.append(_("- group designs keep the others' work but lose this child's name and notes: {titles}").format(
                titles=", ".join(t or untitled for t in self.group_proposals)))
        lines.append(_("- their notes, voice notes and every trace of them in the undo history"))
        lines.append(_("This cannot be undone."))
        return "\n".join(lines)


def plan_child_erasure(store: Store, participant_id: str) -> ChildErasurePlan:
    person = people.participant(store, participant_id)
    if person is None:
        raise UserError(_("there is no participant '{id}'").format(id=participant_id))
    proposals = people.proposals_of(store, participant_id)
    return ChildErasurePlan(person, tuple(t for _pid, t, n in proposals if n == 1),
                            tuple(t for _pid, t, n in proposals if n > 1))


def proposals_of(store: Store, participant_id: str) -> list[tuple[str, str, int]]:
    """(proposal id, title, group size) of each proposal a child made, alone or in a group."""
    return people.proposals_of(store, participant_id)


def delete_participant(store: Store, participant_id: str) -> Erased:
    try:
        return erase.erase_participant(store, participant_id)
    except KeyError:
        raise UserError(_("there is no participant '{id}'").format(id=participant_id)) from None


def describe_workshop_erasure(store: Store, workshop: Workshop) -> str:
    children = len(store.participants(workshop_id=workshop.id))
    proposals = len(store.proposal_summaries(workshop.id))
    return "\n".join([
        _("The workshop '{title}' and all its data will be deleted from this computer:").format(title=workshop.title),
        n_("- %n designs with their blocks, notes, voice notes and undo history", proposals),
        n_("- %n children (names, age bands, consent records)", children),
        _("- its facilitator PIN and any kiosk draft"),
        _("Bundles already exported are not touched. This cannot be undone."),
    ])


def delete_workshop(store: Store, workshop_id: str) -> Erased:
    try:
        return erase.erase_workshop(store, workshop_id)
    except KeyError:
        raise UserError(_("there is no workshop '{id}'").format(id=workshop_id)) from None


@dataclass(frozen=True)
class Purged:
    workshop_id: str
    title: str
    keep_until: str
    proposals: int
    participants: int


def purge_expired(store: Store, on: Optional[str] = None) -> list[Purged]:
    """Delete every workshop whose keep-until date has passed (the date itself is still kept)."""
    purged = []
    for ws in people.expired_workshops(store, on or today()):
        result = erase.erase_workshop(store, ws.id)
        purged.append(Purged(ws.id, ws.title, str(ws.keep_until), len(result.proposals_deleted), len(result.participants)))
    return purged


def purged_summary(purged: list[Purged]) -> str:
    return "; ".join(_("'{title}' (kept until {date}: {proposals}, {children})").format(
        title=p.title, date=p.keep_until, proposals=n_("%n designs", p.proposals), children=n_("%n children", p.participants)) for p in purged)


# --- free text review ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewItem:
    entry: TextEntry
    author: str  # the author's pseudonym, or "" when the words are not a child's own (a title)
    warnings: tuple[str, ...]  # why it may need a look: a pseudonym or a long number in it

    @property
    def text(self) -> str:
        return self.entry.text


def shown_name(pseudonym: str) -> str:
    """A pseudonym as this window's language shows it ('blue-fox' -> 'Blue Fox' / '蓝色狐狸')."""
    return display_name(pseudonym, language())


def pseudonym_forms(pseudonym: str) -> set[str]:
    """Every way a child may write this pseudonym: as stored, in English and in Chinese, and
    (for 'Blue Fox' stored as typed) the word-id forms too."""
    forms = {pseudonym.strip()}
    words = pseudonym.strip().lower().replace("-", " ").split()
    if len(words) == 2:
        colour = next((c for c, names in COLOURS.items() if words[0] in (c, names[0].lower())), None)
        animal = next((a for a, names in ANIMALS.items() if words[1] in (a, names[0].lower())), None)
        if colour and animal:
            word_id = f"{colour}-{animal}"
            forms |= {word_id, display_name(word_id, "en"), display_name(word_id, "zh_CN")}
    return {f for f in forms if f}


def review(store: Store, workshop_id: str) -> list[ReviewItem]:
    """Every piece of free text of a workshop (notes, titles, and words kept only in undo history),
    with its author's pseudonym and warnings; the ones with warnings first."""
    children = store.participants(workshop_id=workshop_id)
    names = {p.id: shown_name(p.pseudonym) for p in children}
    forms = {p.id: pseudonym_forms(p.pseudonym) for p in children}
    items = []
    for entry in redaction.free_text(store, workshop_id):
        folded = entry.text.casefold()
        warnings = [_("mentions '{name}'").format(name=names[p.id]) for p in children
                    if any(f.casefold() in folded for f in forms[p.id])]
        if _DIGITS.search(entry.text):
            warnings.append(_("contains a long number (a phone number?)"))
        if not entry.current:
            warnings.append(_("only in the undo history"))
        items.append(ReviewItem(entry, names.get(entry.author or "", ""), tuple(warnings)))
    return items


def redact(store: Store, item: ReviewItem | TextEntry, replacement: Optional[str] = None) -> int:
    """Replace a piece of free text everywhere it is stored (the note or title and every undo
    record holding it). A facilitator's action: undo never brings the words back."""
    entry = item.entry if isinstance(item, ReviewItem) else item
    return redaction.redact(store, entry, replacement if replacement is not None else translate(REMOVED))
