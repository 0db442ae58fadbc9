"""Every action a child takes on the kiosk has its own short sound (place, move, turn, remove,
undo, a refused edit, a note kept, finish), and a drag's moves or repeated refusals do not chatter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from junior_planner import resources
from junior_planner.model.commands import Annotate, DeleteBlock, MoveBlock, PlaceBlock, RotateBlock
from junior_planner.model.entities import Annotation, PlacedBlock, new_id
from junior_planner.ui.kiosk.sounds import ActionSounds
from tests.ui.kiosk.test_kiosk import kiosk  # noqa: F401 - the fixture


class Recorder:
    def __init__(self):
        self.played = []

    def play(self, name):
        self.played.append(name)


def test_each_action_of_a_child_is_heard(qtbot, kiosk):  # noqa: F811
    store, ws, make = kiosk
    window = make()
    window.sounds = window.action_sounds.player = Recorder()
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.who.cards[0].age_buttons["9-11"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.who.go, Qt.MouseButton.LeftButton)
    bench = PlacedBlock(uuid=new_id(), block_type="bench", x=0.0, y=0.0)
    window.editor.execute(PlaceBlock(block=bench))
    window.editor.execute(MoveBlock(target=bench.uuid, x=3.0, y=0.0))
    window.editor.execute(RotateBlock(target=bench.uuid, yaw=90))
    window.editor.execute(Annotate(annotation=Annotation(uuid=new_id(), block_uuid=bench.uuid, sticker="love")))
    window.editor.execute(DeleteBlock(target=bench.uuid))
    window.editor_widget.undoing = True
    window.editor.undo()
    window.editor_widget.undoing = False
    assert window.sounds.played == ["place", "move", "turn", "note", "remove", "undo"]
    for name in set(window.sounds.played) | {"refused", "finish"}:
        assert resources.asset("sounds", f"{name}.wav").exists(), name


def test_a_drag_ticks_and_refusals_do_not_chatter():
    now = [0.0]
    sounds = ActionSounds(Recorder(), clock=lambda: now[0])
    bench = PlacedBlock(uuid=new_id(), block_type="bench", x=0.0, y=0.0)
    sounds.reset([bench])

    class Moved:
        blocks_removed, annotations_upserted = (), ()

        def __init__(self, x):
            self.blocks_upserted = (PlacedBlock(uuid=bench.uuid, block_type="bench", x=x, y=0.0),)

    heard = []
    for step in range(30):  # a three-second drag, a step every 0.1 s
        now[0] = step * 0.1
        heard.append(sounds.changed(Moved(0.1 * (step + 1))))
    assert heard.count("move") == 3
    assert [sounds.play("refused") for now[0] in (5.0, 5.5, 7.0)] == ["refused", None, "refused"]
