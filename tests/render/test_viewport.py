"""The editor's 3D view: picking lands where the pointer is (also after resizes and on HiDPI
screens), blocks are picked by their uuid, the renderer follows the editor's change records with
one draw per block type, the child's eye is 1.0 m above the ground, and far blocks use stand-ins.

Needs OpenGL: pytest-xvfb runs these under Xvfb (Mesa llvmpipe)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from junior_planner.model.commands import DeleteBlock, MoveBlock, PlaceBlock
from junior_planner.model.entities import PlacedBlock, Proposal
from junior_planner.render import snapshot
from junior_planner.render.blocks import DETAIL_PIXELS, FULL_PIXELS
from junior_planner.services import library
from tests.helpers import block, make_editor

pytestmark = pytest.mark.gl

# pyqtgraph compiles its shaders once per process: all GL views must share one context group
# (set before pytest-qt creates the QApplication; module import happens at collection).
snapshot.share_gl_contexts()

TOLERANCE_M = 0.1


# --- fixtures and helpers ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def lakeside():
    site = library.sites()["lakeside-park"]
    library.attach_ground(site)
    return site, library.site_mesh(site), library._ground_cache[site.id]


@pytest.fixture(scope="module")
def lawn():
    return library.sites()["practice-lawn"]


@pytest.fixture
def catalog():
    return library.load_catalog()


@pytest.fixture
def make_view(qtbot, qapp, catalog):
    def make(size=(640, 400)):
        from junior_planner.render.viewport import SiteViewport

        view = SiteViewport(catalog, snapshot._block_model)
        qtbot.addWidget(view)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(*size)
        view.show()
        qapp.processEvents()
        assert view.isValid(), "no OpenGL context"
        return view

    return make


def rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return data[:, : image.width(), [2, 1, 0]].astype(int)


def frame(view) -> np.ndarray:
    """Draw one frame now (paintGL runs, level of detail is chosen) and return its pixels."""
    QCoreApplication.processEvents()
    return rgb(view.grabFramebuffer())


def red_mask(pixels: np.ndarray) -> np.ndarray:
    return (pixels[..., 0] > 150) & (pixels[..., 1] < 90) & (pixels[..., 2] < 90)


def proposal_of(*blocks: PlacedBlock) -> Proposal:
    p = Proposal(id="test-proposal", workshop_id="test-workshop", created_at="", updated_at="")
    for b in blocks:
        p.blocks[b.uuid] = b
    return p


def roundtrip_errors(view, points: np.ndarray) -> list[float]:
    """Project ground points to pixels, pick them back (ground only), and measure the miss."""
    pixels, visible = view.project(points)
    assert visible.all(), "a test point is outside the picture"
    errors = []
    for (x, y), point in zip(pixels, points):
        assert 0 <= x < view.width() and 0 <= y < view.height()
        hit = view.pick(float(x), float(y), blocks=False)
        assert hit is not None, f"no ground under pixel {x:.1f}, {y:.1f}"
        errors.append(float(np.linalg.norm(hit.point - point)))
    return errors


LAKESIDE_LAWN = [(0.0, 0.0), (6.0, -4.0), (-7.0, 3.0), (4.0, 9.0), (-3.0, -9.0), (9.5, 2.5)]


def ground_points(site, xy) -> np.ndarray:
    return np.array([[x, y, site.ground_height(x, y)] for x, y in xy])


# --- picking ----------------------------------------------------------------------------------
@pytest.mark.parametrize("camera", ["birds_eye", "top", "child"])
def test_a_projected_ground_point_picks_back_within_10_cm(make_view, lakeside, camera):
    site, mesh, index = lakeside
    view = make_view()
    view.set_site(site, mesh, index)
    if camera == "top":
        view.top_view()
        points = ground_points(site, LAKESIDE_LAWN)
    elif camera == "child":
        view.child_eye(0.0, -14.0, 90.0)
        points = ground_points(site, [(0.0, -8.0), (2.0, -6.0), (-3.0, -4.0), (1.0, 0.0)])
    else:
        view.birds_eye()
        points = ground_points(site, LAKESIDE_LAWN)
    frame(view)
    assert max(roundtrip_errors(view, points)) <= TOLERANCE_M


def test_picking_stays_right_after_resizes(make_view, lakeside, qapp):
    site, mesh, index = lakeside
    view = make_view((640, 400))
    view.set_site(site, mesh, index)
    points = ground_points(site, LAKESIDE_LAWN)
    for size in [(640, 400), (1000, 450), (300, 700), (257, 193), (800, 800)]:
        view.resize(*size)
        qapp.processEvents()
        frame(view)
        assert (view.width(), view.height()) == size
        errors = roundtrip_errors(view, points)
        assert max(errors) <= TOLERANCE_M, f"after resizing to {size}: misses {errors}"


def test_the_picture_agrees_with_the_projection(make_view, lawn):
    """A big red slide is drawn where `project` says its middle is (the picking maths and the GL
    drawing use the same camera)."""
    view = make_view((640, 400))
    view.set_site(lawn, None, None)
    slide = block("slide", x=7.0, y=-4.0, scale=1.0)
    view.set_proposal(proposal_of(slide))
    view.look((7.0, -4.0 - 14.0, 12.0), (7.0, -4.0, 1.0), fov=60)
    mask = red_mask(frame(view))
    assert mask.sum() > 200
    ys, xs = np.nonzero(mask)
    (px, py), = view.project(np.array([[7.0, -4.0, 1.0]]))[0]
    assert xs.min() - 3 <= px <= xs.max() + 3 and ys.min() - 3 <= py <= ys.max() + 3
    assert abs(np.median(xs) - px) < 25 and abs(np.median(ys) - py) < 40


_HIDPI_PROBE = textwrap.dedent("""
    import json, sys
    import numpy as np
    from PySide6.QtCore import Qt
    from junior_planner.render import snapshot
    from junior_planner.services import library
    from junior_planner.model.entities import PlacedBlock, Proposal

    site = library.sites()["practice-lawn"]
    view = snapshot.make_viewport(library.load_catalog(), (400, 300))
    proposal = Proposal(id="p", workshop_id="w", created_at="", updated_at="")
    proposal.blocks["s"] = PlacedBlock("s", "slide", 7.0, -4.0)
    snapshot.set_scene(view, proposal, site)
    view.look((7.0, -18.0, 12.0), (7.0, -4.0, 1.0), fov=60)
    image = snapshot.grab(view)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    pixels = pixels[:, : image.width(), [2, 1, 0]].astype(int)
    red = (pixels[..., 0] > 150) & (pixels[..., 1] < 90) & (pixels[..., 2] < 90)
    ys, xs = np.nonzero(red)
    points = np.array([[x, y, 0.0] for x, y in [(0, 0), (10, 5), (-12, 8), (5, -10)]])
    pixel_points, _ = view.project(points)
    errors = [float(np.linalg.norm(view.pick(float(x), float(y), blocks=False).point - p)) for (x, y), p in zip(pixel_points, points)]
    (sx, sy), = view.project(np.array([[7.0, -4.0, 1.0]]))[0]
    hit = view.pick(float(sx), float(sy))
    print(json.dumps({"dpr": view.devicePixelRatioF(), "logical": [view.width(), view.height()],
                      "image": [image.width(), image.height()], "errors": errors,
                      "red_median": [float(np.median(xs)), float(np.median(ys))] if len(xs) else None,
                      "slide_px": [float(sx), float(sy)], "picked": hit.block if hit else None}))
