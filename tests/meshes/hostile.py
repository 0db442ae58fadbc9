"""Builders for broken and hostile 3D files (used by the loader and site-import tests)."""

from __future__ import annotations

import json
import struct
import time
from pathlib import Path

import numpy as np


def glb(document: dict, binary: bytes = b"") -> bytes:
    js = json.dumps(document).encode()
    js += b" " * (-len(js) % 4)
    binary += b"\x00" * (-len(binary) % 4)
    body = struct.pack("<II", len(js), 0x4E4F534A) + js
    if binary:
        body += struct.pack("<II", len(binary), 0x004E4942) + binary
    return b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body


def triangle_glb(vertices=None) -> bytes:
    v = np.asarray(vertices if vertices is not None else [[0, 0, 0], [1, 0, 0], [0, 0, -1]], dtype=np.float32)
    idx = np.array([0, 1, 2], dtype=np.uint32)
    binary = v.tobytes() + idx.tobytes()
    doc = {
        "asset": {"version": "2.0"},
        "scenes": [{"nodes": [0]}], "scene": 0,
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1}]}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": v.nbytes},
                        {"buffer": 0, "byteOffset": v.nbytes, "byteLength": idx.nbytes}],
        "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3",
                       "min": np.nan_to_num(v).min(axis=0).tolist(), "max": np.nan_to_num(v).max(axis=0).tolist()},
                      {"bufferView": 1, "componentType": 5125, "count": 3, "type": "SCALAR"}],
    }
    return glb(doc, binary)


def write_all(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the MeshError code it must give)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[bytes, str, str]] = {}
    cases["empty"] = (b"", "glb", "empty")
    cases["not-a-mesh"] = (b"hello, I am a shopping list\n" * 10, "glb", "not-a-mesh")
    good = triangle_glb()
    cases["truncated-glb"] = (good[: len(good) - 20], "glb", "truncated")
    cases["non-finite"] = (triangle_glb([[0, 0, 0], [float("nan"), 0, 0], [0, 0, 1]]), "glb", "non-finite")
    doc = json.loads(good[20:20 + struct.unpack("<I", good[12:16])[0]])
    external = dict(doc, buffers=[{"byteLength": 48, "uri": "../../etc/passwd"}])
    cases["gltf-external"] = (json.dumps(external).encode(), "gltf", "external-reference")
    cyclic = dict(doc, nodes=[{"mesh": 0, "children": [1]}, {"children": [0]}])
    cases["cyclic"] = (glb(cyclic, good[-48:]), "glb", "cyclic")  # approximate binary; the check comes first
    many = dict(doc, buffers=[], accessors=[doc["accessors"][0], dict(doc["accessors"][1], count=3 * 6_000_000)])
    cases["too-many-triangles-glb"] = (glb(many), "glb", "too-many-triangles")
    cases["stl-billion"] = (b"\x00" * 80 + struct.pack("<I", 10**9) + b"\x00" * 100, "stl", "too-many-triangles")
    cases["stl-short"] = (b"\x00" * 80 + struct.pack("<I", 10) + b"\x00" * 100, "stl", "truncated")
    bowtie = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"height": 10},
              "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}}]}
    cases["geojson-bowtie"] = (json.dumps(bowtie).encode(), "geojson", "invalid-polygon")
    flat = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"height": 10},
            "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [5, 5], [10, 10], [0, 0]]]}}]}
    cases["geojson-nothing"] = (json.dumps(flat).encode(), "geojson", "invalid-polygon")
    no_height = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 0]]]}}]}
    cases["geojson-no-height"] = (json.dumps(no_height).encode(), "geojson", "no-height")
    cases["geojson-nan"] = (b'{"type":"FeatureCollection","features":[],"x":NaN}', "geojson", "not-json")
    cases["ply-huge"] = (b"ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nelement face 999999999\n"
                         b"property list uchar int vertex_indices\nend_header\n", "ply", "too-many-triangles")
    cases["obj-escape"] = (b"mtllib ../../secret.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n", "obj", "external-reference")
    cases["off-degenerate"] = (b"OFF\n3 1 0\n0 0 0\n0 0 0\n0 0 0\n3 0 1 2\n", "off", "degenerate")
    result = {}
    for name, (data, ext, code) in cases.items():
        path = folder / f"{name}.{ext}"
        path.write_bytes(data)
        result[name] = (path, code)
    return result


def slow_loader(path, **kwargs):
    """Stands in for a parser that hangs on a hostile file."""
    time.sleep(60)
