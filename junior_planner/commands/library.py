"""Commands about the sites and the block catalog: sites, site import|area, blocks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from junior_planner.i18n import _, n_

from junior_planner.commands import _open_store, _print_json, _table


def cmd_sites(args: argparse.Namespace) -> int:
    from junior_planner.services.library import Library

    with _open_store(args) as store:
        sites = Library.of(store).sites()
    if args.json:
        _print_json([{"id": s.id, "names": dict(s.names), "descriptions": dict(s.descriptions),
                      "source": s.source, "crs": s.crs or None, "origin": dict(s.origin),
                      "model_bounds": s.model_bounds, "zones": len(s.zones)} for s in sites.values()])
        return 0
    _table([(_("ID"), "English", "中文", _("source"), _("coordinate system"))] +
           [(s.id, s.names.get("en", ""), s.names.get("zh_CN", ""), s.source, s.crs or "-") for s in sites.values()])
    return 0


def cmd_site(args: argparse.Namespace) -> int:
    from junior_planner.services import sites
    from junior_planner.services.errors import UserError

    if args.site_command not in ("import", "area", "georef"):
        raise UserError(_("say 'site import FILE', 'site area SITE_ID FILE' or 'site georef SITE_ID --crs EPSG:n --origin E N'"))
    with _open_store(args) as store:
        if args.site_command == "area":
            count = sites.set_buildable_area(store, args.site, Path(args.file))
            sys.stdout.write(n_("{site}: %n buildable polygons", count).format(site=args.site) + "\n")
            return 0
        if args.site_command == "georef":
            data = sites.georef_site(store, args.site, args.crs, tuple(args.origin), args.height, args.rotation)
            origin = data["origin"]
            sys.stdout.write(_("{site}: {crs}, origin at lon {lon:.6f}, lat {lat:.6f}").format(
                site=args.site, crs=data["crs"], lon=origin["lon"], lat=origin["lat"]) + "\n")
            return 0
        report: list[str] = []
        site_id = sites.import_site(store, Path(args.file), args.name, args.up, args.units, args.max_triangles,
                                    crs=args.crs, source_crs=args.source_crs,
                                    origin=tuple(args.origin) if args.origin else None, height=args.height,
                                    rotation=args.rotation, layer=args.layer, encoding=args.encoding, lod=args.lod,
                                    default_height=args.default_height, storey_height=args.storey_height,
                                    report=report)
        for line in report:
            sys.stderr.write(line + "\n")
        sys.stdout.write(site_id + "\n")
    return 0


def cmd_blocks(args: argparse.Namespace) -> int:
    from junior_planner.services.library import Library

    catalog = Library.of().catalog
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
