"""Headless Chromium (Debian's `chromium` and `chromium-driver`, driven by Selenium) for the web
view's tests and benchmark. Only what a person's browser has: no flags that loosen file://
access; `--no-sandbox` because CI runs as root, `--headless=new` because there is no screen."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Optional

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"


def missing() -> Optional[str]:
    """Why there is no browser to test with, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e .[test])"
    if not any(shutil.which(name) for name in CHROMIUM):
        return "Chromium is not installed (apt-get install chromium chromium-driver; ./quickstart.sh test does it)"
    if not shutil.which(DRIVER):
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


def open_browser(width: int = 1280, height: int = 800):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = next(shutil.which(n) for n in CHROMIUM if shutil.which(n))
    options.add_argument("--headless=new")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument("--lang=en-GB")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which(DRIVER)), options=options)
    driver.set_window_size(width, height)
    return driver


def open_page(driver, path: Path, query: str = "", timeout: float = 30.0) -> dict:
    """Open a page from file:// and wait until it has drawn or said what is wrong: window.JP."""
    driver.get(Path(path).resolve().as_uri() + query)
    return wait_ready(driver, timeout)


def wait_ready(driver, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    state = None
    while time.monotonic() < deadline:
        state = driver.execute_script(
            "return window.JP ? {ready: JP.ready, error: JP.error, blocks: JP.drawnBlocks, first: JP.firstDrawMs,"
            " webgl: JP.webgl === true, detail: JP.detail || ''} : {ready: false, error: '', blocks: 0}")
        if state["ready"] or state["error"]:
            return state
        time.sleep(0.1)
    return state or {"ready": False, "error": "timeout"}


def tap(driver, x: float, y: float) -> None:
    """Press and release at (x, y) in the page's viewport, as a finger or a mouse would (W3C
    pointer actions at absolute coordinates, whatever the pointer did before)."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(round(x)), int(round(y))).click()
    actions.perform()


# --- WebKit (Safari's engine): WebKitGTK's MiniBrowser, driven by its WebKitWebDriver ----------------
def webkit_missing() -> Optional[str]:
    import glob

    if not shutil.which("WebKitWebDriver"):
        return "WebKitWebDriver is not installed (apt-get install webkit2gtk-driver; ./quickstart.sh test does it)"
    if not glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"):
        return "WebKitGTK's MiniBrowser is not installed (apt-get install webkit2gtk-driver)"
    if not os.environ.get("DISPLAY"):
        return "WebKitGTK's MiniBrowser needs a display (Xvfb)"
    return None


def open_webkit(width: int = 1280, height: int = 800):
    import glob

    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    options = Options()
    options.binary_location = sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))[-1]
    options.add_argument("--automation")
    driver = webdriver.WebKitGTK(options=options, service=Service(shutil.which("WebKitWebDriver")))
    driver.set_window_size(width, height)
    return driver
