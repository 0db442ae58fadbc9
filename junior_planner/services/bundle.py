"""Exporting a workshop as a `.jpbundle` for planners and other kiosks, checking one, and merging
one from another kiosk into this store (FORMATS.md, SAFETY.md).

Qt-free: pictures come from a `SnapshotRenderer` the caller passes in (the CLI builds one from
render/snapshot.py when a display is available).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import uuid as _uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

from junior_planner import __version__
from junior_planner.exchange import bundle as fmt
from junior_planner.exchange import bundle_check
from junior_planner.exchange import derived
from junior_planner.exchange.geo import GeoError, LocalFrame
from junior_planner.exchange.proposal_json import fill_content
from junior_planner.exchange.safezip import BundleError
from junior_planner.i18n import _, n_
from junior_planner.model.entities import Participant, Proposal, ProposalDetails, Workshop, utc_now
from junior_planner.model.serial import command_from_record
from junior_planner.model.site import Site
from junior_planner.services.library import Library
from junior_planner.services.errors import UserError
from junior_planner.services.proposals import proposal_document
from junior_planner.store import Store, erase
from junior_planner.store import merge as store_merge

# names for the participants and second versions an import creates (stable, so importing twice
# creates nothing new)
from junior_planner.services.bundle_scenes import _scene, _site_mesh, _site_scene  # noqa: F401

_log = logging.getLogger(__name__)

IMPORT_NAMESPACE = _uuid.UUID("5b0f6f1e-8a55-4f4e-9d38-6a3c1f7e2b11")
SNAPSHOT_VIEWS = ("top", "child")
SNAPSHOT_SIZE = (1280, 800)

# (proposal, site, view) -> PNG bytes; raises an exception with a one-sentence message when it cannot draw
SnapshotRenderer = Callable[[Proposal, Site, str], bytes]


@dataclass
class ExportResult:
    path: Path
    manifest: dict[str, Any]

    def summary(self) -> str:
        c = self.manifest["counts"]
        return _("wrote {path}: {proposals}, {blocks}, {annotations}, {snapshots}").format(
            path=self.path, proposals=n_("%n proposals", c["proposals"]), blocks=n_("%n blocks", c["blocks"]),
            annotations=n_("%n notes", c["annotations"]), snapshots=n_("%n pictures", c["snapshots"]))


@dataclass
class ImportResult:
    workshop_id: str
    added: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    new_workshop: bool = False

    def summary(self) -> str:
        return _("imported into workshop {workshop}: {added} new proposals, {versions} kept as second versions, "
                 "{unchanged} already here").format(workshop=self.workshop_id, added=len(self.added),
                                                     versions=len(self.versions), unchanged=len(self.unchanged))


# --- helpers ----------------------------------------------------------------------------------------
def site_model_sha256(site: Site) -> Optional[str]:
    """sha256 of the site's 3D model file (None for a flat site without one)."""
    if not site.model:
        return None
    return _file_sha256(str(site.model))


@functools.lru_cache(maxsize=16)
def _file_sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _frame(site: Site) -> Optional[LocalFrame]:
    """The site's place on the earth; None for a site without a coordinate system (its bundle
    carries local coordinates and says so)."""
    try:
        return LocalFrame.of_site(site)
    except GeoError as exc:
        raise UserError(_("site '{site}': {reason}").format(site=site.id, reason=exc)) from None


def participant_codes(proposals: Iterable[Proposal]) -> dict[str, str]:
    """Per-export anonymous codes C01, C02, ... in order of first appearance (proposals by creation
    time, then each group's order, then note authors), so the same data always gets the same codes."""
    codes: dict[str, str] = {}
    for p in sorted(proposals, key=lambda p: (p.created_at, p.id)):
        for pid in list(p.participants) + [a.author for a in p.annotations.values() if a.author]:
            if pid not in codes:
                codes[pid] = f"C{len(codes) + 1:02d}"
    return codes


