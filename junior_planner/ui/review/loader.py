"""Reading bundles off the GUI thread: a worker object living in a QThread checks each bundle and
hands the finished corpus back; the window stays responsive and shows progress."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QObject, QThread, Signal, Slot

from junior_planner.services import review

_log = logging.getLogger(__name__)


class LoadWorker(QObject):
    progress = Signal(int, int, str)        # done, total, file name
    finished = Signal(object)               # the new Corpus

    def __init__(self, paths: Sequence[Path], base: Optional[review.Corpus]):
        super().__init__()
        self.paths = list(paths)
        self.base = base
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        # a fresh corpus: the window keeps reading its own while this one fills; they are merged
        # on the GUI thread when done
        corpus = review.Corpus(self.base.catalog if self.base else None)
        if self.base is not None:
            corpus.known_keys = set(self.base.keys())
        try:
            review.load_bundles(self.paths, corpus, progress=lambda d, t, n: self.progress.emit(d, t, n),
                                cancelled=lambda: self._cancel)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the window; say it
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            corpus.problems.append(f"{type(exc).__name__}: {exc}")
        self.finished.emit(corpus)


class Loader(QObject):
    """Starts one LoadWorker at a time in its own QThread."""

    progress = Signal(int, int, str)
    loaded = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread: Optional[QThread] = None
        self.worker: Optional[LoadWorker] = None

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self, paths: Sequence[Path], base: Optional[review.Corpus]) -> bool:
        if self.busy:
            return False
        self.thread = QThread()
        self.worker = LoadWorker(paths, base)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)
        self.thread.start()
        return True

    def _done(self, corpus) -> None:
        thread, worker = self.thread, self.worker
        self.thread = self.worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.loaded.emit(corpus)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait(10_000)
