"""The web view inside every bundle: `index.html` and its `web/` scripts, which show the
workshop's proposals in 3D in any current browser, opened by double-clicking after unzipping.

Browsers refuse a `file://` page both ES-module imports and `fetch`/XHR of the files beside it, so
nothing here is fetched: three.js (vendored, assets/web/three-<version>/) and the page's own script
are classic `<script>` files, and the models' data travels in `web/data.js` as one assignment,
`window.JP_DATA = {...}`. The site and block meshes are taken from the bundle's own GLB files
(scenes/site.glb and the proposals' scenes: raw geometry, site-local Z up) and packed small:
positions in centimetres, delta-coded per axis, indices delta-coded, colours as bytes, the whole
zlib-compressed and base64-coded; the page inflates them with the browser's DecompressionStream.
Pictures are the bundle's snapshots/*.png, shown by `<img>`, which a file:// page may do.

No Qt, no store: `page_data` takes what a bundle holds, `page_files` makes the files.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zlib
from typing import Any, Iterable, Mapping, Optional

import numpy as np

from junior_planner import resources
from junior_planner.meshes.asset import MeshAsset
from junior_planner.meshes.scene_export import read_glb_geometries, read_glb_nodes

THREE_VERSION = "0.147.0"
PAGE_FORMAT = 1
MESH_MAGIC = b"JPM1"
_VENDOR = ("three.min.js", "OrbitControls.js")
# the files of the page inside a bundle or a published folder
PAGE_MEMBERS = ("index.html", "web/app.js", "web/app.css", "web/data.js", "web/three.min.js",
                "web/OrbitControls.js", "web/THREE-LICENSE.txt")


# --- meshes -------------------------------------------------------------------------------------
def encode_mesh(vertices: np.ndarray, faces: np.ndarray, colors: Optional[np.ndarray]) -> str:
    """A mesh as the page reads it: 'JPM1', vertex and index counts (uint32), then int32 planar
    delta-coded centimetre positions (all x, all y, all z), int32 delta-coded indices, and RGB
    bytes; zlib-compressed, base64. Lossless to the centimetre."""
    v = np.asarray(vertices, dtype=np.float64).reshape(-1, 3)
    f = np.asarray(faces, dtype=np.int64).reshape(-1)
    cm = np.round(v * 100.0).astype(np.int64)
    deltas = np.diff(cm, axis=0, prepend=np.zeros((1, 3), dtype=np.int64)).T  # planar: x..., y..., z...
    index_deltas = np.diff(f, prepend=0)
    if colors is None or len(colors) != len(v):
        rgb = np.full((len(v), 3), 200, dtype=np.uint8)
    else:
        c = np.asarray(colors)
        c = c[:, :3] * 255.0 if c.dtype.kind == "f" else c[:, :3]
        rgb = np.clip(np.round(c), 0, 255).astype(np.uint8)
    raw = io.BytesIO()
    raw.write(MESH_MAGIC)
    raw.write(np.array([len(v), len(f)], dtype="<u4").tobytes())
    raw.write(deltas.astype("<i4").tobytes())
    raw.write(index_deltas.astype("<i4").tobytes())
    raw.write(rgb.tobytes())
    return base64.b64encode(zlib.compress(raw.getvalue(), 6)).decode("ascii")  # 9 is 9x slower for 6 % less


def decode_mesh(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The inverse of encode_mesh (what the page does in JavaScript), for tests and tools."""
    raw = zlib.decompress(base64.b64decode(text))
    if raw[:4] != MESH_MAGIC:
        raise ValueError("not a packed mesh")
    nv, ni = np.frombuffer(raw, dtype="<u4", count=2, offset=4)
    at = 12
    deltas = np.frombuffer(raw, dtype="<i4", count=3 * nv, offset=at).reshape(3, nv)
    at += 12 * nv
    index_deltas = np.frombuffer(raw, dtype="<i4", count=ni, offset=at)
    at += 4 * ni
    rgb = np.frombuffer(raw, dtype=np.uint8, count=3 * nv, offset=at).reshape(nv, 3)
    vertices = np.cumsum(deltas, axis=1).T / 100.0
    faces = np.cumsum(index_deltas).reshape(-1, 3)
    return vertices, faces, rgb


