"""glTF 2.0 and GLB, read accessor by accessor with numpy, so that the compressions real tools
write are understood rather than misread:

- KHR_mesh_quantization: integer attributes, `normalized` ones scaled to 0..1 / -1..1 before the
  node transforms that carry the real scale;
- KHR_draco_mesh_compression: decoded with DracoPy;
- EXT_meshopt_compression: buffer views decoded with meshoptimizer (and its filters);
- EXT_texture_webp and PNG/JPEG base-colour textures: sampled into vertex colours (Pillow).

A `.gltf` finds its `.bin` and images in its own folder or zip only (confined.py). An entry of
`extensionsRequired` that is not understood here is refused by name.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.confined import Folder
from junior_planner.meshes.formats.georef import optional
from junior_planner.meshes.formats.meshfile import as_site_mesh
from junior_planner.meshes.formats.source import SiteSource
from junior_planner.meshes.precheck import _gltf_document_limits, strict_json

from junior_planner.meshes.formats.gltf_data import GREY, UNDERSTOOD, _Document, _data_uri  # noqa: F401


def _node_matrix(node: dict) -> np.ndarray:
    if isinstance(node.get("matrix"), list) and len(node["matrix"]) == 16:
        return np.asarray(node["matrix"], dtype=np.float64).reshape(4, 4).T
    t = np.asarray(node.get("translation", [0, 0, 0]), dtype=np.float64)
    x, y, z, w = np.asarray(node.get("rotation", [0, 0, 0, 1]), dtype=np.float64)
    s = np.asarray(node.get("scale", [1, 1, 1]), dtype=np.float64)
    r = np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                  [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                  [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])
    m = np.eye(4)
    m[:3, :3] = r * s
    m[:3, 3] = t
    return m


def _triangles(indices: np.ndarray, mode: int) -> Optional[np.ndarray]:
    if mode == 4:
        n = len(indices) // 3 * 3
        return indices[:n].reshape(-1, 3)
    if mode == 5 and len(indices) >= 3:
        k = np.arange(len(indices) - 2)
        tri = np.column_stack([indices[k], indices[k + 1], indices[k + 2]])
        odd = k % 2 == 1
        tri[odd] = tri[odd][:, [1, 0, 2]]
        return tri
    if mode == 6 and len(indices) >= 3:
        k = np.arange(1, len(indices) - 1)
        return np.column_stack([np.full(len(k), indices[0]), indices[k], indices[k + 1]])
    return None


def _sample(pixels: np.ndarray, uv: np.ndarray) -> np.ndarray:
    h, w = pixels.shape[:2]
    u = np.mod(uv[:, 0], 1.0)
    v = np.mod(uv[:, 1], 1.0)
    x = np.clip((u * w).astype(np.int64), 0, w - 1)
    y = np.clip((v * h).astype(np.int64), 0, h - 1)
    return pixels[y, x].astype(np.float64)


class _Reader(_Document):
    def primitive(self, prim: dict) -> Optional[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        attributes = prim.get("attributes") or {}
        draco = (prim.get("extensions") or {}).get("KHR_draco_mesh_compression")
        uv = color = None
        if isinstance(draco, dict):
            dracopy = optional("DracoPy", "DracoPy", "glTF with KHR_draco_mesh_compression")
            try:
                mesh = dracopy.decode(bytes(self.view(draco["bufferView"])))
            except (dracopy.FileTypeException, RuntimeError, ValueError, TypeError) as exc:  # DracoPy's bad data
                raise MeshError("not-a-mesh", self.where, f"draco: {str(exc)[:60]}") from None
            positions = np.asarray(mesh.points, dtype=np.float64).reshape(-1, 3)
            faces = np.asarray(mesh.faces, dtype=np.int64).reshape(-1, 3)
            ids = draco.get("attributes") or {}
            uv = self._draco_attribute(mesh, ids.get("TEXCOORD_0"), 2)
            color = self._draco_attribute(mesh, ids.get("COLOR_0"), None)
        else:
            if "POSITION" not in attributes:
                return None
            positions = self.accessor(attributes["POSITION"])[:, :3]
            mode = prim.get("mode", 4)
            if prim.get("indices") is not None:
                indices = self.accessor(prim["indices"])[:, 0].astype(np.int64)
            else:
                indices = np.arange(len(positions), dtype=np.int64)
            faces = _triangles(indices, mode)
            if faces is None:
                return None
            if "TEXCOORD_0" in attributes:
                uv = self.accessor(attributes["TEXCOORD_0"])[:, :2]
            if "COLOR_0" in attributes:
                color = self.accessor(attributes["COLOR_0"])
        if len(faces) and (faces.min() < 0 or faces.max() >= len(positions)):
            raise MeshError("not-a-mesh", self.where, "face index out of range")
        colors = np.tile(self._base_color(prim), (len(positions), 1))
        texture = self._base_texture(prim)
        if texture is not None and uv is not None and len(uv) == len(positions):
            span = uv.max(axis=0) - uv.min(axis=0) if len(uv) else np.zeros(2)
            if (span >= 0.999).all():  # a tiled texture: its average colour says more than a corner
                colors *= texture.reshape(-1, 4).mean(axis=0)
            else:
                colors *= _sample(texture, uv)
        if color is not None and len(color) == len(positions):
            colors[:, :color.shape[1]] *= color[:, :4]
        return positions, faces, colors

    def _draco_attribute(self, mesh, unique_id, width) -> Optional[np.ndarray]:
        if unique_id is None:
            return None
        try:
            attribute = mesh.get_attribute_by_unique_id(int(unique_id))
            data = np.asarray(attribute["data"] if isinstance(attribute, dict) else attribute, dtype=np.float64)
            return data.reshape(len(data), -1) if data.ndim > 1 else data.reshape(-1, width or 4)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return None  # an attribute DracoPy cannot give back: no texture then

    def _material(self, prim: dict) -> dict:
        try:
            return self._item("materials", prim.get("material"))
        except MeshError:
            return {}

    def _base_color(self, prim: dict) -> np.ndarray:
        material = self._material(prim)
        pbr = material.get("pbrMetallicRoughness") or {}
        factor = pbr.get("baseColorFactor")
        spec = (material.get("extensions") or {}).get("KHR_materials_pbrSpecularGlossiness") or {}
        factor = factor if factor is not None else spec.get("diffuseFactor")
        try:
            rgba = np.asarray(factor, dtype=np.float64).reshape(4) if factor is not None else np.ones(4)
        except (ValueError, TypeError):
            rgba = np.ones(4)
        if factor is None and not (pbr.get("baseColorTexture") or spec.get("diffuseTexture")):
            return GREY.copy()
        return np.clip(rgba, 0.0, 1.0)

    def _base_texture(self, prim: dict) -> Optional[np.ndarray]:
        material = self._material(prim)
        info = (material.get("pbrMetallicRoughness") or {}).get("baseColorTexture")
        if not isinstance(info, dict):
            info = ((material.get("extensions") or {}).get("KHR_materials_pbrSpecularGlossiness") or {}).get("diffuseTexture")
        if not isinstance(info, dict) or int(info.get("texCoord", 0)) != 0:
            return None
        return self.texture_pixels(info.get("index"))

    def asset(self) -> MeshAsset:
        doc = self.doc
        nodes = self._list("nodes")
        scenes = self._list("scenes")
        if scenes:
            scene = self._item("scenes", doc.get("scene", 0) if isinstance(doc.get("scene", 0), int) else 0)
            roots = scene.get("nodes") or []
        else:
            children = {c for n in nodes if isinstance(n, dict) for c in (n.get("children") or [])}
            roots = [i for i in range(len(nodes)) if i not in children]
        parts_v, parts_f, parts_c = [], [], []
        offset = 0
        cache: dict[int, list] = {}
        stack = [(r, np.eye(4), 0) for r in roots]
        visits = 0
        while stack:
            index, parent, depth = stack.pop()
            visits += 1
            if depth > 64 or visits > 100_000:
                raise MeshError("cyclic", self.where)
            node = self._item("nodes", index)
            world = parent @ _node_matrix(node)
            if node.get("mesh") is not None:
                mesh_index = node["mesh"]
                if mesh_index not in cache:
                    mesh = self._item("meshes", mesh_index)
                    cache[mesh_index] = [p for p in (self.primitive(prim) for prim in (mesh.get("primitives") or [])
                                                     if isinstance(prim, dict)) if p is not None]
                for positions, faces, colors in cache[mesh_index]:
                    v = positions @ world[:3, :3].T + world[:3, 3]
                    f = faces[:, ::-1] if np.linalg.det(world[:3, :3]) < 0 else faces
                    parts_v.append(v)
                    parts_f.append(f + offset)
                    parts_c.append(colors)
                    offset += len(v)
                    if sum(len(x) for x in parts_f) > self.max_triangles:
                        raise MeshError("too-many-triangles", self.where, f"> {self.max_triangles}")
            for child in node.get("children") or []:
                stack.append((child, world, depth + 1))
        if not parts_f:
            raise MeshError("empty-mesh", self.where)
        return MeshAsset(np.concatenate(parts_v), np.concatenate(parts_f), np.concatenate(parts_c).astype(np.float32))


def _split_glb(data: bytes, where: str) -> tuple[dict, Optional[bytes]]:
    if len(data) < 20 or data[:4] != b"glTF":
        raise MeshError("not-a-mesh", where, "no glTF binary header")
    version, length = struct.unpack_from("<II", data, 4)
    if version != 2:
        raise MeshError("not-a-mesh", where, f"glTF version {version}")
    if length != len(data):
        raise MeshError("truncated", where, f"{len(data)} of {length} bytes")
    json_len, kind = struct.unpack_from("<II", data, 12)
    if kind != 0x4E4F534A or 20 + json_len > len(data):
        raise MeshError("not-a-mesh", where, "bad JSON chunk")
    doc = strict_json(data[20:20 + json_len], where)
    rest = 20 + json_len
    binary = None
    if rest + 8 <= len(data):
        bin_len, bin_kind = struct.unpack_from("<II", data, rest)
        if bin_kind == 0x004E4942:
            if rest + 8 + bin_len > len(data):
                raise MeshError("truncated", where, "binary chunk")
            binary = data[rest + 8:rest + 8 + bin_len]
    return doc, binary


def read(path: Path, options: ReadOptions) -> SiteSource:
    where = str(path)
    folder = Folder.of(path)
    data = folder.read(folder.main)
    if data[:4] == b"glTF":
        doc, binary = _split_glb(data, where)
    else:
        doc, binary = strict_json(data, where), None
    if not isinstance(doc, dict) or not isinstance(doc.get("asset"), dict):
        raise MeshError("not-a-mesh", where, "no glTF asset")
    version = str(doc["asset"].get("version", ""))
    if not version.startswith("2"):
        raise MeshError("not-a-mesh", where, f"glTF version {version or '?'} (only 2.0)")
    required = doc.get("extensionsRequired") or []
    unknown = [e for e in required if e not in UNDERSTOOD]
    if unknown:
        raise MeshError("unsupported-extension", where, ", ".join(str(e) for e in unknown)[:80])
    _gltf_document_limits(doc, where, options.max_triangles)
    asset = _Reader(doc, binary, folder, where, options.max_triangles).asset()
    if not np.isfinite(asset.vertices).all():
        raise MeshError("non-finite", where)
    return as_site_mesh(asset, "gltf", options, where, default_up="y")
