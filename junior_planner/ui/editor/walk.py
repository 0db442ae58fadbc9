"""Walking the child-eye camera without Qt: a position and heading on the site that cannot go
through buildings, into water, off the site, or through placed blocks a child could not walk
through (anything taller than a kerb; a crossing, a lawn or a sandpit can be walked over)."""

from __future__ import annotations

import math
from typing import Callable, Iterable

import numpy as np

from junior_planner.model.geometry import points_in_polygon
from junior_planner.model.site import Site

BLOCKING = ("building", "water")
STEP = 1.0  # metres per arrow press
TURN = 30.0  # degrees per arrow press
BODY = 0.3  # metres: a child's half-width, kept clear of walls
WALK_OVER = 0.35  # metres: blocks this low (sandpit, crossing, lawn) can be walked over

Obstacles = Callable[[float, float, float], Iterable[np.ndarray]]  # (x, y, radius) -> footprint polygons


class ChildWalk:
    def __init__(self, site: Site, obstacles: Obstacles = lambda x, y, r: ()):
        self.site = site
        self.obstacles = obstacles
        self._walls = [z.polygon for z in site.zones if z.kind in BLOCKING]
        start = site.cameras.get("child_eye") or {}
        position = start.get("position") or [0.0, 0.0]
        self.x, self.y = float(position[0]), float(position[1])
        self.heading = float(start.get("heading", 90.0))
        if self.blocked(self.x, self.y):
            self.x, self.y = self._free_spot()

    def blocked(self, x: float, y: float) -> bool:
        angles = np.radians(np.arange(0, 360, 45))
        ring = np.column_stack([x + BODY * np.cos(angles), y + BODY * np.sin(angles)])
        points = np.vstack([[x, y], ring])
        if not self.site.contains(points).all():
            return True
        if any(points_in_polygon(points, wall).any() for wall in self._walls):
            return True
        return any(points_in_polygon(points, footprint).any() for footprint in self.obstacles(x, y, BODY + 3.0))

    def step(self, metres: float = STEP) -> bool:
        """Walk along the heading (backwards for negative metres). False when blocked; the
        position then stays where it was."""
        h = math.radians(self.heading)
        x, y = self.x + metres * math.cos(h), self.y + metres * math.sin(h)
        if self.blocked(x, y):
            return False
        self.x, self.y = x, y
        return True

    def turn(self, degrees: float) -> None:
        self.heading = (self.heading + degrees) % 360.0

    def _free_spot(self) -> tuple[float, float]:
        lo, hi = self.site.bounds.min(axis=0), self.site.bounds.max(axis=0)
        centre = (lo + hi) / 2
        for radius in np.arange(0.0, float(max(hi - lo)), 1.0):
            for a in np.radians(np.arange(0, 360, 20)):
                x, y = centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a)
                if not self.blocked(x, y):
                    return float(x), float(y)
        return float(centre[0]), float(centre[1])
