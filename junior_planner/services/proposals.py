"""Reading a proposal the way the outside world sees it (show, export)."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from junior_planner.exchange.proposal_json import proposal_to_dict
from junior_planner.model.entities import Proposal
from junior_planner.model.indicators import IndicatorSet
from junior_planner.services import indicators as indicator_service
from junior_planner.services.library import Library
from junior_planner.store import Store


def proposal_document(store: Store, proposal: Proposal, codes: Optional[Mapping[str, str]] = None,
                      definitions: Optional[IndicatorSet] = None) -> dict[str, Any]:
    """The proposal as JSON. "indicators" keeps budget_used and budget and adds every indicator
    of `definitions` (default: assets/indicators/default.json) under "items", by stable id."""
    workshop = store.workshop(proposal.workshop_id)
    assert workshop is not None
    catalog = Library.of(store).catalog
    used = sum(catalog.blocks[b.block_type].cost for b in proposal.blocks.values() if b.block_type in catalog)
    definitions = definitions or indicator_service.load_definitions(catalog=catalog)
    results = indicator_service.proposal_indicators(store, proposal, definitions, catalog)
    indicators = indicator_service.indicators_document(results, definitions, used, workshop.budget)
    return proposal_to_dict(proposal, workshop, store.participants(proposal_id=proposal.id), catalog, codes, indicators)
