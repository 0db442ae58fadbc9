"""Placement rules: inside the site, on allowed ground, no overlap, scale limits, budget."""

from __future__ import annotations

import dataclasses

import pytest

from junior_planner.model.commands import MoveBlock, PlaceBlock, Snapshot
from junior_planner.model.entities import Annotation, PlacedBlock, Proposal, Workshop, new_id
from junior_planner.model.rules import PlacementRules
from junior_planner.services import library


@pytest.fixture
def rules():
    ws = Workshop(id="w", site_id="practice-lawn", title="t", created_at="t", budget=20)
    return PlacementRules(library.site("practice-lawn"), library.load_catalog(), ws)


def place(kind, x, y, yaw=0.0, scale=1.0):
    return PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, yaw=yaw, scale=scale)


def check_place(rules, p, block):
    cmd = PlaceBlock(block=block)
    return rules.check(p, cmd.plan(p)), cmd


def proposal():
    return Proposal(id="p", workshop_id="w", created_at="t")


@pytest.mark.parametrize("kind,x,y,yaw,code", [
    ("bench", 0, 0, 0, None),
    ("bench", 29.5, 0, 0, "outside"),          # half the bench sticks out of the 60 m square
    ("bench", 29.5, 0, 90, None),               # turned, it fits (0.6 m deep)
    ("bench", 0, 21, 0, "path"),                # on the footpath (y 20..22)
    ("bench", 0, 19.8, 0, "path"),              # overlapping the path's edge (0.3 m half-depth)
    ("bench", 0, 19.6, 90, "path"),             # turned, its 0.9 m half-length reaches the path
    ("bench", 0, 19.7, 0, None),                # touching the edge is fine
    ("street-light", 0, 21, 0, None),           # a street light may stand on a path
    ("nope", 0, 0, 0, "unknown-block"),
    ("bench", float("nan"), 0, 0, "not-a-number"),
])
def test_placement_is_checked_against_the_site(rules, kind, x, y, yaw, code):
    refusal, _ = check_place(rules, proposal(), place(kind, x, y, yaw))
    assert (refusal.code if refusal else None) == code


def test_blocks_may_touch_but_not_overlap(rules):
    p = proposal()
    first = place("sandpit", 0, 0)
    _, cmd = check_place(rules, p, first)
    rules.update(cmd.apply(p).blocks_upserted, ())
    assert check_place(rules, p, place("sandpit", 3.0, 0))[0] is None       # edge to edge
    refusal = check_place(rules, p, place("sandpit", 2.9, 0))[0]
    assert refusal.code == "too-close" and refusal.detail["other"] == first.uuid
    assert check_place(rules, p, place("sandpit", 2.2, 2.2, yaw=45))[0].code == "too-close"
    # moving a block onto itself is not an overlap
    move = MoveBlock(target=first.uuid, x=0.5, y=0)
    assert rules.check(p, move.plan(p)) is None


def test_scale_must_stay_within_the_type_limits(rules):
    assert check_place(rules, proposal(), place("bench", 0, 0, scale=1.5))[0] is None
    assert check_place(rules, proposal(), place("bench", 0, 0, scale=1.6))[0].code == "scale"
    assert check_place(rules, proposal(), place("slide", 0, 0, scale=1.1))[0].code == "scale"  # slides do not scale


def test_budget_refuses_what_goes_over_it(rules):
    p = proposal()
    for i in range(2):  # two slides cost 16 of 20
        _, cmd = check_place(rules, p, place("slide", i * 5.0, 0))
        rules.update(cmd.apply(p).blocks_upserted, ())
    assert check_place(rules, p, place("bench", 10, 10))[0] is None        # 18
    refusal = check_place(rules, p, place("swing", 10, 10))[0]              # 22 > 20
    assert refusal.code == "over-budget" and refusal.detail == {"budget": 20, "needed": 22}


def test_notes_need_content_and_known_ids(rules):
    p = proposal()

    def check(**fields):
        a = Annotation(uuid="a", point=(0.0, 0.0, 0.0), **fields)
        r = rules.check(p, Snapshot(annotations={"a": a}))
        return r.code if r else None

    assert check(sticker="love") is None
    assert check(sticker="hate") == "unknown-sticker"
    assert check(reasons=("more-shade",)) is None
    assert check(reasons=("free-candy",)) == "unknown-reason"
    assert check() == "empty-annotation"
    assert check(text="x" * 501) == "text-too-long"
    far = Annotation(uuid="a", point=(100.0, 0.0, 0.0), sticker="love")
    assert rules.check(p, Snapshot(annotations={"a": far})).code == "outside"


def test_a_submitted_proposal_takes_no_edits(rules):
    p = dataclasses.replace(proposal(), status="submitted")
    assert check_place(rules, p, place("bench", 0, 0))[0].code == "submitted"
