"""The planners' review, its patterns: heatmaps, counts by age band, feelings near each place,
the most requested things in a sentence, indicator averages. A mixin of review.Corpus, which
holds the flat arrays these read (Qt-free)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Mapping, Sequence

import numpy as np

from junior_planner.i18n import N_, _, n_, language, translate
from junior_planner.model.geometry import points_in_polygon
from junior_planner.model.vocabulary import AGE_BANDS, STICKERS, reason_name
from junior_planner.model.indicators import format_number
from junior_planner.services import indicators as indicator_service

from junior_planner.services.review_records import (
    DEFAULT_CELL_M, NEAR_FEATURE_M, NEAR_ZONE_M, NEGATIVE, POSITIVE, Filter, Heatmap, Layer, Place, ProposalRecord,
    Sentiment,
)


class Patterns:
    """What a planner asks of the corpus; every method reads the corpus's arrays."""

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
        parts.append(n_("These come from %n children (ages {bands}).", sum(bands.values())).format(
            bands=_(", ").join(shown) if shown else "-"))
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
