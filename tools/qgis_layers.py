#!/usr/bin/python3
"""Run by tools/archive_screenshots.py with Debian's python3 and python3-qgis (QGIS 3.22), not the
project's venv: opens the archive's views as PostGIS layers exactly as QGIS's "Add PostGIS Layer"
does (the postgres data provider, geometry columns from geometry_columns) and draws them.

    /usr/bin/python3 tools/qgis_layers.py --conn "host=... port=... dbname=... user=..." --out FILE.png

The password comes from PGPASSFILE. Prints one JSON line per layer: name, geometry type, feature
count, CRS, as QGIS reports them.
"""

import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication, QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsMapRendererParallelJob, QgsMapSettings,
    QgsRectangle, QgsRendererCategory, QgsSymbol, QgsVectorLayer, QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

CATEGORY_COLOURS = {"play": "#e4572e", "sport": "#f28c28", "nature": "#3a9d23", "rest": "#2e86ab",
                    "safety": "#d4a017", "learning": "#7d5ba6", "services": "#6c757d"}


def layer(conn: str, view: str, key: str) -> QgsVectorLayer:
    uri = QgsDataSourceUri(conn)
    uri.setDataSource("jp", view, "geom", "", key)
    found = QgsVectorLayer(uri.uri(False), view, "postgres")
    if not found.isValid():
        sys.exit(f"QGIS could not open jp.{view}: {found.error().summary()}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conn", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--site", help="zoom to this site's footprint")
    parser.add_argument("--title", default="")
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    sites = layer(args.conn, "jp_sites", "site_id")
    proposals = layer(args.conn, "jp_proposals", "key")
    notes = layer(args.conn, "jp_notes", "uuid")
    blocks = layer(args.conn, "jp_blocks", "uuid")
    for lyr in (sites, proposals, notes, blocks):
        print(json.dumps({"layer": f"jp.{lyr.name()}", "geometry": QgsWkbTypes.displayString(lyr.wkbType()),
                          "features": lyr.featureCount(), "crs": lyr.crs().authid()}))

    sites.renderer().setSymbol(QgsSymbol.defaultSymbol(sites.geometryType()))
    sites.renderer().symbol().setColor(QColor("#e8e4d8"))
    sites.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#8a8270"))
    proposals.renderer().symbol().setColor(QColor(0, 0, 0, 0))
    proposals.renderer().symbol().symbolLayer(0).setStrokeColor(QColor(46, 134, 171, 90))
    categories = []
    for name, colour in CATEGORY_COLOURS.items():
        symbol = QgsSymbol.defaultSymbol(blocks.geometryType())
        symbol.setColor(QColor(colour))
        symbol.setSize(3.2)
        categories.append(QgsRendererCategory(name, symbol, name))
    blocks.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
    notes.renderer().symbol().setColor(QColor("#222222"))
    notes.renderer().symbol().setSize(1.0)

    settings = QgsMapSettings()
    settings.setLayers([notes, blocks, proposals, sites])
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(1280, 800))
    settings.setDestinationCrs(sites.crs())
    extent = sites.extent()
    if args.site:
        sites.setSubsetString(f"site_id = '{args.site}'")
        extent = sites.extent()
        sites.setSubsetString("")
    extent.scale(1.15)
    extent.setYMaximum(extent.yMaximum() + extent.height() * 0.18)   # room for the legend
    settings.setExtent(QgsRectangle(extent))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image: QImage = job.renderedImage()

    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.fillRect(12, 12, 640, 150, QColor(255, 255, 255, 235))
    painter.setPen(QColor("#222"))
    font = QFont("DejaVu Sans", 11)
    painter.setFont(font)
    y = 36
    if args.title:
        bold = QFont("DejaVu Sans", 12)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(24, y, args.title)
        painter.setFont(font)
        y += 24
    for lyr in (sites, proposals, blocks, notes):
        painter.drawText(24, y, f"jp.{lyr.name()}  ({QgsWkbTypes.displayString(lyr.wkbType())}, "
                                f"{lyr.featureCount()} features, {lyr.crs().authid()})")
        y += 22
    x = 24
    for name, colour in CATEGORY_COLOURS.items():
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.NoPen)
        painter.drawEllipse(x, y - 10, 10, 10)
        painter.setPen(QColor("#222"))
        painter.drawText(x + 14, y, name)
        x += 14 + painter.fontMetrics().horizontalAdvance(name) + 12
    painter.end()
    image.save(args.out)
    app.exitQgis()


if __name__ == "__main__":
    main()
