"""Ways into the editor before the kiosk exists: `junior-planner build` and the facilitator's
"Open in 3D" button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from junior_planner.cli import main
from junior_planner.services import demo, workshops
from junior_planner.store import Store
from junior_planner.ui.facilitator.home import FacilitatorHome

pytestmark = pytest.mark.gl


def test_build_starts_a_draft_for_a_child_and_opens_the_editor(qapp, data_dir, tmp_path, capsys):
    """`build --workshop ID --pseudonym NAME --age-band B` stores a new draft with that child and
    shows the editor (here: saves a picture of it and quits)."""
    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Build test")
    picture = tmp_path / "editor.png"
    code = main(["--data-dir", str(data_dir), "build", "--workshop", ws.id[:8], "--pseudonym", "Green Owl",
                 "--age-band", "9-11", "--screenshot", str(picture)])
    assert code == 0
    proposal_id = capsys.readouterr().out.strip()
    with Store(data_dir) as store:
        proposal = store.proposal(proposal_id)
        assert proposal is not None and proposal.status == "draft"
        assert [p.pseudonym for p in store.participants(proposal_id=proposal_id)] == ["Green Owl"]
    assert picture.stat().st_size > 10_000


def test_build_refuses_a_pseudonym_without_an_age_band(data_dir, capsys):
    """A half-given child is a user mistake: one line on stderr, exit code 2, no proposal."""
    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Build test")
    assert main(["--data-dir", str(data_dir), "build", "--workshop", ws.id, "--pseudonym", "Green Owl"]) == 2
    assert "--age-band" in capsys.readouterr().err
    with Store(data_dir) as store:
        assert store.proposal_summaries() == []


def test_home_opens_the_chosen_proposal_in_3d_read_only_when_finished(qtbot, data_dir):
    """The facilitator's "Open in 3D" opens the chosen proposal; a finished one takes no edits."""
    demo.prepare(str(data_dir))
    with Store(data_dir) as store:
        home = FacilitatorHome(store)
        qtbot.addWidget(home)
        home.show()
        assert home.open_3d.isEnabled()
        qtbot.mouseClick(home.open_3d, Qt.MouseButton.LeftButton)
        window = home._editor_windows[-1]
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        chosen = home._summaries[home.proposal_table.currentRow()].id
        assert window.editor.proposal.id == chosen
        widget = window.widget
        assert widget.read_only and not widget.palette.isEnabled()
        assert widget.message.code == "submitted" and widget.message.isVisible()
        assert not widget.buttons["undo"].isEnabled()
        window.close()
