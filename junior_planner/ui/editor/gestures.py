"""Two-finger gestures without Qt: from the previous and current positions of two fingers, how
far the pair moved (pan), how much it spread (pinch) and how far it turned (twist)."""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]
TWIST_STEP = 15.0  # degrees: a twist turns the selected block in steps of this


@dataclass(frozen=True)
class PairMotion:
    dx: float  # centre movement, pixels
    dy: float
    spread: float  # new distance / old distance (> 1: fingers apart = zoom in)
    turn: float  # degrees, counter-clockwise on screen (y up) is positive


def pair_motion(before: tuple[Point, Point], after: tuple[Point, Point]) -> PairMotion:
    (a0, b0), (a1, b1) = before, after
    c0 = ((a0[0] + b0[0]) / 2, (a0[1] + b0[1]) / 2)
    c1 = ((a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2)
    d0, d1 = max(math.dist(a0, b0), 1.0), max(math.dist(a1, b1), 1.0)
    # screen y points down, so negate to get the usual counter-clockwise angle
    t0 = math.degrees(math.atan2(-(b0[1] - a0[1]), b0[0] - a0[0]))
    t1 = math.degrees(math.atan2(-(b1[1] - a1[1]), b1[0] - a1[0]))
    turn = (t1 - t0 + 180.0) % 360.0 - 180.0
    return PairMotion(c1[0] - c0[0], c1[1] - c0[1], d1 / d0, turn)


class Twist:
    """Accumulates a twist and hands out whole steps, keeping the remainder."""

    def __init__(self, step: float = TWIST_STEP):
        self.step = step
        self.total = 0.0

    def add(self, degrees: float) -> int:
        self.total += degrees
        steps = int(self.total / self.step)  # truncates toward zero
        self.total -= steps * self.step
        return steps
