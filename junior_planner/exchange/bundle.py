"""The `.jpbundle` format (FORMATS.md): what may be in it, writing it safely, and checking one
that came from another machine (structure, schema, checksums, references).

No Qt, no store: the services layer gathers the workshop's data and calls `write_bundle`;
`validate_bundle` returns the parsed, checked contents for `import` or a list of problems.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

from junior_planner.exchange.safezip import DEFAULT_LIMITS, BundleError, Limits, SafeZip, strict_json
from junior_planner.i18n import _

FORMAT = "junior-planner-bundle"
FORMAT_VERSION = 1
SUFFIX = ".jpbundle"
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_FILES = ("manifest-1.schema.json", "proposal-1.schema.json")

MAX_MANIFEST_BYTES = 8 * 1024 ** 2
MAX_PROPOSAL_BYTES = 32 * 1024 ** 2
MAX_HISTORY_BYTES = 64 * 1024 ** 2
MAX_HISTORY_LINE = 256 * 1024
MAX_AUDIO_BYTES = 64 * 1024 ** 2
MAX_JSON_DEPTH = 32

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
MEMBER_PATTERNS = {
    "manifest": re.compile(r"manifest\.json"),
    "readme": re.compile(r"README\.txt"),
    "schema": re.compile(r"schema/(" + "|".join(re.escape(n) for n in SCHEMA_FILES) + r")"),
    "proposal": re.compile(rf"proposals/({_UUID})\.json"),
    "scene": re.compile(rf"scenes/({_UUID})\.glb"),
    "site_scene": re.compile(r"scenes/site\.glb"),
    "gpkg": re.compile(r"proposals\.gpkg"),
    "shapefile": re.compile(r"proposals-shp\.zip"),
    "snapshot": re.compile(rf"snapshots/({_UUID})-(top|child)\.png"),
    "history": re.compile(rf"history/({_UUID})\.jsonl"),
    "audio": re.compile(r"audio/([0-9a-f]{64})\.wav"),
    "cityjson": re.compile(r"proposals\.city\.json"),
    "geojson": re.compile(r"proposals\.geojson"),
    "summary": re.compile(r"summary\.csv"),
    "annotations": re.compile(r"annotations\.csv"),
    "indicators": re.compile(r"indicators\.csv"),
}
# already-compressed members are stored as they are
STORED_SUFFIXES = (".png", ".glb", ".wav", ".zip")


def member_kind(name: str) -> Optional[tuple[str, tuple[str, ...]]]:
    for kind, pattern in MEMBER_PATTERNS.items():
        match = pattern.fullmatch(name)
        if match:
            return kind, match.groups()
    return None


@functools.lru_cache(maxsize=None)
def schema_text(name: str) -> bytes:
    return (SCHEMA_DIR / name).read_bytes()


@functools.lru_cache(maxsize=None)
def _validator(name: str):
    import jsonschema

    schema = json.loads(schema_text(name))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_problems(document: Any, schema: str, where: str, limit: int = 10) -> list[str]:
    """One sentence per schema violation (at most `limit`), naming the file and the place."""
    problems = []
    for error in sorted(_validator(schema).iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        place = "/".join(str(p) for p in error.absolute_path) or _("the top level")
        problems.append(_("{file}: at {place}: {message}").format(file=where, place=place, message=error.message[:200]))
        if len(problems) >= limit:
            break
    return problems


# A proposal can hold thousands of blocks and notes, and jsonschema spends ~1 ms on each; these
# checks accept an item only when it certainly satisfies proposal-1.schema.json (they are as strict
# or stricter), and any item they do not accept is checked by jsonschema itself for its message.
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_CODE = re.compile(r"C[0-9]{2,6}")
_SHA = re.compile(r"[0-9a-f]{64}")
_BLOCK_KEYS = frozenset({"uuid", "type", "category", "position", "yaw", "scale", "variant"})
_NOTE_KEYS = frozenset({"uuid", "anchor", "sticker", "reasons", "text", "audio", "author", "created_at"})


def _num(v: Any, low: float, high: float) -> bool:
    return type(v) in (int, float) and low <= v <= high


def _text(v: Any, pattern: re.Pattern, limit: int = 100) -> bool:
    return type(v) is str and len(v) <= limit and pattern.fullmatch(v) is not None


def _point(v: Any) -> bool:
    return type(v) is list and len(v) == 3 and all(_num(c, -1e6, 1e6) for c in v)


def _block_ok(b: Any) -> bool:
    return (type(b) is dict and b.keys() == _BLOCK_KEYS and _text(b["uuid"], _ID) and _text(b["type"], _SLUG)
            and (b["category"] is None or _text(b["category"], _SLUG)) and _point(b["position"])
            and _num(b["yaw"], -3600, 3600) and _num(b["scale"], 0, 100) and b["scale"] > 0
            and type(b["variant"]) is str and len(b["variant"]) <= 40)


def _note_ok(a: Any) -> bool:
    if type(a) is not dict or a.keys() != _NOTE_KEYS:
        return False
    anchor = a["anchor"]
    if type(anchor) is not dict or len(anchor) != 1:
        return False
    if "block" in anchor:
        if not _text(anchor["block"], _ID):
            return False
    elif "point" not in anchor or not (anchor["point"] is None or _point(anchor["point"])):
        return False
    reasons = a["reasons"]
    return ((a["sticker"] is None or _text(a["sticker"], _SLUG)) and type(reasons) is list and len(reasons) <= 50
            and all(_text(r, _SLUG) for r in reasons) and type(a["text"]) is str and len(a["text"]) <= 2000
            and (a["audio"] is None or _text(a["audio"], _SHA, 64)) and (a["author"] is None or _text(a["author"], _CODE, 7))
            and type(a["created_at"]) is str and len(a["created_at"]) <= 40 and _uuid_ok(a["uuid"]))


def _uuid_ok(v: Any) -> bool:
    return _text(v, _ID)


@functools.lru_cache(maxsize=None)
def _item_validator(schema: str, key: str):
    import jsonschema

    root = json.loads(schema_text(schema))
    return jsonschema.Draft202012Validator({"$defs": root["$defs"], **root["properties"][key]["items"]})


def proposal_problems(doc: Any, where: str, limit: int = 10) -> list[str]:
    """schema_problems(doc, "proposal-1.schema.json", where), fast for big proposals."""
    name = "proposal-1.schema.json"
    if type(doc) is not dict or any(type(doc.get(k)) is not list or len(doc[k]) > 100_000 for k in ("blocks", "annotations")):
        return schema_problems(doc, name, where, limit)
    problems = schema_problems({**doc, "blocks": [], "annotations": []}, name, where, limit)
    for key, ok in (("blocks", _block_ok), ("annotations", _note_ok)):
        for i, item in enumerate(doc[key]):
            if ok(item):
                continue
            for error in _item_validator(name, key).iter_errors(item):
                place = "/".join([key, str(i), *map(str, error.absolute_path)])
                problems.append(_("{file}: at {place}: {message}").format(file=where, place=place, message=error.message[:200]))
                if len(problems) >= limit:
                    return problems
    return problems


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


# --- writing --------------------------------------------------------------------------------------
def write_bundle(out: Path, members: Mapping[str, bytes], manifest: dict[str, Any]) -> dict[str, Any]:
    """Write manifest + members as a zip: temp file in the target folder -> fsync -> rename ->
    fsync the folder; then reopen it and check every checksum. Returns the manifest written."""
    for name in members:
        if member_kind(name) is None or name == "manifest.json":
            raise ValueError(f"not a bundle member name: {name}")
    files = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
             for name, data in sorted(members.items())}
    manifest = dict(manifest, files=files)
    problems = schema_problems(manifest, "manifest-1.schema.json", "manifest.json")
    if problems:
        raise ValueError("the manifest does not follow its schema: " + problems[0])
    out = Path(out)
    folder = out.parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
                _add(zf, "manifest.json", dumps(manifest))
                for name in sorted(members):
                    _add(zf, name, members[name])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        _fsync_dir(folder)
    except OSError:
        out.unlink(missing_ok=True)  # the rename might not survive a power cut: report no bundle, leave none
        raise
    verify_checksums(out)
    return manifest


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = (0o100644 << 16)
    stored = name.endswith(STORED_SUFFIXES)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zf.writestr(info, data, compress_type=info.compress_type, compresslevel=None if stored else 6)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows: folders cannot be opened; the rename is already durable there
    try:
        os.fsync(fd)  # a failure here means the rename may not survive a power cut: the export fails
    finally:
        os.close(fd)


def verify_checksums(path: Path) -> None:
    """Reopen a bundle just written and check every member against the manifest."""
    with SafeZip(path) as zf:
        manifest = strict_json(zf.read("manifest.json", MAX_MANIFEST_BYTES), "manifest.json", MAX_MANIFEST_BYTES)
        names = set(zf.names) - {"manifest.json"}
        if names != set(manifest["files"]):
            raise BundleError(_("{file}: the written bundle does not hold the files its manifest lists").format(file=path.name))
        for name in sorted(names):
            digest, size = zf.sha256(name)
            entry = manifest["files"][name]
            if digest != entry["sha256"] or size != entry["size"]:
                raise BundleError(_("{file}: '{name}' does not match its checksum after writing").format(file=path.name, name=name))


# --- checking ------------------------------------------------------------------------------------
@dataclass
class CheckedBundle:
    """A bundle that passed every check: the parsed manifest, proposal documents and history."""

    path: Path
    manifest: dict[str, Any]
    proposals: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audio: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        c = self.manifest["counts"]
        return _("{file}: valid bundle of workshop '{title}' on site {site}: {proposals} proposals, {blocks} blocks, "
                 "{annotations} notes, {participants} participants, {files} files").format(
            file=self.path.name, title=self.manifest["workshop"]["title"], site=self.manifest["site"]["id"],
            proposals=c["proposals"], blocks=c["blocks"], annotations=c["annotations"],
            participants=c["participants"], files=len(self.manifest["files"]) + 1)


def check_bundle(path: Path | str, limits: Limits = DEFAULT_LIMITS, keep_audio: bool = False) -> CheckedBundle:
    """Check everything. Hostile structure (zip tricks, bad JSON, unknown members, a newer format)
    raises BundleError at once; content problems (schema, checksums, references) are collected in
    `problems`, one sentence each."""
    path = Path(path)
    where = path.name
    with SafeZip(path, limits) as zf:
        names = zf.names
        for name in names:
            if member_kind(name) is None:
                raise BundleError(_("{file}: unexpected member '{name}' (not part of a Junior Planner bundle)").format(
                    file=where, name=name))
        if "manifest.json" not in names:
            raise BundleError(_("{file}: there is no manifest.json; this is not a Junior Planner bundle").format(file=where))
        manifest = strict_json(zf.read("manifest.json", MAX_MANIFEST_BYTES), f"{where}/manifest.json",
                               MAX_MANIFEST_BYTES, MAX_JSON_DEPTH)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(_("{file}: manifest.json does not describe a Junior Planner bundle").format(file=where))
        version = manifest.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise BundleError(_("{file}: made by a newer Junior Planner (bundle format {version}; this version reads "
                                "format {known}); update Junior Planner to open it").format(
                file=where, version=version, known=FORMAT_VERSION))
        result = CheckedBundle(path, manifest)
        result.problems = schema_problems(manifest, "manifest-1.schema.json", f"{where}/manifest.json")
        if result.problems:
            return result
        _check_files(zf, result, where)
        _check_proposals(zf, result, where)
        if result.problems:
            return result
        _check_history_and_audio(zf, result, where, keep_audio)
    return result


def _check_files(zf: SafeZip, result: CheckedBundle, where: str) -> None:
    listed: Mapping[str, Mapping[str, Any]] = result.manifest["files"]
    present = set(zf.names) - {"manifest.json"}
    for name in sorted(present - set(listed)):
        result.problems.append(_("{file}: '{name}' is in the bundle but not in the manifest").format(file=where, name=name))
    for name in sorted(set(listed) - present):
        result.problems.append(_("{file}: '{name}' is listed in the manifest but missing").format(file=where, name=name))
    for name in sorted(present & set(listed)):
        if member_kind(name) is None:
            continue
        digest, size = zf.sha256(name)
        entry = listed[name]
        if size != entry["size"]:
            result.problems.append(_("{file}: '{name}' has {size} bytes, the manifest says {expected}").format(
                file=where, name=name, size=size, expected=entry["size"]))
        elif digest != entry["sha256"]:
            result.problems.append(_("{file}: '{name}' does not match its sha256 checksum").format(file=where, name=name))
    for name in sorted(set(listed)):
        if member_kind(name) is None:
            result.problems.append(_("{file}: the manifest lists '{name}', which is not part of a bundle").format(
                file=where, name=name))


def _check_proposals(zf: SafeZip, result: CheckedBundle, where: str) -> None:
    manifest = result.manifest
    problems = result.problems
    present = set(zf.names)
    codes = {p["code"]: p for p in manifest["participants"]}
    if len(codes) != len(manifest["participants"]):
        problems.append(_("{file}: a participant code appears twice in the manifest").format(file=where))
    ids = [p["id"] for p in manifest["proposals"]]
    if len(set(ids)) != len(ids):
        problems.append(_("{file}: a proposal appears twice in the manifest").format(file=where))
    known = set(ids)
    totals = {"blocks": 0, "annotations": 0}
    for entry in manifest["proposals"]:
        pid = entry["id"]
        for name in (f"proposals/{pid}.json", f"scenes/{pid}.glb"):
            if name not in present:
                problems.append(_("{file}: proposal {id} has no '{name}'").format(file=where, id=pid, name=name))
        if manifest["options"]["history"] and f"history/{pid}.jsonl" not in present:
            problems.append(_("{file}: proposal {id} has no '{name}'").format(file=where, id=pid, name=f"history/{pid}.jsonl"))
        name = f"proposals/{pid}.json"
        if name not in present:
            continue
        doc = strict_json(zf.read(name, MAX_PROPOSAL_BYTES), f"{where}/{name}", MAX_PROPOSAL_BYTES, MAX_JSON_DEPTH)
        found = proposal_problems(doc, f"{where}/{name}")
        if found:
            problems.extend(found)
            continue
        problems.extend(_proposal_references(doc, entry, manifest, codes, f"{where}/{name}"))
        totals["blocks"] += len(doc["blocks"])
        totals["annotations"] += len(doc["annotations"])
        result.proposals[pid] = doc
    for name in sorted(present):
        kind = member_kind(name)
        if kind and kind[0] in ("proposal", "scene", "snapshot", "history") and kind[1][0] not in known:
            problems.append(_("{file}: '{name}' belongs to no proposal in the manifest").format(file=where, name=name))
        if kind and kind[0] == "history" and not manifest["options"]["history"]:
            problems.append(_("{file}: '{name}' is there although the manifest says history was not exported").format(
                file=where, name=name))
        if kind and kind[0] == "audio" and not manifest["options"]["audio"]:
            problems.append(_("{file}: '{name}' is there although the manifest says audio was not exported").format(
                file=where, name=name))
        if kind and kind[0] == "scene" and zf.head(name, 4) != b"glTF":
            problems.append(_("{file}: '{name}' is not a glTF binary").format(file=where, name=name))
    for code, person in codes.items():
        for pid in person["proposals"]:
            if pid not in known:
                problems.append(_("{file}: participant {code} refers to proposal {id}, which is not in the bundle").format(
                    file=where, code=code, id=pid))
    counts = manifest["counts"]
    if not problems:
        expected = {"proposals": len(ids), "participants": len(codes), **totals}
        for key, value in expected.items():
            if counts[key] != value:
                problems.append(_("{file}: the manifest counts {count} {what}, the bundle holds {actual}").format(
                    file=where, count=counts[key], what=key, actual=value))


def _proposal_references(doc: Mapping[str, Any], entry: Mapping[str, Any], manifest: Mapping[str, Any],
                         codes: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    pid = entry["id"]
    if doc["id"] != pid:
        problems.append(_("{file}: the proposal inside has id {inner}, not {id}").format(file=where, inner=doc["id"], id=pid))
    if doc["workshop"]["id"] != manifest["workshop"]["id"]:
        problems.append(_("{file}: the proposal belongs to another workshop ({id})").format(file=where, id=doc["workshop"]["id"]))
    if doc["site"]["id"] != manifest["site"]["id"]:
        problems.append(_("{file}: the proposal is on another site ({id})").format(file=where, id=doc["site"]["id"]))
    blocks = [b["uuid"] for b in doc["blocks"]]
    if len(set(blocks)) != len(blocks):
        problems.append(_("{file}: a block uuid appears twice").format(file=where))
    notes = [a["uuid"] for a in doc["annotations"]]
    if len(set(notes)) != len(notes):
        problems.append(_("{file}: a note uuid appears twice").format(file=where))
    block_set = set(blocks)
    for a in doc["annotations"]:
        block = a["anchor"].get("block")
        if block is not None and block not in block_set:
            problems.append(_("{file}: note {note} is on block {block}, which is not in the proposal").format(
                file=where, note=a["uuid"], block=block))
        if a["author"] is not None and a["author"] not in codes:
            problems.append(_("{file}: note {note} names an author code {code} that the manifest does not list").format(
                file=where, note=a["uuid"], code=a["author"]))
        if a["audio"] is not None and manifest["options"]["audio"] and f"audio/{a['audio']}.wav" not in manifest["files"]:
            problems.append(_("{file}: note {note} has a voice note that is not in the bundle").format(file=where, note=a["uuid"]))
    if doc["favourite_block"] is not None and doc["favourite_block"] not in block_set:
        problems.append(_("{file}: the favourite block {block} is not in the proposal").format(file=where, block=doc["favourite_block"]))
    people = [p["code"] for p in doc["participants"]]
    for code in people:
        if code not in codes:
            problems.append(_("{file}: participant code {code} is not in the manifest").format(file=where, code=code))
        elif pid not in codes[code]["proposals"]:
            problems.append(_("{file}: the manifest does not list participant {code} in this proposal").format(file=where, code=code))
    if people != list(entry["participants"]):
        problems.append(_("{file}: the participants differ from the manifest's list").format(file=where))
    if len(doc["blocks"]) != entry["blocks"] or len(doc["annotations"]) != entry["annotations"]:
        problems.append(_("{file}: the block or note count differs from the manifest").format(file=where))
    return problems


def _check_history_and_audio(zf: SafeZip, result: CheckedBundle, where: str, keep_audio: bool) -> None:
    codes = {p["code"] for p in result.manifest["participants"]}
    for entry in result.manifest["proposals"]:
        name = f"history/{entry['id']}.jsonl"
        if name not in zf.names:
            continue
        raw = zf.read(name, MAX_HISTORY_BYTES)
        steps = []
        for number, line in enumerate(raw.split(b"\n"), start=1):
            if not line.strip():
                continue
            label = f"{where}/{name} line {number}"
            if len(line) > MAX_HISTORY_LINE:
                raise BundleError(_("{file}: the line is too long").format(file=label))
            step = strict_json(line, label, MAX_HISTORY_LINE, MAX_JSON_DEPTH)
            if (not isinstance(step, dict) or set(step) != {"seq", "created_at", "record"}
                    or not isinstance(step["seq"], int) or isinstance(step["seq"], bool) or step["seq"] != len(steps) + 1
                    or not isinstance(step["created_at"], str) or not isinstance(step["record"], dict)):
                result.problems.append(_("{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)").format(file=label))
                break
            authors = [v for v in _values_of(step["record"], "author") if v is not None]
            if any(a not in codes for a in authors):
                result.problems.append(_("{file}: a history step names an author code the manifest does not list").format(file=label))
                break
            steps.append(step)
        position = entry["history_pos"]
        if position is not None and position > len(steps):
            result.problems.append(_("{file}: the undo position {pos} is past the {count} history steps").format(
                file=f"{where}/{name}", pos=position, count=len(steps)))
        result.history[entry["id"]] = steps
    for name in zf.names:
        kind = member_kind(name)
        if kind and kind[0] == "audio":
            data = zf.read(name, MAX_AUDIO_BYTES)
            if hashlib.sha256(data).hexdigest() != kind[1][0]:
                result.problems.append(_("{file}: '{name}' does not match the checksum in its name").format(file=where, name=name))
            elif keep_audio:
                result.audio[kind[1][0]] = data


def _values_of(value: Any, key: str) -> Iterable[Any]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if k == key and not isinstance(v, (dict, list)):
                    yield v
                else:
                    stack.append(v)
        elif isinstance(item, list):
            stack.extend(item)


def map_values(value: Any, key: str, convert: Callable[[Any], Any]) -> Any:
    """A copy of `value` where every `key: v` (at any depth, v not a container) becomes `key: convert(v)`."""
    if isinstance(value, dict):
        return {k: (convert(v) if k == key and not isinstance(v, (dict, list)) else map_values(v, key, convert))
                for k, v in value.items()}
    if isinstance(value, list):
        return [map_values(v, key, convert) for v in value]
    return value


README = """Junior Planner bundle / 少年规划师 数据包
=====================================================

