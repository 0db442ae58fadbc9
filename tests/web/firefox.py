"""Firefox (Debian's firefox-esr) for the web view's tests, driven over its own remote protocol,
Marionette, with no driver program (geckodriver is not packaged by Debian). Headless, a throw-away
profile, nothing loosened: the page is opened from file:// as a person would open it."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

FIREFOX = ("firefox-esr", "firefox")
PREFS = {
    "marionette.port": 0,  # any free port; Firefox writes it to MarionetteActivePort in the profile
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "app.update.disabledForTesting": True,
    "browser.aboutwelcome.enabled": False,
}


def missing() -> Optional[str]:
    if not any(shutil.which(name) for name in FIREFOX):
        return "Firefox is not installed (apt-get install firefox-esr; ./quickstart.sh test does it)"
    return None


class Firefox:
    """Just enough Marionette: navigate, run a script, take a screenshot."""

    def __init__(self, width: int = 1280, height: int = 800, timeout: float = 60.0, headless: bool = True,
                 webgl: bool = True):
        """`webgl=False` switches WebGL off as an office's locked-down browser may (webgl.disabled)."""
        self.profile = Path(tempfile.mkdtemp(prefix="jp-firefox-"))
        prefs = dict(PREFS, **({} if webgl else {"webgl.disabled": True}))
        (self.profile / "user.js").write_text(
            "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in prefs.items()), encoding="utf-8")
        binary = next(shutil.which(n) for n in FIREFOX if shutil.which(n))
        self.process = subprocess.Popen(
            [binary] + (["--headless"] if headless else []) + ["--marionette", "--no-remote", "--profile", str(self.profile),
             "--width", str(width), "--height", str(height), "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = self.profile / "MarionetteActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.quit()
                raise RuntimeError("Firefox did not start its remote protocol")
            time.sleep(0.1)
        self.socket = socket.create_connection(("127.0.0.1", int(port_file.read_text().strip())), timeout=timeout)
        self.buffer = b""
        self._read()  # the greeting
        self.message_id = 0
        self.call("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": False}}})
        self.call("WebDriver:SetWindowRect", {"width": width, "height": height})

    def _read(self) -> Any:
        while b":" not in self.buffer:
            self.buffer += self._recv()
        length, _, rest = self.buffer.partition(b":")
        size = int(length)
        while len(rest) < size:
            rest += self._recv()
        self.buffer = rest[size:]
        return json.loads(rest[:size])

    def _recv(self) -> bytes:
        chunk = self.socket.recv(65536)
        if not chunk:
            raise RuntimeError("Firefox closed the connection")
        return chunk

    def call(self, command: str, params: Optional[dict] = None) -> Any:
        self.message_id += 1
        data = json.dumps([0, self.message_id, command, params or {}]).encode("utf-8")
        self.socket.sendall(str(len(data)).encode() + b":" + data)
        while True:
            reply = self._read()
            if reply[0] == 1 and reply[1] == self.message_id:
                if reply[2]:
                    raise RuntimeError(f"{command}: {reply[2].get('message', reply[2])}")
                return reply[3]

    def get(self, url: str) -> None:
        self.call("WebDriver:Navigate", {"url": url})

    def execute(self, script: str, *args: Any) -> Any:
        return self.call("WebDriver:ExecuteScript", {"script": script, "args": list(args)}).get("value")

    def screenshot_png(self) -> bytes:
        import base64

        return base64.b64decode(self.call("WebDriver:TakeScreenshot", {"full": False})["value"])

    def quit(self) -> None:
        try:
            if getattr(self, "socket", None):
                try:
                    self.call("Marionette:Quit", {"flags": ["eForceQuit"]})
                except (OSError, RuntimeError):
                    pass
                self.socket.close()
        finally:
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def wait_ready(firefox: Firefox, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    state: dict = {}
    while time.monotonic() < deadline:
        state = firefox.execute(
            "return window.JP ? {ready: JP.ready, error: JP.error, blocks: JP.drawnBlocks, webgl: JP.webgl === true,"
            " first: JP.firstDrawMs} : {ready: false, error: '', blocks: 0}") or {}
        if state.get("ready") or state.get("error"):
            return state
        time.sleep(0.2)
    return state or {"ready": False, "error": "timeout"}
