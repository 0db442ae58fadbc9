"""The child-friendly indicators (junior_planner/model/indicators.py), checked by hand.

Each bundled site gets a hand-built proposal: a few known blocks at known places (every one a
placement the rules accept, so a child could really build it). The expected values are worked
out in the comments from the catalog's tags (models3d/catalog.json) and the default definitions
(assets/indicators/default.json: play area targets 40 m², green and shade 10 %, 20 seats, 2
safety helpers within 30 m of a school gate or bus stop, 2 things for everyone, 4 of 7 kinds).
Area tags (…_m2) grow with scale²; other tags do not.
"""

from __future__ import annotations

import pytest
import shapely

from junior_planner.model.entities import PlacedBlock, Workshop
from junior_planner.model.indicators import (
    IndicatorCalculator, IndicatorDefinition, IndicatorSet, Target, buildable_area, format_number,
)
from junior_planner.model.rules import PlacementRules
from junior_planner.model.site import Site
from junior_planner.services import indicators as indicator_service
from junior_planner.services import library

# Buildable area of each bundled site: the sum of its site.json "buildable" polygons (m²),
# rounded here; the tests check the model's exact figure against shapely's.
BUILDABLE_M2 = {"practice-lawn": 3600.0, "school-gate": 4816.355, "lakeside-park": 5937.841,
                "courtyard": 5129.626, "riverside-square": 4365.431}


@pytest.fixture(scope="module")
def catalog():
    return library.load_catalog()


@pytest.fixture(scope="module")
def definitions(catalog):
    return indicator_service.load_definitions(catalog=catalog)


def build(site_id: str, catalog, plan: list[tuple[str, float, float, float]]) -> tuple[Site, list[PlacedBlock]]:
    """The site and the blocks of `plan` ((type, x, y, scale) each), checking that the placement
    rules accept every block next to the ones before it."""
    site = library.bundled_sites()[site_id]
    rules = PlacementRules(site, catalog, Workshop("w", site_id, "test", ""))
    blocks: list[PlacedBlock] = []
    for i, (kind, x, y, scale) in enumerate(plan):
        block = PlacedBlock(f"b{i}", kind, x, y, scale=scale)
        assert rules.check_block(block) is None, (site_id, kind, x, y, rules.check_block(block))
        blocks.append(block)
        rules.reset(blocks)
    return site, blocks


def by_id(results):
    return {r.id: r for r in results}


def check_area(calc: IndicatorCalculator, site: Site) -> float:
    """The calculator's buildable area is shapely's area of the same polygons."""
    exact = sum(shapely.Polygon(p).area for p in site.buildable)
    assert calc.area == pytest.approx(exact, rel=1e-12)
    assert calc.area == pytest.approx(BUILDABLE_M2[site.id], abs=1e-3)
    return calc.area


