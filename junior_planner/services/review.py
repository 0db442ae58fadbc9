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
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

import numpy as np

from junior_planner.exchange import bundle as fmt
from junior_planner.exchange import bundle_check
from junior_planner.exchange.safezip import BundleError, SafeZip
from junior_planner.i18n import _, n_
from junior_planner.model.catalog import Catalog
from junior_planner.exchange.proposal_json import fill_content
from junior_planner.model.entities import PlacedBlock, Proposal, ProposalDetails
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import AGE_BANDS, DEFAULT_REASON_CHIPS, STICKERS
from junior_planner.services import indicators as indicator_service
from junior_planner.services.library import Library
from junior_planner.services.errors import UserError
from junior_planner.services.library import LibraryError

from junior_planner.services.review_patterns import Patterns  # noqa: F401
from junior_planner.services.review_records import (  # noqa: F401 - the review's names, in one place
    DEFAULT_CELL_M, MAX_SNAPSHOT_BYTES, NEAR_FEATURE_M, NEAR_ZONE_M, NEGATIVE, POSITIVE, BundleInfo, Filter,
    Heatmap, Layer, Place, ProposalRecord, ReviewError, Sentiment,
)


class Corpus(Patterns):
    """Proposals from many bundles, with flat arrays for fast aggregates."""

    def __init__(self, catalog: Optional[Catalog] = None):
        self.catalog = catalog or Library.of().catalog
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
    def close(self) -> None:
        """Let go of what the corpus holds open (nothing for bundles; the archive's connection)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

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

    def add_bundle(self, checked: bundle_check.CheckedBundle) -> int:
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
            except (UserError, LibraryError, ValueError):  # a broken definitions file must not stop a review
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
        """The installed site, else a stand-in with the names (and outline, when known) given."""
        if site_id in self.sites:
            return self.sites[site_id]
        found = Library.of().site(site_id)
        if found is None:
            found = _stand_in_site(site_id, (manifest_site or {}).get("names") or {},
                                   (manifest_site or {}).get("outline"))
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
            where = note_place(a, positions) or (math.nan, math.nan)
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


def _stand_in_site(site_id: str, names: Mapping[str, str], outline: Optional[Any] = None) -> Site:
    """A site not installed here: its outline when known (the city archive keeps it), else a square
    big enough for any block; no zones."""
    bounds = np.asarray(outline if outline else [[-100.0, -100.0], [100.0, -100.0], [100.0, 100.0], [-100.0, 100.0]],
                        dtype=np.float64)
    return Site(id=site_id, names=dict(names) or {"en": site_id}, bounds=bounds, buildable=[bounds], zones=[],
                source="review")


# --- loading ------------------------------------------------------------------------------------
Progress = Callable[[int, int, str], None]


def check_for_review(path: Path) -> bundle_check.CheckedBundle:
    """Check one bundle the way `junior-planner validate` does; refuse it with one sentence."""
    path = Path(path)
    try:
        checked = bundle_check.check_bundle(path)
    except BundleError as exc:
        raise ReviewError(str(exc)) from None
    except OSError as exc:
        raise ReviewError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    if checked.problems:
        more = len(checked.problems) - 1
        raise ReviewError(checked.problems[0] + (" " + n_("(and %n more problems; see 'junior-planner validate')", more) if more else ""))
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


def note_place(annotation: Mapping[str, Any], positions: Mapping[str, Any]) -> Optional[Any]:
    """Where a note is (x, y, z): its block's position (`positions`: block uuid -> position) when it
    is on a block, else its own point; None when neither is known."""
    anchor = annotation["anchor"]
    if anchor.get("block") is not None:
        return positions.get(anchor["block"])
    return anchor.get("point")


def annotation_position(record: ProposalRecord, annotation: Mapping[str, Any]) -> Optional[tuple[float, float, float]]:
    where = note_place(annotation, {b["uuid"]: b["position"] for b in record.doc["blocks"]})
    return tuple(float(v) for v in where) if where is not None else None  # type: ignore[return-value]
