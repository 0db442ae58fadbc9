"""The planners' questions to the city archive, in SQL over the planners' views only (jp_proposals,
jp_blocks, jp_notes, jp_sites), so a `jp_planner` login can ask every one of them. Aggregation
happens in the database: Python receives one row per proposal, per cell, per type and band, never
one per block. services/archive_review.py turns the answers into the review's records and patterns.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Optional, Sequence

AGE_BAND_ORDER = ("6-8", "9-11", "12-14", "15-17")


@dataclass(frozen=True)
class Where:
    """Which proposals: the archive scope (site, since, age band) and the review's filter."""

    site: Optional[str] = None
    since: Optional[str] = None
    age_band: Optional[str] = None
    workshop: Optional[str] = None
    category: Optional[str] = None
    block_type: Optional[str] = None
    sticker: Optional[str] = None
    text: str = ""
    bands: tuple[str, ...] = ()   # a filter's age band on top of the scope's (both must hold)
    nothing: bool = False         # a filter that contradicts the scope (another site): no proposal

    def sql(self) -> tuple[str, dict[str, Any]]:
        """A WHERE clause over jp.jp_proposals p, and its parameters."""
        parts, params = ["FALSE" if self.nothing else "TRUE"], {}
        if self.site:
            parts.append("p.site_id = %(w_site)s")
            params["w_site"] = self.site
        if self.since:
            parts.append("p.created_at >= %(w_since)s::date")
            params["w_since"] = self.since
        for k, band in enumerate(((self.age_band,) if self.age_band else ()) + self.bands):
            parts.append(f"%(w_band{k})s = ANY(p.age_bands)")
            params[f"w_band{k}"] = band
        if self.workshop:
            parts.append("p.workshop_id::text = %(w_ws)s")
            params["w_ws"] = self.workshop
        if self.category or self.block_type:
            cond = ["b.workshop_id = p.workshop_id", "b.proposal_id = p.proposal_id"]
            if self.category:
                cond.append("b.category = %(w_cat)s")
                params["w_cat"] = self.category
            if self.block_type:
                cond.append("b.type = %(w_type)s")
                params["w_type"] = self.block_type
            parts.append("EXISTS (SELECT 1 FROM jp.jp_blocks b WHERE " + " AND ".join(cond) + ")")
        if self.sticker:
            parts.append("EXISTS (SELECT 1 FROM jp.jp_notes n WHERE n.workshop_id = p.workshop_id "
                         "AND n.proposal_id = p.proposal_id AND n.sticker = %(w_sticker)s)")
            params["w_sticker"] = self.sticker
        text = self.text.strip().casefold()
        if text:
            parts.append("(strpos(p.search_text, %(w_text)s) > 0 OR strpos(p.proposal_id::text, %(w_text)s) > 0)")
            params["w_text"] = text
        return " AND ".join(parts), params


def _sel(where: Where) -> tuple[str, dict[str, Any]]:
    clause, params = where.sql()
    return (f"sel AS (SELECT p.workshop_id, p.proposal_id, p.key, p.age_bands FROM jp.jp_proposals p WHERE {clause})",
            params)


PROPOSAL_FIELDS = ("key", "workshop_id", "proposal_id", "site_id", "workshop_title", "title", "status", "participants",
                   "age_bands", "blocks", "notes", "stickers", "reasons", "block_types", "budget", "budget_used",
                   "search_text", "indicators")


def proposals(conn, where: Where) -> list[dict[str, Any]]:
    """One row per proposal in scope, oldest first (what the table and filters show)."""
    clause, params = where.sql()
    cols = ", ".join(f"p.{c}" if c not in ("workshop_id", "proposal_id") else f"p.{c}::text" for c in PROPOSAL_FIELDS)
    rows = conn.execute(f"SELECT {cols} FROM jp.jp_proposals p WHERE {clause} ORDER BY p.created_at, p.key",
                        params).fetchall()
    return [dict(zip(PROPOSAL_FIELDS, r)) for r in rows]


def keys(conn, where: Where) -> list[str]:
    clause, params = where.sql()
    return [r[0] for r in conn.execute(f"SELECT p.key FROM jp.jp_proposals p WHERE {clause}", params)]


def sites(conn, site_ids: Sequence[str]) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT site_id, names, crs, origin, outline FROM jp.jp_sites WHERE site_id = ANY(%s)",
                        (list(site_ids),)).fetchall()
    return [dict(zip(("id", "names", "crs", "origin", "outline"), r)) for r in rows]


