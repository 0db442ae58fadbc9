"""A sound for each thing a child does on the kiosk: place, move, turn, remove, undo, a refused
edit, a note saved, finish. A drag's moves and repeated refusals tick at most every few tenths of
a second rather than chatter."""

from __future__ import annotations

import time
from typing import Iterable, Optional

GAP = {"move": 1.0, "refused": 1.5, "turn": 0.3}  # seconds between two of the same sound


def change_sound(change, before: dict, undoing: bool) -> Optional[str]:
    """Which sound an applied change makes: undo, remove, place, turn, move or note.
    `before` maps block uuid -> (x, y, yaw, scale) as last seen."""
    if undoing:
        return "undo"
    if change.blocks_removed:
        return "remove"
    for block in change.blocks_upserted:
        was = before.get(block.uuid)
        if was is None:
            return "place"
        if (block.yaw, block.scale) != was[2:]:
            return "turn"
        if (block.x, block.y) != was[:2]:
            return "move"
    if change.annotations_upserted:
        return "note"
    return None


class ActionSounds:
    def __init__(self, player, clock=time.monotonic):
        self.player, self.clock = player, clock
        self._blocks: dict[str, tuple] = {}
        self._last: dict[str, float] = {}

    def reset(self, blocks: Iterable) -> None:
        """Start from these blocks (a proposal opened or resumed)."""
        self._blocks = {b.uuid: (b.x, b.y, b.yaw, b.scale) for b in blocks}

    def changed(self, change, undoing: bool = False) -> Optional[str]:
        name = change_sound(change, self._blocks, undoing)
        self._blocks.update({b.uuid: (b.x, b.y, b.yaw, b.scale) for b in change.blocks_upserted})
        for uuid in change.blocks_removed:
            self._blocks.pop(uuid, None)
        return self.play(name)

    def play(self, name: Optional[str]) -> Optional[str]:
        """Play `name` unless the same sound played less than its gap ago; returns what played."""
        if name is None:
            return None
        now = self.clock()
        if now - self._last.get(name, -1e9) < GAP.get(name, 0.0):
            return None
        self._last[name] = now
        self.player.play(name)
        return name
