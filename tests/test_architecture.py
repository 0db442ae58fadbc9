"""The layer rules in pyproject.toml ([tool.importlinter]): the model never knows Qt, only the
meshes layer imports trimesh, render never imports the UI, the UI reaches data only through the
services; and the Library is the one way the code loads the catalog and the sites."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_with_probe(probe: Path, line: str) -> subprocess.CompletedProcess:
    """lint-imports with one deliberately wrong module written for the run, removed after."""
    probe.write_text(line + "  # deliberately wrong\n")
    try:
        lint = Path(sys.executable).with_name("lint-imports")
        return subprocess.run([str(lint), str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT,
                              capture_output=True, text=True)
    finally:
        probe.unlink()


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contract_checker_catches_a_qt_import_in_the_model(tmp_path):
    """The contracts can fail: a model module importing PySide6 breaks them."""
    result = _lint_with_probe(ROOT / "junior_planner" / "model" / "_contract_probe.py", "import PySide6.QtCore")
    assert result.returncode != 0
    assert "junior_planner.model._contract_probe" in result.stdout


def test_scripted_commands_do_not_load_qt():
    """`sites`, `replay`, `show`... start fast: importing the CLI and running a listing loads no Qt."""
    code = ("import sys; from junior_planner.cli import main; main(['sites', '--json']); "
            "sys.stderr.write(','.join(m for m in ('PySide6', 'pyqtgraph', 'OpenGL', 'trimesh') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stderr == ""


def test_every_label_and_message_shows_text_plainly():
    """Text people typed is never markup: labels are PlainLabel, messages go through ui.text.tell,
    tooltips built from data through plain_tooltip (ui/text.py is the one home of the rule)."""
    import re

    offenders = []
    for path in sorted((ROOT / "junior_planner").rglob("*.py")):
        if path.name == "text.py" and path.parent.name == "ui":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.])QLabel\(", line) and not line.lstrip().startswith("class "):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: QLabel( (use PlainLabel)")
            if re.search(r"QMessageBox\.(information|warning|critical|question|about)\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: QMessageBox static call (use ui.text.tell)")
            match = re.search(r"\.setToolTip\((.*)", line)
            if match and not match.group(1).lstrip().startswith(("_(", "plain_tooltip(", "translate(")):
                if "name(" not in match.group(1):  # catalog names are ours
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: tooltip from data (use plain_tooltip)")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize("layer, forbidden", [("services", "junior_planner.render.snapshot"),
                                              ("store", "junior_planner.exchange.geo"),
                                              ("services", "PySide6.QtGui"),
                                              ("ui", "junior_planner.store.repository"),
                                              ("render", "junior_planner.store")])
def test_the_layers_contract_catches_an_import_up_or_across(layer, forbidden):
    """A services module reaching up into render, the store reaching across into exchange, a
    service importing Qt, a window or a picture opening the store itself: each breaks the contracts
    (written in a probe module, removed after)."""
    result = _lint_with_probe(ROOT / "junior_planner" / layer / "_layer_probe.py", f"import {forbidden}")
    assert result.returncode != 0
    assert f"junior_planner.{layer}._layer_probe" in result.stdout


def _calls(path: Path):
    import ast

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            yield node


def test_windows_read_through_the_workspace_not_the_store():
    """No window or picture calls a method of the store it was handed; it reads through its
    Workspace (services/workspace.py) and passes the store only to service functions."""
    import ast

    offenders = []
    for layer in ("ui", "render"):
        for path in sorted((ROOT / "junior_planner" / layer).rglob("*.py")):
            for call in _calls(path):
                owner = call.func.value
                named = (isinstance(owner, ast.Name) and owner.id == "store") or (
                    isinstance(owner, ast.Attribute) and owner.attr == "store")
                if named:
                    offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}: store.{call.func.attr}(...)")
    assert not offenders, "\n".join(offenders)


def test_the_catalog_and_sites_are_loaded_only_through_the_library():
    """`Library.of(store)` is the one way code gets the catalog, the sites and their meshes; the
    loaders in services/library.py are called by nothing else."""
    import ast

    loaders = {"load_catalog", "bundled_sites", "sites", "site", "site_ids", "site_mesh", "ground_index",
               "attach_ground", "forget_cache", "load_site_file"}
    offenders = []
    for path in sorted((ROOT / "junior_planner").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() == "junior_planner/services/library.py":
            continue
        for call in _calls(path):
            owner = call.func.value
            if isinstance(owner, ast.Name) and owner.id == "library" and call.func.attr in loaders:
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}: library.{call.func.attr}(...)")
        text = path.read_text(encoding="utf-8")
        for name in ("load_catalog", "bundled_sites"):
            if f"import {name}" in text or f", {name}" in text and "services.library import" in text:
                offenders.append(f"{path.relative_to(ROOT)}: imports {name}")
    assert not offenders, "\n".join(offenders)
