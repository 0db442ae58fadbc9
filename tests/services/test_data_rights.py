"""Children's data rights (SAFETY.md): deleting a child's or a workshop's data leaves no trace in
any table, in undo history or in the media folder; purging follows keep-until dates; redaction
removes words everywhere; the review finds a pseudonym typed into free text."""

from __future__ import annotations

import sqlite3

import pytest

from junior_planner.model.commands import (
    Annotate, DeleteAnnotation, DeleteBlock, EditAnnotation, PlaceBlock, SetDetails,
)
from junior_planner.model.entities import Annotation, new_id
from junior_planner.services import data_rights, workshops
from junior_planner.services.errors import UserError
from junior_planner.services.kiosk import KioskSession
from junior_planner.services.pin import PinGuard
from junior_planner.store import Store, erase
from tests.helpers import block

FOX_VOICE = b"RIFF-fox-voice-note-bytes-0001"
PANDA_VOICE = b"RIFF-panda-voice-note-bytes-0002"


def _note(author, text="", audio=None, x=1.0):
    return Annotation(uuid=new_id(), point=(x, 1.0, 0.0), sticker="like", text=text, audio_ref=audio, author=author)


def _dump(store: Store, skip: tuple[str, ...] = ()) -> str:
    """Every row of every table (but `skip`), as text, plus the names and bytes of every media file."""
    conn = sqlite3.connect(str(store.path))
    parts = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        if table not in skip:
            parts += [repr(row) for row in conn.execute(f"SELECT * FROM {table}")]
    conn.close()
    for path in sorted(store.media_dir.glob("*")) if store.media_dir.exists() else []:
        parts.append(path.name)
        parts.append(path.read_bytes().decode("latin-1"))
    return "\n".join(parts)


@pytest.fixture
def world(data_dir):
    """Two workshops. In the first: Blue Fox made 'Fox den' alone (a voice note, their name typed in
    a note, an edited and a deleted note in history) and 'Shared' with Green Panda, where both wrote."""
    store = Store(data_dir)
    ws = workshops.new_workshop(store, "practice-lawn", "Park day")
    other = workshops.new_workshop(store, "practice-lawn", "Other workshop")
    PinGuard(store, ws.id).set_pin("1234")

    kiosk = KioskSession(store, ws)
    own, editor = kiosk.start([("Blue Fox", "9-11", "fox")])
    fox = own.participants[0]
    fox_audio = store.media.put(FOX_VOICE, ".m4a")
    editor.execute(PlaceBlock(block=block("bench", 2, 2)))
    editor.execute(Annotate(annotation=_note(fox, "I am Lily from class 3", fox_audio)))
    editor.submit("Fox den", None)

    shared = workshops.start_proposal(store, ws)
    fox_member = store.participants(proposal_id=own.id)[0]
    with store.db.transaction() as c:  # Blue Fox joins the shared proposal too
        c.execute("INSERT INTO proposal_participants VALUES (?,?,?)", (shared.id, fox_member.id, 0))
    shared.participants.append(fox_member.id)
    panda = workshops.join(store, shared, "Green Panda", "6-8")
    ed = workshops.open_editor(store, shared)
    ed.execute(PlaceBlock(block=block("tree", -3, 3)))
    fox_note = _note(fox, "fox secret words", x=2.0)
    ed.execute(Annotate(annotation=fox_note))
    ed.execute(EditAnnotation(target=fox_note.uuid, fields={"text": "fox edited words"}))
    gone = _note(fox, "fox deleted words", x=3.0)
    ed.execute(Annotate(annotation=gone))
    ed.execute(DeleteAnnotation(target=gone.uuid))
    panda_audio = store.media.put(PANDA_VOICE, ".m4a")
    ed.execute(Annotate(annotation=_note(panda.id, "panda likes trees", panda_audio, x=4.0)))
    kiosk.resume(shared)  # the kiosk's draft in progress is the shared proposal

    o_prop = workshops.start_proposal(store, other)
    workshops.join(store, o_prop, "Red Tiger", "6-8")
    yield store, ws, other, own, shared, fox, panda
    store.close()


