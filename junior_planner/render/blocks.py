"""The placed blocks of one proposal, drawn batched: one instanced draw per block type and level
of detail, whatever the number of blocks. Follows the editor's change records, touching only the
instances that changed."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset
from junior_planner.meshes.lod import simplify
from junior_planner.model.catalog import Catalog
from junior_planner.model.commands import Change
from junior_planner.model.entities import PlacedBlock
from junior_planner.render.instanced import InstancedDots, InstancedMesh
from junior_planner.render.proxies import dot_look, proxy_triangles
from junior_planner.render.shading import flat_shaded

ModelLoader = Callable[[str], MeshAsset]
FULL_PIXELS = 64.0  # a block drawn at least this big on screen is drawn with its whole model
DETAIL_PIXELS = 28.0  # ...smaller, its simplified model (MID_SHARE of the triangles); smaller than this, its two-box stand-in
MID_SHARE = 0.25
BOX_PIXELS = 20.0  # ...and smaller than this, a two-coloured dot (one point: InstancedDots)
CULL_STAND_INS = True  # the stand-in boxes are closed: their back faces are not drawn
MAX_FULL = 120  # at most this many full models at once (the biggest on screen): software GL is triangle-bound
FEW_BLOCKS = MAX_FULL  # a proposal with no more blocks than this draws each as its model, however small


@dataclass
class _TypeBatch:
    full: InstancedMesh
    mid: InstancedMesh
    proxy: InstancedMesh
    box: InstancedDots
    size: float  # metres: the larger of footprint and height, for the level-of-detail test
    uuids: list[str]
    rows: dict[str, int]
    places: np.ndarray  # (n, 5): x, y, z, yaw, scale
    dirty: bool = True


class BlockLayer:
    """Owns the GL items of all placed blocks. `items()` go into the view once; `apply(change)`
    and `set_blocks()` change what they draw; `update_detail(...)` picks full models for blocks
    that are big on screen and stand-ins for the rest."""

    def __init__(self, catalog: Catalog, load_model: ModelLoader, on_new_item: Callable[[object], None]):
        self.catalog = catalog
        self._load_model = load_model
        self._on_new_item = on_new_item
        self._batches: dict[str, _TypeBatch] = {}
        self._type_of: dict[str, str] = {}
        self._eye: Optional[np.ndarray] = None
        self._focal_px = 1000.0
        self._full_pixels = DETAIL_PIXELS
        # on-screen sizes from which a block is drawn as its model / its whole model; pictures set
        # both to 0: every block as its whole model (up to MAX_FULL), the time matters less there
        self.model_pixels = DETAIL_PIXELS
        self.whole_pixels = FULL_PIXELS
        self.few_blocks = FEW_BLOCKS
        self.hidden: set[str] = set()
        self.focus: set[str] = set()   # drawn as models whatever their size (the selected block)
        self._boxes = None

    # --- contents -----------------------------------------------------------------------------
    def _batch(self, block_type: str) -> Optional[_TypeBatch]:
        batch = self._batches.get(block_type)
        if batch is None:
            kind = self.catalog.get(block_type)
            if kind is None or not kind.model:
                return None
            asset = self._load_model(kind.model)
            full = InstancedMesh(*flat_shaded(asset))
            mid = InstancedMesh(*flat_shaded(simplify(asset, max(24, int(len(asset.faces) * MID_SHARE)))))
            proxy = InstancedMesh(*proxy_triangles(asset), closed=CULL_STAND_INS)
            box = InstancedDots(*dot_look(asset))
            box.focal_px = self._focal_px
            if self._eye is not None:
                box.eye = tuple(float(v) for v in self._eye)
            batch = _TypeBatch(full, mid, proxy, box, max(kind.width, kind.depth, kind.height), [], {},
                               np.zeros((0, 5), np.float32))
            self._batches[block_type] = batch
            for item in (full, mid, proxy, box):
                self._on_new_item(item)
        return batch

    def set_blocks(self, blocks: Iterable[PlacedBlock]) -> None:
        for batch in self._batches.values():
            batch.uuids, batch.rows, batch.places, batch.dirty = [], {}, np.zeros((0, 5), np.float32), True
        self._type_of.clear()
        grouped: dict[str, list[PlacedBlock]] = {}
        for b in blocks:
            grouped.setdefault(b.block_type, []).append(b)
        for block_type, group in grouped.items():
            batch = self._batch(block_type)
            if batch is None:
                continue
            batch.uuids = [b.uuid for b in group]
            batch.rows = {u: i for i, u in enumerate(batch.uuids)}
            batch.places = np.array([[b.x, b.y, b.z, b.yaw, b.scale] for b in group], dtype=np.float32)
            for b in group:
                self._type_of[b.uuid] = block_type
        self._refresh()

    def apply(self, change: Change) -> None:
        for uuid in change.blocks_removed:
            self._remove(uuid)
        for b in change.blocks_upserted:
            if self._type_of.get(b.uuid) not in (None, b.block_type):
                self._remove(b.uuid)
            batch = self._batch(b.block_type)
            if batch is None:
                continue
            row = batch.rows.get(b.uuid)
            place = np.array([b.x, b.y, b.z, b.yaw, b.scale], dtype=np.float32)
            if row is None:
                batch.rows[b.uuid] = len(batch.uuids)
                batch.uuids.append(b.uuid)
                batch.places = np.vstack([batch.places, place[None, :]])
                self._type_of[b.uuid] = b.block_type
            else:
                batch.places[row] = place
            batch.dirty = True
        self._refresh()

    def _remove(self, uuid: str) -> None:
        block_type = self._type_of.pop(uuid, None)
        batch = self._batches.get(block_type) if block_type else None
        if batch is None or uuid not in batch.rows:
            return
        row = batch.rows.pop(uuid)
        last = len(batch.uuids) - 1
        if row != last:  # move the last instance into the hole: O(1)
            moved = batch.uuids[last]
            batch.uuids[row] = moved
            batch.rows[moved] = row
            batch.places[row] = batch.places[last]
        batch.uuids.pop()
        batch.places = batch.places[:last]
        batch.dirty = True

    def set_hidden(self, uuids: Iterable[str]) -> None:
        """Blocks not to draw (the one being dragged is drawn as the ghost instead)."""
        self._set_uuids("hidden", set(uuids))

    def set_focus(self, uuids: Iterable[str]) -> None:
        """Blocks always drawn as their model, never as a stand-in (the selected one: its outline
        on the ground stays visible, not covered by a dot)."""
        self._set_uuids("focus", set(uuids))

    def _set_uuids(self, name: str, new: set[str]) -> None:
        """Replace the set `name` (hidden, focus), redrawing the types of the blocks that change."""
        for uuid in new ^ getattr(self, name):
            batch = self._batches.get(self._type_of.get(uuid, ""))
            if batch is not None:
                batch.dirty = True
        setattr(self, name, new)
        self._refresh()

    # --- level of detail ----------------------------------------------------------------------
    def update_detail(self, eye: np.ndarray, focal_px: float) -> None:
        """`focal_px`: pixels per unit of (size / distance) for the current camera."""
        self._eye, self._focal_px = np.asarray(eye, dtype=np.float32), float(focal_px)
        for batch in self._batches.values():
            batch.dirty = True
            batch.box.focal_px, batch.box.eye = self._focal_px, tuple(float(v) for v in self._eye)
        self._refresh()

    def _full_threshold(self) -> float:
        """On-screen size above which blocks are drawn as models: model_pixels, raised so that at
        most MAX_FULL blocks (the biggest on screen) are."""
        sizes = [self._pixels(batch, batch.places) for batch in self._batches.values() if len(batch.places)]
        if not sizes:
            return self.model_pixels
        every = np.concatenate(sizes)
        if len(every) <= self.few_blocks:   # a child's own few blocks: never stand-ins
            return 0.0
        if (every >= self.model_pixels).sum() <= MAX_FULL:
            return self.model_pixels
        return max(self.model_pixels, float(np.partition(every, len(every) - MAX_FULL)[len(every) - MAX_FULL]))

    def _pixels(self, batch: _TypeBatch, places: np.ndarray) -> np.ndarray:
        if self._eye is None:
            return np.full(len(places), np.inf)
        distance = np.linalg.norm(places[:, :3] - self._eye[None, :], axis=1)
        return batch.size * places[:, 4] * self._focal_px / np.maximum(distance, 1e-3)

    def _refresh(self) -> None:
        self._boxes = None
        if not any(batch.dirty for batch in self._batches.values()):
            return
        threshold = self._full_threshold()
        if threshold != self._full_pixels:  # the split moved: every type is redrawn with it
            self._full_pixels = threshold
            for batch in self._batches.values():
                batch.dirty = True
        for batch in self._batches.values():
            if not batch.dirty:
                continue
            places = batch.places
            forced = np.zeros(len(places), dtype=bool)
            for uuid in self.focus:
                row = batch.rows.get(uuid)
                if row is not None:
                    forced[row] = True
            if self.hidden and len(places):
                keep = np.array([u not in self.hidden for u in batch.uuids], dtype=bool)
                places, forced = places[keep], forced[keep]
            pixels = self._pixels(batch, places)
            near = (pixels >= self._full_pixels) | forced
            whole = near & (pixels >= self.whole_pixels)
            tiny = pixels < BOX_PIXELS
            batch.full.set_instances(places[whole])
            batch.mid.set_instances(places[near & ~whole])
            batch.proxy.set_instances(places[~near & ~tiny])
            batch.box.set_instances(places[~near & tiny])
            batch.dirty = False

    # --- picking --------------------------------------------------------------------------------
    def boxes(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """(uuids, centres (n, 3), yaws (n,), half sizes (n, 3)) of every drawn block, from the
        instance arrays (no per-block Python work); cached until the blocks change."""
        if self._boxes is None:
            uuids: list[str] = []
            centres, yaws, halves = [], [], []
            for block_type, batch in self._batches.items():
                kind = self.catalog.get(block_type)
                if kind is None or not len(batch.places):
                    continue
                places = batch.places
                keep = np.ones(len(places), dtype=bool)
                if self.hidden:
                    keep = np.array([u not in self.hidden for u in batch.uuids], dtype=bool)
                places = places[keep]
                scale = places[:, 4:5]
                half = np.array([kind.width / 2, kind.depth / 2, max(kind.height, 0.3) / 2]) * scale
                centre = places[:, :3] + np.column_stack([np.zeros((len(places), 2)), half[:, 2]])
                uuids += [u for u, k in zip(batch.uuids, keep) if k]
                centres.append(centre)
                yaws.append(places[:, 3])
                halves.append(half)
            if centres:
                self._boxes = (uuids, np.concatenate(centres), np.concatenate(yaws), np.concatenate(halves))
            else:
                self._boxes = ([], np.zeros((0, 3)), np.zeros(0), np.zeros((0, 3)))
        return self._boxes

    # --- questions ----------------------------------------------------------------------------
    def counts(self) -> dict[str, tuple[int, int]]:
        """block type -> (instances drawn in full, as stand-ins of either kind)."""
        return {t: (b.full.count + b.mid.count, b.proxy.count + b.box.count) for t, b in self._batches.items()}

    def triangles(self) -> tuple[int, int]:
        """(triangles drawn as full models, as stand-ins)."""
        full = sum(b.full.count * b.full.triangle_count + b.mid.count * b.mid.triangle_count for b in self._batches.values())
        stand_in = sum(b.proxy.count * b.proxy.triangle_count + b.box.count * b.box.triangle_count
                       for b in self._batches.values())
        return full, stand_in

    def draw_calls(self) -> int:
        return sum((b.full.count > 0) + (b.mid.count > 0) + (b.proxy.count > 0) + (b.box.count > 0)
                   for b in self._batches.values())


def focal_pixels(fov_degrees: float, width_px: int) -> float:
    """pyqtgraph's field of view is horizontal."""
    return width_px / (2.0 * math.tan(math.radians(fov_degrees) / 2.0))
