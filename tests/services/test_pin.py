"""The facilitator PIN: salted and slowed, five wrong tries lock it for a minute, and the lock
survives a restart."""

from __future__ import annotations

import json

import pytest

from junior_planner.services.errors import UserError
from junior_planner.services.pin import LOCK_SECONDS, PinGuard, hash_pin
from junior_planner.store import Store


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_pin_is_stored_salted_and_slowed_never_in_clear(data_dir):
    with Store(data_dir) as store:
        PinGuard(store, "w1").set_pin("2468")
        raw = store.get_meta("pin:w1")
    assert "2468" not in raw
    record = json.loads(raw)["record"]
    assert record["scheme"] == "scrypt" and record["n"] >= 2**14 and len(bytes.fromhex(record["salt"])) == 16
    assert hash_pin("2468")["hash"] != hash_pin("2468")["hash"]  # a new salt each time


def test_right_pin_opens_wrong_pin_counts_down(data_dir):
    with Store(data_dir) as store:
        guard = PinGuard(store, "w1", Clock())
        guard.set_pin("2468")
        assert guard.check("2468").ok
        result = guard.check("1111")
        assert not result.ok and result.tries_left == 4


def test_five_wrong_tries_lock_it_for_a_minute_even_after_a_restart(data_dir):
    clock = Clock()
    with Store(data_dir) as store:
        guard = PinGuard(store, "w1", clock)
        guard.set_pin("2468")
        for _ in range(4):
            assert guard.check("0000").tries_left > 0
        locked = guard.check("0000")
        assert not locked.ok and locked.locked_for == LOCK_SECONDS
    with Store(data_dir) as store:  # the kiosk restarted
        guard = PinGuard(store, "w1", clock)
        clock.now += 30
        still = guard.check("2468")
        assert not still.ok and still.locked_for == pytest.approx(30)
        clock.now += 31
        assert guard.check("2468").ok


@pytest.mark.parametrize("pin", ["", "12", "abcd", "1234567890123"])
def test_a_pin_must_be_4_to_12_digits(pin):
    with pytest.raises(UserError):
        hash_pin(pin)
