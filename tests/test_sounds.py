"""The kiosk's sounds are our own (synthesised by tools/gen_sounds.py) and up to date."""

import subprocess
import sys
import wave

from junior_planner import resources


def test_sounds_are_short_mono_wavs_and_regenerate_identically(tmp_path):
    tool = resources.assets_dir().parent / "tools" / "gen_sounds.py"
    subprocess.run([sys.executable, str(tool), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("place", "remove", "undo", "finish"):
        committed = resources.asset("sounds", f"{name}.wav")
        assert committed.read_bytes() == (tmp_path / f"{name}.wav").read_bytes(), f"run tools/gen_sounds.py ({name})"
        with wave.open(str(committed)) as w:
            assert w.getnchannels() == 1 and w.getframerate() == 44100
            assert 0.1 < w.getnframes() / w.getframerate() < 1.5
