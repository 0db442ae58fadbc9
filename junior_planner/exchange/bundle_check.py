"""Checking a bundle before anything of it is used: the zip's structure (safezip), the manifest's
schema, every checksum, every proposal document and its references, history and audio; each
problem one sentence naming the file (validate, import, review)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from junior_planner.exchange.safezip import DEFAULT_LIMITS, BundleError, Limits, SafeZip, strict_json
from junior_planner.i18n import _

from junior_planner.exchange.bundle import (
    FORMAT, FORMAT_VERSION, MAX_AUDIO_BYTES, MAX_HISTORY_BYTES, MAX_HISTORY_LINE, MAX_JSON_DEPTH,
    MAX_MANIFEST_BYTES, MAX_PROPOSAL_BYTES, _values_of, member_kind, proposal_problems, schema_problems,
)


# --- checking ------------------------------------------------------------------------------------
@dataclass
class CheckedBundle:
    """A bundle that passed every check: the parsed manifest, proposal documents and history."""

    path: Path
    manifest: dict[str, Any]
    proposals: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audio: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        c = self.manifest["counts"]
        return _("{file}: valid bundle of workshop '{title}' on site {site}: {proposals} proposals, {blocks} blocks, "
                 "{annotations} notes, {participants} participants, {files} files").format(
            file=self.path.name, title=self.manifest["workshop"]["title"], site=self.manifest["site"]["id"],
            proposals=c["proposals"], blocks=c["blocks"], annotations=c["annotations"],
            participants=c["participants"], files=len(self.manifest["files"]) + 1)


def check_bundle(path: Path | str, limits: Limits = DEFAULT_LIMITS, keep_audio: bool = False) -> CheckedBundle:
    """Check everything. Hostile structure (zip tricks, bad JSON, unknown members, a newer format)
    raises BundleError at once; content problems (schema, checksums, references) are collected in
    `problems`, one sentence each."""
    path = Path(path)
    where = path.name
    with SafeZip(path, limits) as zf:
        names = zf.names
        for name in names:
            if member_kind(name) is None:
                raise BundleError(_("{file}: unexpected member '{name}' (not part of a Junior Planner bundle)").format(
                    file=where, name=name))
        if "manifest.json" not in names:
            raise BundleError(_("{file}: there is no manifest.json; this is not a Junior Planner bundle").format(file=where))
        manifest = strict_json(zf.read("manifest.json", MAX_MANIFEST_BYTES), f"{where}/manifest.json",
                               MAX_MANIFEST_BYTES, MAX_JSON_DEPTH)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(_("{file}: manifest.json does not describe a Junior Planner bundle").format(file=where))
        version = manifest.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise BundleError(_("{file}: made by a newer Junior Planner (bundle format {version}; this version reads "
                                "format {known}); update Junior Planner to open it").format(
                file=where, version=version, known=FORMAT_VERSION))
        result = CheckedBundle(path, manifest)
        result.problems = schema_problems(manifest, "manifest-1.schema.json", f"{where}/manifest.json")
        if result.problems:
            return result
        _check_files(zf, result, where)
        _check_proposals(zf, result, where)
        if result.problems:
            return result
        _check_history_and_audio(zf, result, where, keep_audio)
    return result


def _check_files(zf: SafeZip, result: CheckedBundle, where: str) -> None:
    listed: Mapping[str, Mapping[str, Any]] = result.manifest["files"]
    present = set(zf.names) - {"manifest.json"}
    for name in sorted(present - set(listed)):
        result.problems.append(_("{file}: '{name}' is in the bundle but not in the manifest").format(file=where, name=name))
    for name in sorted(set(listed) - present):
        result.problems.append(_("{file}: '{name}' is listed in the manifest but missing").format(file=where, name=name))
    for name in sorted(present & set(listed)):
        if member_kind(name) is None:
            continue
        digest, size = zf.sha256(name)
        entry = listed[name]
        if size != entry["size"]:
            result.problems.append(_("{file}: '{name}' has {size} bytes, the manifest says {expected}").format(
                file=where, name=name, size=size, expected=entry["size"]))
        elif digest != entry["sha256"]:
            result.problems.append(_("{file}: '{name}' does not match its sha256 checksum").format(file=where, name=name))
    for name in sorted(set(listed)):
        if member_kind(name) is None:
            result.problems.append(_("{file}: the manifest lists '{name}', which is not part of a bundle").format(
                file=where, name=name))


def _check_proposals(zf: SafeZip, result: CheckedBundle, where: str) -> None:
    manifest = result.manifest
    problems = result.problems
    present = set(zf.names)
    codes = {p["code"]: p for p in manifest["participants"]}
    if len(codes) != len(manifest["participants"]):
        problems.append(_("{file}: a participant code appears twice in the manifest").format(file=where))
    ids = [p["id"] for p in manifest["proposals"]]
    if len(set(ids)) != len(ids):
        problems.append(_("{file}: a proposal appears twice in the manifest").format(file=where))
    known = set(ids)
    totals = {"blocks": 0, "annotations": 0}
    for entry in manifest["proposals"]:
        pid = entry["id"]
        for name in (f"proposals/{pid}.json", f"scenes/{pid}.glb"):
            if name not in present:
                problems.append(_("{file}: proposal {id} has no '{name}'").format(file=where, id=pid, name=name))
        if manifest["options"]["history"] and f"history/{pid}.jsonl" not in present:
            problems.append(_("{file}: proposal {id} has no '{name}'").format(file=where, id=pid, name=f"history/{pid}.jsonl"))
        name = f"proposals/{pid}.json"
        if name not in present:
            continue
        doc = strict_json(zf.read(name, MAX_PROPOSAL_BYTES), f"{where}/{name}", MAX_PROPOSAL_BYTES, MAX_JSON_DEPTH)
        found = proposal_problems(doc, f"{where}/{name}")
        if found:
            problems.extend(found)
            continue
        problems.extend(_proposal_references(doc, entry, manifest, codes, f"{where}/{name}"))
        totals["blocks"] += len(doc["blocks"])
        totals["annotations"] += len(doc["annotations"])
        result.proposals[pid] = doc
    for name in sorted(present):
        kind = member_kind(name)
        if kind and kind[0] in ("proposal", "scene", "snapshot", "history") and kind[1][0] not in known:
            problems.append(_("{file}: '{name}' belongs to no proposal in the manifest").format(file=where, name=name))
        if kind and kind[0] == "history" and not manifest["options"]["history"]:
            problems.append(_("{file}: '{name}' is there although the manifest says history was not exported").format(
                file=where, name=name))
        if kind and kind[0] == "audio" and not manifest["options"]["audio"]:
            problems.append(_("{file}: '{name}' is there although the manifest says audio was not exported").format(
                file=where, name=name))
        if kind and kind[0] == "scene" and zf.head(name, 4) != b"glTF":
            problems.append(_("{file}: '{name}' is not a glTF binary").format(file=where, name=name))
    for code, person in codes.items():
        for pid in person["proposals"]:
            if pid not in known:
                problems.append(_("{file}: participant {code} refers to proposal {id}, which is not in the bundle").format(
                    file=where, code=code, id=pid))
    counts = manifest["counts"]
    if not problems:
        expected = {"proposals": len(ids), "participants": len(codes), **totals}
        for key, value in expected.items():
            if counts[key] != value:
                problems.append(_("{file}: the manifest counts {count} {what}, the bundle holds {actual}").format(
                    file=where, count=counts[key], what=key, actual=value))


def _proposal_references(doc: Mapping[str, Any], entry: Mapping[str, Any], manifest: Mapping[str, Any],
                         codes: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    pid = entry["id"]
    if doc["id"] != pid:
        problems.append(_("{file}: the proposal inside has id {inner}, not {id}").format(file=where, inner=doc["id"], id=pid))
    if doc["workshop"]["id"] != manifest["workshop"]["id"]:
        problems.append(_("{file}: the proposal belongs to another workshop ({id})").format(file=where, id=doc["workshop"]["id"]))
    if doc["site"]["id"] != manifest["site"]["id"]:
        problems.append(_("{file}: the proposal is on another site ({id})").format(file=where, id=doc["site"]["id"]))
    blocks = [b["uuid"] for b in doc["blocks"]]
    if len(set(blocks)) != len(blocks):
        problems.append(_("{file}: a block uuid appears twice").format(file=where))
    notes = [a["uuid"] for a in doc["annotations"]]
    if len(set(notes)) != len(notes):
        problems.append(_("{file}: a note uuid appears twice").format(file=where))
    block_set = set(blocks)
    for a in doc["annotations"]:
        block = a["anchor"].get("block")
        if block is not None and block not in block_set:
            problems.append(_("{file}: note {note} is on block {block}, which is not in the proposal").format(
                file=where, note=a["uuid"], block=block))
        if a["author"] is not None and a["author"] not in codes:
            problems.append(_("{file}: note {note} names an author code {code} that the manifest does not list").format(
                file=where, note=a["uuid"], code=a["author"]))
        if a["audio"] is not None and manifest["options"]["audio"] and f"audio/{a['audio']}.wav" not in manifest["files"]:
            problems.append(_("{file}: note {note} has a voice note that is not in the bundle").format(file=where, note=a["uuid"]))
    if doc["favourite_block"] is not None and doc["favourite_block"] not in block_set:
        problems.append(_("{file}: the favourite block {block} is not in the proposal").format(file=where, block=doc["favourite_block"]))
    people = [p["code"] for p in doc["participants"]]
    for code in people:
        if code not in codes:
            problems.append(_("{file}: participant code {code} is not in the manifest").format(file=where, code=code))
        elif pid not in codes[code]["proposals"]:
            problems.append(_("{file}: the manifest does not list participant {code} in this proposal").format(file=where, code=code))
    if people != list(entry["participants"]):
        problems.append(_("{file}: the participants differ from the manifest's list").format(file=where))
    if len(doc["blocks"]) != entry["blocks"] or len(doc["annotations"]) != entry["annotations"]:
        problems.append(_("{file}: the block or note count differs from the manifest").format(file=where))
    return problems


def _check_history_and_audio(zf: SafeZip, result: CheckedBundle, where: str, keep_audio: bool) -> None:
    codes = {p["code"] for p in result.manifest["participants"]}
    for entry in result.manifest["proposals"]:
        name = f"history/{entry['id']}.jsonl"
        if name not in zf.names:
            continue
        raw = zf.read(name, MAX_HISTORY_BYTES)
        steps = []
        for number, line in enumerate(raw.split(b"\n"), start=1):
            if not line.strip():
                continue
            label = f"{where}/{name} line {number}"
            if len(line) > MAX_HISTORY_LINE:
                raise BundleError(_("{file}: the line is too long").format(file=label))
            step = strict_json(line, label, MAX_HISTORY_LINE, MAX_JSON_DEPTH)
            if (not isinstance(step, dict) or set(step) != {"seq", "created_at", "record"}
                    or not isinstance(step["seq"], int) or isinstance(step["seq"], bool) or step["seq"] != len(steps) + 1
                    or not isinstance(step["created_at"], str) or not isinstance(step["record"], dict)):
                result.problems.append(_("{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)").format(file=label))
                break
            authors = [v for v in _values_of(step["record"], "author") if v is not None]
            if any(a not in codes for a in authors):
                result.problems.append(_("{file}: a history step names an author code the manifest does not list").format(file=label))
                break
            steps.append(step)
        position = entry["history_pos"]
        if position is not None and position > len(steps):
            result.problems.append(_("{file}: the undo position {pos} is past the {count} history steps").format(
                file=f"{where}/{name}", pos=position, count=len(steps)))
        result.history[entry["id"]] = steps
    for name in zf.names:
        kind = member_kind(name)
        if kind and kind[0] == "audio":
            data = zf.read(name, MAX_AUDIO_BYTES)
            if hashlib.sha256(data).hexdigest() != kind[1][0]:
                result.problems.append(_("{file}: '{name}' does not match the checksum in its name").format(file=where, name=name))
            elif keep_audio:
                result.audio[kind[1][0]] = data
