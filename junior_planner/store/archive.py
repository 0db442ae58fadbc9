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

Roles: the role that runs `archive init` owns everything; `jp_facilitator` may publish and purge;
`jp_planner` may read the views only (never the tables). The connection string never carries a
password (libpq reads it from PGPASSFILE / ~/.pgpass or a service file) and is never logged.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

SCHEMA = "jp"
PLANNER_ROLE = "jp_planner"
FACILITATOR_ROLE = "jp_facilitator"
VIEWS = ("jp_blocks", "jp_notes", "jp_proposals", "jp_sites")
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
        raise ArchiveError("cannot-connect", _first_line(exc)) from None
    return conn


def _first_line(exc: BaseException) -> str:
    """libpq's message on one line (it names the server and user, never a password)."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    return "; ".join(lines) if lines else type(exc).__name__


# --- schema ---------------------------------------------------------------------------------------
STEPS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE SCHEMA IF NOT EXISTS jp",
        "CREATE EXTENSION IF NOT EXISTS postgis",
        """CREATE TABLE jp.site (
               id text PRIMARY KEY, names jsonb NOT NULL, crs text, epsg integer, srid integer,
               origin jsonb, model_sha256 text, outline jsonb NOT NULL,
               footprint geometry(Polygon), footprint_wgs84 geometry(Polygon, 4326),
               updated_at timestamptz NOT NULL DEFAULT now())""",
        """CREATE TABLE jp.workshop (
               id uuid PRIMARY KEY, site_id text NOT NULL REFERENCES jp.site(id),
               title text NOT NULL, created_at text NOT NULL, settings jsonb NOT NULL,
               keep_until date, version_at timestamptz NOT NULL)""",
        """CREATE TABLE jp.bundle (
               sha256 text PRIMARY KEY, workshop_id uuid NOT NULL, file_name text NOT NULL, kiosk text,
               app_version text NOT NULL, exported_at timestamptz NOT NULL,
               published_at timestamptz NOT NULL DEFAULT now(), published_by name NOT NULL DEFAULT current_user,
               proposals_added integer NOT NULL, proposals_updated integer NOT NULL,
               proposals_kept integer NOT NULL, proposals_removed integer NOT NULL,
               notes_removed integer NOT NULL, blocks integer NOT NULL)""",
        """CREATE TABLE jp.proposal (
               workshop_id uuid NOT NULL REFERENCES jp.workshop(id) ON DELETE CASCADE,
               id uuid NOT NULL, site_id text NOT NULL, title text NOT NULL, status text NOT NULL,
               favourite_block text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
               submitted_at timestamptz, participants jsonb NOT NULL, age_bands text[] NOT NULL,
               blocks integer NOT NULL, notes integer NOT NULL, stickers jsonb NOT NULL, reasons jsonb NOT NULL,
               block_types jsonb NOT NULL, budget double precision, budget_used double precision NOT NULL,
               search_text text NOT NULL, version_at timestamptz NOT NULL, bundle_sha256 text NOT NULL,
               extent geometry(Polygon, 4326),
               PRIMARY KEY (workshop_id, id))""",
        """CREATE TABLE jp.block (
               workshop_id uuid NOT NULL, proposal_id uuid NOT NULL, uuid text NOT NULL,
               site_id text NOT NULL, type text NOT NULL, category text, height double precision NOT NULL,
               x double precision NOT NULL, y double precision NOT NULL, z double precision NOT NULL,
               yaw double precision NOT NULL, scale double precision NOT NULL, variant text NOT NULL,
               geom geometry(PointZ), geog geography(PointZ, 4326),
               PRIMARY KEY (workshop_id, proposal_id, uuid),
               FOREIGN KEY (workshop_id, proposal_id) REFERENCES jp.proposal ON DELETE CASCADE)""",
        """CREATE TABLE jp.note (
               workshop_id uuid NOT NULL, proposal_id uuid NOT NULL, uuid text NOT NULL,
               site_id text NOT NULL, block_uuid text, x double precision, y double precision,
               z double precision, sticker text, reasons text[] NOT NULL, text text NOT NULL,
               author_code text, age_band text, created_at text NOT NULL, has_voice boolean NOT NULL,
               geom geometry(PointZ), geog geography(PointZ, 4326),
               PRIMARY KEY (workshop_id, proposal_id, uuid),
               FOREIGN KEY (workshop_id, proposal_id) REFERENCES jp.proposal ON DELETE CASCADE)""",
        """CREATE TABLE jp.indicator (
               workshop_id uuid NOT NULL, proposal_id uuid NOT NULL, id text NOT NULL,
               value double precision, met boolean, item jsonb NOT NULL,
               PRIMARY KEY (workshop_id, proposal_id, id),
               FOREIGN KEY (workshop_id, proposal_id) REFERENCES jp.proposal ON DELETE CASCADE)""",
        """CREATE TABLE jp.consent (
               workshop_id uuid NOT NULL REFERENCES jp.workshop(id) ON DELETE CASCADE, code text NOT NULL,
               age_band text NOT NULL, consent boolean NOT NULL, notice_version text NOT NULL,
               bundle_sha256 text NOT NULL, PRIMARY KEY (workshop_id, code))""",
        """CREATE TABLE jp.withdrawn (
               workshop_id uuid NOT NULL, kind text NOT NULL, item_id text NOT NULL, why text NOT NULL,
               recorded_at timestamptz NOT NULL, PRIMARY KEY (workshop_id, kind, item_id))""",
        """CREATE TABLE jp.purge (
               purged_at timestamptz NOT NULL DEFAULT now(), workshop_id uuid NOT NULL, keep_until date NOT NULL,
               proposals integer NOT NULL, blocks integer NOT NULL, notes integer NOT NULL)""",
        "CREATE INDEX block_geom ON jp.block USING gist (geom)",
        "CREATE INDEX block_geog ON jp.block USING gist (geog)",
        "CREATE INDEX block_type ON jp.block (type)",
        "CREATE INDEX block_site ON jp.block (site_id)",
        "CREATE INDEX note_geom ON jp.note USING gist (geom)",
        "CREATE INDEX note_geog ON jp.note USING gist (geog)",
        "CREATE INDEX note_site ON jp.note (site_id)",
        "CREATE INDEX proposal_site ON jp.proposal (site_id, created_at)",
        "CREATE INDEX proposal_extent ON jp.proposal USING gist (extent)",
        "CREATE INDEX site_footprint ON jp.site USING gist (footprint_wgs84)",
        # what planners read: no table, only these; the words shown are the latest published
        # (a redaction on the kiosk reaches the archive with the workshop's next bundle)
        """CREATE VIEW jp.jp_proposals AS
               SELECT p.workshop_id, p.id AS proposal_id, p.workshop_id || '/' || p.id AS key, p.site_id,
                      w.title AS workshop_title, p.title, p.status, p.favourite_block, p.created_at, p.updated_at,
                      p.submitted_at, p.participants, p.age_bands, p.blocks, p.notes, p.stickers, p.reasons,
                      p.block_types, p.budget, p.budget_used, p.search_text, p.version_at,
                      (SELECT coalesce(jsonb_agg(i.item ORDER BY i.id), '[]') FROM jp.indicator i
                        WHERE i.workshop_id = p.workshop_id AND i.proposal_id = p.id) AS indicators,
                      p.extent::geometry(Polygon, 4326) AS geom
                 FROM jp.proposal p JOIN jp.workshop w ON w.id = p.workshop_id""",
        """CREATE VIEW jp.jp_blocks AS
               SELECT b.workshop_id, b.proposal_id, b.uuid, b.site_id, b.type, b.category, b.height,
                      b.x, b.y, b.z, b.yaw, b.scale, b.variant, p.age_bands, p.status, p.created_at,
                      b.geog::geometry(PointZ, 4326) AS geom
                 FROM jp.block b JOIN jp.proposal p ON p.workshop_id = b.workshop_id AND p.id = b.proposal_id""",
        """CREATE VIEW jp.jp_notes AS
               SELECT n.workshop_id, n.proposal_id, n.uuid, n.site_id, n.block_uuid, n.x, n.y, n.z, n.sticker,
                      n.reasons, n.text, n.author_code, n.age_band, n.created_at, n.has_voice,
                      p.age_bands AS group_age_bands, n.geog::geometry(PointZ, 4326) AS geom
                 FROM jp.note n JOIN jp.proposal p ON p.workshop_id = n.workshop_id AND p.id = n.proposal_id""",
        """CREATE VIEW jp.jp_sites AS
               SELECT id AS site_id, names, crs, epsg, origin, outline, footprint_wgs84::geometry(Polygon, 4326) AS geom
                 FROM jp.site""",
    ),
}
CURRENT_VERSION = max(STEPS)


def schema_version(conn) -> Optional[int]:
    """The archive's schema version; None where there is no archive in this database."""
    row = conn.execute("SELECT to_regclass('jp.schema_version')").fetchone()
    if row is None or row[0] is None:
        return None
    row = conn.execute("SELECT max(version) FROM jp.schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def check_version(conn) -> int:
    version = schema_version(conn)
    if version is None:
        raise ArchiveError("no-archive")
    if version > CURRENT_VERSION:
        raise ArchiveError("newer-archive", str(version))
    if version < CURRENT_VERSION:
        raise ArchiveError("older-archive", str(version))
    return version


def migrate(conn) -> tuple[Optional[int], int]:
    """Create or bring the schema up to CURRENT_VERSION, each step in one transaction (a failed
    step leaves the previous version). Returns (version before, version now)."""
    before = schema_version(conn)
    if before is not None and before > CURRENT_VERSION:
        raise ArchiveError("newer-archive", str(before))
    with conn.transaction():
        conn.execute("CREATE SCHEMA IF NOT EXISTS jp")
        conn.execute("CREATE TABLE IF NOT EXISTS jp.schema_version (version integer PRIMARY KEY, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
        # two people running init at once: the second waits here, then finds the work done
        conn.execute("LOCK TABLE jp.schema_version IN EXCLUSIVE MODE")
        now = conn.execute("SELECT coalesce(max(version), 0) FROM jp.schema_version").fetchone()[0]
    for version in sorted(v for v in STEPS if v > now):
        with conn.transaction():
            conn.execute("LOCK TABLE jp.schema_version IN EXCLUSIVE MODE")
            if conn.execute("SELECT 1 FROM jp.schema_version WHERE version = %s", (version,)).fetchone():
                continue
            for sql in STEPS[version]:
                try:
                    conn.execute(sql)
                except Exception as exc:  # noqa: BLE001 - psycopg's errors: one sentence for the person
                    if "postgis" in sql and "extension" in str(exc).lower():
                        raise ArchiveError("no-postgis", _first_line(exc)) from None
                    if "permission denied" in str(exc).lower():
                        raise ArchiveError("not-owner", _first_line(exc)) from None
                    raise
            conn.execute("INSERT INTO jp.schema_version (version) VALUES (%s)", (version,))
    return before, CURRENT_VERSION


def grant(conn) -> list[str]:
    """The roles and grants; returns the statements applied. Roles are made (NOLOGIN, people are
    members) when this role may create roles; otherwise existing ones get the grants and missing
    ones are said in the result as the lines a database administrator would run."""
    from psycopg import sql as q

    lines: list[str] = []
    can_create = bool(conn.execute("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
                      .fetchone()[0])
    with conn.transaction():
        for role in (PLANNER_ROLE, FACILITATOR_ROLE):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if not exists:
                stmt = f"CREATE ROLE {role} NOLOGIN"
                if not can_create:
                    lines.append("-- " + stmt + ";  (not allowed for this login: ask the database administrator)")
                    continue
                conn.execute(q.SQL(stmt))
                lines.append(stmt + ";")
        present = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                              ([PLANNER_ROLE, FACILITATOR_ROLE],))}
        statements = []
        if FACILITATOR_ROLE in present:
            statements += [
                f"GRANT USAGE ON SCHEMA {SCHEMA} TO {FACILITATOR_ROLE}",
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} TO {FACILITATOR_ROLE}",
                f"GRANT INSERT ON TABLE spatial_ref_sys TO {FACILITATOR_ROLE}",
            ]
        if PLANNER_ROLE in present:
            statements += [f"GRANT USAGE ON SCHEMA {SCHEMA} TO {PLANNER_ROLE}",
                           f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM {PLANNER_ROLE}"]
            statements += [f"GRANT SELECT ON {SCHEMA}.{view} TO {PLANNER_ROLE}" for view in (*VIEWS, "schema_version")]
        for stmt in statements:
            conn.execute(q.SQL(stmt))
            lines.append(stmt + ";")
    return lines


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
        barred = {r[0]: (r[1], r[2]) for r in conn.execute(
            "SELECT item_id, why, recorded_at FROM jp.withdrawn WHERE workshop_id = %s AND kind = 'proposal'", (wid,))}
        barred_notes = {r[0] for r in conn.execute(
            "SELECT item_id FROM jp.withdrawn WHERE workshop_id = %s AND kind = 'note'", (wid,))}
        versions = {str(r[0]): r[1] for r in conn.execute(
            "SELECT id, version_at >= %s::timestamptz FROM jp.proposal WHERE workshop_id = %s", (exported_at, wid))}
        newer_than_withheld = {r[0]: r[1] for r in conn.execute(
            "SELECT item_id, recorded_at < %s::timestamptz FROM jp.withdrawn WHERE workshop_id = %s "
            "AND kind = 'proposal' AND why = 'consent'", (exported_at, wid))}
        fresh: list[ProposalRows] = []
        for p in proposals:
            bar = barred.get(p.id)
            if bar is not None and (bar[0] == "erased" or not newer_than_withheld.get(p.id, False)):
                result.refused += 1
                continue
            if p.id in versions:
                if versions[p.id]:
                    result.kept += 1
                    continue
                conn.execute("DELETE FROM jp.proposal WHERE workshop_id = %s AND id = %s", (wid, p.id))
                result.updated += 1
            else:
                result.added += 1
            if bar is not None:  # consent given again, in a newer bundle
                conn.execute("DELETE FROM jp.withdrawn WHERE workshop_id = %s AND kind = 'proposal' AND item_id = %s",
                             (wid, p.id))
            fresh.append(p)
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

    def blocks() -> Iterator[tuple]:
        for p in proposals:
            for b in p.blocks:   # uuid, site_id, type, category, height, x, y, z, yaw, scale, variant, (e, n), (lon, lat)
                (e, n), (lon, lat) = b[11], b[12]
                yield (wid, p.id, *b[:11], _point(srid, e, n, b[7]), _point(4326 if srid else None, lon, lat, b[7]))

    def notes() -> Iterator[tuple]:
        for p in proposals:
            for t in p.notes:    # uuid, site_id, block_uuid, x, y, z, sticker, reasons, text, author, band, created, voice, (e, n), (lon, lat)
                if f"{p.id}/{t[0]}" in barred_notes:
                    continue
                (e, n), (lon, lat) = t[13], t[14]
                yield (wid, p.id, *t[:13], _point(srid, e, n, t[5]), _point(4326 if srid else None, lon, lat, t[5]))

    _copy(conn, "block", BLOCK_COLUMNS, blocks())
    _copy(conn, "note", NOTE_COLUMNS, notes())
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
