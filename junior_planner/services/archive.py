"""The city archive (PostgreSQL + PostGIS), as facilitators and planners use it: set it up, publish
bundles into it, purge what is past its keep-until date, say what it holds (Qt-free). The SQL lives
in store/archive.py; the review over it in services/archive_review.py.

A bundle is checked exactly as `junior-planner validate` checks it and refused with the same
one-line problem; its proposals go in as the planners' review reads them (services/review.py
computes the age bands, counts and indicators once, here), blocks and notes with their place in
the site's CRS and in WGS84.
"""

from __future__ import annotations

import functools
import hashlib
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy as np

from junior_planner.exchange.geo import GeoError, LocalFrame
from junior_planner.i18n import _, n_
from junior_planner.services import review
from junior_planner.services.errors import UserError
from junior_planner.store import archive as db
from junior_planner.store import archive_schema as schema
from junior_planner.store.archive import ArchiveError



def message(error: ArchiveError) -> str:
    """One sentence for an archive error."""
    detail = error.detail
    sentences = {
        "no-url": _("give the archive's database with --db (a libpq connection string or URL, "
                    "e.g. postgresql://planner@gis.example/city or service=city-archive)"),
        "bad-url": _("the --db value is not a libpq connection string or postgresql:// URL"),
        "password-in-url": _("the --db value holds a password; put the password in ~/.pgpass (or the file "
                             "PGPASSFILE names) or a pg_service.conf service instead, not on the command line"),
        "cannot-connect": _("cannot reach the archive's database: {reason}").format(reason=detail),
        "no-archive": _("this database holds no Junior Planner archive yet; run 'junior-planner archive init' first"),
        "older-archive": _("the archive's schema is version {version}; run 'junior-planner archive init' to "
                           "bring it up to date").format(version=detail),
        "newer-archive": _("the archive's schema is version {version}, newer than this program knows; "
                           "update Junior Planner").format(version=detail),
        "no-postgis": _("PostGIS is not installed on the database server ({reason})").format(reason=detail),
        "not-owner": _("this login may not change the archive's tables ({reason}); run it as the archive's owner").format(
            reason=detail),
        "denied": _("this login may not do that in the archive ({reason})").format(reason=detail),
    }
    return sentences.get(error.code, str(error))


class _Session:
    """A connection for one command; archive and psycopg errors become one-line UserErrors."""

    def __init__(self, url: str, autocommit: bool = True):
        self.url = url
        self.autocommit = autocommit
        self.conn = None

    def __enter__(self):
        try:
            self.conn = db.connect(self.url, autocommit=self.autocommit)
        except ArchiveError as exc:
            raise UserError(message(exc)) from None
        return self.conn

    def __exit__(self, kind, exc, tb):
        if self.conn is not None:
            self.conn.close()
        if exc is None:
            return False
        if isinstance(exc, ArchiveError):
            raise UserError(message(exc)) from None
        import psycopg

        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise UserError(message(ArchiveError("denied", db.one_line(exc)))) from None
        if isinstance(exc, psycopg.OperationalError):
            raise UserError(message(ArchiveError("cannot-connect", db.one_line(exc)))) from None
        return False


def session(url: str, autocommit: bool = True) -> _Session:
    return _Session(url, autocommit)


def open_checked(url: str):
    """A connection to an archive whose schema this program knows (for reading)."""
    s = _Session(url)
    conn = s.__enter__()
    try:
        schema.check_version(conn)
    except ArchiveError as exc:
        conn.close()
        raise UserError(message(exc)) from None
    return conn


# --- init -----------------------------------------------------------------------------------------
@dataclass
class Initialised:
    before: Optional[int]
    now: int
    grants: list[str]

    def summary(self) -> str:
        if self.before is None:
            head = _("Created the city archive (schema version {version}).").format(version=self.now)
        elif self.before < self.now:
            head = _("Brought the city archive from schema version {old} to {new}.").format(old=self.before, new=self.now)
        else:
            head = _("The city archive is up to date (schema version {version}).").format(version=self.now)
        lines = [head, _("Roles and grants applied:")] + ["  " + g for g in self.grants]
        lines.append(_("Give people a role with: GRANT jp_planner TO <login>;  or  GRANT jp_facilitator TO <login>;"))
        return "\n".join(lines)


def init(url: str) -> Initialised:
    with session(url) as conn:
        before, now = schema.migrate(conn)
        grants = schema.grant(conn)
    return Initialised(before, now, grants)


# --- publish --------------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _frame(manifest_site: dict) -> Optional[LocalFrame]:
    if not manifest_site.get("crs") or not manifest_site.get("origin"):
        return None
    return _frame_of(tuple(sorted(manifest_site["origin"].items())), manifest_site["crs"])


