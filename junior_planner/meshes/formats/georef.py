"""Coordinate systems: reading what a file declares, choosing the site's metric CRS, and the
origin that makes site-local metres.

A site's local x/y are metres in its projected CRS, measured from `origin` (easting, northing)
and turned by `rotation` degrees (counter-clockwise: local +x points along the CRS's direction
`rotation` degrees left of east). Geographic input is projected, never scaled: `--crs` when given,
else the CGCS2000 3-degree Gauss-Krüger zone in China (EPSG:4534-4554), else the UTM zone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from junior_planner.meshes.asset import MeshError

# mainland China, Hainan and Taiwan, roughly: where the CGCS2000 3-degree zones are meant for
CHINA_LON = (73.0, 135.5)
CHINA_LAT = (17.5, 53.6)
_URN = re.compile(r"^urn:ogc:def:crs:(EPSG|OGC)::?(?:[\d.]*:)?([A-Za-z0-9]+)$", re.IGNORECASE)
_URL = re.compile(r"^https?://www\.opengis\.net/def/crs/(EPSG|OGC)/[\d.]+/([A-Za-z0-9]+)$", re.IGNORECASE)


def parse_crs(text: Any, where: str = "") -> Any:
    """A pyproj CRS from 'EPSG:4549', '4549', an OGC URN or URL (CRS84 too), or WKT."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    if isinstance(text, int) and not isinstance(text, bool):
        text = f"EPSG:{text}"
    if not isinstance(text, str) or not text.strip():
        raise MeshError("bad-crs", where, str(text)[:60])
    value = text.strip()
    for pattern in (_URN, _URL):
        match = pattern.match(value)
        if match:
            authority, code = match.group(1).upper(), match.group(2)
            value = "OGC:CRS84" if code.upper() == "CRS84" else f"{authority}:{code}"
            break
    if value.isdigit():
        value = f"EPSG:{value}"
    try:
        return CRS.from_user_input(value)
    except CRSError:
        raise MeshError("bad-crs", where, value[:60]) from None


def horizontal(crs: Any) -> Any:
    """The horizontal part of a compound CRS (RD New of 'RD New + NAP height')."""
    if crs is not None and crs.is_compound and crs.sub_crs_list:
        return crs.sub_crs_list[0]
    return crs


def crs_name(crs: Any) -> str:
    """'EPSG:4549' when the CRS has an EPSG code, else its WKT."""
    if crs is None:
        return ""
    code = crs.to_epsg(min_confidence=90)
    return f"EPSG:{code}" if code else crs.to_wkt()


def is_web_mercator(crs: Any) -> bool:
    code = crs.to_epsg(min_confidence=70) if crs is not None else None
    if code in (3857, 3785, 900913, 102100, 102113):
        return True
    return crs is not None and crs.is_projected and "mercator" in (crs.coordinate_operation.method_name or "").lower() \
        and "pseudo" in (crs.coordinate_operation.method_name or "").lower()


def is_metric_projected(crs: Any) -> bool:
    crs = horizontal(crs)
    if crs is None or not crs.is_projected or is_web_mercator(crs):
        return False
    units = {(axis.unit_name or "").lower() for axis in crs.axis_info[:2]}
    return units <= {"metre", "meter", "m"}


def gk_zone_epsg(lon: float) -> int:
    """CGCS2000 3-degree Gauss-Krüger zone without zone prefix: EPSG:4534 (CM 75E) .. 4554 (CM 135E)."""
    cm = int(round(lon / 3.0)) * 3
    cm = min(max(cm, 75), 135)
    return 4534 + (cm - 75) // 3


def utm_epsg(lon: float, lat: float) -> int:
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def in_china(lon: float, lat: float) -> bool:
    return CHINA_LON[0] <= lon <= CHINA_LON[1] and CHINA_LAT[0] <= lat <= CHINA_LAT[1]


def choose_site_crs(source_crs: Any, lon: float, lat: float, requested: Any = None, where: str = "") -> Any:
    """The site's metric CRS: the one asked for, else the file's own when it is metric, else the
    local Gauss-Krüger (China) or UTM zone."""
    from pyproj import CRS

    if requested is not None:
        if not is_metric_projected(requested):
            raise MeshError("crs-not-metric", where, crs_name(requested)[:60])
        return horizontal(requested)
    if source_crs is not None and is_metric_projected(source_crs):
        return horizontal(source_crs)
    code = gk_zone_epsg(lon) if in_china(lon, lat) else utm_epsg(lon, lat)
    return CRS.from_epsg(code)


def transformer(source: Any, target: Any):
    from pyproj import Transformer

    return Transformer.from_crs(horizontal(source), horizontal(target), always_xy=True)


def transform_xy(xy: np.ndarray, trans) -> np.ndarray:
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 0:
        return xy
    x, y = trans.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)])


def lonlat_of(crs: Any, x: float, y: float) -> tuple[float, float]:
    from pyproj import CRS

    lon, lat = transformer(crs, CRS.from_epsg(4326)).transform(x, y)
    return float(lon), float(lat)


@dataclass
class Georef:
    """Where site-local metres are on the earth: local (x, y) -> R(rotation) (x, y) + (easting,
    northing) in `crs`; z + height is the height above the CRS's vertical datum."""

    crs: str
    easting: float
    northing: float
    height: float = 0.0
    rotation: float = 0.0

    def origin_dict(self) -> dict[str, float]:
        lon, lat = lonlat_of(parse_crs(self.crs), self.easting, self.northing)
        return {"lon": round(lon, 9), "lat": round(lat, 9), "height": round(self.height, 3),
                "easting": round(self.easting, 3), "northing": round(self.northing, 3), "rotation": round(self.rotation, 6)}


def centre_lonlat(source_crs: Any, bounds: tuple[float, float, float, float]) -> tuple[float, float]:
    """The lon/lat of the middle of `bounds` (in `source_crs`; None means lon/lat already)."""
    x, y = (bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0
    if source_crs is None or horizontal(source_crs).is_geographic:
        return x, y
    return lonlat_of(source_crs, x, y)


def optional(name: str, package: str, fmt: str):
    """Import an optional reader library, or say in one line which package the format needs."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        raise MeshError("missing-library", fmt, package) from None
