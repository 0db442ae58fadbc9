#!/usr/bin/env python3
"""Pictures of the bundles' web view for the README and the planners' guide, made in headless
Chromium from the demo workshop's real export (`export --web`) and `publish-web`:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/web_screenshots.py

writes docs/images/web-view-en-1280x800.png (a proposal, a tapped block's reasons),
web-view-zh_CN-1280x800.png (all proposals, the heatmap), web-view-phone-390x844.png and
web-publish-front-1280x800.png.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"


def _viewport(driver, width: int, height: int, mobile: bool = False) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def _save(driver, name: str) -> None:
    time.sleep(0.4)
    (OUT / name).write_bytes(driver.get_screenshot_as_png())
    print(OUT / name)


def main() -> int:
    from junior_planner.services import demo
    from tests.web import browser

    problem = browser.missing()
    if problem:
        raise SystemExit(problem)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = demo.prepare(str(tmp / "data"))
        listed = subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(data), "workshop", "list",
                                 "--json"], capture_output=True, text=True, check=True)
        workshop = json.loads(listed.stdout)[0]["id"]
        subprocess.run([sys.executable, "-m", "junior_planner", "--data-dir", str(data), "export", "--workshop", workshop,
                        "--out", str(tmp / "demo.jpbundle"), "--web", str(tmp / "page")], check=True)
        subprocess.run([sys.executable, "-m", "junior_planner", "publish-web", str(tmp / "demo.jpbundle"), "--out",
                        str(tmp / "site")], check=True)
        page = tmp / "page" / "index.html"
        driver = browser.open_browser(1280, 800)
        try:
            _viewport(driver, 1280, 800)
            browser.open_page(driver, page, "?lang=en")
            docs = driver.execute_script("return JP_DATA.proposals")
            doc = next(p for p in docs if any(n["block"] and n["reasons"] for n in p["notes"]))
            block = next(n["block"] for n in doc["notes"] if n["block"] and n["reasons"])
            driver.find_element("css selector", f"[data-proposal='{doc['id']}']").click()
            time.sleep(0.3)
            at = driver.execute_script("return JP.screenPosition(arguments[0])", block)
            browser.tap(driver, at["x"], at["y"])
            _save(driver, "web-view-en-1280x800.png")

            browser.open_page(driver, page, "?lang=zh_CN")
            driver.find_element("id", "heatmap").click()
            _save(driver, "web-view-zh_CN-1280x800.png")

            _viewport(driver, 390, 844, mobile=True)
            browser.open_page(driver, page, "?lang=en")
            _save(driver, "web-view-phone-390x844.png")

            _viewport(driver, 1280, 800)
            driver.get((tmp / "site" / "index.html").as_uri() + "?lang=en")
            _save(driver, "web-publish-front-1280x800.png")
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