def test_deleting_a_child_leaves_no_trace_and_keeps_the_others(world):
    store, ws, other, own, shared, fox, panda = world
    before = _dump(store)
    assert "Blue Fox" in before and "I am Lily" in before and FOX_VOICE.decode() in before

    plan = data_rights.plan_child_erasure(store, fox)
    assert plan.own_proposals == ("Fox den",) and plan.group_proposals == ("",)
    assert "Blue Fox" in plan.describe() and "Fox den" in plan.describe()

    result = data_rights.delete_participant(store, fox)
    assert result.proposals_deleted == [own.id] and shared.id in result.proposals_changed
    assert result.media_removed == 1

    # the erasure record keeps only random ids (for the city archive to delete its copies)
    after = _dump(store, skip=("erasures",))
    for trace in ("Blue Fox", fox, own.id, "Fox den", "I am Lily", "fox secret", "fox edited", "fox deleted",
                  FOX_VOICE.decode(), "bench"):
        assert trace not in after, trace
    record = _dump(store)
    for trace in ("Blue Fox", fox, "Fox den", "I am Lily", "fox secret", "fox edited", "fox deleted", "bench"):
        assert trace not in record, trace
    erased = erase.erasures(store, ws.id)
    assert erased["proposals"] == [own.id]
    assert len([n for n in erased["notes"] if n.startswith(f"{shared.id}/")]) == 2  # written, and written then deleted
    # the others' work is intact
    kept = store.proposal(shared.id)
    assert kept.participants == [panda.id]
    assert [a.text for a in kept.annotations.values()] == ["panda likes trees"]
    assert [b.block_type for b in kept.blocks.values()] == ["tree"]
    assert "Green Panda" in after and PANDA_VOICE.decode() in after and "Red Tiger" in after
    # the panda's note can still be undone and redone; undo never brings the fox's words back
    ed = workshops.open_editor(store, kept)
    while ed.can_undo:
        ed.undo()
        assert all(a.author != fox for a in ed.proposal.annotations.values())
    while ed.can_redo:
        ed.redo()
    assert [a.text for a in ed.proposal.annotations.values()] == ["panda likes trees"]
    assert store.proposal(shared.id).annotations.keys() == kept.annotations.keys()


def test_deleting_a_child_keeps_the_others_undo_steps_that_held_their_notes_too(world):
    """A step that held both children's notes (deleting a block both wrote on) stays, without the
    erased child's note: undo brings back the block and the friend's note, never the erased one's;
    steps left with nothing in them are dropped, so every remaining undo changes something; a
    step that was undone stays on the redo side."""
    store, ws, other, own, shared, fox, panda = world
    ed = workshops.open_editor(store, store.proposal(shared.id))
    swing = block("swing", 6, -4)
    ed.execute(PlaceBlock(block=swing))
    fox_on_swing = Annotation(uuid=new_id(), block_uuid=swing.uuid, sticker="love", text="fox loves swings", author=fox)
    panda_on_swing = Annotation(uuid=new_id(), block_uuid=swing.uuid, sticker="idea", text="panda wants two", author=panda.id)
    ed.execute(Annotate(annotation=fox_on_swing))
    ed.execute(Annotate(annotation=panda_on_swing))
    ed.execute(DeleteBlock(target=swing.uuid))  # the step's "before" holds both notes
    ed.undo()  # ...and it waits on the redo side

    data_rights.delete_participant(store, fox)

    ed = workshops.open_editor(store, store.proposal(shared.id))
    assert swing.uuid in ed.proposal.blocks
    assert {a.text for a in ed.proposal.annotations.values()} == {"panda likes trees", "panda wants two"}
    assert ed.can_redo
    ed.redo()  # the block deletion again
    assert swing.uuid not in ed.proposal.blocks and not ed.can_redo
    assert {a.text for a in ed.proposal.annotations.values()} == {"panda likes trees"}  # its note went with it
    ed.undo()  # the swing and the panda's note come back, not the fox's
    assert swing.uuid in ed.proposal.blocks
    assert {a.text for a in ed.proposal.annotations.values()} == {"panda likes trees", "panda wants two"}
    steps = 1
    state = repr(sorted(ed.proposal.annotations)) + repr(sorted(ed.proposal.blocks))
    while ed.can_undo:
        ed.undo()
        steps += 1
        now = repr(sorted(ed.proposal.annotations)) + repr(sorted(ed.proposal.blocks))
        assert now != state, "an undo step that changes nothing was left behind"
        state = now
    # the panda's and the group's steps, each kept: place the tree, the panda's note, place the
    # swing, the panda's note on it, delete the swing (the fox's five steps are gone)
    assert steps == 5
    assert not ed.proposal.blocks and not ed.proposal.annotations
    assert fox not in _dump(store)


