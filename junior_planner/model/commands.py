"""Every edit is a command: it knows the states it changes before and after, so applying and
reverting are the same operation in two directions, and a command survives a restart as data.

A command is planned once against the proposal as it is (`plan`), which fills `before` and
`after`; from then on `apply` and `revert` only copy those states in, and `change()` says what
changed so the store and the screens touch only that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Mapping, Optional

from junior_planner.model.entities import Annotation, PlacedBlock, Proposal, ProposalDetails
from junior_planner.model.geometry import normalise_yaw


@dataclass
class Snapshot:
    """States of the entities a command touches; None means "does not exist"."""

    blocks: dict[str, Optional[PlacedBlock]] = field(default_factory=dict)
    annotations: dict[str, Optional[Annotation]] = field(default_factory=dict)
    details: Optional[ProposalDetails] = None


@dataclass(frozen=True)
class Change:
    """What one applied command changed, with the new states (the "what changed" record)."""

    proposal_id: str
    blocks_upserted: tuple[PlacedBlock, ...] = ()
    blocks_removed: tuple[str, ...] = ()
    annotations_upserted: tuple[Annotation, ...] = ()
    annotations_removed: tuple[str, ...] = ()
    details: Optional[ProposalDetails] = None


class CommandError(ValueError):
    """A command that cannot be planned (its target is gone, say); `code` is a stable id."""

    def __init__(self, code: str, **detail: Any):
        super().__init__(code)
        self.code = code
        self.detail = detail


def _capture(proposal: Proposal, after: Snapshot) -> Snapshot:
    return Snapshot(
        blocks={u: proposal.blocks.get(u) for u in after.blocks},
        annotations={u: proposal.annotations.get(u) for u in after.annotations},
        details=proposal.details if after.details is not None else None,
    )


def _restore(proposal: Proposal, snap: Snapshot) -> Change:
    upserted, removed, a_up, a_rm = [], [], [], []
    for uuid, block in snap.blocks.items():
        if block is None:
            if proposal.blocks.pop(uuid, None) is not None:
                removed.append(uuid)
        else:
            proposal.blocks[uuid] = block
            upserted.append(block)
    for uuid, annotation in snap.annotations.items():
        if annotation is None:
            if proposal.annotations.pop(uuid, None) is not None:
                a_rm.append(uuid)
        else:
            proposal.annotations[uuid] = annotation
            a_up.append(annotation)
    if snap.details is not None:
        proposal.details = snap.details
    return Change(proposal.id, tuple(upserted), tuple(removed), tuple(a_up), tuple(a_rm), snap.details)


@dataclass
class Command:
    kind: ClassVar[str] = "command"
    before: Optional[Snapshot] = field(default=None, init=False)
    after: Optional[Snapshot] = field(default=None, init=False)
    merge_key: Optional[str] = field(default=None, init=False)

    def _plan_after(self, proposal: Proposal) -> Snapshot:  # pragma: no cover - abstract
        raise NotImplementedError

    def plan(self, proposal: Proposal) -> Snapshot:
        """Work out the states after this command; fills before/after. Returns `after`."""
        after = self._plan_after(proposal)
        self.before, self.after = _capture(proposal, after), after
        return after

    def apply(self, proposal: Proposal) -> Change:
        if self.after is None:
            self.plan(proposal)
        assert self.after is not None
        return _restore(proposal, self.after)

    def revert(self, proposal: Proposal) -> Change:
        assert self.before is not None, "revert before apply"
        return _restore(proposal, self.before)

    def merge(self, later: "Command") -> bool:
        """Fold a later command of the same drag into this one (one undo step)."""
        if self.merge_key is None or later.merge_key != self.merge_key or later.after is None:
            return False
        if set(later.after.blocks) != set(self.after.blocks) or set(later.after.annotations) != set(self.after.annotations):
            return False
        self.after = later.after
        return True

    def params(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self) if f.init}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _block(proposal: Proposal, uuid: str) -> PlacedBlock:
    block = proposal.blocks.get(uuid)
    if block is None:
        raise CommandError("no-such-block", target=uuid)
    return block


@dataclass
class PlaceBlock(Command):
    kind: ClassVar[str] = "place"
    block: PlacedBlock = None  # type: ignore[assignment]

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        if self.block.uuid in proposal.blocks:
            raise CommandError("duplicate-id", target=self.block.uuid)
        block = dataclasses.replace(self.block, yaw=normalise_yaw(self.block.yaw))
        return Snapshot(blocks={block.uuid: block})


@dataclass
class MoveBlock(Command):
    kind: ClassVar[str] = "move"
    target: str = ""
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        block = dataclasses.replace(_block(proposal, self.target), x=self.x, y=self.y, z=self.z)
        return Snapshot(blocks={block.uuid: block})


@dataclass
class RotateBlock(Command):
    kind: ClassVar[str] = "rotate"
    target: str = ""
    yaw: float = 0.0

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        block = dataclasses.replace(_block(proposal, self.target), yaw=normalise_yaw(self.yaw))
        return Snapshot(blocks={block.uuid: block})


@dataclass
class ScaleBlock(Command):
    kind: ClassVar[str] = "scale"
    target: str = ""
    scale: float = 1.0

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        block = dataclasses.replace(_block(proposal, self.target), scale=self.scale)
        return Snapshot(blocks={block.uuid: block})


@dataclass
class DeleteBlock(Command):
    """Removes a block with the annotations anchored to it (undo brings both back)."""

    kind: ClassVar[str] = "delete"
    target: str = ""

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        _block(proposal, self.target)
        details = None
        if proposal.details.favourite_block == self.target:
            details = dataclasses.replace(proposal.details, favourite_block=None)
        return Snapshot(blocks={self.target: None},
                        annotations={a.uuid: None for a in proposal.annotations_of(self.target)},
                        details=details)


@dataclass
class Annotate(Command):
    kind: ClassVar[str] = "annotate"
    annotation: Annotation = None  # type: ignore[assignment]

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        a = self.annotation
        if a.uuid in proposal.annotations:
            raise CommandError("duplicate-id", target=a.uuid)
        if a.block_uuid is not None:
            _block(proposal, a.block_uuid)
        return Snapshot(annotations={a.uuid: a})


@dataclass
class EditAnnotation(Command):
    """Changes some of an annotation's fields: sticker, reasons, text, audio_ref, point, block_uuid."""

    kind: ClassVar[str] = "edit-annotation"
    target: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)

    EDITABLE: ClassVar[frozenset[str]] = frozenset({"sticker", "reasons", "text", "audio_ref", "point", "block_uuid"})

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        current = proposal.annotations.get(self.target)
        if current is None:
            raise CommandError("no-such-annotation", target=self.target)
        unknown = set(self.fields) - self.EDITABLE
        if unknown:
            raise CommandError("bad-field", field=sorted(unknown)[0])
        updated = dataclasses.replace(current, **dict(self.fields))
        if updated.block_uuid is not None:
            _block(proposal, updated.block_uuid)
        return Snapshot(annotations={updated.uuid: updated})


@dataclass
class DeleteAnnotation(Command):
    kind: ClassVar[str] = "delete-annotation"
    target: str = ""

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        if self.target not in proposal.annotations:
            raise CommandError("no-such-annotation", target=self.target)
        return Snapshot(annotations={self.target: None})


@dataclass
class SetDetails(Command):
    """Title and favourite block, from the "I'm finished" screen."""

    kind: ClassVar[str] = "details"
    title: str = ""
    favourite_block: Optional[str] = None

    def _plan_after(self, proposal: Proposal) -> Snapshot:
        if self.favourite_block is not None:
            _block(proposal, self.favourite_block)
        return Snapshot(details=ProposalDetails(self.title, self.favourite_block))


COMMAND_KINDS: dict[str, type[Command]] = {
    c.kind: c for c in (PlaceBlock, MoveBlock, RotateBlock, ScaleBlock, DeleteBlock,
                        Annotate, EditAnnotation, DeleteAnnotation, SetDetails)
}
