"""Commands: apply, revert and re-apply give equal states; drags merge into one step."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from junior_planner.model.commands import (
    Annotate, CommandError, DeleteAnnotation, DeleteBlock, EditAnnotation, MoveBlock, PlaceBlock, RotateBlock, ScaleBlock,
    SetDetails,
)
from junior_planner.model.entities import Annotation, PlacedBlock, Proposal, new_id
from junior_planner.model.serial import command_from_record, command_to_record


def empty() -> Proposal:
    return Proposal(id="p", workshop_id="w", created_at="t")


def bench(x=0.0, y=0.0) -> PlacedBlock:
    return PlacedBlock(uuid=new_id(), block_type="bench", x=x, y=y)


def test_delete_takes_the_blocks_notes_and_undo_brings_them_back():
    """Deleting a block removes its anchored notes; reverting restores block and notes exactly."""
    p = empty()
    b = bench()
    PlaceBlock(block=b).apply(p)
    note = Annotation(uuid=new_id(), block_uuid=b.uuid, sticker="love")
    Annotate(annotation=note).apply(p)
    SetDetails(title="x", favourite_block=b.uuid).apply(p)
    before = copy.deepcopy(p)
    delete = DeleteBlock(target=b.uuid)
    change = delete.apply(p)
    assert b.uuid not in p.blocks and note.uuid not in p.annotations
    assert change.blocks_removed == (b.uuid,) and change.annotations_removed == (note.uuid,)
    assert p.details.favourite_block is None
    delete.revert(p)
    assert p.content_equal(before)


def test_a_command_read_back_from_its_record_undoes_and_redoes():
    """The undo history survives a restart: a command rebuilt from its JSON record reverts and re-applies."""
    p = empty()
    b = bench()
    PlaceBlock(block=b).apply(p)
    move = MoveBlock(target=b.uuid, x=4.0, y=5.0)
    move.apply(p)
    after = copy.deepcopy(p)
    rebuilt = command_from_record(command_to_record(move))
    rebuilt.revert(p)
    assert p.blocks[b.uuid].x == 0.0
    rebuilt.apply(p)
    assert p.content_equal(after)


def drag_step(command, key: str):
    """A command as one step of the drag `key` (the editor sets the key while a finger moves)."""
    command.merge_key = key
    return command


def test_moves_with_the_same_drag_key_merge_into_one_step():
    """A drag is one undo step: the merged command goes from the drag's start to its end."""
    p = empty()
    b = bench()
    PlaceBlock(block=b).apply(p)
    first = drag_step(MoveBlock(target=b.uuid, x=1.0, y=0.0), "drag-1")
    first.apply(p)
    second = drag_step(MoveBlock(target=b.uuid, x=2.0, y=0.0), "drag-1")
    second.plan(p)
    assert first.merge(second)
    first.apply(p)
    assert p.blocks[b.uuid].x == 2.0
    first.revert(p)
    assert p.blocks[b.uuid].x == 0.0
    other = drag_step(MoveBlock(target=b.uuid, x=3.0, y=0.0), "drag-2")
    other.plan(p)
    assert not first.merge(other)


def test_a_drag_key_never_merges_steps_about_different_things():
    """Two commands with the same drag key merge only when they change the same blocks and notes:
    a move of another block (or of a block and a note) stays a step of its own."""
    p = empty()
    a, b = bench(), bench(5.0, 0.0)
    PlaceBlock(block=a).apply(p)
    PlaceBlock(block=b).apply(p)
    first = drag_step(MoveBlock(target=a.uuid, x=1.0, y=0.0), "drag-1")
    first.apply(p)
    other_block = drag_step(MoveBlock(target=b.uuid, x=6.0, y=0.0), "drag-1")
    other_block.plan(p)
    assert not first.merge(other_block)
    note = Annotation(uuid=new_id(), block_uuid=a.uuid, sticker="idea")
    with_a_note = drag_step(Annotate(annotation=note), "drag-1")
    with_a_note.plan(p)
    assert not first.merge(with_a_note)
    first.revert(p)
    assert p.blocks[a.uuid].x == 0.0  # the first step still ends where it did


