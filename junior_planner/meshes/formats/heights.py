"""Building heights as real files write them.

`height` may be a number, a numeric string, or a string with a unit ("50 m", "12米", "30 ft",
"12,5"); else `building:levels` (storeys) times a storey height; `min_height` or
`building:min_level` lifts a part off the ground. Anything unreadable is None, and the importer
falls back to a default height and counts it.
"""

from __future__ import annotations

import math
import re
from typing import Any, Mapping, Optional

STOREY_M = 3.0
MAX_HEIGHT_M = 1000.0
MIN_HEIGHT_M = 0.1  # lower is a drawing error, not a building
MAX_LEVELS = 300

HEIGHT_KEYS = ("height", "building:height", "Height", "HEIGHT", "HEIGHT_M", "height_m", "measuredHeight",
               "高度", "建筑高度")
MIN_HEIGHT_KEYS = ("min_height", "building:min_height", "MIN_HEIGHT")
LEVEL_KEYS = ("building:levels", "levels", "LEVELS", "Levels", "floors", "FLOORS", "storeys", "层数", "楼层")
MIN_LEVEL_KEYS = ("building:min_level", "min_level")

_UNITS = {"": 1.0, "m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0, "米": 1.0, "公尺": 1.0,
          "ft": 0.3048, "feet": 0.3048, "foot": 0.3048, "'": 0.3048, "cm": 0.01, "mm": 0.001}
_NUMBER = re.compile(r"^\s*([-+]?\d+(?:[.,]\d+)?)\s*([a-zA-Z'\u4e00-\u9fff]*)\s*$")
_LEVELS_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:层|f|floors?|levels?|storeys?)?\s*$", re.IGNORECASE)


def parse_length(value: Any) -> Optional[float]:
    """Metres from a number or a string with an optional unit; None when it cannot be read."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        match = _NUMBER.match(value.replace("\u00a0", " "))
        if not match:
            return None
        unit = match.group(2).lower()
        if unit not in _UNITS:
            return None
        number = float(match.group(1).replace(",", ".")) * _UNITS[unit]
    else:
        return None
    return number if math.isfinite(number) else None


def parse_levels(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        match = _LEVELS_NUMBER.match(value)
        if not match:
            return None
        number = float(match.group(1).replace(",", "."))
    else:
        return None
    return number if math.isfinite(number) and 0 <= number <= MAX_LEVELS else None


def _first(props: Mapping[str, Any], keys, parse) -> Optional[float]:
    for key in keys:
        if key in props:
            value = parse(props[key])
            if value is not None:
                return value
    return None


def building_height(props: Mapping[str, Any], storey_m: float = STOREY_M) -> tuple[Optional[float], float]:
    """(height in metres or None when the properties do not say, min height in metres)."""
    height = _first(props, HEIGHT_KEYS, parse_length)
    if height is not None and not (MIN_HEIGHT_M <= height < MAX_HEIGHT_M):
        height = None
    if height is None:
        levels = _first(props, LEVEL_KEYS, parse_levels)
        if levels and levels * storey_m >= MIN_HEIGHT_M:
            height = levels * storey_m
    min_height = _first(props, MIN_HEIGHT_KEYS, parse_length)
    if min_height is None:
        min_level = _first(props, MIN_LEVEL_KEYS, parse_levels)
        min_height = min_level * storey_m if min_level else 0.0
    if not (0 <= min_height < MAX_HEIGHT_M):
        min_height = 0.0
    if height is not None and min_height > height - MIN_HEIGHT_M:
        min_height = 0.0
    return height, min_height