This zip holds the proposals children made in one workshop of Junior Planner, a 3D planning
game for participatory planning workshops. Children are named only by anonymous codes (C01,
C02, ...) that are different in every export; no names, pseudonyms or photos are included.
docs/planner-guide.md in the Junior Planner source explains how to open each file in QGIS,
Blender and a spreadsheet.

Coordinates: every proposal file uses site-local metres: x east, y north, z up, measured from the
site's origin. manifest.json gives that origin (longitude, latitude, height; easting, northing
and rotation for imported sites) and the site's projected coordinate system (an EPSG code, e.g.
EPSG:4549); local x/y are metres east/north of the origin in that system (turned by the rotation,
which is 0 unless the facilitator placed a 3D model at an angle). proposals.geojson is already in
WGS84 longitude/latitude; proposals.gpkg, proposals-shp.zip and proposals.city.json are in the
site's projected coordinate system. A site without a coordinate system ("georeferenced": false in
manifest.json) has local metres only: its bundle has no GeoJSON, GeoPackage or Shapefile.

Files
-----
manifest.json          what is in the bundle: workshop, site (id, origin, EPSG), participant codes
                       with age bands and consent, counts, and the sha256 checksum and size of
                       every other file (schema/manifest-1.schema.json describes it)
proposals/<id>.json    one proposal: blocks (type, category, position, turn, size), the
                       children's notes (sticker, reason chips, text), title, status, budget used
                       (schema/proposal-1.schema.json describes it)
