"""The web view in Firefox (Debian's firefox-esr, driven over Marionette: tests/web/firefox.py),
opened from file:// like a person would: with a display (the tests' Xvfb, Mesa's software GL) it
draws every block in 3D; with WebGL switched off (as a locked-down office browser may have it), the
page says so and the lists, pictures and the children's notes still work."""

from __future__ import annotations

import os

import pytest

from tests.web import firefox
from tests.web.test_browser import exported  # noqa: F401 - the module-scoped demo export

pytestmark = pytest.mark.skipif(firefox.missing() is not None and not os.environ.get("CI"),
                                reason=str(firefox.missing()))


def _open(headless: bool, webgl: bool = True):
    problem = firefox.missing()
    if problem:
        pytest.fail(problem)
    return firefox.Firefox(1280, 800, headless=headless, webgl=webgl)


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="Firefox draws WebGL only with a display (Xvfb)")
def test_firefox_draws_every_block_from_file(exported):  # noqa: F811
    _bundle, page, manifest, _docs = exported
    browser = _open(headless=False)
    try:
        browser.get((page / "index.html").as_uri() + "?lang=zh_CN")
        state = firefox.wait_ready(browser)
        assert state["ready"] and state["webgl"] and state["error"] == "", state
        assert state["blocks"] == manifest["counts"]["blocks"]
        assert "个方案" in browser.execute("return document.getElementById('counts').textContent")
    finally:
        browser.quit()


def test_firefox_without_webgl_still_shows_lists_pictures_and_notes(exported):  # noqa: F811
    from junior_planner.model.vocabulary import reason_name

    _bundle, page, _manifest, docs = exported
    doc, note = next((d, a) for d in docs for a in d["annotations"] if a["reasons"])
    browser = _open(headless=True, webgl=False)
    try:
        browser.get((page / "index.html").as_uri() + "?lang=en")
        state = firefox.wait_ready(browser)
        assert state["ready"] and not state["webgl"] and state["error"] == "", state
        assert "WebGL" in browser.execute("return document.getElementById('hint').textContent")
        browser.execute("document.querySelector(\"[data-proposal='\" + arguments[0] + \"']\").click()", doc["id"])
        text = browser.execute("return document.getElementById('pictures').textContent")
        for reason in note["reasons"]:
            assert reason_name(reason, "en") in text
    finally:
        browser.quit()
