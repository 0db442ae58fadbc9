"""The city archive: every published workshop in PostgreSQL 15+ with PostGIS 3, through psycopg 3
(no Qt). The kiosk never touches it; `junior-planner archive ...` and the review window do.

Layout (schema `jp`, version in `jp.schema_version`, forward-only steps like store/migrations.py):

    site        a site once: names, CRS (srid), origin, its outline in site-local metres, footprint
                in its own CRS and in WGS84
    workshop    per workshop: title, settings, keep_until (retention)
    bundle      provenance of each published bundle: sha256, kiosk, times, counts
    proposal    per proposal (key: workshop id + proposal id): title, status, group (codes and age
                bands), counts, what the review needs per proposal; `version_at` = the exporting
                bundle's time: an older bundle never overwrites a newer one
    block       per block: type, category, height, site-local x y z, geom (site CRS), geog (WGS84)
    note        per note: where (its block's place or its point), sticker, reasons, words, author
                code and age band, geom and geog
    indicator   per proposal and indicator: value, met, the item as exported
    consent     per workshop and child code: age band, consent
    withdrawn   erased or withheld ids: never published again (erased), or until a newer bundle
                carries them (withheld for consent)
    purge       what `archive purge` deleted, when
    jp_blocks, jp_notes, jp_proposals, jp_sites: the views planners (and QGIS, ogrinfo) read

The schema's steps, roles and grants are in store/archive_schema.py. The connection string never
carries a password (libpq reads it from PGPASSFILE / ~/.pgpass or a service file) and is never
logged.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

SCHEMA = "jp"
CUSTOM_SRID_BASE = 910000   # sites whose CRS has no EPSG code get an SRID from here up


class ArchiveError(Exception):
    """Something the person at the keyboard can fix; `code` picks the sentence (services/archive.py)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# --- connecting -----------------------------------------------------------------------------------
def check_url(url: str) -> dict[str, str]:
    """The connection string's parts; refuses one that holds a password (libpq's own places hold
    it: PGPASSFILE or ~/.pgpass, a pg_service.conf service)."""
    from psycopg import conninfo as ci

    text = (url or "").strip()
    if not text:
        raise ArchiveError("no-url")
    try:
        parts = ci.conninfo_to_dict(text)
    except Exception:  # noqa: BLE001 - psycopg's message may repeat the string: say nothing of it
        raise ArchiveError("bad-url") from None
    if parts.get("password"):
        raise ArchiveError("password-in-url")
    return {k: str(v) for k, v in parts.items()}


def connect(url: str, *, autocommit: bool = False):
    """A psycopg connection (application_name junior-planner); errors name the server, never the
    whole connection string."""
    import psycopg

    check_url(url)
    try:
        conn = psycopg.connect(url, autocommit=autocommit, application_name="junior-planner", connect_timeout=15)
    except psycopg.OperationalError as exc:
        raise ArchiveError("cannot-connect", one_line(exc)) from None
    return conn


def one_line(exc: BaseException) -> str:
    """libpq's message on one line (it names the server and user, never a password)."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    return "; ".join(lines) if lines else type(exc).__name__


# --- publishing -----------------------------------------------------------------------------------
@dataclass
class SiteRow:
    id: str
    names: Mapping[str, str]
    crs: Optional[str]
    epsg: Optional[int]
    wkt: Optional[str]
    origin: Optional[Mapping[str, Any]]
    model_sha256: Optional[str]
    outline: list[list[float]]                        # site-local metres
    footprint: Optional[list[list[float]]] = None     # in the site's CRS
    footprint_wgs84: Optional[list[list[float]]] = None


@dataclass
class ProposalRows:
    id: str
    values: dict[str, Any]                 # jp.proposal's columns but workshop_id, id, version, bundle
    blocks: list[tuple] = field(default_factory=list)       # jp.block's columns from uuid on, in order
    notes: list[tuple] = field(default_factory=list)        # jp.note's columns from uuid on
    indicators: list[tuple] = field(default_factory=list)   # (id, value, met, item)


BLOCK_COLUMNS = ("workshop_id", "proposal_id", "uuid", "site_id", "type", "category", "height", "x", "y", "z",
                 "yaw", "scale", "variant", "geom", "geog")
NOTE_COLUMNS = ("workshop_id", "proposal_id", "uuid", "site_id", "block_uuid", "x", "y", "z", "sticker", "reasons",
                "text", "author_code", "age_band", "created_at", "has_voice", "geom", "geog")
PROPOSAL_COLUMNS = ("site_id", "title", "status", "favourite_block", "created_at", "updated_at", "submitted_at",
                    "participants", "age_bands", "blocks", "notes", "stickers", "reasons", "block_types", "budget",
                    "budget_used", "search_text")


@dataclass
class Published:
    """What publishing one bundle changed."""

    already: bool = False
    added: int = 0
    updated: int = 0
    kept: int = 0            # the archive holds a newer version of these
    refused: int = 0         # erased on request: never published again
    removed: int = 0         # proposals deleted (erased or withheld)
    notes_removed: int = 0
    blocks: int = 0


def bundle_known(conn, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM jp.bundle WHERE sha256 = %s", (sha256,)).fetchone() is not None


def _srid(conn, site: SiteRow) -> Optional[int]:
    """The PostGIS SRID of the site's CRS: its EPSG code when PostGIS knows it, else a row of our own
    in spatial_ref_sys holding the CRS's WKT."""
    if not site.crs:
        return None
    if site.epsg and conn.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (site.epsg,)).fetchone():
        return int(site.epsg)
    if not site.wkt:
        return None
    row = conn.execute("SELECT srid FROM spatial_ref_sys WHERE auth_name = 'junior-planner' AND srtext = %s",
                       (site.wkt,)).fetchone()
    if row:
        return int(row[0])
    srid = conn.execute("SELECT greatest(%s, coalesce(max(srid), 0) + 1) FROM spatial_ref_sys WHERE srid >= %s",
                        (CUSTOM_SRID_BASE, CUSTOM_SRID_BASE)).fetchone()[0]
    conn.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
                 "VALUES (%s, 'junior-planner', %s, %s, '')", (srid, srid, site.wkt))
    return int(srid)


