"""What the editor says to a child when a block does not fit: a picture and one friendly
sentence per refusal code (model/rules.py). The command line words the same codes for adults
(services/messages.py)."""

from __future__ import annotations

from junior_planner.i18n import N_, translate
from junior_planner.model.rules import Refusal

CHILD_SENTENCES = {
    "road": N_("Cars drive here! Try a spot off the road."),
    "water": N_("That is water! Your block would sink."),
    "building": N_("A building is already there."),
    "tree": N_("A tree is already growing there."),
    "path": N_("People walk here. Keep the path free!"),
    "too-close": N_("Too close to another block. Leave some room!"),
    "outside": N_("That is outside the place we are planning."),
    "not-buildable": N_("We cannot build on that ground."),
    "over-budget": N_("Not enough coins left! Take something away first."),
    "scale": N_("It cannot get any bigger or smaller."),
    "submitted": N_("This plan is finished. You can look around!"),
}
FALLBACK = N_("That does not fit there. Try another spot!")


def child_sentence(refusal: Refusal) -> str:
    return translate(CHILD_SENTENCES.get(refusal.code, FALLBACK))


def picture_name(refusal: Refusal) -> str:
    return refusal.code if refusal.code in CHILD_SENTENCES else "unknown"
