"""Site-local metres <-> real-world coordinates.

A site's local x/y are metres east/north of its origin in the site's projected CRS (the `crs` of
site.json, an EPSG code); z is metres above the origin's height. The origin itself is given as
WGS84 lon/lat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from junior_planner.i18n import _


class GeoError(ValueError):
    """The site's origin or CRS cannot be used to place it on the earth."""


def epsg_code(crs: str) -> int:
    text = (crs or "").strip().upper()
    if not text.startswith("EPSG:") or not text[5:].isdigit():
        raise GeoError(_("the site's coordinate system '{crs}' is not an EPSG code").format(crs=crs))
    return int(text[5:])


@dataclass
class LocalFrame:
    """Converts site-local metres to the projected CRS and to WGS84 lon/lat."""

    epsg: int
    lon0: float
    lat0: float
    height0: float
    east0: float
    north0: float
    _to_wgs84: Any

    @classmethod
    def for_site(cls, origin: Mapping[str, Any], crs: str) -> "LocalFrame":
        from pyproj import CRS, Transformer
        from pyproj.exceptions import CRSError

        epsg = epsg_code(crs)
        try:
            lon0, lat0 = float(origin["lon"]), float(origin["lat"])
            height0 = float(origin.get("height", 0.0))
        except (KeyError, TypeError, ValueError):
            raise GeoError(_("the site has no origin (lon, lat)")) from None
        if not (math.isfinite(lon0) and math.isfinite(lat0) and math.isfinite(height0)
                and -180 <= lon0 <= 180 and -90 <= lat0 <= 90):
            raise GeoError(_("the site's origin is not a valid lon/lat"))
        try:
            projected = CRS.from_epsg(epsg)
        except CRSError:
            raise GeoError(_("EPSG:{code} is not a coordinate system known here").format(code=epsg)) from None
        if not projected.is_projected:
            raise GeoError(_("EPSG:{code} is not a projected coordinate system in metres").format(code=epsg))
        forward = Transformer.from_crs("EPSG:4326", projected, always_xy=True)
        inverse = Transformer.from_crs(projected, "EPSG:4326", always_xy=True)
        east0, north0 = forward.transform(lon0, lat0)
        if not (math.isfinite(east0) and math.isfinite(north0)):
            raise GeoError(_("the site's origin lies outside EPSG:{code}").format(code=epsg))
        return cls(epsg, lon0, lat0, height0, float(east0), float(north0), inverse)

    @property
    def crs_url(self) -> str:
        return f"https://www.opengis.net/def/crs/EPSG/0/{self.epsg}"

    def projected(self, xy: np.ndarray) -> np.ndarray:
        """(n, 2) local metres -> (n, 2) easting/northing in the site's CRS."""
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        return xy + np.array([self.east0, self.north0])

    def lonlat(self, xy: np.ndarray) -> np.ndarray:
        """(n, 2) local metres -> (n, 2) WGS84 lon/lat (degrees)."""
        en = self.projected(xy)
        if len(en) == 0:
            return en
        lon, lat = self._to_wgs84.transform(en[:, 0], en[:, 1])
        return np.column_stack([np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)])
