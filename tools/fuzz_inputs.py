"""Fuzz the three ways hostile input enters Junior Planner (issue 9, item 4; SAFETY.md "Bad input").

Targets
  replay  edit scripts (services.replay.Replay.run on a byte stream): mutated valid scripts and
          random JSON lines. Allowed outcome: success, or UserError (ReplayError) / StoreError.
  bundle  bundle import (services.bundle.check + import_bundle): one valid practice-lawn bundle is
          exported per session, then mutated as bytes, as members (dropped, duplicated, renamed,
          added) and as JSON values (checksums re-fixed most of the time so the mutation reaches
          the schema and merge checks). Allowed: success or UserError; after a refusal the target
          store's tables must be exactly as before (store.merge.dump_tables).
  mesh    site files: meshes.loader.load_file (precheck + parser, in-process) and the footprint step
          of services.sites.import_site, on mutated GLB/glTF/STL/PLY/OFF/OBJ/GeoJSON. Allowed:
          success or MeshError.
Any other exception is a bug; it is recorded (type, message, input saved under --out).

Usage
  .venv/bin/python tools/fuzz_inputs.py [--target replay|bundle|mesh|all] [--runs N] [--seed S]
                                         [--out DIR] [--engine random|atheris]
prints one JSON object: executions, outcomes, corpus size, bugs and seconds per target.
The default engine is a seeded random mutator with a coverage-free growing corpus (inputs that
succeed are kept); `--engine atheris` runs one target under libFuzzer/atheris instead
(coverage-guided, instrumented junior_planner), if atheris is installed.
"""

from __future__ import annotations

import argparse
import collections
import copy
import hashlib
import io
import json
import os
import random
import shutil
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# --- generic mutators -------------------------------------------------------------------------------
INTERESTING_INTS = [0, 1, -1, 2, 3, 4, 7, 8, 127, 128, 255, 256, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 10**9]
INTERESTING_TEXT = [b"NaN", b"Infinity", b"-0", b"1e999", b"-1e308", b"9" * 40, b"\x00", b"\\u0000", b"\"", b"{",
                    b"[", b"]", b"}", b"../../etc/passwd", b"\xff\xfe", b"\xe4\xbd\xa0", b"\n", b",", b"null", b"true"]
JSON_POOL: list[Any] = [None, True, False, 0, -1, 1, 2**31, 2**64, 10**30, -10**30, 0.5, -0.0, 1e308, -1e308, 5e-324,
                        "", " ", "x" * 600, "../../etc/passwd", "C:\\x", "\u0000", "我们", "bench", "tree",
                        "practice-lawn", "draft", "submitted", [], {}, [[[[[[[[]]]]]]]], [0, 0], [1e9, 1e9, 1e9],
                        {"a": 1}, ["more-shade"], "2024-01-01T00:00:00Z", "1970-01-01", "00000000-0000-0000-0000-000000000000"]


def mutate_bytes(rng: random.Random, data: bytes, corpus: list[bytes] = ()) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 6])):
        op = rng.randrange(9)
        if not buf:
            buf += bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            continue
        i = rng.randrange(len(buf))
        if op == 0:
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[i] = rng.randrange(256)
        elif op == 2:
            del buf[i:i + rng.randint(1, 64)]
        elif op == 3:
            buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 4 and len(buf) >= 4:
            j = min(i, len(buf) - 4)
            fmt = rng.choice(["<I", ">I", "<i"])
            value = rng.choice(INTERESTING_INTS)
            if fmt == "<i":
                value = -value if value <= 0x7FFFFFFF else -1
            buf[j:j + 4] = struct.pack(fmt, value & 0xFFFFFFFF if fmt != "<i" else value)
        elif op == 5:
            j = rng.randrange(len(buf))
            lo, hi = min(i, j), max(i, j)
            buf[lo:lo] = buf[lo:hi][:4096]
        elif op == 6:
            buf[i:i + rng.randint(0, 4)] = rng.choice(INTERESTING_TEXT)
        elif op == 7:
            del buf[rng.randrange(len(buf) + 1):]
        elif op == 8 and corpus:
            other = rng.choice(corpus)
            if other:
                j = rng.randrange(len(other))
                buf[i:] = other[j:j + rng.randint(1, 512)]
    return bytes(buf)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:20]):
            out += _paths(v, prefix + (i,))
    return out


