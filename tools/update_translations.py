#!/usr/bin/env python3
"""Keep the Qt Linguist translation files in step with the strings marked in the code.

    python tools/update_translations.py          # rewrite assets/translations/*.ts
    python tools/update_translations.py --check  # change nothing; exit 1 if a string is
                                                 # missing from zh_CN or not finished there

Every string literal passed as the first argument of `_(...)` or `N_(...)` anywhere in
junior_planner/**/*.py is a message (see junior_planner/i18n.py); one passed to `n_(...)` or
`Nn_(...)` is a counted message (`numerus="yes"`, "%n tries left") whose translation is one
`<numerusform>` per plural form of the language (zh_CN one, English two). For each language other than
English the tool rewrites `assets/translations/junior_planner_<lang>.ts` (Qt Linguist TS 2.1,
context "junior_planner"):

* existing translations are kept, with their state and any translator comment;
* a new string gets `<translation type="unfinished"></translation>`;
* a string no longer in the code is kept as `type="vanished"` if it has a translation (it comes
  back finished if the string returns), marked `type="obsolete"` if it only had an unfinished
  draft, and dropped if it had nothing at all;
* messages are sorted by source text and every `<location>` is refreshed, so the output only
  depends on the code and the translations.

`junior_planner_en.ts` is regenerated from the code: English is the source language, so each
plain translation equals its source and is finished; its counted messages keep the English forms
written there ("%n try left", "%n tries left"), and a new one arrives unfinished, to be written.

Only literals are messages: `_(variable)` cannot be extracted, so the tool warns about it (mark
the table's strings with `N_()` where they are defined and translate them with `translate()`).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "junior_planner"
TRANSLATIONS = REPO / "assets" / "translations"
CONTEXT = "junior_planner"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("zh_CN",)  # besides English; keep in step with junior_planner.i18n.SUPPORTED
MARKERS = ("_", "N_", "n_", "Nn_")
NUMERUS_MARKERS = ("n_", "Nn_")
NUMERUS_FORMS = {"en": 2, "zh_CN": 1}  # keep in step with junior_planner.i18n.NUMERUS_FORMS


# --- extraction -------------------------------------------------------------------------------
@dataclass
class Extraction:
    """The marked strings of a source tree."""

    messages: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # source -> [(file, line)]
    non_literal: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line, code)
    numerus: set[str] = field(default_factory=set)  # the sources marked with n_() / Nn_()


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in MARKERS and isinstance(func.value, ast.Name) \
            and func.value.id == "i18n":
        return func.attr
    return None


def extract_file(path: Path, relative: str, into: Extraction) -> None:
    tree = ast.parse(path.read_bytes(), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _marker_name(node.func) is None:
            continue
        if not node.args:
            into.non_literal.append((relative, node.lineno, ast.unparse(node)))
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            into.messages.setdefault(arg.value, []).append((relative, arg.lineno))
            if _marker_name(node.func) in NUMERUS_MARKERS:
                into.numerus.add(arg.value)
        else:
            into.non_literal.append((relative, node.lineno, ast.unparse(node)))


def extract(package: Path | None = None, root: Path | None = None) -> Extraction:
    """Every `_("...")` / `N_("...")` literal under `package`, with `root`-relative locations."""
    package, root = package or PACKAGE, root or REPO
    result = Extraction()
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        extract_file(path, path.relative_to(root).as_posix(), result)
    for locations in result.messages.values():
        locations.sort()
    result.non_literal.sort()
    return result


# --- the TS files -----------------------------------------------------------------------------
@dataclass
class Entry:
    source: str
    translation: str = ""
    state: str | None = None  # None (finished), "unfinished", "vanished" or "obsolete"
    translator_comment: str | None = None
    locations: list[tuple[str, int]] = field(default_factory=list)
    forms: list[str] | None = None  # a counted message's numerus forms; None for a plain one

    @property
    def numerus(self) -> bool:
        return self.forms is not None

    @property
    def written(self) -> bool:
        """Has text: a plain translation, or every numerus form."""
        if self.forms is not None:
            return bool(self.forms) and all(self.forms)
        return bool(self.translation)


def ts_path(lang: str, directory: Path | None = None) -> Path:
    return (directory or TRANSLATIONS) / f"junior_planner_{lang}.ts"


def read_ts(path: Path) -> dict[str, Entry]:
    """The messages of the junior_planner context of a TS file (empty if there is no file)."""
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            if source is None:
                continue
            node = message.find("translation")
            numerus = message.get("numerus") == "yes"
            entries[source] = Entry(
                source=source,
                translation="" if numerus or node is None else (node.text or ""),
                state=node.get("type") if node is not None else "unfinished",
                translator_comment=message.findtext("translatorcomment"),
                forms=([f.text or "" for f in node.findall("numerusform")] if node is not None else [])
                if numerus else None,
            )
    return entries


def _new(source: str, locations, numerus: bool, lang: str) -> Entry:
    return Entry(source, "", "unfinished", None, locations,
                 [""] * NUMERUS_FORMS.get(lang, 1) if numerus else None)


def merge(existing: dict[str, Entry], found: dict[str, list[tuple[str, int]]],
          numerus: set[str] | frozenset[str] = frozenset(), lang: str = "zh_CN") -> list[Entry]:
    """The new message list: code strings with their old translations, plus leftovers. A message
    that became counted (or stopped being counted) starts again unfinished."""
    merged: list[Entry] = []
    for source, locations in found.items():
        old = existing.get(source)
        if old is None or old.numerus != (source in numerus):
            merged.append(_new(source, locations, source in numerus, lang))
            continue
        state = old.state
        if state == "vanished":  # came back: it was finished when it left
            state = None if old.written else "unfinished"
        elif state == "obsolete":
            state = "unfinished"
        if state is None and not old.written:
            state = "unfinished"
        forms = None
        if old.forms is not None:  # as many forms as the language has
            want = NUMERUS_FORMS.get(lang, 1)
            forms = (old.forms + [""] * want)[:want]
            if state is None and not all(forms):
                state = "unfinished"
        merged.append(Entry(source, old.translation, state, old.translator_comment, locations, forms))
    for source, old in existing.items():
        if source in found:
            continue
        if old.state in ("vanished", "obsolete"):
            merged.append(Entry(source, old.translation, old.state, old.translator_comment, forms=old.forms))
        elif old.written:
            merged.append(Entry(source, old.translation, "vanished" if old.state is None else "obsolete",
                                old.translator_comment, forms=old.forms))
        # an untranslated string that left the code has nothing worth keeping
    merged.sort(key=lambda e: e.source)
    return merged


def _protect(text: str) -> str:
    """XML-escape the way Qt's lupdate/Linguist do, so saving in Linguist gives no noise."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ch == "\r":
            out.append("&#xd;")
        elif ord(ch) < 0x20 and ch not in "\n\t":
            raise ValueError(f"control character U+{ord(ch):04X} cannot be stored in a TS file: {text!r}")
        else:
            out.append(ch)
    return "".join(out)


