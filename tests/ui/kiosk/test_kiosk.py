"""The children's kiosk: the whole flow by touch-sized buttons, groups, no way out without the
PIN, idle return with the draft kept, relaunch resumes the draft, language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel

from junior_planner import i18n
from junior_planner.model.commands import PlaceBlock
from junior_planner.model.entities import PlacedBlock, new_id
from junior_planner.services import workshops
from junior_planner.services.kiosk import KioskSession
from junior_planner.services.pin import PinGuard
from junior_planner.store import Store
from junior_planner.ui.audio import SoundPlayer
from junior_planner.ui.kiosk.window import KioskWindow


class FakeEditorWidget(QLabel):
    """Stands in for the 3D editor (tested on its own) so kiosk tests need no GL."""

    def __init__(self, editor):
        super().__init__("editor")
        self.editor = editor


@pytest.fixture
def kiosk(qtbot, data_dir):
    store = Store(data_dir)
    ws = workshops.new_workshop(store, "practice-lawn", "Park", budget=40)
    from junior_planner.services import data_rights

    ws = data_rights.edit_workshop(store, ws, consent_on_file="class forms 2026-09")
    PinGuard(store, ws.id).set_pin("2468")

    def make():
        window = KioskWindow(store, KioskSession(store, ws), sounds=SoundPlayer(enabled=False),
                             editor_factory=FakeEditorWidget, site_picture=False)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "allow_close", True))
        window.resize(1280, 800)
        window.show()
        return window

    yield store, ws, make
    store.close()


def build_something(window):
    for x in (0.0, 5.0):
        window.editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type="bench", x=x, y=0.0)))


def test_one_child_goes_from_welcome_to_a_submitted_proposal(qtbot, kiosk):
    store, ws, make = kiosk
    window = make()
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.who
    assert not window.who.go.isEnabled()  # an age first
    qtbot.mouseClick(window.who.cards[0].age_buttons["9-11"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.who.go, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.build
    build_something(window)
    assert "36" in window.budget_label.text()  # 40 - 2 x 2 coins
    qtbot.mouseClick(window.finished_button, Qt.MouseButton.LeftButton)
    window.finish.name_edit.setText("Benches for all")
    qtbot.mouseClick(window.finish.favourite_group.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.finish.sticker_buttons["love"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.finish.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.thanks
    [summary] = store.proposal_summaries(ws.id)
    proposal = store.proposal(summary.id)
    assert proposal.status == "submitted" and proposal.title == "Benches for all"
    assert proposal.favourite_block in proposal.blocks
    assert [a.sticker for a in proposal.annotations.values()] == ["love"]
    qtbot.mouseClick(window.thanks.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.welcome


def test_a_group_of_three_builds_one_proposal(qtbot, kiosk):
    store, ws, make = kiosk
    window = make()
    window.go_who()
    qtbot.mouseClick(window.who.add_friend, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.who.add_friend, Qt.MouseButton.LeftButton)
    for card, band in zip(window.who.cards, ("6-8", "9-11", "12-14")):
        qtbot.mouseClick(card.age_buttons[band], Qt.MouseButton.LeftButton)
    names = [c.pseudonym for c in window.who.cards]
    assert len(set(names)) == 3
    qtbot.mouseClick(window.who.go, Qt.MouseButton.LeftButton)
    people = store.participants(proposal_id=window.editor.proposal.id)
    assert [p.pseudonym for p in people] == names and [p.age_band for p in people] == ["6-8", "9-11", "12-14"]
    assert window.avatars.count() == 3


def test_the_kiosk_refuses_to_close_and_ignores_escape(qtbot, kiosk):
    _store, _ws, make = kiosk
    window = make()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


def test_holding_the_corner_then_the_pin_closes_it_and_wrong_pins_lock(qtbot, kiosk, monkeypatch):
    _store, _ws, make = kiosk
    window = make()
    monkeypatch.setattr("junior_planner.ui.kiosk.guard.HOLD_MS", 50)
    window.watcher.hold.setInterval(50)
    qtbot.mousePress(window.welcome, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(window.pinpad.isVisible, timeout=4000)
    qtbot.mouseRelease(window.welcome, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    said = []
    for _ in range(5):
        for digit in "1111":
            window.pinpad.press(digit)
        window.pinpad.submit()
        said.append(window.pinpad.prompt.text())
    assert said[:4] == ["Not right. 4 tries left.", "Not right. 3 tries left.", "Not right. 2 tries left.",
                        "Not right. 1 try left."]  # the singular through the %n forms
    assert said[4] == window.pinpad.prompt.text() and "Wait 60 seconds" in said[4]
    for digit in "2468":
        window.pinpad.press(digit)
    window.pinpad.submit()  # right PIN, but locked for a minute
    assert not window.menu.isVisible()


def test_the_right_pin_opens_the_facilitator_menu(qtbot, kiosk):
    _store, _ws, make = kiosk
    window = make()
    window.ask_pin()
    for digit in "2468":
        window.pinpad.press(digit)
    window.pinpad.submit()
    assert window.menu.isVisible() and window.exit_button.text() == "Close the kiosk"


def test_idle_returns_to_welcome_and_keeps_the_draft(qtbot, kiosk):
    store, ws, make = kiosk
    window = make()
    window.start_building([("blue-fox", "9-11", "fox")])
    build_something(window)
    window.idle.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=3000)
    [summary] = store.proposal_summaries(ws.id)
    assert summary.status == "draft" and summary.blocks == 2
    assert KioskSession(store, ws).draft_in_progress() is None  # the next child starts fresh


def test_a_relaunch_after_a_crash_reopens_the_draft(qtbot, kiosk):
    store, ws, make = kiosk
    first = make()
    first.start_building([("red-tiger", "6-8", "tiger")])
    build_something(first)
    proposal_id = first.editor.proposal.id
    first.allow_close = True
    first.close()  # as if the process died: nobody said "finished" or went idle
    second = make()
    assert second.stack.currentWidget() is second.build
    assert second.editor.proposal.id == proposal_id and len(second.editor.proposal.blocks) == 2


def test_switching_language_on_the_welcome_screen_changes_the_words(qtbot, kiosk):
    _store, _ws, make = kiosk
    window = make()
    qtbot.mouseClick(window.welcome.language_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert window.welcome.start_button.text() == "开始"
    window.go_who()
    assert window.who.go.text() == "开始搭建！"
    i18n.set_language("en")


def test_touch_targets_are_at_least_64_pixels(qtbot, kiosk):
    _store, _ws, make = kiosk
    window = make()
    window.go_who()
    for button in [window.who.go, window.who.add_friend, *window.who.cards[0].age_buttons.values(),
                   window.welcome.start_button]:
        assert button.sizeHint().height() >= 64 or button.minimumSizeHint().height() >= 64 or button.height() >= 64


def test_say_why_opens_a_note_for_the_spot_and_saves_it(qtbot, kiosk):
    store, ws, make = kiosk
    window = make()
    window.start_building([("blue-fox", "9-11", "fox")])
    qtbot.mouseClick(window.why_button, Qt.MouseButton.LeftButton)
    assert window.why.isVisible()
    qtbot.mouseClick(window.why.sticker_buttons["worry"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.why.save_button, Qt.MouseButton.LeftButton)
    [note] = window.editor.proposal.annotations.values()
    assert note.sticker == "worry" and note.point is not None and note.author == window.editor.proposal.participants[0]


def _touchscreen():
    from PySide6.QtGui import QInputDevice
    from PySide6.QtTest import QTest

    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def _tap(qtbot, widget, device):
    from PySide6.QtTest import QTest

    centre = widget.rect().center()
    QTest.touchEvent(widget, device).press(0, centre, widget).commit()
    QTest.touchEvent(widget, device).release(0, centre, widget).commit()
    from PySide6.QtWidgets import QApplication

    qtbot.wait(QApplication.doubleClickInterval() + 30)  # a child's next tap, not a double tap


def test_a_child_goes_from_welcome_to_building_by_touch_alone(qtbot, kiosk):
    """Simulated finger taps (no mouse) on Start, an age and Let's build."""
    _store, _ws, make = kiosk
    window = make()
    qtbot.waitExposed(window)
    device = _touchscreen()
    _tap(qtbot, window.welcome.start_button, device)
    assert window.stack.currentWidget() is window.who
    qtbot.wait(50)  # the new screen lays itself out
    _tap(qtbot, window.who.cards[0].age_buttons["6-8"], device)
    assert window.who.cards[0].age_band == "6-8"
    _tap(qtbot, window.who.go, device)
    assert window.stack.currentWidget() is window.build


