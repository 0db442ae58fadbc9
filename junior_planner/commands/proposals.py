"""Commands about proposals and files: replay, show, indicators, render, export, validate, import, sheet, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from junior_planner.i18n import _, n_

from junior_planner.commands import EXIT_USER_ERROR, _open_store, _print_json, _table


def cmd_replay(args: argparse.Namespace) -> int:
    from junior_planner.services import workshops
    from junior_planner.services.errors import UserError
    from junior_planner.services.replay import Replay

    def progress(line: int) -> None:
        if args.progress:
            sys.stderr.write(f"done {line}\n")
            sys.stderr.flush()

    with _open_store(args) as store:
        workshop = workshops.find_workshop(store, args.workshop)
        if args.script == "-":
            proposal = Replay(store, workshop, progress).run(sys.stdin.buffer)
        else:
            path = Path(args.script)
            try:
                stream = open(path, "rb")
            except OSError as exc:
                raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
            with stream:
                proposal = Replay(store, workshop, progress).run(stream)
        sys.stdout.write(proposal.id + "\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from junior_planner.services import proposals, workshops

    with _open_store(args) as store:
        proposal = workshops.find_proposal(store, args.proposal)
        _print_json(proposals.proposal_document(store, proposal))
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from junior_planner.i18n import language
    from junior_planner.services import indicators, proposals, workshops
    from junior_planner.services.library import Library
    from junior_planner.services.errors import UserError

    catalog = Library.of().catalog
    definitions = indicators.load_definitions(args.definitions, catalog)
    with _open_store(args) as store:
        proposal = workshops.find_proposal(store, args.proposal)
        if args.json:
            _print_json(proposals.proposal_document(store, proposal, definitions=definitions)["indicators"])
            return 0
        results = indicators.proposal_indicators(store, proposal, definitions, catalog)
        if results is None:
            workshop = store.workshop(proposal.workshop_id)
            raise UserError(_("the site '{site}' of this workshop is not installed here").format(
                site=workshop.site_id if workshop else "?"))
    lang = language()
    units = {"m2": " m²", "percent": " %"}
    rows = [(_("ID"), _("value"), _("target"), _("met"), _("in words"))]
    for r in results:
        if r.value is None:
            value, met = "–", _("does not apply here")
        else:
            value = indicators.format_number(r.value) + units.get(r.unit, "")
            if r.kind == "category_variety":
                value = _("{value} of {total}").format(value=value, total=r.details["total"])
            met = "–" if r.met is None else (_("yes") if r.met else _("no"))
        if r.target is None:
            target = "–"
        else:
            text = indicators.format_number(r.target.value) + units.get(r.unit, "")
            target = (_("at least {target}") if r.target.direction == "at_least" else _("at most {target}")).format(target=text)
        rows.append((r.id, value, target, met, r.caption(lang)))
    _table(rows)
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from junior_planner.render import snapshot  # Qt-free until it draws
    from junior_planner.services import workshops
    from junior_planner.services.library import Library
    from junior_planner.services.errors import UserError

    low, high = snapshot.MIN_SIZE, snapshot.MAX_SIZE
    parts = args.size.lower().split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise UserError(_("--size must look like 1280x800 (width x height in pixels), not '{size}'").format(size=args.size))
    width, height = (int(p) for p in parts)
    if not (low <= width <= high and low <= height <= high):
        raise UserError(_("--size must be {low} to {high} pixels each way, not {width}x{height}").format(
            low=low, high=high, width=width, height=height))
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
    with _open_store(args) as store:
        proposal = workshops.find_proposal(store, args.proposal)
        workshop = store.workshop(proposal.workshop_id)
        assert workshop is not None
        site = Library.of(store).site(workshop.site_id)
        if site is None:
            raise UserError(_("the site '{site}' of this workshop is not installed here").format(site=workshop.site_id))
    problem = snapshot.display_problem()
    if problem:
        raise UserError(problem)
    try:
        image = snapshot.render_proposal(proposal, site, Library.of(store).catalog, args.view, (width, height))
    except snapshot.RenderError as exc:
        raise UserError(str(exc)) from None
    if not image.save(str(out), "PNG"):
        raise UserError(_("cannot write {path}").format(path=out))
    return 0


def _snapshot_renderer():
    """(renderer, note): a function drawing PNG pictures, or None and why there is none."""
    from junior_planner.render import snapshot  # Qt-free until it draws
    from junior_planner.services.bundle import SNAPSHOT_SIZE
    from junior_planner.services.library import Library

    return snapshot.png_renderer(lambda: Library.of().catalog, SNAPSHOT_SIZE)


def _progress_line():
    """A progress line on the terminal for a long export, rewritten in place."""
    def show(done: int, total: int) -> None:
        sys.stderr.write("\r" + _("exporting: {done} of {total}").format(done=done, total=total)
                         + ("\n" if done >= total else ""))
        sys.stderr.flush()
    return show


def cmd_export(args: argparse.Namespace) -> int:
    from junior_planner.services import bundle, workshops

    import tempfile

    from junior_planner.services import web
    from junior_planner.services.errors import UserError

    if not args.out and not args.web:
        raise UserError(_("say where to write: --out FILE.jpbundle, --web FOLDER, or both"))
    renderer, note = (None, _("pictures were not asked for (--no-snapshots)")) if args.no_snapshots else _snapshot_renderer()
    with tempfile.TemporaryDirectory(prefix="junior-planner-export-") as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "web.jpbundle"
        with _open_store(args) as store:
            workshop = workshops.find_workshop(store, args.workshop)
            result = bundle.export_bundle(store, workshop, out, include_audio=args.include_audio,
                                          history=args.history, snapshots=renderer, snapshot_note=note,
                                          progress=_progress_line() if sys.stderr.isatty() else None)
        if args.out:
            sys.stdout.write(result.summary() + "\n")
        if not result.manifest["snapshots"]["included"]:
            sys.stderr.write(_("note: {note}").format(note=result.manifest["snapshots"]["note"]) + "\n")
        sys.stdout.write(_("done: every checksum verified") + "\n")
        if args.web:
            folder = Path(args.web)
            try:
                web.write_folder(out, folder)
            except OSError as exc:
                raise UserError(_("cannot write {path}: {reason}").format(path=folder, reason=exc.strerror or exc)) from None
            sys.stdout.write(_("wrote the web view: open {path} in a browser").format(path=folder / "index.html") + "\n")
    return 0


def cmd_publish_web(args: argparse.Namespace) -> int:
    from junior_planner.services import web
    from junior_planner.services.errors import UserError

    for path in args.bundles:
        if not Path(path).is_file():
            raise UserError(_("there is no file {path}").format(path=path))
    try:
        result = web.publish([Path(p) for p in args.bundles], Path(args.out))
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=args.out, reason=exc.strerror or exc)) from None
    sys.stdout.write(result.describe() + "\n")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from junior_planner.services import bundle

    checked = bundle.check(Path(args.bundle))
    if checked.problems:
        for problem in checked.problems:
            sys.stderr.write(f"junior-planner: {problem}\n")
        return EXIT_USER_ERROR
    sys.stdout.write(checked.summary() + "\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from junior_planner.services import bundle

    with _open_store(args) as store:
        result = bundle.import_bundle(store, Path(args.bundle))
    sys.stdout.write(result.summary() + "\n")
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from junior_planner.render.printing import sheet
    from junior_planner.services import workshops

    with _open_store(args) as store:
        proposal = workshops.find_proposal(store, args.proposal)
        out = sheet.write_sheet(store, proposal, Path(args.out))
    sys.stdout.write(str(out) + "\n")
    return 0


def cmd_report(args: argparse.Namespace) -> int:

    from junior_planner.services import review
    from junior_planner.services.errors import UserError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
    from junior_planner.commands.archive import review_source

    source = review_source(args)
    if source is not None:
        from junior_planner.services.archive_review import ArchiveCorpus

        corpus = ArchiveCorpus.open(*source)
    else:
        if not args.bundles:
            raise UserError(_("give the bundles to report on, or --db for the city archive"))
        corpus = review.Corpus()
    with corpus:   # the archive's connection is let go of however the report ends
        return _write_report(args, corpus, out, source)


def _write_report(args: argparse.Namespace, corpus, out: Path, source) -> int:
    import os

    from junior_planner.render import snapshot
    from junior_planner.services import report, review
    from junior_planner.services.errors import UserError

    if source is not None and not len(corpus):
        raise UserError(_("the archive has no proposals in {scope}").format(scope=source[1].describe()))
    for path in args.bundles:  # a report from a broken bundle would mislead: refuse, don't skip
        if not Path(path).is_file():
            raise UserError(_("there is no file {path}").format(path=path))
        corpus.add_bundle(review.check_for_review(Path(path)))
    problem = snapshot.display_problem()
    if problem:  # QPdfWriter needs no display; pictures that the bundles lack are then left out
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from junior_planner.render.qtapp import application
    from junior_planner.render.printing import report as pdf

    application()
    content = report.build_report(corpus, title=args.title, proposal_pages=not args.no_proposal_pages)
    try:
        pages = pdf.write_pdf(content, out, corpus, render_pictures=problem is None, why_no_pictures=problem or "")
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=out, reason=exc.strerror or exc)) from None
    if not out.is_file() or out.stat().st_size == 0:
        raise UserError(_("cannot write {path}").format(path=out))
    sys.stdout.write(_("wrote {path}: {pages}, {proposals}").format(
        path=out, pages=n_("%n pages", pages), proposals=n_("%n proposals", len(corpus))) + "\n")
    return 0
