"""The editor in a window of its own: the `build` command's and the facilitator's way in until
the kiosk exists."""

from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QMainWindow

from junior_planner.i18n import _, language
from junior_planner.model.entities import Proposal
from junior_planner.services import workshops
from junior_planner.services.workspace import Workspace
from junior_planner.ui import running
from junior_planner.ui.editor.widget import EditorWidget


class EditorWindow(QMainWindow):
    def __init__(self, workspace: Workspace, proposal: Proposal, parent=None):
        super().__init__(parent)
        self.editor = workshops.open_editor(Workspace.of(workspace).store, proposal)
        self.widget = EditorWidget(self.editor)
        self.setCentralWidget(self.widget)
        site = self.editor.site.name(language())
        title = proposal.title or _("(no title yet)")
        self.setWindowTitle(_("Junior Planner - {site} - {title}").format(site=site, title=title))
        self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.widget.close_editor()
        super().closeEvent(event)


def run_editor(workspace: Workspace, proposal: Proposal, screenshot: Optional[str] = None) -> int:
    """Open the editor window and run until it is closed (or save a picture and quit)."""

    from junior_planner.render.qtapp import application

    app = application()
    app.setApplicationName("Junior Planner")
    window = EditorWindow(workspace, proposal)
    window.show()
    if screenshot:  # settle, save a picture, close; no event loop, so a host application keeps running
        running.settle(0.8)
        running.save_picture(window, screenshot)
        window.close()
        return 0
    return app.exec()
