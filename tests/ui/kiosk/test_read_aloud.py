"""Read-aloud on the kiosk: a speaker button on every screen reads its prompt (and the prompt is
read when the screen opens), pressing and holding any button reads its name instead of pressing
it, in the kiosk's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from junior_planner.services import speech
from junior_planner.ui.audio import Speaker
from tests.ui.kiosk.test_kiosk import kiosk  # noqa: F401 - the fixture


def _speaking_kiosk(make):
    window = make()
    window.speaker = Speaker(enabled=False)
    return window


def _read(window, qtbot):
    buttons = [b for b in window.findChildren(QPushButton, "read-aloud") if b.isVisible()]
    if window.why is not None and window.why.isVisible():  # the say-why panel lies over the build screen
        buttons = [b for b in buttons if window.why.isAncestorOf(b)]
    assert len(buttons) == 1, [b.parent() for b in buttons]
    assert buttons[0].width() >= 48 and buttons[0].accessibleName()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.speaker.last and all(p.exists() for p in window.speaker.last)
    return window.speaker.last


def test_every_screen_has_a_speaker_that_reads_its_prompt(qtbot, kiosk):  # noqa: F811
    store, ws, make = kiosk
    window = _speaking_kiosk(make)
    said = {"welcome": _read(window, qtbot)}
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    said["who"] = _read(window, qtbot)
    assert said["who"][0] == speech.clip("Who is building?", "en")
    qtbot.mouseClick(window.who.cards[0].age_buttons["9-11"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.who.go, Qt.MouseButton.LeftButton)
    said["build"] = _read(window, qtbot)
    assert speech.clip("40", "en") in said["build"]  # "Coins left: 40 of 40", from its parts
    window.say_why()
    said["why"] = _read(window, qtbot)
    window.why.cancel()
    window.go_finish()
    said["finish"] = _read(window, qtbot)
    window.finish.done_button.click()
    said["thanks"] = _read(window, qtbot)
    assert len({tuple(v) for v in said.values()}) == len(said)  # each screen says its own thing


def test_a_screen_reads_itself_when_it_opens_in_the_kiosk_language(qtbot, kiosk):  # noqa: F811
    store, ws, make = kiosk
    window = _speaking_kiosk(make)
    window.set_language("zh_CN")
    try:
        qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(window.speaker.last), timeout=2000)
        from junior_planner.i18n import translate

        assert window.speaker.last[0] == speech.clip(translate("Who is building?", "zh_CN"), "zh_CN")
        assert all(p.parent.name == "zh_CN" for p in window.speaker.last)
    finally:
        window.set_language("en")


def test_holding_a_button_reads_its_name_and_does_not_press_it(qtbot, kiosk):  # noqa: F811
    store, ws, make = kiosk
    window = _speaking_kiosk(make)
    window.read_aloud_on_open = False
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    button = window.who.add_friend
    pressed = []
    button.clicked.connect(lambda: pressed.append(True))
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.wait(900)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert window.speaker.last == [speech.clip("Add a friend", "en")]
    assert pressed == [] and len(window.who.cards) == 1
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a tap still presses it
    assert pressed == [True] and len(window.who.cards) == 2


def test_a_quiet_workshop_does_not_read_screens_when_they_open(qtbot, kiosk):  # noqa: F811
    from junior_planner.services import data_rights

    store, ws, make = kiosk
    quiet = data_rights.edit_workshop(store, store.workshop(ws.id), read_aloud=False, sounds=False)
    window = make()
    window.session.workshop = quiet
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.ui.kiosk.window import KioskWindow

    window = KioskWindow(store, KioskSession(store, quiet), speaker=Speaker(enabled=False))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "allow_close", True))
    assert window.read_aloud_on_open is False and not window.sounds.available
    window.show()
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.wait(500)
    assert window.speaker.last == []
    assert window.read_screen() and window.speaker.last  # the speaker button still works
    window.allow_close = True


def test_holding_a_finger_on_a_block_in_the_3d_view_says_what_it_is(qtbot, tmp_path):
    """The real editor: a finger held still on a placed slide reads "Slide" (a drag would not)."""
    from PySide6.QtCore import QPoint

    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id
    from junior_planner.services import data_rights
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.services.pin import PinGuard
    from junior_planner.store import Store
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow

    with Store(tmp_path / "data") as store:
        ws = data_rights.create_workshop(store, "school-gate", "Hold", read_aloud=False)
        PinGuard(store, ws.id).set_pin("2468")
        window = KioskWindow(store, KioskSession(store, ws), sounds=SoundPlayer(enabled=False),
                             speaker=Speaker(enabled=False), site_picture=False)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "allow_close", True))
        window.setFixedSize(1280, 800)
        window.show()
        qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.who.cards[0].age_buttons["9-11"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.who.go, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        editor, view = window.editor, window.editor_widget.view
        eye = (editor.site.cameras.get("child_eye") or {}).get("position", [0.0, 0.0])
        for dy in range(6, 40, 2):
            slide = PlacedBlock(uuid=new_id(), block_type="slide", x=eye[0], y=eye[1] + dy,
                                z=editor.site.ground_height(eye[0], eye[1] + dy))
            if editor.check(PlaceBlock(block=slide)) is None:
                editor.execute(PlaceBlock(block=slide))
                break
        qtbot.wait(100)
        pixels, _visible = view.project([[slide.x, slide.y, slide.z + 1.0]])
        spot = QPoint(int(pixels[0][0]), int(pixels[0][1]))
        assert view.pick(spot.x(), spot.y()).block == slide.uuid
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=spot)
        qtbot.wait(900)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=spot)
        assert window.speaker.last == [speech.clip("Slide", "en")]
        window.allow_close = True
        window.close()
