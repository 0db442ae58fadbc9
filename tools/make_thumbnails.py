"""Render every block's thumbnail with the app's own offscreen renderer.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/make_thumbnails.py [--out DIR]

Writes assets/icons/blocks/<id>-256.png and <id>-128.png (the kiosk palette uses them), and
docs/images/blocks-contact-sheet.png, a labelled contact sheet. tests/render/test_thumbnails.py
fails when a committed thumbnail is out of date: run this after changing a block model.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (256, 128)


def render_thumbnails(out: Path) -> list[Path]:
    from PySide6.QtCore import Qt

    from junior_planner.meshes.loader import load_file
    from junior_planner.render.offscreen import OffscreenView, block_view
    from junior_planner.resources import model3d
    from junior_planner.services import library

    out.mkdir(parents=True, exist_ok=True)
    catalog = library.load_catalog()
    view = OffscreenView(SIZES[0], SIZES[0])
    written = []
    for block in catalog.blocks.values():
        if not block.model:
            continue
        block_view(view, load_file(model3d(block.model)), block.width, block.depth, block.height)
        image = view.image()
        for size in SIZES:
            scaled = image if size == SIZES[0] else image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                                                  Qt.TransformationMode.SmoothTransformation)
            path = out / f"{block.id}-{size}.png"
            scaled.save(str(path))
            written.append(path)
    view.close()
    return written


def contact_sheet(thumbnails: Path, target: Path) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from junior_planner.services import library

    blocks = list(library.load_catalog().blocks.values())
    tile, cols = 200, 7
    rows = (len(blocks) + cols - 1) // cols
    sheet = QImage(cols * tile, rows * (tile + 40), QImage.Format.Format_RGB32)
    sheet.fill(QColor(255, 255, 255))
    painter = QPainter(sheet)
    for i, block in enumerate(blocks):
        x, y = (i % cols) * tile, (i // cols) * (tile + 40)
        image = QImage(str(thumbnails / f"{block.id}-256.png")).scaled(tile, tile, Qt.AspectRatioMode.KeepAspectRatio,
                                                                        Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x, y, image)
        painter.drawText(QRect(x, y + tile, tile, 20), Qt.AlignmentFlag.AlignCenter, f"{block.names['en']} · {block.category}")
        painter.drawText(QRect(x, y + tile + 18, tile, 20), Qt.AlignmentFlag.AlignCenter, block.names["zh_CN"])
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(target))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "icons" / "blocks")
    parser.add_argument("--sheet", type=Path, default=ROOT / "docs" / "images" / "blocks-contact-sheet.png")
    args = parser.parse_args(argv)
    written = render_thumbnails(args.out)
    contact_sheet(args.out, args.sheet)
    print(f"wrote {len(written)} thumbnails to {args.out} and {args.sheet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
