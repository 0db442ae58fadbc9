"""Reading bundles off the GUI thread: a worker object living in a QThread checks each bundle and
hands the proposals back as they come (the first bundle at once, then at most every STREAM_S
seconds), so the window shows the first proposals while the rest load, stays responsive and shows
progress."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QObject, QThread, Signal, Slot

from junior_planner.services import review

_log = logging.getLogger(__name__)
STREAM_S = 0.5  # after the first bundle, proposals reach the window after this long, then after
# twice as long each time (each update of a growing table costs the window more)


class LoadWorker(QObject):
    progress = Signal(int, int, str)        # done, total, file name
    partial = Signal(object)                # a Corpus of the bundles read since the last one
    finished = Signal(object)               # the last such Corpus: loading is over

    def __init__(self, paths: Sequence[Path], base: Optional[review.Corpus]):
        super().__init__()
        self.paths = list(paths)
        self.base = base
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        # fresh corpora: the window keeps reading its own while these fill; each is merged on the
        # GUI thread as it arrives
        seen = set(self.base.keys()) if self.base is not None else set()
        catalog = self.base.catalog if self.base else None

        def fresh() -> review.Corpus:
            piece = review.Corpus(catalog)
            piece.known_keys = set(seen)
            return piece

        piece, sent, last = fresh(), 0, time.monotonic()
        total = len(self.paths)
        try:
            for n, path in enumerate(self.paths):
                if self._cancel:
                    break
                self.progress.emit(n, total, path.name)
                review.load_bundles([path], piece)
                if len(piece) and (sent == 0 or time.monotonic() - last >= STREAM_S * 2 ** (sent - 1)) \
                        and n + 1 < total:
                    seen.update(piece.keys())
                    self.partial.emit(piece)
                    piece, sent, last = fresh(), sent + 1, time.monotonic()
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the window; say it
            _log.debug("caught at an edge", exc_info=True)  # what it was, for whoever debugs
            piece.problems.append(f"{type(exc).__name__}: {exc}")
        self.progress.emit(total, total, "")
        self.finished.emit(piece)


class ArchiveWorker(QObject):
    """Opens the city archive (services/archive_review.py) off the GUI thread: connecting and reading
    the proposals in scope may take a moment on a busy server."""

    progress = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)          # the ArchiveCorpus, or a str: the one-line reason it failed

    def __init__(self, url: str, scope):
        super().__init__()
        self.url, self.scope = url, scope

    def cancel(self) -> None:
        pass

    @Slot()
    def run(self) -> None:
        from junior_planner.services.archive_review import ArchiveCorpus
        from junior_planner.services.errors import UserError

        self.progress.emit(0, 1, "")
        try:
            result: object = ArchiveCorpus.open(self.url, self.scope)
        except UserError as exc:
            result = str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the window; say it
            _log.debug("caught at an edge", exc_info=True)
            result = f"{type(exc).__name__}: {exc}"
        self.progress.emit(1, 1, "")
        self.finished.emit(result)


class Loader(QObject):
    """Starts one LoadWorker at a time in its own QThread."""

    progress = Signal(int, int, str)
    partial = Signal(object)
    loaded = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread: Optional[QThread] = None
        self.worker: Optional[QObject] = None

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self, paths: Sequence[Path], base: Optional[review.Corpus]) -> bool:
        return self._start(LoadWorker(paths, base))

    def start_archive(self, url: str, scope) -> bool:
        return self._start(ArchiveWorker(url, scope))

    def _start(self, worker) -> bool:
        if self.busy:
            return False
        self.thread = QThread()
        self.worker = worker
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.partial.connect(self.partial)
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