def _merged(meshes: Iterable[MeshAsset]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Several meshes as one (vertices, faces, RGBA floats)."""
    meshes = list(meshes)
    if not meshes:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), np.zeros((0, 4))
    offsets = np.cumsum([0] + [len(m.vertices) for m in meshes[:-1]])
    return (np.vstack([m.vertices for m in meshes]),
            np.vstack([np.asarray(m.faces, dtype=np.int64) + o for m, o in zip(meshes, offsets)]),
            np.vstack([m.colors for m in meshes]))


# --- what the page shows -----------------------------------------------------------------------------
def page_data(manifest: Mapping[str, Any], docs: Iterable[Mapping[str, Any]], site_glb: Optional[bytes],
              scene_glbs: Mapping[str, bytes], snapshots: Iterable[str], texts: Mapping[str, Any]) -> dict:
    """Everything the page shows, as one JSON-able object: the workshop and site, every proposal
    (blocks, notes as they are in the bundle, age bands, pictures), each block type's mesh once,
    the site's mesh, and the page's words in every language (`texts`, made by the services)."""
    docs = list(docs)
    snapshots = set(snapshots)
    site_mesh = None
    if site_glb:
        site_mesh = encode_mesh(*_merged(read_glb_geometries(site_glb).values()))
    block_meshes: dict[str, str] = {}
    block_names: dict[str, dict[str, str]] = {}
    for doc in docs:
        glb = scene_glbs.get(doc["id"])
        if glb:
            for name, geom in read_glb_geometries(glb).items():
                kind = name.split(":", 1)[1] if name.startswith("block:") else name
                if kind not in block_meshes:
                    block_meshes[kind] = encode_mesh(*_merged([geom]))
            block_names.update(_names_from_glb(glb))
    age_of = {p["code"]: p["age_band"] for p in manifest.get("participants", [])}
    proposals = []
    for doc in docs:
        pictures = {view: f"snapshots/{doc['id']}-{view}.png" for view in ("top", "child")
                    if f"snapshots/{doc['id']}-{view}.png" in snapshots}
        proposals.append({
            "id": doc["id"], "title": doc.get("title") or "", "status": doc.get("status", ""),
            "participants": [{"code": p["code"], "age_band": p.get("age_band") or age_of.get(p["code"], "")}
                             for p in doc.get("participants", [])],  # codes and age bands only
            "blocks": [{"uuid": b["uuid"], "type": b["type"], "category": b.get("category", ""),
                        "position": list(b["position"]), "yaw": b.get("yaw", 0.0), "scale": b.get("scale", 1.0)}
                       for b in doc.get("blocks", [])],
            "notes": [{"uuid": a["uuid"], "block": (a.get("anchor") or {}).get("block"),
                       "at": (a.get("anchor") or {}).get("position"), "sticker": a.get("sticker"),
                       "reasons": list(a.get("reasons") or []), "text": a.get("text") or "",
                       "author": a.get("author")} for a in doc.get("annotations", [])],
            "pictures": pictures,
        })
    site = manifest.get("site", {})
    workshop = manifest.get("workshop", {})
    return {
        "format": PAGE_FORMAT,
        "workshop": {"id": workshop.get("id", ""), "title": workshop.get("title", "")},
        "site": {"id": site.get("id", ""), "names": dict(site.get("names") or {})},
        "languages": list(texts.get("languages", ["en", "zh_CN"])),
        "texts": texts,
        "block_names": block_names,
        "block_meshes": block_meshes,
        "site_mesh": site_mesh,
        "proposals": proposals,
    }


def _names_from_glb(data: bytes) -> dict[str, dict[str, str]]:
    """Block names per type, from the nodes' extras of a proposal's scene (name_en / name_zh)."""
    try:
        doc = read_glb_nodes(data)
    except ValueError:
        return {}
    names = {}
    for node in doc.get("nodes", []):
        extras = node.get("extras") or {}
        if isinstance(extras, dict) and extras.get("type"):
            names[str(extras["type"])] = {"en": str(extras.get("name_en") or ""), "zh_CN": str(extras.get("name_zh") or "")}
    return names


# --- the files ------------------------------------------------------------------------------------
def _asset(name: str) -> bytes:
    return resources.asset("web", name).read_bytes()


def script_json(value: Any) -> str:
    """`value` as JSON to stand inside a <script>: `</` is escaped, so no text a child typed can
    end the script early."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).replace("</", "<\\/")


def data_script(data: Mapping[str, Any]) -> bytes:
    """`web/data.js`: one assignment a file:// page can load with a classic script tag."""
    return ("/* Junior Planner: this workshop's proposals for index.html */\nwindow.JP_DATA = " + script_json(data)
            + ";\n").encode("utf-8")


def page_files(data: Mapping[str, Any], back_link: Optional[Mapping[str, str]] = None) -> dict[str, bytes]:
    """The page's files, by their path inside the bundle (or published folder). `back_link`
    ({"href": "../index.html"}) adds a link back to a published site's front page."""
    title = str(data.get("workshop", {}).get("title", ""))
    # what the page says before (or without) its scripts, in every language at once
    texts = data.get("texts", {})
    languages = [lang for lang in texts.get("languages", []) if lang in texts.get("ui", {})]

    def both(key: str) -> str:
        return " · ".join(texts["ui"][lang].get(key, "") for lang in languages)

    def broken(what: str) -> str:
        return " · ".join(texts["ui"][lang]["broken"].replace("{what}", texts["ui"][lang][what]) for lang in languages)

    values = {"TITLE": _html_escape(title or "Junior Planner"),
              "BACK": _html_escape((back_link or {}).get("href", "")),
              "OPENING": _html_escape(both("opening")), "NOSCRIPT": _html_escape(both("noscript")),
              "APP_MISSING": script_json(broken("app_missing")),
              "FALLBACK": script_json({"data": broken("data_missing"), "three": broken("three_missing")})}
    html = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], _asset("index.html").decode("utf-8"))
    files = {
        "index.html": html.encode("utf-8"),
        "web/app.js": _asset("app.js"),
        "web/app.css": _asset("app.css"),
        "web/data.js": data_script(data),
        "web/THREE-LICENSE.txt": _asset(f"three-{THREE_VERSION}/LICENSE"),
    }
    for name in _VENDOR:
        files[f"web/{name}"] = _asset(f"three-{THREE_VERSION}/{name}")
    return files


def _html_escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))
