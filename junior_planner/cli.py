"""The command line (the contract in docs/architecture.md). Composition root for scripts.

Every user mistake ends with one line on stderr and exit code 2; Qt is imported only by the
commands that open a window, so scripted commands start fast.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import traceback
from typing import Any, Optional, Sequence

from junior_planner import __version__
from junior_planner.commands import EXIT_USER_ERROR, archive, library, proposals, windows, workshops
from junior_planner.i18n import N_, _, set_language, translate



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
    site_sub = site.add_subparsers(dest="site_command", metavar="import|area|georef", parser_class=_Parser)
    site_sub.add_parser = functools.partial(site_sub.add_parser, parents=[common])  # type: ignore[method-assign]
    imp = site_sub.add_parser("import", help=_(
        "import a site from GIS or 3D files: GeoJSON, ESRI Shapefile (.shp, a folder or a .zip), GeoPackage, "
        "OpenStreetMap (.osm, .pbf), CityJSON (.city.json, .city.jsonl), glTF (.glb, .gltf with its files, "
        "or a .zip), OBJ (with its .mtl), PLY, STL, OFF; prints the new site id, and a summary on stderr"))
    imp.add_argument("file", metavar="FILE", help=_("the file, folder or zip to import"))
    imp.add_argument("--name", help=_("the site's name (default: the file name)"))
    imp.add_argument("--crs", help=_("the site's projected coordinate system, e.g. EPSG:4549 (default: the file's own "
                                     "when it is in metres, else the CGCS2000 Gauss-Krüger zone in China or the UTM "
                                     "zone elsewhere); for a file without coordinates of its own, the system of "
                                     "--origin"))
    imp.add_argument("--source-crs", metavar="CRS", help=_("the coordinate system the file's coordinates are in, when "
                                                           "the file does not say or says it wrongly"))
    imp.add_argument("--origin", nargs=2, type=float, metavar=("EASTING", "NORTHING"),
                     help=_("a 3D model without coordinates: where its origin stands, in --crs"))
    imp.add_argument("--height", type=float, default=0.0, help=_("with --origin: the height of the model's origin (m)"))
    imp.add_argument("--rotation", type=float, default=0.0,
                     help=_("with --origin: degrees the model is turned counter-clockwise from the CRS's east"))
    imp.add_argument("--layer", help=_("GeoPackage: the layer to read (default: every layer, sorted by its tags)"))
    imp.add_argument("--encoding", help=_("Shapefile: the text encoding of the attributes (default: the .cpg, else "
                                          "UTF-8, else GBK/GB18030)"))
    imp.add_argument("--lod", help=_("CityJSON: the level of detail to use (default: the highest of each object)"))
    imp.add_argument("--default-height", type=float, default=9.0,
                     help=_("the height of buildings whose file gives none (default: 9 m)"))
    imp.add_argument("--storey-height", type=float, default=3.0,
                     help=_("metres per storey, for heights given in levels (default: 3 m)"))
    imp.add_argument("--up", choices=["y", "z"], help=_("3D models: which axis points up (default: y for glTF, z otherwise)"))
    imp.add_argument("--units", choices=["m", "cm", "mm"], default="m", help=_("3D models: the length unit (default: m)"))
    imp.add_argument("--max-triangles", type=int, default=5_000_000, help=_("refuse models with more triangles than this (default: {default:,})").format(default=5_000_000))
    georef = site_sub.add_parser("georef", help=_("place an imported site on the earth: where its local origin "
                                                  "stands in a projected coordinate system"))
    georef.add_argument("site", metavar="SITE_ID", help=_("the imported site"))
    georef.add_argument("--crs", required=True, help=_("the projected coordinate system, e.g. EPSG:4549"))
    georef.add_argument("--origin", nargs=2, type=float, required=True, metavar=("EASTING", "NORTHING"),
                        help=_("where the site's local (0, 0) stands, in --crs"))
    georef.add_argument("--height", type=float, default=0.0, help=_("the height of the site's local z = 0 (m)"))
    georef.add_argument("--rotation", type=float, default=0.0,
                        help=_("degrees the site's local x axis is turned counter-clockwise from the CRS's east"))
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
    wedit.add_argument("--read-aloud", choices=["on", "off"], help=_("read each kiosk screen aloud when it opens (the speaker buttons always work)"))
    wedit.add_argument("--sounds", choices=["on", "off"], help=_("a short sound for each action on the kiosk"))
    wedit.add_argument("--detail", choices=["full", "normal", "low"],
                       help=_("how finely the 3D view draws the site: low for an old computer without a 3D "
                              "graphics card ('junior-planner doctor' suggests one)"))
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
    kiosk.add_argument("--frame-times", action="store_true",
                       help=_("show how long each 3D frame takes, top right (for facilitators checking a computer)"))
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
    build.add_argument("--frame-times", action="store_true",
                       help=_("show how long each 3D frame takes, top right (for facilitators checking a computer)"))

    render = sub.add_parser("render", help=_("save a picture of a proposal on its site (needs a display, or xvfb-run)"))
    render.add_argument("proposal", metavar="PROPOSAL_ID", help=_("proposal id (or its first characters)"))
    render.add_argument("--view", choices=["top", "child", "orbit"], default="top",
                        help=_("top: straight down over the whole site; child: a child's eye, 1 m above the ground; "
                               "orbit: the site's bird's-eye view (default: top)"))
    render.add_argument("--out", required=True, metavar="FILE.png", help=_("where to write the PNG picture"))
    render.add_argument("--size", default="1280x800", metavar="WxH", help=_("picture size in pixels (default: 1280x800)"))

    export = sub.add_parser("export", help=_("write a workshop's proposals as a bundle for planners (.jpbundle, a zip)"))
    export.add_argument("--workshop", required=True, metavar="ID", help=_("workshop id (or its first characters)"))
    export.add_argument("--out", metavar="FILE.jpbundle", help=_("where to write the bundle (needed unless --web is given)"))
    export.add_argument("--web", metavar="FOLDER", help=_("also write the bundle's web view unzipped into FOLDER: open "
                                                          "FOLDER/index.html in any browser"))
    export.add_argument("--include-audio", action="store_true", help=_("include the voice notes (left out by default)"))
    export.add_argument("--history", action="store_true", help=_("include every proposal's edit history"))
    export.add_argument("--no-snapshots", action="store_true", help=_("do not draw pictures of the proposals"))
    validate = sub.add_parser("validate", help=_("check a bundle: schema, checksums and references"))
    validate.add_argument("bundle", metavar="FILE.jpbundle", help=_("the bundle to check"))
    bundle_import = sub.add_parser("import", help=_("merge another kiosk's bundle into this store (all or nothing)"))
    bundle_import.add_argument("bundle", metavar="FILE.jpbundle", help=_("the bundle to import"))
    doctor = sub.add_parser("doctor", help=_("is this computer ready for a workshop? reports the 3D drawing, "
                                             "measures the demo site's frame time and suggests a detail level "
                                             "(needs a display, or xvfb-run)"))
    doctor.add_argument("--json", action="store_true", help=_("print JSON"))
    publish = sub.add_parser("publish-web", help=_("make a static web site from workshop bundles for a city's website: "
                                                   "only proposals with consent, no voice notes, personal-looking words "
                                                   "removed"))
    publish.add_argument("bundles", nargs="+", metavar="BUNDLE", help=_("bundles (.jpbundle) to publish"))
    publish.add_argument("--out", required=True, metavar="FOLDER", help=_("an empty folder (or one made by publish-web "
                                                                          "before, which is replaced) to copy onto a web server"))
    review = sub.add_parser("review", help=_("open the planners' review window on workshop bundles (drop more on it), "
                                             "or on the city archive with --db"))
    review.add_argument("bundles", nargs="*", metavar="BUNDLE", help=_("bundles (.jpbundle) to open"))
    _add_archive_scope(review)
    report = sub.add_parser("report", help=_("write a PDF report for planners from workshop bundles, or from the city "
                                             "archive with --db"))
    report.add_argument("bundles", nargs="*", metavar="BUNDLE", help=_("bundles (.jpbundle) to report on"))
    _add_archive_scope(report)
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
    _add_archive_parsers(sub, common)
    return p


DB_HELP = N_("the city archive's PostgreSQL database: a libpq connection string or URL without a password "
             "(postgresql://user@host/db, service=NAME; the password comes from ~/.pgpass, PGPASSFILE or the "
             "service file); default $JUNIOR_PLANNER_ARCHIVE")
DB_HELP_REVIEW = N_("open the city archive instead of bundles: its PostgreSQL database as a libpq connection string or "
                    "URL without a password (the password comes from ~/.pgpass, PGPASSFILE or the service file); "
                    "with no bundles given, $JUNIOR_PLANNER_ARCHIVE is used")


def _add_archive_scope(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help=translate(DB_HELP_REVIEW))
    p.add_argument("--site", metavar="ID", help=_("with --db: only this site's proposals"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help=_("with --db: only proposals made on or after this day"))
    p.add_argument("--age-band", choices=["6-8", "9-11", "12-14", "15-17"],
                   help=_("with --db: only proposals with a child of this age band"))


def _add_archive_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    arc = sub.add_parser("archive", help=_("the city archive in PostgreSQL + PostGIS: set it up, publish bundles, "
                                           "purge, status, city-wide heatmap"))
    arc_sub = arc.add_subparsers(dest="archive_command", metavar="init|publish|purge|status|heatmap", parser_class=_Parser)
    arc_sub.add_parser = functools.partial(arc_sub.add_parser, parents=[common])  # type: ignore[method-assign]

    def db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", metavar="URL", default=os.environ.get("JUNIOR_PLANNER_ARCHIVE"), help=translate(DB_HELP))
        return p

    db(arc_sub.add_parser("init", help=_("create the archive's tables, views and roles, or bring them up to date "
                                         "(run as the archive's owner); prints the grants it applied")))
    pub = db(arc_sub.add_parser("publish", help=_("check bundles and add them to the archive, each in one transaction "
                                                  "(publishing one twice changes nothing)")))
    pub.add_argument("bundles", nargs="+", metavar="BUNDLE", help=_("bundles (.jpbundle) to publish"))
    purge = db(arc_sub.add_parser("purge", help=_("delete the workshops past their keep-until date from the archive "
                                                  "(run it daily); prints what was deleted")))
    purge.add_argument("--on", metavar="YYYY-MM-DD", help=_("purge as on this day (default: today)"))
    status = db(arc_sub.add_parser("status", help=_("what the archive holds: sites, workshops, proposals, blocks, size")))
    status.add_argument("--json", action="store_true", help=_("print JSON"))
    heat = db(arc_sub.add_parser("heatmap", help=_("where children placed a block type across the whole city: "
                                                   "proposals per grid cell, computed in the database, as GeoJSON")))
    heat.add_argument("--type", metavar="BLOCK", help=_("a block type (default: every block)"))
    heat.add_argument("--cell", type=_positive_number, default=100.0, metavar="METRES", help=_("cell size in metres (default 100)"))
    heat.add_argument("--out", metavar="FILE.geojson", help=_("write the cells here (default: print them)"))


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


# --- commands ---------------------------------------------------------------------------------


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


COMMANDS = {
    "sites": library.cmd_sites, "site": library.cmd_site, "blocks": library.cmd_blocks,
    "workshop": workshops.cmd_workshop, "participant": workshops.cmd_participant, "delete": workshops.cmd_delete,
    "purge": workshops.cmd_purge, "proposals": workshops.cmd_proposals,
    "replay": proposals.cmd_replay, "show": proposals.cmd_show, "indicators": proposals.cmd_indicators,
    "render": proposals.cmd_render, "export": proposals.cmd_export, "validate": proposals.cmd_validate,
    "import": proposals.cmd_import, "publish-web": proposals.cmd_publish_web, "sheet": proposals.cmd_sheet, "report": proposals.cmd_report,
    "demo": windows.cmd_demo, "build": windows.cmd_build, "kiosk": windows.cmd_kiosk, "gallery": windows.cmd_gallery,
    "review": windows.cmd_review, "doctor": windows.cmd_doctor, "archive": archive.cmd_archive, None: windows.cmd_app,
}


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
        hide = _hidden(args)
        log = _write_crash_log(hide)
        sys.stderr.write(f"junior-planner: {_('unexpected error')}: {type(exc).__name__}: {_scrub(str(exc), hide)} ({log})\n")
        return 1
    return EXIT_USER_ERROR


def _hidden(args: argparse.Namespace) -> list[str]:
    """Values never written to a log or an error line: the archive's connection string."""
    return [v for v in (getattr(args, "db", None), os.environ.get("JUNIOR_PLANNER_ARCHIVE")) if v]


def _scrub(text: str, hide: Sequence[str]) -> str:
    for value in hide:
        text = text.replace(value, "<archive>")
    return text


def _write_crash_log(hide: Sequence[str] = ()) -> str:
    import tempfile

    fd, path = tempfile.mkstemp(prefix="junior-planner-error-", suffix=".txt")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(_scrub(traceback.format_exc(), hide))
    return path
