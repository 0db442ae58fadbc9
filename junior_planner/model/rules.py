"""The rules a proposal's blocks follow: on the site, on allowed ground, not overlapping, scaled
within the type's limits, within budget. A refusal carries a stable code so each screen can say
it in its own words and pictures (road, water, building, too close, over budget).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np

from junior_planner.model.catalog import BlockType, Catalog
from junior_planner.model.commands import Snapshot
from junior_planner.model.entities import PlacedBlock, Proposal, Workshop
from junior_planner.model.geometry import (
    aabb, footprint_corners, footprint_samples, points_in_polygon, polygons_overlap, rects_overlap,
)
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import STICKERS

CELL = 4.0  # metres; the occupancy grid's cell


@dataclass(frozen=True)
class Refusal:
    """Why an edit was not allowed. Codes: unknown-block, not-in-palette, not-a-number, outside,
    unknown-variant, road, water, building, tree, path, not-buildable, too-close, scale, over-budget, submitted,
    unknown-sticker, unknown-reason, empty-annotation, text-too-long; and from planning a command
    (commands.CommandError): no-such-block, no-such-annotation, duplicate-id, bad-field."""

    code: str
    detail: dict[str, Any] = field(default_factory=dict)


def block_corners(block: PlacedBlock, kind: BlockType) -> np.ndarray:
    return footprint_corners(block.x, block.y, kind.width * block.scale, kind.depth * block.scale, block.yaw)


class PlacementRules:
    """Checks edits for one proposal; keeps an occupancy grid in step with the proposal so a
    check costs the same with 10 blocks or 10,000."""

    MAX_TEXT = 500

    def __init__(self, site: Site, catalog: Catalog, workshop: Workshop):
        self.site, self.catalog, self.workshop = site, catalog, workshop
        self._cells: dict[tuple[int, int], set[str]] = defaultdict(set)
        self._corners: dict[str, np.ndarray] = {}
        self._cells_of: dict[str, list[tuple[int, int]]] = {}
        self._cost: dict[str, float] = {}
        self._zones_by_kind = [(z.kind, z.polygon, aabb(z.polygon)) for z in site.zones]

    # --- keeping the grid in step ---------------------------------------------------------
    def reset(self, blocks: Iterable[PlacedBlock]) -> None:
        self._cells.clear()
        self._corners.clear()
        self._cells_of.clear()
        self._cost.clear()
        for b in blocks:
            self._add(b)

    def update(self, upserted: Iterable[PlacedBlock], removed: Iterable[str]) -> None:
        for uuid in removed:
            self._remove(uuid)
        for b in upserted:
            self._remove(b.uuid)
            self._add(b)

    def _add(self, b: PlacedBlock) -> None:
        kind = self.catalog.get(b.block_type)
        if kind is None:
            return
        corners = block_corners(b, kind)
        cells = _cells_for(corners)
        self._corners[b.uuid] = corners
        self._cells_of[b.uuid] = cells
        self._cost[b.uuid] = kind.cost
        for c in cells:
            self._cells[c].add(b.uuid)

    def _remove(self, uuid: str) -> None:
        for c in self._cells_of.pop(uuid, ()):
            self._cells[c].discard(uuid)
        self._corners.pop(uuid, None)
        self._cost.pop(uuid, None)

    @property
    def budget_used(self) -> float:
        return float(sum(self._cost.values()))

    # --- checks -----------------------------------------------------------------------------
    def check(self, proposal: Proposal, after: Snapshot) -> Optional[Refusal]:
        if proposal.status != "draft":
            return Refusal("submitted")
        changing = set(after.blocks)
        for uuid, block in after.blocks.items():
            if block is None:
                continue
            refusal = self.check_block(block, ignore=changing, others=after)
            if refusal:
                return refusal
        budget = self.workshop.budget
        if budget is not None and any(b is not None for b in after.blocks.values()):
            cost = sum(v for u, v in self._cost.items() if u not in changing)
            cost += sum(self.catalog.blocks[b.block_type].cost for b in after.blocks.values() if b is not None)
            if cost > budget + 1e-9 and cost > self.budget_used:
                return Refusal("over-budget", {"budget": budget, "needed": cost})
        for annotation in after.annotations.values():
            if annotation is None:
                continue
            if annotation.sticker is not None and annotation.sticker not in STICKERS:
                return Refusal("unknown-sticker", {"sticker": annotation.sticker})
            unknown = [r for r in annotation.reasons if r not in self.workshop.reason_chips]
            if unknown:
                return Refusal("unknown-reason", {"reason": unknown[0]})
            if annotation.sticker is None and not annotation.reasons and not annotation.text.strip() and not annotation.audio_ref:
                return Refusal("empty-annotation")
            if len(annotation.text) > self.MAX_TEXT:
                return Refusal("text-too-long", {"limit": self.MAX_TEXT})
            if annotation.point is not None:
                if not all(math.isfinite(v) for v in annotation.point):
                    return Refusal("not-a-number")
                if not self.site.contains(np.array([annotation.point[:2]]))[0]:
                    return Refusal("outside")
        return None

    def check_block(self, block: PlacedBlock, ignore: set[str] = frozenset(), others: Optional[Snapshot] = None) -> Optional[Refusal]:
        kind = self.catalog.get(block.block_type)
        if kind is None:
            return Refusal("unknown-block", {"block": block.block_type})
        palette = self.workshop.palette
        if palette is not None and block.block_type not in palette:
            return Refusal("not-in-palette", {"block": block.block_type})
        if not all(math.isfinite(v) for v in (block.x, block.y, block.z, block.yaw, block.scale)):
            return Refusal("not-a-number")
        if block.variant and kind.variants and block.variant not in {v.id for v in kind.variants}:
            return Refusal("unknown-variant", {"variant": block.variant})
        if not (kind.scale_min - 1e-9 <= block.scale <= kind.scale_max + 1e-9):
            return Refusal("scale", {"min": kind.scale_min, "max": kind.scale_max})
        if max(abs(block.x), abs(block.y)) > 1e6:  # far beyond any site; also keeps the maths finite
            return Refusal("outside")
        corners = block_corners(block, kind)
        samples = footprint_samples(corners)
        if not self.site.contains(samples).all():
            return Refusal("outside")
        box = aabb(corners)
        for zone_kind, polygon, zbox in self._zones_by_kind:
            if zone_kind in kind.allowed_zones or not _boxes_meet(box, zbox):
                continue
            if polygons_overlap(corners, polygon):
                return Refusal(zone_kind)
        ok = np.zeros(len(samples), dtype=bool)
        for polygon in self.site.buildable:
            ok |= points_in_polygon(samples, polygon)
        for zone in self.site.zones:
            if zone.kind in kind.allowed_zones:
                ok |= points_in_polygon(samples, zone.polygon)
        if not ok.all():
            return Refusal("not-buildable")
        other = self._overlapping(block.uuid, corners, ignore)
        if other is None and others is not None:
            for uuid, b in others.blocks.items():
                if b is None or uuid == block.uuid:
                    continue
                k = self.catalog.get(b.block_type)
                if k is not None and rects_overlap(corners, block_corners(b, k)):
                    other = uuid
                    break
        if other is not None:
            return Refusal("too-close", {"other": other})
        return None

    def _overlapping(self, uuid: str, corners: np.ndarray, ignore: set[str]) -> Optional[str]:
        seen: set[str] = set()
        for cell in _cells_for(corners):
            for candidate in self._cells.get(cell, ()):
                if candidate == uuid or candidate in ignore or candidate in seen:
                    continue
                seen.add(candidate)
                if rects_overlap(corners, self._corners[candidate]):
                    return candidate
        return None


def _cells_for(corners: np.ndarray) -> list[tuple[int, int]]:
    x0, y0, x1, y1 = aabb(corners)
    return [(i, j)
            for i in range(math.floor(x0 / CELL), math.floor(x1 / CELL) + 1)
            for j in range(math.floor(y0 / CELL), math.floor(y1 / CELL) + 1)]


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