def render_ts(lang: str, entries: list[Entry], ts_dir: Path | None = None, root: Path | None = None) -> str:
    ts_dir, root = ts_dir or TRANSLATIONS, root or REPO
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}" sourcelanguage="{SOURCE_LANGUAGE}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for e in entries:
        lines.append('    <message numerus="yes">' if e.numerus else "    <message>")
        for filename, line in e.locations:
            rel = Path(os.path.relpath(root / filename, ts_dir)).as_posix()
            lines.append(f'        <location filename="{_protect(rel)}" line="{line}"/>')
        lines.append(f"        <source>{_protect(e.source)}</source>")
        if e.translator_comment:
            lines.append(f"        <translatorcomment>{_protect(e.translator_comment)}</translatorcomment>")
        state = f' type="{e.state}"' if e.state else ""
        if e.numerus:
            lines.append(f"        <translation{state}>")
            lines += [f"            <numerusform>{_protect(f)}</numerusform>" for f in e.forms]
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{state}>{_protect(e.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def source_language_entries(found: dict[str, list[tuple[str, int]]], numerus: set[str] | frozenset[str] = frozenset(),
                            existing: dict[str, Entry] | None = None) -> list[Entry]:
    """The English file: plain messages translate to themselves; counted ones keep the English
    forms already written (merged like any language), since English has a singular to write."""
    counted = merge(existing or {}, {s: found[s] for s in numerus}, numerus, SOURCE_LANGUAGE)
    plain = [Entry(s, s, None, None, locs) for s, locs in found.items() if s not in numerus]
    return sorted(plain + [e for e in counted if e.source in numerus], key=lambda e: e.source)


# --- checking ---------------------------------------------------------------------------------
def problems(found: dict[str, list[tuple[str, int]]], entries: dict[str, Entry],
             numerus: set[str] | frozenset[str] = frozenset(), lang: str = "zh_CN") -> list[str]:
    """One line per code string without a finished translation (for English: per counted string
    without its finished English forms)."""
    out = []
    for source, locations in sorted(found.items()):
        if lang == SOURCE_LANGUAGE and source not in numerus:
            continue
        entry = entries.get(source)
        where = ", ".join(f"{f}:{n}" for f, n in locations)
        if entry is None:
            out.append(f"missing: {source!r} ({where})")
        elif entry.numerus != (source in numerus):
            out.append(f"{'counted' if source in numerus else 'not counted'} in the code: {source!r} ({where})")
        elif entry.state is not None or not entry.written:
            out.append(f"{entry.state or 'empty'}: {source!r} ({where})")
        elif entry.numerus and len(entry.forms) != NUMERUS_FORMS.get(lang, 1):
            out.append(f"{len(entry.forms)} forms, not {NUMERUS_FORMS.get(lang, 1)}: {source!r} ({where})")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 listing strings that are missing or unfinished")
    parser.add_argument("--lang", action="append", choices=LANGUAGES,
                        help="only this language (repeatable; default: all)")
    args = parser.parse_args(argv)
    langs = args.lang or list(LANGUAGES)

    extraction = extract()
    found = extraction.messages
    for filename, line, code in extraction.non_literal:
        print(f"warning: {filename}:{line}: not a string literal, cannot be extracted: {code}", file=sys.stderr)

    if args.check:
        failed = False
        for lang in [SOURCE_LANGUAGE] + langs:
            listed = problems(found, read_ts(ts_path(lang)), extraction.numerus, lang)
            if listed:
                failed = True
                print(f"{ts_path(lang).relative_to(REPO)}: {len(listed)} of {len(found)} strings need a translation:")
                for item in listed:
                    print(f"  {item}")
        if not failed:
            print(f"all {len(found)} strings are translated ({', '.join(langs)}; English counted forms written)")
        return 1 if failed else 0

    ts_path(SOURCE_LANGUAGE).parent.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        path = ts_path(lang)
        entries = merge(read_ts(path), found, extraction.numerus, lang)
        path.write_text(render_ts(lang, entries), encoding="utf-8", newline="\n")
        counts = {"finished": 0, "unfinished": 0, "vanished": 0, "obsolete": 0}
        for e in entries:
            counts[e.state or "finished"] += 1
        print(f"{path.relative_to(REPO)}: {len(found)} strings; "
              + ", ".join(f"{n} {k}" for k, n in counts.items() if n))
    en = ts_path(SOURCE_LANGUAGE)
    en_entries = source_language_entries(found, extraction.numerus, read_ts(en))
    en.write_text(render_ts(SOURCE_LANGUAGE, en_entries), encoding="utf-8", newline="\n")
    unwritten = sum(1 for e in en_entries if e.state)
    print(f"{en.relative_to(REPO)}: {len(found)} strings (source language)"
          + (f"; {unwritten} counted strings need their English forms" if unwritten else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
