"""Cheap checks on an untrusted 3D file before any parser sees it (SAFETY.md).

They read headers and JSON only, so a file that claims a billion triangles, points outside its
folder, loops its node graph or is cut short is refused in milliseconds with a clear reason.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

from junior_planner.meshes.asset import MeshError

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
FORMATS = ("glb", "gltf", "obj", "ply", "stl", "off", "geojson", "json")


def file_format(path: Path) -> str:
    ext = path.suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise MeshError("unknown-format", str(path), ext)
    return "geojson" if ext == "json" else ext


def precheck(path: Path, max_triangles: int) -> str:
    """Returns the format; raises MeshError for anything unsafe or broken."""
    fmt = file_format(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MeshError("unreadable", str(path), exc.strerror or "") from None
    if size == 0:
        raise MeshError("empty", str(path))
    if size > MAX_FILE_BYTES:
        raise MeshError("too-big", str(path), str(size))
    with open(path, "rb") as fh:
        check = _CHECKS.get(fmt)
        if check is not None:
            try:
                check(fh, size, str(path), max_triangles)
            except MeshError:
                raise
            except (TypeError, AttributeError, ValueError, KeyError, IndexError, struct.error) as exc:
                # a file shaped unlike any 3D format (found by fuzzing): a refusal, not a crash
                raise MeshError("not-a-mesh", str(path), f"{type(exc).__name__}") from None
    return fmt


def strict_json(raw: bytes, where: str) -> Any:
    def no_constants(name: str) -> Any:
        raise MeshError("not-json", where, name)

    def no_duplicates(pairs):
        result = {}
        for k, v in pairs:
            if k in result:
                raise MeshError("not-json", where, f"duplicate key {k!r}")
            result[k] = v
        return result

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=no_constants, object_pairs_hook=no_duplicates)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MeshError("not-json", where, str(exc)[:80]) from None


def _glb(fh, size: int, where: str, max_triangles: int) -> None:
    header = fh.read(12)
    if len(header) < 12 or header[:4] != b"glTF":
        raise MeshError("not-a-mesh", where, "no glTF binary header")
    version, length = struct.unpack("<II", header[4:])
    if version != 2:
        raise MeshError("not-a-mesh", where, f"glTF version {version}")
    if length != size:
        raise MeshError("truncated", where, f"{size} of {length} bytes")
    chunk = fh.read(8)
    if len(chunk) < 8:
        raise MeshError("truncated", where)
    json_len, kind = struct.unpack("<II", chunk)
    if kind != 0x4E4F534A or json_len > min(size, MAX_JSON_BYTES):
        raise MeshError("not-a-mesh", where, "bad JSON chunk")
    document = strict_json(fh.read(json_len), where)
    bin_len = 0
    rest = fh.read(8)
    if len(rest) == 8:
        bin_len = struct.unpack("<II", rest)[0]
    _gltf_document(document, where, max_triangles, glb_bin=bin_len)


def _gltf(fh, size: int, where: str, max_triangles: int) -> None:
    if size > MAX_JSON_BYTES:
        raise MeshError("too-big", where, str(size))
    _gltf_document(strict_json(fh.read(), where), where, max_triangles, glb_bin=None)


def _gltf_document(doc: Any, where: str, max_triangles: int, glb_bin) -> None:
    if not isinstance(doc, dict) or not isinstance(doc.get("asset"), dict):
        raise MeshError("not-a-mesh", where, "no glTF asset")
    for key in ("buffers", "images"):
        for item in doc.get(key) or []:
            uri = item.get("uri") if isinstance(item, dict) else None
            if uri is not None and not (isinstance(uri, str) and uri.startswith("data:")):
                raise MeshError("external-reference", where, str(uri)[:80])
    buffers = doc.get("buffers") or []
    if glb_bin is not None and buffers and isinstance(buffers[0], dict) and "uri" not in buffers[0]:
        if int(buffers[0].get("byteLength", 0)) > glb_bin:
            raise MeshError("truncated", where, "binary chunk shorter than its buffer")
    _gltf_document_limits(doc, where, max_triangles)


def _gltf_document_limits(doc: Any, where: str, max_triangles: int) -> None:
    """Node graph without cycles, and no more triangles than allowed (from the accessors' counts)."""
    nodes = doc.get("nodes") or []
    children = {}
    for i, node in enumerate(nodes):
        kids = node.get("children", []) if isinstance(node, dict) else []
        if not isinstance(kids, list) or not all(isinstance(k, int) and 0 <= k < len(nodes) for k in kids):
            raise MeshError("not-a-mesh", where, "bad node children")
        children[i] = kids
    _no_cycles(children, where)
    accessors = doc.get("accessors") or []
    triangles = 0
    for mesh in doc.get("meshes") or []:
        for prim in (mesh.get("primitives") or []) if isinstance(mesh, dict) else []:
            index = prim.get("indices") if isinstance(prim, dict) else None
            if index is None:
                index = (prim.get("attributes") or {}).get("POSITION") if isinstance(prim, dict) else None
            if isinstance(index, int) and 0 <= index < len(accessors):
                triangles += int(accessors[index].get("count", 0)) // 3
    if triangles > max_triangles:
        raise MeshError("too-many-triangles", where, f"{triangles} > {max_triangles}")


def _no_cycles(children: dict[int, list[int]], where: str) -> None:
    state: dict[int, int] = {}
    for start in children:
        if state.get(start):
            continue
        stack = [(start, iter(children[start]))]
        state[start] = 1
        while stack:
            node, kids = stack[-1]
            kid = next(kids, None)
            if kid is None:
                state[node] = 2
                stack.pop()
            elif state.get(kid) == 1:
                raise MeshError("cyclic", where)
            elif not state.get(kid):
                state[kid] = 1
                stack.append((kid, iter(children[kid])))
            # a node reached twice (state 2) is shared, not a cycle; trimesh handles instancing


def _stl(fh, size: int, where: str, max_triangles: int) -> None:
    head = fh.read(84)
    if head[:5].lower() == b"solid" and b"facet" in head + fh.read(4096):
        return  # ASCII STL: size is capped by MAX_FILE_BYTES; the parser counts as it goes
    if len(head) < 84:
        raise MeshError("truncated", where)
    count = struct.unpack("<I", head[80:84])[0]
    if count > max_triangles:
        raise MeshError("too-many-triangles", where, f"{count} > {max_triangles}")
    if 84 + 50 * count != size:
        raise MeshError("truncated", where, f"header says {count} triangles, file holds {(size - 84) // 50}")


def _ply(fh, size: int, where: str, max_triangles: int) -> None:
    header = fh.read(4096)
    if not header.startswith(b"ply"):
        raise MeshError("not-a-mesh", where, "no PLY header")
    for line in header.split(b"end_header")[0].splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == b"element":
            try:
                count = int(parts[2])
            except ValueError:
                raise MeshError("not-a-mesh", where, "bad element count") from None
            if count < 0 or (parts[1] == b"face" and count > max_triangles) or count > 4 * max_triangles:
                raise MeshError("too-many-triangles", where, f"{count} > {max_triangles}")


def _off(fh, size: int, where: str, max_triangles: int) -> None:
    lines = [l for l in fh.read(4096).splitlines() if l.strip() and not l.lstrip().startswith(b"#")]
    if not lines or not lines[0].strip().upper().endswith(b"OFF"):
        raise MeshError("not-a-mesh", where, "no OFF header")
    counts = lines[0].split()[1:] or (lines[1].split() if len(lines) > 1 else [])
    try:
        vertices, faces = int(counts[0]), int(counts[1])
    except (IndexError, ValueError):
        raise MeshError("not-a-mesh", where, "bad OFF counts") from None
    if faces > max_triangles or vertices > 4 * max_triangles or min(vertices, faces) < 0:
        raise MeshError("too-many-triangles", where, f"{faces} > {max_triangles}")


def _obj(fh, size: int, where: str, max_triangles: int) -> None:
    faces = 0
    for line in fh:
        if line.startswith(b"f "):
            faces += max(1, len(line.split()) - 3)
            if faces > max_triangles:
                raise MeshError("too-many-triangles", where, f"> {max_triangles}")
        elif line.startswith((b"mtllib", b"usemtl")) and (b"/" in line or b".." in line):
            raise MeshError("external-reference", where, line[:80].decode("utf-8", "replace").strip())
    if faces == 0:
        raise MeshError("not-a-mesh", where, "no faces")


_CHECKS = {"glb": _glb, "gltf": _gltf, "stl": _stl, "ply": _ply, "off": _off, "obj": _obj}
