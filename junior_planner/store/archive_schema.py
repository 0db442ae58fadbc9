"""The city archive's schema (store/archive.py has the connection, publishing and purging):
forward-only versioned steps like store/migrations.py, recorded in `jp.schema_version`, each step
in one transaction; and the roles. The role that runs `archive init` owns everything;
`jp_facilitator` may publish and purge; `jp_planner` may read the views only (never the tables).
"""

from __future__ import annotations

from typing import Optional

from junior_planner.store.archive import SCHEMA, ArchiveError, one_line

PLANNER_ROLE = "jp_planner"
FACILITATOR_ROLE = "jp_facilitator"
VIEWS = ("jp_blocks", "jp_notes", "jp_proposals", "jp_sites")

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
                        raise ArchiveError("no-postgis", one_line(exc)) from None
                    if "permission denied" in str(exc).lower():
                        raise ArchiveError("not-owner", one_line(exc)) from None
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
