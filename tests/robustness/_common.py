"""Shared by the robustness tests: a seeded generator of long, valid edit scripts and a canonical,
uuid-free form of a proposal's content so that two runs of the same script can be compared.
"""

from __future__ import annotations

import math
import random
from typing import Any, Optional

from junior_planner.model.entities import Proposal
from junior_planner.model.vocabulary import DEFAULT_REASON_CHIPS, STICKERS

# practice-lawn: x, y in -30..30, a no-build path strip at y 20..22. Blocks live in 10 m slots whose
# centres keep every block (rotated any way, scaled as far as the slot allows, jittered by up to
# JITTER) inside its own slot, off the path and on the site: nothing can ever overlap.
SLOT_XS = (-25.0, -15.0, -5.0, 5.0, 15.0, 25.0)
SLOT_YS = (-25.0, -15.0, -5.0, 5.0, 15.0)
SLOTS = [(x, y) for x in SLOT_XS for y in SLOT_YS]
SLOT_RADIUS = 4.4  # largest half-diagonal of a scaled footprint
JITTER = 0.5
BLOCK_TYPES = ("bench", "tree", "flower-bed", "sandpit")


def scale_range(catalog: Any, block_type: str) -> tuple[float, float]:
    kind = catalog.get(block_type)
    half_diagonal = math.hypot(kind.width, kind.depth) / 2
    top = min(kind.scale_max, SLOT_RADIUS / half_diagonal)
    assert top >= kind.scale_min, block_type
    return kind.scale_min, top


def make_script(seed: int, n_lines: int, catalog: Any) -> list[dict]:
    """A valid edit script of n_lines lines. A small model of the proposal and its linear undo
    history (push truncates the redo tail) keeps every line valid: undo only when there is
    something to undo, targets that exist, slots that are free."""
    rng = random.Random(seed)
    blocks: dict[str, dict] = {}  # alias -> {"type", "slot", ...}
    notes: dict[str, Optional[str]] = {}  # alias -> anchor block alias or None
    history: list[tuple[dict, dict]] = []  # (before, after) of {("b"|"n", alias): value or None}
    pos = 0
    counter = {"b": 0, "n": 0}

    def put(snapshot: dict) -> None:
        for (kind, alias), value in snapshot.items():
            table = blocks if kind == "b" else notes
            if value is None:
                table.pop(alias, None)
            else:
                table[alias] = dict(value) if kind == "b" else value

    def push(after: dict) -> None:
        nonlocal pos
        before = {}
        for key in after:
            table = blocks if key[0] == "b" else notes
            if key[1] in table:
                before[key] = dict(table[key[1]]) if key[0] == "b" else table[key[1]]
            else:
                before[key] = None
        del history[pos:]
        history.append((before, after))
        pos += 1
        put(after)

    def free_slots() -> list[int]:
        used = {b["slot"] for b in blocks.values()}
        return [i for i in range(len(SLOTS)) if i not in used]

    def spot(slot: int) -> tuple[float, float]:
        cx, cy = SLOTS[slot]
        return (round(cx + rng.uniform(-JITTER, JITTER), 3), round(cy + rng.uniform(-JITTER, JITTER), 3))

    lines: list[dict] = [{"op": "join", "pseudonym": "Blue Fox", "age_band": "9-11"}]
    second_join = n_lines // 2
    while len(lines) < n_lines:
        if len(lines) == second_join:
            lines.append({"op": "join", "pseudonym": "Red Panda", "age_band": "6-8", "avatar": "panda"})
            continue
        ops = ["place"] * 6 + ["undo"] * 4 + ["annotate-point"]
        if blocks:
            ops += ["move"] * 4 + ["rotate"] * 3 + ["scale"] * 3 + ["annotate"] * 3 + ["delete"] * 2
        if pos < len(history):
            ops += ["redo"] * 8
        op = rng.choice(ops)
        if op == "place" and not free_slots():
            op = "delete"
        if op == "undo" and pos == 0:
            op = "annotate-point"
        if op == "place":
            slot = rng.choice(free_slots())
            kind = rng.choice(BLOCK_TYPES)
            lo, hi = scale_range(catalog, kind)
            x, y = spot(slot)
            counter["b"] += 1
            alias = f"b{counter['b']}"
            yaw = float(rng.randrange(0, 360, 15))
            scale = round(rng.uniform(lo, hi), 2) if rng.random() < 0.5 else 1.0
            scale = min(max(scale, lo), hi)
            line = {"op": "place", "block": kind, "x": x, "y": y, "yaw": yaw, "as": alias}
            if scale != 1.0:
                line["scale"] = scale
            value = {"type": kind, "slot": slot, "x": x, "y": y, "yaw": yaw, "scale": scale}
            push({("b", alias): value})
        elif op == "move":
            alias = rng.choice(sorted(blocks))
            slot = rng.choice(free_slots() + [blocks[alias]["slot"]] * 2)
            x, y = spot(slot)
            line = {"op": "move", "target": alias, "x": x, "y": y}
            push({("b", alias): dict(blocks[alias], slot=slot, x=x, y=y)})
        elif op == "rotate":
            alias = rng.choice(sorted(blocks))
            yaw = float(rng.randrange(-180, 540, 5))
            line = {"op": "rotate", "target": alias, "yaw": yaw}
            push({("b", alias): dict(blocks[alias], yaw=yaw % 360.0)})
        elif op == "scale":
            alias = rng.choice(sorted(blocks))
            lo, hi = scale_range(catalog, blocks[alias]["type"])
            scale = round(rng.uniform(lo, hi), 2)
            scale = min(max(scale, lo), hi)
            line = {"op": "scale", "target": alias, "scale": scale}
            push({("b", alias): dict(blocks[alias], scale=scale)})
        elif op in ("annotate", "annotate-point"):
            counter["n"] += 1
            alias = f"n{counter['n']}"
            line = {"op": "annotate"}
            if op == "annotate":
                anchor = rng.choice(sorted(blocks))
                line["target"] = anchor
            else:
                anchor = None
                line["at"] = [round(rng.uniform(-29, 29), 2), round(rng.uniform(-29, 29), 2)]
            line["sticker"] = rng.choice(STICKERS)
            if rng.random() < 0.6:
                line["reasons"] = rng.sample(DEFAULT_REASON_CHIPS, rng.randint(1, 3))
            line["text"] = f"note {counter['n']}: " + rng.choice(["cars are fast here", "for grandma", "more shade",
                                                                   "我们想要", "a quiet corner", ""])
            line["as"] = alias
            push({("n", alias): anchor})
        elif op == "delete":
            alias = rng.choice(sorted(blocks))
            line = {"op": "delete", "target": alias}
            after: dict = {("b", alias): None}
            for note, anchor in notes.items():
                if anchor == alias:
                    after[("n", note)] = None
            push(after)
        elif op == "undo":
            line = {"op": "undo"}
            pos -= 1
            put(history[pos][0])
        else:
            line = {"op": "redo"}
            put(history[pos][1])
            pos += 1
        lines.append(line)
    return lines


