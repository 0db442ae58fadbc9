"""README.txt of every bundle, in English and Chinese: what each file is and how to open it."""

README = """Junior Planner bundle / 少年规划师 数据包
=====================================================

This zip holds the proposals children made in one workshop of Junior Planner, a 3D planning
game for participatory planning workshops. Children are named only by anonymous codes (C01,
C02, ...) that are different in every export; no names, pseudonyms or photos are included.
docs/planner-guide.md in the Junior Planner source explains how to open each file in QGIS,
Blender and a spreadsheet.

Coordinates: every proposal file uses site-local metres: x east, y north, z up, measured from the
site's origin. manifest.json gives that origin (longitude, latitude, height; easting, northing
and rotation for imported sites) and the site's projected coordinate system (an EPSG code, e.g.
EPSG:4549); local x/y are metres east/north of the origin in that system (turned by the rotation,
which is 0 unless the facilitator placed a 3D model at an angle). proposals.geojson is already in
WGS84 longitude/latitude; proposals.gpkg, proposals-shp.zip and proposals.city.json are in the
site's projected coordinate system. A site without a coordinate system ("georeferenced": false in
manifest.json) has local metres only: its bundle has no GeoJSON, GeoPackage or Shapefile.

Without any software: unzip the bundle and double-click index.html. Every proposal opens in 3D in
your web browser (Chrome, Edge, Firefox, Safari, also on a phone), with the children's stickers,
reasons and words when you tap a block, filters by age band and kind of thing, a heatmap, and the
pictures; English and Chinese. It works offline and reads only the files of this bundle.

Files
-----
index.html, web/       the web view (see above): web/data.js holds the proposals and 3D models for
                       the page, web/three.min.js is three.js 0.147.0 (MIT, web/THREE-LICENSE.txt)
manifest.json          what is in the bundle: workshop, site (id, origin, EPSG), participant codes
                       with age bands and consent, counts, and the sha256 checksum and size of
                       every other file (schema/manifest-1.schema.json describes it)
proposals/<id>.json    one proposal: blocks (type, category, position, turn, size), the
                       children's notes (sticker, reason chips, text), title, status, budget used
                       (schema/proposal-1.schema.json describes it)
scenes/site.glb        the site in 3D (glTF binary, Y up), once per bundle; asset.extras holds the
                       coordinate system and origin.
scenes/<id>.glb        the proposal's blocks in 3D, in the same frame as scenes/site.glb: each block
                       node is named by its uuid and carries its attributes and the children's
                       notes as glTF "extras". Opens in Blender (File > Import > glTF 2.0; import
                       site.glb too) and most 3D viewers.
proposals.city.json    all blocks as CityJSON 2.0 city objects (CityFurniture,
                       SolitaryVegetationObject, GenericCityObject), boxes at level of detail 1,
                       with type, proposal and reasons as attributes. Opens with cjio, ninja and
                       the QGIS CityJSON Loader plugin.
proposals.geojson      block footprints (polygons) and notes (points) in WGS84 longitude/latitude,
                       with type, category, proposal, age bands, sticker and reasons. Drag it into
                       QGIS, or open it with any GIS.
proposals.gpkg         the same as a GeoPackage in the site's own coordinate system: layers
                       "blocks" (polygons) and "notes" (points).
proposals-shp.zip      the same as Shapefiles (blocks.shp, notes.shp, with .prj and a UTF-8 .cpg)
                       for older GIS and CAD software.
summary.csv            one row per block; annotations.csv one row per note; indicators.csv one row
                       per proposal and child-friendly indicator (value, unit, target, met). UTF-8
                       with a byte order mark, so spreadsheet programs show Chinese correctly.
snapshots/             pictures of each proposal from above (-top.png) and at a child's eye height
                       (-child.png), when the exporting computer could draw them.
history/<id>.jsonl     (only when exported with --history) every edit step, oldest first.
audio/<sha256>.wav     (only when exported with --include-audio) voice notes.
schema/                the JSON Schemas of manifest.json and the proposal files.

Checking: `junior-planner validate FILE.jpbundle` checks every checksum and reference.

----------------------------------------------------------------------------------------------
本数据包包含一次“少年规划师”工作坊中孩子们提交的方案。孩子们只以匿名编号（C01、C02……）出现，
每次导出的编号都不同；不含姓名、昵称或照片。

坐标：方案文件使用场地本地坐标（米）：x 向东、y 向北、z 向上，以场地原点为起点。manifest.json
给出原点的经纬度和高程，以及场地所用投影坐标系的 EPSG 代码（例如 EPSG:4549）。proposals.geojson
已转换为 WGS84 经纬度；proposals.gpkg、proposals-shp.zip 和 proposals.city.json 使用场地的投影
坐标系。没有坐标系的场地（manifest.json 中 "georeferenced": false）只有本地坐标，不含 GeoJSON、
GeoPackage 和 Shapefile。

不用安装任何软件：解压数据包后双击 index.html，即可在浏览器（Chrome、Edge、Firefox、Safari，手机也可以）
里查看每个方案的 3D 模型；点一下积木就能看到孩子们的贴纸、理由和留言，还可以按年龄段和设施种类筛选、查看热力图
和图片，中英文可切换。无需联网，只读取本数据包里的文件。

文件：index.html 和 web/（网页查看器）、manifest.json（清单、校验和）、proposals/（每个方案的 JSON）、scenes/（glTF 三维场景，
site.glb 为场地，可用 Blender 打开）、proposals.city.json（CityJSON 2.0）、proposals.geojson（可直接
拖入 QGIS）、proposals.gpkg（GeoPackage）、proposals-shp.zip（Shapefile）、
summary.csv、annotations.csv 和 indicators.csv（带 BOM 的 UTF-8 表格，可用电子表格软件打开）、snapshots/（方案图片）、
history/（编辑历史，可选）、audio/（语音留言，可选）、schema/（JSON Schema）。
"""