@functools.lru_cache(maxsize=64)
def _frame_of(origin: tuple, crs: str) -> Optional[LocalFrame]:
    """One frame per site and CRS (making pyproj's transformers is most of a small bundle's time)."""
    try:
        return LocalFrame.for_site(dict(origin), crs)
    except GeoError:
        return None


def _places(frame: Optional[LocalFrame], xyz: np.ndarray) -> tuple[list, list]:
    """(easting, northing) and (lon, lat) per row of local x, y (None where unknown)."""
    n = len(xyz)
    if frame is None or n == 0:
        return [(None, None)] * n, [(None, None)] * n
    xy = np.asarray(xyz, dtype=np.float64)[:, :2]
    ok = np.isfinite(xy).all(axis=1)
    en = np.full((n, 2), np.nan)
    ll = np.full((n, 2), np.nan)
    if ok.any():
        en[ok] = frame.projected(xy[ok])
        ll[ok] = frame.lonlat(xy[ok])
    pairs = lambda a: [(float(r[0]), float(r[1])) if np.isfinite(r).all() else (None, None) for r in a]  # noqa: E731
    return pairs(en), pairs(ll)


def rows_of(checked, corpus: Optional[review.Corpus] = None) -> dict[str, Any]:
    """Everything the archive keeps of one checked bundle."""
    corpus = corpus if corpus is not None else review.Corpus()
    corpus.add_bundle(checked)
    m = checked.manifest
    site_doc = m["site"]
    site = corpus.sites[site_doc["id"]]
    frame = _frame(site_doc)
    outline = np.asarray(site.bounds, dtype=np.float64)
    site_row = db.SiteRow(
        id=site_doc["id"], names=site_doc.get("names") or {}, crs=frame.crs if frame else None,
        epsg=frame.epsg if frame else None, wkt=frame.wkt if frame else None, origin=site_doc.get("origin"),
        model_sha256=site_doc.get("model_sha256"), outline=outline.round(3).tolist(),
        footprint=frame.projected(outline).tolist() if frame else None,
        footprint_wgs84=frame.lonlat(outline).tolist() if frame else None)
    participants = {p["code"]: p for p in m["participants"]}
    catalog = corpus.catalog
    proposals = []
    for record in corpus.records:
        doc = record.doc
        blocks = doc["blocks"]
        positions = {b["uuid"]: b["position"] for b in blocks}
        bxyz = np.array([b["position"] for b in blocks], dtype=np.float64).reshape(-1, 3)
        ben, bll = _places(frame, bxyz)
        block_rows = []
        for k, b in enumerate(blocks):
            kind = catalog.get(b["type"])
            height = float(kind.height) * float(b["scale"]) if kind is not None else 0.0
            block_rows.append((b["uuid"], record.site_id, b["type"], b["category"] or (kind.category if kind else None),
                               height, float(b["position"][0]), float(b["position"][1]), float(b["position"][2]),
                               float(b["yaw"]), float(b["scale"]), b["variant"], ben[k], bll[k]))
        notes = doc["annotations"]
        nxyz_a = np.array([review.note_place(a, positions) or (math.nan, math.nan, math.nan) for a in notes],
                          dtype=np.float64).reshape(-1, 3)
        nen, nll = _places(frame, nxyz_a)
        note_rows = []
        for k, a in enumerate(notes):
            x, y, z = (float(v) if math.isfinite(v) else None for v in nxyz_a[k])
            author = a["author"]
            band = participants.get(author or "", {}).get("age_band")
            note_rows.append((a["uuid"], record.site_id, a["anchor"].get("block"), x, y, z, a["sticker"],
                              sorted(set(a["reasons"]), key=a["reasons"].index), a["text"], author, band,
                              a["created_at"], bool(a["audio"]), nen[k], nll[k]))
        indicator_rows = []
        for item in record.indicators:
            value = item.get("value")
            indicator_rows.append((str(item.get("id")), float(value) if isinstance(value, (int, float)) else None,
                                   item.get("met") if isinstance(item.get("met"), bool) else None, item))
        values = {
            "site_id": record.site_id, "title": record.title, "status": record.status,
            "favourite_block": doc["favourite_block"], "created_at": doc["created_at"], "updated_at": doc["updated_at"],
            "submitted_at": doc["submitted_at"],
            "participants": {"list": [{**p, "consent": bool(participants.get(p["code"], {}).get("consent", True))}
                                      for p in doc["participants"]]},
            "age_bands": list(record.age_bands), "blocks": record.blocks, "notes": record.annotations,
            "stickers": dict(record.stickers), "reasons": dict(record.reasons), "block_types": dict(record.block_types),
            "budget": record.budget, "budget_used": float(record.budget_used), "search_text": record.search_text,
        }
        proposals.append(db.ProposalRows(record.id, values, block_rows, note_rows, indicator_rows))
    in_bundle = {p["id"] for p in m["proposals"]}
    withdrawn = m.get("withdrawn") or {}
    withheld = set(withdrawn.get("withheld") or ())
    for person in m["participants"]:   # a child without consent now: what they made alone is not in the bundle
        if not person["consent"]:
            withheld |= {pid for pid in person["proposals"] if pid not in in_bundle}
    settings = m["workshop"]["settings"]
    return {
        "site": site_row,
        "workshop": {"id": m["workshop"]["id"], "title": m["workshop"]["title"], "created_at": m["workshop"]["created_at"],
                     "settings": settings, "keep_until": (settings.get("keep_until") or None)},
        "consent": [(p["code"], p["age_band"], bool(p["consent"]), p["consent_notice_version"]) for p in m["participants"]],
        "proposals": proposals,
        "withdrawn": {"proposals": list(withdrawn.get("proposals") or ()), "notes": list(withdrawn.get("notes") or ())},
        "withheld": sorted(withheld - in_bundle),
        "exported_at": m["created_at"], "kiosk": m.get("kiosk"), "app_version": m["app"]["version"],
    }


