"""What the facilitator reads about one proposal: who made it, the blocks, the favourite and
why, as HTML with every typed word escaped."""

from __future__ import annotations

import html


from junior_planner.i18n import N_, _, language
from junior_planner.services import data_rights
from junior_planner.model.vocabulary import reason_name, sticker_name
from junior_planner.services.workspace import Workspace

STATUS_NAMES = {"draft": N_("being made"), "submitted": N_("finished"), "abandoned": N_("left unfinished")}



def proposal_html(workspace: Workspace, proposal) -> str:
    """What a facilitator wants to see of one proposal, as simple HTML."""
    lang = language()
    data = Workspace.of(workspace)
    catalog = data.library.catalog
    esc = html.escape
    parts = [f"<h2>{esc(proposal.title or _('(no title yet)'))}</h2>"]
    children = data.participants(proposal_id=proposal.id)
    if children:
        people = ", ".join(f"{esc(data_rights.shown_name(p.pseudonym))} ({esc(p.age_band)})" for p in children)
        parts.append(f"<p><b>{esc(_('Made by'))}:</b> {people}</p>")
    counts: dict[str, int] = {}
    for block in proposal.blocks.values():
        counts[block.block_type] = counts.get(block.block_type, 0) + 1
    if counts:
        names = []
        for block_type, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            kind = catalog.get(block_type)
            names.append(f"{esc(kind.name(lang) if kind else block_type)} × {count}")
        parts.append(f"<p><b>{esc(_('Blocks used'))}:</b> {', '.join(names)}</p>")
    favourite = proposal.blocks.get(proposal.favourite_block or "")
    if favourite is not None:
        kind = catalog.get(favourite.block_type)
        parts.append(f"<p><b>{esc(_('Favourite'))}:</b> {esc(kind.name(lang) if kind else favourite.block_type)}</p>")
    notes = list(proposal.annotations.values())
    if notes:
        parts.append(f"<p><b>{esc(_('Why'))}:</b></p><ul>")
        for note in notes:
            bits = []
            if note.sticker:
                bits.append(f"<b>{esc(sticker_name(note.sticker))}</b>")
            if note.reasons:
                bits.append(esc(", ".join(reason_name(r) for r in note.reasons)))
            if note.text:
                bits.append(f"“{esc(note.text)}”")
            where = ""
            if note.block_uuid and note.block_uuid in proposal.blocks:
                kind = catalog.get(proposal.blocks[note.block_uuid].block_type)
                where = f" ({esc(_('on the {block}').format(block=kind.name(lang) if kind else '?'))})"
            parts.append(f"<li>{' · '.join(bits)}{where}</li>")
        parts.append("</ul>")
    return "".join(parts)
