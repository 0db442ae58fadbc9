"""Loading 3D files into MeshAssets: the one place that calls trimesh's loaders.

`load_file` parses in this process (bundled, trusted files). `load_untrusted` first prechecks the
file, then parses it in a child process with a time and memory limit, so a hostile file can
neither hang nor exhaust the app.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import resource
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.precheck import precheck

_log = logging.getLogger(__name__)

DEFAULT_MAX_TRIANGLES = 5_000_000
UNITS = {"m": 1.0, "cm": 0.01, "mm": 0.001}
DEFAULT_GREY = np.array([0.7, 0.7, 0.7, 1.0], dtype=np.float32)


def y_up_to_z_up(vertices: np.ndarray) -> np.ndarray:
    """glTF is Y-up: (x, y, z) in the file is (x, -z, y) on our Z-up site."""
    return np.stack([vertices[:, 0], -vertices[:, 2], vertices[:, 1]], axis=1)


def _scene_to_asset(scene, where: str) -> MeshAsset:
    import trimesh

    parts_v, parts_f, parts_c = [], [], []
    offset = 0
    for node in scene.graph.nodes_geometry:
        transform, geometry_name = scene.graph[node]
        geometry = scene.geometry.get(geometry_name)
        if not isinstance(geometry, trimesh.Trimesh) or len(geometry.faces) == 0:
            continue
        vertices = trimesh.transform_points(np.asarray(geometry.vertices, dtype=np.float64), transform)
        colors = _vertex_colors(geometry)
        parts_v.append(vertices)
        parts_f.append(np.asarray(geometry.faces, dtype=np.int64) + offset)
        parts_c.append(colors)
        offset += len(vertices)
    if not parts_f:
        raise MeshError("empty-mesh", where)
    return MeshAsset(np.concatenate(parts_v), np.concatenate(parts_f), np.concatenate(parts_c))


def _vertex_colors(geometry) -> np.ndarray:
    n = len(geometry.vertices)
    try:
        visual = geometry.visual
        if visual.kind == "texture" or visual.kind is None:
            material = getattr(visual, "material", None)
            base = getattr(material, "baseColorFactor", None) if material is not None else None
            if base is None and material is not None:
                base = getattr(material, "main_color", None)
            if base is not None:
                rgba = np.asarray(base, dtype=np.float32)
                rgba = rgba / 255.0 if rgba.max() > 1.0 else rgba
                return np.tile(rgba[:4], (n, 1))
            return np.tile(DEFAULT_GREY, (n, 1))
        colors = np.asarray(visual.vertex_colors, dtype=np.float32)[:, :4] / 255.0
        if colors.shape[0] == n:
            return colors
    except (AttributeError, ValueError, IndexError):
        pass
    return np.tile(DEFAULT_GREY, (n, 1))


def _parse(path: Path, fmt: str) -> MeshAsset:
    import trimesh

    where = str(path)
    if fmt == "geojson":
        from junior_planner.meshes.footprints import extrude_geojson

        return extrude_geojson(path)
    data = path.read_bytes()
    try:
        # A file object and no resolver: a parser can never read another file (no "../" escapes).
        scene = trimesh.load_scene(io.BytesIO(data), file_type=fmt, resolver=None)
        return _scene_to_asset(scene, where)
    except MeshError:
        raise
    except Exception as exc:  # trimesh raises many kinds for broken files; all mean the same here
        _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
        raise MeshError("not-a-mesh", where, f"{type(exc).__name__}: {str(exc)[:80]}") from None


def normalise(asset: MeshAsset, where: str, up: str = "z", units: str = "m", recentre: bool = False,
              max_triangles: int = DEFAULT_MAX_TRIANGLES) -> MeshAsset:
    vertices = np.asarray(asset.vertices, dtype=np.float64)
    if asset.triangle_count == 0:
        raise MeshError("empty-mesh", where)
    if asset.triangle_count > max_triangles:
        raise MeshError("too-many-triangles", where, f"{asset.triangle_count} > {max_triangles}")
    if not np.isfinite(vertices).all():
        raise MeshError("non-finite", where)
    faces = np.asarray(asset.faces, dtype=np.int64)
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise MeshError("not-a-mesh", where, "face index out of range")
    if up == "y":
        vertices = y_up_to_z_up(vertices)
    vertices = vertices * UNITS[units]
    v0, v1, v2 = vertices[faces[:, 0]], vertices[faces[:, 1]], vertices[faces[:, 2]]
    area = np.linalg.norm(np.cross(v1 - v0, v2 - v0), axis=1)
    if not (area > 1e-12).any():
        raise MeshError("degenerate", where)
    if recentre:
        lo, hi = vertices.min(axis=0), vertices.max(axis=0)
        vertices = vertices - np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2]])
    if np.abs(vertices).max() > 1e6:
        raise MeshError("too-large-extent", where)
    return MeshAsset(vertices.astype(np.float32), faces.astype(np.uint32),
                     np.clip(np.asarray(asset.colors, dtype=np.float32), 0.0, 1.0))


def default_up(fmt: str) -> str:
    return "y" if fmt in ("glb", "gltf") else "z"


def load_file(path: Path | str, up: Optional[str] = None, units: str = "m", recentre: bool = False,
              max_triangles: int = DEFAULT_MAX_TRIANGLES) -> MeshAsset:
    path = Path(path)
    fmt = precheck(path, max_triangles)
    asset = _parse(path, fmt)
    return normalise(asset, str(path), up or ("z" if fmt == "geojson" else default_up(fmt)), units,
                     recentre, max_triangles)


# --- untrusted files: a child process with limits ------------------------------------------------
def _child(conn, target: str, args: tuple, kwargs: dict, memory_mb: int, where: str) -> None:
    try:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        import importlib

        module, _, name = target.partition(":")
        result = getattr(importlib.import_module(module), name)(*args, **kwargs)
        if isinstance(result, MeshAsset):
            result = ("asset", (result.vertices, result.faces, result.colors))
        conn.send(("ok", result))
    except MeshError as exc:
        conn.send(("error", (exc.code, exc.path, exc.detail)))
    except MemoryError:
        conn.send(("error", ("too-much-memory", where, f"{memory_mb} MB")))
    except Exception as exc:  # a parser bug on a hostile file must not escape as a traceback
        _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
        conn.send(("error", ("not-a-mesh", where, f"{type(exc).__name__}: {str(exc)[:80]}")))
    finally:
        conn.close()


def run_limited(target: str, args: tuple, kwargs: dict, where: str, timeout_s: float = 60.0,
                memory_mb: int = 3072):
    """Run `target` ("module:function") in a spawned child with a time and address-space limit;
    its MeshError comes back as a MeshError, anything else as "not-a-mesh"."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, target, args, kwargs, memory_mb, where), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout_s):
            raise MeshError("timeout", where, f"{timeout_s:g} s")
        try:
            status, payload = parent.recv()
        except EOFError:
            raise MeshError("not-a-mesh", where, "the reader stopped") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if status == "error":
        raise MeshError(*payload)
    if isinstance(payload, tuple) and len(payload) == 2 and payload[0] == "asset":
        return MeshAsset(*payload[1])
    return payload


def load_untrusted(path: Path | str, up: Optional[str] = None, units: str = "m", recentre: bool = True,
                   max_triangles: int = DEFAULT_MAX_TRIANGLES, timeout_s: float = 60.0, memory_mb: int = 3072,
                   loader: Optional[str] = None) -> MeshAsset:
    """Parse a 3D file from elsewhere with a time and memory limit. `loader` ("module:function")
    replaces `load_file` in the child (for tests of the limits)."""
    path = Path(path)
    precheck(path, max_triangles)
    return run_limited(loader or "junior_planner.meshes.loader:load_file", (str(path),),
                       {"up": up, "units": units, "recentre": recentre, "max_triangles": max_triangles},
                       str(path), timeout_s, memory_mb)
