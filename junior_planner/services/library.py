"""The sites and the block catalog available here: bundled ones from `models3d/` (and, once the
site-import issue lands, imported ones from the store). Loaded once, cached.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from junior_planner import resources
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


def sites() -> dict[str, Site]:
    return dict(bundled_sites())


def site(site_id: str) -> Site | None:
    return sites().get(site_id)
