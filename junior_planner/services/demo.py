"""The bundled demo workshop: a workshop on a bundled site with a few scripted proposals, kept in
its own data folder so a demo never mixes with real workshop data."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable, Optional

from junior_planner import resources
from junior_planner.i18n import _
from junior_planner.services import workshops
from junior_planner.services.library import Library
from junior_planner.services.replay import Replay
from junior_planner.store import Store
from junior_planner.store.database import default_data_dir

PREFERRED_SITES = ("lakeside-park", "practice-lawn")


def demo_data_dir(override: Optional[str]) -> Path:
    return Path(override).expanduser() if override else default_data_dir(None) / "demo"


def prepare(override: Optional[str] = None, reset: bool = False, say: Callable[[str], None] = lambda s: None) -> Path:
    data_dir = demo_data_dir(override)
    if reset and data_dir.exists() and (data_dir / "junior-planner.sqlite3").exists():
        shutil.rmtree(data_dir)
    with Store(data_dir) as store:
        if store.workshops():
            return data_dir
        say(_("Preparing the demo workshop in {path}").format(path=data_dir))
        site_id = next(s for s in PREFERRED_SITES if Library.of().site(s) is not None)
        ws = workshops.new_workshop(store, site_id, _("Demo: our park"), budget=60)
        for script in sorted(resources.asset("demo").glob("*.jsonl")):
            with open(script, "rb") as stream:
                Replay(store, ws).run(stream)
    return data_dir
