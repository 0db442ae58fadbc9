"""Commands about workshops and children's data: workshop, participant, delete, purge, proposals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from junior_planner.i18n import _, n_

from junior_planner.commands import _open_store, _print_json, _table


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
    if args.read_aloud is not None:
        changes["read_aloud"] = args.read_aloud == "on"
    if args.sounds is not None:
        changes["sounds"] = args.sounds == "on"
    if args.detail is not None:
        changes["detail"] = args.detail
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
    if args.participant_command not in ("list", "consent"):
        raise UserError(_("say 'participant list --workshop ID' or 'participant consent ID yes|no'"))
    with _open_store(args) as store:
        if args.participant_command == "list":
            ws = workshops.find_workshop(store, args.workshop)
            people = store.participants(workshop_id=ws.id)
            rows = [(p, len(data_rights.proposals_of(store, p.id))) for p in people]
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
        sys.stdout.write(_("Deleted the workshop '{title}': {proposals}, {children}, {media}.").format(
            title=ws.title, proposals=n_("%n designs", len(result.proposals_deleted)),
            children=n_("%n children", len(result.participants)), media=n_("%n voice notes", result.media_removed)) + "\n")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from junior_planner.services import data_rights

    with _open_store(args) as store:
        purged = data_rights.purge_expired(store)
    if not purged:
        sys.stdout.write(_("No workshop is past its keep-until date.") + "\n")
        return 0
    for p in purged:
        sys.stdout.write(_("Deleted '{title}' ({id}), kept until {date}: {proposals}, {children}.").format(
            title=p.title, id=p.workshop_id, date=p.keep_until, proposals=n_("%n designs", p.proposals),
            children=n_("%n children", p.participants)) + "\n")
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
