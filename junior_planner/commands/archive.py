"""`junior-planner archive init|publish|purge|status|heatmap`: the city archive in PostgreSQL +
PostGIS (services/archive.py). The --db value is never printed: messages name the server at most."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from junior_planner.commands import _print_json
from junior_planner.i18n import _


def _db(args: argparse.Namespace) -> str:
    from junior_planner.services.archive import ArchiveError, message
    from junior_planner.services.errors import UserError

    if not args.db:
        raise UserError(message(ArchiveError("no-url")))
    return args.db


def review_source(args: argparse.Namespace):
    """For `review` and `report`: (url, Scope) when they read the archive, else None."""
    import os

    from junior_planner.services.archive_review import Scope, check_scope
    from junior_planner.services.errors import UserError

    url = args.db or (os.environ.get("JUNIOR_PLANNER_ARCHIVE") if not args.bundles else None)
    scoped = args.site or args.since or args.age_band
    if args.db and args.bundles:
        raise UserError(_("give either bundles or --db, not both"))
    if not url:
        if scoped:
            raise UserError(_("--site, --since and --age-band choose part of the city archive: give --db too"))
        return None
    return url, check_scope(Scope(site=args.site, since=args.since, age_band=args.age_band))


def cmd_archive(args: argparse.Namespace) -> int:
    from junior_planner.services import archive
    from junior_planner.services.errors import UserError

    command = args.archive_command
    if command is None:
        raise UserError(_("say 'archive init', 'archive publish', 'archive purge', 'archive status' or 'archive heatmap'"))
    url = _db(args)
    if command == "init":
        sys.stdout.write(archive.init(url).summary() + "\n")
    elif command == "publish":
        def progress(done: int, total: int, name: str) -> None:
            if name and total > 1 and sys.stderr.isatty():
                sys.stderr.write("\r" + _("Publishing {file} ({done} of {total})...").format(
                    file=name, done=done + 1, total=total) + "\x1b[K")
                sys.stderr.flush()

        results = archive.publish(url, [Path(b) for b in args.bundles], progress)
        if sys.stderr.isatty() and len(results) > 1:
            sys.stderr.write("\r\x1b[K")
        for result in results:
            sys.stdout.write(result.summary() + "\n")
    elif command == "purge":
        on = None
        if args.on:
            from junior_planner.services.data_rights import parse_date

            on = parse_date(args.on)
        sys.stdout.write(archive.purge_summary(archive.purge(url, on)) + "\n")
    elif command == "status":
        info = archive.status(url)
        if args.json:
            _print_json(info)
        else:
            labels = {"schema_version": _("schema version"), "sites": _("sites"), "workshops": _("workshops"),
                      "proposals": _("proposals"), "blocks": _("blocks"), "notes": _("notes"),
                      "bundles": _("bundles published"), "last_published": _("last published"),
                      "database_size": _("database size")}
            width = max(len(v) for v in labels.values())
            for key, label in labels.items():
                sys.stdout.write(f"{label.ljust(width)}  {info.get(key) if info.get(key) is not None else '-'}\n")
    elif command == "heatmap":
        from junior_planner.services.archive_review import city_heatmap

        geo = city_heatmap(url, args.type, float(args.cell))
        text = json.dumps(geo, ensure_ascii=False)
        if args.out:
            out = Path(args.out)
            if not out.parent.is_dir():
                raise UserError(_("cannot write {path}: the folder {folder} does not exist").format(path=out, folder=out.parent))
            out.write_text(text + "\n", encoding="utf-8")
            sys.stdout.write(_("wrote {path}: {cells} cells").format(path=out, cells=len(geo["features"])) + "\n")
        else:
            sys.stdout.write(text + "\n")
    return 0
