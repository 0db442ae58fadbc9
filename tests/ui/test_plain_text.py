"""Text that people typed appears literally on every screen and page that shows it: a child's
note and title written as HTML (a heading, a local image, a link) is shown as those characters
in the gallery, the facilitator's home, the review window, the PDF report and the take-home
sheet, and no label anywhere interprets it."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from junior_planner.cli import main
from junior_planner.render.qtapp import share_gl_contexts
from junior_planner.services import workshops
from tests.ui.gallery.scripts import run

share_gl_contexts()

NOTE = "<h1>BIG</h1><img src='file:///etc/hostname'><a href='http://example.invalid'>click</a>"
TITLE = "<b>Bold</b> title"
LINES = [
    {"op": "join", "pseudonym": "Red Tiger", "age_band": "6-8", "avatar": "tiger"},
    {"op": "place", "block": "slide", "x": 6.0, "y": 4.0, "as": "s"},
    {"op": "annotate", "target": "s", "sticker": "love", "reasons": ["play-together"], "text": NOTE},
    {"op": "submit", "title": TITLE, "favourite": "s"},
]


@pytest.fixture
def marked_up(data_dir):
    from junior_planner.store import Store

    store = Store(data_dir)
    ws = workshops.new_workshop(store, "school-gate", "Markup day")
    proposal = run(store, ws, LINES)
    yield store, ws, proposal
    store.close()


def _labels_are_plain_and_show(widget, *texts):
    labels = widget.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    shown = "\n".join(label.text() for label in labels)
    for text in texts:
        assert text in shown, text


@pytest.mark.gl
def test_the_gallery_shows_markup_as_typed(qtbot, marked_up):
    from junior_planner.ui.gallery.window import GalleryWindow

    store, ws, _proposal = marked_up
    window = GalleryWindow(store, ws.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.timer.stop()
    _labels_are_plain_and_show(window, NOTE, TITLE)


def test_the_facilitator_home_escapes_it(qtbot, marked_up):
    from junior_planner.ui.facilitator.home import proposal_html

    store, _ws, proposal = marked_up
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(proposal_html(store, store.proposal(proposal.id)))
    assert NOTE in browser.toPlainText()


def test_the_report_and_the_sheet_print_it_literally(marked_up, tmp_path, capsys):
    store, ws, proposal = marked_up
    store.close()
    bundle = tmp_path / "m.jpbundle"
    assert main(["export", "--workshop", ws.id, "--out", str(bundle), "--no-snapshots"]) == 0
    report = tmp_path / "report.pdf"
    assert main(["report", str(bundle), "--out", str(report)]) == 0
    sheet = tmp_path / "sheet.pdf"
    assert main(["sheet", proposal.id, "--out", str(sheet)]) == 0
    for pdf in (report, sheet):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert "<b>Bold</b> title" in flat, pdf.name
        assert "<h1>BIG</h1>" in flat, pdf.name
    capsys.readouterr()


@pytest.mark.gl
def test_the_review_window_lists_it_literally(qtbot, marked_up, tmp_path, capsys):
    from junior_planner.ui.review.window import ReviewWindow

    store, ws, proposal = marked_up
    bundle = tmp_path / "m.jpbundle"
    assert main(["export", "--workshop", ws.id, "--out", str(bundle), "--no-snapshots"]) == 0
    capsys.readouterr()
    window = ReviewWindow(tmp_path / "review-data")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_bundles([bundle])
    qtbot.waitUntil(lambda: not window.loader.busy and len(window.corpus) > 0, timeout=30_000)
    key = next(r.key for r in window.corpus.records if r.title == TITLE)
    window.open_proposal(key)
    notes = [window.detail.notes.item(i).text() for i in range(window.detail.notes.count())]
    assert any(NOTE in text for text in notes)
    _labels_are_plain_and_show(window, TITLE)
    window.close()
