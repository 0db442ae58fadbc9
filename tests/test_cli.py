"""The command-line contract: outputs, exit codes, and one clear line for every user mistake."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from junior_planner.cli import main

EXAMPLE = [
    {"op": "join", "pseudonym": "Blue Fox", "age_band": "9-11"},
    {"op": "place", "block": "bench", "x": 3.0, "y": 4.5, "yaw": 90, "as": "b1"},
    {"op": "move", "target": "b1", "x": 5.0, "y": 4.5},
    {"op": "rotate", "target": "b1", "yaw": 180},
    {"op": "scale", "target": "b1", "scale": 1.5},
    {"op": "annotate", "target": "b1", "sticker": "love", "reasons": ["place-to-sit"], "text": "for grandma"},
    {"op": "annotate", "at": [10.0, 2.0], "sticker": "worry", "text": "cars are fast here"},
    {"op": "delete", "target": "b1"},
    {"op": "undo"},
    {"op": "redo"},
    {"op": "undo"},
    {"op": "submit", "title": "Shady corner", "favourite": "b1"},
]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workshop(capsys):
    code, out, _ = run(capsys, "workshop", "new", "--site", "practice-lawn", "--title", "Our park", "--budget", "40")
    assert code == 0
    return out.strip()


def write_script(tmp_path, lines, name="script.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    return path


def test_workshop_new_prints_an_id_that_list_shows(capsys, workshop):
    code, out, _ = run(capsys, "workshop", "list", "--json")
    assert code == 0
    [entry] = json.loads(out)
    assert entry["id"] == workshop and entry["title"] == "Our park" and entry["budget"] == 40


def test_replay_then_show_gives_the_proposal_in_export_shape(capsys, tmp_path, workshop):
    code, out, err = run(capsys, "replay", "--workshop", workshop[:8], str(write_script(tmp_path, EXAMPLE)))
    assert code == 0, err
    proposal_id = out.strip()
    code, out, _ = run(capsys, "show", proposal_id)
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "junior-planner-proposal" and doc["id"] == proposal_id
    assert doc["title"] == "Shady corner" and doc["status"] == "submitted"
    [bench] = doc["blocks"]
    assert bench["type"] == "bench" and bench["category"] == "rest"
    assert bench["position"] == [5.0, 4.5, 0.0] and bench["yaw"] == 180.0 and bench["scale"] == 1.5
    assert doc["favourite_block"] == bench["uuid"]
    stickers = sorted(a["sticker"] for a in doc["annotations"])
    assert stickers == ["love", "worry"]
    assert doc["participants"][0]["pseudonym"] == "Blue Fox"
    assert doc["indicators"]["budget_used"] == 2.0


def test_sites_and_blocks_list_both_languages(capsys):
    code, out, _ = run(capsys, "sites", "--json")
    sites = {s["id"]: s for s in json.loads(out)}
    assert sites["practice-lawn"]["names"] == {"en": "Practice lawn", "zh_CN": "练习草坪"}
    code, out, _ = run(capsys, "blocks")
    assert code == 0 and "Bench" in out and "长椅" in out
    code, out, _ = run(capsys, "blocks", "--json")
    ids = {b["id"] for b in json.loads(out)}
    assert {"bench", "tree", "slide", "swing", "sandpit", "crossing"} <= ids


BAD_LINES = [
    ({"op": "fly"}, "unknown op 'fly'"),
    ({"op": "place", "block": "rocket", "x": 0, "y": 0}, "no block type 'rocket'"),
    ({"op": "place", "block": "bench", "x": 100, "y": 0}, "outside the site"),
    ({"op": "place", "block": "bench", "x": 0, "y": 21}, "blocks a path"),
    ('{"op":"place","block":"bench","x":NaN,"y":0}', "NaN is not allowed"),
    ('{"op":"place","block":"bench","x":1e999,"y":0}', "finite number"),
    ({"op": "place", "block": "bench", "x": "3", "y": 0}, "'x' must be a finite number"),
    ({"op": "place", "block": "bench", "x": True, "y": 0}, "'x' must be a finite number"),
    ({"op": "place", "block": "bench", "x": 0}, "'y' is missing"),
    ({"op": "place", "block": "bench", "x": 0, "y": 0, "colour": "red"}, "unknown field 'colour'"),
    ({"op": "place", "block": 7, "x": 0, "y": 0}, "'block' must be text"),
    ({"op": "place", "block": "bench", "x": 5, "y": 5, "variant": "gold"}, "does not come in 'gold'"),
    ({"op": "scale", "target": "b0", "scale": 9}, "size is not allowed"),
    ({"op": "move", "target": "nobody", "x": 0, "y": 0}, "no block 'nobody'"),
    ({"op": "annotate", "target": "b0", "sticker": "hate"}, "no sticker 'hate'"),
    ('{"op":"move","op":"undo"}', "appears twice"),
    ("[1, 2, 3]", "must be a JSON object"),
    ("{not json", "not valid JSON"),
    ('{"op":"place","block":"bench","x":0,"y":0,"as":' + "[" * 40 + "]" * 40 + "}", "nested too deeply"),
]


@pytest.mark.parametrize("line,message", BAD_LINES, ids=[m for _, m in BAD_LINES])
def test_a_bad_line_stops_the_replay_with_its_number_and_keeps_what_came_before(capsys, tmp_path, workshop, line, message):
    good = [EXAMPLE[0], {"op": "place", "block": "bench", "x": 0, "y": 0, "as": "b0"}]
    script = write_script(tmp_path, good + [line, {"op": "place", "block": "tree", "x": -10, "y": -10}])
    code, out, err = run(capsys, "replay", "--workshop", workshop, str(script))
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "line 3:" in err and message in err
    code, out, _ = run(capsys, "proposals", "--json")
    [summary] = json.loads(out)
    assert summary["blocks"] == 1 and summary["status"] == "draft"


def test_overlapping_placement_is_refused(capsys, tmp_path, workshop):
    script = write_script(tmp_path, [EXAMPLE[0], {"op": "place", "block": "sandpit", "x": 0, "y": 0},
                                     {"op": "place", "block": "sandpit", "x": 1, "y": 1}])
    code, _, err = run(capsys, "replay", "--workshop", workshop, str(script))
    assert code == 2 and "line 3: that is too close to another block" in err


def test_a_10_megabyte_line_is_refused_without_reading_it_all(capsys, tmp_path, workshop):
    path = tmp_path / "huge.jsonl"
    with open(path, "w") as fh:
        fh.write(json.dumps(EXAMPLE[0]) + "\n")
        fh.write('{"op":"annotate","at":[0,0],"text":"' + "a" * (10 * 1024 * 1024) + '"}\n')
    code, _, err = run(capsys, "replay", "--workshop", workshop, str(path))
    assert code == 2 and "line 2: the line is longer than" in err


def test_a_script_must_start_with_join(capsys, tmp_path, workshop):
    code, _, err = run(capsys, "replay", "--workshop", workshop, str(write_script(tmp_path, [EXAMPLE[1]])))
    assert code == 2 and "line 1:" in err and "join" in err


@pytest.mark.parametrize("args,message", [
    (("workshop", "new", "--site", "moon", "--title", "x"), "no site 'moon'"),
    (("workshop", "new", "--site", "practice-lawn", "--title", "x", "--budget", "-3"), "positive number"),
    (("workshop", "new", "--site", "practice-lawn", "--title", "  "), "title needs"),
    (("replay", "--workshop", "zzzzzzzz", "x.jsonl"), "no workshop 'zzzzzzzz'"),
    (("show", "abcdef"), "no proposal 'abcdef'"),
    (("show", "ab"), "at least 4 characters"),
    (("frobnicate",), "invalid choice"),
])
def test_user_mistakes_give_one_line_and_exit_code_2(capsys, args, message):
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_script_file_is_a_user_error(capsys, workshop):
    code, _, err = run(capsys, "replay", "--workshop", workshop, "/nonexistent/script.jsonl")
    assert code == 2 and "cannot read" in err


def test_the_installed_command_runs_as_a_program(tmp_path):
    """`python -m junior_planner` works and a mistake in a real process prints no traceback."""
    result = subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(tmp_path / "d"), "show", "nothing"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith("junior-planner: ") and "Traceback" not in result.stderr
    help_text = subprocess.run([sys.executable, "-m", "junior_planner", "--help"], capture_output=True, text=True).stdout
    for command in ("demo", "sites", "blocks", "workshop", "replay", "show", "--data-dir"):
        assert command in help_text


def test_messages_follow_the_chosen_language(capsys):
    code, _, err = run(capsys, "--lang", "zh_CN", "show", "abcdef")
    assert code == 2 and "abcdef" in err
