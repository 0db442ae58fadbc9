"""Where the bundled files are: `assets/` and `models3d/`.

In a source checkout (and an editable install) they sit beside the package; a wheel carries them
inside it as `_assets/` and `_models3d/` (see pyproject.toml). Everything that reads a bundled file
asks this module, so there is one place that knows the layout.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def assets_dir() -> Path:
    return _first_existing(_PACKAGE / "_assets", _PACKAGE.parent / "assets")


def models3d_dir() -> Path:
    return _first_existing(_PACKAGE / "_models3d", _PACKAGE.parent / "models3d")


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def model3d(*parts: str) -> Path:
    return models3d_dir().joinpath(*parts)
