"""Plane geometry: simple polygons, overlap of footprints and zones."""

from __future__ import annotations

import numpy as np

from junior_planner.model.geometry import (
    footprint_corners, is_simple_polygon, points_in_polygon, polygons_overlap, rects_overlap,
)


def test_simple_polygons_are_told_from_self_crossing_ones():
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float)
    bowtie = np.array([[0, 0], [1, 1], [1, 0], [0, 1]], float)
    assert is_simple_polygon(square)
    assert not is_simple_polygon(bowtie)
    assert not is_simple_polygon(np.array([[0, 0], [1, 0], [2, 0]], float))  # no area
    assert not is_simple_polygon(np.array([[0, 0], [1, 0], [np.nan, 1]], float))
    # a comb with many teeth is simple; crossing its last tooth over the first is not
    comb = [[0, 0], [20, 0]] + [[20 - k, 1 + (k % 2)] for k in range(20)]
    assert is_simple_polygon(np.array(comb, float))
    assert not is_simple_polygon(np.array(comb[:-1] + [[25, -1]], float))


def test_footprints_turn_with_yaw():
    corners = footprint_corners(0, 0, 2, 1, 90)
    assert np.allclose(np.sort(corners[:, 0]), [-0.5, -0.5, 0.5, 0.5])
    assert np.allclose(np.sort(corners[:, 1]), [-1, -1, 1, 1])


def test_overlap_needs_shared_area_not_a_touching_edge():
    a = footprint_corners(0, 0, 2, 2, 0)
    assert not rects_overlap(a, footprint_corners(2, 0, 2, 2, 0))
    assert rects_overlap(a, footprint_corners(1.9, 0, 2, 2, 0))
    assert rects_overlap(a, footprint_corners(0, 0, 0.5, 0.5, 30))  # one inside the other
    zone = np.array([[5, -5], [6, -5], [6, 5], [5, 5]], float)
    assert not polygons_overlap(a, zone)
    assert polygons_overlap(footprint_corners(5, 0, 1, 1, 45), zone)


def test_points_in_polygon_is_vectorised():
    square = np.array([[0, 0], [2, 0], [2, 2], [0, 2]], float)
    inside = points_in_polygon(np.array([[1, 1], [3, 1], [1.5, 0.5], [-1, -1]], float), square)
    assert inside.tolist() == [True, False, True, False]