def test_deleting_a_child_forgets_a_kiosk_draft_of_their_own(world):
    store, ws, other, own, shared, fox, panda = world
    KioskSession(store, ws).resume(own)
    data_rights.delete_participant(store, fox)
    assert store.get_meta(f"kiosk:{ws.id}:draft") is None
    assert KioskSession(store, ws).draft_in_progress() is None


def test_deleting_a_child_scrubs_the_database_file_itself(world):
    store, *_rest, fox, _panda = world
    data_rights.delete_participant(store, fox)
    raw = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"I am Lily" not in raw and b"Blue Fox" not in raw


def test_deleting_a_workshop_leaves_no_trace_and_keeps_the_other(world):
    store, ws, other, own, shared, fox, panda = world
    text = data_rights.describe_workshop_erasure(store, ws)
    assert "Park day" in text and "2 designs" in text and "2 children" in text
    result = data_rights.delete_workshop(store, ws.id)
    assert sorted(result.proposals_deleted) == sorted([own.id, shared.id]) and result.media_removed == 2
    after = _dump(store)
    for trace in (ws.id, "Park day", "Blue Fox", "Green Panda", "I am Lily", "panda likes", own.id, shared.id,
                  FOX_VOICE.decode(), PANDA_VOICE.decode()):
        assert trace not in after, trace
    assert "Other workshop" in after and "Red Tiger" in after
    assert store.get_meta(f"pin:{ws.id}") is None
    assert [w.id for w in store.workshops()] == [other.id]


def test_a_voice_note_shared_with_another_workshop_stays(world):
    store, ws, other, *_ = world
    digest = store.media.put(FOX_VOICE, ".m4a")
    prop = workshops.start_proposal(store, other)
    ed = workshops.open_editor(store, prop)
    ed.execute(Annotate(annotation=_note(None, "", digest)))
    data_rights.delete_workshop(store, ws.id)
    assert store.media.get(digest, ".m4a") == FOX_VOICE


def test_purge_respects_keep_until_dates(world):
    store, ws, other, *_ = world
    data_rights.edit_workshop(store, ws, keep_until="2030-06-30", on="2030-01-01")
    data_rights.edit_workshop(store, other, keep_until="2030-07-31", on="2030-01-01")
    assert data_rights.purge_expired(store, on="2030-06-30") == []  # the last day is still kept
    purged = data_rights.purge_expired(store, on="2030-07-01")
    assert [(p.workshop_id, p.title, p.keep_until, p.proposals, p.participants) for p in purged] == [
        (ws.id, "Park day", "2030-06-30", 2, 2)]
    assert "Park day" in data_rights.purged_summary(purged)
    assert [w.id for w in store.workshops()] == [other.id]
    assert "Blue Fox" not in _dump(store)
    assert data_rights.purge_expired(store, on="2030-07-31") == []
    assert len(data_rights.purge_expired(store, on="2030-08-01")) == 1 and store.workshops() == []


def test_redaction_removes_the_words_from_notes_and_history(world):
    store, ws, other, own, shared, fox, panda = world
    items = data_rights.review(store, ws.id)
    texts = {i.text: i for i in items}
    # the current note, the earlier version and the deleted note in history are all listed
    assert {"I am Lily from class 3", "fox edited words", "fox secret words", "fox deleted words",
            "panda likes trees", "Fox den"} <= set(texts)
    assert texts["I am Lily from class 3"].author == "Blue Fox"
    assert "only in the undo history" in texts["fox deleted words"].warnings
    for words in ("I am Lily from class 3", "fox secret words", "fox deleted words", "Fox den"):
        data_rights.redact(store, texts[words])
        dump = _dump(store)
        assert words not in dump, words
    assert "[removed]" in _dump(store)
    assert store.proposal(own.id).title == "[removed]"
    note = next(a for a in store.proposal(own.id).annotations.values())
    assert note.text == "[removed]" and note.sticker == "like"
    # not an undoable edit: undoing everything never brings the words back
    ed = workshops.open_editor(store, store.proposal(shared.id))
    ed.proposal.status = "draft"
    while ed.can_undo:
        ed.undo()
        assert all("secret" not in a.text and "deleted" not in a.text for a in ed.proposal.annotations.values())
    # the other texts are untouched
    assert "panda likes trees" in _dump(store) and "fox edited words" in _dump(store)