def test_note_commands_name_what_is_wrong():
    """Editing or deleting a note that is not there, or a field a note does not have, is refused
    with a stable code and the id or field, which every face turns into its own sentence."""
    p = empty()
    note = Annotation(uuid=new_id(), point=(1.0, 1.0, 0.0), sticker="like")
    Annotate(annotation=note).apply(p)
    with pytest.raises(CommandError) as missing:
        EditAnnotation(target="gone", fields={"text": "x"}).plan(p)
    assert missing.value.code == "no-such-annotation" and missing.value.detail == {"target": "gone"}
    with pytest.raises(CommandError) as deleted:
        DeleteAnnotation(target="gone").plan(p)
    assert deleted.value.code == "no-such-annotation" and deleted.value.detail == {"target": "gone"}
    with pytest.raises(CommandError) as field:
        EditAnnotation(target=note.uuid, fields={"text": "ok", "zcolour": "red", "author": "x"}).plan(p)
    assert field.value.code == "bad-field" and field.value.detail == {"field": "author"}
    EditAnnotation(target=note.uuid, fields={"text": "fine", "sticker": "love"}).apply(p)
    assert p.annotations[note.uuid].text == "fine" and p.annotations[note.uuid].sticker == "love"


def test_a_move_sets_all_three_coordinates_and_a_resize_the_scale():
    p = empty()
    b = bench()
    PlaceBlock(block=b).apply(p)
    move = MoveBlock(target=b.uuid, x=2.0, y=3.0, z=0.5)
    move.apply(p)
    assert (p.blocks[b.uuid].x, p.blocks[b.uuid].y, p.blocks[b.uuid].z) == (2.0, 3.0, 0.5)
    resize = ScaleBlock(target=b.uuid, scale=1.5)
    resize.apply(p)
    assert p.blocks[b.uuid].scale == 1.5 and p.blocks[b.uuid].x == 2.0
    resize.revert(p)
    move.revert(p)
    assert (p.blocks[b.uuid].x, p.blocks[b.uuid].y, p.blocks[b.uuid].z, p.blocks[b.uuid].scale) == (0.0, 0.0, 0.0, 1.0)


def test_rotation_is_normalised_to_0_360():
    p = empty()
    b = bench()
    PlaceBlock(block=b).apply(p)
    RotateBlock(target=b.uuid, yaw=-90).apply(p)
    assert p.blocks[b.uuid].yaw == 270.0
    RotateBlock(target=b.uuid, yaw=720).apply(p)
    assert p.blocks[b.uuid].yaw == 0.0


# --- property-based: any sequence round-trips ------------------------------------------------------
ops = st.lists(
    st.tuples(st.sampled_from(["place", "move", "rotate", "scale", "delete", "note", "edit-note", "drop-note", "details"]),
              st.integers(0, 50), st.floats(-20, 20, allow_nan=False), st.floats(-20, 20, allow_nan=False)),
    min_size=1, max_size=40)


def _command(p: Proposal, op: str, pick: int, a: float, b: float):
    blocks, notes = list(p.blocks), list(p.annotations)
    target = blocks[pick % len(blocks)] if blocks else None
    note = notes[pick % len(notes)] if notes else None
    if op == "place" or target is None:
        return PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type="tree", x=a, y=b, yaw=a * 9))
    if op == "move":
        return MoveBlock(target=target, x=a, y=b)
    if op == "rotate":
        return RotateBlock(target=target, yaw=a * 17)
    if op == "scale":
        return ScaleBlock(target=target, scale=1 + abs(a) / 40)
    if op == "delete":
        return DeleteBlock(target=target)
    if op == "note" or note is None:
        return Annotate(annotation=Annotation(uuid=new_id(), block_uuid=target if pick % 2 else None,
                                              point=None if pick % 2 else (a, b, 0.0), sticker="idea"))
    if op == "edit-note":
        return EditAnnotation(target=note, fields={"text": f"t{pick}", "reasons": ("more-shade",)})
    if op == "drop-note":
        return DeleteAnnotation(target=note)
    return SetDetails(title=f"title {pick}", favourite_block=target)


@settings(max_examples=200, deadline=None)
@given(ops)
def test_any_sequence_reverts_to_the_start_and_reapplies_to_the_end(sequence):
    """Apply N commands, revert them all (newest first): the start; re-apply them all: the end."""
    p = empty()
    start = copy.deepcopy(p)
    done = []
    snapshots = [copy.deepcopy(p)]
    for op, pick, a, b in sequence:
        command = _command(p, op, pick, a, b)
        command.apply(p)
        done.append(command)
        snapshots.append(copy.deepcopy(p))
    end = copy.deepcopy(p)
    for i, command in enumerate(reversed(done)):
        command.revert(p)
        assert p.content_equal(snapshots[len(done) - 1 - i])
    assert p.content_equal(start)
    for command in done:
        command.apply(p)
    assert p.content_equal(end)
    # and through their JSON records, as after a restart
    records = [command_from_record(command_to_record(c)) for c in done]
    for command in reversed(records):
        command.revert(p)
    assert p.content_equal(start)
