"""Facilitator writes the repository does not have: a workshop's settings, who took part and their
consent, and which workshops are past their keep-until date. Each write is one transaction."""

from __future__ import annotations

from typing import Optional

from junior_planner.model.entities import Participant, Workshop
from junior_planner.store.database import dumps
from junior_planner.store.repository import WORKSHOP_SETTINGS

def update_workshop(store, ws: Workshop) -> None:
    """Write a workshop's title and settings (the id, site and creation time never change)."""
    settings = {k: getattr(ws, k) for k in WORKSHOP_SETTINGS}
    with store.db.transaction() as c:
        n = c.execute("UPDATE workshops SET title=?, settings=? WHERE id=?", (ws.title, dumps(settings), ws.id)).rowcount
    if n != 1:
        raise KeyError(ws.id)


def participant(store, participant_id: str) -> Optional[Participant]:
    for p in store.participants():
        if p.id == participant_id:
            return p
    return None


def participant_ids_starting(store, prefix: str) -> list[str]:
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [r[0] for r in store._q("SELECT id FROM participants WHERE id LIKE ? ESCAPE '\\'", (like,))]


def set_consent(store, participant_id: str, consent: bool, notice_version: str) -> None:
    with store.db.transaction() as c:
        n = c.execute("UPDATE participants SET consent=?, consent_notice_version=? WHERE id=?",
                      (int(bool(consent)), notice_version, participant_id)).rowcount
    if n != 1:
        raise KeyError(participant_id)


def proposals_of(store, participant_id: str) -> list[tuple[str, str, int]]:
    """(proposal id, title, group size) of each proposal this child is a member of."""
    return [(r[0], r[1], r[2]) for r in store._q(
        "SELECT p.id, p.title, (SELECT count(*) FROM proposal_participants x WHERE x.proposal_id=p.id) "
        "FROM proposals p JOIN proposal_participants pp ON pp.proposal_id=p.id "
        "WHERE pp.participant_id=? ORDER BY p.created_at, p.id", (participant_id,))]


def expired_workshops(store, today: str) -> list[Workshop]:
    """Workshops whose keep-until date (an ISO date) is before `today` (an ISO date)."""
    return [w for w in store.workshops() if w.keep_until and str(w.keep_until)[:10] < today]
