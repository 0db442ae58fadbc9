"""The web view inside every bundle (exchange/web_page.py, services/web.py), without a browser:
what goes into the page and its data, the size it adds, and what publish-web leaves out. The
browser itself is tests/web/test_browser.py."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from junior_planner.exchange import web_page
from junior_planner.meshes.scene_export import read_glb_geometries
from junior_planner.services import bundle, web
from junior_planner.services.errors import UserError

from tests.exchange.helpers import members, rezip

MB = 1024 * 1024


def _data(files: dict[str, bytes]) -> dict:
    text = files["web/data.js"].decode("utf-8")
    start = text.index("window.JP_DATA = ") + len("window.JP_DATA = ")
    return json.loads(text[start:text.rindex(";")])


def test_every_bundle_carries_a_page_that_validates(lawn):
    """The page's files are bundle members like any other: listed with checksums in the manifest,
    accepted by validate, and the page names nothing outside the bundle."""
    _store, _ws, path = lawn
    files = members(path)
    for name in web_page.PAGE_MEMBERS:
        assert name in files, name
    manifest = json.loads(files["manifest.json"])
    assert set(web_page.PAGE_MEMBERS) <= set(manifest["files"])
    assert bundle.check(path).problems == []
    html = files["index.html"].decode("utf-8")
    for needle in ("http://", "https://", "type=\"module\"", "fetch("):
        assert needle not in html
    for script in ("web/app.js",):
        code = files[script].decode("utf-8")
        assert "fetch(" not in code and "XMLHttpRequest" not in code and "import(" not in code


def test_the_page_data_holds_every_proposal_block_and_note(lawn):
    _store, _ws, path = lawn
    files = members(path)
    data = _data(files)
    docs = {n: json.loads(b) for n, b in files.items() if n.startswith("proposals/")}
    assert {p["id"] for p in data["proposals"]} == {d["id"] for d in docs.values()}
    for doc in docs.values():
        shown = next(p for p in data["proposals"] if p["id"] == doc["id"])
        assert [b["uuid"] for b in shown["blocks"]] == [b["uuid"] for b in doc["blocks"]]
        assert [n["text"] for n in shown["notes"]] == [a["text"] for a in doc["annotations"]]
        for b in doc["blocks"]:
            assert b["type"] in data["block_meshes"], b["type"]
    assert data["site_mesh"]
    assert set(data["texts"]["languages"]) == {"en", "zh_CN"}
    assert data["texts"]["ui"]["zh_CN"]["tap_hint"] != data["texts"]["ui"]["en"]["tap_hint"]
    assert data["texts"]["counted"]["en"]["n_blocks"] == ["%n block", "%n blocks"]


def test_packed_meshes_keep_the_site_to_the_centimetre(lawn):
    """The site as the page gets it: every vertex within 5 mm of the bundle's site.glb, the same
    triangles and colours."""
    _store, _ws, path = lawn
    files = members(path)
    site = next(iter(read_glb_geometries(files["scenes/site.glb"]).values()))
    vertices, faces, rgb = web_page.decode_mesh(_data(files)["site_mesh"])
    assert vertices.shape == site.vertices.shape
    assert np.abs(vertices - site.vertices).max() <= 0.005 + 1e-6
    assert np.array_equal(faces, np.asarray(site.faces, dtype=np.int64))
    assert np.abs(rgb.astype(int) - np.round(site.colors[:, :3] * 255).astype(int)).max() <= 1


def test_text_a_child_typed_cannot_end_the_data_script():
    data = {"proposals": [{"notes": [{"text": "</script><script>alert(1)</script>"}]}]}
    script = web_page.data_script(data).decode("utf-8")
    assert "</script" not in script
    assert json.loads(script[script.index("= ") + 2:script.rindex(";")]) == data


def test_the_page_adds_at_most_1_5_mb_to_a_bundle(lawn, tmp_path):
    """Measured on the zip: the same workshop exported with and without the page."""
    store, ws, path = lawn
    without = tmp_path / "without.jpbundle"
    bundle.export_bundle(store, ws, without, history=True, web_page=False)
    added = path.stat().st_size - without.stat().st_size
    assert 0 < added <= 1.5 * MB, added


def test_publish_keeps_only_consented_proposals_and_removes_personal_words(lawn, tmp_path):
    """publish-web: a proposal whose children are not all consented is left out; a note that
    looks like a list of names loses its words; no voice notes; children by code and age band
    only; the front page lists the workshop."""
    _store, _ws, path = lawn
    files = members(path)
    manifest = json.loads(files["manifest.json"])
    docs = {n: json.loads(b) for n, b in files.items() if n.startswith("proposals/")}
    first_name, first = sorted(docs.items())[0]
    withheld_code = first["participants"][0]["code"]
    for person in manifest["participants"]:
        if person["code"] == withheld_code:
            person["consent"] = False
    second_name, second = sorted(docs.items())[1]
    second["annotations"][0]["text"] = "Tom, Anna and Lee"
    files[second_name] = json.dumps(second).encode()
    changed = rezip(tmp_path / "changed.jpbundle", files, manifest)
    assert bundle.check(changed).problems == []

    result = web.publish([changed], tmp_path / "site")
    page = _data({"web/data.js": (tmp_path / "site" / manifest["workshop"]["id"] / "web" / "data.js").read_bytes()})
    shown = {p["id"] for p in page["proposals"]}
    left_out = {d["id"] for d in docs.values() if any(p["code"] == withheld_code for p in d["participants"])}
    assert left_out and not (shown & left_out)
    assert shown == {d["id"] for d in docs.values()} - left_out
    assert result.left_out_proposals == len(left_out)
    texts = [n["text"] for p in page["proposals"] for n in p["notes"]]
    assert "Tom, Anna and Lee" not in texts
    for p in page["proposals"]:
        assert all(set(c) == {"code", "age_band"} for c in p["participants"])
    published = [f.relative_to(tmp_path / "site").as_posix() for f in (tmp_path / "site").rglob("*") if f.is_file()]
    assert not any(name.endswith(".wav") or "/audio/" in name for name in published)
    assert not any(left in name for left in left_out for name in published)
    front = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f'{manifest["workshop"]["id"]}' in front


def test_publish_refuses_a_folder_it_did_not_make(lawn, tmp_path):
    _store, _ws, path = lawn
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_bytes(b"important")
    with pytest.raises(UserError, match="not empty"):
        web.publish([path], tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.docx").read_bytes() == b"important"
    web.publish([path], tmp_path / "site")
    web.publish([path], tmp_path / "site")  # its own folder is replaced
    assert (tmp_path / "site" / "index.html").exists()


def test_export_web_writes_the_page_unzipped(lawn, tmp_path):
    _store, _ws, path = lawn
    written = web.write_folder(path, tmp_path / "page")
    assert set(web_page.PAGE_MEMBERS) <= set(written)
    with zipfile.ZipFile(path) as zf:
        assert (tmp_path / "page" / "web" / "data.js").read_bytes() == zf.read("web/data.js")
