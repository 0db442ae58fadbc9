"""Audio degrades to silence: with no speakers or microphone nothing fails and no voice button
would be offered."""

from junior_planner.ui.audio import NoRecorder, SoundPlayer, make_recorder


def test_without_audio_devices_sounds_are_silent_and_error_free(qapp):
    player = SoundPlayer()
    for name in SoundPlayer.NAMES:
        player.play(name)  # must not raise whether or not there is an output
    assert SoundPlayer(enabled=False).available is False


def test_without_a_microphone_there_is_no_recorder(qapp, monkeypatch):
    import junior_planner.ui.audio as audio

    monkeypatch.setattr(audio, "_multimedia", lambda: None)
    recorder = make_recorder()
    assert isinstance(recorder, NoRecorder) and not recorder.available()
    assert recorder.stop() is None
