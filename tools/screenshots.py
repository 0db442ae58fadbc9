"""Screenshots of the app's windows for the README and docs, in both languages.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py [--out DIR]

Prepares the demo workshop in a temporary data folder, opens each window at 1280x800 and at
1024x600 (a small tablet), in English and Chinese, and saves docs/images/<window>-<lang>-<size>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import ROOT, save, settle, start  # noqa: E402,F401

SIZES = ((1280, 800), (1024, 600))


def main(argv=None) -> int:
    args, app = start(__doc__, argv)

    from junior_planner import i18n
    from junior_planner.services import demo
    from junior_planner.store import Store
    from junior_planner.ui.facilitator.home import FacilitatorHome


    with tempfile.TemporaryDirectory() as tmp:
        data = demo.prepare(str(Path(tmp) / "demo"))
        with Store(data) as store:
            for lang in ("en", "zh_CN"):
                i18n.set_language(lang)
                for width, height in SIZES:
                    window = FacilitatorHome(store)
                    window.resize(width, height)
                    window.show()
                    settle(app)
                    save(window, args.out / f"facilitator-home-{lang}-{width}x{height}.png")
                    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