# --- export -------------------------------------------------------------------------------------------
def _has_consent(proposal: Proposal, people: dict) -> bool:
    """A proposal goes into a bundle when at least one of its children has guardian consent
    (a proposal made without children, e.g. by a facilitator's script, counts as consented)."""
    if not proposal.participants:
        return True
    return any(people[pid].consent for pid in proposal.participants if pid in people)


def _start_pictures(proposals, site, snapshots, tick: Callable[[], None]) -> tuple[dict[str, Any], Optional[Exception]]:
    """Each proposal's pictures (bytes, or futures of bytes), or the error that stopped them."""
    drawn: dict[str, Any] = {}
    if snapshots is None:
        return drawn, None
    try:
        for p in proposals:
            for view in SNAPSHOT_VIEWS:
                drawn[f"snapshots/{p.id}-{view}.png"] = snapshots(p, site, view)
                tick()
    except Exception as exc:  # no GL, a driver problem: the bundle is still useful without pictures
        _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
        return {}, exc
    return drawn, None


def _resolve_pictures(drawn: dict[str, Any], members: dict[str, bytes], note: str,
                      failed: Optional[Exception], asked: bool) -> tuple[int, str]:
    """Put the finished pictures into `members`: (how many, the manifest's note about them)."""
    if failed is None and drawn:
        try:
            done = {name: value.result() if hasattr(value, "result") else value for name, value in drawn.items()}
        except Exception as exc:  # an encoder failed: no pictures rather than some
            _log.debug("caught at an edge", exc_info=True)
            failed = exc
        else:
            members.update(done)
            return len(done), note or _("pictures drawn from above and at a child's eye height")
    if failed is not None:
        return 0, _("no pictures: {reason}").format(reason=str(failed)[:300])
    return 0, note or (_("no proposals to draw") if asked else _("no pictures were asked for"))


def kiosk_label(store: Store) -> str:
    """'kiosk-' and the start of this data folder's random id, made on first use: which machine
    made a bundle, without a computer's or a person's name."""
    value = store.get_meta("install_id")
    if not value:
        import uuid

        value = uuid.uuid4().hex
        store.set_meta("install_id", value)
    return f"kiosk-{value[:8]}"


