"""Guard against the PySide6 build that leaks references to None away.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void-returning call; a 3D scene
makes thousands of such calls a second, None's refcount reaches zero within seconds and the
interpreter aborts with "Fatal Python error: none_dealloc". pyproject.toml pins PySide6 6.11.x
because of it; this test catches the bug in whatever PySide6 is installed.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000
ALLOWED_DROP = 1_000

_PROBE = f"""
import sys
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QMatrix4x4

app = QCoreApplication.instance() or QCoreApplication([])
obj = QObject()
matrix = QMatrix4x4()
obj.setObjectName("warm-up")
matrix.translate(1, 0, 0)
before = sys.getrefcount(None)
for _ in range({CALLS}):
    obj.setObjectName("probe")          # void-returning QObject method
for _ in range({CALLS}):
    QMatrix4x4().translate(1, 0, 0)     # void-returning QtGui value-type method
after = sys.getrefcount(None)
print("BEFORE", before)
print("AFTER", after)
"""


def test_void_calls_keep_none_refcount() -> None:
    """Protects against PySide6 builds (6.12.0 on CPython 3.11) that drop a reference to None on
    every void-returning call: 2 x 20,000 such calls in a subprocess must not lower
    sys.getrefcount(None) by more than 1,000, and must not kill the interpreter
    ("Fatal Python error: none_dealloc")."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, (
        f"the PySide6 probe died with status {result.returncode} (a none_dealloc abort is the "
        f"PySide6 6.12.0 None-refcount bug; stay on 6.11.x):\n{result.stdout}\n{result.stderr}"
    )
    values = dict(
        line.split() for line in result.stdout.splitlines() if line.startswith(("BEFORE", "AFTER"))
    )
    before, after = int(values["BEFORE"]), int(values["AFTER"])
    assert before - after <= ALLOWED_DROP, (
        f"None's refcount fell from {before} to {after} over {2 * CALLS} void-returning PySide6 "
        "calls: this PySide6 leaks None references (the 6.12.0 bug); pin PySide6 6.11.x"
    )
