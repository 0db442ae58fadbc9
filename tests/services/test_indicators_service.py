"""Indicator definitions files (junior_planner/services/indicators.py), `show` and the
`indicators` command.

A facilitator copies assets/indicators/default.json and edits it; every mistake must end in one
line that names the file and the indicator, never a traceback or silently wrong numbers.
"""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from junior_planner.cli import main
from junior_planner.model.entities import PlacedBlock
from junior_planner.services import indicators as service
from junior_planner.services import library, proposals
from junior_planner.services.errors import UserError
from tests.helpers import block, make_editor

DEFAULT = json.loads(service.default_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="mine.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def edited(change):
    """A copy of the default definitions with `change(data)` applied."""
    data = copy.deepcopy(DEFAULT)
    change(data)
    return data


def entry(data, indicator_id):
    return next(i for i in data["indicators"] if i["id"] == indicator_id)


def test_schema_is_draft_2020_12_and_the_default_file_follows_it():
    """The shipped schema is a valid draft 2020-12 schema and the shipped default set passes both
    it and the semantic checks, with stable ids in display order."""
    schema = json.loads(service.schema_path().read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert list(Draft202012Validator(schema).iter_errors(DEFAULT)) == []
    loaded = service.load_definitions()
    assert [d.id for d in loaded.definitions] == [
        "play-area-6-8", "play-area-9-11", "play-area-12-14", "play-area-15-17", "green-cover", "shade-cover",
        "seats", "safe-way-to-school", "for-everyone", "variety", "budget"]
    assert service.load_definitions(service.default_path()).definitions == loaded.definitions


def test_a_copied_and_adapted_file_is_used(tmp_path):
    """A facilitator's copy with a different target and caption loads, and the new target counts."""
    def change(data):
        data["id"] = "our-town"
        entry(data, "seats")["target"] = {"at_least": 2}
        entry(data, "seats")["captions"] = {"en": "{value} seats (we want {target})", "zh_CN": "{value} 个座位（目标 {target}）"}
    loaded = service.load_definitions(write(tmp_path, edited(change)))
    assert loaded.id == "our-town"
    site = library.bundled_sites()["practice-lawn"]
    seats = service.calculator(loaded, library.load_catalog(), site).compute([PlacedBlock("a", "bench", 0, 0)])[6]
    assert (seats.value, seats.met, seats.captions["en"]) == (3.0, True, "3 seats (we want 2)")


class Text(str):
    """The whole file's text, for mistakes that are not JSON at all."""


# (what to change, what the one-line message must say)
BAD_FILES = [
    ("not json", lambda d: Text("{\"format\": "), "is not valid JSON (line 1"),
    ("NaN", lambda d: Text(json.dumps(d).replace('"at_least": 20', '"at_least": NaN')), "NaN is not allowed"),
    ("wrong format", lambda d: d.update(format="junior-planner-catalog"), "is not an indicator definitions file"),
    ("newer version", lambda d: d.update(format_version=2), "is indicator format version 2; this Junior Planner reads version 1"),
    ("unknown kind", lambda d: entry(d, "seats").update(kind="happiness"),
     "indicator 'seats': unknown kind 'happiness' (known kinds: area_for_age_band, cover_percent"),
    ("unknown tag", lambda d: entry(d, "seats")["params"].update(tag="seat"),
     "indicator 'seats': unknown tag 'seat' (known tags: seats, shade_m2"),
    ("unknown tag in a list", lambda d: entry(d, "for-everyone")["params"]["tags"].append("wifi"),
     "indicator 'for-everyone': unknown tag 'wifi'"),
    ("not an area tag", lambda d: entry(d, "green-cover")["params"].update(tag="seats"),
     "indicator 'green-cover': the kind 'cover_percent' needs an area tag (one ending in _m2), not 'seats'"),
    ("unknown age band", lambda d: entry(d, "play-area-6-8")["params"].update(age_band="5-7"),
     "indicator 'play-area-6-8': unknown age band '5-7' (age bands: 6-8, 9-11, 12-14, 15-17)"),
    ("missing parameter", lambda d: entry(d, "safe-way-to-school")["params"].pop("distance_m"),
     "indicator 'safe-way-to-school': the kind 'count_near_features' needs the parameter 'distance_m'"),
    ("unknown parameter", lambda d: entry(d, "seats")["params"].update(age_band="6-8"),
     "indicator 'seats': the kind 'tag_total' has no parameter 'age_band' (its parameters: tag)"),
    ("bad distance", lambda d: entry(d, "safe-way-to-school")["params"].update(distance_m=0),
     "indicator 'safe-way-to-school': the parameter 'distance_m' must be a number of metres greater than 0"),
    ("missing language", lambda d: entry(d, "shade-cover")["captions"].pop("zh_CN"),
     "indicator 'shade-cover': 'captions' has no text in the language 'zh_CN'"),
    ("missing explanation language", lambda d: entry(d, "variety")["explanations"].pop("en"),
     "indicator 'variety': 'explanations' has no text in the language 'en'"),
    ("other language", lambda d: entry(d, "variety")["captions"].update(fr="{value} sortes"),
     "indicator 'variety': 'captions' has a language other than en and zh_CN: 'fr'"),
    ("no {value}", lambda d: entry(d, "seats")["captions"].update(en="Places to sit"),
     "indicator 'seats': captions (en): the caption needs the placeholder {value}"),
    ("unknown placeholder", lambda d: entry(d, "seats")["captions"].update(zh_CN="有 {valeur} 个座位"),
     "indicator 'seats': captions (zh_CN): unknown placeholder {valeur} (allowed here: {target}, {value})"),
    ("placeholder of another kind", lambda d: entry(d, "seats")["explanations"].update(en="Within {distance} m"),
     "indicator 'seats': explanations (en): unknown placeholder {distance} (allowed here: {target})"),
    ("unclosed brace", lambda d: entry(d, "seats")["captions"].update(en="Places to sit: {value"),
     "indicator 'seats': captions (en): a brace { or } is not closed (write {{ and }} for a brace itself)"),
    ("format spec", lambda d: entry(d, "seats")["captions"].update(en="Places to sit: {value:.2f}"),
     "indicator 'seats': captions (en): write {value} without a format or conversion"),
    ("{target} with no target", lambda d: (entry(d, "seats").update(target=None),
                                           entry(d, "seats")["captions"].update(en="{value} of {target}")),
     "indicator 'seats': captions (en): unknown placeholder {target} (allowed here: {value})"),
    ("budget with a target", lambda d: entry(d, "budget").update(target={"at_most": 10}),
     "indicator 'budget': the budget's target is the workshop's budget: remove 'target'"),
    ("budget without no-target captions", lambda d: entry(d, "budget").pop("captions_no_target"),
     "indicator 'budget': the kind 'budget_used' needs 'captions_no_target' (for workshops without a budget)"),
    ("near features without not-applicable captions", lambda d: entry(d, "safe-way-to-school").pop("captions_not_applicable"),
     "indicator 'safe-way-to-school': the kind 'count_near_features' needs 'captions_not_applicable'"),
    ("not-applicable captions elsewhere", lambda d: entry(d, "seats").update(captions_not_applicable={"en": "x", "zh_CN": "x"}),
     "indicator 'seats': only the kind 'count_near_features' uses 'captions_not_applicable'"),
    ("duplicate id", lambda d: entry(d, "shade-cover").update(id="green-cover"),
     "indicator 'green-cover': the id 'green-cover' is used twice"),
    ("bad id", lambda d: entry(d, "seats").update(id="Seats!"), "indicator 'Seats!': 'id': 'Seats!' does not match"),
    ("negative target", lambda d: entry(d, "seats").update(target={"at_least": -1}), "indicator 'seats': 'target'"),
    ("two targets", lambda d: entry(d, "seats").update(target={"at_least": 1, "at_most": 3}), "indicator 'seats': 'target'"),
    ("missing icon", lambda d: entry(d, "seats").pop("icon"), "indicator 'seats': 'icon' is missing"),
    ("unknown field", lambda d: entry(d, "seats").update(colour="red"), "indicator 'seats': unknown field 'colour'"),
    ("no indicators", lambda d: d.update(indicators=[]), "'indicators': [] should be non-empty"),
    ("entry without id", lambda d: d["indicators"][2].pop("id"), "indicator #3: 'id' is missing"),
]


@pytest.mark.parametrize("name,change,message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_definitions_file_fails_with_one_line_naming_file_and_entry(tmp_path, name, change, message):
    """Each kind of mistake a facilitator can make gives one line that starts with the file's path,
    names the indicator (by id, or by number when it has none) and says what is wrong."""
    data = copy.deepcopy(DEFAULT)
    result = change(data)
    path = write(tmp_path, result if isinstance(result, Text) else data)
    with pytest.raises(service.IndicatorsFileError) as caught:
        service.load_definitions(path)
    text = str(caught.value)
    assert isinstance(caught.value, UserError)
    assert "\n" not in text
    assert text.startswith(f"{path}"), text
    assert message in text, text


def test_an_unreadable_file_is_one_line(tmp_path):
    """A missing file and a non-UTF-8 file are refused with one line each."""
    with pytest.raises(service.IndicatorsFileError, match="cannot read .*nothing.json"):
        service.load_definitions(tmp_path / "nothing.json")
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"format": "\xe9"}')
    with pytest.raises(service.IndicatorsFileError, match="is not UTF-8 text"):
        service.load_definitions(path)


def test_messages_are_translated(tmp_path):
    """The checks speak Chinese too (the file path and ids stay as they are)."""
    from junior_planner import i18n

    path = write(tmp_path, edited(lambda d: entry(d, "seats")["params"].update(tag="seat")))
    i18n.set_language("zh_CN")
    with pytest.raises(service.IndicatorsFileError) as caught:
        service.load_definitions(path)
    assert str(caught.value).startswith(f"{path}：") or str(caught.value).startswith(f"{path}:")
    assert "seat" in str(caught.value) and "未知" in str(caught.value)


def test_show_contains_the_indicators(data_dir):
    """`show`'s document keeps indicators.budget_used and .budget and adds every indicator by id,
    computed for the stored proposal (a bench and a tree at scale 2 on the practice lawn)."""
    store, editor = make_editor(data_dir, budget=20)
    from junior_planner.model.commands import PlaceBlock

    editor.execute(PlaceBlock(block=block("bench", 0, 0)))
    editor.execute(PlaceBlock(block=block("tree", 10, 10, scale=2.0)))
    doc = proposals.proposal_document(store, editor.proposal)
    ind = doc["indicators"]
    assert ind["budget_used"] == 5.0 and ind["budget"] == 20  # 2 + 3
    assert ind["definitions"] == "default"
    items = {i["id"]: i for i in ind["items"]}
    assert items["seats"]["value"] == 3.0
    assert items["shade-cover"]["value"] == 100.0 * 80.0 / 3600.0  # tree 20 x 2² = 80 m² of 3600
    assert items["green-cover"]["value"] == 100.0 * 4.0 / 3600.0   # tree 1 x 2² = 4 m²
    assert items["budget"]["captions"]["en"] == "5 of 20 coins used"
    assert items["safe-way-to-school"]["applicable"] is False and items["safe-way-to-school"]["value"] is None
    json.dumps(doc, allow_nan=False)  # plain JSON
    store.close()


@pytest.fixture
def school_gate_proposal(data_dir):
    """A stored school-gate proposal: a light 10 m from the gate, a bench and a fountain."""
    from junior_planner.model.commands import PlaceBlock

    store, editor = make_editor(data_dir, budget=40, site="school-gate")
    for b in (block("street-light", 6, 10.2), block("bench", 0, 0), block("drinking-fountain", -5, 0)):
        editor.execute(PlaceBlock(block=b))
    proposal_id = editor.proposal.id
    store.close()
    return proposal_id


def test_indicators_command_prints_a_table_in_both_languages(capsys, school_gate_proposal):
    """`junior-planner indicators ID` prints one row per indicator with the caption in the
    current language; --lang zh_CN gives the Chinese captions."""
    assert main(["indicators", school_gate_proposal[:8]]) == 0
    out = capsys.readouterr().out
    assert "Safety helpers near the school gate or bus stop: 1" in out
    assert "8 of 40 coins used" in out  # 3 + 2 + 3
    assert "Places to sit: 3" in out
    assert main(["indicators", school_gate_proposal, "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "校门和公交站附近有 1 个安全设施" in out and "40 个金币用了 8 个" in out


def test_indicators_command_json_and_definitions(capsys, tmp_path, school_gate_proposal):
    """--json prints what `show` puts under "indicators"; --definitions uses another file, and a
    bad one is one line on stderr with exit code 2."""
    assert main(["indicators", school_gate_proposal, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    items = {i["id"]: i for i in doc["items"]}
    assert doc["budget_used"] == 8.0 and items["for-everyone"]["value"] == 1 and items["variety"]["value"] == 3

    only_seats = edited(lambda d: d.update(id="seats-only", indicators=[entry(d, "seats")]))
    assert main(["indicators", school_gate_proposal, "--json", "--definitions", str(write(tmp_path, only_seats))]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["definitions"] == "seats-only" and [i["id"] for i in doc["items"]] == ["seats"]

    bad = write(tmp_path, edited(lambda d: entry(d, "seats").update(kind="happiness")), "bad.json")
    assert main(["indicators", school_gate_proposal, "--definitions", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json: indicator 'seats': unknown kind 'happiness'" in err