def export_bundle(store: Store, workshop: Workshop, out: Path, include_audio: bool = False, history: bool = False,
                  snapshots: Optional[SnapshotRenderer] = None, snapshot_note: str = "",
                  progress: Optional[Callable[[int, int], None]] = None, web_page: bool = True) -> ExportResult:
    """`progress(done, total)` is called as each picture is drawn and each proposal's files are made
    (a long export shows a real bar); writing and checking the zip is the last step."""
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
    site = Library.of(store).site(workshop.site_id)
    if site is None:
        raise UserError(_("the site '{site}' of this workshop is not installed here").format(site=workshop.site_id))
    frame = _frame(site)
    catalog = Library.of(store).catalog
    proposals = [store.proposal(s.id) for s in store.proposal_summaries(workshop.id)]
    people = {p.id: p for p in store.participants(workshop_id=workshop.id)}
    # SAFETY.md: work of children without guardian consent never leaves this machine
    proposals = sorted((p for p in proposals if p is not None and _has_consent(p, people)),
                       key=lambda p: (p.created_at, p.id))
    codes = participant_codes(proposals)
    docs = [proposal_document(store, p, codes) for p in proposals]
    age_bands = {codes[pid]: people[pid].age_band for pid in codes if pid in people}

    members: dict[str, bytes] = {}
    # pictures first: a renderer may hand back futures (PNGs encoded on other threads while the
    # scenes and derived files are made here); they are collected before writing
    steps = (len(docs) * len(SNAPSHOT_VIEWS) if snapshots is not None else 0) + len(docs) + 1
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress is not None:
            progress(min(done[0], steps - 1), steps)

    drawn, failed = _start_pictures(proposals, site, snapshots if docs else None, tick)
    if docs:  # the site once per bundle; each proposal's scene holds its blocks in the same frame
        members["scenes/site.glb"] = _site_scene(_site_mesh(site), site, frame)
    for doc in docs:
        members[f"proposals/{doc['id']}.json"] = fmt.dumps(doc)
        members[f"scenes/{doc['id']}.glb"] = _scene(doc, site, frame)
        tick()

    history_pos: dict[str, Optional[int]] = {p.id: None for p in proposals}
    if history:
        to_code: Callable[[Any], Any] = lambda v: codes.get(v) if v is not None else None
        for p in proposals:
            records, pos = store.history(p.id)
            times = store.history_times(p.id)
            lines = [json.dumps({"seq": i + 1, "created_at": when, "record": fmt.map_values(r, "author", to_code)},
                                ensure_ascii=False, separators=(",", ":"), allow_nan=False)
                     for i, (r, when) in enumerate(zip(records, times))]
            members[f"history/{p.id}.jsonl"] = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
            history_pos[p.id] = pos

    if include_audio:
        for p in proposals:
            for a in p.annotations.values():
                if a.audio_ref and f"audio/{a.audio_ref}.wav" not in members:
                    try:
                        members[f"audio/{a.audio_ref}.wav"] = store.media.get(a.audio_ref, ".wav")
                    except (OSError, ValueError):
                        raise UserError(_("the voice note {sha} of proposal {id} is missing or damaged in the media folder").format(
                            sha=a.audio_ref[:12], id=p.id)) from None

    pictures, note = _resolve_pictures(drawn, members, snapshot_note, failed, asked=snapshots is not None)

    title = workshop.title
    if frame is not None:  # RFC 7946 is WGS84: a site without a coordinate system has no GeoJSON
        from junior_planner.exchange import gis

        members["proposals.geojson"] = derived.geojson(docs, catalog, frame, age_bands, name=f"junior-planner {workshop.id}")
        members["proposals.gpkg"] = gis.geopackage(docs, catalog, frame, age_bands)
        members["proposals-shp.zip"] = gis.shapefile_zip(docs, catalog, frame, age_bands)
    members["proposals.city.json"] = derived.cityjson(docs, catalog, frame, age_bands, title)
    members["summary.csv"] = derived.summary_csv(docs, catalog, frame, age_bands)
    members["annotations.csv"] = derived.annotations_csv(docs, frame, age_bands)
    members["indicators.csv"] = derived.indicators_csv(docs)
    members["README.txt"] = fmt.README.encode("utf-8")
    for name in fmt.SCHEMA_FILES:
        members[f"schema/{name}"] = fmt.schema_text(name)

    participants = []
    for pid, code in codes.items():
        person = people.get(pid)
        participants.append({
            "code": code, "age_band": person.age_band if person else "9-11", "consent": bool(person and person.consent),
            "consent_notice_version": person.consent_notice_version if person else "",
            "proposals": [p.id for p in proposals if pid in p.participants or
                          any(a.author == pid for a in p.annotations.values())]})
    settings = {"budget": workshop.budget, "palette": list(workshop.palette) if workshop.palette is not None else None,
                "idle_timeout_s": workshop.idle_timeout_s, "languages": list(workshop.languages),
                "keep_until": workshop.keep_until, "voice_notes": workshop.voice_notes,
                "reason_chips": list(workshop.reason_chips)}
    manifest = {
        "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION,
        "app": {"name": "junior-planner", "version": __version__},
        "created_at": utc_now(),
        "workshop": {"id": workshop.id, "title": title, "created_at": workshop.created_at, "settings": settings},
        "site": {"id": site.id, "names": dict(site.names), "model_sha256": site_model_sha256(site),
                 "georeferenced": frame is not None,
                 "origin": frame.describe()["origin"] if frame else None,
                 "crs": frame.crs if frame else None, "epsg": frame.epsg if frame else None},
        "participants": participants,
        "proposals": [{"id": d["id"], "title": d["title"], "status": d["status"], "blocks": len(d["blocks"]),
                       "annotations": len(d["annotations"]), "participants": [p["code"] for p in d["participants"]],
                       "history_pos": history_pos[d["id"]]} for d in docs],
        "counts": {"proposals": len(docs), "blocks": sum(len(d["blocks"]) for d in docs),
                   "annotations": sum(len(d["annotations"]) for d in docs), "participants": len(participants),
                   "audio": sum(1 for n in members if n.startswith("audio/")), "snapshots": pictures},
        "options": {"anonymised": True, "audio": include_audio, "history": history},
        "snapshots": {"included": pictures > 0, "note": note[:500]},
        "kiosk": kiosk_label(store),
        # for copies elsewhere (the city archive): erased on request here, or without consent now
        "withdrawn": {**erase.erasures(store, workshop.id),
                      "withheld": sorted({s.id for s in store.proposal_summaries(workshop.id)} - {d["id"] for d in docs})},
    }
    if web_page:  # index.html: the proposals in 3D in any browser, after unzipping (services/web.py)
        from junior_planner.services import web

        members.update(web.bundle_page(manifest, docs, members))
    try:
        written = fmt.write_bundle(out, members, manifest)
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=out, reason=exc.strerror or exc)) from None
    except BundleError as exc:
        raise UserError(str(exc)) from None
    return ExportResult(out, written)


