"""Translation guards: every marked string has a finished Simplified Chinese translation that keeps
its placeholders, windows pass no unmarked text to Qt, and the run-time lookup reads the TS files.

The marked strings are found in-process with tools/update_translations.py's own extractor, so the
tests and the tool always agree on what a message is. To fix a failure here, run
`python tools/update_translations.py` and translate what it marks unfinished (docs/translations.md).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest

from junior_planner import i18n

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "junior_planner"
UI = PACKAGE / "ui"
TOOL = REPO / "tools" / "update_translations.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extraction():
    return tool.extract(PACKAGE, REPO)


@pytest.fixture(scope="module")
def zh_entries():
    return tool.read_ts(tool.ts_path("zh_CN", REPO / "assets" / "translations"))


def _where(locations) -> str:
    return ", ".join(f"{f}:{n}" for f, n in locations)


# --- (a) --------------------------------------------------------------------------------------
def test_every_marked_string_has_a_finished_chinese_translation(extraction, zh_entries):
    """Protects Chinese users from English leaking into windows and messages: every literal passed
    to `_()` or `N_()` anywhere in junior_planner/ has a finished (not `type="unfinished"`, not
    empty) translation in assets/translations/junior_planner_zh_CN.ts. Unfinished entries are
    ignored at run time, so an unfinished one would show English."""
    assert extraction.messages, "the extractor found no marked strings at all"
    problems = tool.problems(extraction.messages, zh_entries, extraction.numerus)
    assert not problems, (
        "strings without a finished zh_CN translation (run tools/update_translations.py, then "
        "translate them):\n  " + "\n  ".join(problems)
    )


# --- (b) --------------------------------------------------------------------------------------
def _fields(text: str) -> set[str]:
    """The `{...}` replacement fields of a str.format template, as written between the braces
    (raises ValueError on unbalanced braces). A set: a translation may use one twice."""
    return {"{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None}


def test_translations_keep_the_same_placeholders(zh_entries):
    """Protects `.format(...)` at run time: a translation that drops, renames, adds or unbalances
    a `{placeholder}` would raise KeyError or show a raw brace to the user (or, for the refusal
    table, silently fall back to the bare template). Each finished translation must have exactly
    the same set of replacement fields as its source, and the same number of line breaks."""
    bad = []
    for source, entry in sorted(zh_entries.items()):
        if entry.state is not None or not entry.translation:
            continue
        try:
            want, got = _fields(source), _fields(entry.translation)
        except ValueError as exc:
            bad.append(f"{source!r}: translation is not a valid template ({exc}): {entry.translation!r}")
            continue
        if want != got:
            bad.append(f"{source!r}: placeholders {sorted(want)} but translation has {sorted(got)}: {entry.translation!r}")
        elif source.count("\n") != entry.translation.count("\n"):
            bad.append(f"{source!r}: line breaks differ in {entry.translation!r}")
    assert not bad, "translations whose placeholders differ from the source:\n  " + "\n  ".join(bad)


# --- (c) --------------------------------------------------------------------------------------
_NOT_WORDS = re.compile(
    r"\{[^{}]*\}"                       # placeholders
    r"|--?[A-Za-z][\w-]*"               # options: --site, -h
    r"|\b[A-Z][A-Z0-9_]*\b"             # metavars and acronyms: ID, T, JSON
    r"|\b[a-z0-9]+(?:[-_.][a-z0-9]+)+\b"  # ids and commands: junior-planner, practice-lawn
)


def _is_only_ids_and_punctuation(text: str) -> bool:
    return not re.search(r"[^\W\d_]", _NOT_WORDS.sub("", text))


def test_no_translation_is_just_the_english(zh_entries):
    """Protects against "translations" pasted from the source (or left as-is by a tool): a
    finished zh_CN translation identical to its English source is only allowed when the text is
    nothing but placeholders, punctuation, numbers and ids/option names."""
    same = [source for source, e in sorted(zh_entries.items())
            if e.state is None and e.translation == source and not _is_only_ids_and_punctuation(source)]
    assert not same, "zh_CN translations identical to the English source:\n  " + "\n  ".join(map(repr, same))


def test_identity_rule_recognises_ids():
    """Protects the rule of test_no_translation_is_just_the_english itself: ids, options and
    placeholders may stay as they are, words may not."""
    assert _is_only_ids_and_punctuation("{path}: {detail}")
    assert _is_only_ids_and_punctuation("--site ID")
    assert _is_only_ids_and_punctuation("junior-planner (1.0)")
    assert not _is_only_ids_and_punctuation("Proposals")
    assert not _is_only_ids_and_punctuation("line {line}: {reason}")


# --- (d) --------------------------------------------------------------------------------------
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage", "setTitle",
    "setWindowIconText", "setLabelText", "setInformativeText", "setDetailedText",
}
HEADER_SETTERS = {"setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
                "QAction", "QMenu", "QCommandLinkButton"}
_WORDY = re.compile(r"[^\W\d_]")


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _unmarked_text(node: ast.expr) -> bool:
    """True if `node` builds user-visible words from a literal without going through `_()`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_WORDY.search(node.value))
    if isinstance(node, ast.JoinedStr):  # f"..." cannot be translated
        return any(_unmarked_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):  # "a" + x, "a %s" % x
        return _unmarked_text(node.left) or _unmarked_text(node.right)
    if isinstance(node, ast.Call):  # "...".format(...) / "...".join(...) on an unmarked literal
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join", "strip", "upper", "lower"):
            return _unmarked_text(node.func.value)
        return False  # _("..."), translate(...), any other call: not a literal
    if isinstance(node, ast.IfExp):
        return _unmarked_text(node.body) or _unmarked_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_unmarked_text(v) for v in node.values)
    return False


