"""The "My design" sheet: one A4 page per proposal with two pictures, the title, the explorers,
the favourite, the stickers and reasons as words, their own words and a thank-you line, in the
current language (Chinese with a real CJK font); one-line errors on the command line."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from junior_planner.cli import main
from junior_planner.render import snapshot
from junior_planner.render.printing import sheet as sheet_pdf
from junior_planner.services import sheet
from tests.ui.gallery.scripts import school_gate_workshop

snapshot.share_gl_contexts()

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (pdftotext, pdftoppm, pdfinfo)")


@pytest.fixture
def workshop(data_dir):
    store, ws, proposals, other = school_gate_workshop(data_dir)
    store.close()
    return ws, proposals


def test_the_story_is_in_words_in_the_current_language(data_dir):
    store, _ws, (first, _draft, second), _other = school_gate_workshop(data_dir)
    with store:
        story = sheet.design_story(store, store.proposal(first.id))
        assert story.title == "Slide street" and story.site_name == "School gate"
        assert [e.name for e in story.explorers] == ["Red Tiger"]
        assert story.favourite_name == "Slide" and story.block_count == 3
        assert story.notes[0].sticker_name == "I love it"
        assert story.notes[0].reasons == ("for little kids", "play together")
        assert story.notes[0].text == "the slide is for everyone"
        zh = sheet.design_story(store, store.proposal(second.id), lang="zh_CN")
        assert zh.site_name == "学校门口"
        assert [e.name for e in zh.explorers] == ["绿色熊猫", "粉色兔子"]
        assert zh.notes[0].reasons == ("安全过马路", "更多灯光") or all(ord(ch) > 0x2E80 or ch in " ，" for r in zh.notes[0].reasons for ch in r)
        assert "Red Tiger" not in {e.name for e in sheet.design_story(store, store.proposal(first.id), lang="zh_CN").explorers}


# Qt's PDF writer maps a glyph back to the first code point that uses it, and the CJK fonts share
# some glyphs with the radical blocks: "马" and "门" come back from pdftotext as "⻢" and "⻔"
# (they look the same on paper). Map those back before searching.
RADICALS = str.maketrans({"⻢": "马", "⻔": "门", "⻓": "长", "⻋": "车", "⻅": "见", "⻛": "风", "⻉": "贝", "⻘": "青",
                          "⻝": "食", "⻥": "鱼", "⻦": "鸟", "⻄": "西", "⻚": "页", "⻜": "飞"})


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).translate(RADICALS)


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _not_blank(pdf: Path, tmp_path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    # A4 portrait at 50 dpi
    assert (image.width(), image.height()) in ((413, 585), (414, 585), (413, 584))
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    pixels = data[:, : image.width(), :3].astype(int)
    assert pixels.std() > 30, "the page is blank"
    assert len(np.unique(pixels.reshape(-1, 3) // 16, axis=0)) > 50, "the page has no pictures"
    return pixels


@pytest.mark.gl
@needs_poppler
def test_the_sheet_is_one_a4_page_with_the_title_and_pictures(qapp, capsys, tmp_path, data_dir, workshop):
    _ws, (first, _draft, _second) = workshop
    out = tmp_path / "my-design.pdf"
    code = main(["--data-dir", str(data_dir), "sheet", first.id[:8], "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert out.is_file() and stdout.strip() == str(out)
    assert _pages(out) == 1
    text = _pdf_text(out)
    for words in ("Slide street", "Red Tiger", "School gate", "I love it", "for little kids", "the slide is for everyone",
                  "Thank you for helping plan School gate!", "We placed 3 things"):
        assert words in text
    _not_blank(out, tmp_path)


@pytest.mark.gl
@needs_poppler
def test_a_chinese_sheet_has_chinese_words_in_a_real_font(qapp, capsys, tmp_path, data_dir, workshop):
    _ws, (_first, _draft, second) = workshop
    out = tmp_path / "zh.pdf"
    code = main(["--data-dir", str(data_dir), "--lang", "zh_CN", "sheet", second.id[:8], "--out", str(out)])
    _stdout, err = capsys.readouterr()
    assert code == 0, err
    text = _pdf_text(out)
    for words in ("安全上学路", "我的设计", "绿色熊猫", "过马路要安全", "谢谢你帮忙规划"):
        assert words in text, (words, text)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout if shutil.which("pdffonts") else ""
    assert not fonts or "CJK" in fonts  # the Chinese is drawn with the CJK font, not boxes
    _not_blank(out, tmp_path)


def test_mistakes_are_one_line_and_exit_2(capsys, tmp_path, data_dir, workshop, monkeypatch):
    _ws, (first, _draft, _second) = workshop
    code = main(["--data-dir", str(data_dir), "sheet", "ffffffff", "--out", str(tmp_path / "x.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "there is no proposal 'ffffffff'" in err
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code = main(["--data-dir", str(data_dir), "sheet", first.id[:8], "--out", str(tmp_path / "x.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "xvfb-run" in err
    assert not (tmp_path / "x.pdf").exists()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    code = main(["--data-dir", str(data_dir), "sheet", first.id[:8], "--out", str(tmp_path / "nowhere" / "x.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err


def test_gallery_mistakes_are_one_line_and_exit_2(capsys, data_dir, workshop, monkeypatch):
    ws, _proposals = workshop
    assert main(["--data-dir", str(data_dir), "gallery", "--workshop", "ffffffff"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--data-dir", str(data_dir), "gallery", "--workshop", ws.id[:8]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "xvfb-run" in err


def test_chinese_has_a_cjk_font(qapp):
    family = sheet_pdf.cjk_font_family()
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font installed here (fonts-noto-cjk)")
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert sheet_pdf.sheet_font_families()[-1] == family
