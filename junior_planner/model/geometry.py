"""Plane geometry for footprints and zones (site-local metres, x east, y north, yaw degrees
counter-clockwise from +x). Small, exact and vectorised where it matters; no shapely here so the
model stays numpy-only.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

EPS = 1e-6

Point = tuple[float, float]
Polygon = Sequence[Point]


def footprint_corners(x: float, y: float, width: float, depth: float, yaw_deg: float) -> np.ndarray:
    """The four corners (4x2, counter-clockwise) of a width x depth rectangle centred at (x, y)
    and turned by yaw degrees; width runs along +x when yaw is 0."""
    a = math.radians(yaw_deg)
    c, s = math.cos(a), math.sin(a)
    hw, hd = width / 2.0, depth / 2.0
    local = np.array([[-hw, -hd], [hw, -hd], [hw, hd], [-hw, hd]])
    rot = np.array([[c, -s], [s, c]])
    return local @ rot.T + np.array([x, y])


def footprint_samples(corners: np.ndarray) -> np.ndarray:
    """Corners, edge midpoints and centre: the points that must all stand on allowed ground."""
    mids = (corners + np.roll(corners, -1, axis=0)) / 2.0
    centre = corners.mean(axis=0, keepdims=True)
    return np.vstack([corners, mids, centre])


def aabb(points: np.ndarray) -> tuple[float, float, float, float]:
    return (float(points[:, 0].min()), float(points[:, 1].min()),
            float(points[:, 0].max()), float(points[:, 1].max()))


def points_in_polygon(points: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    """Even-odd rule for many points at once; points on an edge may go either way."""
    px = points[:, 0][:, None]
    py = points[:, 1][:, None]
    x1, y1 = polygon[:, 0][None, :], polygon[:, 1][None, :]
    x2, y2 = np.roll(polygon[:, 0], -1)[None, :], np.roll(polygon[:, 1], -1)[None, :]
    crosses = (y1 > py) != (y2 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_at = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
    hits = crosses & (px < x_at)
    return (hits.sum(axis=1) % 2) == 1


def _segments_cross(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether any edge of closed polyline a properly crosses any edge of closed polyline b."""
    p1, p2 = a, np.roll(a, -1, axis=0)
    q1, q2 = b, np.roll(b, -1, axis=0)
    p1, p2 = p1[:, None, :], p2[:, None, :]
    q1, q2 = q1[None, :, :], q2[None, :, :]

    def orient(u, v, w):
        return (v[..., 0] - u[..., 0]) * (w[..., 1] - u[..., 1]) - (v[..., 1] - u[..., 1]) * (w[..., 0] - u[..., 0])

    d1 = orient(q1, q2, p1)
    d2 = orient(q1, q2, p2)
    d3 = orient(p1, p2, q1)
    d4 = orient(p1, p2, q2)
    proper = (d1 * d2 < -EPS) & (d3 * d4 < -EPS)
    return bool(proper.any())


def polygons_overlap(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two simple polygons share interior area (touching edges do not count)."""
    if _segments_cross(a, b):
        return True
    # No proper crossing: one may still lie inside the other.
    shrink_a = a + (a.mean(axis=0) - a) * 1e-3
    shrink_b = b + (b.mean(axis=0) - b) * 1e-3
    return bool(points_in_polygon(shrink_a, b).any() or points_in_polygon(shrink_b, a).any())


def rects_overlap(a: np.ndarray, b: np.ndarray) -> bool:
    """Separating-axis test for two convex quadrilaterals; touching is not overlapping."""
    for poly in (a, b):
        edges = np.roll(poly, -1, axis=0) - poly
        normals = np.stack([-edges[:, 1], edges[:, 0]], axis=1)
        pa = a @ normals.T
        pb = b @ normals.T
        if np.any((pa.max(axis=0) <= pb.min(axis=0) + EPS) | (pb.max(axis=0) <= pa.min(axis=0) + EPS)):
            return False
    return True


def is_simple_polygon(polygon: np.ndarray) -> bool:
    """At least three points, finite, non-zero area and no two non-adjacent edges crossing."""
    if polygon.ndim != 2 or polygon.shape[0] < 3 or polygon.shape[1] != 2:
        return False
    if not np.isfinite(polygon).all():
        return False
    x, y = polygon[:, 0], polygon[:, 1]
    area = 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    if abs(area) < EPS:
        return False
    n = polygon.shape[0]
    a, b = polygon, np.roll(polygon, -1, axis=0)  # edge i runs a[i] -> b[i]
    i, j = np.triu_indices(n, k=2)
    keep = ~((i == 0) & (j == n - 1))  # the first and last edges share a point
    i, j = i[keep], j[keep]

    def orient(u, v, w):
        return (v[:, 0] - u[:, 0]) * (w[:, 1] - u[:, 1]) - (v[:, 1] - u[:, 1]) * (w[:, 0] - u[:, 0])

    d1 = orient(a[j], b[j], a[i])
    d2 = orient(a[j], b[j], b[i])
    d3 = orient(a[i], b[i], a[j])
    d4 = orient(a[i], b[i], b[j])
    return not bool(((d1 * d2 < 0) & (d3 * d4 < 0)).any())


def polygon_area(polygon: np.ndarray) -> float:
    x, y = polygon[:, 0], polygon[:, 1]
    return abs(0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def normalise_yaw(yaw: float) -> float:
    value = math.fmod(yaw, 360.0)
    if value < 0:
        value += 360.0
    return 0.0 if abs(value - 360.0) < 1e-9 else value
