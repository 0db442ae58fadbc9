"""Short original sounds for the kiosk (place, move, turn, remove, undo, refused, note, finish), synthesised with numpy so
they are ours to ship, and deterministic (tests regenerate and compare bytes).

    .venv/bin/python tools/gen_sounds.py [--out DIR]
"""

from __future__ import annotations

import argparse
import io
import wave
from pathlib import Path

import numpy as np

RATE = 44100
ROOT = Path(__file__).resolve().parent.parent


def _tone(freqs, seconds, shape="pluck", volume=0.5):
    t = np.arange(int(RATE * seconds)) / RATE
    freqs = np.broadcast_to(np.asarray(freqs, dtype=float), t.shape) if np.ndim(freqs) else np.full(t.shape, float(freqs))
    phase = 2 * np.pi * np.cumsum(freqs) / RATE
    wave_ = np.sin(phase) + 0.25 * np.sin(2 * phase) + 0.1 * np.sin(3 * phase)
    if shape == "pluck":
        envelope = np.exp(-t * 9) * np.minimum(1, t * 400)
    else:
        envelope = np.sin(np.pi * t / seconds) ** 2
    return volume * wave_ * envelope / 1.35


def place():  # a bright rising "bloop"
    t = np.arange(int(RATE * 0.22)) / RATE
    return _tone(520 + 900 * t, 0.22)


def remove():  # a soft falling "pew"
    t = np.arange(int(RATE * 0.25)) / RATE
    return _tone(700 - 900 * t, 0.25, volume=0.4)


def undo():  # a quick two-note step back
    return np.concatenate([_tone(660, 0.09, volume=0.4), _tone(495, 0.14, volume=0.4)])


def finish():  # a happy arpeggio: C E G C
    notes = [523.25, 659.25, 783.99, 1046.5]
    return np.concatenate([_tone(f, 0.16 if i < 3 else 0.5, volume=0.45) for i, f in enumerate(notes)])


def move():  # a light tick as the block lands in its new place
    return _tone(880, 0.07, volume=0.3)


def turn():  # a short upward swish
    t = np.arange(int(RATE * 0.12)) / RATE
    return _tone(600 + 1500 * t, 0.12, shape="swell", volume=0.3)


def refused():  # a soft low "bonk", kind rather than alarming
    return np.concatenate([_tone(330, 0.08, volume=0.35), _tone(262, 0.16, volume=0.35)])


def note():  # a gentle two-note chime: your words are kept
    return np.concatenate([_tone(784, 0.1, volume=0.35), _tone(1175, 0.25, volume=0.35)])


SOUNDS = {"place": place, "move": move, "turn": turn, "remove": remove, "undo": undo, "refused": refused,
          "note": note, "finish": finish}


def wav_bytes(samples: np.ndarray) -> bytes:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "sounds")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        (args.out / f"{name}.wav").write_bytes(wav_bytes(make()))
    print(f"wrote {len(SOUNDS)} sounds to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
