#!/usr/bin/env python3
"""Pictures of the planners' review window and report pages for the docs:
docs/images/review-*.png (English and Chinese).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/review_screenshots.py

The bundles are made with the real pipeline (edit scripts + export, no pictures): the test
corpus plus three generated workshops of 12 proposals each on the practice lawn.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.review import script  # noqa: E402
from junior_planner import i18n  # noqa: E402
from junior_planner.services import bundle, workshops  # noqa: E402
from junior_planner.services.replay import Replay  # noqa: E402
from junior_planner.store import Store  # noqa: E402
from tests.review.helpers import make_corpus_bundles  # noqa: E402

OUT = ROOT / "docs" / "images"


def make_bundles(folder: Path) -> list[Path]:
    paths = make_corpus_bundles(folder / "small")
    rng = random.Random(11)
    store = Store(folder / "kiosk")
    for k, title in enumerate(("Class 3 morning 三年级上午", "Class 5 afternoon 五年级下午", "Youth club 青少年活动")):
        ws = workshops.new_workshop(store, "practice-lawn", title)
        for n in range(12):
            Replay(store, ws).run(io.BytesIO(script(rng, k * 100 + n)))
        out = folder / f"generated-{k}.jpbundle"
        bundle.export_bundle(store, ws, out)
        paths.append(out)
    store.close()
    return paths


def settle(app, seconds: float = 0.6) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def window_shots(paths: list[Path], lang: str, data: Path) -> None:
    from junior_planner.render.qtapp import application
    from junior_planner.ui.review.window import ReviewWindow

    app = application()
    window = ReviewWindow(data)
    window.resize(1280, 800)
    window.show()
    window.open_bundles(paths)
    while window.loader.busy:
        app.processEvents()
    settle(app)
    first = next(r for r in window.corpus.records if r.title == "Shady corner")
    window.open_proposal(first.key)
    window.detail.notes.setCurrentRow(1)
    settle(app, 1.2)
    window.grab().save(str(OUT / f"review-proposals-{lang}.png"))
    window.tabs.setCurrentWidget(window.patterns)
    settle(app)
    heat = window.patterns.heatmap
    if heat is not None:
        j, i = divmod(int(heat.counts.argmax()), heat.shape[1])
        window.patterns._show_cell(i, j)
    settle(app)
    window.grab().save(str(OUT / f"review-patterns-{lang}.png"))
    window.tabs.setCurrentWidget(window.compare)
    records = window.corpus.records
    window.compare.show_pair(records[0].key, records[1].key)
    settle(app, 1.0)
    window.grab().save(str(OUT / f"review-compare-{lang}.png"))
    window.close()
    settle(app, 0.2)


def report_pages(paths: list[Path], lang: str, tmp: Path) -> None:
    from junior_planner.services import report, review
    from junior_planner.render.printing import report as pdf

    corpus = review.load_bundles(paths)
    content = report.build_report(corpus)
    out = tmp / f"report-{lang}.pdf"
    pdf.write_pdf(content, out, corpus)
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing: no report pages")
        return
    for page, name in ((1, "cover"), (3, "site"), (6, "quotes"), (7, "proposal")):
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(out),
                        str(OUT / f"review-report-{name}-{lang}")], check=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_bundles(folder)
        for lang in ("en", "zh_CN"):
            i18n.set_language(lang)
            window_shots(paths, lang, folder / f"data-{lang}")
            report_pages(paths, lang, folder)
    print("\n".join(sorted(str(p.relative_to(ROOT)) for p in OUT.glob("review-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
