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


def test_choosing_a_proposal_shows_who_made_it_and_why(qtbot, data_dir):
    demo.prepare(str(data_dir))
    with Store(data_dir) as store:
        window = FacilitatorHome(store)
        qtbot.addWidget(window)
        table = window.proposal_table
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Shady corner")
        table.setCurrentCell(row, 0)
        text = window.details.toPlainText()
        assert "Blue Fox (9-11)" in text and "Green Panda (6-8)" in text
        assert "Bench × 1" in text and "Tree × 2" in text
        assert "for grandma" in text and "a place to sit" in text and "I love it" in text


def test_home_speaks_chinese(qtbot, data_dir):
    from junior_planner.i18n import set_language

    demo.prepare(str(data_dir))
    set_language("zh_CN")
    with Store(data_dir) as store:
        window = FacilitatorHome(store)
        qtbot.addWidget(window)
        assert window.proposals_heading.text() == "方案"
        assert {window.proposal_table.item(r, 1).text() for r in range(2)} == {"已完成"}
        assert "用到的积木" in window.details.toPlainText()


def test_choosing_a_proposal_shows_a_picture_of_it_from_above(qtbot, data_dir):
    demo.prepare(str(data_dir))
    with Store(data_dir) as store:
        window = FacilitatorHome(store)
        qtbot.addWidget(window)
        window.show()
        window.proposal_table.setCurrentCell(1, 0)
        qtbot.waitUntil(lambda: window.picture.isVisible() and window.picture.pixmap() is not None
                        and not window.picture.pixmap().isNull(), timeout=15000)
        assert window.picture.pixmap().width() == 480
        window.close()
