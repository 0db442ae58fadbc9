"""Edit scripts: JSON lines applied one at a time exactly as a child's edits are, each committed.

The format is documented in docs/edit-scripts.md. Scripts come from other machines, so every line
is read with a size cap, parsed strictly (no NaN, no duplicate keys, bounded depth) and checked
field by field before anything runs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import IO, Callable, Optional

from junior_planner.i18n import _
from junior_planner.model.commands import (
    Annotate, DeleteBlock, MoveBlock, PlaceBlock, RotateBlock, ScaleBlock,
)
from junior_planner.model.entities import Annotation, PlacedBlock, Proposal, Workshop, new_id, utc_now
from junior_planner.exchange.safezip import StrictJSONError, json_depth, no_duplicate_keys, reject_constant
from junior_planner.services import workshops
from junior_planner.services.editing import EditRefused, ProposalEditor
from junior_planner.services.errors import UserError
from junior_planner.services.messages import refusal_message
from junior_planner.store import Store

MAX_LINE_BYTES = 64 * 1024
MAX_DEPTH = 16


class ReplayError(UserError):
    def __init__(self, line: int, reason: str):
        super().__init__(_("line {line}: {reason}").format(line=line, reason=reason))
        self.line, self.reason = line, reason


# a line that breaks a rule; the strict JSON hooks (shared with the bundle reader) raise it too
_Bad = StrictJSONError


def parse_line(raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Bad(_("the line is not UTF-8 text")) from None
    try:
        value = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=reject_constant)
    except json.JSONDecodeError as exc:
        raise _Bad(_("not valid JSON ({detail})").format(detail=exc.msg)) from None
    except RecursionError:
        raise _Bad(_("the JSON is nested too deeply")) from None
    if not isinstance(value, dict):
        raise _Bad(_("each line must be a JSON object"))
    if json_depth(value, MAX_DEPTH) > MAX_DEPTH:
        raise _Bad(_("the JSON is nested too deeply"))
    return value


# --- field checks ---------------------------------------------------------------------------------
def _number(line: dict, key: str, required: bool = True, default: float = 0.0) -> float:
    if key not in line:
        if required:
            raise _Bad(_("'{key}' is missing").format(key=key))
        return default
    value = line[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Bad(_("'{key}' must be a finite number").format(key=key))
    return float(value)


def _text(line: dict, key: str, required: bool = True, default: Optional[str] = None, limit: int = 500) -> Optional[str]:
    if key not in line:
        if required:
            raise _Bad(_("'{key}' is missing").format(key=key))
        return default
    value = line[key]
    if not isinstance(value, str):
        raise _Bad(_("'{key}' must be text").format(key=key))
    if len(value) > limit:
        raise _Bad(_("'{key}' is too long (at most {limit} characters)").format(key=key, limit=limit))
    return value


def _allowed(line: dict, *keys: str) -> None:
    extra = sorted(set(line) - {"op", *keys})
    if extra:
        raise _Bad(_("unknown field '{key}' for op '{op}'").format(key=extra[0], op=line["op"]))


@dataclass
class Replay:
    """Applies one script to a new proposal in a workshop, as one participant group."""

    store: Store
    workshop: Workshop
    on_done: Callable[[int], None] = lambda line: None
    proposal: Optional[Proposal] = None
    editor: Optional[ProposalEditor] = None
    aliases: dict[str, str] = field(default_factory=dict)
    participant_id: Optional[str] = None

    def run(self, stream: IO[bytes]) -> Proposal:
        number = 0
        while True:
            raw = stream.readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                raise ReplayError(number, _("the line is longer than {limit} bytes").format(limit=MAX_LINE_BYTES))
            if not raw.strip():
                continue
            try:
                self._apply(parse_line(raw))
            except _Bad as exc:
                raise ReplayError(number, str(exc)) from None
            except EditRefused as exc:
                raise ReplayError(number, refusal_message(exc.refusal)) from None
            except UserError as exc:
                raise ReplayError(number, str(exc)) from None
            self.on_done(number)
        if self.proposal is None:
            raise UserError(_("the script has no edits (it must start with a 'join' line)"))
        return self.proposal

    # --- ops ------------------------------------------------------------------------------------
    def _apply(self, line: dict) -> None:
        op = line.get("op")
        if not isinstance(op, str):
            raise _Bad(_("each line needs an 'op'"))
        handler = getattr(self, "_op_" + op.replace("-", "_"), None) if op in OPS else None
        if handler is None:
            raise _Bad(_("unknown op '{op}' (known: {known})").format(op=op, known=", ".join(OPS)))
        if op != "join" and self.editor is None:
            raise _Bad(_("the script must start with a 'join' line"))
        handler(line)

    def _op_join(self, line: dict) -> None:
        _allowed(line, "pseudonym", "age_band", "avatar", "consent", "notice_version")
        consent = line.get("consent", True)
        if not isinstance(consent, bool):
            raise _Bad(_("'{key}' must be true or false").format(key="consent"))
        participant = workshops.new_participant(
            self.workshop, _text(line, "pseudonym", limit=100) or "", _text(line, "age_band", limit=10) or "",
            _text(line, "avatar", False, "", 40) or "", consent, _text(line, "notice_version", False, "", 40) or "")
        if self.proposal is None:
            self.proposal = workshops.start_proposal(self.store, self.workshop, participant)
            self.editor = workshops.open_editor(self.store, self.proposal)
        else:
            workshops.add_to_group(self.store, self.proposal, participant)
        if self.participant_id is None:
            self.participant_id = participant.id

    def _target(self, line: dict, key: str = "target") -> str:
        name = _text(line, key, limit=100)
        assert self.proposal is not None
        uuid = self.aliases.get(name or "", name)
        if uuid not in self.proposal.blocks:
            raise _Bad(_("there is no block '{name}' in this proposal").format(name=name))
        return uuid

    def _alias(self, line: dict, uuid: str) -> None:
        name = _text(line, "as", False, None, 100)
        if name is not None:
            self.aliases[name] = uuid

    def _ground(self, x: float, y: float) -> float:
        assert self.editor is not None
        return float(self.editor.site.ground_height(x, y))

    def _op_place(self, line: dict) -> None:
        _allowed(line, "block", "x", "y", "yaw", "scale", "variant", "as")
        assert self.editor is not None
        block_type = _text(line, "block", limit=100) or ""
        kind = self.editor.catalog.get(block_type)
        x, y = _number(line, "x"), _number(line, "y")
        variant = _text(line, "variant", False, kind.default_variant if kind else "", 40) or ""
        block = PlacedBlock(uuid=new_id(), block_type=block_type, x=x, y=y, z=self._ground(x, y),
                            yaw=_number(line, "yaw", False, 0.0), scale=_number(line, "scale", False, 1.0),
                            variant=variant)
        self.editor.execute(PlaceBlock(block=block))
        self._alias(line, block.uuid)

    def _op_move(self, line: dict) -> None:
        _allowed(line, "target", "x", "y")
        assert self.editor is not None
        x, y = _number(line, "x"), _number(line, "y")
        self.editor.execute(MoveBlock(target=self._target(line), x=x, y=y, z=self._ground(x, y)))

    def _op_rotate(self, line: dict) -> None:
        _allowed(line, "target", "yaw")
        assert self.editor is not None
        self.editor.execute(RotateBlock(target=self._target(line), yaw=_number(line, "yaw")))

    def _op_scale(self, line: dict) -> None:
        _allowed(line, "target", "scale")
        assert self.editor is not None
        self.editor.execute(ScaleBlock(target=self._target(line), scale=_number(line, "scale")))

    def _op_delete(self, line: dict) -> None:
        _allowed(line, "target")
        assert self.editor is not None
        self.editor.execute(DeleteBlock(target=self._target(line)))

    def _op_annotate(self, line: dict) -> None:
        _allowed(line, "target", "at", "sticker", "reasons", "text", "as")
        assert self.editor is not None
        if ("target" in line) == ("at" in line):
            raise _Bad(_("a note needs either 'target' (a block) or 'at' ([x, y])"))
        block_uuid, point = None, None
        if "target" in line:
            block_uuid = self._target(line)
        else:
            at = line["at"]
            if (not isinstance(at, list) or len(at) not in (2, 3)
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in at)):
                raise _Bad(_("'at' must be [x, y] in metres"))
            z = float(at[2]) if len(at) == 3 else self._ground(float(at[0]), float(at[1]))
            point = (float(at[0]), float(at[1]), z)
        reasons = line.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons) or len(reasons) > 20:
            raise _Bad(_("'reasons' must be a list of reason ids"))
        annotation = Annotation(uuid=new_id(), block_uuid=block_uuid, point=point,
                                sticker=_text(line, "sticker", False, None, 40), reasons=tuple(reasons),
                                text=_text(line, "text", False, "", 500) or "", author=self.participant_id,
                                created_at=utc_now())
        self.editor.execute(Annotate(annotation=annotation))
        self._alias(line, annotation.uuid)

    def _op_undo(self, line: dict) -> None:
        _allowed(line)
        assert self.editor is not None
        if self.editor.undo() is None:
            raise _Bad(_("there is nothing to undo"))

    def _op_redo(self, line: dict) -> None:
        _allowed(line)
        assert self.editor is not None
        if self.editor.redo() is None:
            raise _Bad(_("there is nothing to redo"))

    def _op_submit(self, line: dict) -> None:
        _allowed(line, "title", "favourite")
        assert self.editor is not None
        favourite = self._target(line, "favourite") if "favourite" in line else None
        self.editor.submit(_text(line, "title", False, None, workshops.MAX_TITLE), favourite)


OPS = ("join", "place", "move", "rotate", "scale", "annotate", "delete", "undo", "redo", "submit")
