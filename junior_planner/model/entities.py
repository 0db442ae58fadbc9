"""The things a workshop is made of. Plain, immutable values: a change makes a new value.

There is deliberately no field for a real name, a birth date, a school or a photo
(SAFETY.md: collect only what planning needs).
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from dataclasses import dataclass, field
from typing import Optional

from junior_planner.model.vocabulary import AGE_BANDS, DEFAULT_REASON_CHIPS, LANGUAGES


def new_id() -> str:
    return str(_uuid.uuid4())


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Workshop:
    id: str
    site_id: str
    title: str
    created_at: str
    budget: Optional[float] = None
    palette: Optional[tuple[str, ...]] = None  # block type ids children may use; None = all
    idle_timeout_s: int = 180
    languages: tuple[str, ...] = LANGUAGES
    keep_until: Optional[str] = None  # ISO date; data is purged after it
    voice_notes: bool = False
    reason_chips: tuple[str, ...] = DEFAULT_REASON_CHIPS
    read_aloud: bool = True  # the kiosk reads each screen's prompt when it opens
    sounds: bool = True  # a short sound for each action on the kiosk
    detail: str = "normal"  # how finely the 3D view draws the site: full, normal, low (meshes/lod.py)
    # Guardian consent collected for every child of this workshop (e.g. class forms), as the
    # version of the notice the guardians saw; None: not on file, so kiosk work is kept only
    # for the session (SAFETY.md).
    consent_on_file: Optional[str] = None


@dataclass(frozen=True)
class Participant:
    id: str
    workshop_id: str
    pseudonym: str
    age_band: str
    created_at: str
    avatar: str = ""
    consent: bool = False
    consent_notice_version: str = ""

    def __post_init__(self) -> None:
        if self.age_band not in AGE_BANDS:
            raise ValueError(f"unknown age band {self.age_band!r}")


@dataclass(frozen=True)
class PlacedBlock:
    uuid: str
    block_type: str
    x: float
    y: float
    z: float = 0.0
    yaw: float = 0.0
    scale: float = 1.0
    variant: str = ""


@dataclass(frozen=True)
class Annotation:
    """A child's "why": anchored to a block (moves with it) or to a point on the site."""

    uuid: str
    block_uuid: Optional[str] = None
    point: Optional[tuple[float, float, float]] = None
    sticker: Optional[str] = None
    reasons: tuple[str, ...] = ()
    text: str = ""
    audio_ref: Optional[str] = None  # sha256 of a voice note in the media store
    author: Optional[str] = None  # participant id
    created_at: str = ""


@dataclass(frozen=True)
class ProposalDetails:
    """What the "I'm finished" screen sets."""

    title: str = ""
    favourite_block: Optional[str] = None


@dataclass
class Proposal:
    id: str
    workshop_id: str
    created_at: str
    updated_at: str = ""
    status: str = "draft"
    submitted_at: Optional[str] = None
    participants: list[str] = field(default_factory=list)
    details: ProposalDetails = field(default_factory=ProposalDetails)
    blocks: dict[str, PlacedBlock] = field(default_factory=dict)
    annotations: dict[str, Annotation] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.details.title

    @property
    def favourite_block(self) -> Optional[str]:
        return self.details.favourite_block

    def annotations_of(self, block_uuid: str) -> list[Annotation]:
        return [a for a in self.annotations.values() if a.block_uuid == block_uuid]

    def content_equal(self, other: "Proposal") -> bool:
        return (self.blocks == other.blocks and self.annotations == other.annotations
                and self.details == other.details)
