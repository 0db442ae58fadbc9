"""Read-aloud for children who cannot read yet (Qt-free): which recorded clips say a piece of text.

Every text a child can meet on the kiosk, the editor and the say-why panel has speech in every
kiosk language, pre-made and shipped in `assets/speech/<lang>/` (MP3, made offline by
`tools/gen_speech.py` with espeak-ng). Human recordings dropped into `assets/speech/<lang>/human/`
or into `<data folder>/recordings/<lang>/` (same file names, .mp3/.wav/.ogg) win over the
synthetic ones; the tool lists which keys still lack one.

A sentence with placeholders ("{value} places to sit", "Coins left: {left} of {budget}") is said
as its pieces: the words between the placeholders, each a clip, and the values: numbers, age bands,
explorer names and site names from clips of their own. Values nobody can record in advance (a
title a child typed) are left out of the sentence, never the sentence itself.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

from junior_planner import i18n, resources
from junior_planner.model import vocabulary
from junior_planner.model.pseudonyms import ANIMALS, COLOURS, pseudonym_words, word

LANGUAGES = ("en", "zh_CN")
HUMAN_ENDINGS = (".mp3", ".wav", ".ogg")
MAX_NUMBER = 200  # numbers 0..MAX_NUMBER are recorded; bigger ones are said digit by digit
NUMBER_FIELDS = {"value", "total", "target", "left", "budget", "count", "seconds", "distance", "n"}
SILENT_FIELDS = {"title", "detail", "path"}  # typed or technical: left out when spoken
CHILD_SOURCES = ("ui/kiosk/", "ui/editor/")  # where the child-visible strings of the .ts files live
_PIECE_TRIM = " ,.:;!?，。：；！？、/()（）\"'“”‘’-–—…"


def key(lang: str, text: str) -> str:
    """The file name (without ending) of the clip that says `text` in `lang`."""
    return hashlib.sha1(f"{lang}\n{normal(text)}".encode("utf-8")).hexdigest()[:16]


def normal(text: str) -> str:
    """Text as it is spoken: spaces and the punctuation around it do not change the clip."""
    return " ".join(text.split()).strip(_PIECE_TRIM)


@dataclass(frozen=True)
class Piece:
    """One part of a sentence: words (`text`), or a placeholder (`field`)."""

    text: str = ""
    field: str = ""


def pieces(template: str) -> list[Piece]:
    """'{value} places to sit' -> [field value, text 'places to sit']; empty text pieces dropped.
    The count of a counted string ("%n tries left") is the field `n`."""
    out: list[Piece] = []
    for literal, field, _spec, _conv in string.Formatter().parse(template.replace("%n", "{n}")):
        if normal(literal or ""):
            out.append(Piece(text=normal(literal)))
        if field:
            out.append(Piece(field=field))
    return out


# --- what a child can meet ---------------------------------------------------------------------------
def _child_templates() -> list[str]:
    """The English sources of the translatable strings of the kiosk, editor and say-why screens
    (read from the .ts file's locations), the vocabularies and the catalog's names."""
    import xml.etree.ElementTree as ET

    found: list[str] = []
    root = ET.parse(i18n.translation_file("zh_CN")).getroot()
    for message in root.iter("message"):  # a counted message's source ("%n tries left") stands for its forms
        node = message.find("translation")
        if node is not None and node.get("type") in ("vanished", "obsolete"):
            continue
        if any(any(s in (loc.get("filename") or "") for s in CHILD_SOURCES) for loc in message.findall("location")):
            found.append(message.findtext("source") or "")
    found += list(vocabulary.STICKER_NAMES.values()) + list(vocabulary.REASON_NAMES.values())
    return [t for t in found if t and t.strip() and not _technical(t)]


def _technical(text: str) -> bool:
    """Window titles and separators a child never hears."""
    return text.startswith("Junior Planner") or not normal(text)


@lru_cache(maxsize=1)
def child_texts() -> dict[str, tuple[str, ...]]:
    """Per language, every template a child can meet, in that language (translated); read once."""
    from junior_planner.services.indicators import load_definitions
    from junior_planner.services.library import Library

    shelf = Library.of()
    out: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        texts = [form for t in _child_templates() for form in _forms(t, lang)]
        texts += [b.name(lang) for b in shelf.catalog.blocks.values()]
        texts += [c.names.get(lang) or c.names.get("en", "") for c in shelf.catalog.categories.values()]
        for d in load_definitions().definitions:
            texts.append((d.child_captions or d.captions).get(lang) or "")
            texts.append(d.child_captions_one.get(lang) or "")
            texts.append(d.explanations.get(lang) or "")
        texts += [s.name(lang) for s in shelf.sites().values()]
        out[lang] = tuple(t for t in dict.fromkeys(texts) if normal(t))
    return out


def _forms(template: str, lang: str) -> tuple[str, ...]:
    """A template in `lang`: its translation, or every numerus form of a counted (%n) string."""
    if "%n" in template:
        return i18n.numerus_forms(template, lang)
    return (i18n.translate(template, lang),)


def value_words(lang: str) -> list[str]:
    """The words placeholders are filled with: numbers, age bands, explorer names' colours and
    animals, and the comma between names."""
    words = [str(n) for n in range(MAX_NUMBER + 1)]
    words += [band_text(b, lang) for b in vocabulary.AGE_BANDS]
    words += [word(c, lang) for c in COLOURS.values()] + [word(a, lang) for a in ANIMALS.values()]
    return words


def band_text(band: str, lang: str) -> str:
    low, _, high = band.partition("-")
    return f"{low}到{high}岁" if lang == "zh_CN" else f"{low} to {high} years"


def every_piece(lang: str) -> list[str]:
    """Every distinct piece of text with a clip in `lang` (what the generator makes)."""
    texts: list[str] = []
    for template in child_texts()[lang]:
        texts += [p.text for p in pieces(template) if p.text]
    texts += value_words(lang)
    return list(dict.fromkeys(normal(t) for t in texts if normal(t)))


# --- finding the clips ---------------------------------------------------------------------------------
def speech_dir(lang: str) -> Path:
    return resources.asset("speech", lang)


def recordings_dirs(lang: str, data_dir: Optional[Path] = None) -> list[Path]:
    """Where human recordings are looked for, first found wins."""
    dirs = []
    if data_dir is not None:
        dirs.append(Path(data_dir) / "recordings" / lang)
    dirs.append(speech_dir(lang) / "human")
    return dirs


def clip(text: str, lang: str, data_dir: Optional[Path] = None) -> Optional[Path]:
    """The clip saying `text` (a human recording when there is one), or None."""
    name = key(lang, text)
    for folder in recordings_dirs(lang, data_dir):
        for ending in HUMAN_ENDINGS:
            candidate = folder / f"{name}{ending}"
            if candidate.exists():
                return candidate
    synthetic = speech_dir(lang) / f"{name}.mp3"
    return synthetic if synthetic.exists() else None


def _value_texts(field: str, value: Any, lang: str) -> list[str]:
    if field in SILENT_FIELDS or value is None:
        return []
    if field == "band":
        return [band_text(str(value), lang)]
    if field == "names":  # explorer ids, "blue-fox,red-panda"
        return [w for p in str(value).split(",") for w in (pseudonym_words(p.strip(), lang) or ())]
    if field in NUMBER_FIELDS or isinstance(value, (int, float)):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return []
        if number.is_integer() and 0 <= number <= MAX_NUMBER:
            return [str(int(number))]
        return [ch for ch in str(value) if ch.isdigit()]
    return [str(value)]


def utterance(template: str, lang: str, values: Optional[Mapping[str, Any]] = None,
              data_dir: Optional[Path] = None) -> list[Path]:
    """The clips that say `template` (already in `lang`) with `values`, in order. A piece with no
    clip is left out; an empty list means nothing could be said."""
    values = values or {}
    out: list[Path] = []
    whole = clip(template, lang, data_dir) if not values else None
    if whole is not None:
        return [whole]
    for piece in pieces(template):
        texts = [piece.text] if piece.text else _value_texts(piece.field, values.get(piece.field), lang)
        for text in texts:
            found = clip(text, lang, data_dir)
            if found is not None:
                out.append(found)
    return out


def utterance_of_shown(text: str, lang: str, data_dir: Optional[Path] = None) -> list[Path]:
    """The clips for a text as shown on a button ("3 places to sit, more than before"): the whole
    text if it has a clip, else its numbers and the words between them and between commas."""
    whole = clip(text, lang, data_dir)
    if whole is not None:
        return [whole]
    out: list[Path] = []
    for part in re.split(r"(\d+)|[,，、;；\n]", text):
        if not part or not normal(part):
            continue
        found = clip(str(int(part)) if part.isdigit() else part, lang, data_dir)  # "07" is said as 7
        if found is not None:
            out.append(found)
    return out


def missing(lang: str) -> list[str]:
    """Pieces with no synthetic clip (a test failure: run tools/gen_speech.py)."""
    return [t for t in every_piece(lang) if not (speech_dir(lang) / f"{key(lang, t)}.mp3").exists()]


def without_human_recording(lang: str, data_dir: Optional[Path] = None) -> list[str]:
    """Pieces still said by the synthesiser, for whoever records the human voices."""
    return [t for t in every_piece(lang)
            if not any((d / f"{key(lang, t)}{e}").exists() for d in recordings_dirs(lang, data_dir)
                       for e in HUMAN_ENDINGS)]

