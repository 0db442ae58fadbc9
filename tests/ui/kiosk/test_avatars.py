"""Every fun pseudonym's animal has a picture, so a child who cannot read finds their own badge
(kiosk, gallery, sheet); its source and licence are recorded beside the pictures."""

from __future__ import annotations

from PySide6.QtGui import QColor

from junior_planner import resources
from junior_planner.model.pseudonyms import ANIMALS, avatar_colour
from junior_planner.render.avatars import _picture
from junior_planner.ui.kiosk.avatars import avatar_pixmap


def test_every_animal_has_a_picture_with_its_licence_recorded():
    folder = resources.asset("icons", "animals")
    attribution = (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC-BY 4.0" in attribution
    for animal in ANIMALS:
        assert _picture(animal) is not None, animal
        assert f"| {animal}.svg |" in attribution


def test_a_badge_shows_the_animal_not_its_written_name(qtbot):
    """The badge is the pseudonym's colour with the animal drawn on it: many colours in the
    middle (a picture), where a written name would be white strokes on the colour."""
    image = avatar_pixmap("blue-fox", 96).toImage()
    background = QColor(avatar_colour("blue-fox"))
    colours = set()
    for x in range(30, 66, 3):
        for y in range(30, 66, 3):
            c = image.pixelColor(x, y)
            colours.add((c.red() // 32, c.green() // 32, c.blue() // 32))
    assert len(colours) >= 3
    edge = image.pixelColor(10, 48)
    assert abs(edge.red() - background.red()) < 40 and abs(edge.blue() - background.blue()) < 40


def test_a_badge_is_the_colour_its_name_says():
    from junior_planner.model.pseudonyms import COLOUR_SHADES, COLOURS

    assert set(COLOUR_SHADES) == set(COLOURS)
    assert avatar_colour("pink-cat") == COLOUR_SHADES["pink"] != avatar_colour("blue-cat")
