"""The partner-city map, drawn on the server as SVG so that no tiles load from other hosts."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

# Krefeld sits at the centre of the story; the map is framed to show every partner around it.
WIDTH = 800
HEIGHT = 450
PADDING_DEG = 6.0


@dataclass(frozen=True)
class Pin:
    name: str
    url: str
    x: float
    y: float
    label_left: bool


def mercator_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def project(
    lat: float, lon: float, bounds: tuple[float, float, float, float]
) -> tuple[float, float]:
    """Web-Mercator projection of (lat, lon) into the SVG box ``bounds`` = (west, south, east, north)."""
    west, south, east, north = bounds
    x = (lon - west) / (east - west) * WIDTH
    top, bottom = mercator_y(north), mercator_y(south)
    y = (top - mercator_y(lat)) / (top - bottom) * HEIGHT
    return round(x, 1), round(y, 1)


def bounds_for(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float]:
    points = list(points)
    if not points:
        return (-10.0, 35.0, 40.0, 65.0)
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (
        min(lons) - PADDING_DEG * 2,
        max(min(lats) - PADDING_DEG, -80.0),
        max(lons) + PADDING_DEG * 2,
        min(max(lats) + PADDING_DEG, 80.0),
    )


def render_map(cities: Iterable, home: tuple[str, float, float] | None = None) -> dict:
    """Pins and graticule for the template ``partnerships/includes/map.svg``."""
    cities = list(cities)
    points = [(c.latitude, c.longitude) for c in cities]
    if home:
        points.append((home[1], home[2]))
    bounds = bounds_for(points)
    pins = []
    for city in cities:
        x, y = project(city.latitude, city.longitude, bounds)
        pins.append(Pin(city.title, city.url, x, y, x > WIDTH * 0.8))
    home_pin = None
    if home:
        x, y = project(home[1], home[2], bounds)
        home_pin = Pin(home[0], "", x, y, False)
    west, south, east, north = bounds
    meridians = [
        project(south, lon, bounds)[0]
        for lon in range(int(math.ceil(west / 15) * 15), int(east) + 1, 15)
    ]
    parallels = [
        project(lat, west, bounds)[1]
        for lat in range(int(math.ceil(south / 15) * 15), int(north) + 1, 15)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "pins": pins,
        "home": home_pin,
        "meridians": meridians,
        "parallels": parallels,
    }
