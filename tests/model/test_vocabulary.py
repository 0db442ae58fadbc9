"""Each vocabulary has one home (model/vocabulary.py: ids, names, colours, symbols) and every place
that spells it out agrees: the export schemas' enums, the sticker colours, symbols and names, the
reason chips' names, and the Library the windows are handed."""

from __future__ import annotations

import json

from junior_planner.exchange.bundle import SCHEMA_DIR
from junior_planner.model import vocabulary as v
from junior_planner.model.vocabulary import REASON_NAMES, STICKER_NAMES
from junior_planner.services.library import Library


def _enums(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum":
                yield path, value
            else:
                yield from _enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _enums(item, path)


def test_the_export_schemas_enums_are_the_vocabularies():
    known = {"age_band": list(v.AGE_BANDS), "status": list(v.PROPOSAL_STATUSES), "items": list(v.LANGUAGES)}
    seen = set()
    for name in ("manifest-1.schema.json", "proposal-1.schema.json"):
        for path, values in _enums(json.loads((SCHEMA_DIR / name).read_text())):
            key = path.rsplit("/", 1)[-1]
            assert key in known, f"{name}{path}: an enum with no vocabulary behind it"
            assert values == known[key], f"{name}{path}"
            seen.add(key)
    assert seen == set(known)


def test_every_sticker_has_a_colour_a_symbol_and_a_name():
    assert set(v.STICKER_COLOURS) == set(v.STICKER_SYMBOLS) == set(STICKER_NAMES) == set(v.STICKERS)


def test_every_default_reason_chip_has_a_name():
    assert set(v.DEFAULT_REASON_CHIPS) <= set(REASON_NAMES)


def test_names_are_translated_from_the_one_table():
    assert v.sticker_name("love", "en") == "I love it"
    assert v.sticker_name("love", "zh_CN") not in ("", "I love it")
    assert v.reason_name("more-shade", "zh_CN") not in ("", "more shade")
    assert v.reason_name("made-up-chip") == "made-up-chip"


def test_the_library_is_made_once_per_store_and_shares_one_catalog(tmp_path):
    from junior_planner.store import Store

    with Store(tmp_path / "data") as store:
        library = Library.of(store)
        assert Library.of(store) is library
        assert library.catalog is Library.of().catalog  # loaded once for the process
        assert library.stickers == v.STICKERS and library.reason_chips == v.DEFAULT_REASON_CHIPS
        assert set(library.categories) == {b.category for b in library.catalog.blocks.values()}
        assert "practice-lawn" in library.sites() and library.site("practice-lawn").id == "practice-lawn"


def test_every_sticker_and_reason_chip_has_a_picture():
    """Pictures before words: a child who cannot read chooses by picture (licence recorded)."""
    from junior_planner import resources

    folder = resources.asset("icons", "vocabulary")
    attribution = (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for term in v.STICKERS + v.DEFAULT_REASON_CHIPS:
        path = resources.asset(*v.icon_file(term).split("/"))
        assert path.exists() and path.read_text(encoding="utf-8").lstrip().startswith("<svg"), term
        assert f"| {term}.svg |" in attribution
