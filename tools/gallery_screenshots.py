"""Screenshots of the end-of-workshop gallery and page images of "My design" sheets, in English
and Chinese, on a scripted school-gate workshop.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/gallery_screenshots.py [--out DIR]

Makes a throw-away workshop (three groups' edit scripts, replayed exactly as children's edits),
then saves docs/images/gallery-<n>-<lang>.png (1280x800, a few seconds into each design's walk)
and docs/images/sheet-<n>-<lang>.png (the A4 sheet rendered by pdftoppm at 80 dpi).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import ROOT, save, settle, start  # noqa: E402,F401

SCRIPTS = [
    [
        {"op": "join", "pseudonym": "red-tiger", "age_band": "6-8", "avatar": "tiger"},
        {"op": "join", "pseudonym": "sky-dolphin", "age_band": "9-11", "avatar": "dolphin"},
        {"op": "place", "block": "slide", "x": 8.0, "y": 6.0, "yaw": 90, "as": "slide"},
        {"op": "place", "block": "swing", "x": 15.0, "y": 8.0, "as": "swing"},
        {"op": "place", "block": "sandpit", "x": 10.0, "y": -1.0},
        {"op": "place", "block": "bench", "x": 3.0, "y": 2.0, "yaw": 90, "as": "bench"},
        {"op": "place", "block": "tree", "x": 17.0, "y": 1.0},
        {"op": "place", "block": "tree", "x": 3.0, "y": 11.0},
        {"op": "place", "block": "flower-bed", "x": 12.0, "y": 12.0},
        {"op": "annotate", "target": "slide", "sticker": "love", "reasons": ["for-little-kids", "play-together"],
         "text": "we can play after school"},
        {"op": "annotate", "target": "bench", "sticker": "like", "reasons": ["place-to-sit"],
         "text": "for grandpa while he waits"},
        {"op": "submit", "title": "Play corner by the gate", "favourite": "slide"},
    ],
    [
        {"op": "join", "pseudonym": "green-panda", "age_band": "9-11", "avatar": "panda"},
        {"op": "join", "pseudonym": "pink-rabbit", "age_band": "6-8", "avatar": "rabbit"},
        {"op": "place", "block": "crossing", "x": 0.0, "y": -11.0, "as": "crossing"},
        {"op": "place", "block": "street-light", "x": 4.0, "y": -12.0, "as": "light"},
        {"op": "place", "block": "street-light", "x": -4.0, "y": -12.0},
        {"op": "place", "block": "bike-rack", "x": -9.0, "y": -11.0},
        {"op": "place", "block": "bench", "x": -5.0, "y": -5.0},
        {"op": "place", "block": "tree", "x": -9.0, "y": -4.0},
        {"op": "place", "block": "tree", "x": 6.0, "y": -5.0},
        {"op": "annotate", "target": "crossing", "sticker": "unsafe", "reasons": ["safe-crossing"],
         "text": "汽车开得太快了"},
        {"op": "annotate", "target": "light", "sticker": "idea", "reasons": ["more-light"],
         "text": "it is dark in winter"},
        {"op": "submit", "title": "安全上学路", "favourite": "crossing"},
    ],
    [
        {"op": "join", "pseudonym": "purple-owl", "age_band": "12-14", "avatar": "owl"},
        {"op": "place", "block": "reading-corner", "x": -16.0, "y": 6.0, "as": "reading"},
        {"op": "place", "block": "tree", "x": -21.0, "y": 3.0},
        {"op": "place", "block": "tree", "x": -20.0, "y": 11.0},
        {"op": "place", "block": "flower-bed", "x": -12.0, "y": 11.0},
        {"op": "place", "block": "picnic-table", "x": -11.0, "y": 3.0, "as": "table"},
        {"op": "place", "block": "drinking-fountain", "x": -8.0, "y": 8.0},
        {"op": "annotate", "target": "reading", "sticker": "love", "reasons": ["quiet-corner", "more-shade"],
         "text": "a quiet place to read"},
        {"op": "annotate", "target": "table", "sticker": "like", "reasons": ["meet-friends"]},
        {"op": "submit", "title": "Green reading garden", "favourite": "reading"},
    ],
]


def build_workshop(data_dir: Path, site: str):
    from junior_planner.services import workshops
    from junior_planner.services.replay import Replay
    from junior_planner.store import Store

    store = Store(data_dir)
    ws = workshops.new_workshop(store, site, "Our school gate")
    proposals = []
    for lines in SCRIPTS:
        data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8")
        proposals.append(Replay(store, ws).run(io.BytesIO(data)))
        time.sleep(0.01)  # distinct submission times
    return store, ws, proposals


def main(argv=None) -> int:
    args, app = start(__doc__, argv, site="school-gate")

    from junior_planner import i18n
    from junior_planner.render.printing import sheet
    from junior_planner.services.library import load_catalog

    with tempfile.TemporaryDirectory() as tmp:
        store, ws, proposals = build_workshop(Path(tmp) / "data", args.site)
        try:
            from junior_planner.ui.gallery.window import GalleryWindow

            for lang in ("en", "zh_CN"):
                i18n.set_language(lang)
                window = GalleryWindow(store, ws.id)
                window.resize(1280, 800)
                window.show()
                for index, moment in ((0, 7.0), (1, 14.0), (2, 6.0)):
                    window.show_proposal(index)
                    window.timer.stop()
                    window.show_time(moment)
                    deadline = time.monotonic() + 0.5
                    while time.monotonic() < deadline:
                        app.processEvents()
                        time.sleep(0.01)
                    path = args.out / f"gallery-{index + 1}-{lang}.png"
                    window.grab().save(str(path))
                    print(path)
                window.close()
                window.deleteLater()
                app.processEvents()

            pictures = sheet.SheetPictures(load_catalog())
            for lang in ("en", "zh_CN"):
                i18n.set_language(lang)
                for index, proposal in enumerate(proposals[:2]):
                    pdf = Path(tmp) / f"sheet-{index + 1}-{lang}.pdf"
                    sheet.write_sheet(store, store.proposal(proposal.id), pdf, pictures)
                    if shutil.which("pdftoppm") is None:
                        print("pdftoppm is missing (poppler-utils): no sheet pictures", file=sys.stderr)
                        continue
                    stem = args.out / f"sheet-{index + 1}-{lang}"
                    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(stem)], check=True)
                    print(f"{stem}.png")
            pictures.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
