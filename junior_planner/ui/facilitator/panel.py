"""Pieces of the facilitator panel (the home window composes them): the confirmation question,
the notice bar, starting a kiosk as its own process, and exporting a bundle for planners in a
background thread with a progress bar.

`confirm` and `launch_detached` are module functions so tests can replace them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QProcess, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget,
)

from junior_planner.i18n import _, n_, language
from junior_planner.services.workspace import Workspace
from junior_planner.ui.text import PlainLabel

_log = logging.getLogger(__name__)


# --- asking -----------------------------------------------------------------------------------
def confirm(parent: Optional[QWidget], title: str, text: str, action: str) -> bool:
    """Ask a yes/no question whose yes-button names the action ("Delete"); No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names children's work: never markup
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(_("Keep everything"), QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(action)
    no.setAccessibleName(_("Keep everything"))
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


# --- the notice bar ---------------------------------------------------------------------------------
class NoticeBar(QFrame):
    """A calm strip at the top of the window for things that happened (purged workshops, a
    finished export); closed with its button."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice-bar { background: #fff4cc; border: 1px solid #d9b84a; border-radius: 4px; }"
                           "#notice-bar QLabel { color: #3d3000; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = PlainLabel()
        self.label.setObjectName("notice-text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.label, 1)
        self.close_button = QPushButton(_("Close"))
        self.close_button.setAccessibleName(_("Close this notice"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(_("Notice"))
        self.hide()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()


# --- the kiosk -------------------------------------------------------------------------------------------
def launch_detached(program: str, arguments: list[str]) -> bool:
    ok, _pid = QProcess.startDetached(program, arguments)
    return bool(ok)


def kiosk_command(data_dir: Path, workshop_id: str) -> tuple[str, list[str]]:
    """`junior-planner kiosk --workshop ID` with this window's data folder and language."""
    return sys.executable, ["-m", "junior_planner", "--data-dir", str(data_dir), "--lang", language(),
                            "kiosk", "--workshop", workshop_id]


def start_kiosk(data_dir: Path, workshop_id: str) -> bool:
    program, arguments = kiosk_command(data_dir, workshop_id)
    return launch_detached(program, arguments)


# --- exporting ------------------------------------------------------------------------------------------
def render_pictures(workspace: Workspace, workshop_id: str, progress: Callable[[int, int], None]) -> tuple[Optional[Callable], str]:
    """Draw the export's pictures now, on the window's thread (OpenGL lives there), so the bundle
    can be written in the background. Returns (renderer for export_bundle, note)."""
    from junior_planner.render import snapshot
    from junior_planner.services import bundle

    problem = snapshot.display_problem()
    if problem:
        return None, problem
    data = Workspace.of(workspace)
    workshop = data.workshop(workshop_id)
    site = data.library.site(workshop.site_id) if workshop else None
    if site is None:
        return None, _("no pictures: the site is not installed here")
    pictures: dict[tuple[str, str], Any] = {}  # futures of PNG bytes
    summaries = data.proposal_summaries(workshop_id)
    total = len(summaries) * len(bundle.SNAPSHOT_VIEWS)
    drawer = snapshot.Snapshotter(data.library.catalog, bundle.SNAPSHOT_SIZE)
    try:
        for s in summaries:
            proposal = data.proposal(s.id)
            for view in bundle.SNAPSHOT_VIEWS:
                pictures[(s.id, view)] = drawer.png_later(proposal, site, view)  # export_bundle collects it
                progress(len(pictures), total)
                QApplication.processEvents()
    except Exception as exc:  # no GL, a driver problem: the bundle is still useful without pictures
        _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
        return None, _("no pictures: {reason}").format(reason=str(exc)[:300])
    finally:
        drawer.close()

    def renderer(proposal, _site, view: str) -> bytes:
        return pictures[(proposal.id, view)]

    return renderer, ""


def worker_failure(exc: BaseException) -> str:
    """One line for what stopped a background job: the user's mistake or the store's sentence as
    they are, a bug named as one (a worker thread must not die silently)."""
    from junior_planner.services.errors import UserError
    from junior_planner.services.messages import store_message
    from junior_planner.services.workspace import StoreError

    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, StoreError):
        return store_message(exc)
    return _("unexpected error") + f": {type(exc).__name__}: {exc}"


class ExportJob(QThread):
    """Writes a bundle in the background with a store of its own (SQLite connections are not
    shared between threads here). Emits `succeeded(summary)` or `failed(message)`."""

    succeeded = Signal(str)
    failed = Signal(str)
    step = Signal(int, int)  # done, total: the proposals written so far

    def __init__(self, data_dir: Path, workshop_id: str, out: Path, renderer: Optional[Callable], note: str,
                 include_audio: bool = False, parent=None):
        super().__init__(parent)
        self.data_dir, self.workshop_id, self.out = Path(data_dir), workshop_id, Path(out)
        self.renderer, self.note, self.include_audio = renderer, note, include_audio

    def run(self) -> None:  # noqa: D102 - in the worker thread
        from junior_planner.services import bundle
        from junior_planner.services.errors import UserError

        try:
            with Workspace.open(self.data_dir) as data:  # a connection of this thread's own
                workshop = data.workshop(self.workshop_id)
                if workshop is None:
                    raise UserError(_("there is no workshop '{id}'").format(id=self.workshop_id))
                result = bundle.export_bundle(data.store, workshop, self.out, include_audio=self.include_audio,
                                              snapshots=self.renderer, snapshot_note=self.note,
                                              progress=lambda done, total: self.step.emit(done, total))
        except Exception as exc:  # a worker thread is a process edge: whatever stopped it, one line
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            self.failed.emit(worker_failure(exc))
            return
        c = result.manifest["counts"]
        self.succeeded.emit(_("Exported {proposals} ({annotations}, {pictures}) to {path}. Every checksum verified.").format(
            proposals=n_("%n designs", c["proposals"]), annotations=n_("%n notes", c["annotations"]),
            pictures=n_("%n pictures", c["snapshots"]), path=result.path))
