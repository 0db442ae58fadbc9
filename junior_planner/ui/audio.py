"""Sound and voice behind small interfaces, so the kiosk works (silently, without a voice button)
on machines with no speakers or microphone, and tests use fakes.

QtMultimedia lives in PySide6-Addons and needs PulseAudio/PipeWire libraries at run time; any
failure to load it means "no audio here", never an error for a child.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional, Protocol

from junior_planner import resources

MAX_VOICE_SECONDS = 60


def _multimedia():
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class SoundPlayer:
    """Short sounds for each action (ui/kiosk/sounds.py); silent where there is no audio output."""

    NAMES = ("place", "move", "turn", "remove", "undo", "refused", "note", "finish")

    def __init__(self, enabled: bool = True):
        self._effects = {}
        mm = _multimedia() if enabled else None
        if mm is None or not mm.QMediaDevices.audioOutputs():
            return
        from PySide6.QtCore import QUrl

        for name in self.NAMES:
            effect = mm.QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resources.asset("sounds", f"{name}.wav"))))
            effect.setVolume(0.6)
            self._effects[name] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()


class Speaker:
    """Read-aloud: says the clips of a text one after another (services/speech.py finds them);
    silent where there is no audio output. `last` is what it was last asked to say."""

    def __init__(self, enabled: bool = True, data_dir: Optional[Path] = None):
        self.data_dir = data_dir
        self.last: list[Path] = []
        self._queue: list[Path] = []
        self._player = None
        mm = _multimedia() if enabled else None
        if mm is None or not mm.QMediaDevices.audioOutputs():
            return
        self._player = mm.QMediaPlayer()
        self._output = mm.QAudioOutput()
        self._player.setAudioOutput(self._output)
        self._ended = mm.QMediaPlayer.MediaStatus.EndOfMedia
        self._player.mediaStatusChanged.connect(lambda status: status == self._ended and self._next())

    @property
    def available(self) -> bool:
        return self._player is not None

    def say(self, template: str, values: Optional[dict] = None) -> bool:
        """Say `template` (in the current language, with its values); False if nothing to say."""
        return self.say_all([(template, values or {})])

    def say_all(self, sentences) -> bool:
        """Say (template, values) pairs one after another, stopping whatever was being said."""
        from junior_planner import i18n
        from junior_planner.services import speech

        return self._play([c for t, v in sentences for c in speech.utterance(t, i18n.language(), v, self.data_dir)])

    def say_shown(self, text: str) -> bool:
        """Say a text as a button or a block shows it ("3 places to sit", "Slide")."""
        from junior_planner import i18n
        from junior_planner.services import speech

        return self._play(speech.utterance_of_shown(text, i18n.language(), self.data_dir))

    def _play(self, clips: list[Path]) -> bool:
        """Play these clips in order (stopping what was playing); False if there are none."""
        self.last = clips
        self._queue = list(clips)
        if self._player is not None:
            self._player.stop()
            self._next()
        return bool(clips)

    def stop(self) -> None:
        self._queue = []
        if self._player is not None:
            self._player.stop()

    def _next(self) -> None:
        if not self._queue or self._player is None:
            return
        from PySide6.QtCore import QUrl

        self._player.setSource(QUrl.fromLocalFile(str(self._queue.pop(0))))
        self._player.play()


class VoiceRecorder(Protocol):
    def available(self) -> bool: ...
    def start(self) -> None: ...
    def stop(self) -> Optional[bytes]: ...  # the recording (a WAV or other audio file's bytes)


class NoRecorder:
    """No microphone: the voice button is hidden."""

    def available(self) -> bool:
        return False

    def start(self) -> None:
        raise RuntimeError("no microphone")

    def stop(self) -> Optional[bytes]:
        return None


class QtVoiceRecorder:
    """Records from the default microphone into a temporary file (QtMultimedia)."""

    def __init__(self):
        mm = _multimedia()
        self._mm = mm
        self._session = self._recorder = None
        self._path: Optional[Path] = None

    def available(self) -> bool:
        return self._mm is not None and bool(self._mm.QMediaDevices.audioInputs())

    def start(self) -> None:
        from PySide6.QtCore import QUrl

        mm = self._mm
        self._session = mm.QMediaCaptureSession()
        self._session.setAudioInput(mm.QAudioInput())
        self._recorder = mm.QMediaRecorder()
        self._session.setRecorder(self._recorder)
        self._path = Path(tempfile.mkstemp(prefix="jp-voice-", suffix=".m4a")[1])
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(self._path)))
        self._recorder.record()

    def stop(self) -> Optional[bytes]:
        if self._recorder is None or self._path is None:
            return None
        self._recorder.stop()
        data = self._path.read_bytes() if self._path.exists() else b""
        self._path.unlink(missing_ok=True)
        self._recorder = self._session = None
        return data or None


def make_recorder() -> VoiceRecorder:
    recorder = QtVoiceRecorder()
    return recorder if recorder.available() else NoRecorder()