# --- validate -------------------------------------------------------------------------------------------
def check(path: Path) -> bundle_check.CheckedBundle:
    """Check a bundle; hostile structure raises UserError, content problems are in `.problems`."""
    try:
        return bundle_check.check_bundle(path)
    except BundleError as exc:
        raise UserError(str(exc)) from None


# --- import ---------------------------------------------------------------------------------------------
def _fingerprint(doc: Mapping[str, Any]) -> str:
    """What makes two proposals the same: blocks, notes (without their anonymous author codes),
    title, favourite and status."""
    content = {"title": doc["title"], "favourite_block": doc["favourite_block"], "status": doc["status"],
               "blocks": doc["blocks"],
               "annotations": [{k: v for k, v in a.items() if k != "author"} for a in doc["annotations"]]}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def import_bundle(store: Store, path: Path) -> ImportResult:
    """Merge another kiosk's bundle: all of it, in one transaction, or (with a UserError) nothing."""
    path = Path(path)
    try:
        checked = bundle_check.check_bundle(path, keep_audio=True)
    except BundleError as exc:
        raise UserError(str(exc)) from None
    if checked.problems:
        more = len(checked.problems) - 1
        first = checked.problems[0]
        raise UserError(first + (" " + n_("(and %n more problems; see 'junior-planner validate')", more)
                                 if more else ""))
    manifest = checked.manifest
    where = path.name
    site_info = manifest["site"]
    site = Library.of(store).site(site_info["id"])
    if site is None:
        raise UserError(_("{file}: the site '{site}' is not installed here; import the site first").format(
            file=where, site=site_info["id"]))
    sha = site_model_sha256(site)
    if site_info["model_sha256"] != sha:
        raise UserError(_("{file}: the site '{site}' here is not the same model as the one the bundle was made on").format(
            file=where, site=site.id))
    catalog = Library.of(store).catalog
    for doc in checked.proposals.values():
        for b in doc["blocks"]:
            if b["type"] not in catalog:
                raise UserError(_("{file}: proposal {id} uses the block type '{block}', which this Junior Planner does not have").format(
                    file=where, id=doc["id"], block=b["type"]))

    info = manifest["workshop"]
    existing_ws = store.workshop(info["id"])
    new_ws: Optional[Workshop] = None
    if existing_ws is not None:
        if existing_ws.site_id != site.id:
            raise UserError(_("{file}: workshop {id} is on another site here ({site})").format(
                file=where, id=info["id"], site=existing_ws.site_id))
        workshop = existing_ws
    else:
        s = info["settings"]
        kwargs: dict[str, Any] = {}
        for key in ("idle_timeout_s", "keep_until", "voice_notes"):
            if key in s:
                kwargs[key] = s[key]
        for key in ("languages", "reason_chips"):
            if key in s:
                kwargs[key] = tuple(s[key])
        workshop = new_ws = Workshop(id=info["id"], site_id=site.id, title=info["title"][:200], created_at=info["created_at"],
                                     budget=s.get("budget"), palette=tuple(s["palette"]) if s.get("palette") is not None else None,
                                     **kwargs)

    people = {p["code"]: p for p in manifest["participants"]}
    result = ImportResult(workshop.id, new_workshop=new_ws is not None)
    incoming: list[store_merge.IncomingProposal] = []
    planned_ids: set[str] = set()
    for entry in manifest["proposals"]:
        doc = checked.proposals[entry["id"]]
        pid, title = doc["id"], doc["title"]
        existing = store.proposal(pid)
        if existing is not None:
            fingerprint = _fingerprint(doc)
            if _fingerprint(proposal_document(store, existing)) == fingerprint:
                result.unchanged.append(pid)
                continue
            pid = str(_uuid.uuid5(IMPORT_NAMESPACE, f"{doc['id']}/{fingerprint}"))
            if store.proposal(pid) is not None or pid in planned_ids:
                result.unchanged.append(doc["id"])
                continue
            title = _("{title} (second version of {id})").format(title=title[:120], id=doc["id"][:8])
            result.versions.append(pid)
        else:
            result.added.append(pid)
        planned_ids.add(pid)
        incoming.append(_incoming(doc, pid, title, workshop, people, checked.history.get(doc["id"]),
                                  entry["history_pos"], store, where))
    # participants shared by several incoming proposals are written once
    seen = store_merge.existing_participant_ids(store, [p.id for item in incoming for p in item.participants])
    for item in incoming:
        fresh = []
        for person in item.participants:
            if person.id not in seen:
                seen.add(person.id)
                fresh.append(person)
        item.participants = fresh
    for sha, data in checked.audio.items():
        store.media.put(data, ".wav")  # content-addressed: harmless if the merge below fails
    if incoming or new_ws is not None:
        store_merge.merge(store, new_ws, incoming)
    return result