def _block_key(b: Any) -> tuple:
    return (b.block_type, b.x, b.y, b.z, b.yaw, b.scale, b.variant)


def canonical(proposal: Optional[Proposal], participants: list = ()) -> Any:
    """The proposal's content without uuids or timestamps: blocks and annotations as sorted tuples
    (an annotation's anchor as its block's tuple, its author as the participant's position)."""
    if proposal is None:
        return None
    position = {pid: i for i, pid in enumerate(proposal.participants)}

    def anchor(uuid: Optional[str]) -> Any:
        if uuid is None:
            return None
        block = proposal.blocks.get(uuid)
        return _block_key(block) if block is not None else ("dangling", uuid)

    blocks = tuple(sorted(_block_key(b) for b in proposal.blocks.values()))
    notes = tuple(sorted(((anchor(a.block_uuid), a.point, a.sticker, tuple(a.reasons), a.text, a.audio_ref,
                           position.get(a.author, a.author)) for a in proposal.annotations.values()), key=repr))
    people = tuple((p.pseudonym, p.age_band, p.avatar, p.consent, p.consent_notice_version) for p in participants)
    return {"status": proposal.status, "title": proposal.details.title,
            "favourite": anchor(proposal.details.favourite_block), "participants": people,
            "blocks": blocks, "annotations": notes}


def stored_content(store: Any, proposal_id: str) -> Any:
    proposal = store.proposal(proposal_id)
    if proposal is None:
        return None
    return canonical(proposal, store.participants(proposal_id=proposal_id))
