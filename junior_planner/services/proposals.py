"""Reading a proposal the way the outside world sees it (show, export)."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from junior_planner.exchange.proposal_json import proposal_to_dict
from junior_planner.model.entities import Proposal
from junior_planner.services import library
from junior_planner.store import Store


def proposal_document(store: Store, proposal: Proposal, codes: Optional[Mapping[str, str]] = None) -> dict[str, Any]:
    workshop = store.workshop(proposal.workshop_id)
    assert workshop is not None
    catalog = library.load_catalog()
    used = sum(catalog.blocks[b.block_type].cost for b in proposal.blocks.values() if b.block_type in catalog)
    indicators = {"budget_used": used}
    if workshop.budget is not None:
        indicators["budget"] = workshop.budget
    return proposal_to_dict(proposal, workshop, store.participants(proposal_id=proposal.id), catalog, codes, indicators)
