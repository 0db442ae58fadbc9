"""The proposal as JSON: what `junior-planner show` prints and what the bundle's
`proposals/<id>.json` holds (FORMATS.md). Positions are site-local metres, Z up.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Optional, Sequence

from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Annotation, Participant, PlacedBlock, Proposal, Workshop

FORMAT = "junior-planner-proposal"
FORMAT_VERSION = 1


def _r(value: float) -> float:
    return round(float(value), 4)


def proposal_to_dict(proposal: Proposal, workshop: Workshop, participants: Sequence[Participant],
                     catalog: Catalog, codes: Optional[Mapping[str, str]] = None,
                     indicators: Optional[Mapping[str, Any]] = None) -> dict[str, Any]:
    """`codes` maps participant ids to the codes an export shows instead (anonymised); without
    it, participant ids are shown, with pseudonyms, for use on this machine."""
    def code(pid: Optional[str]) -> Optional[str]:
        if pid is None:
            return None
        return codes.get(pid, pid) if codes is not None else pid

    def category(block_type: str) -> Optional[str]:
        kind = catalog.get(block_type)
        return kind.category if kind else None

    people = []
    for p in participants:
        entry: dict[str, Any] = {"code": code(p.id), "age_band": p.age_band, "avatar": p.avatar}
        if codes is None:
            entry["pseudonym"] = p.pseudonym
            entry["consent"] = p.consent
        people.append(entry)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": proposal.id,
        "workshop": {"id": workshop.id, "title": workshop.title},
        "site": {"id": workshop.site_id},
        "title": proposal.details.title,
        "status": proposal.status,
        "favourite_block": proposal.details.favourite_block,
        "created_at": proposal.created_at,
        "updated_at": proposal.updated_at,
        "submitted_at": proposal.submitted_at,
        "participants": people,
        "blocks": [
            {"uuid": b.uuid, "type": b.block_type, "category": category(b.block_type),
             "position": [_r(b.x), _r(b.y), _r(b.z)], "yaw": _r(b.yaw), "scale": _r(b.scale), "variant": b.variant}
            for b in proposal.blocks.values()
        ],
        "annotations": [
            {"uuid": a.uuid,
             "anchor": {"block": a.block_uuid} if a.block_uuid is not None
             else {"point": [_r(v) for v in a.point] if a.point is not None else None},
             "sticker": a.sticker, "reasons": list(a.reasons), "text": a.text,
             "audio": a.audio_ref, "author": code(a.author), "created_at": a.created_at}
            for a in proposal.annotations.values()
        ],
        "indicators": dict(indicators or {}),
    }


def fill_content(proposal: Proposal, doc: Mapping[str, Any], author: Callable[[str], Optional[str]] = lambda code: code) -> Proposal:
    """The inverse of the blocks and annotations of `proposal_to_dict`: put a document's blocks
    and notes into `proposal`. `author` turns a participant code into the id to store."""
    for b in doc["blocks"]:
        x, y, z = b["position"]
        proposal.blocks[b["uuid"]] = PlacedBlock(uuid=b["uuid"], block_type=b["type"], x=float(x), y=float(y),
                                                 z=float(z), yaw=float(b["yaw"]), scale=float(b["scale"]),
                                                 variant=b["variant"])
    for a in doc["annotations"]:
        point = a["anchor"].get("point")
        proposal.annotations[a["uuid"]] = Annotation(
            uuid=a["uuid"], block_uuid=a["anchor"].get("block"),
            point=tuple(float(v) for v in point) if point is not None else None,  # type: ignore[arg-type]
            sticker=a["sticker"], reasons=tuple(a["reasons"]), text=a["text"], audio_ref=a["audio"],
            author=author(a["author"]) if a["author"] else None, created_at=a["created_at"])
    return proposal
