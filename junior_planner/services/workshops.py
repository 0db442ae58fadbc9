"""Workshops, participants and proposals: creating them and opening a proposal for editing."""

from __future__ import annotations

from typing import Optional

from junior_planner.i18n import _
from junior_planner.model.entities import Participant, Proposal, Workshop, new_id, utc_now
from junior_planner.model.vocabulary import AGE_BANDS
from junior_planner.services.library import Library
from junior_planner.services.editing import ProposalEditor
from junior_planner.services.errors import UserError
from junior_planner.store import Store

MAX_TITLE = 120
MAX_PSEUDONYM = 40


def new_workshop(store: Store, site_id: str, title: str, budget: Optional[float] = None,
                 palette: Optional[list[str]] = None) -> Workshop:
    """A workshop with the default settings: the same path as the facilitator's form
    (data_rights.create_workshop), so the CLI and the panel check and store it alike."""
    from junior_planner.services.data_rights import create_workshop

    return create_workshop(store, site_id, title, budget=budget, palette=palette)


def _by_prefix(given: str, ids_starting, load, too_short: str, missing: str, ambiguous: str):
    """The one record whose id starts with `given` (at least 4 characters), else UserError."""
    given = given.strip()
    if len(given) < 4:
        raise UserError(too_short)
    ids = ids_starting(given)
    if not ids:
        raise UserError(missing.format(id=given))
    if len(ids) > 1:
        raise UserError(ambiguous.format(id=given, count=len(ids)))
    found = load(ids[0])
    assert found is not None
    return found


def find_workshop(store: Store, given: str) -> Workshop:
    return _by_prefix(given, store.workshop_ids_starting, store.workshop,
                      _("give at least 4 characters of the workshop id"), _("there is no workshop '{id}'"),
                      _("'{id}' is the start of {count} workshop ids; give more of it"))


def find_proposal(store: Store, given: str) -> Proposal:
    return _by_prefix(given, store.proposal_ids_starting, store.proposal,
                      _("give at least 4 characters of the proposal id"), _("there is no proposal '{id}'"),
                      _("'{id}' is the start of {count} proposal ids; give more of it"))


def new_participant(workshop: Workshop, pseudonym: str, age_band: str, avatar: str = "", consent: bool = True,
                    notice_version: str = "") -> Participant:
    """A child, by pseudonym only, checked but not stored yet."""
    pseudonym = pseudonym.strip()
    if not pseudonym or len(pseudonym) > MAX_PSEUDONYM:
        raise UserError(_("a pseudonym needs 1 to {limit} characters").format(limit=MAX_PSEUDONYM))
    if age_band not in AGE_BANDS:
        raise UserError(_("the age band must be one of {bands}").format(bands=", ".join(AGE_BANDS)))
    return Participant(id=new_id(), workshop_id=workshop.id, pseudonym=pseudonym, age_band=age_band, avatar=avatar,
                       consent=consent, consent_notice_version=notice_version, created_at=utc_now())


def start_proposal(store: Store, workshop: Workshop, first: Optional[Participant] = None) -> Proposal:
    """A new draft, stored together with its first child in one transaction (so a crash never
    leaves a proposal that nobody made)."""
    now = utc_now()
    proposal = Proposal(id=new_id(), workshop_id=workshop.id, created_at=now, updated_at=now,
                        participants=[first.id] if first else [])
    store.add_proposal(proposal, [first] if first else [])
    return proposal


def add_to_group(store: Store, proposal: Proposal, participant: Participant) -> Participant:
    """Add a friend to a proposal's group (two to four children share a kiosk)."""
    if len(proposal.participants) >= 4:
        raise UserError(_("a group has at most four children"))
    store.add_participant(participant, proposal.id)
    proposal.participants.append(participant.id)
    return participant


def join(store: Store, proposal: Proposal, pseudonym: str, age_band: str, avatar: str = "",
         consent: bool = True, notice_version: str = "") -> Participant:
    workshop = store.workshop(proposal.workshop_id)
    assert workshop is not None
    return add_to_group(store, proposal, new_participant(workshop, pseudonym, age_band, avatar, consent, notice_version))


def open_editor(store: Store, proposal: Proposal) -> ProposalEditor:
    workshop = store.workshop(proposal.workshop_id)
    assert workshop is not None
    site = Library.of(store).site(workshop.site_id)
    if site is None:
        raise UserError(_("the site '{site}' of this workshop is not installed here").format(site=workshop.site_id))
    Library.of().attach_ground(site)
    return ProposalEditor(store, proposal, workshop, site, Library.of(store).catalog)
