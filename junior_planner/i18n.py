"""Translations for every user-visible string, Qt-free so the command line shares them.

Strings are marked with `_("English text {placeholder}")`; translations live in Qt Linguist files
(`assets/translations/junior_planner_<lang>.ts`), which translators edit with Qt Linguist and
`tools/update_translations.py` keeps in step with the code. Placeholders use str.format names.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from junior_planner import resources

SUPPORTED = ("en", "zh_CN")
_language = None


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
def _table(lang: str) -> dict[str, str]:
    path = translation_file(lang)
    if lang == "en" or not path.exists():
        return {}
    table: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if node.text:
            table[source] = node.text
    return table


def translate(text: str, lang: str | None = None) -> str:
    return _table(lang or language()).get(text, text)


def _(text: str) -> str:
    """Mark and translate a user-visible string."""
    return translate(text)


def N_(text: str) -> str:
    """Mark a string for translation without translating it now (tables of messages)."""
    return text