""")


def test_picking_on_a_high_dpi_screen(tmp_path):
    """QT_SCALE_FACTOR=2: logical pixels are two device pixels; the pointer (logical) still picks
    the ground under it, and the slide is drawn where the projection (logical) says."""
    import json

    env = dict(os.environ, QT_SCALE_FACTOR="2")
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", _HIDPI_PROBE], capture_output=True, text=True, timeout=120, env=env,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["dpr"] == 2.0
    assert out["image"] == [2 * out["logical"][0], 2 * out["logical"][1]]
    assert max(out["errors"]) <= TOLERANCE_M
    assert out["red_median"] is not None, "the slide was not drawn"
    # red pixels are device pixels; the projection is logical
    assert abs(out["red_median"][0] / 2 - out["slide_px"][0]) < 25
    assert abs(out["red_median"][1] / 2 - out["slide_px"][1]) < 40
    assert out["picked"] == "s"


def test_picking_a_block_gives_its_uuid_and_beside_it_the_ground(make_view, lawn):
    view = make_view()
    view.set_site(lawn, None, None)
    bench, tree = block("bench", x=-6.0, y=2.0, yaw=30.0), block("tree", x=8.0, y=-3.0)
    view.set_proposal(proposal_of(bench, tree))
    for camera in (view.birds_eye, view.top_view):
        camera()
        frame(view)
        for b, height in ((bench, 0.45), (tree, 3.0)):
            (x, y), = view.project(np.array([[b.x, b.y, height]]))[0]
            hit = view.pick(float(x), float(y))
            assert hit is not None and hit.block == b.uuid
        (x, y), = view.project(np.array([[-6.0, 7.0, 0.0]]))[0]  # 5 m north of the bench
        hit = view.pick(float(x), float(y))
        assert hit is not None and hit.block is None
        assert np.linalg.norm(hit.point - [-6.0, 7.0, 0.0]) <= TOLERANCE_M
        # a hidden block (the one being dragged) is not picked
        view.blocks.set_hidden({bench.uuid})
        (x, y), = view.project(np.array([[bench.x, bench.y, 0.45]]))[0]
        assert view.pick(float(x), float(y)).block is None
        view.blocks.set_hidden(set())


# --- following change records -----------------------------------------------------------------
def test_the_view_follows_the_editors_change_records(make_view, data_dir):
    store, editor = make_editor(data_dir)
    try:
        view = make_view()
        view.set_site(editor.site, None, None)
        view.set_proposal(editor.proposal)
        editor.subscribe(lambda change: view.apply(change, editor.proposal))
        placed = []
        for i in range(12):
            kind = ("bench", "slide", "small-tree")[i % 3]
            b = block(kind, x=-24.0 + 4.5 * (i % 6), y=-20.0 + 8.0 * (i // 6))
            editor.execute(PlaceBlock(block=b))
            placed.append(b)
        frame(view)
        totals = {t: sum(c) for t, c in view.blocks.counts().items()}
        assert totals == {"bench": 4, "slide": 4, "small-tree": 4}
        assert view.blocks.draw_calls() <= 3 * 3  # full, two-box and one-box stand-ins per type

        moved = placed[0]
        editor.execute(MoveBlock(target=moved.uuid, x=10.0, y=10.0))
        frame(view)
        assert {t: sum(c) for t, c in view.blocks.counts().items()} == totals
        (x, y), = view.project(np.array([[10.0, 10.0, 0.45]]))[0]
        assert view.pick(float(x), float(y)).block == moved.uuid
        (x, y), = view.project(np.array([[moved.x, moved.y, 0.45]]))[0]
        assert view.pick(float(x), float(y)).block is None  # nothing left where it was

        for b in placed[:2]:
            editor.execute(DeleteBlock(target=b.uuid))
        frame(view)
        assert {t: sum(c) for t, c in view.blocks.counts().items()} == {"bench": 3, "slide": 3, "small-tree": 4}
        editor.undo()
        frame(view)
        assert sum(view.blocks.counts()["slide"]) == 4
        assert view.blocks.draw_calls() <= 3 * 3  # full, two-box and one-box stand-ins per type
    finally:
        store.close()


def test_many_blocks_are_a_few_draw_calls_not_one_per_block(make_view, lawn, catalog):
    view = make_view()
    view.set_site(lawn, None, None)
    rng = np.random.default_rng(7)
    kinds = ["bench", "tree", "slide", "bin", "flower-bed"]
    blocks = [block(kinds[i % len(kinds)], x=float(rng.uniform(-29, 29)), y=float(rng.uniform(-29, 29)),
                    yaw=float(rng.uniform(0, 360))) for i in range(500)]
    view.set_proposal(proposal_of(*blocks))
    view.birds_eye()
    frame(view)
    assert sum(sum(c) for c in view.blocks.counts().values()) == 500
    assert view.blocks.draw_calls() <= 3 * len(kinds)
    # GL items in the scene do not grow with the number of blocks
    items_before = len(view.items)
    more = [block("bench", x=float(rng.uniform(-29, 29)), y=float(rng.uniform(-29, 29))) for _ in range(200)]
    view.set_proposal(proposal_of(*blocks, *more))
    frame(view)
    assert len(view.items) == items_before


# --- cameras and level of detail --------------------------------------------------------------
def test_the_child_eye_is_one_metre_above_the_ground(make_view, lakeside):
    site, mesh, index = lakeside
    view = make_view()
    view.set_site(site, mesh, index)
    start = site.cameras["child_eye"]
    view.child_eye(*start["position"], start["heading"])
    x, y = start["position"]
    assert view.eye_position() == pytest.approx([x, y, site.ground_height(x, y) + 1.0], abs=1e-6)
    assert view.heading() == pytest.approx(start["heading"], abs=1e-6)
    # somewhere the ground is not at z = 0 (a raised surface of the model)
    raised = next((x, y) for x in np.linspace(-60, 60, 41) for y in np.linspace(-50, 50, 41)
                  if 0.2 < abs(site.ground_height(x, y)) < 3.0)
    view.child_eye(raised[0], raised[1], 45.0)
    assert view.eye_position()[2] == pytest.approx(site.ground_height(*raised) + 1.0, abs=1e-6)
    assert view.heading() == pytest.approx(45.0, abs=1e-6)
    assert view.mode == "child"


def test_far_blocks_are_stand_ins_and_near_ones_full_models(make_view, lawn):
    view = make_view((640, 400))
    view.set_site(lawn, None, None)
    view.blocks.few_blocks = 0   # as in a proposal of many blocks (a few are always models: below)
    near = [block("bench", x=-3.0 + 3.0 * i, y=-20.0) for i in range(3)]
    far = [block("bench", x=-12.0 + 4.0 * i, y=28.0) for i in range(6)]
    view.set_proposal(proposal_of(*near, *far))
    view.child_eye(0.0, -25.0, 90.0)
    frame(view)
    assert view.blocks.counts()["bench"] == (3, 6)
    batch = view.blocks._batches["bench"]
    assert batch.full.count == 3   # close by: the whole model
    assert batch.proxy.triangle_count < batch.mid.triangle_count < batch.full.triangle_count
    # a middle distance (between DETAIL_PIXELS and FULL_PIXELS on screen): the simplified model
    view.child_eye(0.0, 16.0, 90.0)
    frame(view)
    pixels = view.blocks._pixels(batch, batch.places)
    middle = (pixels >= DETAIL_PIXELS) & (pixels < FULL_PIXELS)
    assert middle.any() and batch.mid.count == int(middle.sum())
    # walk up to the far ones: they become full models, the ones now behind far away stand-ins
    view.child_eye(0.0, 24.0, 90.0)
    frame(view)
    full, proxies = view.blocks.counts()["bench"]
    assert full >= 6 and full + proxies == 9
    # from high above everything small is a stand-in
    view.look((0.0, 0.0, 400.0), (0.0, 0.0, 0.0))
    frame(view)
    assert view.blocks.counts()["bench"] == (0, 9)
    assert 1.8 * view.blocks._focal_px / 400.0 < DETAIL_PIXELS


def test_the_tiniest_blocks_are_two_coloured_dots_of_their_size_on_screen(make_view, lawn):
    """A tree a few pixels tall is one point: a square about as big as the tree on screen, its upper
    half in the upper stand-in box's colour (the crown) and its lower half in the lower one's, not
    buried in the ground."""
    from junior_planner.render.blocks import BOX_PIXELS

    view = make_view((640, 400))
    view.set_site(lawn, None, None)
    view.blocks.few_blocks = 0   # as in a proposal of many blocks
    view.set_proposal(proposal_of())
    view.look((0.0, -260.0, 60.0), (0.0, 20.0, 2.0))
    before = frame(view).astype(int)
    view.set_proposal(proposal_of(block("tree", x=0.0, y=20.0)))
    after = frame(view).astype(int)
    batch = view.blocks._batches["tree"]
    assert (batch.full.count, batch.mid.count, batch.proxy.count, batch.box.count) == (0, 0, 0, 1)
    changed = np.abs(after - before).sum(axis=2) > 0
    rows, cols = np.nonzero(changed)
    expected = batch.box.size * view.blocks._focal_px / np.linalg.norm(np.array([0.0, 280.0, 58.0]))
    assert expected < BOX_PIXELS
    height, width = rows.max() - rows.min() + 1, cols.max() - cols.min() + 1
    assert abs(height - expected) <= 2.5 and abs(width - expected) <= 2.5, (height, width, expected)
    top = after[rows.min(), cols.min():cols.max() + 1].mean(axis=0)
    bottom = after[rows.max(), cols.min():cols.max() + 1].mean(axis=0)
    assert np.allclose(top, np.array(batch.box.upper[:3]) * 255, atol=3)
    assert np.allclose(bottom, np.array(batch.box.lower[:3]) * 255, atol=3)
    assert top[1] > top[0] and np.abs(top - bottom).sum() > 20   # a green crown over a darker trunk and crown
    # selected, it is drawn as its model, so that its outline on the ground is not covered
    view.show_selection(next(iter(view._placed)))
    assert batch.box.count == 0 and batch.full.count + batch.mid.count == 1
    view.show_selection(None)
    assert batch.box.count == 1
    # a child's own few blocks are never stand-ins, however far (at most MAX_FULL models cost little)
    view.blocks.few_blocks = 120
    view.blocks.update_detail(view.eye_position(), view.blocks._focal_px)
    assert (batch.mid.count, batch.proxy.count, batch.box.count) == (1, 0, 0)


def test_top_view_shows_the_whole_site(make_view, lakeside, lawn):
    """viewport.top_view() must fit the site in wide pictures too (pyqtgraph's field of view is
    horizontal). FAILS with render/viewport.py as of 68b75fb: the distance ignores the aspect
    ratio, so at 1280x800 the north and south edges are cut off (see the report's diff)."""
    site, mesh, index = lakeside
    view = make_view((1280, 800))
    for s, m, i in ((site, mesh, index), (lawn, None, None)):
        view.set_site(s, m, i)
        view.top_view()
        frame(view)
        corners = np.hstack([s.bounds, np.zeros((len(s.bounds), 1))])
        pixels, visible = view.project(corners)
        assert visible.all()
        inside = (pixels[:, 0] >= 0) & (pixels[:, 0] <= view.width()) & (pixels[:, 1] >= 0) & (pixels[:, 1] <= view.height())
        assert inside.all(), f"{s.id}: corners outside the 1280x800 top view at {pixels.round(0).tolist()}"


_TWO_VIEWS_PROBE = textwrap.dedent("""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from junior_planner.render.viewport import SiteViewport
    from junior_planner.render import snapshot
    from junior_planner.services import library

    app = QApplication([])   # as app.py and offscreen.py create it
    site = library.sites()["practice-lawn"]
    for n in range(2):
        view = SiteViewport(library.load_catalog(), snapshot._block_model)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(200, 150)
        view.show()
        app.processEvents()
        view.set_site(site, None, None)
        view.top_view()
        image = view.grabFramebuffer().convertToFormat(view.grabFramebuffer().Format.Format_RGB32)
        colour = image.pixelColor(100, 75)
        print("VIEW", n, colour.red(), colour.green(), colour.blue(), flush=True)
        view.close()
        view.deleteLater()
        app.processEvents()
""")


def test_a_second_view_in_the_same_process_still_draws():
    """pyqtgraph compiles its shader programs once per process, so a second GL view (a kiosk
    after a thumbnail, the next snapshot) draws nothing and logs GL_INVALID_VALUE unless Qt's
    OpenGL contexts are shared. FAILS as of 68b75fb: render/ creates QApplication without
    AA_ShareOpenGLContexts (see the report's diff for render/viewport.py)."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", _TWO_VIEWS_PROBE], capture_output=True, text=True, timeout=120, env=env,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Error while drawing item" not in result.stderr, result.stderr[-3000:]
    lines = [l.split() for l in result.stdout.splitlines() if l.startswith("VIEW")]
    assert len(lines) == 2
    for _v, n, r, g, b in lines:
        assert int(g) > int(b) and int(g) > int(r), f"view {n} shows no lawn at its centre: {(r, g, b)}"


class _CountingCatalog:
    """The real catalog, counting lookups (per-block Python work shows up as one per block)."""

    def __init__(self, catalog):
        self._catalog, self.lookups = catalog, 0

    def get(self, block_type):
        self.lookups += 1
        return self._catalog.get(block_type)

    def __getattr__(self, name):
        return getattr(self._catalog, name)


def test_picking_among_ten_thousand_blocks_does_no_work_per_block(make_view, lawn, catalog):
    """The pick target is <= 2 ms with 10,000 blocks, so a pick must not walk the blocks in Python
    (benchmarks/render.py: ~14-19 ms a pick). FAILS as of 68b75fb: SiteViewport.pick builds every
    block's box in a Python loop, one catalog lookup per block (see the report's diff: boxes from
    BlockLayer's instance arrays)."""
    import time

    view = make_view()
    view.set_site(lawn, None, None)
    rng = np.random.default_rng(3)
    kinds = ["bench", "tree", "slide", "bin"]
    blocks = [block(kinds[i % 4], x=float(rng.uniform(-29, 29)), y=float(rng.uniform(-29, 29)), yaw=float(rng.uniform(0, 360)))
              for i in range(10_000)]
    view.set_proposal(proposal_of(*blocks))
    view.top_view()
    frame(view)
    counting = _CountingCatalog(catalog)
    view.catalog = counting
    view.blocks.catalog = counting
    target = blocks[1234]
    view.blocks.set_hidden({blocks[0].uuid})
    (x, y), = view.project(np.array([[target.x, target.y, 0.3]]))[0]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        hit = view.pick(float(x), float(y))
        times.append(time.perf_counter() - start)
    assert hit is not None and hit.block is not None  # some block there (they overlap), not the ground
    assert counting.lookups <= 5 * 50, f"{counting.lookups} catalog lookups for 5 picks among 10,000 blocks"
    print(f"pick among 10,000 blocks: median {sorted(times)[2] * 1000:.2f} ms")