def _incoming(doc: Mapping[str, Any], pid: str, title: str, workshop: Workshop, people: Mapping[str, Any],
              steps: Optional[list[dict[str, Any]]], history_pos: Optional[int], store: Store,
              where: str) -> store_merge.IncomingProposal:
    def person_id(code: str) -> str:
        first = people[code]["proposals"][0] if people[code]["proposals"] else doc["id"]
        return str(_uuid.uuid5(IMPORT_NAMESPACE, f"{first}/{code}"))

    avatars = {p["code"]: p["avatar"] for p in doc["participants"]}
    codes = [p["code"] for p in doc["participants"]]
    codes += [a["author"] for a in doc["annotations"] if a["author"] and a["author"] not in codes]
    participants = []
    for code in dict.fromkeys(codes):
        info = people[code]
        participants.append(Participant(id=person_id(code), workshop_id=workshop.id, pseudonym=code, age_band=info["age_band"],
                                        created_at=doc["created_at"], avatar=avatars.get(code, ""), consent=info["consent"],
                                        consent_notice_version=info["consent_notice_version"]))
    proposal = Proposal(id=pid, workshop_id=workshop.id, created_at=doc["created_at"], updated_at=doc["updated_at"],
                        status=doc["status"], submitted_at=doc["submitted_at"],
                        participants=[person_id(p["code"]) for p in doc["participants"]],
                        details=ProposalDetails(title=title, favourite_block=doc["favourite_block"]))
    fill_content(proposal, doc, person_id)
    rows: list[tuple[int, dict[str, Any], str]] = []
    if steps:
        to_id: Callable[[Any], Any] = lambda v: person_id(v) if v in people else None
        for step in steps:
            record = fmt.map_values(step["record"], "author", to_id)
            try:
                command_from_record(record)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError):  # a shape the editor could not read back
                raise UserError(_("{file}: history step {seq} of proposal {id} is not a readable edit").format(
                    file=where, seq=step["seq"], id=doc["id"])) from None
            rows.append((step["seq"], record, step["created_at"]))
    return store_merge.IncomingProposal(proposal, participants, rows, history_pos if (rows and history_pos) else 0)
