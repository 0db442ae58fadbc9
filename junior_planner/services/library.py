"""The Library: the reference data every front end and service needs, loaded once and handed down —
the block catalog, the sites (bundled ones from `models3d/` and the store's imported ones) and the
vocabularies (stickers, reason chips, block categories).

Get it with `Library.of(store)` (one per open store; `Library.of(None)` has only bundled sites).
The module's functions below are the loaders it is built from; nothing else calls them.
"""

from __future__ import annotations

import functools
import json
import os
import weakref
from pathlib import Path
from typing import Any, Optional

from junior_planner import resources
from junior_planner.model import vocabulary
from junior_planner.model.catalog import Catalog, CatalogError
from junior_planner.model.site import Site, SiteError


class LibraryError(Exception):
    """A bundled or imported site or catalog file cannot be used."""


@functools.lru_cache(maxsize=4)
def load_catalog(path: Path | None = None) -> Catalog:
    path = Path(path) if path else resources.model3d("catalog.json")
    try:
        return Catalog.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, CatalogError) as exc:
        raise LibraryError(f"{path}: {exc}") from None


def load_site_file(path: Path, source: str = "bundled") -> Site:
    try:
        site = Site.from_dict(json.loads(Path(path).read_text(encoding="utf-8")), source=source)
    except (OSError, ValueError, SiteError) as exc:
        raise LibraryError(f"{path}: {exc}") from None
    if site.model:
        site.model = str(Path(path).parent / site.model)
    return site


@functools.lru_cache(maxsize=1)
def bundled_sites() -> dict[str, Site]:
    sites: dict[str, Site] = {}
    root = resources.model3d("sites")
    for site_json in sorted(root.glob("*/site.json")):
        site = load_site_file(site_json)
        sites[site.id] = site
    return sites


def site_from_dict(data: dict, source: str) -> Site:
    try:
        return Site.from_dict(data, source=source)
    except SiteError as exc:
        raise LibraryError(str(exc)) from None


# imported sites parsed once per site.json text: a district of thousands of buildings has
# thousands of zones, and every window and command asks for its site
_imported_cache: dict[tuple[str, str], tuple[int, Site]] = {}


def _imported(store, site_id: str, text: str, mesh_sha: str) -> Site:
    key = (str(store.media.path(mesh_sha, ".npz")), site_id)
    stamp = hash(text)
    cached = _imported_cache.get(key)
    if cached is None or cached[0] != stamp:
        site = site_from_dict(json.loads(text), "imported")
        site.model = key[0]
        if len(_imported_cache) > 64:
            _imported_cache.clear()
        _imported_cache[key] = cached = (stamp, site)
    return cached[1]


def sites(store=None) -> dict[str, Site]:
    """Bundled sites, and the store's imported ones when a store is given."""
    result = dict(bundled_sites())
    if store is not None:
        for site_id, text, mesh_sha in store.imported_site_texts():
            if site_id not in result:
                result[site_id] = _imported(store, site_id, text, mesh_sha)
    return result


def site_ids(store=None) -> set[str]:
    """The ids of every site, without parsing the imported ones."""
    ids = set(bundled_sites())
    if store is not None:
        ids |= {row[0] for row in store.imported_site_texts()}
    return ids


def site(site_id: str, store=None) -> Site | None:
    found = bundled_sites().get(site_id)
    if found is None and store is not None:
        rows = store.imported_site_texts(site_id)
        if rows:
            found = _imported(store, *rows[0])
    return found


def forget_cache() -> None:
    bundled_sites.cache_clear()
    _ground_cache.clear()
    _imported_cache.clear()
    _drawn_cache.clear()


_ground_cache: dict[str, object] = {}


def site_mesh(site: Site):
    """The site's 3D model as a MeshAsset (None for a flat site without one)."""
    if not site.model:
        return None
    from junior_planner.meshes.loader import load_file

    if site.model.endswith(".npz"):
        from junior_planner.services.sites import mesh_from_npz

        return mesh_from_npz(Path(site.model).read_bytes())
    return load_file(site.model)


def lod_cache_dir(site: Site) -> Path:
    """Where a site's simplified meshes are kept: an imported site's in its data folder's cache/
    (its model is in the data folder's media/), a bundled site's in the user's cache folder
    ($JUNIOR_PLANNER_CACHE overrides that)."""
    if site.model and site.source != "bundled":
        return Path(site.model).parent.parent / "cache" / "lod"
    env = os.environ.get("JUNIOR_PLANNER_CACHE")
    if env:
        return Path(env).expanduser() / "lod"
    import platformdirs

    return Path(platformdirs.user_cache_dir("junior-planner", appauthor=False)) / "lod"


_drawn_cache: dict[tuple[str, str], Any] = {}


def site_mesh_to_draw(site: Site, level: str = "normal"):
    """The site's model as the 3D view draws it at a detail level (meshes/lod.py): simplified for
    "normal" and "low", kept in memory and on disk; None for a flat site."""
    from junior_planner.meshes import lod

    key = (site.id, level)
    if key not in _drawn_cache:
        full = site_mesh(site)
        _drawn_cache[key] = None if full is None else lod.at_level(full, level, lod_cache_dir(site))
    return _drawn_cache[key]


def ground_index(site: Site):
    """The pick index of the site's ground (None for a flat site), built once per site."""
    attach_ground(site)
    return _ground_cache.get(site.id)


def attach_ground(site: Site) -> None:
    """Make the site's ground height follow its 3D model's ground (not tree crowns or roofs);
    the pick index is built once per site."""
    if not site.model or site.id in _ground_cache:
        return
    from junior_planner.meshes.asset import ground_only
    from junior_planner.meshes.pick import PickIndex

    index = PickIndex(ground_only(site_mesh(site)))
    _ground_cache[site.id] = index
    site.ground_height = index.ground_height


class Library:
    """The catalog, sites and vocabularies for one store (or none: bundled sites only)."""

    stickers = vocabulary.STICKERS
    reason_chips = vocabulary.DEFAULT_REASON_CHIPS
    age_bands = vocabulary.AGE_BANDS
    sticker_name = staticmethod(vocabulary.sticker_name)
    reason_name = staticmethod(vocabulary.reason_name)

    _by_store: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
    _bundled_only: Optional["Library"] = None

    def __init__(self, store=None, catalog: Optional[Catalog] = None):
        self._store = weakref.ref(store) if store is not None else None
        self.catalog = catalog if catalog is not None else load_catalog()

    @classmethod
    def of(cls, store=None) -> "Library":
        """The one Library of `store` (made on first use)."""
        if store is None:
            if cls._bundled_only is None:
                cls._bundled_only = cls()
            return cls._bundled_only
        found = cls._by_store.get(store)
        if found is None:
            found = cls._by_store[store] = cls(store)
        return found

    @property
    def store(self):
        return self._store() if self._store is not None else None

    @property
    def categories(self):
        """The block categories (ids, names in each language, colours), in catalog order."""
        return self.catalog.categories

    def sites(self) -> dict[str, Site]:
        return sites(self.store)

    def site_ids(self) -> set[str]:
        return site_ids(self.store)

    def site(self, site_id: str) -> Site | None:
        return site(site_id, self.store)

    def site_mesh(self, site: Site):
        return site_mesh(site)

    def site_mesh_to_draw(self, site: Site, level: str = "normal"):
        return site_mesh_to_draw(site, level)

    def ground_index(self, site: Site):
        return ground_index(site)

    def attach_ground(self, site: Site) -> None:
        attach_ground(site)

    def forget_sites(self) -> None:
        """Re-read sites on next use (after an import or a geo-reference)."""
        forget_cache()
