"""Bringing in a site from the facilitator's panel: a file dialog for the formats the importer
reads, the import in a worker thread (it reads in a limited child process), then the summary of
what was found, or the one-line reason it could not be used."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from junior_planner.i18n import _
from junior_planner.services.workspace import Workspace
from junior_planner.ui.text import tell, tell_warning

_log = logging.getLogger(__name__)

FILTER_PATTERNS = ("*.shp *.zip *.gpkg *.geojson *.json *.osm *.pbf *.city.json *.cityjson *.city.jsonl *.jsonl "
                   "*.glb *.gltf *.obj *.ply *.stl *.off")


class SiteImportJob(QThread):
    succeeded = Signal(str, str)  # site id, summary lines
    failed = Signal(str)

    def __init__(self, data_dir: Path, path: Path, parent=None):
        super().__init__(parent)
        self.data_dir, self.path = Path(data_dir), Path(path)

    def run(self) -> None:  # noqa: D102 - in the worker thread
        from junior_planner.services import sites
        from junior_planner.ui.facilitator.panel import worker_failure

        report: list[str] = []
        try:
            with Workspace.open(self.data_dir) as workspace:  # a connection of this thread's own
                site_id = sites.import_site(workspace.store, self.path, report=report)
        except Exception as exc:  # a worker thread is a process edge: whatever stopped it, one line
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            self.failed.emit(worker_failure(exc))
            return
        self.succeeded.emit(site_id, "\n".join(report))


def import_site_dialog(parent: QWidget, data_dir: Path, path: Optional[Path] = None) -> Optional[str]:
    """Ask for a file (unless given), import it, say what was found; returns the new site's id."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, _("Import a site"), str(Path.home()),
            _("Site files ({patterns})").format(patterns=FILTER_PATTERNS) + ";;" + _("All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
    busy = QProgressDialog(_("Reading {file}...").format(file=path.name), "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowTitle(_("Import a site"))
    busy.setMinimumDuration(0)
    result: dict[str, str] = {}
    job = SiteImportJob(data_dir, path, parent)
    job.succeeded.connect(lambda site_id, summary: result.update(site=site_id, summary=summary))
    job.failed.connect(lambda message: result.update(error=message))
    job.finished.connect(busy.close)
    job.start()
    busy.exec()
    job.wait()
    if "error" in result:
        tell_warning(parent, _("Import a site"), result["error"])
        return None
    if "site" in result:
        tell(parent, _("Import a site"), result["summary"])
        return result["site"]
    return None