def random_json(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 3 or r < 0.6:
        return copy.deepcopy(rng.choice(JSON_POOL))  # a copy: later mutations must not edit the pool
    if r < 0.8:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["op", "x", "y", "id", "type", "as", "target", "format", "files", "blocks", "k"]): random_json(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def mutate_json(rng: random.Random, value: Any) -> Any:
    """A deep copy of `value` with one to three changes: a value replaced, a key dropped or added,
    a list item duplicated or removed."""
    value = json.loads(json.dumps(value))
    for _ in range(rng.choice([1, 1, 2, 3])):
        paths = _paths(value)
        path = rng.choice(paths)
        if not path:
            if rng.random() < 0.1:
                value = random_json(rng)
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        op = rng.randrange(6)
        if op <= 2:
            parent[key] = random_json(rng)
        elif op == 3:
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
        elif op == 4:
            if isinstance(parent, dict):
                parent[rng.choice(["extra", "id", "uuid", "x", "__proto__", key + "_"])] = random_json(rng)
            else:
                parent.insert(key, json.loads(json.dumps(parent[key])))
        else:
            item = parent[key]
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                parent[key] = rng.choice([item * 1000, -item, item + 0.5, item * 1e12, 0])
            elif isinstance(item, str):
                parent[key] = rng.choice([item.upper(), item + item, item[:1], "../" + item, item + "\u0000"])
            else:
                parent[key] = random_json(rng)
    return value


# --- the harness --------------------------------------------------------------------------------------
class Bug(Exception):
    pass


class Target:
    name = "target"
    allowed: tuple[type[BaseException], ...] = ()

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.corpus: list[bytes] = []

    def seeds(self) -> list[bytes]:  # pragma: no cover - abstract
        raise NotImplementedError

    def mutate(self, rng: random.Random, data: bytes) -> bytes:
        return mutate_bytes(rng, data, self.corpus)

    def run(self, data: bytes) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self) -> None:
        pass


def _store_errors() -> tuple[type[BaseException], ...]:
    from junior_planner.services.errors import UserError
    from junior_planner.store.database import StoreError

    return (UserError, StoreError)


