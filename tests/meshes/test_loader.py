"""The meshes layer: every bundled model loads upright in metres; hostile files are refused
with a stable reason and cannot hang or exhaust the program."""

from __future__ import annotations

import time

import numpy as np
import pytest

from junior_planner import resources
from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.loader import load_file, load_untrusted
from junior_planner.meshes.pick import PickIndex
from tests.meshes import hostile

ALL_MODELS = sorted(resources.models3d_dir().rglob("*.glb"))


@pytest.mark.parametrize("path", ALL_MODELS, ids=[p.relative_to(resources.models3d_dir()).as_posix() for p in ALL_MODELS])
def test_every_bundled_model_loads_upright(path):
    asset = load_file(path)
    assert asset.triangle_count > 0
    assert np.isfinite(asset.vertices).all()
    lo, hi = asset.bounds
    assert lo[2] > -2.0, "nothing far below the ground: the Y-up file was turned Z-up"
    assert hi[2] - lo[2] < max(hi[0] - lo[0], hi[1] - lo[1]) * 3 + 25
    assert asset.colors.shape == (len(asset.vertices), 4)


def test_a_y_up_triangle_stands_on_z():
    """glTF's Y-up: a triangle lying in the file's x-(-z) plane lies flat on our ground."""
    from pathlib import Path
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.glb"
        path.write_bytes(hostile.triangle_glb([[0, 0, 0], [1, 0, 0], [0, 2, 0]]))  # rises along file-y
        asset = load_file(path)
    assert np.allclose(asset.vertices[:, 1], 0) and asset.vertices[:, 2].max() == pytest.approx(2.0)


@pytest.mark.parametrize("units,scale", [("m", 1.0), ("cm", 0.01), ("mm", 0.001)])
def test_units_are_converted_to_metres(tmp_path, units, scale):
    path = tmp_path / "t.glb"
    path.write_bytes(hostile.triangle_glb([[0, 0, 0], [100, 0, 0], [0, 100, 0]]))
    assert load_file(path, units=units).bounds[1].max() == pytest.approx(100 * scale)




def _hostile(tmp_path_factory):
    return hostile.write_all(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    return _hostile(tmp_path_factory)


NAMES = ["empty", "not-a-mesh", "truncated-glb", "non-finite", "gltf-external", "cyclic", "too-many-triangles-glb",
         "stl-billion", "stl-short", "geojson-bowtie", "geojson-no-height", "geojson-nan", "ply-huge", "obj-escape",
         "off-degenerate"]


@pytest.mark.parametrize("name", NAMES)
def test_hostile_files_are_refused_with_their_reason(hostile_files, name):
    path, code = hostile_files[name]
    start = time.perf_counter()
    with pytest.raises(MeshError) as err:
        load_file(path)
    assert err.value.code == code
    assert time.perf_counter() - start < 5


def test_a_parser_that_hangs_is_stopped_by_the_time_limit(tmp_path):
    path = tmp_path / "t.glb"
    path.write_bytes(hostile.triangle_glb())
    start = time.perf_counter()
    with pytest.raises(MeshError) as err:
        load_untrusted(path, timeout_s=3, loader="tests.meshes.hostile:slow_loader")
    assert err.value.code == "timeout"
    assert time.perf_counter() - start < 20


def test_untrusted_loading_returns_the_same_mesh(tmp_path):
    path = resources.model3d("blocks", "bench.glb")
    a, b = load_file(path), load_untrusted(path, recentre=False)
    assert np.array_equal(a.vertices, b.vertices) and np.array_equal(a.faces, b.faces)


def test_picking_finds_the_ground_and_what_stands_on_it(tmp_path):
    path = tmp_path / "t.glb"
    # a 10 m square on the ground (two triangles, Y-up file)
    path.write_bytes(hostile.triangle_glb([[-5, 0, 5], [5, 0, 5], [5, 0, -5]]))
    index = PickIndex(load_file(path))
    assert index.ground_height(2.0, -2.0) == pytest.approx(0.0)
    hit = index.first_hit((2.0, -2.0, 10.0), (0.0, 0.0, -1.0))
    assert hit is not None and np.allclose(hit, [2.0, -2.0, 0.0], atol=1e-5)
    assert index.first_hit((-4.0, 4.0, 10.0), (0.0, 0.0, -1.0)) is None  # the other half is missing
