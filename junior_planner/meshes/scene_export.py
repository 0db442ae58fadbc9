"""A proposal as a glTF binary (the bundle's `scenes/<id>.glb`): the site and every block.

glTF is Y-up, our sites are Z-up: one root node carries the Z-up -> Y-up rotation and everything
hangs under it (trimesh's `scene.apply_transform()` would drop node extras). Each block is a node
named by its uuid with its attributes as node `extras`; a block type's mesh is stored once and
shared by every node of that type.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

import numpy as np

from junior_planner.meshes.asset import MeshAsset

ROOT_NODE = "site-root"
SITE_NODE = "site"
# (x, y, z) Z-up -> (x, z, -y) Y-up: a -90 degree turn about the x axis.
Z_UP_TO_Y_UP = np.array([[1.0, 0.0, 0.0, 0.0],
                         [0.0, 0.0, 1.0, 0.0],
                         [0.0, -1.0, 0.0, 0.0],
                         [0.0, 0.0, 0.0, 1.0]])


@dataclass(frozen=True)
class Placement:
    """One block: node name (its uuid), the key of its mesh in `meshes`, where it stands."""

    name: str
    mesh: str
    x: float
    y: float
    z: float
    yaw: float
    scale: float
    extras: Mapping[str, Any] = field(default_factory=dict)


def placement_matrix(x: float, y: float, z: float, yaw_deg: float, scale: float) -> np.ndarray:
    """Translate * turn about z (counter-clockwise degrees) * uniform scale, Z-up site metres."""
    a = math.radians(yaw_deg)
    c, s = math.cos(a), math.sin(a)
    return np.array([[c * scale, -s * scale, 0.0, x],
                     [s * scale, c * scale, 0.0, y],
                     [0.0, 0.0, scale, z],
                     [0.0, 0.0, 0.0, 1.0]])


def box_mesh(width: float, depth: float, height: float, rgba: Sequence[float] = (0.6, 0.6, 0.6, 1.0)) -> MeshAsset:
    """A stand-in box (base centred on the origin) for a block type whose model is missing."""
    w, d = width / 2.0, depth / 2.0
    v = np.array([[-w, -d, 0], [w, -d, 0], [w, d, 0], [-w, d, 0],
                  [-w, -d, height], [w, -d, height], [w, d, height], [-w, d, height]], dtype=np.float32)
    f = np.array([[0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
                  [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7]], dtype=np.uint32)
    return MeshAsset(v, f, np.tile(np.asarray(rgba, dtype=np.float32), (8, 1)))


def ground_mesh(polygon: np.ndarray, rgba: Sequence[float] = (0.55, 0.7, 0.45, 1.0)) -> MeshAsset:
    """A flat site (no 3D model): its outline, triangulated, at z = 0."""
    import mapbox_earcut

    ring = np.asarray(polygon, dtype=np.float64)[:, :2]
    faces = mapbox_earcut.triangulate_float64(ring, np.array([len(ring)], dtype=np.uint32)).reshape(-1, 3)
    # earcut keeps the ring's winding; make the faces point up (+z)
    a, b, c = ring[faces[:, 0]], ring[faces[:, 1]], ring[faces[:, 2]]
    cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    faces[cross < 0] = faces[cross < 0][:, ::-1]
    vertices = np.column_stack([ring, np.zeros(len(ring))]).astype(np.float32)
    return MeshAsset(vertices, faces.astype(np.uint32), np.tile(np.asarray(rgba, dtype=np.float32), (len(ring), 1)))


def _trimesh(asset: MeshAsset):
    import trimesh

    colors = np.clip(np.asarray(asset.colors, dtype=np.float64) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return trimesh.Trimesh(vertices=np.asarray(asset.vertices, dtype=np.float64),
                           faces=np.asarray(asset.faces, dtype=np.int64),
                           vertex_colors=colors, process=False, validate=False)


def scene_glb(site: Optional[MeshAsset], meshes: Mapping[str, MeshAsset], placements: Sequence[Placement],
              root_extras: Optional[Mapping[str, Any]] = None) -> bytes:
    """The glTF binary: root node (Z-up -> Y-up) > site node + one node per placement."""
    import trimesh

    scene = trimesh.Scene()
    base = scene.graph.base_frame
    scene.graph.update(frame_to=ROOT_NODE, frame_from=base, matrix=Z_UP_TO_Y_UP,
                       metadata=dict(root_extras or {}))
    if site is not None and site.triangle_count:
        scene.add_geometry(_trimesh(site), geom_name="site-mesh", node_name=SITE_NODE,
                           parent_node_name=ROOT_NODE)
    used = {p.mesh for p in placements}
    for key in sorted(used):
        if key not in meshes:
            raise KeyError(f"no mesh '{key}' for a placement")
        # add the geometry once; nodes below reference it by name (glTF mesh instancing)
        scene.geometry["block:" + key] = _trimesh(meshes[key])
    for p in placements:
        scene.graph.update(frame_to=p.name, frame_from=ROOT_NODE,
                           matrix=placement_matrix(p.x, p.y, p.z, p.yaw, p.scale),
                           geometry="block:" + p.mesh, metadata=dict(p.extras))
    return trimesh.exchange.gltf.export_glb(scene, include_normals=False)


def with_asset_extras(glb: bytes, extras: Mapping[str, Any]) -> bytes:
    """The same GLB with `asset.extras` set (the geo-reference: CRS, origin, units)."""
    import json
    import struct

    doc = read_glb_nodes(glb)
    length = struct.unpack_from("<I", glb, 12)[0]
    rest = glb[20 + length:]
    doc.setdefault("asset", {})["extras"] = dict(extras)
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    text += b" " * (-len(text) % 4)
    body = struct.pack("<I4s", len(text), b"JSON") + text + rest
    return struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body


def read_glb_nodes(data: bytes) -> dict[str, Any]:
    """The glTF JSON chunk of a GLB (for checks and tests; no geometry is parsed)."""
    import json
    import struct

    if len(data) < 20 or data[:4] != b"glTF":
        raise ValueError("not a GLB file")
    length, kind = struct.unpack_from("<I4s", data, 12)
    if kind != b"JSON" or 20 + length > len(data):
        raise ValueError("GLB has no JSON chunk")
    return json.loads(data[20:20 + length].decode("utf-8"))


def read_glb_geometries(data: bytes) -> dict[str, MeshAsset]:
    """The raw geometries of a GLB by name, as stored (no node transforms applied: for the bundle's
    scenes that is site-local, Z up), with per-vertex colours (a material's colour, else grey)."""
    import io

    import trimesh

    from junior_planner.meshes.loader import _vertex_colors

    scene = trimesh.load_scene(io.BytesIO(data), file_type="glb")
    out = {}
    for name, geometry in scene.geometry.items():
        faces = getattr(geometry, "faces", None)
        if faces is None or len(faces) == 0:
            continue
        out[str(name)] = MeshAsset(np.asarray(geometry.vertices, dtype=np.float32), np.asarray(faces, dtype=np.uint32),
                                   _vertex_colors(geometry))
    return out
