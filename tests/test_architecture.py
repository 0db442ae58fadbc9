"""The layer rules in pyproject.toml ([tool.importlinter]): the model never knows Qt, only the
meshes layer imports trimesh, render never imports the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contract_checker_catches_a_qt_import_in_the_model(tmp_path):
    """The contracts can fail: a model module importing PySide6 breaks them."""
    bad = ROOT / "junior_planner" / "model" / "_contract_probe.py"
    bad.write_text("import PySide6.QtCore  # deliberately wrong\n")
    try:
        lint = Path(sys.executable).with_name("lint-imports")
        result = subprocess.run([str(lint), str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT,
                                capture_output=True, text=True)
    finally:
        bad.unlink()
    assert result.returncode != 0
    assert "junior_planner.model._contract_probe" in result.stdout


def test_scripted_commands_do_not_load_qt():
    """`sites`, `replay`, `show`... start fast: importing the CLI and running a listing loads no Qt."""
    code = ("import sys; from junior_planner.cli import main; main(['sites', '--json']); "
            "sys.stderr.write(','.join(m for m in ('PySide6', 'pyqtgraph', 'OpenGL', 'trimesh') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stderr == ""