def test_redacted_words_stay_replaced_through_undo_and_redo(world):
    """Redaction rewrites every step that held the words (a note's states, the edit that changed
    them, an earlier title) with the replacement, so undo and redo keep working and show it."""
    store, ws, other, own, shared, fox, panda = world
    ed = workshops.open_editor(store, store.proposal(shared.id))
    ed.proposal.status = "draft"
    ed.execute(SetDetails(title="Lily's corner"))
    ed.execute(SetDetails(title="Our corner"))
    panda_note = next(a for a in ed.proposal.annotations.values() if a.author == panda.id)
    ed.execute(EditAnnotation(target=panda_note.uuid, fields={"text": "call me on 13812345678"}))
    ed.execute(EditAnnotation(target=panda_note.uuid, fields={"text": "panda likes trees a lot"}))

    items = {(i.entry.kind, i.text): i for i in data_rights.review(store, ws.id)}
    old_title = items[("title", "Lily's corner")]
    assert not old_title.entry.current and old_title.entry.proposal_id == shared.id
    assert old_title.entry.proposal_title == "Our corner"
    phone = items[("note", "call me on 13812345678")]
    assert not phone.entry.current and phone.entry.author == panda.id and phone.author == "Green Panda"
    assert phone.entry.annotation_uuid == panda_note.uuid and phone.entry.proposal_title == "Our corner"
    assert any("long number" in w for w in phone.warnings)

    data_rights.redact(store, old_title, "[title removed]")
    data_rights.redact(store, phone, "[number removed]")
    dump = _dump(store)
    assert "Lily's corner" not in dump and "13812345678" not in dump

    ed = workshops.open_editor(store, store.proposal(shared.id))
    ed.proposal.status = "draft"
    assert ed.proposal.details.title == "Our corner"
    seen_texts, seen_titles = [], []
    while ed.can_undo:
        ed.undo()
        seen_texts.append(ed.proposal.annotations[panda_note.uuid].text if panda_note.uuid in ed.proposal.annotations else None)
        seen_titles.append(ed.proposal.details.title)
    assert seen_texts[:2] == ["[number removed]", "panda likes trees"]
    assert "[title removed]" in seen_titles and None not in seen_titles
    while ed.can_redo:
        ed.redo()
    assert ed.proposal.annotations[panda_note.uuid].text == "panda likes trees a lot"
    assert ed.proposal.details.title == "Our corner"


def test_the_review_finds_a_pseudonym_typed_into_free_text(world):
    store, ws, other, own, shared, fox, panda = world
    ed = workshops.open_editor(store, store.proposal(shared.id))
    ed.execute(Annotate(annotation=_note(panda.id, "made with green panda and my tel 138 0013 8000", x=6.0)))
    item = next(i for i in data_rights.review(store, ws.id) if "my tel" in i.text)
    assert "mentions 'Green Panda'" in item.warnings
    assert any("long number" in w for w in item.warnings)
    assert item.author == "Green Panda"


def test_consent_is_recorded_per_child(world):
    store, ws, other, own, shared, fox, panda = world
    person = data_rights.record_consent(store, fox, True, "v2")
    assert (person.consent, person.consent_notice_version) == (True, "v2")
    assert data_rights.find_participant(store, fox[:8]).consent
    data_rights.record_consent(store, fox, False, "v2")
    assert not data_rights.find_participant(store, fox).consent
    assert data_rights.find_participant(store, panda.id).consent_notice_version == ""
    with pytest.raises(UserError):
        data_rights.record_consent(store, "no-such-child", True)
    with pytest.raises(UserError):
        data_rights.record_consent(store, fox, True, "x" * 41)


