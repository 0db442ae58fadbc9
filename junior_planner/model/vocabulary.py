"""The vocabularies: stable ids that scripts, exports and translations rely on (never rename one),
with each term's English name (translated through the .ts files), colour, symbol and picture. Every screen,
export schema, review and report reads them from here."""

from __future__ import annotations

from junior_planner.i18n import N_, translate

AGE_BANDS: tuple[str, ...] = ("6-8", "9-11", "12-14", "15-17")

STICKERS: tuple[str, ...] = ("love", "like", "idea", "worry", "unsafe")
STICKER_NAMES: dict[str, str] = {"love": N_("I love it"), "like": N_("I like it"), "idea": N_("Idea"),
                                 "worry": N_("Worried"), "unsafe": N_("Not safe")}
# how each sticker looks wherever it is shown (kiosk, 3D pins, gallery, review, sheet): one colour
# and one symbol each (symbols every bundled font has, on screen and in PDFs)
STICKER_COLOURS: dict[str, str] = {"love": "#e63975", "like": "#f39c12", "idea": "#e0b400", "worry": "#8e44ad",
                                   "unsafe": "#c0392b"}
STICKER_SYMBOLS: dict[str, str] = {"love": "♥", "like": "★", "idea": "!", "worry": "?", "unsafe": "✕"}

DEFAULT_REASON_CHIPS: tuple[str, ...] = (
    "more-shade",
    "place-to-sit",
    "safe-crossing",
    "for-little-kids",
    "quiet-corner",
    "more-light",
    "more-green",
    "play-together",
    "sports",
    "clean-toilets",
    "water-to-drink",
    "meet-friends",
)
REASON_NAMES: dict[str, str] = {
    "more-shade": N_("more shade"), "place-to-sit": N_("a place to sit"), "safe-crossing": N_("safe crossing"),
    "for-little-kids": N_("for little kids"), "quiet-corner": N_("a quiet corner"), "more-light": N_("more light"),
    "more-green": N_("more green"), "play-together": N_("play together"), "sports": N_("sports"),
    "clean-toilets": N_("clean toilets"), "water-to-drink": N_("water to drink"), "meet-friends": N_("meet friends"),
}

ZONE_KINDS: tuple[str, ...] = ("road", "water", "building", "tree", "path")

PROPOSAL_STATUSES: tuple[str, ...] = ("draft", "submitted", "abandoned")

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")


def icon_file(term: str) -> str:
    """The picture of a sticker or reason chip, relative to assets/ (one per term, no words)."""
    return f"icons/vocabulary/{term}.svg"


def sticker_name(sticker: str, lang: str | None = None) -> str:
    """A sticker's name in `lang` (the current language by default); an unknown id as it is."""
    return translate(STICKER_NAMES[sticker], lang) if sticker in STICKER_NAMES else sticker


def reason_name(reason: str, lang: str | None = None) -> str:
    """A reason chip's name in `lang` (the current language by default); an unknown id as it is."""
    return translate(REASON_NAMES[reason], lang) if reason in REASON_NAMES else reason