def test_practice_lawn_by_hand(catalog, definitions):
    """Practice lawn (60 m x 60 m, buildable 3,600 m², no school gate or bus stop): two benches,
    a tree at scale 1.5, a sandpit at scale 2, a slide and a crossing on the path."""
    site, blocks = build("practice-lawn", catalog, [
        ("bench", 0, 0, 1), ("bench", 3, 0, 1), ("tree", -10, -10, 1.5), ("sandpit", 10, -10, 2),
        ("slide", 10, 5, 1), ("crossing", 0, 21, 1)])
    calc = IndicatorCalculator(definitions, catalog, site)
    assert check_area(calc, site) == 3600.0  # 60 x 60
    r = by_id(calc.compute(blocks, budget=30))
    # 6-8: sandpit 9 m² x 2² = 36, slide 12 (bands 6-8, 9-11) -> 48
    assert r["play-area-6-8"].value == 48.0 and r["play-area-6-8"].met is True
    assert r["play-area-6-8"].captions["en"] == "48 m² to play for 6 to 8 year olds"
    assert r["play-area-6-8"].captions["zh_CN"] == "6到8岁的小朋友有 48 平方米可以玩"
    # 9-11: the slide only (the sandpit is for 6-8) -> 12
    assert r["play-area-9-11"].value == 12.0 and r["play-area-9-11"].met is False
    assert r["play-area-12-14"].value == 0.0 and r["play-area-15-17"].value == 0.0
    # green: tree 1 m² x 1.5² = 2.25; 100 x 2.25 / 3600 = 0.0625 %
    assert r["green-cover"].value == 0.0625 and r["green-cover"].met is False
    assert r["green-cover"].details == {"area_m2": 2.25, "buildable_m2": 3600.0}
    assert r["green-cover"].captions["en"] == "0.062 % of the ground is green"
    # shade: tree 20 m² x 1.5² = 45; 100 x 45 / 3600 = 1.25 %
    assert r["shade-cover"].value == 1.25
    # seats: 3 + 3 (benches)
    assert r["seats"].value == 6.0 and r["seats"].captions["en"] == "Places to sit: 6"
    # no school gate or bus stop on this site: not applicable
    safe = r["safe-way-to-school"]
    assert safe.value is None and safe.met is None and not safe.applicable
    assert safe.captions == {"en": "This place has no school gate or bus stop", "zh_CN": "这里没有校门或公交站"}
    assert r["for-everyone"].value == 0
    # kinds: rest (bench), nature (tree), play (sandpit, slide), safety (crossing) = 4 of 7
    assert r["variety"].value == 4 and r["variety"].met is True
    assert r["variety"].captions["en"] == "4 of 7 kinds of things"
    # cost: 2 + 2 + 3 + 4 + 8 + 5 = 24 of 30
    budget = r["budget"]
    assert (budget.value, budget.target, budget.met) == (24.0, Target("at_most", 30.0), True)
    assert budget.captions == {"en": "24 of 30 coins used", "zh_CN": "30 个金币用了 24 个"}


def test_school_gate_safety_counts_only_helpers_within_30_m(catalog, definitions):
    """School gate (gate at (0, 18.2), bus stop at (27, -17.5)): safety helpers near the gate or
    the bus stop count, far ones and other blocks do not; a centre exactly 30 m away counts."""
    site, blocks = build("school-gate", catalog, [
        ("street-light", 6, 10.2, 1),     # light; to the gate: sqrt(6² + 8²) = 10 m -> near
        ("crossing", -40, -24.5, 1),      # on the street; gate sqrt(40² + 42.7²) = 58.5 m, bus stop sqrt(67² + 7²) = 67.4 m -> far
        ("speed-bump", 27, -24.5, 1),     # traffic calming; 7 m south of the bus stop -> near
        ("traffic-light", 18, -5.8, 1),   # crossing + calming (counts once); gate sqrt(18² + 24²) = 30 m exactly -> near
        ("bench", 0, 10, 1),              # 8.2 m from the gate, but not a safety helper
        ("drinking-fountain", -5, 0, 1),  # accessible + drinking water: one block, counts once
        ("toilets", -10, -5, 1),          # accessible + toilet
        ("ramp", 10, 0, 1),               # accessible
    ])
    calc = IndicatorCalculator(definitions, catalog, site)
    check_area(calc, site)
    r = by_id(calc.compute(blocks, budget=40))
    safe = r["safe-way-to-school"]
    assert safe.value == 3 and safe.met is True  # light, speed bump, traffic light
    assert safe.details == {"distance_m": 30.0, "features": 2}
    assert safe.captions["en"] == "Safety helpers near the school gate or bus stop: 3"
    assert safe.explanations["en"] == ("Crossings, street lights and speed bumps no more than 30 m from the school "
                                       "gate or the bus stop.")
    assert r["for-everyone"].value == 3 and r["for-everyone"].met is True  # fountain, toilets, ramp
    assert r["seats"].value == 3.0
    assert r["green-cover"].value == 0.0 and r["shade-cover"].value == 0.0
    assert all(r[f"play-area-{b}"].value == 0.0 for b in ("6-8", "9-11", "12-14", "15-17"))
    # kinds: safety, rest, services = 3 of 7
    assert r["variety"].value == 3 and r["variety"].met is False
    # cost: 3 + 5 + 2 + 6 + 2 + 3 + 15 + 4 = 40, exactly the budget: met (at most 40)
    assert r["budget"].value == 40.0 and r["budget"].met is True

    # Move the light 0.5 m further than 30 m from the gate (and far from the bus stop): 2 left.
    moved = [b if b.uuid != "b0" else PlacedBlock("b0", "street-light", 0, 18.2 - 30.5) for b in blocks]
    # (0, -12.3): to the gate 30.5 m; to the bus stop sqrt(27² + 5.2²) = 27.5 m -> still near!
    assert by_id(calc.compute(moved, 40))["safe-way-to-school"].value == 3
    moved = [b if b.uuid != "b0" else PlacedBlock("b0", "street-light", -20, -5) for b in blocks]
    # (-20, -5): to the gate sqrt(20² + 23.2²) = 30.6 m; to the bus stop sqrt(47² + 12.5²) = 48.6 m -> far
    assert by_id(calc.compute(moved, 40))["safe-way-to-school"].value == 2


