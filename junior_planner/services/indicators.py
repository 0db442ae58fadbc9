"""Indicator definitions files and the indicators of stored proposals.

A definitions file (`assets/indicators/default.json`, or a facilitator's copy given by path) is
read here, validated with its JSON Schema (`assets/indicators/indicators.schema.json`, draft
2020-12) and then checked for what a schema cannot see: known formula kinds, tags, age bands,
which captions each kind needs, and caption placeholders. Every problem is one translated line
naming the file and the indicator. The arithmetic is in `junior_planner.model.indicators`.
"""

from __future__ import annotations

import functools
import json
import math
import re
import string
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from junior_planner import resources
from junior_planner.i18n import _
from junior_planner.model.catalog import Catalog
from junior_planner.model.entities import Proposal
from junior_planner.model.indicators import (
    FORMAT, FORMAT_VERSION, KINDS, TAGS, IndicatorCalculator, IndicatorDefinition, IndicatorResult, IndicatorSet,
    Target, format_number, is_area_tag,
)

__all__ = ["IndicatorsFileError", "calculator", "default_path", "format_number", "indicators_document",
           "load_definitions", "parse_definitions", "proposal_indicators", "schema_path"]
from junior_planner.model.site import Site
from junior_planner.model.vocabulary import AGE_BANDS, LANGUAGES
from junior_planner.services.library import Library
from junior_planner.services.errors import UserError

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNT_KINDS = ("tag_total", "count_tagged", "count_near_features", "category_variety", "budget_used")
TEXT_FIELDS = ("captions", "captions_no_target", "captions_not_applicable", "explanations", "child_captions",
               "child_captions_one")
MAX_FILE_BYTES = 1_000_000


class IndicatorsFileError(UserError):
    """A definitions file cannot be used; the message is one line naming the file and the entry."""


def default_path() -> Path:
    return resources.asset("indicators", "default.json")


def schema_path() -> Path:
    return resources.asset("indicators", "indicators.schema.json")


@functools.lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


# --- loading ----------------------------------------------------------------------------------
def load_definitions(path: Optional[Path | str] = None, catalog: Optional[Catalog] = None) -> IndicatorSet:
    """The bundled default set, or the file at `path`, validated against `catalog` (default: the
    bundled catalog). Raises IndicatorsFileError."""
    catalog = catalog or Library.of().catalog
    if path is None:
        return _default_definitions(catalog)
    return _load(Path(path), catalog)


@functools.lru_cache(maxsize=4)
def _default_definitions(catalog: Catalog) -> IndicatorSet:
    return _load(default_path(), catalog)


