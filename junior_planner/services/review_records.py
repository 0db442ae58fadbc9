"""The planners' review, its records: a bundle, a proposal as the review keeps it, a filter, a
heatmap layer and grid, a place on a site, and how children felt near it (Qt-free)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional

import numpy as np

from junior_planner.i18n import language
from junior_planner.services.errors import UserError


POSITIVE = ("love", "like", "idea")
NEGATIVE = ("worry", "unsafe")
DEFAULT_CELL_M = 5.0
NEAR_FEATURE_M = 10.0   # a note this close to a feature (steps, gate...) is about it
NEAR_ZONE_M = 3.0       # a note inside a zone, or this close to its edge, is about it
MAX_SNAPSHOT_BYTES = 32 * 1024 ** 2


class ReviewError(UserError):
    """A bundle cannot be reviewed; the message is one sentence naming the file."""


# --- the corpus ---------------------------------------------------------------------------------
@dataclass
class BundleInfo:
    path: Path
    workshop_id: str
    workshop_title: str
    site_id: str
    participants: dict[str, dict[str, Any]]        # code -> {"age_band", "consent", "proposals"}
    snapshots: dict[str, str]                      # member name -> sha256 from the manifest
    audio: dict[str, str]                          # sha256 -> member name
    snapshot_note: str = ""


@dataclass
class ProposalRecord:
    index: int
    key: str                       # "<workshop id>/<proposal id>": unique across bundles
    id: str
    title: str
    status: str
    site_id: str
    workshop_id: str
    workshop_title: str
    bundle: BundleInfo
    codes: tuple[str, ...]         # the group's participant codes (C01 ...)
    age_bands: tuple[str, ...]     # the group's bands, in AGE_BANDS order
    blocks: int
    annotations: int
    stickers: Counter
    reasons: Counter
    block_types: Counter
    has_voice: bool
    budget_used: float
    budget: Optional[float]
    indicators: list[dict[str, Any]]
    doc: dict[str, Any]
    search_text: str

    def snapshot_member(self, view: str) -> Optional[str]:
        name = f"snapshots/{self.id}-{view}.png"
        return name if name in self.bundle.snapshots else None


@dataclass(frozen=True)
class Filter:
    site: Optional[str] = None
    workshop: Optional[str] = None
    age_band: Optional[str] = None
    category: Optional[str] = None
    block_type: Optional[str] = None
    sticker: Optional[str] = None
    text: str = ""


@dataclass(frozen=True)
class Layer:
    """What a heatmap counts: all blocks, one category or one block type."""

    category: Optional[str] = None
    block_type: Optional[str] = None


@dataclass
class Heatmap:
    site_id: str
    cell_m: float
    origin: tuple[float, float]      # south-west corner of cell (0, 0), site-local metres
    counts: np.ndarray               # shape (ny, nx): row = north, column = east
    proposals: int                   # proposals behind this map (after the filter)
    by: str                          # "proposals" or "blocks"

    @property
    def shape(self) -> tuple[int, int]:
        return self.counts.shape  # type: ignore[return-value]

    def cell_of(self, x: float, y: float) -> Optional[tuple[int, int]]:
        i = int(math.floor((x - self.origin[0]) / self.cell_m))
        j = int(math.floor((y - self.origin[1]) / self.cell_m))
        ny, nx = self.counts.shape
        return (i, j) if 0 <= i < nx and 0 <= j < ny else None

    def cell_bounds(self, i: int, j: int) -> tuple[float, float, float, float]:
        x0 = self.origin[0] + i * self.cell_m
        y0 = self.origin[1] + j * self.cell_m
        return x0, y0, x0 + self.cell_m, y0 + self.cell_m


@dataclass
class Place:
    """A part of the site notes can be about: a feature (a point) or a named group of zones."""

    id: str
    names: Mapping[str, str]
    kind: str
    point: Optional[tuple[float, float]] = None
    polygons: tuple[np.ndarray, ...] = ()

    def name(self, lang: Optional[str] = None) -> str:
        lang = lang or language()
        return self.names.get(lang) or self.names.get("en") or self.id


@dataclass
class Sentiment:
    place: Place
    positive: int
    negative: int
    by_sticker: dict[str, int]