def _integrity(store) -> None:
    result = [r[0] for r in store.db.conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise Bug(f"integrity_check: {result[:3]}")


# --- (a) edit scripts ---------------------------------------------------------------------------------
class ReplayTarget(Target):
    name = "replay"

    def __init__(self, workdir: Path):
        super().__init__(workdir)
        from junior_planner.services import library, workshops
        from junior_planner.store import Store

        self.allowed = _store_errors()
        self.store = Store(workdir / "replay-store")
        self.workshop = workshops.new_workshop(self.store, "practice-lawn", "Fuzz", budget=500)
        self.catalog = library.load_catalog()

    def seeds(self) -> list[bytes]:
        from junior_planner import resources
        from tests.robustness._common import make_script

        seeds = [p.read_bytes() for p in sorted(resources.asset("demo").glob("*.jsonl"))]
        for seed in range(4):
            lines = make_script(seed, 25, self.catalog)
            lines.append({"op": "submit", "title": "Our park"})
            seeds.append("\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode())
        return seeds

    def mutate(self, rng: random.Random, data: bytes) -> bytes:
        lines = data.split(b"\n")
        r = rng.random()
        if r < 0.35:
            return mutate_bytes(rng, data, self.corpus)
        i = rng.randrange(len(lines))
        if r < 0.7:
            try:
                lines[i] = json.dumps(mutate_json(rng, json.loads(lines[i])), ensure_ascii=rng.random() < 0.5).encode()
            except (ValueError, RecursionError):
                lines[i] = mutate_bytes(rng, lines[i])
        elif r < 0.8:
            lines.insert(i, json.dumps(random_json(rng)).encode())
        elif r < 0.87:
            del lines[i]
        elif r < 0.94:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, lines[rng.randrange(len(lines))])
        return b"\n".join(lines)

    def run(self, data: bytes) -> str:
        from junior_planner.services.replay import Replay

        try:
            Replay(self.store, self.workshop).run(io.BytesIO(data))
        except self.allowed as exc:
            return "refused:" + type(exc).__name__
        return "ok"

    def finish(self) -> None:
        _integrity(self.store)
        self.store.close()


# --- (b) bundles ----------------------------------------------------------------------------------------
MEMBER_NAMES = ["../evil.json", "/abs.json", "proposals\\x.json", "C:/x.json", "MANIFEST.JSON", "manifest.json ",
                "proposals/../manifest.json", "a\u0000b", "proposals/", "extra.txt", "proposals/x.json"]


def rezip(content: dict[str, bytes], fix_checksums: bool) -> bytes:
    content = dict(content)
    if fix_checksums and "manifest.json" in content:
        try:
            manifest = json.loads(content["manifest.json"])
        except ValueError:
            manifest = None
        if isinstance(manifest, dict):
            manifest["files"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                                 for n, d in sorted(content.items()) if n != "manifest.json"}
            content["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    return out.getvalue()


class BundleTarget(Target):
    name = "bundle"

    def __init__(self, workdir: Path):
        super().__init__(workdir)
        from junior_planner import resources
        from junior_planner.services import bundle, workshops
        from junior_planner.services.replay import Replay
        from junior_planner.store import Store

        self.allowed = _store_errors()
        source = Store(workdir / "bundle-source")
        ws = workshops.new_workshop(source, "practice-lawn", "Our park 我们的公园", budget=200)
        for script in sorted(resources.asset("demo").glob("*.jsonl")):
            with open(script, "rb") as fh:
                Replay(source, ws).run(fh)
        self.valid = workdir / "valid.jpbundle"
        bundle.export_bundle(source, ws, self.valid, history=True)
        source.close()
        self.target_store = Store(workdir / "bundle-target")
        self.path = workdir / "fuzz.jpbundle"
        self.imported = 0

    def seeds(self) -> list[bytes]:
        return [self.valid.read_bytes()]

    def mutate(self, rng: random.Random, data: bytes) -> bytes:
        r = rng.random()
        if r < 0.2:
            return mutate_bytes(rng, data, self.corpus)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                content = {i.filename: zf.read(i) for i in zf.infolist()}
        except Exception:
            return mutate_bytes(rng, data, self.corpus)
        if not content:
            return data
        name = rng.choice(sorted(content))
        json_names = [n for n in content if n.endswith(".json") or n.endswith(".jsonl")]
        if r < 0.75 and json_names:
            name = rng.choice(json_names)
            try:
                if name.endswith(".jsonl"):
                    lines = content[name].decode().splitlines()
                    k = rng.randrange(len(lines)) if lines else 0
                    if lines:
                        lines[k] = json.dumps(mutate_json(rng, json.loads(lines[k])))
                    content[name] = "\n".join(lines).encode()
                else:
                    content[name] = json.dumps(mutate_json(rng, json.loads(content[name])), ensure_ascii=False).encode()
            except (ValueError, UnicodeDecodeError, RecursionError):
                content[name] = mutate_bytes(rng, content[name])
        elif r < 0.85:
            content[name] = mutate_bytes(rng, content[name], self.corpus)
        elif r < 0.9:
            del content[name]
        elif r < 0.95:
            content[rng.choice(MEMBER_NAMES)] = content[name]
        else:
            content[rng.choice(MEMBER_NAMES)] = content.pop(name)
        return rezip(content, fix_checksums=rng.random() < 0.85)

    def run(self, data: bytes) -> str:
        from junior_planner.services import bundle
        from junior_planner.store.merge import dump_tables

        self.path.write_bytes(data)
        try:
            bundle.check(self.path)
        except self.allowed:
            pass
        before = dump_tables(self.target_store)
        try:
            bundle.import_bundle(self.target_store, self.path)
        except self.allowed as exc:
            if dump_tables(self.target_store) != before:
                raise Bug(f"the store changed after a refused import ({type(exc).__name__}: {exc})") from None
            return "refused:" + type(exc).__name__
        self.imported += 1
        return "ok"

    def finish(self) -> None:
        _integrity(self.target_store)
        self.target_store.close()


# --- (c) site files -----------------------------------------------------------------------------------------
EXTS = ["glb", "gltf", "stl", "ply", "off", "obj", "geojson", "cityjson", "osm"]


def mesh_seeds() -> dict[str, list[bytes]]:
    from tests.meshes.hostile import triangle_glb

    glb = triangle_glb()
    js_len = struct.unpack("<I", glb[12:16])[0]
    doc = json.loads(glb[20:20 + js_len])
    import base64

    bin_start = 20 + js_len + 8
    gltf = dict(doc, buffers=[{"byteLength": len(glb) - bin_start,
                               "uri": "data:application/octet-stream;base64," + base64.b64encode(glb[bin_start:]).decode()}])
    tetra_v = [(0, 0, 0), (4, 0, 0), (0, 4, 0), (0, 0, 3)]
    tetra_f = [(0, 2, 1), (0, 1, 3), (1, 2, 3), (0, 3, 2)]
    stl_ascii = "solid t\n" + "".join(
        "facet normal 0 0 0\nouter loop\n" + "".join(f"vertex {x} {y} {z}\n" for x, y, z in (tetra_v[i] for i in f))
        + "endloop\nendfacet\n" for f in tetra_f) + "endsolid t\n"
    stl_bin = b"\x00" * 80 + struct.pack("<I", len(tetra_f)) + b"".join(
        struct.pack("<3f", 0, 0, 0) + b"".join(struct.pack("<3f", *tetra_v[i]) for i in f) + b"\x00\x00" for f in tetra_f)
    ply = ("ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
           "element face 4\nproperty list uchar int vertex_indices\nend_header\n"
           + "".join(f"{x} {y} {z}\n" for x, y, z in tetra_v) + "".join(f"3 {a} {b} {c}\n" for a, b, c in tetra_f))
    off = "OFF\n4 4 0\n" + "".join(f"{x} {y} {z}\n" for x, y, z in tetra_v) + "".join(f"3 {a} {b} {c}\n" for a, b, c in tetra_f)
    obj = "".join(f"v {x} {y} {z}\n" for x, y, z in tetra_v) + "".join(f"f {a+1} {b+1} {c+1}\n" for a, b, c in tetra_f)
    geo = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"height": 10},
         "geometry": {"type": "Polygon", "coordinates": [[[116.30, 39.90], [116.3003, 39.90], [116.3003, 39.9002],
                                                          [116.30, 39.9002], [116.30, 39.90]]]}},
        {"type": "Feature", "properties": {"height": 6.5},
         "geometry": {"type": "Polygon", "coordinates": [[[116.3005, 39.90], [116.3007, 39.90], [116.3007, 39.9001],
                                                          [116.3005, 39.90]]]}}]}
    cityjson = {"type": "CityJSON", "version": "2.0", "transform": {"scale": [0.01, 0.01, 0.01], "translate": [100, 200, 0]},
                "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/4549"},
                "CityObjects": {"b1": {"type": "Building", "geometry": [{"type": "Solid", "lod": "1", "boundaries": [[
                    [[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]],
                    "semantics": {"surfaces": [{"type": "GroundSurface"}, {"type": "RoofSurface"}, {"type": "WallSurface"}],
                                  "values": [[0, 1, 2, 2, 2, 2]]}}]},
                                "t1": {"type": "TINRelief", "geometry": [{"type": "CompositeSurface", "lod": "1",
                                                                          "boundaries": [[[8, 9, 10]], [[8, 10, 11]]]}]}},
                "vertices": [[0, 0, 0], [1000, 0, 0], [1000, 1000, 0], [0, 1000, 0], [0, 0, 900], [1000, 0, 900],
                             [1000, 1000, 900], [0, 1000, 900], [-3000, -3000, 0], [4000, -3000, 0], [4000, 4000, 0],
                             [-3000, 4000, 0]]}
    osm = ('<?xml version="1.0"?><osm version="0.6">'
           '<node id="1" lat="29.080" lon="119.650"/><node id="2" lat="29.080" lon="119.6504"/>'
           '<node id="3" lat="29.0803" lon="119.6504"/><node id="4" lat="29.0803" lon="119.650"/>'
           '<node id="5" lat="29.0805" lon="119.6495"/><node id="6" lat="29.0805" lon="119.6510"/>'
           '<node id="7" lat="29.0801" lon="119.6508"><tag k="natural" v="tree"/></node>'
           '<way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>'
           '<tag k="building" v="yes"/><tag k="height" v="12 m"/></way>'
           '<way id="11"><nd ref="5"/><nd ref="6"/><tag k="highway" v="residential"/></way></osm>')
    seeds = {"glb": [glb, (ROOT / "models3d" / "blocks" / "crossing.glb").read_bytes()],
             "cityjson": [json.dumps(cityjson).encode()], "osm": [osm.encode()],
             "gltf": [json.dumps(gltf).encode()], "stl": [stl_ascii.encode(), stl_bin], "ply": [ply.encode()],
             "off": [off.encode()], "obj": [obj.encode()], "geojson": [json.dumps(geo).encode()]}
    return seeds


class MeshTarget(Target):
    """Inputs are b"<ext>\\n" + file bytes, so one corpus holds every format."""

    name = "mesh"

    def __init__(self, workdir: Path):
        super().__init__(workdir)
        from junior_planner.meshes.asset import MeshError

        self.allowed = (MeshError,)

    def seeds(self) -> list[bytes]:
        return [ext.encode() + b"\n" + data for ext, items in mesh_seeds().items() for data in items]

    def mutate(self, rng: random.Random, data: bytes) -> bytes:
        ext, _, body = data.partition(b"\n")
        if ext in (b"gltf", b"geojson", b"cityjson") and rng.random() < 0.6:
            try:
                return ext + b"\n" + json.dumps(mutate_json(rng, json.loads(body))).encode()
            except (ValueError, RecursionError):
                pass
        if ext == b"glb" and rng.random() < 0.4 and len(body) > 20:
            try:  # mutate the JSON chunk and rebuild the container, so the binary chunk stays usable
                from tests.meshes.hostile import glb as make_glb

                n = struct.unpack("<I", body[12:16])[0]
                doc = mutate_json(rng, json.loads(body[20:20 + n]))
                return ext + b"\n" + make_glb(doc, body[20 + n + 8:])
            except (ValueError, RecursionError, struct.error, UnicodeDecodeError):
                pass
        return ext + b"\n" + mutate_bytes(rng, body, [c.partition(b"\n")[2] for c in self.corpus[:50]])

    def run(self, data: bytes) -> str:
        from junior_planner.meshes.footprints import read_footprints
        from junior_planner.meshes.loader import load_file
        from junior_planner.meshes.occupancy import standing_footprints

        ext, _, body = data.partition(b"\n")
        ext_s = ext.decode("ascii", "replace")
        if ext_s not in EXTS:
            ext_s = "glb"
        path = self.workdir / f"site.{ext_s}"
        path.write_bytes(body)
        try:
            if ext_s in ("cityjson", "osm"):
                path = path.with_suffix(".city.json" if ext_s == "cityjson" else ".osm")
                path.write_bytes(body)
            else:
                asset = load_file(path, recentre=ext_s != "geojson", max_triangles=200_000)
                if ext_s == "geojson":
                    read_footprints(path)
                else:
                    standing_footprints(asset)
        except self.allowed as exc:
            code = getattr(exc, "code", None)
            return f"refused:{code}" if isinstance(code, str) else "refused"
        # the site importer's path (every format's reader, then the builder), as `site import` runs it
        from junior_planner.meshes.formats import ReadOptions, read_site
        from junior_planner.meshes.formats.build import GeorefRequest, build

        try:
            build(read_site(path, ReadOptions(max_triangles=200_000, max_features=20_000)), GeorefRequest(), str(path))
        except self.allowed as exc:
            code = getattr(exc, "code", None)
            return f"refused:{code}" if isinstance(code, str) else "refused"
        return "ok"


TARGETS: dict[str, type[Target]] = {"replay": ReplayTarget, "bundle": BundleTarget, "mesh": MeshTarget}


def _describe(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(exc).__name__}: {str(exc)[:200]}{where}"


def campaign(name: str, runs: int, seed: int, workdir: Path, out: Optional[Path] = None,
             max_seconds: Optional[float] = None) -> dict[str, Any]:
    """Seeded random mutation fuzzing of one target; returns the figures. Inputs that succeed (and a
    few refused ones, for variety) join the corpus."""
    workdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    started = time.monotonic()
    target = TARGETS[name](workdir)
    setup_s = time.monotonic() - started
    target.corpus = list(target.seeds())
    outcomes: collections.Counter = collections.Counter()
    refusals: collections.Counter = collections.Counter()
    bugs: dict[str, dict] = {}
    slowest = 0.0
    executions = 0
    for i in range(runs + len(target.corpus)):
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            break
        if i < len(target.corpus):
            data = target.corpus[i]  # every seed runs once unmutated
        else:
            data = target.mutate(rng, rng.choice(target.corpus))
        t0 = time.monotonic()
        try:
            outcome = target.run(data)
        except Bug as exc:
            outcome = "bug"
            key = str(exc)[:120]
            bugs.setdefault(key, {"error": str(exc), "count": 0, "input_sha256": hashlib.sha256(data).hexdigest()})
            bugs[key]["count"] += 1
            _save(out, name, data)
        except Exception as exc:  # anything not the project's own error type is a bug
            outcome = "bug"
            key = _describe(exc)
            bugs.setdefault(key, {"error": key, "count": 0, "input_sha256": hashlib.sha256(data).hexdigest()})
            bugs[key]["count"] += 1
            _save(out, name, data)
        slowest = max(slowest, time.monotonic() - t0)
        executions += 1
        outcomes[outcome.split(":")[0]] += 1
        if ":" in outcome:
            refusals[outcome.split(":", 1)[1]] += 1
        if i >= len(target.corpus) and (outcome == "ok" or rng.random() < 0.02) and len(target.corpus) < 2000:
            target.corpus.append(data)
    target.finish()
    return {"target": name, "engine": "random", "seed": seed, "executions": executions,
            "corpus": len(target.corpus), "outcomes": dict(outcomes), "refusals": dict(refusals.most_common()), "bugs": list(bugs.values()),
            "seconds": round(time.monotonic() - started, 2), "setup_seconds": round(setup_s, 2),
            "slowest_execution_s": round(slowest, 3)}


def _save(out: Optional[Path], name: str, data: bytes) -> None:
    if out is None:
        return
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}-{hashlib.sha256(data).hexdigest()[:16]}.bin").write_bytes(data)


