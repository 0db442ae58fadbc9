"""The web view of a workshop (exchange/web_page.py makes the files): inside every exported
bundle, written unzipped by `export --web`, and published for a city's website by `publish-web`,
which keeps only what consent covers.

The page's words are marked here, so they are translated with the rest of the app (.ts files) and
travel to the page in both languages.
"""

from __future__ import annotations

import base64
import copy
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

from junior_planner import resources
from junior_planner.services.errors import UserError
from junior_planner.exchange import bundle as fmt
from junior_planner.exchange import web_page
from junior_planner.i18n import N_, Nn_, _, n_, numerus_forms, translate
from junior_planner.model import vocabulary
from junior_planner.services.library import Library

LANGUAGES = ("en", "zh_CN")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文"}

# the page's words (keys are what app.js asks for)
UI = {
    "subtitle": N_("Children's proposals for {site}"),
    "proposals_label": N_("Proposals"),
    "all_proposals": N_("All proposals together"),
    "ages": N_("Ages"),
    "kinds": N_("Kinds of things"),
    "heatmap": N_("Where children put things (heatmap)"),
    "tap_hint": N_("Tap a block to see why the children put it there."),
    "stickers": N_("Stickers"),
    "reasons": N_("Reasons"),
    "words": N_("Their words"),
    "no_notes": N_("No notes on this block."),
    "made_by": N_("Made by"),
    "ages_band": N_("ages {band}"),
    "untitled": N_("untitled"),
    "top_view": N_("From above"),
    "child_view": N_("At a child's eye height"),
    "picture_missing": N_("This picture is missing from the bundle."),
    "reset_view": N_("Whole site"),
    "no_webgl": N_("This browser cannot draw 3D here (WebGL is switched off). The lists and pictures still work."),
    "broken": N_("This page cannot show the proposals: {what}"),
    "data_missing": N_("the file web/data.js is missing or damaged. Unzip the whole bundle and open index.html again."),
    "three_missing": N_("the file web/three.min.js is missing or damaged. Unzip the whole bundle and open index.html again."),
    "mesh_broken": N_("the 3D model of the site could not be read."),
    "old_browser": N_("this browser is too old. Open the page in a current Chrome, Edge, Firefox or Safari."),
    "close": N_("Close"),
    "opening": N_("Opening the proposals..."),
    "noscript": N_("This page needs JavaScript."),
    "app_missing": N_("the file web/app.js is missing or damaged. Unzip the whole bundle and open index.html again."),
    "footer": N_("Made with Junior Planner from a workshop bundle. 3D drawing: three.js (MIT licence). "
                 "Pictures of stickers and reasons: Twemoji (CC-BY 4.0)."),
    "front_title": N_("Children's proposals"),
    "front_intro": N_("Children designed these places in workshops. Open a workshop to see every proposal in 3D."),
    "front_reasons": N_("What children asked for most, in all these workshops"),
    "ground": N_("On the ground"),
    "none_shown": N_("No proposal matches these filters."),
}
COUNTED = {
    "n_proposals": Nn_("%n proposals"),
    "n_blocks": Nn_("%n blocks"),
    "n_notes": Nn_("%n notes"),
    "n_children": Nn_("%n children"),
    "n_workshops": Nn_("%n workshops"),
}


def texts(languages: Sequence[str] = LANGUAGES) -> dict[str, Any]:
    """The page's words in every language, and the names and pictures of stickers, reasons,
    categories and age bands."""
    catalog = Library.of().catalog
    out: dict[str, Any] = {"languages": list(languages), "language_names": {k: LANGUAGE_NAMES.get(k, k) for k in languages},
                           "ui": {}, "counted": {}, "stickers": {}, "reasons": {}, "categories": {},
                           "age_bands": list(vocabulary.AGE_BANDS)}
    for lang in languages:
        out["ui"][lang] = {key: translate(text, lang) for key, text in UI.items()}
        out["counted"][lang] = {key: list(numerus_forms(text, lang)) for key, text in COUNTED.items()}
    for sticker in vocabulary.STICKERS:
        out["stickers"][sticker] = {"names": {lang: vocabulary.sticker_name(sticker, lang) for lang in languages},
                                    "color": vocabulary.STICKER_COLOURS.get(sticker, "#888888"),
                                    "picture": _picture(sticker)}
    for reason in vocabulary.REASON_NAMES:
        out["reasons"][reason] = {"names": {lang: vocabulary.reason_name(reason, lang) for lang in languages},
                                  "picture": _picture(reason)}
    for category in catalog.categories.values():
        out["categories"][category.id] = {"names": {lang: category.names.get(lang) or category.names.get("en", category.id)
                                                    for lang in languages}, "color": category.color}
    return out


def _picture(term: str) -> str:
    path = resources.asset(vocabulary.icon_file(term))
    if not path.exists():
        return ""
    return "data:image/svg+xml;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


# --- inside a bundle ---------------------------------------------------------------------------------
def bundle_page(manifest: Mapping[str, Any], docs: list[Mapping[str, Any]],
                members: Mapping[str, bytes]) -> dict[str, bytes]:
    """The page's files for a bundle about to be written: its proposal documents, and `members`
    as they go into the zip (the scenes and pictures)."""
    return _page(manifest, docs, members)


def _page(manifest: Mapping[str, Any], docs: list[Mapping[str, Any]], members: Mapping[str, bytes],
          back_link: Optional[Mapping[str, str]] = None) -> dict[str, bytes]:
    scenes = {doc["id"]: members[f"scenes/{doc['id']}.glb"] for doc in docs if f"scenes/{doc['id']}.glb" in members}
    snapshots = [name for name in members if name.startswith("snapshots/")]
    data = web_page.page_data(manifest, docs, members.get("scenes/site.glb"), scenes, snapshots, texts())
    return web_page.page_files(data, back_link)