@dataclass
class PublishResult:
    path: Path
    outcome: db.Published

    def summary(self) -> str:
        o = self.outcome
        if o.already:
            return _("{file}: already in the archive; nothing changed").format(file=self.path.name)
        parts = [n_("%n proposals added", o.added)]
        if o.updated:
            parts.append(n_("%n updated", o.updated))
        if o.kept:
            parts.append(n_("%n kept (the archive has a newer version)", o.kept))
        if o.refused:
            parts.append(n_("%n refused (erased on request or without consent)", o.refused))
        if o.removed or o.notes_removed:
            parts.append(_("{proposals} and {notes} removed (erased on request or without consent)").format(
                proposals=n_("%n proposals", o.removed), notes=n_("%n notes", o.notes_removed)))
        return _("{file}: {what}").format(file=self.path.name, what=_(", ").join(parts))


def publish(url: str, paths: Sequence[Path | str], progress: Optional[Callable[[int, int, str], None]] = None
            ) -> list[PublishResult]:
    """Check and publish each bundle, each in its own transaction. A bundle that fails the check
    stops the command before anything of it is written (the ones before it stay published)."""
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.is_file():
            raise UserError(_("there is no file {path}").format(path=path))
    results = []
    with session(url, autocommit=True) as conn:
        schema.check_version(conn)
        for n, path in enumerate(paths):
            if progress:
                progress(n, len(paths), path.name)
            sha = _sha256(path)
            if db.bundle_known(conn, sha):
                results.append(PublishResult(path, db.Published(already=True)))
                continue
            try:
                checked = review.check_for_review(path)
            except review.ReviewError as exc:
                raise UserError(str(exc)) from None
            rows = rows_of(checked)
            outcome = db.publish(conn, sha256=sha, file_name=path.name, kiosk=rows["kiosk"],
                                 app_version=rows["app_version"], exported_at=rows["exported_at"],
                                 workshop=rows["workshop"], site=rows["site"], consent=rows["consent"],
                                 proposals=rows["proposals"], withdrawn=rows["withdrawn"],
                                 withheld_by_consent=rows["withheld"])
            results.append(PublishResult(path, outcome))
        if progress:
            progress(len(paths), len(paths), "")
    return results


# --- retention and status -------------------------------------------------------------------------
def purge(url: str, on: Optional[str] = None) -> list[db.PurgedWorkshop]:
    from junior_planner.services.data_rights import today

    with session(url) as conn:
        schema.check_version(conn)
        return db.purge(conn, on or today())


def purge_summary(purged: Iterable[db.PurgedWorkshop]) -> str:
    purged = list(purged)
    if not purged:
        return _("Nothing in the archive is past its keep-until date.")
    lines = [n_("Deleted %n workshops past their keep-until date:", len(purged))]
    for p in purged:
        lines.append("  " + _("{title} (kept until {date}): {proposals}, {blocks}, {notes}").format(
            title=p.title, date=p.keep_until, proposals=n_("%n proposals", p.proposals),
            blocks=n_("%n blocks", p.blocks), notes=n_("%n notes", p.notes)))
    return "\n".join(lines)


def status(url: str) -> dict[str, Any]:
    with session(url) as conn:
        version = schema.schema_version(conn)
        if version is None:
            raise UserError(message(ArchiveError("no-archive")))
        info = db.status(conn)
        info["schema_version"] = version
        return info
