"""A kiosk's session with one workshop (no Qt): who is building now, the draft in progress
(remembered in the store, so a relaunch after a crash reopens it), finishing and leaving."""

from __future__ import annotations

from typing import Optional

from junior_planner.model.entities import Participant, Proposal, Workshop
from junior_planner.model.pseudonyms import suggest
from junior_planner.services import workshops
from junior_planner.services.editing import ProposalEditor
from junior_planner.store import Store


class KioskSession:
    def __init__(self, store: Store, workshop: Workshop):
        self.store, self.workshop = store, workshop
        self._key = f"kiosk:{workshop.id}:draft"

    # --- the draft in progress ----------------------------------------------------------------
    def draft_in_progress(self) -> Optional[Proposal]:
        """The draft this kiosk was building when it stopped (crash, power cut), if still a draft."""
        proposal_id = self.store.get_meta(self._key)
        proposal = self.store.proposal(proposal_id) if proposal_id else None
        if proposal is None or proposal.status != "draft":
            return None
        return proposal

    def _remember(self, proposal_id: str) -> None:
        self.store.set_meta(self._key, proposal_id)

    def forget(self) -> None:
        self.store.set_meta(self._key, "")

    # --- children -------------------------------------------------------------------------------
    def suggest_pseudonym(self, also_taken: tuple[str, ...] = ()) -> str:
        taken = [p.pseudonym for p in self.store.participants(workshop_id=self.workshop.id)] + list(also_taken)
        return suggest(taken)

    def start(self, children: list[tuple[str, str, str]]) -> tuple[Proposal, ProposalEditor]:
        """children: (pseudonym, age band, avatar) for one to four children building together."""
        people: list[Participant] = [workshops.new_participant(self.workshop, pseudonym, band, avatar,
                                                               consent=False, notice_version="")
                                     for pseudonym, band, avatar in children]
        proposal = workshops.start_proposal(self.store, self.workshop, people[0])
        for person in people[1:]:
            workshops.add_to_group(self.store, proposal, person)
        self._remember(proposal.id)
        return proposal, workshops.open_editor(self.store, proposal)

    def resume(self, proposal: Proposal) -> ProposalEditor:
        self._remember(proposal.id)
        return workshops.open_editor(self.store, proposal)

    def finish(self, editor: ProposalEditor, title: str, favourite: Optional[str]) -> None:
        editor.submit(title.strip() or None, favourite)
        self.forget()

    def leave_for_later(self) -> None:
        """Idle: the draft stays in the store (a facilitator can resume it); the kiosk starts over."""
        self.forget()
