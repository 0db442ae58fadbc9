"""Where a child stands to see a design, and the slow walk around it at eye height: the
gallery's fly-through and the sheet's child-eye picture (Qt-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Proposal
from junior_planner.model.site import Site

if TYPE_CHECKING:
    import numpy as np


OBSTACLE_ZONES = ("building", "tree", "water")
CLEARANCE = 0.8  # metres kept between the eye and any block, building, tree or water
REGION_MARGIN = 4.0  # metres the walk may go beyond the blocks' and the start's bounding box
EYE_HEIGHT = 1.0


class Obstacles:
    """Where a child cannot stand: the site's buildings, trees and water, the proposal's blocks
    (with a little room around each), and outside the site."""

    def __init__(self, site: Site, proposal: Proposal, catalog: Catalog, clearance: float = CLEARANCE,
                 region: Optional[tuple[float, float, float, float]] = None):
        import numpy as np

        from junior_planner.model.geometry import points_in_polygon

        self._inside = points_in_polygon
        self.site, self.clearance = site, clearance
        boxes = []
        for b in proposal.blocks.values():
            kind = catalog.get(b.block_type)
            if kind is None:
                continue
            # big things (a tree's crown, a pavilion's roof) need more room than their footprint
            room = clearance + max(0.0, 0.35 * max(kind.width, kind.depth, kind.height) * b.scale - CLEARANCE)
            boxes.append((b.x, b.y, np.radians(b.yaw), kind.width * b.scale / 2 + room,
                          kind.depth * b.scale / 2 + room))
        self.boxes = np.array(boxes, dtype=float).reshape(-1, 5)
        zones = [z.polygon for z in site.zones if z.kind in OBSTACLE_ZONES]
        if region is not None:  # only the zones near the walk
            x0, y0, x1, y1 = region
            pad = clearance + 1.0
            zones = [z for z in zones if z[:, 0].max() >= x0 - pad and z[:, 0].min() <= x1 + pad
                     and z[:, 1].max() >= y0 - pad and z[:, 1].min() <= y1 + pad]
        self.zones = zones
        angles = np.linspace(0, 2 * np.pi, 8, endpoint=False)
        self._ring = np.vstack([[0.0, 0.0], np.column_stack([np.cos(angles), np.sin(angles)]) * clearance])

    def blocked(self, points) -> "np.ndarray":
        """For each (x, y): True where the eye may not be."""
        import numpy as np

        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        result = ~self._inside(pts, np.asarray(self.site.bounds, dtype=float))
        if len(self.boxes):
            rel_x = pts[:, 0][:, None] - self.boxes[:, 0][None, :]
            rel_y = pts[:, 1][:, None] - self.boxes[:, 1][None, :]
            c, s = np.cos(self.boxes[:, 2])[None, :], np.sin(self.boxes[:, 2])[None, :]
            u, v = c * rel_x + s * rel_y, -s * rel_x + c * rel_y
            result |= ((np.abs(u) <= self.boxes[:, 3][None, :]) & (np.abs(v) <= self.boxes[:, 4][None, :])).any(axis=1)
        if self.zones:
            ring = (pts[:, None, :] + self._ring[None, :, :]).reshape(-1, 2)
            for polygon in self.zones:
                result |= self._inside(ring, polygon).reshape(len(pts), -1).any(axis=1)
        return result

    def nearest_free(self, point, region: tuple[float, float, float, float], reach: float = 8.0, step: float = 0.5):
        """The free point nearest `point` inside `region` (x0, y0, x1, y1), or None."""
        import numpy as np

        p = np.asarray(point, dtype=float)
        if not self.blocked(p[None, :])[0] and _in_region(p, region):
            return p
        offsets = np.arange(-reach, reach + step / 2, step)
        grid = np.array([(dx, dy) for dx in offsets for dy in offsets if 0 < dx * dx + dy * dy <= reach * reach])
        grid = grid[np.argsort(np.hypot(grid[:, 0], grid[:, 1]))]
        candidates = p + grid
        x0, y0, x1, y1 = region
        keep = (candidates[:, 0] >= x0) & (candidates[:, 0] <= x1) & (candidates[:, 1] >= y0) & (candidates[:, 1] <= y1)
        candidates = candidates[keep]
        if not len(candidates):
            return None
        free = ~self.blocked(candidates)
        return candidates[np.argmax(free)] if free.any() else None


def _in_region(p, region) -> bool:
    x0, y0, x1, y1 = region
    return x0 <= p[0] <= x1 and y0 <= p[1] <= y1


def child_start(site: Site) -> tuple[tuple[float, float], float]:
    """The site's child-eye start (x, y) and heading in degrees."""
    import numpy as np

    start = site.cameras.get("child_eye") or {}
    position = start.get("position") or np.mean(np.asarray(site.bounds, dtype=float), axis=0).tolist()
    return (float(position[0]), float(position[1])), float(start.get("heading", 90.0))