def proposal_content(conn, workshop_id: str, proposal_id: str) -> Optional[dict[str, Any]]:
    """A proposal's blocks and notes as the proposal document's fields (for the 3D view)."""
    head = conn.execute(
        """SELECT title, status, favourite_block, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                  to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), participants, site_id
             FROM jp.jp_proposals WHERE workshop_id = %s AND proposal_id = %s""", (workshop_id, proposal_id)).fetchone()
    if head is None:
        return None
    blocks = conn.execute("SELECT uuid, type, category, x, y, z, yaw, scale, variant FROM jp.jp_blocks "
                          "WHERE workshop_id = %s AND proposal_id = %s", (workshop_id, proposal_id)).fetchall()
    notes = conn.execute("SELECT uuid, block_uuid, x, y, z, sticker, reasons, text, author_code, created_at "
                         "FROM jp.jp_notes WHERE workshop_id = %s AND proposal_id = %s", (workshop_id, proposal_id)).fetchall()
    participants = [{k: p[k] for k in ("code", "age_band", "avatar") if k in p} for p in (head[6] or {}).get("list", [])]
    return {
        "format": "junior-planner-proposal", "format_version": 1, "id": proposal_id,
        "workshop": {"id": workshop_id, "title": ""}, "site": {"id": head[7]},
        "title": head[0], "status": head[1], "favourite_block": head[2], "created_at": head[3], "updated_at": head[4],
        "submitted_at": head[5], "participants": participants,
        "blocks": [{"uuid": b[0], "type": b[1], "category": b[2], "position": [b[3], b[4], b[5]], "yaw": b[6],
                    "scale": b[7], "variant": b[8]} for b in blocks],
        "annotations": [{"uuid": n[0], "anchor": {"block": n[1]} if n[1] is not None else
                         {"point": [n[2], n[3], n[4]] if n[2] is not None else None},
                         "sticker": n[5], "reasons": list(n[6] or ()), "text": n[7], "audio": None, "author": n[8],
                         "created_at": n[9]} for n in notes],
        "indicators": {},
    }


# --- patterns ---------------------------------------------------------------------------------------
def heatmap_cells(conn, where: Where, site_id: str, origin: tuple[float, float], cell_m: float,
                  category: Optional[str], block_type: Optional[str], by: str) -> list[tuple[int, int, int]]:
    """(column, row, count) per non-empty cell of the site's grid: proposals with a matching block
    in the cell (by="proposals") or blocks."""
    sel, params = _sel(where)
    params.update({"site": site_id, "ox": origin[0], "oy": origin[1], "cell": cell_m, "cat": category,
                   "type": block_type})
    count = "count(DISTINCT (b.workshop_id, b.proposal_id))" if by == "proposals" else "count(*)"
    return conn.execute(
        f"""WITH {sel}
            SELECT floor((b.x - %(ox)s) / %(cell)s)::int AS i, floor((b.y - %(oy)s) / %(cell)s)::int AS j, {count}
              FROM jp.jp_blocks b JOIN sel s ON s.workshop_id = b.workshop_id AND s.proposal_id = b.proposal_id
             WHERE b.site_id = %(site)s AND (%(cat)s::text IS NULL OR b.category = %(cat)s)
               AND (%(type)s::text IS NULL OR b.type = %(type)s)
             GROUP BY 1, 2""", params).fetchall()


def keys_in_cell(conn, where: Where, site_id: str, origin: tuple[float, float], cell_m: float, i: int, j: int,
                 category: Optional[str], block_type: Optional[str]) -> list[str]:
    sel, params = _sel(where)
    params.update({"site": site_id, "ox": origin[0], "oy": origin[1], "cell": cell_m, "cat": category,
                   "type": block_type, "i": i, "j": j})
    return [r[0] for r in conn.execute(
        f"""WITH {sel}
            SELECT DISTINCT s.key FROM jp.jp_blocks b JOIN sel s ON s.workshop_id = b.workshop_id AND s.proposal_id = b.proposal_id
             WHERE b.site_id = %(site)s AND (%(cat)s::text IS NULL OR b.category = %(cat)s)
               AND (%(type)s::text IS NULL OR b.type = %(type)s)
               AND floor((b.x - %(ox)s) / %(cell)s)::int = %(i)s AND floor((b.y - %(oy)s) / %(cell)s)::int = %(j)s""",
        params)]


def block_types_by_band(conn, where: Where) -> list[tuple[str, str, int]]:
    """(type, band, blocks): a block counts for every band of its group."""
    sel, params = _sel(where)
    return conn.execute(
        f"""WITH {sel}
            SELECT b.type, band, count(*) FROM jp.jp_blocks b
              JOIN sel s ON s.workshop_id = b.workshop_id AND s.proposal_id = b.proposal_id
              CROSS JOIN LATERAL unnest(s.age_bands) AS band
             GROUP BY 1, 2""", params).fetchall()


def reasons_by_band(conn, where: Where) -> list[tuple[str, str, int]]:
    """(reason, band, notes): a note counts for its author's band, or every band of its group."""
    sel, params = _sel(where)
    params["bands"] = list(AGE_BAND_ORDER)
    return conn.execute(
        f"""WITH {sel}
            SELECT r, band, count(*) FROM jp.jp_notes n
              JOIN sel s ON s.workshop_id = n.workshop_id AND s.proposal_id = n.proposal_id
              CROSS JOIN LATERAL unnest(n.reasons) AS r
              CROSS JOIN LATERAL unnest(CASE WHEN n.age_band = ANY(%(bands)s) THEN ARRAY[n.age_band]
                                             ELSE s.age_bands END) AS band
             GROUP BY 1, 2""", params).fetchall()