def unmarked_ui_text(source: str, filename: str) -> list[str]:
    """file:line for each literal handed straight to a Qt text setter or text widget."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func)
        candidates: list[ast.expr] = []
        if name in TEXT_SETTERS and isinstance(node.func, ast.Attribute):
            candidates = list(node.args[:1])
        elif name in TEXT_WIDGETS:
            candidates = list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title")]
        elif name in HEADER_SETTERS and node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
            candidates = list(node.args[0].elts)
        for arg in candidates:
            if _unmarked_text(arg):
                found.append(f"{filename}:{arg.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def test_windows_pass_no_unmarked_text_to_qt():
    """Protects against English-only text in the windows: a string literal given directly to a Qt
    text setter (setText, setWindowTitle, setToolTip, setPlaceholderText, setAccessibleName,
    showMessage, ...), a text widget (QLabel, QPushButton, ...) or a header label list must be
    wrapped in `_()`, otherwise the extractor never sees it and it is never translated."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += unmarked_ui_text(path.read_text(encoding="utf-8"), path.relative_to(REPO).as_posix())
    assert not found, "user-visible text not wrapped in _():\n  " + "\n  ".join(found)


def test_unmarked_text_scanner_catches_the_usual_forms():
    """Protects test_windows_pass_no_unmarked_text_to_qt from going blind: the scanner flags the
    common unmarked forms and accepts marked ones."""
    code = "\n".join([
        'QLabel("Hello")',                                   # 1
        'w.setWindowTitle(f"Proposal {n}")',                 # 2
        't.setHorizontalHeaderLabels([_("Title"), "Status"])',  # 3
        'w.statusBar().showMessage("Saved {n}".format(n=1))',  # 4
        'b = QPushButton(_("OK"))',
        'w.setToolTip(_("Move {name}").format(name=x))',
        'w.setText(name)',
        'w.setText("")',
        'w.setText("42 %")',
        'QLabel(text="Hi")',                                 # 10
    ])
    lines = [int(item.split(":")[1]) for item in unmarked_ui_text(code, "sample.py")]
    assert sorted(lines) == [1, 2, 3, 4, 10]


# --- strings that `_()` cannot see ---------------------------------------------------------------
# `_(variable)` translates at run time but nothing can extract the variable's possible values, so
# they are never put in the TS file and never translated. Mark such strings with N_() where they
# are defined and translate them with translate(). Known cases still to fix (file, call):
KNOWN_UNEXTRACTABLE: set[tuple[str, str]] = set()


def test_translation_calls_take_literals(extraction):
    """Protects against strings that are translated at run time but never extracted: `_()` and
    `N_()` must be called with a string literal. Known, not-yet-fixed cases are listed in
    KNOWN_UNEXTRACTABLE; an entry there that no longer occurs must be removed."""
    seen = {(f, code) for f, _line, code in extraction.non_literal}
    new = sorted(f"{f}:{line}: {code}" for f, line, code in extraction.non_literal
                 if (f, code) not in KNOWN_UNEXTRACTABLE)
    stale = sorted(KNOWN_UNEXTRACTABLE - seen)
    assert not new, "_()/N_() called with something that is not a string literal:\n  " + "\n  ".join(new)
    assert not stale, f"fixed, remove from KNOWN_UNEXTRACTABLE: {stale}"


