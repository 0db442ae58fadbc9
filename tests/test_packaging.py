"""Packaging and quick-start guards.

A wheel must carry the bundled files (assets/ and models3d/ are force-included as
junior_planner/_assets and junior_planner/_models3d), a plain non-editable install must find them
through junior_planner.resources, and the two-command quick start plus the CI entry point must
stay wired together the way README.md describes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QUICKSTART = REPO / "quickstart.sh"
CI_RUN = REPO / ".ci" / "run"


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(REPO)],
        cwd=REPO,
    )
    assert result.returncode == 0, f"building the wheel failed:\n{result.stdout}\n{result.stderr}"
    wheels = sorted(out.glob("junior_planner-*.whl"))
    assert len(wheels) == 1, f"expected one junior_planner wheel in {out}, got {wheels}"
    return wheels[0]


def test_wheel_contains_bundled_files(wheel: Path) -> None:
    """Protects the wheel layout: a wheel built from the repo carries junior_planner/_assets/
    and junior_planner/_models3d/catalog.json (pyproject's force-include), without which an
    installed app has no 3D catalogue or assets."""
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("junior_planner/_assets/") for n in names), (
        "wheel has no junior_planner/_assets/ (is assets/ empty or the force-include gone?)"
    )
    assert "junior_planner/_models3d/catalog.json" in names


def test_installed_wheel_finds_bundled_files(wheel: Path, tmp_path: Path) -> None:
    """Protects junior_planner.resources for a plain (non-editable) install: after
    `pip install --no-deps --target DIR wheel`, importing from DIR in an unrelated working
    directory resolves models3d_dir()/catalog.json and assets_dir() inside DIR, not in the
    source checkout."""
    target = tmp_path / "site"
    result = _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", "-q", "--target", str(target), str(wheel)],
    )
    assert result.returncode == 0, f"installing the wheel failed:\n{result.stdout}\n{result.stderr}"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import json\n"
        "from junior_planner import resources\n"
        "print(json.dumps({'package': str(resources._PACKAGE),\n"
        "                  'catalog': str(resources.models3d_dir() / 'catalog.json'),\n"
        "                  'catalog_exists': (resources.models3d_dir() / 'catalog.json').is_file(),\n"
        "                  'assets': str(resources.assets_dir()),\n"
        "                  'assets_exists': resources.assets_dir().is_dir()}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(target)
    env["PYTHONNOUSERSITE"] = "1"
    result = _run([sys.executable, "-c", probe], cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    root = target.resolve()
    assert Path(found["package"]).is_relative_to(root), (
        f"imported junior_planner from {found['package']}, not from the installed wheel in {root}"
    )
    assert found["catalog_exists"], found
    assert Path(found["catalog"]).resolve().is_relative_to(root), found
    assert found["assets_exists"], found
    assert Path(found["assets"]).resolve().is_relative_to(root), found


def test_quickstart_help_lists_both_commands() -> None:
    """Protects the README's two-command quick start: `quickstart.sh --help` succeeds and
    documents both the `demo` and the `test` subcommands."""
    result = _run(["bash", str(QUICKSTART), "--help"], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout
    assert "test" in result.stdout


def test_ci_runs_the_readme_test_command() -> None:
    """Protects the CI contract: .ci/run calls exactly `./quickstart.sh test`, the README's test
    command, so CI exercises the same install path as a new contributor."""
    lines = [
        line.strip()
        for line in CI_RUN.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert any(line in ("./quickstart.sh test", "exec ./quickstart.sh test") for line in lines), lines


def test_quickstart_is_valid_bash() -> None:
    """Protects quickstart.sh from syntax errors: `bash -n` parses it cleanly and the file is
    executable (the README runs it as ./quickstart.sh)."""
    result = _run(["bash", "-n", str(QUICKSTART)], cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert os.access(QUICKSTART, os.X_OK), "quickstart.sh must be executable"