def test_the_welcome_and_who_screens_work_with_a_keyboard(qtbot, kiosk):
    _store, _ws, make = kiosk
    window = make()
    window.welcome.start_button.setFocus()
    qtbot.keyClick(window.welcome.start_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.who
    window.who.cards[0].age_buttons["12-14"].setFocus()
    qtbot.keyClick(window.who.cards[0].age_buttons["12-14"], Qt.Key.Key_Space)
    window.who.go.setFocus()
    qtbot.keyClick(window.who.go, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.build


def test_without_consent_on_file_the_work_is_kept_only_for_the_session(qtbot, kiosk):
    """SAFETY.md: without guardian consent a child can play, but nothing is stored beyond the
    session: finishing (or leaving) deletes the design and the explorer everywhere."""
    import dataclasses

    store, ws, make = kiosk
    window = make()
    window.session.workshop = dataclasses.replace(ws, consent_on_file=None)
    window.start_building([("green-owl", "9-11", "owl")])
    build_something(window)
    assert store.proposal_summaries(ws.id)  # kept while the child builds (a crash loses nothing)
    window.go_finish()
    window.finish.name_edit.setText("Secret base")
    qtbot.mouseClick(window.finish.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.thanks  # the child still gets the thank-you picture
    assert store.proposal_summaries(ws.id) == [] and store.participants(workshop_id=ws.id) == []


def test_consent_on_file_marks_every_child(qtbot, kiosk):
    store, ws, make = kiosk
    window = make()
    window.start_building([("blue-fox", "9-11", "fox"), ("red-tiger", "6-8", "tiger")])
    people = store.participants(proposal_id=window.editor.proposal.id)
    assert [(p.consent, p.consent_notice_version) for p in people] == [(True, "class forms 2026-09")] * 2