# --- atheris (optional, coverage-guided) ---------------------------------------------------------------
def atheris_campaign(name: str, runs: int, seed: int, workdir: Path, out: Optional[Path]) -> None:
    import atheris  # noqa: F401 - raises ImportError when not installed

    import importlib

    with atheris.instrument_imports(include=["junior_planner"]):
        for module in ("junior_planner.services.bundle", "junior_planner.services.replay", "junior_planner.meshes.loader",
                       "junior_planner.meshes.precheck", "junior_planner.meshes.footprints",
                       "junior_planner.exchange.safezip"):
            importlib.import_module(module)
    workdir.mkdir(parents=True, exist_ok=True)
    target = TARGETS[name](workdir)
    corpus_dir = workdir / "corpus"
    corpus_dir.mkdir(exist_ok=True)
    for i, data in enumerate(target.seeds()):
        (corpus_dir / f"seed-{i}").write_bytes(data)
    figures = {"target": name, "engine": "atheris", "seed": seed, "executions": 0, "outcomes": collections.Counter(),
               "bugs": {}}
    started = time.monotonic()

    def report() -> None:
        figures["corpus"] = len(list(corpus_dir.iterdir()))
        figures["seconds"] = round(time.monotonic() - started, 2)
        print(json.dumps(dict(figures, outcomes=dict(figures["outcomes"]), bugs=list(figures["bugs"].values())),
                         ensure_ascii=False), flush=True)
        shutil.rmtree(workdir.parent, ignore_errors=True)  # libFuzzer exits without unwinding

    def one_input(data: bytes) -> None:
        figures["executions"] += 1
        try:
            outcome = target.run(data)
        except Exception as exc:  # record and go on: one campaign should list every kind of bug
            key = _describe(exc)
            figures["bugs"].setdefault(key, {"error": key, "count": 0})["count"] += 1
            _save(out, name, data)
            outcome = "bug"
        figures["outcomes"][outcome.split(":")[0]] += 1
        if figures["executions"] >= runs:
            report()

    atheris.Setup([sys.argv[0], f"-runs={runs}", f"-seed={seed}", "-max_len=200000", "-rss_limit_mb=4096",
                   str(corpus_dir)], one_input)
    atheris.Fuzz()


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--runs", type=int, default=5000, help="mutated executions per target")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--out", type=Path, default=None, help="folder for inputs that found a bug")
    parser.add_argument("--engine", choices=["random", "atheris"], default="random")
    parser.add_argument("--max-seconds", type=float, default=None, help="per target")
    args = parser.parse_args(argv)
    names = list(TARGETS) if args.target == "all" else [args.target]
    base = Path(os.environ.get("JP_FUZZ_DIR") or (("/dev/shm" if os.access("/dev/shm", os.W_OK) else None) or tempfile.gettempdir()))
    workdir = Path(tempfile.mkdtemp(prefix="jp-fuzz-", dir=base))
    os.environ.setdefault("JUNIOR_PLANNER_DATA", str(workdir / "data"))
    try:
        if args.engine == "atheris":
            if len(names) != 1:
                parser.error("--engine atheris runs one --target at a time")
            atheris_campaign(names[0], args.runs, args.seed, workdir / names[0], args.out)
            return 0
        results = [campaign(n, args.runs, args.seed, workdir / n, args.out, args.max_seconds) for n in names]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps({"results": results, "bugs": sum(len(r["bugs"]) for r in results)}, indent=2, ensure_ascii=False))
    return 1 if any(r["bugs"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
