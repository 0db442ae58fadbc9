"""The bytes of a glTF: buffers (GLB chunk, data URIs, files beside it), buffer views (meshopt-
decoded where compressed), accessors as float arrays (normalised integers scaled, sparse applied)
and images (PNG, JPEG, WebP through Pillow)."""

from __future__ import annotations

import base64
import io
from typing import Any, Optional

import numpy as np

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats.confined import Folder
from junior_planner.meshes.formats.georef import optional

COMPONENT = {5120: np.int8, 5121: np.uint8, 5122: np.int16, 5123: np.uint16, 5125: np.uint32, 5126: np.float32}
NORMALIZE = {5120: 127.0, 5121: 255.0, 5122: 32767.0, 5123: 65535.0, 5125: 4294967295.0}
WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT2": 4, "MAT3": 9, "MAT4": 16}
UNDERSTOOD = {"KHR_mesh_quantization", "KHR_draco_mesh_compression", "EXT_meshopt_compression", "EXT_texture_webp",
              "KHR_materials_unlit", "KHR_texture_transform", "KHR_materials_pbrSpecularGlossiness",
              "KHR_materials_emissive_strength", "KHR_texture_basisu_fallback"}
MAX_IMAGE_PIXELS = 64 * 1024 * 1024
GREY = np.array([0.7, 0.7, 0.7, 1.0])


