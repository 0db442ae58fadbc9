"""The planners' review: many bundles read (and checked) into one in-memory corpus, filters, and
the patterns a planner looks for (where children built, what they built and why, by age band,
how they felt about each part of the site). Qt-free; the review window and the PDF report draw
what this module computes.

Everything per block and per note is kept in flat numpy arrays, so a filter change recomputes a
heatmap over thousands of proposals in a few milliseconds.

Fairness: heatmaps count *proposals* per cell by default (a group that placed ten trees in one
corner counts once there), and every aggregate says how many proposals and children it rests on.
A group proposal with children of several age bands counts in each of those bands.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

import numpy as np

from junior_planner.exchange import bundle as fmt
from junior_planner.exchange.safezip import BundleError, SafeZip
from junior_planner.i18n import N_, _, language, translate
from junior_planner.model.catalog import Catalog
from junior_planner.exchange.proposal_json import fill_content
from junior_planner.model.entities import PlacedBlock, Proposal, ProposalDetails
from junior_planner.model.geometry import points_in_polygon
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import AGE_BANDS, DEFAULT_REASON_CHIPS, STICKERS
from junior_planner.model.indicators import format_number
from junior_planner.services import indicators as indicator_service
from junior_planner.services import library
from junior_planner.services.errors import UserError
from junior_planner.services.messages import REASON_NAMES, STICKER_NAMES

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


class Corpus:
    """Proposals from many bundles, with flat arrays for fast aggregates."""

    def __init__(self, catalog: Optional[Catalog] = None):
        self.catalog = catalog or library.load_catalog()
        self.records: list[ProposalRecord] = []
        self.bundles: list[BundleInfo] = []
        self.sites: dict[str, Site] = {}
        self.problems: list[str] = []
        self.type_ids: list[str] = sorted(self.catalog.blocks)
        self.category_ids: list[str] = list(self.catalog.categories)
        self.reason_ids: list[str] = list(DEFAULT_REASON_CHIPS)
        self._keys: dict[str, int] = {}
        self._pending: dict[str, list] = {k: [] for k in ("b_prop", "b_type", "b_x", "b_y", "n_prop", "n_sticker",
                                                          "n_x", "n_y", "n_band", "n_reasons")}
        self._arrays_dirty = True
        self.known_keys: set[str] = set()   # proposals another corpus already has (skipped here)

    # --- building ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def record(self, key: str) -> Optional[ProposalRecord]:
        i = self._keys.get(key)
        return self.records[i] if i is not None else None

    def keys(self) -> list[str]:
        return list(self._keys)

    def merge(self, other: "Corpus") -> int:
        """Add another corpus's proposals (loaded in a worker thread) to this one."""
        offset = len(self.records)
        added = 0
        type_map = [self._type_index(t) for t in other.type_ids]
        reason_map = [self._reason_index(r) for r in other.reason_ids]
        self.bundles.extend(other.bundles)
        self.problems.extend(other.problems)
        for site_id, site in other.sites.items():
            self.sites.setdefault(site_id, site)
        mine, theirs = self._pending, other._pending
        skip = set()
        for record in other.records:
            if record.key in self._keys:
                skip.add(record.index)
                continue
        index_map = {}
        for record in other.records:
            if record.index in skip:
                continue
            index_map[record.index] = offset + added
            record.index = offset + added
            self.records.append(record)
            self._keys[record.key] = record.index
            added += 1
        for k, prop in enumerate(theirs["b_prop"]):
            if prop in index_map:
                mine["b_prop"].append(index_map[prop])
                mine["b_type"].append(type_map[theirs["b_type"][k]])
                mine["b_x"].append(theirs["b_x"][k])
                mine["b_y"].append(theirs["b_y"][k])
        for k, prop in enumerate(theirs["n_prop"]):
            if prop in index_map:
                mine["n_prop"].append(index_map[prop])
                for key in ("n_sticker", "n_x", "n_y", "n_band"):
                    mine[key].append(theirs[key][k])
                mine["n_reasons"].append([reason_map[r] for r in theirs["n_reasons"][k]])
        self._arrays_dirty = True
        self._arrays()
        return added

    def _type_index(self, block_type: str) -> int:
        if block_type not in self.type_ids:
            self.type_ids.append(block_type)
        return self.type_ids.index(block_type)

    def _reason_index(self, reason: str) -> int:
        if reason not in self.reason_ids:
            self.reason_ids.append(reason)
        return self.reason_ids.index(reason)

    def add_bundle(self, checked: fmt.CheckedBundle) -> int:
        """Add a checked bundle's proposals; returns how many were new (a proposal already in the
        corpus, from the same workshop, is skipped)."""
        m = checked.manifest
        files = m["files"]
        info = BundleInfo(
            path=Path(checked.path), workshop_id=m["workshop"]["id"], workshop_title=m["workshop"]["title"],
            site_id=m["site"]["id"], participants={p["code"]: p for p in m["participants"]},
            snapshots={n: e["sha256"] for n, e in files.items() if n.startswith("snapshots/")},
            audio={n[len("audio/"):-len(".wav")]: n for n in files if n.startswith("audio/")},
            snapshot_note=m.get("snapshots", {}).get("note", ""))
        site = self.site(info.site_id, m["site"])
        calc = None
        definitions = None
        if site is not None and site.source != "review":
            try:
                definitions = indicator_service.load_definitions(catalog=self.catalog)
                calc = indicator_service.calculator(definitions, self.catalog, site)
            except Exception:  # noqa: BLE001 - a broken definitions file must not stop a review
                calc = None
        budget = m["workshop"]["settings"].get("budget")
        self.bundles.append(info)
        added = 0
        for entry in m["proposals"]:
            doc = checked.proposals.get(entry["id"])
            if doc is None:
                continue
            key = f"{info.workshop_id}/{doc['id']}"
            if key in self._keys or key in self.known_keys:
                continue
            self._add_proposal(doc, info, calc, budget)
            added += 1
        self._arrays_dirty = True
        return added

    def site(self, site_id: str, manifest_site: Optional[Mapping[str, Any]] = None) -> Optional[Site]:
        if site_id in self.sites:
            return self.sites[site_id]
        found = library.site(site_id)
        if found is None:
            found = _stand_in_site(site_id, (manifest_site or {}).get("names") or {})
        self.sites[site_id] = found
        return found

    def _add_proposal(self, doc: dict[str, Any], info: BundleInfo, calc, budget: Optional[float]) -> None:
        index = len(self.records)
        codes = tuple(p["code"] for p in doc["participants"])
        bands_of = {c: info.participants.get(c, {}).get("age_band") for c in codes}
        bands = tuple(b for b in AGE_BANDS if b in bands_of.values())
        positions = {b["uuid"]: b["position"] for b in doc["blocks"]}
        p = self._pending
        types: Counter = Counter()
        cost = 0.0
        for b in doc["blocks"]:
            types[b["type"]] += 1
            kind = self.catalog.get(b["type"])
            cost += kind.cost if kind else 0.0
            p["b_prop"].append(index)
            p["b_type"].append(self._type_index(b["type"]))
            p["b_x"].append(b["position"][0])
            p["b_y"].append(b["position"][1])
        stickers: Counter = Counter()
        reasons: Counter = Counter()
        voice = False
        texts = [doc["title"]]
        for a in doc["annotations"]:
            if a["sticker"]:
                stickers[a["sticker"]] += 1
            for r in a["reasons"]:
                reasons[r] += 1
            voice = voice or bool(a["audio"] and a["audio"] in info.audio)
            if a["text"]:
                texts.append(a["text"])
            where = a["anchor"].get("point") if a["anchor"].get("block") is None else positions.get(a["anchor"]["block"])
            where = where or (math.nan, math.nan)
            author_band = info.participants.get(a["author"] or "", {}).get("age_band")
            p["n_prop"].append(index)
            p["n_sticker"].append(STICKERS.index(a["sticker"]) if a["sticker"] in STICKERS else -1)
            p["n_x"].append(where[0])
            p["n_y"].append(where[1])
            p["n_band"].append(AGE_BANDS.index(author_band) if author_band in AGE_BANDS else -1)
            p["n_reasons"].append([self._reason_index(r) for r in a["reasons"]])
        indicators = list(doc.get("indicators", {}).get("items", []))
        if calc is not None:
            placed = [PlacedBlock(uuid=b["uuid"], block_type=b["type"], x=float(b["position"][0]),
                                  y=float(b["position"][1]), z=float(b["position"][2]), yaw=float(b["yaw"]),
                                  scale=float(b["scale"]), variant=b["variant"])
                      for b in doc["blocks"] if b["type"] in self.catalog]
            indicators = [r.to_dict() for r in calc.compute(placed, budget)]
        record = ProposalRecord(
            index=index, key=f"{info.workshop_id}/{doc['id']}", id=doc["id"], title=doc["title"], status=doc["status"],
            site_id=info.site_id, workshop_id=info.workshop_id, workshop_title=info.workshop_title, bundle=info,
            codes=codes, age_bands=bands, blocks=len(doc["blocks"]), annotations=len(doc["annotations"]),
            stickers=stickers, reasons=reasons, block_types=types, has_voice=voice, budget_used=cost,
            budget=budget, indicators=indicators, doc=doc, search_text=" ".join(texts).casefold())
        self.records.append(record)
        self._keys[record.key] = index

    # --- arrays -----------------------------------------------------------------------------------
    def _arrays(self) -> None:
        if not self._arrays_dirty:
            return
        p = self._pending
        self.b_prop = np.asarray(p["b_prop"], dtype=np.int32)
        self.b_type = np.asarray(p["b_type"], dtype=np.int32)
        self.b_xy = np.column_stack([np.asarray(p["b_x"], float), np.asarray(p["b_y"], float)]) if p["b_x"] \
            else np.zeros((0, 2))
        cat_of_type = np.array([self.category_ids.index(self.catalog.blocks[t].category)
                                if t in self.catalog.blocks and self.catalog.blocks[t].category in self.category_ids else -1
                                for t in self.type_ids] or [-1], dtype=np.int32)
        self.b_cat = cat_of_type[self.b_type] if len(self.b_type) else np.zeros(0, np.int32)
        self.n_prop = np.asarray(p["n_prop"], dtype=np.int32)
        self.n_sticker = np.asarray(p["n_sticker"], dtype=np.int32)
        self.n_xy = np.column_stack([np.asarray(p["n_x"], float), np.asarray(p["n_y"], float)]) if p["n_x"] \
            else np.zeros((0, 2))
        self.n_band = np.asarray(p["n_band"], dtype=np.int32)
        self.n_reason = np.zeros((len(p["n_reasons"]), len(self.reason_ids)), dtype=bool)
        for row, ids in enumerate(p["n_reasons"]):
            self.n_reason[row, ids] = True
        n = len(self.records)
        site_ids = sorted({r.site_id for r in self.records})
        self._site_ids = site_ids
        self.p_site = np.array([site_ids.index(r.site_id) for r in self.records], dtype=np.int32)
        ws_ids = sorted({r.workshop_id for r in self.records})
        self._ws_ids = ws_ids
        self.p_workshop = np.array([ws_ids.index(r.workshop_id) for r in self.records], dtype=np.int32)
        self.p_bands = np.zeros((n, len(AGE_BANDS)), dtype=bool)
        for r in self.records:
            for b in r.age_bands:
                self.p_bands[r.index, AGE_BANDS.index(b)] = True
        self._arrays_dirty = False

    # --- filters ----------------------------------------------------------------------------------
    def mask(self, f: Filter = Filter()) -> np.ndarray:
        """Which proposals pass the filter (a bool per record)."""
        self._arrays()
        n = len(self.records)
        keep = np.ones(n, dtype=bool)
        if f.site:
            keep &= self.p_site == (self._site_ids.index(f.site) if f.site in self._site_ids else -1)
        if f.workshop:
            keep &= self.p_workshop == (self._ws_ids.index(f.workshop) if f.workshop in self._ws_ids else -1)
        if f.age_band:
            keep &= self.p_bands[:, AGE_BANDS.index(f.age_band)] if f.age_band in AGE_BANDS else False
        if f.category or f.block_type:
            sel = self._block_layer(Layer(f.category, f.block_type))
            has = np.zeros(n, dtype=bool)
            has[self.b_prop[sel]] = True
            keep &= has
        if f.sticker:
            code = STICKERS.index(f.sticker) if f.sticker in STICKERS else -2
            has = np.zeros(n, dtype=bool)
            has[self.n_prop[self.n_sticker == code]] = True
            keep &= has
        text = f.text.strip().casefold()
        if text:
            keep &= np.fromiter((text in r.search_text or text in r.id for r in self.records), dtype=bool, count=n)
        return keep

    def select(self, f: Filter = Filter()) -> list[ProposalRecord]:
        return [self.records[i] for i in np.flatnonzero(self.mask(f))]

    def _block_layer(self, layer: Layer) -> np.ndarray:
        self._arrays()
        sel = np.ones(len(self.b_prop), dtype=bool)
        if layer.category:
            code = self.category_ids.index(layer.category) if layer.category in self.category_ids else -2
            sel &= self.b_cat == code
        if layer.block_type:
            code = self.type_ids.index(layer.block_type) if layer.block_type in self.type_ids else -2
            sel &= self.b_type == code
        return sel

    # --- heatmaps ---------------------------------------------------------------------------------
    def grid(self, site_id: str, cell_m: float = DEFAULT_CELL_M) -> tuple[tuple[float, float], int, int]:
        site = self.sites[site_id]
        lo = site.bounds.min(axis=0)
        hi = site.bounds.max(axis=0)
        nx = max(1, int(math.ceil((hi[0] - lo[0]) / cell_m - 1e-9)))
        ny = max(1, int(math.ceil((hi[1] - lo[1]) / cell_m - 1e-9)))
        return (float(lo[0]), float(lo[1])), nx, ny

    def _cells(self, site_id: str, mask: np.ndarray, layer: Layer, cell_m: float):
        origin, nx, ny = self.grid(site_id, cell_m)
        sel = mask[self.b_prop] & self._block_layer(layer) if len(self.b_prop) else np.zeros(0, bool)
        xy = self.b_xy[sel]
        props = self.b_prop[sel]
        i = np.floor((xy[:, 0] - origin[0]) / cell_m).astype(np.int64)
        j = np.floor((xy[:, 1] - origin[1]) / cell_m).astype(np.int64)
        inside = (i >= 0) & (i < nx) & (j >= 0) & (j < ny)
        return origin, nx, ny, (j * nx + i)[inside], props[inside]

    def heatmap(self, site_id: str, f: Filter = Filter(), layer: Layer = Layer(), cell_m: float = DEFAULT_CELL_M,
                by: str = "proposals") -> Heatmap:
        """Counts per cell of `cell_m` metres over the site plan: the number of proposals with at
        least one matching block in the cell (by="proposals", the fair default) or of blocks."""
        mask = self.mask(Filter(**{**f.__dict__, "site": site_id}))
        origin, nx, ny, cell, props = self._cells(site_id, mask, layer, cell_m)
        if by == "proposals" and len(cell):
            cell = np.unique(props.astype(np.int64) * (nx * ny) + cell) % (nx * ny)
        counts = np.bincount(cell, minlength=nx * ny).reshape(ny, nx)
        return Heatmap(site_id, cell_m, origin, counts, int(mask.sum()), by)

    def proposals_in_cell(self, heatmap: Heatmap, i: int, j: int, f: Filter = Filter(),
                          layer: Layer = Layer()) -> list[ProposalRecord]:
        """The proposals behind one heatmap cell (column i east, row j north)."""
        mask = self.mask(Filter(**{**f.__dict__, "site": heatmap.site_id}))
        origin, nx, ny, cell, props = self._cells(heatmap.site_id, mask, layer, heatmap.cell_m)
        hits = np.unique(props[cell == j * nx + i])
        return [self.records[k] for k in hits]

    # --- counts by age band ---------------------------------------------------------------------------
    def block_types_by_band(self, f: Filter = Filter()) -> dict[str, dict[str, int]]:
        """{block type: {age band: number of blocks}}: a block counts for every band of its group."""
        mask = self.mask(f)
        sel = mask[self.b_prop] if len(self.b_prop) else np.zeros(0, bool)
        result: dict[str, dict[str, int]] = {}
        bands = self.p_bands[self.b_prop[sel]] if sel.any() else np.zeros((0, len(AGE_BANDS)), bool)
        types = self.b_type[sel]
        for k, band in enumerate(AGE_BANDS):
            counts = np.bincount(types[bands[:, k]], minlength=len(self.type_ids))
            for t in np.flatnonzero(counts):
                result.setdefault(self.type_ids[t], {b: 0 for b in AGE_BANDS})[band] = int(counts[t])
        return dict(sorted(result.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def reasons_by_band(self, f: Filter = Filter()) -> dict[str, dict[str, int]]:
        """{reason: {age band: number of notes}}: a note counts for its author's band, or for every
        band of the group when it has no author."""
        mask = self.mask(f)
        sel = mask[self.n_prop] if len(self.n_prop) else np.zeros(0, bool)
        result: dict[str, dict[str, int]] = {}
        if not sel.any():
            return result
        reasons = self.n_reason[sel]
        author = self.n_band[sel]
        group = self.p_bands[self.n_prop[sel]]
        for k, band in enumerate(AGE_BANDS):
            in_band = np.where(author >= 0, author == k, group[:, k])
            counts = reasons[in_band].sum(axis=0)
            for r in np.flatnonzero(counts):
                result.setdefault(self.reason_ids[r], {b: 0 for b in AGE_BANDS})[band] = int(counts[r])
        return dict(sorted(result.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def participants_by_band(self, f: Filter = Filter()) -> dict[str, int]:
        """Children (distinct codes per bundle) behind the selected proposals, per age band."""
        seen: set[tuple[str, str]] = set()
        counts = {b: 0 for b in AGE_BANDS}
        for r in self.select(f):
            for code in r.codes:
                if (r.workshop_id, code) in seen:
                    continue
                seen.add((r.workshop_id, code))
                band = r.bundle.participants.get(code, {}).get("age_band")
                if band in counts:
                    counts[band] += 1
        return counts

    # --- sentiment per place --------------------------------------------------------------------------
    def places(self, site_id: str) -> list[Place]:
        site = self.sites[site_id]
        places: list[Place] = []
        for k, feature in enumerate(site.features):
            pos = feature.get("position") or [0, 0]
            places.append(Place(f"feature-{k}", dict(feature.get("names") or {"en": str(feature.get("kind", ""))}),
                                str(feature.get("kind", "")), point=(float(pos[0]), float(pos[1]))))
        groups: dict[tuple[str, str], list] = {}
        names: dict[tuple[str, str], Mapping[str, str]] = {}
        for zone in site.zones:
            key = (zone.kind, zone.names.get("en", zone.kind))
            groups.setdefault(key, []).append(zone.polygon)
            names[key] = dict(zone.names) or {"en": zone.kind}
        for (kind, name), polygons in groups.items():
            places.append(Place(f"zone-{kind}-{name}", names[(kind, name)], kind, polygons=tuple(polygons)))
        return places

    def sentiment(self, site_id: str, f: Filter = Filter()) -> list[Sentiment]:
        """Per place: notes with love/like/idea stickers against worry/unsafe ones near it."""
        mask = self.mask(Filter(**{**f.__dict__, "site": site_id}))
        sel = (mask[self.n_prop] & (self.n_sticker >= 0) & np.isfinite(self.n_xy[:, 0])) if len(self.n_prop) \
            else np.zeros(0, bool)
        xy = self.n_xy[sel]
        stickers = self.n_sticker[sel]
        result = []
        for place in self.places(site_id):
            near = _near(place, xy)
            counts = np.bincount(stickers[near], minlength=len(STICKERS))
            by = {s: int(counts[k]) for k, s in enumerate(STICKERS)}
            result.append(Sentiment(place, sum(by[s] for s in POSITIVE), sum(by[s] for s in NEGATIVE), by))
        result.sort(key=lambda s: (-(s.positive + s.negative), s.place.name()))
        return result

    # --- words ----------------------------------------------------------------------------------------
    def top_reasons(self, f: Filter = Filter(), limit: int = 3) -> list[tuple[str, int]]:
        """(reason, proposals that gave it) for the most given reasons."""
        counts: Counter = Counter()
        for r in self.select(f):
            counts.update(set(r.reasons))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def top_block_types(self, f: Filter = Filter(), limit: int = 3) -> list[tuple[str, int]]:
        counts: Counter = Counter()
        for r in self.select(f):
            counts.update(set(r.block_types))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def indicator_summary(self, f: Filter = Filter()) -> list[str]:
        """One line per child-friendly indicator over the selected proposals: the average, said
        the way the kiosk says it, and how many proposals meet the target."""
        per_id: dict[str, list[dict[str, Any]]] = {}
        for record in self.select(f):
            for item in record.indicators:
                if item.get("applicable", item.get("value") is not None) and item.get("value") is not None:
                    per_id.setdefault(item["id"], []).append(item)
        if not per_id:
            return []
        definitions = {d.id: d for d in indicator_service.load_definitions(catalog=self.catalog).definitions}
        lines = []
        for indicator_id, items in per_id.items():
            mean = float(np.mean([float(i["value"]) for i in items]))
            d = definitions.get(indicator_id)
            caption = items[0].get("captions", {}).get(language()) or indicator_id
            if d is not None:
                texts = d.captions if d.target is not None or not d.captions_no_target else d.captions_no_target
                template = texts.get(language()) or texts.get("en", "")
                details = items[0].get("details") or {}
                try:
                    caption = template.format(value=format_number(mean),
                                              target=format_number(d.target.value) if d.target else "",
                                              distance=format_number(float(d.params.get("distance_m", 0))),
                                              total=format_number(float(details.get("total", 0))))
                except (KeyError, IndexError, ValueError):
                    pass
            judged = [i for i in items if i.get("met") is not None]
            if judged:
                met = sum(1 for i in judged if i["met"])
                lines.append(_("{caption} on average; target met in {met} of {total} proposals").format(
                    caption=caption, met=met, total=len(judged)))
            else:
                lines.append(_("{caption} on average").format(caption=caption))
        return lines

    def summary_sentence(self, f: Filter = Filter()) -> str:
        """One plain sentence (or three) on what children asked for most, and who they were."""
        total = int(self.mask(f).sum())
        if total == 0:
            return _("No proposals match these filters.")
        parts = []
        reasons = self.top_reasons(f)
        if reasons:
            items = [_("{thing} ({count} of {total} proposals)").format(thing=reason_name(reasons[0][0]),
                                                                        count=reasons[0][1], total=total)]
            items += [_("{thing} ({count})").format(thing=reason_name(r), count=c) for r, c in reasons[1:]]
            parts.append(_join(items, N_("Children most often asked for {first}."),
                               N_("Children most often asked for {first} and {second}."),
                               N_("Children most often asked for {first}, {second} and {third}.")))
        else:
            parts.append(_("No reasons were given in these {total} proposals.").format(total=total))
        types = self.top_block_types(f)
        if types:
            items = [_("{thing} ({count} of {total} proposals)").format(thing=self.block_name(types[0][0], True),
                                                                        count=types[0][1], total=total)]
            items += [_("{thing} ({count})").format(thing=self.block_name(t, True), count=c) for t, c in types[1:]]
            parts.append(_join(items, N_("They most often placed {first}."),
                               N_("They most often placed {first} and {second}."),
                               N_("They most often placed {first}, {second} and {third}.")))
        bands = self.participants_by_band(f)
        shown = [_("{band}: {count}").format(band=b, count=c) for b, c in bands.items() if c]
        parts.append(_("These come from {children} children (ages {bands}).").format(
            children=sum(bands.values()), bands=_(", ").join(shown) if shown else "-"))
        return ("" if language() == "zh_CN" else " ").join(parts)

    def block_name(self, block_type: str, in_sentence: bool = False) -> str:
        kind = self.catalog.get(block_type)
        name = kind.name(language()) if kind else block_type
        return name.lower() if in_sentence and language() == "en" else name

    def category_name(self, category: str) -> str:
        c = self.catalog.categories.get(category)
        return (c.names.get(language()) or c.names.get("en") or category) if c else category


def _join(items: Sequence[str], one: str, two: str, three: str) -> str:
    if len(items) == 1:
        return translate(one).format(first=items[0])
    if len(items) == 2:
        return translate(two).format(first=items[0], second=items[1])
    return translate(three).format(first=items[0], second=items[1], third=items[2])


def reason_name(reason: str) -> str:
    return translate(REASON_NAMES[reason]) if reason in REASON_NAMES else reason


def sticker_name(sticker: str) -> str:
    return translate(STICKER_NAMES[sticker]) if sticker in STICKER_NAMES else sticker


def _near(place: Place, xy: np.ndarray) -> np.ndarray:
    if not len(xy):
        return np.zeros(0, dtype=bool)
    if place.point is not None:
        d = np.hypot(xy[:, 0] - place.point[0], xy[:, 1] - place.point[1])
        return d <= NEAR_FEATURE_M
    near = np.zeros(len(xy), dtype=bool)
    for polygon in place.polygons:
        near |= points_in_polygon(xy, polygon)
        near |= _distance_to_edges(xy, polygon) <= NEAR_ZONE_M
    return near


def _distance_to_edges(xy: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    a = polygon
    b = np.roll(polygon, -1, axis=0)
    ab = b - a                                                    # (e, 2)
    ap = xy[:, None, :] - a[None, :, :]                           # (n, e, 2)
    t = np.clip((ap * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0.0, 1.0)
    closest = a[None] + t[..., None] * ab[None]
    return np.sqrt(((xy[:, None, :] - closest) ** 2).sum(-1)).min(axis=1)


def _stand_in_site(site_id: str, names: Mapping[str, str]) -> Site:
    """A site not installed here: a square outline big enough for any block, no zones."""
    bounds = np.array([[-100.0, -100.0], [100.0, -100.0], [100.0, 100.0], [-100.0, 100.0]])
    return Site(id=site_id, names=dict(names) or {"en": site_id}, bounds=bounds, buildable=[bounds], zones=[],
                source="review")


# --- loading ------------------------------------------------------------------------------------
Progress = Callable[[int, int, str], None]


def check_for_review(path: Path) -> fmt.CheckedBundle:
    """Check one bundle the way `junior-planner validate` does; refuse it with one sentence."""
    path = Path(path)
    try:
        checked = fmt.check_bundle(path)
    except BundleError as exc:
        raise ReviewError(str(exc)) from None
    except OSError as exc:
        raise ReviewError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    if checked.problems:
        more = len(checked.problems) - 1
        raise ReviewError(checked.problems[0] + (" " + _("(and {count} more problems; see 'junior-planner validate')").format(
            count=more) if more else ""))
    return checked


def load_bundles(paths: Iterable[Path | str], corpus: Optional[Corpus] = None, progress: Optional[Progress] = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Corpus:
    """Check and add each bundle; a bundle that fails is skipped and its one-sentence problem kept
    in `corpus.problems` (a planner with fifty bundles should not lose forty-nine to one)."""
    corpus = Corpus() if corpus is None else corpus
    paths = [Path(p) for p in paths]
    for n, path in enumerate(paths):
        if cancelled():
            break
        if progress:
            progress(n, len(paths), path.name)
        try:
            corpus.add_bundle(check_for_review(path))
        except ReviewError as exc:
            corpus.problems.append(str(exc))
    if progress:
        progress(len(paths), len(paths), "")
    corpus._arrays()
    return corpus


def read_member(record: ProposalRecord, name: str, expected_sha: Optional[str], limit: int = MAX_SNAPSHOT_BYTES) -> bytes:
    """One member (a snapshot, a voice note) of the record's bundle, read through the safe zip
    reader and checked against the manifest's checksum again (the file may have changed since)."""
    import hashlib

    try:
        with SafeZip(record.bundle.path) as zf:
            data = zf.read(name, limit)
    except (BundleError, OSError, KeyError) as exc:
        raise ReviewError(_("{file}: cannot read '{name}' ({reason})").format(
            file=record.bundle.path.name, name=name, reason=exc)) from None
    if expected_sha and hashlib.sha256(data).hexdigest() != expected_sha:
        raise ReviewError(_("{file}: '{name}' does not match its sha256 checksum").format(file=record.bundle.path.name, name=name))
    return data


def snapshot_png(record: ProposalRecord, view: str) -> Optional[bytes]:
    name = record.snapshot_member(view)
    if name is None:
        return None
    return read_member(record, name, record.bundle.snapshots[name])


def voice_note(record: ProposalRecord, sha: str) -> Optional[bytes]:
    name = record.bundle.audio.get(sha)
    if name is None:
        return None
    return read_member(record, name, sha, fmt.MAX_AUDIO_BYTES)


def to_proposal(record: ProposalRecord) -> Proposal:
    """The record as a model Proposal (for the 3D view and pictures); codes stand for people."""
    doc = record.doc
    proposal = Proposal(id=doc["id"], workshop_id=record.workshop_id, created_at=doc["created_at"],
                        updated_at=doc["updated_at"], status=doc["status"], submitted_at=doc["submitted_at"],
                        participants=list(record.codes),
                        details=ProposalDetails(title=doc["title"], favourite_block=doc["favourite_block"]))
    return fill_content(proposal, doc)


def annotation_position(record: ProposalRecord, annotation: Mapping[str, Any]) -> Optional[tuple[float, float, float]]:
    anchor = annotation["anchor"]
    if anchor.get("block"):
        for b in record.doc["blocks"]:
            if b["uuid"] == anchor["block"]:
                return tuple(float(v) for v in b["position"])  # type: ignore[return-value]
        return None
    point = anchor.get("point")
    return tuple(float(v) for v in point) if point is not None else None  # type: ignore[return-value]