scenes/site.glb        the site in 3D (glTF binary, Y up), once per bundle; asset.extras holds the
                       coordinate system and origin.
scenes/<id>.glb        the proposal's blocks in 3D, in the same frame as scenes/site.glb: each block
                       node is named by its uuid and carries its attributes and the children's
                       notes as glTF "extras". Opens in Blender (File > Import > glTF 2.0; import
                       site.glb too) and most 3D viewers.
proposals.city.json    all blocks as CityJSON 2.0 city objects (CityFurniture,
                       SolitaryVegetationObject, GenericCityObject), boxes at level of detail 1,
                       with type, proposal and reasons as attributes. Opens with cjio, ninja and
                       the QGIS CityJSON Loader plugin.
proposals.geojson      block footprints (polygons) and notes (points) in WGS84 longitude/latitude,
                       with type, category, proposal, age bands, sticker and reasons. Drag it into
                       QGIS, or open it with any GIS.
proposals.gpkg         the same as a GeoPackage in the site's own coordinate system: layers
                       "blocks" (polygons) and "notes" (points).
proposals-shp.zip      the same as Shapefiles (blocks.shp, notes.shp, with .prj and a UTF-8 .cpg)
                       for older GIS and CAD software.
summary.csv            one row per block; annotations.csv one row per note; indicators.csv one row
                       per proposal and child-friendly indicator (value, unit, target, met). UTF-8
                       with a byte order mark, so spreadsheet programs show Chinese correctly.