def test_lakeside_park_by_hand(catalog, definitions):
    """Lakeside park (no school gate or bus stop): a football pitch, a zip line, a lawn patch, a
    small-scaled tree and a shade sail; no workshop budget."""
    site, blocks = build("lakeside-park", catalog, [
        ("football-pitch", 0, 0, 1), ("zip-line", 12, 0, 1), ("lawn-patch", 0, 10, 1), ("tree", -12, 10, 0.5),
        ("shade-sail", 8, 11, 1)])
    calc = IndicatorCalculator(definitions, catalog, site)
    area = check_area(calc, site)
    r = by_id(calc.compute(blocks))
    # 6-8: only the lawn patch (25) is for 6-8; pitch and zip line are 9-17
    assert r["play-area-6-8"].value == 25.0
    # 9-11, 12-14, 15-17: pitch 240 + zip line 45 + lawn 25 = 310
    for band in ("9-11", "12-14", "15-17"):
        assert r[f"play-area-{band}"].value == 310.0 and r[f"play-area-{band}"].met is True
    # green: lawn 25 + tree 1 x 0.5² = 0.25 -> 25.25 m²; 100 x 25.25 / 5937.84 = 0.425 %
    assert r["green-cover"].value == 100.0 * 25.25 / area
    assert r["green-cover"].captions["en"] == "0.4 % of the ground is green"
    # shade: tree 20 x 0.5² = 5, sail 22 -> 27 m²; 100 x 27 / 5937.84 = 0.455 %
    assert r["shade-cover"].value == 100.0 * 27.0 / area
    assert r["seats"].value == 0.0
    assert r["safe-way-to-school"].value is None
    # kinds: sport, play, nature, rest = 4
    assert r["variety"].value == 4
    # cost: 20 + 12 + 2 + 3 + 5 = 42, no budget: no target, the caption says only the sum
    budget = r["budget"]
    assert (budget.value, budget.target, budget.met) == (42.0, None, None)
    assert budget.captions == {"en": "42 coins used", "zh_CN": "用了 42 个金币"}


def test_courtyard_seats_do_not_grow_with_scale(catalog, definitions):
    """Courtyard: tables, a reading corner, a bike rack, a sensory garden and a bench at scale 1.5.
    Seats are people, not m², so the big bench still seats 3."""
    site, blocks = build("courtyard", catalog, [
        ("picnic-table", -8, -8, 1), ("picnic-table", -4, -8, 1), ("chess-table", 0, -8, 1),
        ("reading-corner", 5, -8, 1), ("bike-rack", 10, -8, 1), ("sensory-garden", -8, 6, 1), ("bench", 3, 6, 1.5)])
    calc = IndicatorCalculator(definitions, catalog, site)
    area = check_area(calc, site)
    r = by_id(calc.compute(blocks, budget=100))
    # seats: 6 + 6 + 4 + 3 + 3 = 22 (the bench at 1.5 still 3)
    assert r["seats"].value == 22.0 and r["seats"].met is True
    # green: sensory garden 10 m²; 100 x 10 / 5129.63 = 0.195 %
    assert r["green-cover"].value == 100.0 * 10.0 / area
    assert r["green-cover"].captions["zh_CN"] == "0.2% 的地面是绿色的"  # one decimal from 0.1 up
    assert r["shade-cover"].value == 0.0
    assert r["for-everyone"].value == 1  # the sensory garden
    assert r["play-area-6-8"].value == 0.0
    # kinds: rest, learning, safety (bike rack), nature = 4
    assert r["variety"].value == 4
    # cost: 3 + 3 + 3 + 6 + 2 + 6 + 2 = 25 of 100
    assert r["budget"].value == 25.0 and r["budget"].met is True
    assert r["safe-way-to-school"].value is None