# --- (e) --------------------------------------------------------------------------------------
def test_runtime_lookup_returns_chinese():
    """Protects the run-time side (junior_planner/i18n.py reading the TS file): a known string
    comes back in Chinese for zh_CN and unchanged for English."""
    assert i18n.translate("Proposals", "zh_CN") == "方案"
    assert i18n.translate("Proposals", "en") == "Proposals"


def test_runtime_lookup_reads_every_finished_translation(zh_entries):
    """Protects the TS file against entries that the run-time reader would miss or mangle (XML
    escaping of quotes, apostrophes and line breaks): every finished zh_CN translation is what
    i18n.translate returns for its source."""
    wrong = [source for source, e in sorted(zh_entries.items())
             if e.state is None and e.translation and i18n.translate(source, "zh_CN") != e.translation]
    assert not wrong, "i18n.translate does not return the TS translation for:\n  " + "\n  ".join(map(repr, wrong))


# --- the tool ---------------------------------------------------------------------------------
def test_update_tool_keeps_adds_and_retires_messages(tmp_path, monkeypatch, capsys):
    """Protects tools/update_translations.py's merge: existing translations survive a run, a new
    string arrives unfinished, a string gone from the code is kept as vanished, output is sorted
    and byte-identical on a second run, and --check exits 1 naming the unfinished string."""
    package = tmp_path / "junior_planner"
    package.mkdir()
    (package / "a.py").write_text('from x import _, N_\n_("keep it")\nT = {"k": N_("it\'s new")}\n', encoding="utf-8")
    ts_dir = tmp_path / "assets" / "translations"
    ts_dir.mkdir(parents=True)
    old = [tool.Entry("keep it", "留着", None), tool.Entry("gone", "走了", None)]
    (ts_dir / "junior_planner_zh_CN.ts").write_text(tool.render_ts("zh_CN", old, ts_dir, tmp_path), encoding="utf-8")
    monkeypatch.setattr(tool, "REPO", tmp_path)
    monkeypatch.setattr(tool, "PACKAGE", package)
    monkeypatch.setattr(tool, "TRANSLATIONS", ts_dir)

    assert tool.main([]) == 0
    first = (ts_dir / "junior_planner_zh_CN.ts").read_bytes()
    entries = tool.read_ts(ts_dir / "junior_planner_zh_CN.ts")
    assert list(entries) == sorted(entries)
    assert (entries["keep it"].translation, entries["keep it"].state) == ("留着", None)
    assert (entries["it's new"].translation, entries["it's new"].state) == ("", "unfinished")
    assert (entries["gone"].translation, entries["gone"].state) == ("走了", "vanished")
    assert b'<location filename="../../junior_planner/a.py" line="2"/>' in first
    en = tool.read_ts(ts_dir / "junior_planner_en.ts")
    assert {s: (e.translation, e.state) for s, e in en.items()} == {"keep it": ("keep it", None),
                                                                      "it's new": ("it's new", None)}

    assert tool.main([]) == 0
    assert (ts_dir / "junior_planner_zh_CN.ts").read_bytes() == first
    capsys.readouterr()
    assert tool.main(["--check"]) == 1
    assert "unfinished: \"it's new\" (junior_planner/a.py:3)" in capsys.readouterr().out


# --- counted strings (Qt numerus forms) -------------------------------------------------------
def test_counted_strings_have_every_form_in_both_languages(extraction):
    """Protects "1 try left" / "3 tries left": every `n_()`/`Nn_()` string is a numerus message in
    both TS files, with two finished forms in English and one in Chinese, each keeping `%n` and
    the same `{placeholders}` as the source."""
    assert extraction.numerus, "no counted strings found: n_() is not being extracted"
    bad = []
    for lang in ("en", "zh_CN"):
        entries = tool.read_ts(tool.ts_path(lang, REPO / "assets" / "translations"))
        bad += [f"{lang}: {p}" for p in tool.problems(extraction.messages, entries, extraction.numerus, lang)]
        for source in extraction.numerus:
            for form in entries[source].forms or []:
                if "%n" not in form or _fields(form) != _fields(source):
                    bad.append(f"{lang}: {source!r}: form {form!r} loses %n or a placeholder")
    assert not bad, "\n  ".join(bad)


