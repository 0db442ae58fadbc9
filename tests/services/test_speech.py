"""Read-aloud: every text a child can meet has speech in every kiosk language (a missing clip is
a failure here, never a silent button), sentences with numbers are said from their parts, and a
human recording wins over the synthetic voice."""

from __future__ import annotations

import shutil

import pytest

from junior_planner.services import speech

KNOWN_FIELDS = speech.NUMBER_FIELDS | speech.SILENT_FIELDS | {"band", "names", "place"}


@pytest.mark.parametrize("lang", speech.LANGUAGES)
def test_every_text_a_child_meets_has_speech(lang):
    texts = speech.child_texts()[lang]
    assert len(texts) > 150
    assert speech.missing(lang) == []
    for template in texts:
        for piece in speech.pieces(template):
            if piece.text:
                assert speech.clip(piece.text, lang) is not None, (lang, template, piece.text)
            else:
                assert piece.field in KNOWN_FIELDS, (lang, template, piece.field)


def test_a_missing_clip_is_found(tmp_path, monkeypatch):
    """The check can fail: with one clip taken away, `missing` names its text."""
    copy = tmp_path / "speech"
    shutil.copytree(speech.speech_dir("en").parent, copy)
    gone = speech.key("en", "Who is building")
    (copy / "en" / f"{gone}.mp3").unlink()
    monkeypatch.setattr(speech, "speech_dir", lambda lang: copy / lang)
    assert speech.missing("en") == ["Who is building"]


def test_a_sentence_with_numbers_is_said_from_its_parts():
    clips = speech.utterance("{value} places to sit", "en", {"value": 3})
    assert clips == [speech.clip("3", "en"), speech.clip("places to sit", "en")]
    zh = speech.utterance("还剩金币：{left} / {budget}", "zh_CN", {"left": 36, "budget": 60})
    assert zh == [speech.clip("还剩金币", "zh_CN"), speech.clip("36", "zh_CN"), speech.clip("60", "zh_CN")]
    names = speech.utterance("Thank you, {names}! The planners will see your ideas.", "en", {"names": "blue-fox,red-panda"})
    assert [speech.clip(w, "en") for w in ("Thank you", "Blue", "Fox", "Red", "Panda")] == names[:5]
    assert speech.utterance("I am {band} years old", "en", {"band": "6-8"})[1] == speech.clip("6 to 8 years", "en")


def test_a_counted_sentence_is_said_in_the_form_its_number_takes():
    """'%n tries left' is heard as 'Not right', '1', 'try left' for one and 'tries left' for two:
    every numerus form has its own clips in both languages."""
    from junior_planner import i18n

    source = "Not right. %n tries left."
    for lang in speech.LANGUAGES:
        assert set(i18n.numerus_forms(source, lang)) <= set(speech.child_texts()[lang])
    one = speech.utterance(i18n.numerus_form(source, 1, "en"), "en", {"n": 1})
    two = speech.utterance(i18n.numerus_form(source, 2, "en"), "en", {"n": 2})
    assert one == [speech.clip(t, "en") for t in ("Not right", "1", "try left")]
    assert two == [speech.clip(t, "en") for t in ("Not right", "2", "tries left")]
    assert None not in one + two
    zh = speech.utterance(i18n.numerus_form(source, 1, "zh_CN"), "zh_CN", {"n": 1})
    assert speech.clip("1", "zh_CN") in zh and len(zh) == 3


def test_what_a_button_shows_is_said_numbers_and_all():
    clips = speech.utterance_of_shown("3 places to sit, more than before", "en")
    assert clips == [speech.clip("3", "en"), speech.clip("places to sit", "en"), speech.clip("more than before", "en")]
    assert speech.utterance_of_shown("滑梯", "zh_CN") == [speech.clip("滑梯", "zh_CN")]


def test_a_human_recording_wins_and_the_gaps_are_listed(tmp_path):
    data = tmp_path / "data"
    folder = data / "recordings" / "en"
    folder.mkdir(parents=True)
    recorded = folder / f"{speech.key('en', 'Who is building?')}.wav"
    recorded.write_bytes(b"RIFF....WAVE")
    assert speech.clip("Who is building?", "en", data) == recorded
    assert speech.clip("Who is building?", "en").suffix == ".mp3"  # elsewhere still the synthetic one
    gaps = speech.without_human_recording("en", data)
    assert "Who is building" not in gaps and "Let's build" in gaps
