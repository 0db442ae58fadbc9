"""Translations for every user-visible string, Qt-free so the command line shares them.

Strings are marked with `_("English text {placeholder}")`; translations live in Qt Linguist files
(`assets/translations/junior_planner_<lang>.ts`), which translators edit with Qt Linguist and
`tools/update_translations.py` keeps in step with the code. Placeholders use str.format names.

Counted text ("1 try left" / "3 tries left") goes through Qt's numerus forms: the source is marked
with `n_("%n tries left", n)` (or `Nn_()` in tables, translated later with `translate_n()`), the
TS file holds one `<numerusform>` per plural form of the language (English two, Chinese one) and
`%n` is replaced by the number. The plural rules are Qt's (`PLURAL_RULES`); a test compiles the TS
files with Qt's lrelease and checks that Qt's QTranslator picks the same form as this module.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Callable

from junior_planner import resources

SUPPORTED = ("en", "zh_CN")
_language = None

# Which numerus form a count takes, per language: Qt's rules (qtbase src/corelib/kernel/
# qtranslator.cpp / qlocale plural rules). English: singular for exactly 1; Chinese: one form.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "zh_CN": lambda n: 0,
}
NUMERUS_FORMS = {"en": 2, "zh_CN": 1}  # how many <numerusform>s a message has in each language


def language() -> str:
    global _language
    if _language is None:
        _language = _language_from_env()
    return _language


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED else "en"


def _language_from_env() -> str:
    for var in ("JUNIOR_PLANNER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def translation_file(lang: str):
    return resources.asset("translations", f"junior_planner_{lang}.ts")


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(plain translations, numerus forms) of a language's finished messages. English, the source
    language, has only its numerus forms to look up ("%n tries left" -> "%n try left", ...)."""
    path = translation_file(lang)
    plain: dict[str, str] = {}
    numerus: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return plain, numerus
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            forms = tuple(f.text or "" for f in node.findall("numerusform"))
            if forms and all(forms):
                numerus[source] = forms
        elif node.text and lang != "en":
            plain[source] = node.text
    return plain, numerus


def translate(text: str, lang: str | None = None) -> str:
    return _tables(lang or language())[0].get(text, text)


def plural_index(n: float, lang: str | None = None) -> int:
    """Which numerus form a count takes in `lang` (0 = the first form, English's singular)."""
    lang = lang or language()
    rule = PLURAL_RULES.get(lang, PLURAL_RULES["en"])
    return rule(int(abs(n))) if float(n).is_integer() else rule(2)  # 1.5 takes the plural, as in Qt


def numerus_forms(text: str, lang: str | None = None) -> tuple[str, ...]:
    """The numerus forms of a `%n` message in `lang` (still with `%n`); the source if untranslated."""
    return _tables(lang or language())[1].get(text) or (text,)


def numerus_form(text: str, n: float, lang: str | None = None) -> str:
    """The form of a `%n` message that `n` takes in `lang`, still with `%n` in it."""
    forms = numerus_forms(text, lang)
    return forms[min(plural_index(n, lang), len(forms) - 1)]


def number_text(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def translate_n(text: str, n: float, lang: str | None = None) -> str:
    """A `%n` message in `lang` for the count `n`: "%n tries left", 1 -> "1 try left"."""
    return numerus_form(text, n, lang).replace("%n", number_text(n))


def _(text: str) -> str:
    """Mark and translate a user-visible string."""
    return translate(text)


def N_(text: str) -> str:
    """Mark a string for translation without translating it now (tables of messages)."""
    return text


def n_(text: str, n: float) -> str:
    """Mark and translate a counted string: `n_("%n tries left", 2)` -> "2 tries left"."""
    return translate_n(text, n)


def Nn_(text: str) -> str:  # noqa: N802 - a marker, named like N_
    """Mark a counted (`%n`) string without translating it now; later `translate_n(text, n)`."""
    return text