snapshots/             pictures of each proposal from above (-top.png) and at a child's eye height
                       (-child.png), when the exporting computer could draw them.
history/<id>.jsonl     (only when exported with --history) every edit step, oldest first.
audio/<sha256>.wav     (only when exported with --include-audio) voice notes.
schema/                the JSON Schemas of manifest.json and the proposal files.

Checking: `junior-planner validate FILE.jpbundle` checks every checksum and reference.

----------------------------------------------------------------------------------------------
本数据包包含一次“少年规划师”工作坊中孩子们提交的方案。孩子们只以匿名编号（C01、C02……）出现，
每次导出的编号都不同；不含姓名、昵称或照片。

坐标：方案文件使用场地本地坐标（米）：x 向东、y 向北、z 向上，以场地原点为起点。manifest.json
给出原点的经纬度和高程，以及场地所用投影坐标系的 EPSG 代码（例如 EPSG:4549）。proposals.geojson
已转换为 WGS84 经纬度；proposals.gpkg、proposals-shp.zip 和 proposals.city.json 使用场地的投影
坐标系。没有坐标系的场地（manifest.json 中 "georeferenced": false）只有本地坐标，不含 GeoJSON、
GeoPackage 和 Shapefile。

文件：manifest.json（清单、校验和）、proposals/（每个方案的 JSON）、scenes/（glTF 三维场景，
site.glb 为场地，可用 Blender 打开）、proposals.city.json（CityJSON 2.0）、proposals.geojson（可直接
拖入 QGIS）、proposals.gpkg（GeoPackage）、proposals-shp.zip（Shapefile）、
summary.csv、annotations.csv 和 indicators.csv（带 BOM 的 UTF-8 表格，可用电子表格软件打开）、snapshots/（方案图片）、
history/（编辑历史，可选）、audio/（语音留言，可选）、schema/（JSON Schema）。
"""
