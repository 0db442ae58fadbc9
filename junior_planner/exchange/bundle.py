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
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

from junior_planner.exchange.bundle_readme import README  # noqa: F401 - a bundle member
from junior_planner.exchange.safezip import BundleError, SafeZip, strict_json
from junior_planner.exchange.web_page import PAGE_MEMBERS
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
    # the web view (exchange/web_page.py): open index.html in a browser after unzipping
    "web_page": re.compile(r"index\.html"),
    "web_asset": re.compile("|".join(re.escape(n) for n in PAGE_MEMBERS if n.startswith("web/"))),
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

