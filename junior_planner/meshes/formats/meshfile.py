"""Plain 3D models (PLY, STL, OFF) through trimesh, and OBJ with its .mtl and textures beside it
(read through a resolver that serves only files of the OBJ's own folder)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.source import SiteSource, SurfaceMesh
from junior_planner.meshes.formats.confined import Folder, clean_name

_log = logging.getLogger(__name__)


def as_site_mesh(asset: MeshAsset, fmt: str, options: ReadOptions, where: str, default_up: str = "z") -> SiteSource:
    from junior_planner.meshes.loader import normalise

    asset = normalise(asset, where, options.up or default_up, options.units, recentre=False,
                      max_triangles=options.max_triangles)
    source = SiteSource(fmt)
    source.meshes.append(SurfaceMesh(asset, "object"))
    return source


def read_plain(path: Path, options: ReadOptions) -> SiteSource:
    from junior_planner.meshes.loader import _parse
    from junior_planner.meshes.precheck import precheck

    fmt = precheck(path, options.max_triangles)
    return as_site_mesh(_parse(path, fmt), fmt, options, str(path))


def read_obj(path: Path, options: ReadOptions) -> SiteSource:
    import trimesh

    from junior_planner.meshes.loader import _scene_to_asset

    where = str(path)
    folder = Folder.of(path)
    data = folder.read(folder.main)
    _count_obj_faces(data, where, options.max_triangles)
    for line in data.splitlines():
        if line.startswith(b"mtllib"):
            for name in line.split()[1:]:
                clean_name(name.decode("utf-8", "replace"), where)  # a material file outside the folder: refused
    resolver = folder.resolver()
    try:
        scene = trimesh.load_scene(io.BytesIO(data), file_type="obj", resolver=resolver, skip_materials=False)
    except (KeyError, IndexError):
        # a usemtl naming a material the .mtl lacks (seen in real files): read it without materials
        scene = trimesh.load_scene(io.BytesIO(data), file_type="obj", resolver=None, skip_materials=True)
    except MeshError:
        raise
    except Exception as exc:  # trimesh raises many kinds for broken files
        _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
        raise MeshError("not-a-mesh", where, f"{type(exc).__name__}: {str(exc)[:80]}") from None
    _bake_textures(scene)
    return as_site_mesh(_scene_to_asset(scene, where), "obj", options, where)


def _count_obj_faces(data: bytes, where: str, max_triangles: int) -> None:
    faces = data.count(b"\nf ") + (1 if data.startswith(b"f ") else 0)
    if faces == 0:
        raise MeshError("not-a-mesh", where, "no faces")
    if faces > max_triangles:
        raise MeshError("too-many-triangles", where, f"> {max_triangles}")


def _bake_textures(scene) -> None:
    """Textured geometry keeps its look as vertex colours sampled from the base-colour image
    (the renderer draws vertex colours; the original file is kept with the site)."""
    for name, geometry in list(scene.geometry.items()):
        visual = getattr(geometry, "visual", None)
        if visual is None or getattr(visual, "kind", None) != "texture":
            continue
        try:
            colors = visual.to_color().vertex_colors
            if len(colors) == len(geometry.vertices):
                geometry.visual = type(visual.to_color())(vertex_colors=np.asarray(colors))
        except (AttributeError, ValueError, IndexError, TypeError):
            continue
