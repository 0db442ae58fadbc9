"""The planners' review on the city archive: the same records, filters and patterns as a review of
bundles (services/review.py), answered by the database (store/archive_review.py) instead of arrays
in memory. The review window and the PDF report use an ArchiveCorpus exactly like a Corpus.

Python holds one small record per proposal in scope (its title, group, counts); a proposal's
blocks and notes are read when it is opened. Heatmaps, counts by age band, feelings near places,
the most requested things and the filters are SQL over the planners' views.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import numpy as np

from junior_planner.i18n import _
from junior_planner.model.vocabulary import AGE_BANDS, STICKERS
from junior_planner.services import archive as archive_service
from junior_planner.services import review
from junior_planner.services.errors import UserError
from junior_planner.services.review_records import (
    DEFAULT_CELL_M, NEAR_FEATURE_M, NEAR_ZONE_M, NEGATIVE, POSITIVE, BundleInfo, Filter, Heatmap, Layer, ProposalRecord,
    Sentiment,
)
from junior_planner.store import archive_review as q


@dataclass(frozen=True)
class Scope:
    """What part of the archive a review opens (`review --db URL --site --since --age-band`)."""

    site: Optional[str] = None
    since: Optional[str] = None
    age_band: Optional[str] = None

    def describe(self) -> str:
        parts = []
        if self.site:
            parts.append(_("site {site}").format(site=self.site))
        if self.since:
            parts.append(_("since {day}").format(day=self.since))
        if self.age_band:
            parts.append(_("ages {band}").format(band=self.age_band))
        return _(", ").join(parts) if parts else _("the whole city")


def check_scope(scope: Scope) -> Scope:
    if scope.since:
        from junior_planner.services.data_rights import parse_date

        scope = Scope(scope.site, parse_date(scope.since), scope.age_band)
    if scope.age_band and scope.age_band not in AGE_BANDS:
        raise UserError(_("'{band}' is not an age band ({known})").format(band=scope.age_band, known=", ".join(AGE_BANDS)))
    return scope


class ArchiveRecord(ProposalRecord):
    """A record whose proposal document (blocks, notes) is read from the archive on first use."""

    _load: Optional[Callable[["ArchiveRecord"], dict]] = None

    @property  # type: ignore[override]
    def doc(self) -> dict:
        value = self.__dict__.get("_doc")
        if value is None and self._load is not None:
            value = self._load(self)
            self.__dict__["_doc"] = value
        return value

    @doc.setter
    def doc(self, value) -> None:
        self.__dict__["_doc"] = value


class ArchiveCorpus(review.Corpus):
    """The proposals of the archive in a scope; patterns computed by the database."""

    source = "archive"

    def __init__(self, conn, scope: Scope = Scope(), catalog=None):
        super().__init__(catalog)
        self.conn = conn
        self.scope = scope
        self.lock = threading.Lock()   # one query at a time on the one connection
        self.label = scope.describe()

    @classmethod
    def open(cls, url: str, scope: Scope = Scope()) -> "ArchiveCorpus":
        scope = check_scope(scope)
        corpus = cls(archive_service.open_checked(url), scope)
        corpus.load()
        return corpus

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def _run(self, fn, *args):
        with self.lock:
            return fn(self.conn, *args)

    # --- records ---------------------------------------------------------------------------------
    def load(self) -> None:
        rows = self._run(q.proposals, self._where())
        infos: dict[str, BundleInfo] = {}
        for row in rows:
            participants = (row["participants"] or {}).get("list", [])
            info = infos.get(row["workshop_id"])
            if info is None:
                info = infos[row["workshop_id"]] = BundleInfo(
                    path=Path("archive"), workshop_id=row["workshop_id"], workshop_title=row["workshop_title"],
                    site_id=row["site_id"], participants={}, snapshots={}, audio={})
            for p in participants:
                info.participants.setdefault(p["code"], {"age_band": p.get("age_band"), "consent": p.get("consent", True)})
            record = ArchiveRecord(
                index=len(self.records), key=row["key"], id=row["proposal_id"], title=row["title"], status=row["status"],
                site_id=row["site_id"], workshop_id=row["workshop_id"], workshop_title=row["workshop_title"],
                bundle=info, codes=tuple(p["code"] for p in participants),
                age_bands=tuple(b for b in AGE_BANDS if b in (row["age_bands"] or ())),
                blocks=row["blocks"], annotations=row["notes"], stickers=Counter(row["stickers"] or {}),
                reasons=Counter(row["reasons"] or {}), block_types=Counter(row["block_types"] or {}), has_voice=False,
                budget_used=float(row["budget_used"] or 0.0), budget=row["budget"], indicators=list(row["indicators"] or []),
                doc=None, search_text=row["search_text"])
            record._load = self._content
            self.records.append(record)
            self._keys[record.key] = record.index
        self.bundles = list(infos.values())
        self._load_sites(sorted({r.site_id for r in self.records} | ({self.scope.site} if self.scope.site else set())))
        for r in self.records:
            for t in r.block_types:
                self._type_index(t)
        self._arrays_dirty = False

    def _load_sites(self, site_ids: list[str]) -> None:
        stored = {s["id"]: s for s in self._run(q.sites, site_ids)}
        for site_id in site_ids:
            self.site(site_id, stored.get(site_id))

    def _content(self, record: ProposalRecord) -> dict:
        doc = self._run(q.proposal_content, record.workshop_id, record.id)
        if doc is None:   # purged or withdrawn since the review opened
            raise UserError(_("the proposal '{title}' is no longer in the archive").format(title=record.title))
        doc["workshop"]["title"] = record.workshop_title
        doc["indicators"] = {"items": record.indicators}
        return doc

    def merge(self, other) -> int:  # noqa: D401 - bundles are not mixed into an archive review
        return 0

    def _arrays(self) -> None:  # the archive has no arrays: the database answers
        self._arrays_dirty = False

    # --- filters ---------------------------------------------------------------------------------
    def _where(self, f: Filter = Filter()) -> q.Where:
        s = self.scope
        return q.Where(site=s.site or f.site, since=s.since, age_band=s.age_band, workshop=f.workshop,
                       category=f.category, block_type=f.block_type, sticker=f.sticker, text=f.text or "",
                       bands=(f.age_band,) if f.age_band else (),
                       nothing=bool(f.site and s.site and f.site != s.site))

    def mask(self, f: Filter = Filter()) -> np.ndarray:
        keep = np.zeros(len(self.records), dtype=bool)
        for key in self._run(q.keys, self._where(f)):
            i = self._keys.get(key)
            if i is not None:
                keep[i] = True
        return keep

    # --- patterns --------------------------------------------------------------------------------
    def heatmap(self, site_id: str, f: Filter = Filter(), layer: Layer = Layer(), cell_m: float = DEFAULT_CELL_M,
                by: str = "proposals") -> Heatmap:
        where = self._where(Filter(**{**f.__dict__, "site": site_id}))
        origin, nx, ny = self.grid(site_id, cell_m)
        counts = np.zeros((ny, nx), dtype=np.int64)
        for i, j, n in self._run(q.heatmap_cells, where, site_id, origin, cell_m, layer.category, layer.block_type, by):
            if 0 <= i < nx and 0 <= j < ny:
                counts[j, i] = n
        return Heatmap(site_id, cell_m, origin, counts, len(self._run(q.keys, where)), by)

    def proposals_in_cell(self, heatmap: Heatmap, i: int, j: int, f: Filter = Filter(),
                          layer: Layer = Layer()) -> list[ProposalRecord]:
        where = self._where(Filter(**{**f.__dict__, "site": heatmap.site_id}))
        found = self._run(q.keys_in_cell, where, heatmap.site_id, heatmap.origin, heatmap.cell_m, i, j,
                          layer.category, layer.block_type)
        return sorted((self.records[self._keys[k]] for k in found if k in self._keys), key=lambda r: r.index)

    def block_types_by_band(self, f: Filter = Filter()) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for block_type, band, n in self._run(q.block_types_by_band, self._where(f)):
            if band in AGE_BANDS:
                result.setdefault(block_type, {b: 0 for b in AGE_BANDS})[band] = int(n)
        return dict(sorted(result.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def reasons_by_band(self, f: Filter = Filter()) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for reason, band, n in self._run(q.reasons_by_band, self._where(f)):
            if band in AGE_BANDS:
                result.setdefault(reason, {b: 0 for b in AGE_BANDS})[band] = int(n)
        return dict(sorted(result.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def participants_by_band(self, f: Filter = Filter()) -> dict[str, int]:
        counts = {b: 0 for b in AGE_BANDS}
        for band, n in self._run(q.participants_by_band, self._where(f)):
            if band in counts:
                counts[band] = int(n)
        return counts

    def sentiment(self, site_id: str, f: Filter = Filter()) -> list[Sentiment]:
        where = self._where(Filter(**{**f.__dict__, "site": site_id}))
        places = self.places(site_id)
        shapes = []
        for k, place in enumerate(places):
            if place.point is not None:
                shapes.append((k, f"POINT({float(place.point[0])!r} {float(place.point[1])!r})", NEAR_FEATURE_M))
            elif place.polygons:
                rings = [np.asarray(poly, dtype=float).tolist() for poly in place.polygons]
                polys = ",".join("((" + ",".join(f"{x!r} {y!r}" for x, y in ring + [ring[0]]) + "))" for ring in rings)
                shapes.append((k, f"MULTIPOLYGON({polys})", NEAR_ZONE_M))
        by_place: dict[int, dict[str, int]] = {}
        for k, sticker, n in self._run(q.stickers_near, where, site_id, shapes):
            if sticker in STICKERS:
                by_place.setdefault(k, {s: 0 for s in STICKERS})[sticker] = int(n)
        result = []
        for k, place in enumerate(places):
            by = by_place.get(k, {s: 0 for s in STICKERS})
            result.append(Sentiment(place, sum(by[s] for s in POSITIVE), sum(by[s] for s in NEGATIVE), by))
        result.sort(key=lambda s: (-(s.positive + s.negative), s.place.name()))
        return result

    def top_reasons(self, f: Filter = Filter(), limit: int = 3) -> list[tuple[str, int]]:
        return self._run(q.top_reasons, self._where(f), limit)

    def top_block_types(self, f: Filter = Filter(), limit: int = 3) -> list[tuple[str, int]]:
        return self._run(q.top_block_types, self._where(f), limit)


def city_heatmap(url: str, block_type: Optional[str], cell_m: float) -> dict[str, Any]:
    """Proposals per cell across every site of the archive, as a GeoJSON FeatureCollection."""
    conn = archive_service.open_checked(url)
    try:
        cells = q.city_heatmap(conn, block_type, cell_m)
    finally:
        conn.close()
    return {"type": "FeatureCollection", "name": f"junior-planner heatmap {block_type or 'all blocks'}",
            "features": [{"type": "Feature", "geometry": geometry, "properties": {"proposals": n}}
                         for geometry, n in sorted(cells, key=lambda c: -c[1])]}
