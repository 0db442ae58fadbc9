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
        notice = self.workshop.consent_on_file
        people: list[Participant] = [workshops.new_participant(self.workshop, pseudonym, band, avatar,
                                                               consent=notice is not None, notice_version=notice or "")
                                     for pseudonym, band, avatar in children]
        proposal = workshops.start_proposal(self.store, self.workshop, people[0])
        for person in people[1:]:
            workshops.add_to_group(self.store, proposal, person)
        self._remember(proposal.id)
        return proposal, workshops.open_editor(self.store, proposal)

    def resume(self, proposal: Proposal) -> ProposalEditor:
        self._remember(proposal.id)
        return workshops.open_editor(self.store, proposal)

    def finish(self, editor: ProposalEditor, title: str, favourite: Optional[str]) -> bool:
        """Submit. Returns False when nobody in the group has guardian consent: then the work was
        kept only for the session and is now deleted everywhere (SAFETY.md)."""
        editor.submit(title.strip() or None, favourite)
        self.forget()
        return self._keep_only_with_consent(editor.proposal.id)

    def leave_for_later(self, proposal_id: Optional[str] = None) -> None:
        """Idle: the draft stays in the store (a facilitator can resume it) when the group has
        consent, else it is deleted; the kiosk starts over."""
        self.forget()
        if proposal_id:
            self._keep_only_with_consent(proposal_id)

    def _keep_only_with_consent(self, proposal_id: str) -> bool:
        people = self.store.participants(proposal_id=proposal_id)
        if any(p.consent for p in people):
            return True
        from junior_planner.services import data_rights

        for person in people:
            data_rights.delete_participant(self.store, person.id)
        return False
