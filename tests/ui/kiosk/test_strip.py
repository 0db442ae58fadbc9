"""The indicator strip speaks a child's language: counts and words, a gauge that fills toward the
target, "more than before" after an edit; never a percentage or square metres (those stay in
exports and review). It never scrolls sideways."""

from __future__ import annotations

import re

import pytest

from junior_planner import i18n
from junior_planner.model.entities import PlacedBlock, new_id
from junior_planner.services import indicators as service
from junior_planner.services.errors import UserError
from junior_planner.services.library import Library
from junior_planner.ui.kiosk.strip import GAUGE_CELLS, IndicatorStrip, gauge_cells

NOT_FOR_CHILDREN = re.compile(r"%|m²|平方米|\d+\.\d")


@pytest.fixture
def calculator():
    library = Library.of()
    site = library.site("school-gate")
    return service.calculator(service.load_definitions(), library.catalog, site)


def _blocks(*kinds):
    return [PlacedBlock(uuid=new_id(), block_type=k, x=3.0 * i, y=0.0) for i, k in enumerate(kinds)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_what_a_child_reads_has_no_percentages_or_areas(qtbot, calculator, lang):
    strip = IndicatorStrip()
    qtbot.addWidget(strip)
    strip.resize(1920, 200)
    i18n.set_language(lang)
    try:
        results = calculator.compute(_blocks("tree", "tree", "bench", "slide", "crossing"))
        strip.show_results(results)
        assert strip.buttons
        for rid, button in strip.buttons.items():
            for text in (button.text(), button.accessibleName(), strip._words[rid]):
                assert not NOT_FOR_CHILDREN.search(text), (rid, text)
        # the exact figures are still there for exports and review
        assert any("%" in r.caption(lang) or "m²" in r.caption(lang) or "平方米" in r.caption(lang) for r in results)
    finally:
        i18n.set_language("en")


def test_a_gauge_fills_toward_the_target_and_says_more_than_before(qtbot, calculator):
    strip = IndicatorStrip()
    qtbot.addWidget(strip)
    strip.resize(1920, 200)
    strip.show_results(calculator.compute(_blocks("bench")))
    green = next(r for r in calculator.compute(_blocks("bench")) if r.id == "green-cover")
    assert gauge_cells(green.level) == 0
    many_trees = _blocks(*(["tree"] * 40))
    results = calculator.compute(many_trees)
    strip.show_results(results)
    green = next(r for r in results if r.id == "green-cover")
    assert gauge_cells(green.level) >= 1
    assert "more than before" in strip._words["green-cover"]
    assert "more than before" in strip.buttons["green-cover"].accessibleName()
    seats = strip.buttons["seats"]
    assert "places to sit" in seats.accessibleName()
    strip.show_results(calculator.compute(_blocks("bench")))
    assert "less than before" in strip._words["green-cover"]


def test_one_is_said_in_the_singular(calculator):
    one = next(r for r in calculator.compute(_blocks("crossing")) if r.id == "safe-way-to-school")
    two = next(r for r in calculator.compute(_blocks("crossing", "crossing")) if r.id == "safe-way-to-school")
    assert one.value == 1 and one.child_caption("en") == "1 safety helper near the gate"
    assert two.value == 2 and two.child_caption("en") == "2 safety helpers near the gate"
    assert one.child_caption("zh_CN") == "校门附近 1 个安全设施"
    seats = next(r for r in calculator.compute([]) if r.id == "seats")
    assert seats.child_caption("en") == "0 places to sit"


def test_gauge_cells_count_from_nothing_to_the_target():
    assert gauge_cells(None) is None
    assert gauge_cells(0.0) == 0
    assert gauge_cells(0.01) == 1  # anything at all shows
    assert gauge_cells(0.5) == 2
    assert gauge_cells(1.0) == GAUGE_CELLS


@pytest.mark.parametrize("width, words", [(1920, True), (600, False)])
def test_the_strip_shows_words_when_they_fit_and_pictures_when_not(qtbot, calculator, width, words):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    holder = QWidget()
    QVBoxLayout(holder).addWidget(strip := IndicatorStrip())
    qtbot.addWidget(holder)
    holder.resize(width, 800)
    holder.show()
    strip.show_results(calculator.compute(_blocks("bench", "bench")))
    qtbot.wait(10)
    seats = strip.buttons["seats"]
    assert ("places to sit" in seats.text()) == words
    assert seats.text().startswith("6")  # two benches of three seats: the count is always shown
    assert all(b.geometry().right() <= strip.width() for b in strip.buttons.values())


def test_an_indicators_file_may_not_give_a_child_an_area(tmp_path):
    """A child caption of an area or a cover may not show its number (a gauge does)."""
    import copy
    import json

    data = json.loads(service.default_path().read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    next(i for i in data["indicators"] if i["id"] == "green-cover")["child_captions"]["en"] = "{value} % green"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="child_captions"):
        service.load_definitions(path)
