"""The PDF report, turned into pictures and text with poppler (pdftoppm, pdftotext): pages, not
blank, the headings in English and in Chinese (the CJK font really draws)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import unicodedata
import zlib

import pytest

from junior_planner import i18n
from junior_planner.services import report, review

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
pytestmark = [pytest.mark.gl,
              pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm, pdftotext) is not installed")]


def _png_pixels(path):
    """(width, height, the set of distinct grey levels of a sample) of an 8-bit PNG from pdftoppm -gray."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, []
    width = height = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    return width, height, raw


def _dark_fraction(raw: bytes) -> float:
    # the filter byte per row is noise here; a page with text has many dark pixels
    return sum(1 for b in raw[::7] if b < 128) / max(len(raw[::7]), 1)


def _write(qapp, corpus, path, lang, render=False):
    from junior_planner.render.printing import report as pdf

    i18n.set_language(lang)
    try:
        content = report.build_report(corpus)
        return pdf.write_pdf(content, path, corpus, render_pictures=render)
    finally:
        i18n.set_language("en")


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return unicodedata.normalize("NFKC", out.decode("utf-8"))  # CJK fonts map some glyphs to radicals


@pytest.fixture
def corpus(corpus_bundles):
    return review.load_bundles(corpus_bundles)


@pytest.mark.parametrize("lang, headings", [
    ("en", ["What children proposed", "Method", "Site: Practice lawn", "Top reasons, in the children's words",
            "does not collect children's names, birth dates, schools, photos or locations", "Shady corner",
            "for grandma"]),
    ("zh_CN", ["孩子们的提案", "方法", "场地：练习草坪", "主要理由与孩子们的原话", "不收集孩子的姓名", "给奶奶"]),
])
def test_report_pages_in_both_languages(qapp, corpus, tmp_path, lang, headings):
    out = tmp_path / f"report-{lang}.pdf"
    pages = _write(qapp, corpus, out, lang)
    # cover, method, one site (its map and charts may run onto a second page), reasons, four proposals
    assert 8 <= pages <= 9
    text = _text(out)
    for heading in headings:
        assert unicodedata.normalize("NFKC", heading) in text, heading
    assert "no picture" in text or "没有图片" in text     # the bundles were exported without pictures
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", str(out), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    for image in images:
        width, height, raw = _png_pixels(image)
        assert width < height                            # A4 portrait
        assert _dark_fraction(raw) > 0.002, f"{image.name} looks blank"


def test_a_report_draws_missing_pictures_when_it_can(qapp, corpus, tmp_path):
    out = tmp_path / "pictures.pdf"
    _write(qapp, corpus, out, "en", render=True)
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    if listing.returncode != 0:
        pytest.skip("pdfimages is not available")
    assert len([line for line in listing.stdout.splitlines()[2:] if line.strip()]) >= 8
    assert "no picture" not in _text(out)


def test_report_command(corpus_bundles, tmp_path):
    from junior_planner.cli import main

    out = tmp_path / "cli.pdf"
    assert main(["report", *map(str, corpus_bundles), "--out", str(out), "--no-proposal-pages"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["report", str(tmp_path / "missing.jpbundle"), "--out", str(out)]) == 2
