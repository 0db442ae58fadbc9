"""Plain-dict forms of entities and commands (for the store's undo history and for exports)."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Mapping, Optional

from junior_planner.model.commands import Command, Snapshot
from junior_planner.model.entities import Annotation, PlacedBlock, ProposalDetails


def block_to_dict(b: PlacedBlock) -> dict[str, Any]:
    return dataclasses.asdict(b)


def block_from_dict(d: Mapping[str, Any]) -> PlacedBlock:
    return PlacedBlock(uuid=d["uuid"], block_type=d["block_type"], x=float(d["x"]), y=float(d["y"]),
                       z=float(d.get("z", 0.0)), yaw=float(d.get("yaw", 0.0)),
                       scale=float(d.get("scale", 1.0)), variant=d.get("variant", ""))


def annotation_to_dict(a: Annotation) -> dict[str, Any]:
    d = dataclasses.asdict(a)
    d["reasons"] = list(a.reasons)
    d["point"] = list(a.point) if a.point is not None else None
    return d


def annotation_from_dict(d: Mapping[str, Any]) -> Annotation:
    point = d.get("point")
    return Annotation(uuid=d["uuid"], block_uuid=d.get("block_uuid"),
                      point=tuple(float(v) for v in point) if point is not None else None,  # type: ignore[arg-type]
                      sticker=d.get("sticker"), reasons=tuple(d.get("reasons") or ()), text=d.get("text") or "",
                      audio_ref=d.get("audio_ref"), author=d.get("author"), created_at=d.get("created_at") or "")


def details_to_dict(d: ProposalDetails) -> dict[str, Any]:
    return {"title": d.title, "favourite_block": d.favourite_block}


def details_from_dict(d: Mapping[str, Any]) -> ProposalDetails:
    return ProposalDetails(title=d.get("title") or "", favourite_block=d.get("favourite_block"))


def snapshot_to_dict(s: Snapshot) -> dict[str, Any]:
    return {
        "blocks": {u: (block_to_dict(b) if b else None) for u, b in s.blocks.items()},
        "annotations": {u: (annotation_to_dict(a) if a else None) for u, a in s.annotations.items()},
        "details": details_to_dict(s.details) if s.details is not None else None,
    }


def snapshot_from_dict(d: Mapping[str, Any]) -> Snapshot:
    return Snapshot(
        blocks={u: (block_from_dict(b) if b else None) for u, b in (d.get("blocks") or {}).items()},
        annotations={u: (annotation_from_dict(a) if a else None) for u, a in (d.get("annotations") or {}).items()},
        details=details_from_dict(d["details"]) if d.get("details") is not None else None,
    )


@dataclasses.dataclass
class RecordedCommand(Command):
    """A command read back from the history: it replays its recorded states only."""

    kind: ClassVar[str] = "recorded"
    recorded_kind: str = ""
    recorded_params: Optional[dict] = None

    def _plan_after(self, proposal):  # pragma: no cover - never planned again
        raise RuntimeError("a recorded command is not planned again")

    def params(self) -> dict[str, Any]:
        return dict(self.recorded_params or {})


def command_to_record(cmd: Command) -> dict[str, Any]:
    assert cmd.before is not None and cmd.after is not None, "record after planning"
    kind = cmd.recorded_kind if isinstance(cmd, RecordedCommand) else cmd.kind
    return {"kind": kind, "params": cmd.params(), "merge_key": cmd.merge_key,
            "before": snapshot_to_dict(cmd.before), "after": snapshot_to_dict(cmd.after)}


def command_from_record(record: Mapping[str, Any]) -> RecordedCommand:
    cmd = RecordedCommand(recorded_kind=record["kind"], recorded_params=record.get("params") or {})
    cmd.before = snapshot_from_dict(record["before"])
    cmd.after = snapshot_from_dict(record["after"])
    cmd.merge_key = record.get("merge_key")
    return cmd
