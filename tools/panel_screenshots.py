"""Screenshots of the facilitator panel, the workshop form and the free-text review, in English
and Chinese, at 1280x800.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/panel_screenshots.py [--out DIR]

Prepares the demo workshop in a throw-away data folder, adds an expired workshop (so the purge
notice shows) and a note in which a child typed a friend's explorer name and a phone number, and
saves docs/images/panel-<what>-<lang>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import ROOT, save, settle, start  # noqa: E402,F401

SIZE = (1280, 800)


def _settle(app, widget) -> None:
    widget.resize(*SIZE)
    widget.show()
    settle(app)


def main(argv=None) -> int:
    args, app = start(__doc__, argv)

    from junior_planner import i18n
    from junior_planner.model.commands import Annotate
    from junior_planner.model.entities import Annotation, new_id
    from junior_planner.services import data_rights, demo, workshops
    from junior_planner.store import Store
    from junior_planner.ui.facilitator.home import FacilitatorHome
    from junior_planner.ui.facilitator.redaction import ReviewDialog
    from junior_planner.ui.facilitator.workshop_form import WorkshopForm

    for lang in ("en", "zh_CN"):
        i18n.set_language(lang)
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            demo.prepare(str(data))
            with Store(data) as store:
                ws = store.workshops()[0]
                ws = data_rights.edit_workshop(store, ws, keep_until="2099-09-30", voice_notes=False)
                old = data_rights.create_workshop(store, "practice-lawn",
                                                  "去年的校园工作坊" if lang == "zh_CN" else "Last year's school workshop",
                                                  keep_until="2024-06-30", on="2024-01-01")
                gone = workshops.start_proposal(store, old)
                workshops.join(store, gone, "Silver Owl", "9-11")
                shady = next(store.proposal(s.id) for s in store.proposal_summaries(ws.id) if s.participants == 2)
                editor = workshops.open_editor(store, shady)
                editor.proposal.status = "draft"
                words = ("我和蓝色狐狸一起做的，电话 138 0013 8000" if lang == "zh_CN"
                         else "made with Blue Fox, call me 0171 555 0123")
                editor.execute(Annotate(annotation=Annotation(uuid=new_id(), point=(3.0, 3.0, 0.0), sticker="idea",
                                                              text=words, author=shady.participants[1])))
                store.set_status(shady.id, "submitted", shady.updated_at)
                data_rights.record_consent(store, shady.participants[0], True, "2025-03")

                window = FacilitatorHome(store)
                _settle(app, window)
                import time

                end = time.monotonic() + 3.0  # the picture of the chosen proposal is drawn after a short pause
                while time.monotonic() < end and not window.picture.isVisible():
                    app.processEvents()
                    time.sleep(0.02)
                window.grab().save(str(args.out / f"panel-home-{lang}.png"))
                window.tabs.setCurrentWidget(window.participants)
                window.participants.table.setCurrentCell(0, 0)
                _settle(app, window)
                window.grab().save(str(args.out / f"panel-children-{lang}.png"))

                form = WorkshopForm(store, store.workshop(ws.id), parent=window)
                _settle(app, form)
                form.grab().save(str(args.out / f"panel-workshop-form-{lang}.png"))
                form.close()
                new = WorkshopForm(store, parent=window)
                _settle(app, new)
                new.grab().save(str(args.out / f"panel-new-workshop-{lang}.png"))
                new.close()

                review = ReviewDialog(store, ws.id, parent=window)
                _settle(app, review)
                review.grab().save(str(args.out / f"panel-review-{lang}.png"))
                review.close()
                window.close()
                for name in ("home", "children", "workshop-form", "new-workshop", "review"):
                    print(args.out / f"panel-{name}-{lang}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
