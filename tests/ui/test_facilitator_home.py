"""The facilitator home lists the workshops on this machine and each one's proposals."""

from __future__ import annotations

from junior_planner.services import demo
from junior_planner.store import Store
from junior_planner.ui.facilitator.home import FacilitatorHome


def test_home_lists_workshops_and_their_proposals(qtbot, data_dir):
    demo.prepare(str(data_dir))
    with Store(data_dir) as store:
        window = FacilitatorHome(store)
        qtbot.addWidget(window)
        assert window.workshop_list.count() == 1
        assert "Demo: our park" in window.workshop_list.item(0).text()
        table = window.proposal_table
        titles = sorted(table.item(r, 0).text() for r in range(table.rowCount()))
        assert titles == ["Play island", "Shady corner"]
        assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"finished"}
        assert not window.empty_hint.isVisible()


def test_home_with_no_workshops_says_how_to_make_one(qtbot, data_dir):
    with Store(data_dir) as store:
        window = FacilitatorHome(store)
        qtbot.addWidget(window)
        window.show()
        assert window.workshop_list.count() == 0 and window.proposal_table.rowCount() == 0
        assert window.empty_hint.isVisible() and "workshop new" in window.empty_hint.text()
