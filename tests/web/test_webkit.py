"""The web view in WebKit, the engine of Safari and of every browser on an iPhone: WebKitGTK's
MiniBrowser (Debian's webkit2gtk-driver) opens the page from file://, draws every block, a tapped
block shows the children's reasons, and the language switches."""

from __future__ import annotations

import os

import pytest

from tests.web import browser
from tests.web.test_browser import exported  # noqa: F401 - the module-scoped demo export

pytestmark = pytest.mark.skipif(browser.webkit_missing() is not None and not os.environ.get("CI"),
                                reason=str(browser.webkit_missing()))


def test_webkit_draws_every_block_and_shows_a_tapped_blocks_reasons(exported):  # noqa: F811
    from junior_planner.model.vocabulary import reason_name

    problem = browser.webkit_missing()
    if problem:
        pytest.fail(problem)
    _bundle, page, manifest, docs = exported
    doc, note = next((d, a) for d in docs for a in d["annotations"] if a["anchor"].get("block") and a["reasons"])
    driver = browser.open_webkit()
    try:
        state = browser.open_page(driver, page / "index.html", "?lang=en")
        assert state["ready"] and state["webgl"] and state["error"] == "", state
        assert state["blocks"] == manifest["counts"]["blocks"]
        driver.find_element("css selector", f"[data-proposal='{doc['id']}']").click()
        position = driver.execute_script("return JP.screenPosition(arguments[0])", note["anchor"]["block"])
        browser.tap(driver, position["x"], position["y"])
        info = driver.find_element("id", "info")
        assert info.get_attribute("data-block") == note["anchor"]["block"]
        for reason in note["reasons"]:
            assert reason_name(reason, "en") in info.text
        driver.find_element("css selector", "[data-lang='zh_CN']").click()
        assert "个方案" in driver.find_element("id", "counts").text
    finally:
        driver.quit()
