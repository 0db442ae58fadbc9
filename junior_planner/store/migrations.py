"""Schema versions, forward only. Never edit a released step: add the next one.

`PRAGMA user_version` holds the version; tests open saved golden databases of every released
version (tests/golden/) and check they migrate to the current one with nothing lost.
"""

from __future__ import annotations

STEPS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE sessions (pid INTEGER NOT NULL, host TEXT NOT NULL, started_at TEXT NOT NULL,
               PRIMARY KEY (pid, host))""",
        """CREATE TABLE workshops (
               id TEXT PRIMARY KEY, site_id TEXT NOT NULL, title TEXT NOT NULL,
               created_at TEXT NOT NULL, settings TEXT NOT NULL)""",
        """CREATE TABLE participants (
               id TEXT PRIMARY KEY,
               workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
               pseudonym TEXT NOT NULL, avatar TEXT NOT NULL, age_band TEXT NOT NULL,
               consent INTEGER NOT NULL, consent_notice_version TEXT NOT NULL, created_at TEXT NOT NULL)""",
        """CREATE TABLE proposals (
               id TEXT PRIMARY KEY,
               workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
               status TEXT NOT NULL, title TEXT NOT NULL, favourite_block TEXT,
               created_at TEXT NOT NULL, updated_at TEXT NOT NULL, submitted_at TEXT,
               history_pos INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE proposal_participants (
               proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
               participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               PRIMARY KEY (proposal_id, participant_id))""",
        """CREATE TABLE blocks (
               proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
               uuid TEXT NOT NULL, block_type TEXT NOT NULL,
               x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, yaw REAL NOT NULL, scale REAL NOT NULL,
               variant TEXT NOT NULL,
               PRIMARY KEY (proposal_id, uuid))""",
        """CREATE TABLE annotations (
               proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
               uuid TEXT NOT NULL, block_uuid TEXT, px REAL, py REAL, pz REAL,
               sticker TEXT, reasons TEXT NOT NULL, text TEXT NOT NULL, audio_ref TEXT, author TEXT,
               created_at TEXT NOT NULL,
               PRIMARY KEY (proposal_id, uuid))""",
        """CREATE TABLE history (
               proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
               seq INTEGER NOT NULL, record TEXT NOT NULL, created_at TEXT NOT NULL,
               PRIMARY KEY (proposal_id, seq))""",
        """CREATE INDEX proposals_by_workshop ON proposals(workshop_id)""",
        """CREATE INDEX participants_by_workshop ON participants(workshop_id)""",
    ),
    2: (
        # Sites a facilitator imported (sites-and-blocks issue); the model files live in media/.
        """CREATE TABLE imported_sites (
               id TEXT PRIMARY KEY, site_json TEXT NOT NULL, mesh_sha256 TEXT NOT NULL,
               original_sha256 TEXT NOT NULL, original_name TEXT NOT NULL, created_at TEXT NOT NULL)""",
    ),
    3: (
        # What was erased on request (a child's own proposals, their notes on others'): only the
        # random ids, no words and no names, so that the next bundle of the workshop tells the city
        # archive to delete its copies too (the city-archive issue).
        """CREATE TABLE erasures (
               workshop_id TEXT NOT NULL, kind TEXT NOT NULL, item_id TEXT NOT NULL, erased_at TEXT NOT NULL,
               PRIMARY KEY (workshop_id, kind, item_id))""",
    ),
}

CURRENT_VERSION = max(STEPS)