def test_riverside_square_by_hand_and_over_budget(catalog, definitions):
    """Riverside square: water play, a merry-go-round, a pavilion, two small trees at 1.5, a
    flower bed at 3 and a vegetable patch at 0.5; the budget (30) was lowered below the cost."""
    site, blocks = build("riverside-square", catalog, [
        ("water-play", -8, -8, 1), ("merry-go-round", -2, -8, 1), ("pavilion", 5, -8, 1),
        ("small-tree", -8, 6, 1.5), ("small-tree", -4, 6, 1.5), ("flower-bed", 4, 6, 3), ("vegetable-patch", 10, 6, 0.5)])
    calc = IndicatorCalculator(definitions, catalog, site)
    area = check_area(calc, site)
    r = by_id(calc.compute(blocks, budget=30))
    # 6-8 and 9-11: water play 14 + merry-go-round 12 = 26; nothing for 12-17
    assert r["play-area-6-8"].value == 26.0 and r["play-area-9-11"].value == 26.0
    assert r["play-area-12-14"].value == 0.0 and r["play-area-15-17"].value == 0.0
    # shade: pavilion 16 + 2 x (3 x 1.5²) = 16 + 13.5 = 29.5 m²
    assert r["shade-cover"].value == 100.0 * 29.5 / area
    # green: 2 x (1 x 1.5²) + flower bed 2 x 3² + vegetable patch 6 x 0.5² = 4.5 + 18 + 1.5 = 24 m²
    assert r["green-cover"].value == 100.0 * 24.0 / area
    # seats: merry-go-round 4 + pavilion 8 = 12
    assert r["seats"].value == 12.0 and r["seats"].met is False
    # kinds: play, rest, nature = 3
    assert r["variety"].value == 3
    # cost: 10 + 6 + 12 + 2 + 2 + 2 + 3 = 37 > 30
    assert r["budget"].value == 37.0 and r["budget"].met is False
    assert r["budget"].captions["en"] == "37 of 30 coins used"


def test_cover_is_capped_at_100_percent(catalog, definitions):
    """A 10 m x 10 m site (100 m²) with two trees at scale 2: 2 x 20 x 2² = 160 m² of shade,
    more than the ground, shows as 100 % (the details keep the 160 m²)."""
    square = [[-5, -5], [5, -5], [5, 5], [-5, 5]]
    site = Site.from_dict({"format": "junior-planner-site", "id": "tiny", "names": {"en": "Tiny", "zh_CN": "小"},
                           "bounds": square, "buildable": [square], "zones": []})
    calc = IndicatorCalculator(definitions, catalog, site)
    r = by_id(calc.compute([PlacedBlock("a", "tree", -2.5, 0, scale=2), PlacedBlock("b", "tree", 2.5, 0, scale=2)]))
    assert r["shade-cover"].value == 100.0 and r["shade-cover"].met is True
    assert r["shade-cover"].details == {"area_m2": 160.0, "buildable_m2": 100.0}
    # green: 2 x 1 x 2² = 8 m² of 100 -> 8 %
    assert r["green-cover"].value == 8.0


