"""The command line (the contract in docs/architecture.md). Composition root for scripts.

Every user mistake ends with one line on stderr and exit code 2; Qt is imported only by the
commands that open a window, so scripted commands start fast.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import traceback
from pathlib import Path
from typing import Any, Optional, Sequence

from junior_planner import __version__
from junior_planner.i18n import _, set_language

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} ({_('see --help')})\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="junior-planner",
                description=_("Junior Planner: children design their own places in 3D. "
                              "Without a command, opens the facilitator home."))
    p.add_argument("--version", action="version", version=f"junior-planner {__version__}")
    _add_global_options(p, None)
    common = _Parser(add_help=False)
    _add_global_options(common, argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser = functools.partial(sub.add_parser, parents=[common])  # type: ignore[method-assign]

    demo = sub.add_parser("demo", help=_("open the app on the bundled demo workshop (prepared on first use)"))
    demo.add_argument("--reset", action="store_true", help=_("start the demo data again from scratch"))
    demo.add_argument("--no-window", action="store_true", help=_("prepare the demo data only"))

    sites = sub.add_parser("sites", help=_("list the sites, in English and Chinese"))
    sites.add_argument("--json", action="store_true", help=_("print JSON"))
    site = sub.add_parser("site", help=_("import a site of your own"))
    site_sub = site.add_subparsers(dest="site_command", metavar="import|area", parser_class=_Parser)
    site_sub.add_parser = functools.partial(site_sub.add_parser, parents=[common])  # type: ignore[method-assign]
    imp = site_sub.add_parser("import", help=_("import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON "
                                               "footprints with heights; prints the new site id"))
    imp.add_argument("file", metavar="FILE", help=_("the file to import"))
    imp.add_argument("--name", help=_("the site's name (default: the file name)"))
    imp.add_argument("--up", choices=["y", "z"], help=_("which axis points up in the file (default: y for glTF, z otherwise)"))
    imp.add_argument("--units", choices=["m", "cm", "mm"], default="m", help=_("the file's length unit (default: m)"))
    imp.add_argument("--max-triangles", type=int, default=5_000_000, help=_("refuse models with more triangles than this (default: {default:,})").format(default=5_000_000))
    area = site_sub.add_parser("area", help=_("set an imported site's buildable area from GeoJSON polygons "
                                              "(site-local metres, or lon/lat for sites imported from GeoJSON)"))
    area.add_argument("site", metavar="SITE_ID", help=_("the imported site"))
    area.add_argument("file", metavar="AREA.geojson", help=_("polygons where children may build"))
    blocks = sub.add_parser("blocks", help=_("list the block catalog, in English and Chinese"))
    blocks.add_argument("--json", action="store_true", help=_("print JSON"))

    ws = sub.add_parser("workshop", help=_("create or list workshops, or set a workshop's PIN"))
    ws_sub = ws.add_subparsers(dest="workshop_command", metavar="new|edit|list|pin", parser_class=_Parser)
    ws_sub.add_parser = functools.partial(ws_sub.add_parser, parents=[common])  # type: ignore[method-assign]
    new = ws_sub.add_parser("new", help=_("create a workshop and print its id"))
    new.add_argument("--site", required=True, help=_("site id (see 'junior-planner sites')"))
    new.add_argument("--title", required=True, help=_("the workshop's title"))
    new.add_argument("--budget", type=_positive_number, help=_("budget units each proposal may spend"))
    new.add_argument("--blocks", metavar="ID,ID,...", help=_("only these block types (default: all)"))
    pin = ws_sub.add_parser("pin", help=_("set the facilitator PIN that closes the kiosk (read from standard input)"))
    pin.add_argument("workshop", metavar="ID", help=_("workshop id (or its first characters)"))
    wl = ws_sub.add_parser("list", help=_("list workshops"))
    wl.add_argument("--json", action="store_true", help=_("print JSON"))
    wedit = ws_sub.add_parser("edit", help=_("change a workshop's settings (only the ones given)"))
    wedit.add_argument("workshop", metavar="ID", help=_("workshop id (or its first characters)"))
    wedit.add_argument("--title", help=_("the workshop's title"))
    wedit.add_argument("--budget", metavar="N|none", help=_("budget units each proposal may spend, or 'none'"))
    wedit.add_argument("--blocks", metavar="ID,ID,...|all", help=_("only these block types, or 'all'"))
    wedit.add_argument("--idle-minutes", metavar="N", help=_("minutes before an idle kiosk starts over"))
    wedit.add_argument("--voice-notes", choices=["on", "off"], help=_("may children record voice notes (only with consent covering audio)"))
    wedit.add_argument("--keep-until", metavar="YYYY-MM-DD|none", help=_("the date after which the workshop's data is deleted, or 'none'"))
    wedit.add_argument("--consent-on-file", metavar="NOTICE|none",
                       help=_("guardians consented for every child (give the notice version); 'none': without "
                              "recorded consent, kiosk work is deleted when the child finishes or leaves"))

    kiosk = sub.add_parser("kiosk", help=_("the children's kiosk for a workshop, full screen; "
                                           "exits with 0 only when a facilitator closes it with the PIN"))
    kiosk.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    kiosk.add_argument("--windowed", action="store_true", help=_("a normal window instead of full screen (for trying it out)"))
    kiosk.add_argument("--size", type=float, default=1.0, help=_("make buttons and text bigger or smaller (0.75 to 2)"))
    kiosk.add_argument("--high-contrast", action="store_true", help=_("black on white, with strong outlines"))
    props = sub.add_parser("proposals", help=_("list proposals"))
    props.add_argument("--workshop", metavar="ID", help=_("only this workshop's proposals"))
    props.add_argument("--json", action="store_true", help=_("print JSON"))

    replay = sub.add_parser("replay", help=_("apply an edit script (JSON lines) as one participant group; prints the proposal id"))
    replay.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    replay.add_argument("script", metavar="SCRIPT.jsonl", help=_("the edit script, or - for standard input"))
    replay.add_argument("--progress", action="store_true", help=_("print 'done N' on stderr after each committed line"))

    show = sub.add_parser("show", help=_("print a proposal as JSON (the export's shape)"))
    show.add_argument("proposal", metavar="PROPOSAL_ID", help=_("proposal id (or its first characters)"))

    ind = sub.add_parser("indicators", help=_("print a proposal's child-friendly indicators (play area, green, shade, seats, safety, budget...)"))
    ind.add_argument("proposal", metavar="PROPOSAL_ID", help=_("proposal id (or its first characters)"))
    ind.add_argument("--json", action="store_true", help=_("print JSON"))
    ind.add_argument("--definitions", metavar="FILE", help=_("an indicator definitions file (default: the bundled one; see docs/indicators.md)"))

    build = sub.add_parser("build", help=_("open the 3D editor in a window on a new or existing draft proposal (for facilitators and trying things out); prints the proposal id"))
    build.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    build.add_argument("--proposal", metavar="ID", help=_("open this proposal instead of starting a new one"))
    build.add_argument("--pseudonym", metavar="NAME", help=_("the child's pseudonym for a new proposal"))
    build.add_argument("--age-band", metavar="BAND", help=_("the child's age band, with --pseudonym"))

    render = sub.add_parser("render", help=_("save a picture of a proposal on its site (needs a display, or xvfb-run)"))
    render.add_argument("proposal", metavar="PROPOSAL_ID", help=_("proposal id (or its first characters)"))
    render.add_argument("--view", choices=["top", "child", "orbit"], default="top",
                        help=_("top: straight down over the whole site; child: a child's eye, 1 m above the ground; "
                               "orbit: the site's bird's-eye view (default: top)"))
    render.add_argument("--out", required=True, metavar="FILE.png", help=_("where to write the PNG picture"))
    render.add_argument("--size", default="1280x800", metavar="WxH", help=_("picture size in pixels (default: 1280x800)"))

    export = sub.add_parser("export", help=_("write a workshop's proposals as a bundle for planners (.jpbundle, a zip)"))
    export.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    export.add_argument("--out", required=True, metavar="FILE.jpbundle", help=_("where to write the bundle"))
    export.add_argument("--include-audio", action="store_true", help=_("include the voice notes (left out by default)"))
    export.add_argument("--history", action="store_true", help=_("include every proposal's edit history"))
    export.add_argument("--no-snapshots", action="store_true", help=_("do not draw pictures of the proposals"))
    validate = sub.add_parser("validate", help=_("check a bundle: schema, checksums and references"))
    validate.add_argument("bundle", metavar="FILE.jpbundle", help=_("the bundle to check"))
    bundle_import = sub.add_parser("import", help=_("merge another kiosk's bundle into this store (all or nothing)"))
    bundle_import.add_argument("bundle", metavar="FILE.jpbundle", help=_("the bundle to import"))
    review = sub.add_parser("review", help=_("open the planners' review window on workshop bundles (drop more on it)"))
    review.add_argument("bundles", nargs="*", metavar="BUNDLE", help=_("bundles (.jpbundle) to open"))
    report = sub.add_parser("report", help=_("write a PDF report for planners from workshop bundles"))
    report.add_argument("bundles", nargs="+", metavar="BUNDLE", help=_("bundles (.jpbundle) to report on"))
    report.add_argument("--out", required=True, metavar="FILE.pdf", help=_("where to write the PDF"))
    report.add_argument("--title", help=_("the report's title"))
    report.add_argument("--no-proposal-pages", action="store_true", help=_("leave out the page per proposal"))
    gallery = sub.add_parser("gallery", help=_("show a workshop's finished designs one by one, full screen, for a projector "
                                               "(arrow keys or the big buttons move on; Escape leaves)"))
    gallery.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    gallery.add_argument("--windowed", action="store_true", help=_("a normal window instead of full screen (for trying it out)"))
    sheet = sub.add_parser("sheet", help=_("make a one-page \"My design\" PDF (A4) of a proposal for the children to take home "
                                           "(needs a display, or xvfb-run)"))
    sheet.add_argument("proposal", metavar="PROPOSAL_ID", help=_("proposal id (or its first characters)"))
    sheet.add_argument("--out", required=True, metavar="FILE.pdf", help=_("where to write the PDF"))
    _add_data_rights_parsers(sub, common)
    return p


def _add_global_options(p: argparse.ArgumentParser, default: Any) -> None:
    """Global options, accepted before or after the command."""
    p.add_argument("--data-dir", metavar="DIR", default=default,
                   help=_("where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)"))
    p.add_argument("--lang", choices=["en", "zh_CN"], default=default, help=_("language of messages and windows"))
    p.add_argument("--screenshot", metavar="FILE.png", default=default,
                   help=_("open the window, save a picture of it and quit"))


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{value}' is not a number").format(value=text)) from None
    if not (value > 0 and value != float("inf")):
        raise argparse.ArgumentTypeError(_("the budget must be a positive number"))
    return value


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _table(rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    widths = [max(_width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [str(c) + " " * (w - _width(str(c))) for c, w in zip(r, widths)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _open_store(args: argparse.Namespace):
    from junior_planner.store import Store
    from junior_planner.store.database import default_data_dir

    return Store(default_data_dir(args.data_dir))


# --- commands ---------------------------------------------------------------------------------
def cmd_sites(args: argparse.Namespace) -> int:
    from junior_planner.services import library

    with _open_store(args) as store:
        sites = library.sites(store)
    if args.json:
        _print_json([{"id": s.id, "names": dict(s.names), "descriptions": dict(s.descriptions),
                      "source": s.source, "crs": s.crs, "origin": dict(s.origin),
                      "zones": len(s.zones)} for s in sites.values()])
        return 0
    _table([(_("ID"), "English", "中文", _("source"))] +
           [(s.id, s.names.get("en", ""), s.names.get("zh_CN", ""), s.source) for s in sites.values()])
    return 0


def cmd_site(args: argparse.Namespace) -> int:
    from junior_planner.services import sites
    from junior_planner.services.errors import UserError

    if args.site_command not in ("import", "area"):
        raise UserError(_("say 'site import FILE' or 'site area SITE_ID FILE'"))
    with _open_store(args) as store:
        if args.site_command == "area":
            count = sites.set_buildable_area(store, args.site, Path(args.file))
            sys.stdout.write(_("{site}: {count} buildable polygons").format(site=args.site, count=count) + "\n")
            return 0
        site_id = sites.import_site(store, Path(args.file), args.name, args.up, args.units, args.max_triangles)
        sys.stdout.write(site_id + "\n")
    return 0


def cmd_blocks(args: argparse.Namespace) -> int:
    from junior_planner.services import library

    catalog = library.load_catalog()
    if args.json:
        _print_json([{"id": b.id, "names": dict(b.names), "category": b.category,
                      "footprint": {"width": b.width, "depth": b.depth}, "height": b.height, "cost": b.cost,
                      "scale": {"min": b.scale_min, "max": b.scale_max} if b.scalable else None,
                      "allowed_zones": list(b.allowed_zones), "age_bands": list(b.age_bands),
                      "tags": dict(b.tags)} for b in catalog.blocks.values()])
        return 0
    rows = [(_("ID"), "English", "中文", _("category"), _("size (m)"), _("cost"))]
    for b in sorted(catalog.blocks.values(), key=lambda b: (b.category, b.id)):
        rows.append((b.id, b.names["en"], b.names["zh_CN"], b.category, f"{b.width:g} x {b.depth:g}", f"{b.cost:g}"))
    _table(rows)
    return 0


def cmd_workshop(args: argparse.Namespace) -> int:
    from junior_planner.services import workshops
    from junior_planner.services.errors import UserError

    if args.workshop_command is None:
        raise UserError(_("say 'workshop new', 'workshop edit', 'workshop list' or 'workshop pin'"))
    with _open_store(args) as store:
        if args.workshop_command == "pin":
            from junior_planner.services.pin import PinGuard

            ws = workshops.find_workshop(store, args.workshop)
            if sys.stdin.isatty():
                import getpass

                pin = getpass.getpass(_("New facilitator PIN (4 to 12 digits): "))
            else:
                pin = sys.stdin.readline().strip()
            PinGuard(store, ws.id).set_pin(pin)
            sys.stdout.write(_("The PIN for '{title}' is set.").format(title=ws.title) + "\n")
            return 0
        if args.workshop_command == "edit":
            return _workshop_edit(store, args)
        if args.workshop_command == "new":
            palette = [b.strip() for b in args.blocks.split(",") if b.strip()] if args.blocks else None
            ws = workshops.new_workshop(store, args.site, args.title, args.budget, palette)
            sys.stdout.write(ws.id + "\n")
            return 0
        counts: dict[str, int] = {}
        for s in store.proposal_summaries():
            counts[s.workshop_id] = counts.get(s.workshop_id, 0) + 1
        items = store.workshops()
        if args.json:
            _print_json([{"id": w.id, "site": w.site_id, "title": w.title, "created_at": w.created_at,
                          "budget": w.budget, "proposals": counts.get(w.id, 0)} for w in items])
            return 0
        if not items:
            sys.stdout.write(_("No workshops yet. Create one with: junior-planner workshop new --site ID --title T") + "\n")
            return 0
        _table([(_("ID"), _("site"), _("proposals"), _("created"), _("title"))] +
               [(w.id, w.site_id, counts.get(w.id, 0), w.created_at[:16].replace("T", " "), w.title) for w in items])
    return 0


def cmd_proposals(args: argparse.Namespace) -> int:
    from junior_planner.services import workshops

    with _open_store(args) as store:
        workshop_id = workshops.find_workshop(store, args.workshop).id if args.workshop else None
        items = store.proposal_summaries(workshop_id)
        if args.json:
            _print_json([s.__dict__ for s in items])
            return 0
        _table([(_("ID"), _("status"), _("blocks"), _("notes"), _("children"), _("title"))] +
               [(s.id, s.status, s.blocks, s.annotations, s.participants, s.title) for s in items])
    return 0


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
        from junior_planner.ui.editor.window import run_editor

        return run_editor(store, proposal, screenshot=args.screenshot)


def cmd_indicators(args: argparse.Namespace) -> int:
    from junior_planner.i18n import language
    from junior_planner.services import indicators, library, proposals, workshops
    from junior_planner.services.errors import UserError

    catalog = library.load_catalog()
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
    return run_kiosk(default_data_dir(args.data_dir), ws.id, windowed=args.windowed, scale=args.size,
                     high_contrast=args.high_contrast, screenshot=args.screenshot)


def cmd_app(args: argparse.Namespace) -> int:
    from junior_planner.app import run_app
    from junior_planner.store.database import default_data_dir

    return run_app(default_data_dir(args.data_dir), screenshot=args.screenshot)


def cmd_render(args: argparse.Namespace) -> int:
    from junior_planner.render import snapshot  # Qt-free until it draws
    from junior_planner.services import library, workshops
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
        site = library.site(workshop.site_id, store)
        if site is None:
            raise UserError(_("the site '{site}' of this workshop is not installed here").format(site=workshop.site_id))
    problem = snapshot.display_problem()
    if problem:
        raise UserError(problem)
    try:
        image = snapshot.render_proposal(proposal, site, library.load_catalog(), args.view, (width, height))
    except snapshot.RenderError as exc:
        raise UserError(str(exc)) from None
    if not image.save(str(out), "PNG"):
        raise UserError(_("cannot write {path}").format(path=out))
    return 0


def _snapshot_renderer():
    """(renderer, note): a function drawing PNG pictures, or None and why there is none."""
    from junior_planner.render import snapshot  # Qt-free until it draws

    problem = snapshot.display_problem()
    if problem:
        return None, problem

    snapshotter: list = []

    def draw(proposal, site, view: str) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from junior_planner.services import library
        from junior_planner.services.bundle import SNAPSHOT_SIZE

        if not snapshotter:
            snapshotter.append(snapshot.Snapshotter(library.load_catalog(), SNAPSHOT_SIZE))
        image = snapshotter[0].render(proposal, site, view)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise snapshot.RenderError(_("cannot encode the picture as PNG"))
        buffer.close()
        return bytes(data.data())

    return draw, ""


def cmd_export(args: argparse.Namespace) -> int:
    from junior_planner.services import bundle, workshops

    renderer, note = (None, _("pictures were not asked for (--no-snapshots)")) if args.no_snapshots else _snapshot_renderer()
    with _open_store(args) as store:
        workshop = workshops.find_workshop(store, args.workshop)
        result = bundle.export_bundle(store, workshop, Path(args.out), include_audio=args.include_audio,
                                      history=args.history, snapshots=renderer, snapshot_note=note)
    sys.stdout.write(result.summary() + "\n")
    if not result.manifest["snapshots"]["included"]:
        sys.stderr.write(_("note: {note}").format(note=result.manifest["snapshots"]["note"]) + "\n")
    sys.stdout.write(_("done: every checksum verified") + "\n")
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


# --- facilitator data rights: workshop edit, participant consent, delete, purge ----------------------
def _add_data_rights_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    part = sub.add_parser("participant", help=_("list a workshop's children or record a guardian's consent"))
    part_sub = part.add_subparsers(dest="participant_command", metavar="list|consent", parser_class=_Parser)
    part_sub.add_parser = functools.partial(part_sub.add_parser, parents=[common])  # type: ignore[method-assign]
    plist = part_sub.add_parser("list", help=_("list the children of a workshop with their consent"))
    plist.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    plist.add_argument("--json", action="store_true", help=_("print JSON"))
    consent = part_sub.add_parser("consent", help=_("record a guardian's consent (yes or no) for one child"))
    consent.add_argument("participant", metavar="PARTICIPANT_ID", help=_("participant id (or its first characters)"))
    consent.add_argument("answer", choices=["yes", "no"], help=_("did the guardian consent?"))
    consent.add_argument("--notice-version", metavar="V", help=_("the version of the notice the guardian was given"))

    delete = sub.add_parser("delete", help=_("delete a child's or a workshop's data everywhere on this computer"))
    del_sub = delete.add_subparsers(dest="delete_command", metavar="participant|workshop", parser_class=_Parser)
    del_sub.add_parser = functools.partial(del_sub.add_parser, parents=[common])  # type: ignore[method-assign]
    dp = del_sub.add_parser("participant", help=_("delete one child's data: their name, notes, voice notes, their own designs"))
    dp.add_argument("participant", metavar="ID", help=_("participant id (or its first characters)"))
    dw = del_sub.add_parser("workshop", help=_("delete a workshop and everything in it"))
    dw.add_argument("workshop", metavar="ID", help=_("workshop id (or its first characters)"))
    dw.add_argument("--yes", action="store_true", help=_("really delete (required)"))

    sub.add_parser("purge", help=_("delete the workshops whose keep-until date has passed; prints what was deleted"))


def _workshop_edit(store: Any, args: argparse.Namespace) -> int:
    from junior_planner.services import data_rights, workshops
    from junior_planner.services.errors import UserError

    ws = workshops.find_workshop(store, args.workshop)
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.budget is not None:
        if args.budget.strip().lower() == "none":
            changes["budget"] = None
        else:
            try:
                changes["budget"] = float(args.budget)
            except ValueError:
                raise UserError(_("'{value}' is not a number").format(value=args.budget)) from None
    if args.blocks is not None:
        blocks = [b.strip() for b in args.blocks.split(",") if b.strip()]
        changes["palette"] = None if blocks == ["all"] else blocks
    if args.idle_minutes is not None:
        try:
            minutes = float(args.idle_minutes)
        except ValueError:
            raise UserError(_("'{value}' is not a number").format(value=args.idle_minutes)) from None
        if minutes != minutes or minutes in (float("inf"), float("-inf")):
            raise UserError(_("'{value}' is not a number").format(value=args.idle_minutes))
        changes["idle_timeout_s"] = round(minutes * 60)
    if args.voice_notes is not None:
        changes["voice_notes"] = args.voice_notes == "on"
    if args.keep_until is not None:
        changes["keep_until"] = None if args.keep_until.strip().lower() == "none" else args.keep_until
    if args.consent_on_file is not None:
        changes["consent_on_file"] = None if args.consent_on_file.strip().lower() == "none" else args.consent_on_file
    if not changes:
        raise UserError(_("say what to change, for example --title or --keep-until (see --help)"))
    data_rights.edit_workshop(store, ws, **changes)
    sys.stdout.write(_("The workshop '{title}' is updated.").format(title=store.workshop(ws.id).title) + "\n")
    return 0


def cmd_participant(args: argparse.Namespace) -> int:
    from junior_planner.services import data_rights, workshops
    from junior_planner.services.errors import UserError
    from junior_planner.store import erase

    if args.participant_command not in ("list", "consent"):
        raise UserError(_("say 'participant list --workshop ID' or 'participant consent ID yes|no'"))
    with _open_store(args) as store:
        if args.participant_command == "list":
            ws = workshops.find_workshop(store, args.workshop)
            people = store.participants(workshop_id=ws.id)
            rows = [(p, len(erase.proposals_of(store, p.id))) for p in people]
            if args.json:
                _print_json([{"id": p.id, "pseudonym": p.pseudonym, "age_band": p.age_band, "consent": p.consent,
                              "consent_notice_version": p.consent_notice_version, "proposals": n} for p, n in rows])
                return 0
            _table([(_("ID"), _("consent"), _("notice"), _("proposals"), _("age"), _("pseudonym"))] +
                   [(p.id, _("yes") if p.consent else _("no"), p.consent_notice_version or "–", n, p.age_band, p.pseudonym)
                    for p, n in rows])
            return 0
        person = data_rights.find_participant(store, args.participant)
        notice = args.notice_version if args.notice_version is not None else person.consent_notice_version
        person = data_rights.record_consent(store, person.id, args.answer == "yes", notice)
        sys.stdout.write((_("Consent recorded for '{name}': yes (notice {version}).") if person.consent else
                          _("Consent recorded for '{name}': no (notice {version}).")).format(
            name=person.pseudonym, version=person.consent_notice_version or "–") + "\n")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from junior_planner.services import data_rights, workshops
    from junior_planner.services.errors import UserError

    if args.delete_command not in ("participant", "workshop"):
        raise UserError(_("say 'delete participant ID' or 'delete workshop ID --yes'"))
    with _open_store(args) as store:
        if args.delete_command == "participant":
            person = data_rights.find_participant(store, args.participant)
            result = data_rights.delete_participant(store, person.id)
            sys.stdout.write(_("Deleted all data of '{name}': {deleted} of their own designs deleted, {changed} group "
                               "designs without them, {notes} notes, {media} voice notes.").format(
                name=person.pseudonym, deleted=len(result.proposals_deleted), changed=len(result.proposals_changed),
                notes=result.notes_removed, media=result.media_removed) + "\n")
            return 0
        ws = workshops.find_workshop(store, args.workshop)
        if not args.yes:
            raise UserError(_("deleting the workshop '{title}' cannot be undone; add --yes to do it").format(title=ws.title))
        result = data_rights.delete_workshop(store, ws.id)
        sys.stdout.write(_("Deleted the workshop '{title}': {proposals} designs, {children} children, {media} voice notes.").format(
            title=ws.title, proposals=len(result.proposals_deleted), children=len(result.participants),
            media=result.media_removed) + "\n")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from junior_planner.services import data_rights

    with _open_store(args) as store:
        purged = data_rights.purge_expired(store)
    if not purged:
        sys.stdout.write(_("No workshop is past its keep-until date.") + "\n")
        return 0
    for p in purged:
        sys.stdout.write(_("Deleted '{title}' ({id}), kept until {date}: {proposals} designs, {children} children.").format(
            title=p.title, id=p.workshop_id, date=p.keep_until, proposals=p.proposals, children=p.participants) + "\n")
    return 0


COMMANDS = {"sites": cmd_sites, "site": cmd_site, "blocks": cmd_blocks, "workshop": cmd_workshop, "proposals": cmd_proposals,
            "replay": cmd_replay, "show": cmd_show, "indicators": cmd_indicators, "demo": cmd_demo, "build": cmd_build, "kiosk": cmd_kiosk, "render": cmd_render,
            "export": cmd_export, "validate": cmd_validate, "import": cmd_import, None: cmd_app}
COMMANDS.update({"participant": cmd_participant, "delete": cmd_delete, "purge": cmd_purge})



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


def cmd_sheet(args: argparse.Namespace) -> int:
    from junior_planner.services import sheet, workshops

    with _open_store(args) as store:
        proposal = workshops.find_proposal(store, args.proposal)
        out = sheet.write_sheet(store, proposal, Path(args.out))
    sys.stdout.write(str(out) + "\n")
    return 0


COMMANDS.update({"gallery": cmd_gallery, "sheet": cmd_sheet})



def cmd_review(args: argparse.Namespace) -> int:
    from junior_planner.services.errors import UserError
    from junior_planner.store.database import default_data_dir

    missing = [b for b in args.bundles if not Path(b).is_file()]
    if missing:
        raise UserError(_("there is no file {path}").format(path=missing[0]))
    from junior_planner.ui.review.window import run_review

    return run_review(default_data_dir(args.data_dir), [Path(b) for b in args.bundles], screenshot=args.screenshot)


def cmd_report(args: argparse.Namespace) -> int:
    import os

    from junior_planner.render import snapshot
    from junior_planner.services import report, review
    from junior_planner.services.errors import UserError

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
    corpus = review.Corpus()
    for path in args.bundles:  # a report from a broken bundle would mislead: refuse, don't skip
        if not Path(path).is_file():
            raise UserError(_("there is no file {path}").format(path=path))
        corpus.add_bundle(review.check_for_review(Path(path)))
    problem = snapshot.display_problem()
    if problem:  # QPdfWriter needs no display; pictures that the bundles lack are then left out
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from junior_planner.render.qtapp import application
    from junior_planner.ui.review import pdf

    application()
    content = report.build_report(corpus, title=args.title, proposal_pages=not args.no_proposal_pages)
    try:
        pages = pdf.write_pdf(content, out, corpus, render_pictures=problem is None, why_no_pictures=problem or "")
    except OSError as exc:
        raise UserError(_("cannot write {path}: {reason}").format(path=out, reason=exc.strerror or exc)) from None
    if not out.is_file() or out.stat().st_size == 0:
        raise UserError(_("cannot write {path}").format(path=out))
    sys.stdout.write(_("wrote {path}: {pages} pages, {proposals} proposals").format(
        path=out, pages=pages, proposals=len(corpus)) + "\n")
    return 0


COMMANDS.update({"review": cmd_review, "report": cmd_report})


def main(argv: Optional[Sequence[str]] = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    raw = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in raw[:-1]:
        set_language(raw[raw.index("--lang") + 1])
    try:
        args = build_parser().parse_args(raw)
    except SystemExit as exc:  # --help, --version and usage mistakes end here, not in the caller
        return exc.code if isinstance(exc.code, int) else 0
    if args.lang:
        set_language(args.lang)
    return run(args)


def run(args: argparse.Namespace) -> int:
    from junior_planner.services.errors import UserError
    from junior_planner.services.library import LibraryError
    from junior_planner.services.messages import store_message
    from junior_planner.store import StoreError

    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        sys.stderr.write(f"junior-planner: {exc}\n")
    except StoreError as exc:
        sys.stderr.write(f"junior-planner: {store_message(exc)}\n")
    except LibraryError as exc:
        sys.stderr.write(f"junior-planner: {_('a bundled file is not usable')}: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place that turns a bug into one line plus a log
        log = _write_crash_log()
        sys.stderr.write(f"junior-planner: {_('unexpected error')}: {type(exc).__name__}: {exc} ({log})\n")
        return 1
    return EXIT_USER_ERROR


def _write_crash_log() -> str:
    import tempfile

    fd, path = tempfile.mkstemp(prefix="junior-planner-error-", suffix=".txt")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(traceback.format_exc())
    return path
