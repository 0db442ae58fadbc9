"""Commands that open a window: the facilitator panel, demo, kiosk, build, gallery, review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from junior_planner.i18n import _

from junior_planner.commands import _open_store


def cmd_demo(args: argparse.Namespace) -> int:
    from junior_planner.services import demo

    data_dir = demo.prepare(args.data_dir, reset=args.reset, say=lambda line: sys.stderr.write(line + "\n"))
    if args.no_window:
        sys.stdout.write(str(data_dir) + "\n")
        return 0
    from junior_planner.app import run_app

    return run_app(data_dir, screenshot=args.screenshot)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from junior_planner.app import run_kiosk
    from junior_planner.services import workshops
    from junior_planner.services.errors import UserError
    from junior_planner.services.pin import PinGuard
    from junior_planner.store.database import default_data_dir

    if not 0.75 <= args.size <= 2.0:
        raise UserError(_("--size must be between 0.75 and 2"))
    with _open_store(args) as store:
        ws = workshops.find_workshop(store, args.workshop)
        if not PinGuard(store, ws.id).has_pin:
            raise UserError(_("set a facilitator PIN first: junior-planner workshop pin {id}").format(id=ws.id[:8]))
    if args.frame_times:
        from junior_planner.render import viewport

        viewport.FRAME_TIMES["on"] = True
    return run_kiosk(default_data_dir(args.data_dir), ws.id, windowed=args.windowed, scale=args.size,
                     high_contrast=args.high_contrast, screenshot=args.screenshot)


def cmd_app(args: argparse.Namespace) -> int:
    from junior_planner.app import run_app
    from junior_planner.store.database import default_data_dir

    return run_app(default_data_dir(args.data_dir), screenshot=args.screenshot)


def cmd_build(args: argparse.Namespace) -> int:
    from junior_planner.services import workshops
    from junior_planner.services.errors import UserError

    if (args.pseudonym is None) != (args.age_band is None):
        raise UserError(_("give --pseudonym and --age-band together"))
    with _open_store(args) as store:
        workshop = workshops.find_workshop(store, args.workshop)
        if args.proposal:
            if args.pseudonym:
                raise UserError(_("--pseudonym starts a new proposal; leave it out with --proposal"))
            proposal = workshops.find_proposal(store, args.proposal)
            if proposal.workshop_id != workshop.id:
                raise UserError(_("proposal '{id}' belongs to another workshop").format(id=proposal.id))
        else:
            child = workshops.new_participant(workshop, args.pseudonym, args.age_band) if args.pseudonym else None
            proposal = workshops.start_proposal(store, workshop, child)
        sys.stdout.write(proposal.id + "\n")
        sys.stdout.flush()
        if args.frame_times:
            from junior_planner.render import viewport

            viewport.FRAME_TIMES["on"] = True
        from junior_planner.ui.editor.window import run_editor

        return run_editor(store, proposal, screenshot=args.screenshot)


def cmd_gallery(args: argparse.Namespace) -> int:
    from junior_planner.render import snapshot  # Qt-free until it draws
    from junior_planner.services import workshops
    from junior_planner.services.errors import UserError

    with _open_store(args) as store:
        ws = workshops.find_workshop(store, args.workshop)
        problem = snapshot.display_problem()
        if problem:
            raise UserError(problem)
        from junior_planner.ui.gallery.window import run_gallery

        return run_gallery(store, ws.id, windowed=args.windowed, screenshot=args.screenshot)


def cmd_review(args: argparse.Namespace) -> int:
    from junior_planner.services.errors import UserError
    from junior_planner.store.database import default_data_dir

    from junior_planner.commands.archive import review_source

    source = review_source(args)
    missing = [b for b in args.bundles if not Path(b).is_file()]
    if missing:
        raise UserError(_("there is no file {path}").format(path=missing[0]))
    from junior_planner.ui.review.window import run_review

    return run_review(default_data_dir(args.data_dir), [Path(b) for b in args.bundles], screenshot=args.screenshot,
                      archive=source)


def cmd_doctor(args: argparse.Namespace) -> int:
    import json

    from junior_planner.render import doctor, snapshot
    from junior_planner.services.errors import UserError

    problem = snapshot.display_problem()
    if problem:
        raise UserError(_("cannot draw here: {reason}").format(reason=problem))
    found = doctor.measure()
    if args.json:
        sys.stdout.write(json.dumps(found, indent=1) + "\n")
        return 0
    names = {"full": _("full"), "normal": _("normal"), "low": _("low")}
    lines = [_("3D drawing: {renderer} (OpenGL {version})").format(renderer=found["renderer"], version=found["gl_version"])]
    if found["software"]:
        lines.append(_("This is drawing in software (no 3D graphics driver): choose a lower detail level."))
    lines.append(_("One frame of the demo site at {width}x{height}:").format(width=found["size"][0], height=found["size"][1]))
    for level, ms in found["frame_ms"].items():
        lines.append("  " + _("{level}: {ms} ms ({fps} frames a second)").format(
            level=names.get(level, level), ms=f"{ms:g}", fps=f"{1000.0 / ms:.0f}" if ms > 0 else "-"))
    suggested = found["suggested_detail"]
    if suggested is None:
        lines.append(_("Suggestion: this computer is too slow for the 3D view even at low detail; use another one."))
    else:
        lines.append(_("Suggestion: set the workshop's 3D detail to '{level}' (junior-planner workshop edit ID "
                       "--detail {level}).").format(level=suggested))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
