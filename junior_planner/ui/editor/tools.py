"""The editor's pointer logic without Qt: press, move and release in site coordinates in, one
`Outcome` out (what the widget should do). The same machine serves the mouse and one finger.

- A block type chosen in the palette is "armed": the ghost follows the pointer over the ground
  and releasing places it (then the widget disarms it).
- A press on a placed block selects it; moving past a few pixels drags it, keeping the point
  where it was grabbed under the pointer; every move of one drag shares one merge key, so the
  whole drag is one undo step.
- Anything else belongs to the camera; a press and release on the spot (a click) deselects.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Optional

GRID = 0.5  # metres between snap points
DRAG_PIXELS = 6.0  # a press that moves less than this is a click or a tap

Point = tuple[float, float]
_drag_numbers = itertools.count(1)


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid


@dataclass(frozen=True)
class Outcome:
    """What to do. kind: "camera" (let the camera have the event), "ghost" (show the armed block
    at x, y), "place" (place the armed block at x, y), "select" / "deselect", "move" (move
    `target` to x, y with `merge_key`), "drop" (a drag of `target` ended), "none"."""

    kind: str
    x: float = 0.0
    y: float = 0.0
    target: Optional[str] = None
    block_type: Optional[str] = None
    merge_key: Optional[str] = None


NOTHING = Outcome("none")
CAMERA = Outcome("camera")


class PointerTool:
    def __init__(self, snapping: bool = True, grid: float = GRID):
        self.snapping = snapping
        self.grid = grid
        self.armed: Optional[str] = None  # block type chosen in the palette
        self.selected: Optional[str] = None
        self._mode: Optional[str] = None  # "place", "block" or "camera" while a button/finger is down
        self._press: Point = (0.0, 0.0)
        self._grab: Point = (0.0, 0.0)
        self._dragging = False
        self._merge_key: Optional[str] = None

    # --- state ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A press is in progress (a button or a finger is down)."""
        return self._mode is not None

    @property
    def mode(self) -> Optional[str]:
        """"place", "block" or "camera" while a press is in progress, else None."""
        return self._mode

    @property
    def dragging(self) -> bool:
        return self._mode == "block" and self._dragging

    def arm(self, block_type: Optional[str]) -> None:
        self.armed = block_type

    def snapped(self, x: float, y: float) -> Point:
        if not self.snapping:
            return (x, y)
        return (snap(x, self.grid), snap(y, self.grid))

    # --- events -----------------------------------------------------------------------------
    def press(self, screen: Point, ground: Optional[Point], block: Optional[str] = None,
              block_at: Optional[Point] = None) -> Outcome:
        """`ground`: the site point under the pointer (ignoring blocks); `block`: the placed block
        under the pointer, if any, and `block_at` its position."""
        self._press, self._dragging = screen, False
        if self.armed is not None:
            self._mode = "place"
            return self._ghost(ground)
        if block is not None:
            self._mode = "block"
            self.selected = block
            if ground is not None and block_at is not None:
                self._grab = (block_at[0] - ground[0], block_at[1] - ground[1])
            else:
                self._grab = (0.0, 0.0)
            return Outcome("select", target=block)
        self._mode = "camera"
        return CAMERA

    def move(self, screen: Point, ground: Optional[Point]) -> Outcome:
        if self._mode is None:  # hovering
            return self._ghost(ground) if self.armed is not None else NOTHING
        if self._mode == "place":
            return self._ghost(ground)
        if self._mode == "block":
            if not self._dragging:
                if math.dist(screen, self._press) < DRAG_PIXELS:
                    return NOTHING
                self._dragging = True
                self._merge_key = f"drag-{next(_drag_numbers)}"
            if ground is None or self.selected is None:
                return NOTHING
            x, y = self.snapped(ground[0] + self._grab[0], ground[1] + self._grab[1])
            return Outcome("move", x, y, target=self.selected, merge_key=self._merge_key)
        return CAMERA

    def release(self, screen: Point, ground: Optional[Point]) -> Outcome:
        mode, self._mode = self._mode, None
        if mode == "place":
            if ground is None or self.armed is None:
                return NOTHING
            x, y = self.snapped(*ground)
            return Outcome("place", x, y, block_type=self.armed)
        if mode == "block":
            if self._dragging:
                self._dragging = False
                return Outcome("drop", target=self.selected, merge_key=self._merge_key)
            return NOTHING
        if mode == "camera" and math.dist(screen, self._press) < DRAG_PIXELS:
            self.selected = None
            return Outcome("deselect")
        return CAMERA

    def cancel(self) -> Outcome:
        """A second finger came down: the single-pointer action stops where it is."""
        mode, self._mode = self._mode, None
        if mode == "block" and self._dragging:
            self._dragging = False
            return Outcome("drop", target=self.selected, merge_key=self._merge_key)
        if mode == "place":
            return Outcome("ghost-off")
        return NOTHING

    def _ghost(self, ground: Optional[Point]) -> Outcome:
        if ground is None:
            return Outcome("ghost-off")
        x, y = self.snapped(*ground)
        return Outcome("ghost", x, y, block_type=self.armed)
