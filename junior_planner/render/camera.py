"""Camera maths without GL: rays from pixels, pixels from points, picking blocks by their boxes.

Matrices are numpy 4x4 in the usual column-vector convention (clip = P @ V @ world)."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np


def qmatrix_to_numpy(matrix) -> np.ndarray:
    """QMatrix4x4 -> numpy (its data() is column-major)."""
    return np.array(matrix.data(), dtype=np.float64).reshape(4, 4).T


def ray_from_pixel(projection: np.ndarray, view: np.ndarray, x: float, y: float,
                   width: float, height: float) -> tuple[np.ndarray, np.ndarray]:
    """World-space origin and unit direction of the ray through pixel (x, y), measured in the
    same units as width/height (logical or device pixels, consistently), y down."""
    ndc_x = 2.0 * x / width - 1.0
    ndc_y = 1.0 - 2.0 * y / height
    inverse = np.linalg.inv(projection @ view)
    near = inverse @ np.array([ndc_x, ndc_y, -1.0, 1.0])
    far = inverse @ np.array([ndc_x, ndc_y, 1.0, 1.0])
    near, far = near[:3] / near[3], far[:3] / far[3]
    direction = far - near
    return near, direction / np.linalg.norm(direction)


def project_points(projection: np.ndarray, view: np.ndarray, points: np.ndarray,
                   width: float, height: float) -> tuple[np.ndarray, np.ndarray]:
    """Pixel positions (n, 2) of world points, and whether each is in front of the camera."""
    points = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    clip = (projection @ view @ np.hstack([points, np.ones((len(points), 1))]).T).T
    w = clip[:, 3]
    visible = w > 1e-9
    ndc = clip[:, :3] / np.where(visible, w, 1.0)[:, None]
    px = np.stack([(ndc[:, 0] + 1.0) * 0.5 * width, (1.0 - ndc[:, 1]) * 0.5 * height], axis=1)
    return px, visible & (np.abs(ndc[:, 2]) <= 1.0)


def ray_plane_z(origin: np.ndarray, direction: np.ndarray, z: float = 0.0) -> Optional[np.ndarray]:
    if abs(direction[2]) < 1e-9:
        return None
    t = (z - origin[2]) / direction[2]
    return origin + t * direction if t > 0 else None


def ray_boxes(origin: np.ndarray, direction: np.ndarray, centres: np.ndarray, yaws_deg: np.ndarray,
              half_sizes: np.ndarray) -> tuple[int, float]:
    """Nearest hit of a ray with upright boxes turned about z (slab test in each box's frame).
    `centres` (n, 3) are box centres; `half_sizes` (n, 3). Returns (index, distance) or (-1, inf)."""
    if len(centres) == 0:
        return -1, float("inf")
    a = np.radians(yaws_deg)
    c, s = np.cos(a), np.sin(a)
    rel = origin[None, :] - centres
    # rotate by -yaw into each box's frame
    o = np.stack([c * rel[:, 0] + s * rel[:, 1], -s * rel[:, 0] + c * rel[:, 1], rel[:, 2]], axis=1)
    d = np.stack([c * direction[0] + s * direction[1], -s * direction[0] + c * direction[1],
                  np.full_like(c, direction[2])], axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = 1.0 / d
        t1 = (-half_sizes - o) * inv
        t2 = (half_sizes - o) * inv
    t_near = np.nanmax(np.minimum(t1, t2), axis=1)
    t_far = np.nanmin(np.maximum(t1, t2), axis=1)
    hit = (t_far >= np.maximum(t_near, 0.0))
    if not hit.any():
        return -1, float("inf")
    t = np.where(hit, np.maximum(t_near, 0.0), np.inf)
    index = int(np.argmin(t))
    return index, float(t[index])


def look_at_params(position: Sequence[float], target: Sequence[float]) -> dict:
    """pyqtgraph orbit parameters (center, distance, elevation, azimuth) for a camera at
    `position` looking at `target`."""
    p, t = np.asarray(position, float), np.asarray(target, float)
    d = p - t
    distance = float(np.linalg.norm(d))
    elevation = float(np.degrees(np.arcsin(np.clip(d[2] / distance, -1.0, 1.0))))
    azimuth = float(np.degrees(np.arctan2(d[1], d[0])))
    return {"center": t, "distance": distance, "elevation": elevation, "azimuth": azimuth}
