"""Fun pseudonyms (a colour and an animal) so that no child ever types a real name. Each word
has both languages; a pseudonym is stored by its word ids ("blue-fox") and shown translated."""

from __future__ import annotations

import random
from typing import Iterable, Optional

COLOURS = {
    "red": ("Red", "红色"), "orange": ("Orange", "橙色"), "yellow": ("Yellow", "黄色"), "green": ("Green", "绿色"),
    "blue": ("Blue", "蓝色"), "purple": ("Purple", "紫色"), "pink": ("Pink", "粉色"), "silver": ("Silver", "银色"),
    "gold": ("Golden", "金色"), "rainbow": ("Rainbow", "彩虹"), "sky": ("Sky", "天蓝"), "mint": ("Mint", "薄荷绿"),
}
ANIMALS = {
    "fox": ("Fox", "狐狸"), "panda": ("Panda", "熊猫"), "tiger": ("Tiger", "老虎"), "rabbit": ("Rabbit", "兔子"),
    "dolphin": ("Dolphin", "海豚"), "owl": ("Owl", "猫头鹰"), "turtle": ("Turtle", "乌龟"), "penguin": ("Penguin", "企鹅"),
    "koala": ("Koala", "考拉"), "deer": ("Deer", "小鹿"), "cat": ("Cat", "小猫"), "dragon": ("Dragon", "小龙"),
    "elephant": ("Elephant", "大象"), "monkey": ("Monkey", "猴子"), "whale": ("Whale", "鲸鱼"), "squirrel": ("Squirrel", "松鼠"),
}

# the round badge behind a child's animal, wherever it is drawn (kiosk, gallery, sheet): the colour
# of the pseudonym's own colour word, so "Pink Cat" is a cat on pink, findable without reading
COLOUR_SHADES = {
    "red": "#e63946", "orange": "#ff8c42", "yellow": "#f2b705", "green": "#52b04f", "blue": "#3a86ff",
    "purple": "#8e44ad", "pink": "#ff5d8f", "silver": "#8d99ae", "gold": "#d4a017", "rainbow": "#6a4c93",
    "sky": "#4cc9f0", "mint": "#2ec4b6",
}
AVATAR_COLOURS = ("#ff8c42", "#2a9d8f", "#e76f51", "#6a4c93", "#3a86ff", "#8ac926", "#ff595e", "#1982c4")


def avatar_colour(pseudonym: str) -> str:
    """The badge colour of a pseudonym (the same on every screen and on paper): its colour word's
    shade, or for a name typed by hand one of a few bright colours."""
    shade = COLOUR_SHADES.get(pseudonym.partition("-")[0])
    return shade or AVATAR_COLOURS[sum(map(ord, pseudonym)) % len(AVATAR_COLOURS)]


def pseudonym_id(colour: str, animal: str) -> str:
    if colour not in COLOURS or animal not in ANIMALS:
        raise ValueError(f"unknown word in pseudonym {colour!r} {animal!r}")
    return f"{colour}-{animal}"


def word(pair: tuple[str, str], language: str) -> str:
    """One word of COLOURS or ANIMALS in `language`."""
    return pair[1] if language == "zh_CN" else pair[0]


def pseudonym_words(pseudonym: str, language: str) -> Optional[tuple[str, str]]:
    """'blue-fox' -> ('Blue', 'Fox') / ('蓝色', '狐狸'); None for anything else (a typed name)."""
    colour, _, animal = pseudonym.partition("-")
    if colour in COLOURS and animal in ANIMALS:
        return word(COLOURS[colour], language), word(ANIMALS[animal], language)
    return None


def display_name(pseudonym: str, language: str) -> str:
    """'blue-fox' -> 'Blue Fox' / '蓝色狐狸'; anything else (a typed name) is shown as it is."""
    words = pseudonym_words(pseudonym, language)
    if words is None:
        return pseudonym
    return "".join(words) if language == "zh_CN" else " ".join(words)


def suggest(taken: Iterable[str] = (), rng: Optional[random.Random] = None) -> str:
    """A pseudonym not yet used in this workshop (falls back to any when all are taken)."""
    rng = rng or random.Random()
    used = set(taken)
    choices = [f"{c}-{a}" for c in COLOURS for a in ANIMALS]
    free = [p for p in choices if p not in used] or choices
    return rng.choice(free)
