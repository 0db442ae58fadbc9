"""Pseudonyms are made of words in both languages, never a real name."""

import random

import pytest

from junior_planner.model.pseudonyms import ANIMALS, COLOURS, display_name, pseudonym_id, suggest


def test_a_pseudonym_reads_naturally_in_both_languages():
    assert display_name("blue-fox", "en") == "Blue Fox"
    assert display_name("blue-fox", "zh_CN") == "蓝色狐狸"
    assert display_name("Someone typed this", "zh_CN") == "Someone typed this"


def test_suggestions_avoid_names_already_used_in_the_workshop():
    taken = [f"{c}-{a}" for c in COLOURS for a in ANIMALS][:-1]
    assert suggest(taken, random.Random(1)) == f"{list(COLOURS)[-1]}-{list(ANIMALS)[-1]}"


def test_every_word_has_both_languages_and_unknown_words_are_refused():
    assert all(len(v) == 2 and all(v) for v in [*COLOURS.values(), *ANIMALS.values()])
    assert len(COLOURS) * len(ANIMALS) >= 150
    with pytest.raises(ValueError):
        pseudonym_id("blue", "unicorn-king")
