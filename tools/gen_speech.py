"""Make the kiosk's read-aloud clips: every piece of text a child can meet, in every kiosk
language, spoken by espeak-ng and kept as small MP3s in assets/speech/<lang>/<key>.mp3
(see junior_planner/services/speech.py for what is said and how human recordings win).

    sudo apt-get install espeak-ng && .venv/bin/pip install lameenc    # once
    .venv/bin/python tools/gen_speech.py              # make the missing clips, drop the unused
    .venv/bin/python tools/gen_speech.py --all        # remake every clip
    .venv/bin/python tools/gen_speech.py --human-gaps # list the pieces with no human recording yet

Voices: en-us and cmn (Mandarin), a little slower and higher than espeak's default, which is
easier for young children to follow. A clip is found by the key of its text, so a changed text
gets a new clip and the old one is removed.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import wave
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOICES = {"en": ["-v", "en-us", "-s", "140", "-p", "55"], "zh_CN": ["-v", "cmn", "-s", "130", "-p", "55"]}
BITRATE = 24  # kbit/s, mono: small (about 3 KB a second), clear enough for synthetic speech


def synthesise(text: str, lang: str) -> bytes:
    wav = subprocess.run(["espeak-ng", *VOICES[lang], "--stdout", text], capture_output=True, check=True).stdout
    with wave.open(io.BytesIO(wav)) as source:
        rate, pcm = source.getframerate(), source.readframes(source.getnframes())
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    return bytes(encoder.encode(pcm) + encoder.flush())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="remake every clip")
    parser.add_argument("--human-gaps", action="store_true", help="list the pieces with no human recording")
    args = parser.parse_args(argv)
    from junior_planner.services import speech

    if args.human_gaps:
        for lang in speech.LANGUAGES:
            gaps = speech.without_human_recording(lang)
            print(f"# {lang}: {len(gaps)} of {len(speech.every_piece(lang))} pieces have no human recording")
            for text in gaps:
                print(f"{speech.key(lang, text)}\t{text}")
        return 0
    if not shutil.which("espeak-ng"):
        raise SystemExit("espeak-ng is not installed: sudo apt-get install espeak-ng")
    index = {}
    for lang in speech.LANGUAGES:
        folder = speech.speech_dir(lang)
        folder.mkdir(parents=True, exist_ok=True)
        wanted = {speech.key(lang, t): t for t in speech.every_piece(lang)}
        todo = [(k, t) for k, t in wanted.items() if args.all or not (folder / f"{k}.mp3").exists()]

        def make(item, lang=lang, folder=folder):
            k, t = item
            (folder / f"{k}.mp3").write_bytes(synthesise(t, lang))

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(make, todo))
        removed = 0
        for old in folder.glob("*.mp3"):
            if old.stem not in wanted:
                old.unlink()
                removed += 1
        index[lang] = dict(sorted(wanted.items()))
        print(f"{lang}: {len(wanted)} clips, {len(todo)} made, {removed} removed")
    (speech.speech_dir("en").parent / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