def _polygon_wkt(points: Optional[Sequence[Sequence[float]]]) -> Optional[str]:
    if not points or len(points) < 3:
        return None
    ring = list(points) + [points[0]]
    return "POLYGON((" + ",".join(f"{p[0]!r} {p[1]!r}" for p in ring) + "))"


def upsert_site(conn, site: SiteRow) -> Optional[int]:
    srid = _srid(conn, site)
    footprint = _polygon_wkt(site.footprint)
    footprint_wgs84 = _polygon_wkt(site.footprint_wgs84)
    conn.execute(
        """INSERT INTO jp.site AS s (id, names, crs, epsg, srid, origin, model_sha256, outline, footprint, footprint_wgs84)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s,
                   CASE WHEN %s::text IS NULL THEN NULL ELSE ST_GeomFromText(%s, %s) END,
                   CASE WHEN %s::text IS NULL THEN NULL ELSE ST_GeomFromText(%s, 4326) END)
           ON CONFLICT (id) DO UPDATE SET names = excluded.names, crs = excluded.crs, epsg = excluded.epsg,
               srid = excluded.srid, origin = excluded.origin, model_sha256 = excluded.model_sha256,
               outline = excluded.outline, footprint = excluded.footprint,
               footprint_wgs84 = excluded.footprint_wgs84, updated_at = now()""",
        (site.id, json.dumps(dict(site.names), ensure_ascii=False), site.crs, site.epsg, srid,
         json.dumps(site.origin) if site.origin is not None else None, site.model_sha256, json.dumps(site.outline),
         footprint, footprint, srid or 0, footprint_wgs84, footprint_wgs84))
    return srid