def test_counted_strings_pick_the_singular_in_english_and_one_form_in_chinese():
    """Protects the run-time choice of form (i18n.translate_n)."""
    assert i18n.translate_n("Not right. %n tries left.", 1, "en") == "Not right. 1 try left."
    assert i18n.translate_n("Not right. %n tries left.", 2, "en") == "Not right. 2 tries left."
    assert i18n.translate_n("Not right. %n tries left.", 0, "en") == "Not right. 0 tries left."
    assert i18n.translate_n("Not right. %n tries left.", 1, "zh_CN") == "不对哦，还能试 1 次。"
    assert i18n.translate_n("%n notes", 1.5, "en") == "1.5 notes"
    assert i18n.translate_n("not a counted string %n", 4, "en") == "not a counted string 4"


def test_qt_reads_our_translation_files_as_we_do(tmp_path, extraction, qapp):
    """Protects the TS files as real Qt Linguist files: Qt's own lrelease compiles both, and Qt's
    QTranslator gives, for every counted string and n in 0, 1, 2, 5, 21, the same text as
    i18n.translate_n (same plural rules, same forms), and for plain strings the same Chinese."""
    import shutil
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    differ = []
    for lang in ("en", "zh_CN"):
        qm = tmp_path / f"{lang}.qm"
        done = subprocess.run([lrelease, str(tool.ts_path(lang, REPO / "assets" / "translations")), "-qm", str(qm)],
                              capture_output=True, text=True)
        assert done.returncode == 0 and qm.exists(), done.stdout + done.stderr
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        try:
            for source in sorted(extraction.numerus):
                for n in (0, 1, 2, 5, 21):
                    qt = QCoreApplication.translate(tool.CONTEXT, source, None, n)
                    ours = i18n.translate_n(source, n, lang)
                    if qt != ours:
                        differ.append(f"{lang} n={n}: Qt {qt!r}, ours {ours!r}")
            if lang == "zh_CN":
                for source in sorted(set(extraction.messages) - extraction.numerus)[:200]:
                    if QCoreApplication.translate(tool.CONTEXT, source) != i18n.translate(source, lang):
                        differ.append(f"{lang}: {source!r}")
        finally:
            QCoreApplication.removeTranslator(translator)
    assert not differ, "Qt and i18n disagree:\n  " + "\n  ".join(differ[:20])


def test_update_tool_writes_counted_messages_and_keeps_english_forms(tmp_path, monkeypatch, capsys):
    """Protects the tool's numerus side: an `n_()` string becomes `numerus="yes"` with one empty
    form in zh_CN and two in English (both unfinished, so --check fails), written forms survive a
    run, and a string that stops being counted starts over."""
    package = tmp_path / "junior_planner"
    package.mkdir()
    (package / "a.py").write_text('from x import n_\nn_("%n apples", 3)\n', encoding="utf-8")
    ts_dir = tmp_path / "assets" / "translations"
    ts_dir.mkdir(parents=True)
    monkeypatch.setattr(tool, "REPO", tmp_path)
    monkeypatch.setattr(tool, "PACKAGE", package)
    monkeypatch.setattr(tool, "TRANSLATIONS", ts_dir)

    assert tool.main([]) == 0
    zh = tool.read_ts(ts_dir / "junior_planner_zh_CN.ts")["%n apples"]
    en = tool.read_ts(ts_dir / "junior_planner_en.ts")["%n apples"]
    assert (zh.forms, zh.state, en.forms, en.state) == ([""], "unfinished", ["", ""], "unfinished")
    assert b'<message numerus="yes">' in (ts_dir / "junior_planner_en.ts").read_bytes()
    capsys.readouterr()
    assert tool.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "junior_planner_en.ts" in out and "junior_planner_zh_CN.ts" in out

    for lang, forms in (("en", ["%n apple", "%n apples"]), ("zh_CN", ["%n 个苹果"])):
        path = ts_dir / f"junior_planner_{lang}.ts"
        entries = tool.read_ts(path)
        entries["%n apples"].forms, entries["%n apples"].state = forms, None
        path.write_text(tool.render_ts(lang, list(entries.values()), ts_dir, tmp_path), encoding="utf-8")
    assert tool.main([]) == 0
    assert tool.read_ts(ts_dir / "junior_planner_en.ts")["%n apples"].forms == ["%n apple", "%n apples"]
    assert tool.main(["--check"]) == 0

    (package / "a.py").write_text('from x import _\n_("%n apples")\n', encoding="utf-8")
    assert tool.main([]) == 0
    again = tool.read_ts(ts_dir / "junior_planner_zh_CN.ts")["%n apples"]
    assert (again.forms, again.state) == (None, "unfinished")
