"""Small builders shared by tests: a store with a workshop, an editor on a fresh proposal."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from junior_planner.model.entities import PlacedBlock, new_id
from junior_planner.services import workshops
from junior_planner.store import Store


def make_editor(data_dir: Path, budget: Optional[float] = None, site: str = "practice-lawn"):
    store = Store(data_dir)
    ws = workshops.new_workshop(store, site, "Test workshop", budget=budget)
    proposal = workshops.start_proposal(store, ws)
    workshops.join(store, proposal, "Blue Fox", "9-11")
    return store, workshops.open_editor(store, proposal)


def block(kind: str = "bench", x: float = 0.0, y: float = 0.0, yaw: float = 0.0, scale: float = 1.0) -> PlacedBlock:
    return PlacedBlock(uuid=new_id(), block_type=kind, x=x, y=y, yaw=yaw, scale=scale, variant="")


class FaultyFile:
    """A file object whose write and flush first call `fault(kind)`, which may raise OSError as the
    kernel would (disk full, I/O error): for fault-injection tests that patch os.fdopen."""

    def __init__(self, fh: Any, fault: Callable[[str], None]) -> None:
        self._fh, self._fault = fh, fault

    def write(self, data: bytes) -> int:
        self._fault("write")
        return self._fh.write(data)

    def flush(self) -> None:
        self._fault("flush")
        self._fh.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> "FaultyFile":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._fh.close()
