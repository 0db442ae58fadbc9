"""Sentences for refusals and store problems, shared by the command line and the windows."""

from __future__ import annotations

from junior_planner.i18n import N_, translate
from junior_planner.model.rules import Refusal
from junior_planner.store import StoreError

REFUSALS = {
    "unknown-block": N_("there is no block type '{block}'"),
    "not-in-palette": N_("'{block}' is not one of this workshop's blocks"),
    "not-a-number": N_("a position, angle or size is not a finite number"),
    "unknown-variant": N_("this block does not come in '{variant}'"),
    "outside": N_("that is outside the site"),
    "road": N_("that is on the road"),
    "water": N_("that is in the water"),
    "building": N_("that is on a building"),
    "tree": N_("an existing tree is there"),
    "path": N_("that blocks a path"),
    "not-buildable": N_("that ground cannot be built on"),
    "too-close": N_("that is too close to another block"),
    "scale": N_("that size is not allowed for this block (from {min} to {max})"),
    "over-budget": N_("that would go over the budget ({needed} of {budget})"),
    "submitted": N_("this proposal is already finished, so it cannot change"),
    "unknown-sticker": N_("there is no sticker '{sticker}'"),
    "unknown-reason": N_("there is no reason chip '{reason}' in this workshop"),
    "empty-annotation": N_("a note needs a sticker, a reason, some words or a voice note"),
    "text-too-long": N_("the words are too long (at most {limit} characters)"),
    "no-such-block": N_("that block is not in this proposal"),
    "no-such-annotation": N_("that note is not in this proposal"),
    "duplicate-id": N_("that id is already used"),
    "bad-field": N_("a note has no field '{field}'"),
}

STORE_PROBLEMS = {
    "foreign": N_("{path} is not a Junior Planner database; it was left untouched"),
    "damaged": N_("the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help"),
    "too-new": N_("the database {path} was made by a newer Junior Planner; please update this one"),
    "not-a-file": N_("{path} is not a file"),
    "open-failed": N_("could not open {path} ({detail}); check that the disk has space and try again"),
    "write-failed": N_("could not save to {path} ({detail}); nothing of that edit was kept"),
    "read-failed": N_("could not read {path} ({detail})"),
}


def _format(template: str, values: dict) -> str:
    def fmt(v):
        if isinstance(v, float):
            return f"{v:g}"
        return v

    try:
        return translate(template).format(**{k: fmt(v) for k, v in values.items()})
    except (KeyError, IndexError):
        return translate(template)


def refusal_message(refusal: Refusal) -> str:
    return _format(REFUSALS.get(refusal.code, refusal.code), refusal.detail)


def store_message(error: StoreError) -> str:
    return _format(STORE_PROBLEMS.get(error.code, "{path}: {detail}"),
                   {"path": error.path, "detail": error.detail})