def _load(path: Path, catalog: Catalog) -> IndicatorSet:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise IndicatorsFileError(_("{file} is too big for an indicator definitions file").format(file=path))
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise IndicatorsFileError(_("{file} is not UTF-8 text").format(file=path)) from None
    except OSError as exc:
        raise IndicatorsFileError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        reason = getattr(exc, "msg", str(exc))
        if line is None:
            raise IndicatorsFileError(_("{file} is not valid JSON ({reason})").format(file=path, reason=reason)) from None
        raise IndicatorsFileError(_("{file} is not valid JSON (line {line}: {reason})").format(
            file=path, line=line, reason=reason)) from None
    return parse_definitions(data, str(path), catalog)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_definitions(data: Any, source: str, catalog: Catalog) -> IndicatorSet:
    """Schema check, then semantic checks, then the model's IndicatorSet."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise IndicatorsFileError(_("{file} is not an indicator definitions file (its format is not '{format}')").format(
            file=source, format=FORMAT))
    if data.get("format_version") != FORMAT_VERSION:
        raise IndicatorsFileError(_("{file} is indicator format version {version}; this Junior Planner reads version {known}").format(
            file=source, version=data.get("format_version"), known=FORMAT_VERSION))
    _check_schema(data, source)
    checker = _Checker(source, catalog)
    definitions = []
    seen: set[str] = set()
    for number, raw in enumerate(data["indicators"], start=1):
        definition = checker.indicator(raw, number)
        if definition.id in seen:
            checker.fail(raw, number, _("the id '{id}' is used twice").format(id=definition.id))
        seen.add(definition.id)
        definitions.append(definition)
    return IndicatorSet(id=data["id"], names=dict(data["names"]), definitions=tuple(definitions), source=source)


def _check_schema(data: Mapping[str, Any], source: str) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data), key=_error_rank)
    if error is None:
        return
    path = list(error.absolute_path)
    entry = None
    if len(path) >= 2 and path[0] == "indicators" and isinstance(path[1], int):
        raw = data["indicators"][path[1]]
        entry = _entry_label(raw, path[1] + 1)
        path = path[2:]
    where = ".".join(str(p) for p in path)
    if error.validator == "required" and isinstance(error.instance, Mapping) and set(error.validator_value) <= set(LANGUAGES):
        missing = [k for k in error.validator_value if k not in error.instance]
        problem = _("'{field}' has no text in the language '{language}'").format(field=where, language=missing[0])
    elif error.validator == "required" and isinstance(error.instance, Mapping):
        missing = [k for k in error.validator_value if k not in error.instance]
        problem = _("'{field}' is missing").format(field=missing[0])
    elif error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = set((error.schema or {}).get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        problem = _("unknown field '{field}'").format(field=".".join([*map(str, path), extra[0]]) if extra else where)
        if allowed == set(LANGUAGES) and extra:
            problem = _("'{field}' has a language other than en and zh_CN: '{language}'").format(field=where, language=extra[0])
    else:
        message = " ".join(error.message.split())
        if len(message) > 160:
            message = message[:157] + "..."
        problem = _("'{field}': {reason}").format(field=where, reason=message) if where else message
    if entry is None:
        raise IndicatorsFileError(_("{file}: {problem}").format(file=source, problem=problem))
    raise IndicatorsFileError(_("{file}: indicator {entry}: {problem}").format(file=source, entry=entry, problem=problem))


def _error_rank(error) -> tuple:
    # Deepest first, so a missing language wins over "not valid under any of the given schemas".
    return (len(error.absolute_path), error.validator != "oneOf")


def _entry_label(raw: Any, number: int) -> str:
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str) and raw["id"]:
        return f"'{raw['id'][:64]}'"
    return f"#{number}"


class _Checker:
    """The checks a schema cannot express, one indicator at a time."""

    def __init__(self, source: str, catalog: Catalog):
        self.source = source
        self.tags = tuple(TAGS) + tuple(sorted({t for b in catalog.blocks.values() for t in b.tags} - set(TAGS)))

    def fail(self, raw: Any, number: int, problem: str) -> None:
        raise IndicatorsFileError(_("{file}: indicator {entry}: {problem}").format(
            file=self.source, entry=_entry_label(raw, number), problem=problem))

    def indicator(self, raw: Mapping[str, Any], number: int) -> IndicatorDefinition:
        def fail(problem: str) -> None:
            self.fail(raw, number, problem)

        kind = raw["kind"]
        if kind not in KINDS:
            fail(_("unknown kind '{kind}' (known kinds: {known})").format(kind=kind, known=", ".join(KINDS)))
        params = dict(raw.get("params") or {})
        required = KINDS[kind]["required"]
        for name in required:
            if name not in params:
                fail(_("the kind '{kind}' needs the parameter '{param}'").format(kind=kind, param=name))
        for name in params:
            if name not in required:
                known = ", ".join(required) or _("none")
                fail(_("the kind '{kind}' has no parameter '{param}' (its parameters: {known})").format(
                    kind=kind, param=name, known=known))
        for name, value in params.items():
            problem = self._param(kind, name, value)
            if problem:
                fail(problem)
        target = None
        if raw.get("target") is not None:
            if kind == "budget_used":
                fail(_("the budget's target is the workshop's budget: remove 'target'"))
            (direction, value), = raw["target"].items()
            target = Target(direction, float(value))
        if kind == "budget_used" and "captions_no_target" not in raw:
            fail(_("the kind 'budget_used' needs 'captions_no_target' (for workshops without a budget)"))
        if kind != "budget_used" and "captions_no_target" in raw:
            fail(_("only the kind 'budget_used' uses 'captions_no_target'"))
        if kind == "count_near_features" and "captions_not_applicable" not in raw:
            fail(_("the kind 'count_near_features' needs 'captions_not_applicable' (for sites without those features)"))
        if kind != "count_near_features" and "captions_not_applicable" in raw:
            fail(_("only the kind 'count_near_features' uses 'captions_not_applicable'"))
        extras = set(KINDS[kind]["placeholders"])
        has_target = target is not None or kind == "budget_used"
        allowed = {
            "captions": extras | {"value"} | ({"target"} if has_target else set()),
            "captions_no_target": extras | {"value"},
            "captions_not_applicable": extras | ({"target"} if target is not None else set()),
            "explanations": extras | ({"target"} if target is not None else set()),
            # a child sees counts ("3 places to sit"), never areas or percentages
            "child_captions": (extras | {"value"}) if kind in COUNT_KINDS else extras,
            "child_captions_one": (extras | {"value"}) if kind in COUNT_KINDS else extras,
        }
        for field in TEXT_FIELDS:
            for lang, text in (raw.get(field) or {}).items():
                problem = _placeholder_problem(text, allowed[field], needs_value=field in ("captions", "captions_no_target"))
                if problem:
                    fail(_("{field} ({language}): {problem}").format(field=field, language=lang, problem=problem))
        return IndicatorDefinition(
            id=raw["id"], kind=kind, params=params, target=target, icon=raw["icon"],
            captions=dict(raw["captions"]), explanations=dict(raw["explanations"]),
            captions_not_applicable=dict(raw.get("captions_not_applicable") or {}),
            captions_no_target=dict(raw.get("captions_no_target") or {}),
            child_captions=dict(raw.get("child_captions") or {}),
            child_captions_one=dict(raw.get("child_captions_one") or {}))

    def _param(self, kind: str, name: str, value: Any) -> Optional[str]:
        if name == "tag":
            if not isinstance(value, str):
                return _("the parameter 'tag' must be one tag name")
            if value not in self.tags:
                return _("unknown tag '{tag}' (known tags: {known})").format(tag=value, known=", ".join(self.tags))
            if kind in ("area_for_age_band", "cover_percent") and not is_area_tag(value):
                return _("the kind '{kind}' needs an area tag (one ending in _m2), not '{tag}'").format(kind=kind, tag=value)
        elif name == "tags":
            if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
                return _("the parameter 'tags' must be a list of one or more tag names")
            for tag in value:
                if tag not in self.tags:
                    return _("unknown tag '{tag}' (known tags: {known})").format(tag=tag, known=", ".join(self.tags))
        elif name == "age_band":
            if value not in AGE_BANDS:
                return _("unknown age band '{band}' (age bands: {known})").format(band=value, known=", ".join(AGE_BANDS))
        elif name == "feature_kinds":
            if not isinstance(value, list) or not value or not all(isinstance(k, str) and ID.match(k) for k in value):
                return _("the parameter 'feature_kinds' must be a list of one or more feature kinds such as 'school-gate'")
        elif name == "distance_m":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                return _("the parameter 'distance_m' must be a number of metres greater than 0")
        return None


def _placeholder_problem(text: str, allowed: set[str], needs_value: bool) -> Optional[str]:
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return _("a brace {{ or }} is not closed (write {{{{ and }}}} for a brace itself)").format()
    names = []
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if spec or conversion:
            return _("write {{{name}}} without a format or conversion").format(name=name)
        if name not in allowed:
            known = ", ".join("{" + a + "}" for a in sorted(allowed)) or _("none")
            return _("unknown placeholder {{{name}}} (allowed here: {known})").format(name=name, known=known)
        names.append(name)
    if needs_value and "value" not in names:
        return _("the caption needs the placeholder {{value}}").format()
    return None


# --- computing --------------------------------------------------------------------------------
_calculators: dict[tuple, tuple[Catalog, Site, IndicatorCalculator]] = {}


def calculator(indicators: IndicatorSet, catalog: Catalog, site: Site) -> IndicatorCalculator:
    """One calculator per (definitions, catalog, site): the tag vectors are built once."""
    key = (indicators, id(catalog), id(site))
    hit = _calculators.get(key)
    if hit is not None and hit[0] is catalog and hit[1] is site:
        return hit[2]
    if len(_calculators) >= 16:
        _calculators.clear()
    made = IndicatorCalculator(indicators, catalog, site)
    _calculators[key] = (catalog, site, made)
    return made


def proposal_indicators(store, proposal: Proposal, indicators: Optional[IndicatorSet] = None,
                        catalog: Optional[Catalog] = None) -> Optional[list[IndicatorResult]]:
    """The indicators of a stored proposal, or None when its site is not installed here."""
    workshop = store.workshop(proposal.workshop_id)
    assert workshop is not None
    catalog = catalog or Library.of(store).catalog
    site = Library.of(store).site(workshop.site_id)
    if site is None:
        return None
    indicators = indicators or load_definitions(catalog=catalog)
    return calculator(indicators, catalog, site).compute(proposal.blocks.values(), workshop.budget)


def indicators_document(results: Optional[Iterable[IndicatorResult]], indicators: Optional[IndicatorSet],
                        budget_used: float, budget: Optional[float]) -> dict[str, Any]:
    """The "indicators" object of the proposal document: the older keys budget_used and budget,
    then the definitions' id and every indicator in display order (ids are stable)."""
    document: dict[str, Any] = {"budget_used": budget_used}
    if budget is not None:
        document["budget"] = budget
    if results is not None and indicators is not None:
        document["definitions"] = indicators.id
        document["items"] = [r.to_dict() for r in results]
    return document