def publish(conn, *, sha256: str, file_name: str, kiosk: Optional[str], app_version: str, exported_at: str,
            workshop: Mapping[str, Any], site: SiteRow, consent: Sequence[tuple], proposals: Sequence[ProposalRows],
            withdrawn: Mapping[str, Sequence[str]], withheld_by_consent: Sequence[str]) -> Published:
    """One bundle, in one transaction: all of it or nothing. Idempotent: a bundle already published
    changes nothing; an older version of a proposal never replaces a newer one; erased ids are
    deleted and never come back; withheld ones are deleted until a newer bundle carries them."""
    result = Published()
    with conn.transaction():
        # one publisher per workshop at a time (two kiosks' bundles of one workshop, published at once)
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (str(workshop["id"]),))
        if bundle_known(conn, sha256):
            result.already = True
            return result
        srid = upsert_site(conn, site)
        conn.execute(
            """INSERT INTO jp.workshop AS w (id, site_id, title, created_at, settings, keep_until, version_at)
               VALUES (%s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, title = excluded.title,
                   settings = excluded.settings, keep_until = excluded.keep_until, version_at = excluded.version_at
               WHERE w.version_at < excluded.version_at""",
            (workshop["id"], site.id, workshop["title"], workshop["created_at"],
             json.dumps(workshop["settings"], ensure_ascii=False), workshop.get("keep_until"), exported_at))
        wid = str(workshop["id"])
        # erased on request: delete and remember for ever; withheld for consent: delete, remember when
        for kind, ids, why in (("proposal", withdrawn.get("proposals", ()), "erased"),
                               ("note", withdrawn.get("notes", ()), "erased"),
                               ("proposal", withheld_by_consent, "consent")):
            if not ids:
                continue
            with conn.cursor() as cur:
                cur.executemany(
                    """INSERT INTO jp.withdrawn AS d (workshop_id, kind, item_id, why, recorded_at)
                       VALUES (%s, %s, %s, %s, %s)
                       ON CONFLICT (workshop_id, kind, item_id) DO UPDATE
                          SET why = CASE WHEN d.why = 'erased' THEN 'erased' ELSE excluded.why END,
                              recorded_at = greatest(d.recorded_at, excluded.recorded_at)""",
                    [(wid, kind, i, why, exported_at) for i in ids])
            if kind == "proposal":
                result.removed += conn.execute(
                    "DELETE FROM jp.proposal WHERE workshop_id = %s AND id::text = ANY(%s)"
                    + (" AND version_at <= %s" if why == "consent" else ""),
                    (wid, list(ids), exported_at) if why == "consent" else (wid, list(ids))).rowcount
            else:
                pairs = [i.split("/", 1) for i in ids]
                result.notes_removed += conn.execute(
                    """DELETE FROM jp.note n USING unnest(%s::text[], %s::text[]) AS g(p, u)
                       WHERE n.workshop_id = %s AND n.proposal_id::text = g.p AND n.uuid = g.u""",
                    ([p for p, _u in pairs], [u for _p, u in pairs], wid)).rowcount
        # what may not come in: erased ids for ever, withheld ones unless this bundle is newer
        barred: dict[str, bool] = {}          # proposal id -> may come back with this bundle
        barred_notes: set[str] = set()
        for kind, item, why, older in conn.execute(
                "SELECT kind, item_id, why, recorded_at < %s::timestamptz FROM jp.withdrawn WHERE workshop_id = %s",
                (exported_at, wid)):
            if kind == "note":
                barred_notes.add(item)
            else:
                barred[item] = why == "consent" and older
        newer_here = {str(r[0]): r[1] for r in conn.execute(
            "SELECT id, version_at >= %s::timestamptz FROM jp.proposal WHERE workshop_id = %s", (exported_at, wid))}
        fresh: list[ProposalRows] = []
        replaced: list[str] = []
        for p in proposals:
            if p.id in barred and not barred[p.id]:
                result.refused += 1
                continue
            if p.id in newer_here:
                if newer_here[p.id]:
                    result.kept += 1
                    continue
                replaced.append(p.id)
            fresh.append(p)
        result.updated = len(replaced)
        result.added = len(fresh) - len(replaced)
        conn.execute("DELETE FROM jp.proposal WHERE workshop_id = %s AND id = ANY(%s::uuid[])", (wid, replaced))
        # consent given again, in a newer bundle: no longer withheld
        conn.execute("DELETE FROM jp.withdrawn WHERE workshop_id = %s AND kind = 'proposal' AND item_id = ANY(%s)",
                     (wid, [p.id for p in fresh if p.id in barred]))
        _copy_proposals(conn, wid, sha256, exported_at, fresh, barred_notes, srid)
        result.blocks = sum(len(p.blocks) for p in fresh)
        if consent:
            with conn.cursor() as cur:
                cur.executemany(
                    """INSERT INTO jp.consent AS c (workshop_id, code, age_band, consent, notice_version, bundle_sha256)
                       VALUES (%s, %s, %s, %s, %s, %s)
                       ON CONFLICT (workshop_id, code) DO UPDATE SET age_band = excluded.age_band,
                           consent = excluded.consent, notice_version = excluded.notice_version,
                           bundle_sha256 = excluded.bundle_sha256""",
                    [(wid, *row, sha256) for row in consent])
        conn.execute(
            """INSERT INTO jp.bundle (sha256, workshop_id, file_name, kiosk, app_version, exported_at,
                   proposals_added, proposals_updated, proposals_kept, proposals_removed, notes_removed, blocks)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
            (sha256, wid, file_name, kiosk, app_version, exported_at, result.added, result.updated, result.kept,
             result.removed, result.notes_removed, result.blocks))
    return result


def _point(srid: Optional[int], x: Optional[float], y: Optional[float], z: Optional[float]) -> Optional[str]:
    if srid is None or x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
        return None
    return f"SRID={srid};POINT Z ({x!r} {y!r} {(z if z is not None and math.isfinite(z) else 0.0)!r})"


def _copy(conn, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from psycopg import sql as q
    from psycopg.types.json import Jsonb

    stmt = q.SQL("COPY {} ({}) FROM STDIN").format(q.Identifier(SCHEMA, table),
                                                  q.SQL(", ").join(q.Identifier(c) for c in columns))
    with conn.cursor() as cur, cur.copy(stmt) as copy:
        for row in rows:
            copy.write_row([Jsonb(v) if isinstance(v, dict) else v for v in row])


def _copy_proposals(conn, wid: str, sha256: str, exported_at: str, proposals: Sequence[ProposalRows],
                    barred_notes: set[str], srid: Optional[int]) -> None:
    if not proposals:
        return
    _copy(conn, "proposal", ("workshop_id", "id", *PROPOSAL_COLUMNS, "version_at", "bundle_sha256"),
          ((wid, p.id, *(p.values[c] for c in PROPOSAL_COLUMNS), exported_at, sha256) for p in proposals))

    def placed(rows_of: str, z_at: int, skip: set[str] = frozenset()) -> Iterator[tuple]:
        """Block or note rows, their last two items ((e, n), (lon, lat)) made into the geometries."""
        for p in proposals:
            for row in getattr(p, rows_of):
                if f"{p.id}/{row[0]}" in skip:
                    continue
                (e, n), (lon, lat) = row[-2], row[-1]
                yield (wid, p.id, *row[:-2], _point(srid, e, n, row[z_at]),
                       _point(4326 if srid else None, lon, lat, row[z_at]))

    # blocks: uuid, site_id, type, category, height, x, y, z (7), yaw, scale, variant, (e, n), (lon, lat)
    _copy(conn, "block", BLOCK_COLUMNS, placed("blocks", 7))
    # notes: uuid, site_id, block_uuid, x, y, z (5), sticker, reasons, text, author, band, created, voice, (e, n), (lon, lat)
    _copy(conn, "note", NOTE_COLUMNS, placed("notes", 5, barred_notes))
    _copy(conn, "indicator", ("workshop_id", "proposal_id", "id", "value", "met", "item"),
          ((wid, p.id, *row) for p in proposals for row in p.indicators))
    # each proposal's place for GIS: the box around its blocks and notes (a few metres at least)
    conn.execute(
        """UPDATE jp.proposal p SET extent = e.box FROM (
               SELECT proposal_id, ST_Envelope(ST_Expand(ST_Collect(geog::geometry), 0.00003)) AS box
                 FROM (SELECT proposal_id, geog FROM jp.block WHERE workshop_id = %(w)s AND proposal_id = ANY(%(ids)s::uuid[])
                       UNION ALL
                       SELECT proposal_id, geog FROM jp.note WHERE workshop_id = %(w)s AND proposal_id = ANY(%(ids)s::uuid[])) g
                WHERE geog IS NOT NULL GROUP BY proposal_id) e
           WHERE p.workshop_id = %(w)s AND p.id = e.proposal_id""",
        {"w": wid, "ids": [p.id for p in proposals]})


# --- retention ------------------------------------------------------------------------------------
@dataclass
class PurgedWorkshop:
    workshop_id: str
    title: str
    keep_until: str
    proposals: int
    blocks: int
    notes: int


def purge(conn, on: str) -> list[PurgedWorkshop]:
    """Delete every workshop whose keep_until is before `on` (a date), with all its rows; each
    workshop in its own transaction, logged in jp.purge (ids and counts only)."""
    due = conn.execute("SELECT id, title, keep_until FROM jp.workshop WHERE keep_until < %s::date ORDER BY keep_until, id",
                       (on,)).fetchall()
    out = []
    for wid, title, keep in due:
        with conn.transaction():
            counts = conn.execute(
                """SELECT (SELECT count(*) FROM jp.proposal WHERE workshop_id = %(w)s),
                          (SELECT count(*) FROM jp.block WHERE workshop_id = %(w)s),
                          (SELECT count(*) FROM jp.note WHERE workshop_id = %(w)s)""", {"w": wid}).fetchone()
            conn.execute("DELETE FROM jp.proposal WHERE workshop_id = %s", (wid,))
            conn.execute("DELETE FROM jp.consent WHERE workshop_id = %s", (wid,))
            conn.execute("DELETE FROM jp.workshop WHERE id = %s", (wid,))
            conn.execute("INSERT INTO jp.purge (workshop_id, keep_until, proposals, blocks, notes) VALUES (%s, %s, %s, %s, %s)",
                         (wid, keep, *counts))
        out.append(PurgedWorkshop(str(wid), title, str(keep), *[int(c) for c in counts]))
    return out


def status(conn) -> dict[str, Any]:
    """Counts for `archive status`."""
    row = conn.execute(
        """SELECT (SELECT count(*) FROM jp.site), (SELECT count(*) FROM jp.workshop), (SELECT count(*) FROM jp.proposal),
                  (SELECT count(*) FROM jp.block), (SELECT count(*) FROM jp.note), (SELECT count(*) FROM jp.bundle),
                  (SELECT max(published_at)::text FROM jp.bundle),
                  pg_size_pretty(pg_database_size(current_database()))""").fetchone()
    keys = ("sites", "workshops", "proposals", "blocks", "notes", "bundles", "last_published", "database_size")
    return dict(zip(keys, row))
