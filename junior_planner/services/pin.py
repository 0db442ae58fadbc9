"""The facilitator PIN: what stands between a child at the kiosk and the facilitator panel or
the desktop. Stored salted and slowed (scrypt); five wrong tries lock it for a minute, and the
lock survives a restart of the kiosk."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from typing import Callable, Optional

from junior_planner.i18n import _
from junior_planner.services.errors import UserError
from junior_planner.store import Store

SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MAX_TRIES = 5
LOCK_SECONDS = 60.0


def hash_pin(pin: str, salt: Optional[bytes] = None) -> dict:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise UserError(_("a PIN is 4 to 12 digits"))
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **SCRYPT)
    return {"scheme": "scrypt", **SCRYPT, "salt": salt.hex(), "hash": digest.hex()}


def _matches(pin: str, record: dict) -> bool:
    try:
        digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(record["salt"]), dklen=32,
                                n=int(record["n"]), r=int(record["r"]), p=int(record["p"]))
    except (KeyError, ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), str(record.get("hash", "")))


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    locked_for: float = 0.0  # seconds until another try is allowed
    tries_left: int = MAX_TRIES


class PinGuard:
    """Checks PINs for one workshop, counting failures in the store."""

    def __init__(self, store: Store, workshop_id: str, clock: Callable[[], float] = time.time):
        self.store, self.workshop_id, self.clock = store, workshop_id, clock
        self._key = f"pin:{workshop_id}"

    def set_pin(self, pin: str) -> None:
        self.store.set_meta(self._key, json.dumps({"record": hash_pin(pin), "failures": 0, "locked_until": 0.0}))

    @property
    def has_pin(self) -> bool:
        return self._state() is not None

    def _state(self) -> Optional[dict]:
        raw = self.store.get_meta(self._key)
        return json.loads(raw) if raw else None

    def check(self, pin: str) -> PinCheck:
        state = self._state()
        if state is None:
            return PinCheck(False, 0.0, 0)
        now = self.clock()
        if state.get("locked_until", 0.0) > now:
            return PinCheck(False, state["locked_until"] - now, 0)
        if _matches(pin, state["record"]):
            if state.get("failures"):
                state["failures"], state["locked_until"] = 0, 0.0
                self.store.set_meta(self._key, json.dumps(state))
            return PinCheck(True)
        state["failures"] = int(state.get("failures", 0)) + 1
        left = MAX_TRIES - state["failures"]
        if left <= 0:
            state["failures"], state["locked_until"] = 0, now + LOCK_SECONDS
            self.store.set_meta(self._key, json.dumps(state))
            return PinCheck(False, LOCK_SECONDS, 0)
        self.store.set_meta(self._key, json.dumps(state))
        return PinCheck(False, 0.0, left)
