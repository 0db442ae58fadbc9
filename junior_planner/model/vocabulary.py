"""Stable ids that scripts, exports and translations rely on. Never rename one."""

from __future__ import annotations

AGE_BANDS: tuple[str, ...] = ("6-8", "9-11", "12-14", "15-17")

STICKERS: tuple[str, ...] = ("love", "like", "idea", "worry", "unsafe")
# how each sticker looks wherever it is shown (kiosk, 3D pins, gallery, review, sheet): one colour
# and one symbol each (symbols every bundled font has, on screen and in PDFs); the names, in both
# languages, are services/messages.STICKER_NAMES
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

ZONE_KINDS: tuple[str, ...] = ("road", "water", "building", "tree", "path")

PROPOSAL_STATUSES: tuple[str, ...] = ("draft", "submitted", "abandoned")

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
