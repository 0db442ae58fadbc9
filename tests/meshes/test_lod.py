"""Simplified site models (meshes/lod.py): the 3D view of an old computer draws at most the level's
triangles, the simplified site keeps its shape and its colours, and each level is made once and
read back from its cache file."""

from __future__ import annotations

import numpy as np
import pytest

from junior_planner.meshes import lod
from junior_planner.services import library


@pytest.fixture(scope="module")
def lakeside():
    site = library.sites()["lakeside-park"]
    return site, library.site_mesh(site)


@pytest.mark.parametrize("level", ["normal", "low"])
def test_a_level_draws_at_most_its_budget_and_keeps_the_sites_shape_and_colours(lakeside, level, tmp_path):
    _site, full = lakeside
    assert len(full.faces) > lod.budget(level)
    simple = lod.at_level(full, level, tmp_path)
    assert len(simple.faces) <= lod.budget(level) * 1.02
    assert len(simple.faces) >= lod.budget(level) * 0.5
    lo, hi = full.vertices.min(axis=0), full.vertices.max(axis=0)
    s_lo, s_hi = simple.vertices.min(axis=0), simple.vertices.max(axis=0)
    assert np.abs(s_lo - lo).max() < 2.0 and np.abs(s_hi - hi).max() < 2.0  # metres, over a 140 m site
    palette = {tuple(c) for c in np.round(np.asarray(full.colors) * 255).astype(int)}
    assert {tuple(c) for c in np.round(np.asarray(simple.colors) * 255).astype(int)} <= palette
    assert int(simple.faces.max()) < len(simple.vertices)


def test_full_detail_is_the_model_itself(lakeside, tmp_path):
    _site, full = lakeside
    assert lod.at_level(full, "full", tmp_path) is full
    assert not list(tmp_path.iterdir())


def test_a_level_is_made_once_then_read_from_its_cache(lakeside, tmp_path, monkeypatch):
    _site, full = lakeside
    first = lod.at_level(full, "low", tmp_path)
    files = list(tmp_path.glob("site-*.npz"))
    assert len(files) == 1
    monkeypatch.setattr(lod, "simplify", lambda *a: pytest.fail("simplified again despite the cache"))
    again = lod.at_level(full, "low", tmp_path)
    assert np.array_equal(again.faces, first.faces) and np.allclose(again.vertices, first.vertices)


def test_a_damaged_cache_file_is_made_again(lakeside, tmp_path):
    _site, full = lakeside
    lod.at_level(full, "low", tmp_path)
    cached = next(tmp_path.glob("site-*.npz"))
    cached.write_bytes(b"not a numpy file")
    simple = lod.at_level(full, "low", tmp_path)
    assert len(simple.faces) <= lod.budget("low") * 1.02
    assert cached.read_bytes()[:2] == b"PK"  # written again, whole


def test_the_library_draws_a_site_at_the_workshops_level(monkeypatch, tmp_path):
    monkeypatch.setenv("JUNIOR_PLANNER_CACHE", str(tmp_path))
    library.forget_cache()
    site = library.sites()["lakeside-park"]
    normal = library.site_mesh_to_draw(site, "normal")
    assert len(normal.faces) <= lod.NORMAL_TRIANGLES * 1.02
    assert len(library.site_mesh_to_draw(site, "full").faces) == len(library.site_mesh(site).faces)
    assert list((tmp_path / "lod").glob("site-*.npz"))
    library.forget_cache()


def test_an_imported_sites_simplified_models_stay_in_its_data_folder(tmp_path, monkeypatch):
    """Not beside its model in media/ (content-addressed files only), not in the user's cache: the
    data folder's cache/, which goes with the data."""
    import dataclasses

    monkeypatch.setenv("JUNIOR_PLANNER_CACHE", str(tmp_path / "user-cache"))
    bundled = library.sites()["courtyard"]
    imported = dataclasses.replace(bundled, source="imported", model=str(tmp_path / "data" / "media" / ("a" * 64 + ".npz")))
    assert library.lod_cache_dir(imported) == tmp_path / "data" / "cache" / "lod"
    assert library.lod_cache_dir(bundled) == tmp_path / "user-cache" / "lod"
