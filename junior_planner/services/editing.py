"""The one writer: every edit of a proposal goes through `ProposalEditor.execute`.

It plans the command, checks the rules, applies it to the in-memory proposal, commits it to the
store in one transaction and only then tells the subscribers (renderer, panels) what changed.
If the commit fails, the in-memory proposal is put back and the error is raised: nothing is
shown as done that is not on disk.
"""

from __future__ import annotations

from typing import Callable, Optional

from junior_planner.model.catalog import Catalog
from junior_planner.model.commands import Change, Command, CommandError, SetDetails
from junior_planner.model.entities import Proposal, Workshop, utc_now
from junior_planner.model.rules import PlacementRules, Refusal
from junior_planner.model.serial import command_from_record, command_to_record
from junior_planner.model.site import Site
from junior_planner.store import Store

Listener = Callable[[Change], None]


class EditRefused(Exception):
    """The edit breaks a rule; nothing changed. `refusal.code` says which."""

    def __init__(self, refusal: Refusal):
        super().__init__(refusal.code)
        self.refusal = refusal


class ProposalEditor:
    def __init__(self, store: Store, proposal: Proposal, workshop: Workshop, site: Site, catalog: Catalog,
                 clock: Callable[[], str] = utc_now):
        self.store, self.proposal, self.workshop = store, proposal, workshop
        self.site, self.catalog, self.clock = site, catalog, clock
        self.rules = PlacementRules(site, catalog, workshop)
        self.rules.reset(proposal.blocks.values())
        records, self._pos = store.history(proposal.id)
        self._history: list[Command] = [command_from_record(r) for r in records]
        self._listeners: list[Listener] = []

    # --- subscribers ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _publish(self, change: Change) -> None:
        self.rules.update(change.blocks_upserted, change.blocks_removed)
        for listener in list(self._listeners):
            listener(change)

    # --- editing --------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._pos > 0 and self.proposal.status == "draft"

    @property
    def can_redo(self) -> bool:
        return self._pos < len(self._history) and self.proposal.status == "draft"

    def check(self, command: Command) -> Optional[Refusal]:
        """Would this command be allowed? (for the ghost preview); changes nothing."""
        try:
            after = command.plan(self.proposal)
        except CommandError as exc:
            return Refusal(exc.code, exc.detail)
        return self.rules.check(self.proposal, after)

    def execute(self, command: Command, merge_key: Optional[str] = None) -> Change:
        """Run one edit. A `merge_key` shared with the previous command (one drag) folds them
        into one undo step."""
        command.merge_key = merge_key
        refusal = self.check(command)
        if refusal is not None:
            raise EditRefused(refusal)
        previous = self._history[self._pos - 1] if self._pos > 0 and self._pos == len(self._history) else None
        merging = (merge_key is not None and previous is not None and previous.merge_key == merge_key
                   and set(previous.after.blocks) == set(command.after.blocks)
                   and set(previous.after.annotations) == set(command.after.annotations))
        if merging:
            record = command_to_record(previous)
            record["after"] = command_to_record(command)["after"]
        else:
            record = command_to_record(command)
        before = command.before
        change = command.apply(self.proposal)
        try:
            self.store.save_edit(change, "merge" if merging else "push", record, self.clock())
        except BaseException:
            command.revert(self.proposal) if before is not None else None
            raise
        if merging:
            previous.merge(command)
        else:
            del self._history[self._pos:]
            self._history.append(command)
            self._pos += 1
        self._publish(change)
        return change

    def undo(self) -> Optional[Change]:
        if not self.can_undo:
            return None
        command = self._history[self._pos - 1]
        change = command.revert(self.proposal)
        try:
            self.store.save_edit(change, "undo", None, self.clock())
        except BaseException:
            command.apply(self.proposal)
            raise
        self._pos -= 1
        self._publish(change)
        return change

    def redo(self) -> Optional[Change]:
        if not self.can_redo:
            return None
        command = self._history[self._pos]
        change = command.apply(self.proposal)
        try:
            self.store.save_edit(change, "redo", None, self.clock())
        except BaseException:
            command.revert(self.proposal)
            raise
        self._pos += 1
        self._publish(change)
        return change

    def submit(self, title: Optional[str] = None, favourite_block: Optional[str] = None) -> None:
        """Finish the proposal: set its title and favourite (one undoable step), then mark it
        submitted. A submitted proposal takes no more edits."""
        if self.proposal.status != "draft":
            raise EditRefused(Refusal("submitted"))
        if title is not None or favourite_block is not None:
            details = self.proposal.details
            self.execute(SetDetails(title=title if title is not None else details.title,
                                    favourite_block=favourite_block if favourite_block is not None else details.favourite_block))
        when = self.clock()
        self.store.set_status(self.proposal.id, "submitted", when)
        self.proposal.status, self.proposal.submitted_at, self.proposal.updated_at = "submitted", when, when
