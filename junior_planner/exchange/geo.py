"""Site-local metres <-> real-world coordinates.

A site's local x/y are metres in the site's projected CRS (the `crs` of site.json), measured from
the origin and turned by the origin's `rotation` (degrees counter-clockwise from the CRS's east;
0 for every bundled and GIS-imported site); z is metres above the origin's height. The origin is
given as easting/northing (imported sites) or as WGS84 lon/lat (bundled sites), or both.
A site without a CRS (a 3D model nobody geo-referenced) has no frame: its exports carry local
coordinates and say so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping, Optional

import numpy as np

from junior_planner.i18n import _


class GeoError(ValueError):
    """The site's origin or CRS cannot be used to place it on the earth."""


def epsg_code(crs: str) -> int:
    text = (crs or "").strip().upper()
    if not text.startswith("EPSG:") or not text[5:].isdigit():
        raise GeoError(_("the site's coordinate system '{crs}' is not an EPSG code").format(crs=crs))
    return int(text[5:])


def _finite(*values: float) -> bool:
    return all(isinstance(v, (int, float)) and math.isfinite(v) for v in values)


@dataclass
class LocalFrame:
    """Converts site-local metres to the projected CRS and to WGS84 lon/lat."""

    crs: str
    epsg: Optional[int]
    lon0: float
    lat0: float
    height0: float
    east0: float
    north0: float
    rotation: float
    _to_wgs84: Any
    wkt: str = ""

    @classmethod
    def for_site(cls, origin: Mapping[str, Any], crs: str) -> "LocalFrame":
        from pyproj import CRS, Transformer
        from pyproj.exceptions import CRSError

        text = (crs or "").strip()
        if not text:
            raise GeoError(_("the site has no coordinate system"))
        try:
            projected = CRS.from_user_input(text)
        except CRSError:
            raise GeoError(_("the site's coordinate system '{crs}' is not known here").format(crs=text[:60])) from None
        if projected.is_compound and projected.sub_crs_list:
            projected = projected.sub_crs_list[0]
        if not projected.is_projected:
            raise GeoError(_("{crs} is not a projected coordinate system in metres").format(crs=text[:60]))
        epsg = projected.to_epsg(min_confidence=90)
        forward = Transformer.from_crs("EPSG:4326", projected, always_xy=True)
        inverse = Transformer.from_crs(projected, "EPSG:4326", always_xy=True)
        origin = origin or {}
        try:
            height0 = float(origin.get("height", 0.0))
            rotation = float(origin.get("rotation", 0.0))
        except (TypeError, ValueError):
            raise GeoError(_("the site's origin is not a valid position")) from None
        if origin.get("easting") is not None and origin.get("northing") is not None:
            try:
                east0, north0 = float(origin["easting"]), float(origin["northing"])
            except (TypeError, ValueError):
                raise GeoError(_("the site's origin is not a valid position")) from None
            lon0, lat0 = inverse.transform(east0, north0)
        else:
            try:
                lon0, lat0 = float(origin["lon"]), float(origin["lat"])
            except (KeyError, TypeError, ValueError):
                raise GeoError(_("the site has no origin (lon, lat)")) from None
            if not (_finite(lon0, lat0) and -180 <= lon0 <= 180 and -90 <= lat0 <= 90):
                raise GeoError(_("the site's origin is not a valid lon/lat"))
            east0, north0 = forward.transform(lon0, lat0)
        if not _finite(east0, north0, lon0, lat0, height0, rotation):
            raise GeoError(_("the site's origin lies outside {crs}").format(crs=text[:60]))
        name = f"EPSG:{epsg}" if epsg else text
        return cls(name, epsg, float(lon0), float(lat0), height0, float(east0), float(north0), rotation, inverse,
                   projected.to_wkt())

    @classmethod
    def of_site(cls, site) -> Optional["LocalFrame"]:
        """The site's frame, or None when the site has no coordinate system."""
        if not (site.crs or "").strip():
            return None
        return cls.for_site(site.origin, site.crs)

    @property
    def crs_url(self) -> Optional[str]:
        return f"https://www.opengis.net/def/crs/EPSG/0/{self.epsg}" if self.epsg else None

    def projected(self, xy: np.ndarray) -> np.ndarray:
        """(n, 2) local metres -> (n, 2) easting/northing in the site's CRS."""
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if self.rotation:
            a = math.radians(self.rotation)
            c, s = math.cos(a), math.sin(a)
            xy = np.column_stack([c * xy[:, 0] - s * xy[:, 1], s * xy[:, 0] + c * xy[:, 1]])
        return xy + np.array([self.east0, self.north0])

    def lonlat(self, xy: np.ndarray) -> np.ndarray:
        """(n, 2) local metres -> (n, 2) WGS84 lon/lat (degrees)."""
        en = self.projected(xy)
        if len(en) == 0:
            return en
        lon, lat = self._to_wgs84.transform(en[:, 0], en[:, 1])
        return np.column_stack([np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)])

    def describe(self) -> dict[str, Any]:
        """The geo-reference as it goes into manifests and glTF asset extras."""
        return {"crs": self.crs, "epsg": self.epsg, "origin": {
            "lon": round(self.lon0, 9), "lat": round(self.lat0, 9), "height": round(self.height0, 3),
            "easting": round(self.east0, 3), "northing": round(self.north0, 3), "rotation": round(self.rotation, 6)},
            "units": "metres", "axes": "site-local x east, y north (turned by rotation), z up"}
