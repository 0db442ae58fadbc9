"""Exporting a workshop for the planners from the facilitator's home: where to write, pictures or
not, a progress bar per proposal, and the one-line result. A mixin of FacilitatorHome."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import (
    QFileDialog,
)

from junior_planner.i18n import _
from junior_planner.ui.facilitator import panel




class Exporting:
    """The export part of FacilitatorHome (which holds the workspace, the buttons and the status line)."""

    # --- export --------------------------------------------------------------------------------------
    def export_destination(self, ws) -> Optional[Path]:
        safe = re.sub(r"[^\w-]+", "-", ws.title, flags=re.UNICODE).strip("-")[:40] or "workshop"
        suggested = str(Path.home() / f"{safe}.jpbundle")
        path, _filter = QFileDialog.getSaveFileName(self, _("Export for planners"), suggested,
                                                    _("Planner bundles (*.jpbundle)"))
        if not path:
            return None
        return Path(path if path.endswith(".jpbundle") else path + ".jpbundle")

    def export(self) -> Optional[panel.ExportJob]:
        ws = self.current_workshop()
        if ws is None or self._export_job is not None:
            return None
        out = self.export_destination(ws)
        if out is None:
            return None
        self.export_button.setEnabled(False)
        self.export_result.setText(_("Exporting…"))
        self.progress.show()
        renderer, note = None, _("pictures were not asked for")
        if self.with_pictures.isChecked() and self.data.proposal_summaries(ws.id):
            self.export_result.setText(_("Drawing pictures…"))

            def step(done: int, total: int) -> None:
                self.progress.setRange(0, total)
                self.progress.setValue(done)

            renderer, note = panel.render_pictures(self.data, ws.id, step)
        self.progress.setRange(0, 0)  # until the first proposal is written
        self.export_result.setText(_("Writing and checking the bundle…"))
        job = panel.ExportJob(self.data.data_dir, ws.id, out, renderer, note, parent=self)
        job.step.connect(self._export_step)
        job.succeeded.connect(self._export_done)
        job.failed.connect(self._export_failed)
        job.finished.connect(self._export_finished)
        self._export_job = job
        job.start()
        return job

    def _export_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _export_done(self, text: str) -> None:
        self.export_result.setText(text)

    def _export_failed(self, text: str) -> None:
        message = text[:1].upper() + text[1:]
        self.export_result.setText(_("Not exported: {reason}").format(reason=message))

    def _export_finished(self) -> None:
        self.progress.hide()
        self.progress.setRange(0, 1)
        self.export_button.setEnabled(self.workshop_list.count() > 0)
        if self._export_job is not None:
            self._export_job.deleteLater()
        self._export_job = None

    def closeEvent(self, event) -> None:  # noqa: N802 - let a running export finish its file
        if self._export_job is not None:
            self._export_job.wait()
        self._picture_timer.stop()
        if self._snapshotter is not None:
            self._snapshotter.close()
            self._snapshotter = None
        super().closeEvent(event)