class _Document:
    def __init__(self, doc: dict, glb_bin: Optional[bytes], folder: Folder, where: str, max_triangles: int):
        self.doc, self.glb_bin, self.folder, self.where = doc, glb_bin, folder, where
        self.max_triangles = max_triangles
        self._buffers: dict[int, bytes] = {}
        self._views: dict[int, bytes] = {}
        self._images: dict[int, Optional[np.ndarray]] = {}

    def _list(self, key: str) -> list:
        value = self.doc.get(key) or []
        if not isinstance(value, list):
            raise MeshError("not-a-mesh", self.where, f"'{key}' is not a list")
        return value

    def _item(self, key: str, index: Any) -> dict:
        items = self._list(key)
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(items) or not isinstance(items[index], dict):
            raise MeshError("not-a-mesh", self.where, f"{key}[{index}] does not exist")
        return items[index]

    # --- bytes ------------------------------------------------------------------------------------
    def buffer(self, index: int) -> bytes:
        if index not in self._buffers:
            item = self._item("buffers", index)
            uri = item.get("uri")
            if uri is None:
                if self.glb_bin is None or index != 0:
                    raise MeshError("not-a-mesh", self.where, f"buffer {index} has no data")
                data = self.glb_bin
            elif isinstance(uri, str) and uri.startswith("data:"):
                data = _data_uri(uri, self.where)
            else:
                data = self.folder.read(uri)
            length = item.get("byteLength")
            if not isinstance(length, int) or length > len(data):
                raise MeshError("truncated", self.where, f"buffer {index}")
            self._buffers[index] = data
        return self._buffers[index]

    def view(self, index: int) -> bytes:
        if index not in self._views:
            view = self._item("bufferViews", index)
            meshopt = (view.get("extensions") or {}).get("EXT_meshopt_compression")
            if isinstance(meshopt, dict):
                self._views[index] = self._meshopt(meshopt)
            else:
                data = self.buffer(view.get("buffer"))
                start = int(view.get("byteOffset", 0))
                end = start + int(view.get("byteLength", 0))
                if start < 0 or end > len(data):
                    raise MeshError("truncated", self.where, f"bufferView {index}")
                self._views[index] = data[start:end]
        return self._views[index]

    def _meshopt(self, ext: dict) -> bytes:
        meshopt = optional("meshoptimizer", "meshoptimizer", "glTF with EXT_meshopt_compression")
        data = self.buffer(ext.get("buffer"))
        start = int(ext.get("byteOffset", 0))
        packed = data[start:start + int(ext["byteLength"])]
        count, stride = int(ext["count"]), int(ext["byteStride"])
        if count * stride > 512 * 1024 * 1024:
            raise MeshError("too-big", self.where, "meshopt buffer")
        mode = ext.get("mode")
        try:
            if mode == "ATTRIBUTES":
                # the default mode allocates count * stride bytes (its raw dtype mode allocates only count)
                out = np.ascontiguousarray(meshopt.decode_vertex_buffer(count, stride, packed)).view(np.uint8)
                out = out.reshape(-1)[:count * stride].copy()
                filt = ext.get("filter", "NONE")
                if filt != "NONE":
                    fn = {"OCTAHEDRAL": meshopt.decode_filter_oct, "QUATERNION": meshopt.decode_filter_quat,
                          "EXPONENTIAL": meshopt.decode_filter_exp}.get(filt)
                    if fn is None:
                        raise MeshError("unsupported-extension", self.where, f"meshopt filter {filt}")
                    out = np.asarray(fn(np.ascontiguousarray(out), count, stride))
            elif mode in ("TRIANGLES", "INDICES"):
                if stride not in (2, 4):
                    raise MeshError("not-a-mesh", self.where, f"meshopt index size {stride}")
                decode = meshopt.decode_index_buffer if mode == "TRIANGLES" else meshopt.decode_index_sequence
                # the decoder writes `stride`-byte indices at the start of a uint32 array
                raw = np.ascontiguousarray(decode(count, stride, packed)).view(np.uint8)[:count * stride]
                return raw.tobytes()
            else:
                raise MeshError("unsupported-extension", self.where, f"meshopt mode {mode}")
        except MeshError:
            raise
        except (RuntimeError, ValueError, TypeError) as exc:  # the decoder's word for bad data
            raise MeshError("not-a-mesh", self.where, f"meshopt: {str(exc)[:60]}") from None
        return np.ascontiguousarray(out).tobytes()

    def accessor(self, index: int) -> np.ndarray:
        """(count, width) float64, normalised integers scaled as the spec says."""
        acc = self._item("accessors", index)
        ctype, kind, count = acc.get("componentType"), acc.get("type"), acc.get("count")
        if ctype not in COMPONENT or kind not in WIDTH or not isinstance(count, int) or count < 0:
            raise MeshError("not-a-mesh", self.where, f"accessor {index}")
        if count > 4 * self.max_triangles + 16:
            raise MeshError("too-many-triangles", self.where, f"accessor {index}: {count}")
        dtype = np.dtype(COMPONENT[ctype]).newbyteorder("<")
        width = WIDTH[kind]
        if acc.get("bufferView") is None:
            values = np.zeros((count, width), dtype=np.float64)
        else:
            raw = self.view(acc["bufferView"])
            view = self._item("bufferViews", acc["bufferView"])
            meshopt = (view.get("extensions") or {}).get("EXT_meshopt_compression")
            stride = int((meshopt or view).get("byteStride") or 0) or dtype.itemsize * width
            offset = int(acc.get("byteOffset", 0))
            needed = offset + (count - 1) * stride + dtype.itemsize * width if count else 0
            if needed > len(raw):
                raise MeshError("truncated", self.where, f"accessor {index}")
            if count == 0:
                values = np.zeros((0, width))
            else:
                values = np.lib.stride_tricks.as_strided(
                    np.frombuffer(raw, dtype=np.uint8, count=needed - offset, offset=offset),
                    shape=(count, dtype.itemsize * width), strides=(stride, 1)).copy()
                values = values.view(dtype).reshape(count, width).astype(np.float64)
        sparse = acc.get("sparse")
        if isinstance(sparse, dict):
            values = self._sparse(values, sparse, dtype, width)
        if acc.get("normalized") and ctype in NORMALIZE:
            values = values / NORMALIZE[ctype]
            if ctype in (5120, 5122):
                values = np.maximum(values, -1.0)
        return values

    def _sparse(self, values: np.ndarray, sparse: dict, dtype, width: int) -> np.ndarray:
        count = int(sparse.get("count", 0))
        idx, val = sparse.get("indices") or {}, sparse.get("values") or {}
        itype = np.dtype(COMPONENT.get(idx.get("componentType"), np.uint32)).newbyteorder("<")
        indices = np.frombuffer(self.view(idx["bufferView"]), dtype=itype, count=count, offset=int(idx.get("byteOffset", 0)))
        new = np.frombuffer(self.view(val["bufferView"]), dtype=dtype, count=count * width,
                            offset=int(val.get("byteOffset", 0))).reshape(count, width)
        if indices.size and int(indices.max()) >= len(values):
            raise MeshError("not-a-mesh", self.where, "sparse index out of range")
        values = values.copy()
        values[indices.astype(np.int64)] = new
        return values

    # --- images -----------------------------------------------------------------------------------
    def texture_pixels(self, texture_index: Any) -> Optional[np.ndarray]:
        try:
            texture = self._item("textures", texture_index)
        except MeshError:
            return None
        source = texture.get("source")
        webp = (texture.get("extensions") or {}).get("EXT_texture_webp")
        if isinstance(webp, dict) and webp.get("source") is not None:
            source = webp["source"]
        if not isinstance(source, int):
            return None
        if source not in self._images:
            self._images[source] = self._decode_image(source)
        return self._images[source]

    def _decode_image(self, index: int) -> Optional[np.ndarray]:
        image = self._item("images", index)
        if image.get("bufferView") is not None:
            data = self.view(image["bufferView"])
        elif isinstance(image.get("uri"), str):
            uri = image["uri"]
            data = _data_uri(uri, self.where) if uri.startswith("data:") else self.folder.read(uri)
        else:
            return None
        try:
            from PIL import Image
        except ImportError:
            return None
        try:
            Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
            with Image.open(io.BytesIO(data)) as picture:
                if picture.width * picture.height > MAX_IMAGE_PIXELS:
                    return None
                return np.asarray(picture.convert("RGBA"), dtype=np.float32) / 255.0
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            return None  # an image Pillow cannot read (KTX2, broken, too big): keep the base colour


def _data_uri(uri: str, where: str) -> bytes:
    head, _, body = uri.partition(",")
    if ";base64" not in head:
        raise MeshError("not-a-mesh", where, "data URI without base64")
    try:
        return base64.b64decode(body, validate=False)
    except (ValueError, TypeError):
        raise MeshError("not-a-mesh", where, "bad base64 data") from None