def participants_by_band(conn, where: Where) -> list[tuple[str, int]]:
    """(band, children): distinct child codes per workshop behind the proposals."""
    clause, params = where.sql()
    return conn.execute(
        f"""SELECT x.age_band, count(DISTINCT (p.workshop_id, x.code)) FROM jp.jp_proposals p
              CROSS JOIN LATERAL jsonb_to_recordset(p.participants -> 'list') AS x(code text, age_band text)
             WHERE {clause} GROUP BY 1""", params).fetchall()


def top_reasons(conn, where: Where, limit: int) -> list[tuple[str, int]]:
    sel, params = _sel(where)
    params["limit"] = limit
    return [(r, int(c)) for r, c in conn.execute(
        f"""WITH {sel}
            SELECT r, count(DISTINCT s.key) FROM jp.jp_notes n
              JOIN sel s ON s.workshop_id = n.workshop_id AND s.proposal_id = n.proposal_id
              CROSS JOIN LATERAL unnest(n.reasons) AS r
             GROUP BY 1 ORDER BY 2 DESC, r COLLATE "C" LIMIT %(limit)s""", params)]


def top_block_types(conn, where: Where, limit: int) -> list[tuple[str, int]]:
    sel, params = _sel(where)
    params["limit"] = limit
    return [(t, int(c)) for t, c in conn.execute(
        f"""WITH {sel}
            SELECT b.type, count(DISTINCT s.key) FROM jp.jp_blocks b
              JOIN sel s ON s.workshop_id = b.workshop_id AND s.proposal_id = b.proposal_id
             GROUP BY 1 ORDER BY 2 DESC, b.type COLLATE "C" LIMIT %(limit)s""", params)]


def stickers_near(conn, where: Where, site_id: str, places: Sequence[tuple[int, str, float]]) -> list[tuple[int, str, int]]:
    """(place index, sticker, notes) for notes with a sticker within each place's distance of its
    geometry (site-local metres, WKT): PostGIS ST_DWithin, inside a zone counts as 0 m."""
    if not places:
        return []
    sel, params = _sel(where)
    params.update({"site": site_id, "k": [p[0] for p in places], "wkt": [p[1] for p in places],
                   "d": [p[2] for p in places]})
    return conn.execute(
        f"""WITH {sel}, places AS (SELECT k, ST_GeomFromText(wkt) AS g, d FROM unnest(%(k)s::int[], %(wkt)s::text[],
                                                                                %(d)s::float8[]) AS t(k, wkt, d))
            SELECT pl.k, n.sticker, count(*) FROM jp.jp_notes n
              JOIN sel s ON s.workshop_id = n.workshop_id AND s.proposal_id = n.proposal_id
              JOIN places pl ON ST_DWithin(ST_MakePoint(n.x, n.y), pl.g, pl.d)
             WHERE n.site_id = %(site)s AND n.sticker IS NOT NULL AND n.x IS NOT NULL AND n.y IS NOT NULL
             GROUP BY 1, 2""", params).fetchall()


# --- the whole city ---------------------------------------------------------------------------------
def city_heatmap(conn, block_type: Optional[str], cell_m: float) -> list[tuple[dict, int]]:
    """(GeoJSON polygon in WGS84, proposals) per cell of about `cell_m` metres over every site: the
    blocks' WGS84 positions snapped to a grid of `cell_m` metres in latitude and, at the archive's
    mean latitude, in longitude (integer cell numbers: the database groups numbers, not shapes)."""
    lat = conn.execute("SELECT coalesce(avg(ST_Y(ST_Centroid(geom))), 0) FROM jp.jp_sites WHERE geom IS NOT NULL").fetchone()[0]
    dlat = cell_m / 111_320.0
    dlon = cell_m / (111_320.0 * max(math.cos(math.radians(float(lat))), 0.01))
    rows = conn.execute(
        """SELECT ST_AsGeoJSON(ST_MakeEnvelope(i * %(dlon)s, j * %(dlat)s, (i + 1) * %(dlon)s, (j + 1) * %(dlat)s, 4326), 7), n
             FROM (SELECT floor(ST_X(b.geom) / %(dlon)s)::int AS i, floor(ST_Y(b.geom) / %(dlat)s)::int AS j,
                          count(DISTINCT b.proposal_id) AS n
                     FROM jp.jp_blocks b
                    WHERE b.geom IS NOT NULL AND (%(type)s::text IS NULL OR b.type = %(type)s)
                    GROUP BY 1, 2) cells""", {"dlon": dlon, "dlat": dlat, "type": block_type}).fetchall()
    return [(json.loads(geo), int(n)) for geo, n in rows]