def test_workshop_settings_are_checked_and_stored(world):
    store, ws, *_ = world
    updated = data_rights.edit_workshop(store, ws, title=" New title ", budget=80, palette=["bench", "tree"],
                                        idle_timeout_s=300, languages=["en"], voice_notes=True,
                                        keep_until="2099-01-31", reason_chips=["more-shade"])
    stored = store.workshop(ws.id)
    assert stored == updated
    assert (stored.title, stored.budget, stored.palette, stored.idle_timeout_s, stored.languages, stored.voice_notes,
            stored.keep_until, stored.reason_chips) == (
        "New title", 80.0, ("bench", "tree"), 300, ("en",), True, "2099-01-31", ("more-shade",))
    assert data_rights.edit_workshop(store, stored, budget=None, palette=None).budget is None
    for bad in [dict(title=" "), dict(budget=-1), dict(budget=float("nan")), dict(palette=["rocket"]), dict(palette=[]),
                dict(idle_timeout_s=5), dict(languages=[]), dict(languages=["fr"]), dict(keep_until="31/12/2030"),
                dict(keep_until="2001-01-01"), dict(reason_chips=["pizza"])]:
        with pytest.raises(UserError):
            data_rights.edit_workshop(store, stored, **bad)
    assert store.workshop(ws.id).title == "New title"


def test_create_workshop_with_every_setting_and_a_pin(data_dir):
    with Store(data_dir) as store:
        with pytest.raises(UserError):
            data_rights.create_workshop(store, "practice-lawn", "T", pin="12")
        assert store.workshops() == []
        ws = data_rights.create_workshop(store, "practice-lawn", "Gate", budget=50, palette=["bench"],
                                         idle_timeout_s=120, languages=["zh_CN"], voice_notes=True,
                                         keep_until="2099-12-31", reason_chips=[], pin="2468")
        assert store.workshop(ws.id) == ws and ws.reason_chips == ()
        assert PinGuard(store, ws.id).check("2468").ok
        with pytest.raises(UserError):
            data_rights.create_workshop(store, "nowhere", "T")


def test_the_review_knows_a_pseudonym_in_both_languages(data_dir):
    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Kiosk day")
        proposal, editor = KioskSession(store, ws).start([("blue-fox", "9-11", "fox"), ("green-panda", "6-8", "panda")])
        editor.execute(Annotate(annotation=_note(proposal.participants[1], "我和蓝色狐狸一起做的")))
        [item] = [i for i in data_rights.review(store, ws.id) if i.entry.kind == "note"]
        assert item.warnings == ("mentions 'Blue Fox'",) and item.author == "Green Panda"


def test_every_workshop_setting_survives_an_edit_and_a_reopen(tmp_path):
    """Editing a workshop writes all of its settings, the guardians' consent on file included (the
    edit once wrote a shorter list of settings than creating one did, and lost it on reopen)."""
    from junior_planner.store import Store, erase

    with Store(tmp_path / "data") as store:
        ws = data_rights.create_workshop(store, "practice-lawn", "Consent kept")
        data_rights.edit_workshop(store, ws, consent_on_file="class forms 2026-09", budget=40)
    with Store(tmp_path / "data") as store:
        again = store.workshop(ws.id)
        assert again.consent_on_file == "class forms 2026-09"
        assert again.budget == 40


def test_read_aloud_and_sounds_are_workshop_settings(tmp_path):
    """A facilitator turns the kiosk's reading-on-open and its action sounds off per workshop."""
    from junior_planner.store import Store, erase

    with Store(tmp_path / "data") as store:
        ws = data_rights.create_workshop(store, "practice-lawn", "Quiet library corner", read_aloud=False)
        assert store.workshop(ws.id).read_aloud is False and store.workshop(ws.id).sounds is True
        data_rights.edit_workshop(store, store.workshop(ws.id), sounds=False, read_aloud=True)
    with Store(tmp_path / "data") as store:
        again = store.workshop(ws.id)
        assert again.read_aloud is True and again.sounds is False
