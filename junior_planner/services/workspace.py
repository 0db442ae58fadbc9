"""What a window holds: one open store and its Library. The UI reads through it and hands its
`store` on to the service functions; the UI never imports the store layer (a contract in
pyproject.toml says so)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from junior_planner.model.entities import Participant, Proposal, Workshop
from junior_planner.services.library import Library
from junior_planner.store import Store, StoreError  # noqa: F401 - StoreError: what the UI catches
from junior_planner.store.planner import PlannerStore

__all__ = ["Workspace", "StoreError", "open_planner_notes"]


class Workspace:
    """The store a front end works on, with its Library, and the reads the windows need."""

    def __init__(self, store: Store):
        self.store = store
        self.library = Library.of(store)

    @classmethod
    def open(cls, data_dir: Path) -> "Workspace":
        """Open (or create) the store in `data_dir`. Raises StoreError with the reason."""
        return cls(Store(Path(data_dir)))

    @classmethod
    def of(cls, handle: Union["Workspace", Store]) -> "Workspace":
        """A window is handed a Workspace; scripts and tests may hand it a store, which is wrapped."""
        return handle if isinstance(handle, Workspace) else cls(handle)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.store.is_open

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def media(self):
        """Where voice notes are kept (read and written by sha256)."""
        return self.store.media

    def workshops(self) -> list[Workshop]:
        return self.store.workshops()

    def workshop(self, workshop_id: str) -> Optional[Workshop]:
        return self.store.workshop(workshop_id)

    def participants(self, workshop_id: Optional[str] = None, proposal_id: Optional[str] = None) -> list[Participant]:
        return self.store.participants(workshop_id=workshop_id, proposal_id=proposal_id)

    def proposal(self, proposal_id: str) -> Optional[Proposal]:
        return self.store.proposal(proposal_id)

    def proposal_summaries(self, workshop_id: Optional[str] = None):
        return self.store.proposal_summaries(workshop_id)


def open_planner_notes(data_dir: Path) -> PlannerStore:
    """The planner's own tags and comments on the proposals they review (a separate file)."""
    return PlannerStore(Path(data_dir))