# --- export --web ------------------------------------------------------------------------------------------
def write_folder(bundle_path: Path, folder: Path) -> list[str]:
    """Unzip a bundle's page (index.html, web/ and the pictures) into `folder`; the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        for name in zf.namelist():
            if name in web_page.PAGE_MEMBERS or name.startswith("snapshots/"):
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(name))
                written.append(name)
    return written


# --- publish-web -------------------------------------------------------------------------------------------
@dataclass
class Published:
    out: Path
    workshops: list[dict[str, Any]] = field(default_factory=list)
    left_out_proposals: int = 0
    left_out_words: int = 0

    def describe(self) -> str:
        return _("published {workshops} to {path}: {proposals}; left out {left} without consent and "
                 "{words} that looked personal").format(
            path=self.out, workshops=n_("%n workshops", len(self.workshops)),
            proposals=n_("%n proposals", sum(w["proposals"] for w in self.workshops)),
            left=n_("%n proposals", self.left_out_proposals), words=n_("%n notes", self.left_out_words))


def _consented(doc: Mapping[str, Any], consent: Mapping[str, bool]) -> bool:
    """Published only if every child of the proposal has a recorded guardian consent."""
    codes = [p["code"] for p in doc.get("participants", [])]
    return all(consent.get(code, False) for code in codes)


def publish(bundles: Iterable[Path], out: Path) -> Published:
    """A static site for a city's website from workshop bundles: a page per workshop (its own
    folder) and a front page across them. Only proposals whose children all have guardian consent;
    no voice notes (there is no consent for publishing them); words that look like names, numbers
    or addresses removed; children are shown only by code and age band."""
    from junior_planner.services.bundle import check
    from junior_planner.services.report import looks_personal

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / ".junior-planner-site").exists():
        raise UserError(_("{path} is not empty and was not made by publish-web; choose an empty folder").format(path=out))
    result = Published(out)
    staging = Path(tempfile.mkdtemp(prefix=".publish-", dir=out.parent if out.parent.exists() else None))
    try:
        for path in bundles:
            checked = check(Path(path))
            if checked.problems:
                raise UserError(_("{file}: {problem}").format(file=Path(path).name, problem=checked.problems[0]))
            manifest = checked.manifest
            consent = {p["code"]: bool(p.get("consent")) for p in manifest.get("participants", [])}
            docs = []  # the checked proposals (copies: their notes are changed below), in id order
            for pid in sorted(checked.proposals):
                doc = copy.deepcopy(checked.proposals[pid])
                if not _consented(doc, consent):
                    result.left_out_proposals += 1
                    continue
                for note in doc.get("annotations", []):
                    note["audio"] = None
                    if note.get("text") and looks_personal(note["text"]):
                        note["text"] = ""
                        result.left_out_words += 1
                docs.append(doc)
            kept = {d["id"] for d in docs}
            with zipfile.ZipFile(path) as zf:  # the site, and the scenes and pictures of what is kept
                members = {name: zf.read(name) for name in zf.namelist()
                           if (kind := fmt.member_kind(name)) is not None and (
                               kind[0] == "site_scene" or (kind[0] in ("scene", "snapshot") and kind[1][0] in kept))}
            public = dict(manifest, participants=[{"code": p["code"], "age_band": p["age_band"]}
                                                  for p in manifest.get("participants", [])])
            slug = manifest["workshop"]["id"]
            folder = staging / slug
            if folder.exists():
                raise UserError(_("the workshop {id} is in two of these bundles; give each workshop once").format(id=slug[:8]))
            for name, data in _page(public, docs, members, back_link={"href": "../index.html"}).items():
                _write(folder / name, data)
            for name in members:
                if name.startswith("snapshots/"):
                    _write(folder / name, members[name])
            result.workshops.append({"id": slug, "title": manifest["workshop"]["title"],
                                     "site": manifest["site"].get("names", {}), "proposals": len(docs),
                                     "blocks": sum(len(d.get("blocks", [])) for d in docs),
                                     "notes": sum(len(d.get("annotations", [])) for d in docs),
                                     "picture": next((f"{slug}/snapshots/{d['id']}-top.png" for d in docs
                                                      if f"snapshots/{d['id']}-top.png" in members), ""),
                                     "reasons": _reasons_by_proposal(docs)})
        _write(staging / "index.html", _front_page(result.workshops))
        _write(staging / "web" / "app.css", (resources.asset("web", "app.css")).read_bytes())
        _write(staging / ".junior-planner-site", b"made by junior-planner publish-web\n")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return result


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _reasons_by_proposal(docs: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """How many proposals gave each reason (a proposal counts once per reason)."""
    counts: dict[str, int] = {}
    for doc in docs:
        for reason in {r for a in doc.get("annotations", []) for r in a.get("reasons") or ()}:
            counts[reason] = counts.get(reason, 0) + 1
    return counts


def _front_page(workshops: list[dict[str, Any]]) -> bytes:
    """The published site's front page, across the workshops: the totals, the reasons children gave
    most often in all of them, and one card per workshop; both languages (switchable)."""
    t = texts()
    template = resources.asset("web", "front.html").read_text(encoding="utf-8")
    across: dict[str, int] = {}
    for w in workshops:
        for reason, n in w["reasons"].items():
            across[reason] = across.get(reason, 0) + n
    top = sorted(across.items(), key=lambda item: (-item[1], item[0]))[:6]
    data = {"texts": {k: t[k] for k in ("languages", "language_names", "ui", "counted", "reasons")},
            "workshops": workshops, "top_reasons": [{"id": r, "proposals": n} for r, n in top]}
    return template.replace("{{DATA}}", web_page.script_json(data)).encode("utf-8")