def test_empty_proposal_and_unknown_block_types(catalog, definitions):
    """An empty proposal gives zeros (and 0 of 7 kinds); a block type not in the catalog (e.g.
    from a newer catalog) counts for nothing rather than failing."""
    site = library.bundled_sites()["school-gate"]
    calc = IndicatorCalculator(definitions, catalog, site)
    empty = by_id(calc.compute([], budget=10))
    assert empty["variety"].value == 0 and empty["budget"].value == 0.0 and empty["seats"].value == 0.0
    assert empty["safe-way-to-school"].value == 0
    odd = by_id(calc.compute({"x": PlacedBlock("x", "rocket", 0, 10), "y": PlacedBlock("y", "bench", 0, 0)}))
    assert odd["seats"].value == 3.0 and odd["variety"].value == 1 and odd["budget"].value == 2.0
    assert odd["safe-way-to-school"].value == 0


def test_a_custom_set_with_a_catalog_of_its_own_kinds(catalog):
    """Definitions built in code (no file): bike parking as a tag total, lights near a custom
    feature kind, and an at_most target that is met when the value is small enough."""
    texts = {"en": "{value}", "zh_CN": "{value}"}
    definitions = IndicatorSet("custom", {"en": "c", "zh_CN": "c"}, (
        IndicatorDefinition("bikes", "tag_total", {"tag": "bike_parking"}, texts, texts, "bike-rack", Target("at_least", 10)),
        IndicatorDefinition("lights", "count_near_features", {"tags": ["light"], "feature_kinds": ["playground"],
                                                              "distance_m": 20}, texts, texts, "street-light",
                            captions_not_applicable={"en": "n/a", "zh_CN": "无"}),
        IndicatorDefinition("few-fences", "count_tagged", {"tags": ["accessible"]}, texts, texts, "fence", Target("at_most", 1)),
    ))
    site = library.bundled_sites()["lakeside-park"]  # old playground at (-49, -30)
    calc = IndicatorCalculator(definitions, catalog, site)
    blocks = [PlacedBlock("a", "bike-rack", 0, 0), PlacedBlock("b", "bike-rack", 0, 3),
              PlacedBlock("c", "street-light", -49, -14), PlacedBlock("d", "street-light", -20, -30)]
    r = by_id(calc.compute(blocks))
    assert r["bikes"].value == 10.0 and r["bikes"].met is True and r["bikes"].unit == "count"  # 5 + 5
    assert r["lights"].value == 1  # 16 m from the playground; the other 29 m away
    assert r["few-fences"].value == 0 and r["few-fences"].met is True


def test_units_and_dict_shape(catalog, definitions):
    """Each result says its unit, and to_dict is what `show` puts under indicators.items."""
    site = library.bundled_sites()["practice-lawn"]
    results = IndicatorCalculator(definitions, catalog, site).compute([PlacedBlock("a", "bench", 0, 0)], 10)
    assert [(r.id, r.unit) for r in results] == [
        ("play-area-6-8", "m2"), ("play-area-9-11", "m2"), ("play-area-12-14", "m2"), ("play-area-15-17", "m2"),
        ("green-cover", "percent"), ("shade-cover", "percent"), ("seats", "count"), ("safe-way-to-school", "count"),
        ("for-everyone", "count"), ("variety", "categories"), ("budget", "budget-units")]
    seats = results[6].to_dict()
    assert seats == {"id": "seats", "kind": "tag_total", "value": 3.0, "unit": "count", "target": {"at_least": 20.0},
                     "met": False, "applicable": True, "icon": "bench", "details": {},
                     "captions": {"zh_CN": "有 3 个座位", "en": "Places to sit: 3"},
                     "explanations": {"zh_CN": "长椅、桌子、亭子和带座位的游戏设施，每个座位都算。",
                                      "en": "Benches, tables, pavilions and play things with seats: every place to sit counts."}}


def test_format_number_and_buildable_area():
    """Captions show whole numbers bare, others with one decimal, and small amounts never as 0;
    the buildable area adds up the buildable polygons."""
    assert [format_number(v) for v in (0, 3, 3.0, 12.35, 1.25, 0.0625, 0.047, 99.96)] == \
        ["0", "3", "3", "12.3", "1.2", "0.062", "0.047", "100"]
    site = library.bundled_sites()["practice-lawn"]
    assert buildable_area(site) == 3600.0