class FlightPath:
    """A slow walk at a child's eye height: from the site's child-eye start towards the
    proposal's blocks, then round them (and round again for as long as it is shown), never
    through a block, building, tree or water, and never beyond the bounding box of the blocks
    and the start (plus REGION_MARGIN). `pose(t)` gives where the eye is and where it looks."""

    def __init__(self, site: Site, proposal: Proposal, catalog: Catalog, duration: Optional[float] = None):
        import numpy as np

        (sx, sy), self.start_heading = child_start(site)
        self.start = np.array([sx, sy])
        corners = []
        for b in proposal.blocks.values():
            kind = catalog.get(b.block_type)
            if kind is not None:
                from junior_planner.model.rules import block_corners

                corners.append(block_corners(b, kind))
        bounds = np.asarray(site.bounds, dtype=float)
        lo_site, hi_site = bounds.min(axis=0) + 0.5, bounds.max(axis=0) - 0.5
        if corners:
            pts = np.vstack(corners)
            self.centre = (pts.min(axis=0) + pts.max(axis=0)) / 2
            spread = (pts.max(axis=0) - pts.min(axis=0)) / 2
            everything = np.vstack([pts, self.start[None, :]])
        else:
            self.centre, spread, everything = None, np.zeros(2), self.start[None, :]
        lo = np.maximum(everything.min(axis=0) - REGION_MARGIN, lo_site)
        hi = np.minimum(everything.max(axis=0) + REGION_MARGIN, hi_site)
        self.region = (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))
        self.obstacles = Obstacles(site, proposal, catalog, region=self.region)
        self.points = np.array([self.start])
        self.loop_from = 0.0  # arc length where the loop begins
        if self.centre is not None:
            self._plan(spread, np)
        segments = np.hypot(*np.diff(self.points, axis=0).T) if len(self.points) > 1 else np.zeros(0)
        self.arc = np.concatenate([[0.0], np.cumsum(segments)])
        self.length = float(self.arc[-1])
        walk = self.length
        self.duration = float(duration) if duration else float(min(30.0, max(20.0, walk / 1.6)))
        self.ramp = 2.5  # seconds to get up to walking speed
        self.speed = walk / max(self.duration - self.ramp / 2, 1e-6) if walk > 0 else 0.0

    def _plan(self, spread, np) -> None:
        free = self.obstacles.nearest_free
        a = max(float(spread[0]) + 3.0, 4.0)
        b = max(float(spread[1]) + 3.0, 4.0)
        x0, y0, x1, y1 = self.region
        cx, cy = self.centre
        a = max(1.5, min(a, cx - x0 - 0.2, x1 - cx - 0.2))
        b = max(1.5, min(b, cy - y0 - 0.2, y1 - cy - 0.2))
        begin = float(np.arctan2((self.start[1] - cy) / b, (self.start[0] - cx) / a))
        ring = []
        for angle in begin + np.linspace(0, 2 * np.pi, 72, endpoint=False):
            p = free(np.array([cx + a * np.cos(angle), cy + b * np.sin(angle)]), self.region, reach=6.0)
            if p is not None:
                ring.append(p)
        if len(ring) < 3:
            return
        ring = np.array(ring)
        ring = self._smooth(ring, closed=True)
        ring = np.vstack([ring, ring[:1]])
        approach = [self.start]
        gap = ring[0] - self.start
        steps = int(np.hypot(*gap) // 1.0)
        for k in range(1, steps):
            p = free(self.start + gap * k / steps, self.region, reach=4.0)
            if p is not None:
                approach.append(p)
        approach = self._smooth(np.array(approach), closed=False) if len(approach) > 2 else np.array(approach)
        for _round in range(4):  # a point pushed aside may leave a long piece: densify and check again
            approach = self._repair(np.vstack([approach, ring[:1]]))[:-1]
            ring = self._repair(ring)
            pieces = np.hypot(*np.diff(np.vstack([approach, ring]), axis=0).T)
            if pieces.max(initial=0.0) <= 0.3:
                break
        self.points = np.vstack([approach, ring])
        self.loop_from = float(np.sum(np.hypot(*np.diff(np.vstack([approach, ring[:1]]), axis=0).T)))

    def _repair(self, points, spacing: float = 0.25):
        """Points every `spacing` metres along the polyline, each one free (pushed out of anything
        it would touch), so a straight piece between two of them cannot cut a corner."""
        import numpy as np

        dense = [points[0]]
        for a, b in zip(points[:-1], points[1:]):
            n = max(1, int(np.ceil(np.hypot(*(b - a)) / spacing)))
            dense.extend(a + (b - a) * k / n for k in range(1, n + 1))
        dense = np.array(dense)
        blocked = self.obstacles.blocked(dense)
        blocked[0] = False  # the start is where the site says a child stands
        for i in np.where(blocked)[0]:
            p = self.obstacles.nearest_free(dense[i], self.region, reach=3.0, step=0.1)
            dense[i] = p if p is not None else np.nan
        return dense[~np.isnan(dense[:, 0])]

    def _smooth(self, points, closed: bool, rounds: int = 3):
        """Chaikin corner cutting, keeping only points that stay free."""
        import numpy as np

        for _round in range(rounds):
            following = np.roll(points, -1, axis=0) if closed else points[1:]
            base = points if closed else points[:-1]
            q = 0.75 * base + 0.25 * following
            r = 0.25 * base + 0.75 * following
            cut = np.empty((len(q) * 2, 2))
            cut[0::2], cut[1::2] = q, r
            if not closed:
                cut = np.vstack([points[:1], cut, points[-1:]])
            ok = ~self.obstacles.blocked(cut)
            ok &= np.array([_in_region(p, self.region) for p in cut])
            if not closed:
                ok[0] = True
            points = cut[ok] if ok.sum() >= 3 else points
        return points

    def distance_at(self, t: float) -> float:
        if t <= 0:
            return 0.0
        if t < self.ramp:
            return self.speed * t * t / (2 * self.ramp)
        return self.speed * (t - self.ramp / 2)

    def point_at(self, d: float):
        import numpy as np

        if self.length <= 0:
            return self.points[0].copy()
        if d > self.length:  # keep walking round the loop
            loop = self.length - self.loop_from
            d = self.loop_from + ((d - self.loop_from) % loop) if loop > 1e-6 else self.length
        x = float(np.interp(d, self.arc, self.points[:, 0]))
        y = float(np.interp(d, self.arc, self.points[:, 1]))
        return np.array([x, y])

    def pose(self, t: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """((eye x, y), (look-at x, y)) at `t` seconds; the caller puts the eye 1.0 m above the
        ground there."""
        import numpy as np

        if self.centre is None:  # nothing built: look around slowly from the start
            heading = np.radians(self.start_heading + 35.0 * np.sin(t * 2 * np.pi / 24.0))
            return (float(self.start[0]), float(self.start[1])), (
                float(self.start[0] + 5 * np.cos(heading)), float(self.start[1] + 5 * np.sin(heading)))
        d = self.distance_at(t)
        eye = self.point_at(d)
        ahead = self.point_at(d + 4.0)
        if np.hypot(*(ahead - eye)) < 0.5:
            ahead = eye + (self.centre - eye)
        target = 0.6 * self.centre + 0.4 * ahead
        if np.hypot(*(target - eye)) < 1.0:
            target = ahead if np.hypot(*(ahead - eye)) >= 1.0 else eye + np.array([1.0, 0.0])
        return (float(eye[0]), float(eye[1])), (float(target[0]), float(target[1]))

    def vantage(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """A good single child's-eye picture: where the walk reaches the loop, looking at the
        blocks (for the sheet)."""
        if self.centre is None:
            return self.pose(0.0)
        eye = self.point_at(self.loop_from)
        return (float(eye[0]), float(eye[1])), (float(self.centre[0]), float(self.centre[1]))


