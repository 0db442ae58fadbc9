"""The files beside a .gltf or .obj, in its folder or in a zip, and nothing else.

A file named by a model (a glTF buffer or image URI, an OBJ's mtllib or texture) must be a
relative path inside the model's own folder: no URI scheme, no `..`, no absolute path, no
backslash or drive letter, no link leading out; each file and the total are size-bounded.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


from junior_planner.meshes.asset import MeshError

MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MODEL_ENDINGS = (".gltf", ".glb", ".obj", ".shp")


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def unquote(uri: str) -> str:
    """Percent-decoding of a relative URI (glTF names files by URI: 'my%20model.bin')."""
    raw = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), uri.encode("utf-8"))
    return raw.decode("utf-8", "replace")


def clean_name(uri: str, where: str) -> str:
    """A safe relative name ('textures/a.png') from a URI, or MeshError('external-reference')."""
    if not isinstance(uri, str) or not uri or len(uri) > 1024:
        raise MeshError("external-reference", where, str(uri)[:80])
    name = unquote(uri)
    if ("\\" in name or "\x00" in name or ":" in name or name.startswith("/") or name.startswith("~")):
        raise MeshError("external-reference", where, uri[:80])
    normal = posixpath.normpath(name)
    if normal.startswith("..") or normal.startswith("/") or normal == ".":
        raise MeshError("external-reference", where, uri[:80])
    return normal


@dataclass
class Folder:
    where: str
    main: str
    root: Optional[Path] = None  # a folder on disk
    archive: Optional[Path] = None  # or a zip
    _read_total: int = field(default=0)

    @classmethod
    def of(cls, path: Path) -> "Folder":
        """The folder of a model file, or a zip holding one model file."""
        path = Path(path)
        if zipfile.is_zipfile(path) and path.suffix.lower() not in (".glb",):
            with zipfile.ZipFile(path) as archive:
                names = [i.filename for i in archive.infolist() if not i.is_dir()]
            models = [n for n in names if n.lower().endswith(MODEL_ENDINGS)]
            if len(models) != 1:
                raise MeshError("folder-ambiguous", str(path), ", ".join(models[:5]) or "-")
            return cls(str(path), models[0], archive=path)
        return cls(str(path), path.name, root=path.parent)

    def _resolve(self, name: str) -> str:
        base = posixpath.dirname(self.main)
        return posixpath.normpath(posixpath.join(base, clean_name(name, self.where))) if name != self.main else name

    def read(self, name: str) -> bytes:
        target = self._resolve(name) if name != self.main else name
        if target.startswith(".."):
            raise MeshError("external-reference", self.where, name[:80])
        if self.archive is not None:
            with zipfile.ZipFile(self.archive) as archive:
                try:
                    info = archive.getinfo(target)
                except KeyError:
                    raise MeshError("missing-file", self.where, name[:80]) from None
                self._count(info.file_size, name)
                with archive.open(info) as fh:
                    data = fh.read(MAX_MEMBER_BYTES + 1)
                self._count(len(data) - info.file_size, name)
                if len(data) > MAX_MEMBER_BYTES:
                    raise MeshError("too-big", self.where, name[:80])
                return data
        assert self.root is not None
        root = self.root.resolve()
        file = (self.root / target)
        try:
            real = file.resolve(strict=True)
        except (OSError, RuntimeError):
            raise MeshError("missing-file", self.where, name[:80]) from None
        if root != real.parent and root not in real.parents:
            raise MeshError("external-reference", self.where, name[:80])
        size = real.stat().st_size
        if size > MAX_MEMBER_BYTES:
            raise MeshError("too-big", self.where, name[:80])
        self._count(size, name)
        return real.read_bytes()

    def _count(self, size: int, name: str) -> None:
        self._read_total += max(size, 0)
        if self._read_total > MAX_TOTAL_BYTES:
            raise MeshError("too-big", self.where, name[:80])

    def resolver(self):
        """A trimesh resolver that serves only this folder's files."""
        from trimesh.resolvers import Resolver

        folder = self

        class _Confined(Resolver):
            def __init__(self):
                pass

            def get(self, name):
                return folder.read(name)

            def namespaced(self, namespace):
                return self

            def write(self, name, data):
                raise MeshError("external-reference", folder.where, "write")

            def keys(self):
                return []

        return _Confined()
