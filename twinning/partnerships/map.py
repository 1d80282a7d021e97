"""The partner-city map, drawn on the server as SVG so that no tiles or scripts load from other hosts.

Cities are placed with a spherical Mercator projection computed here. A world frame that holds
Charlotte and Hangzhou squeezes every European partner into a few pixels around the home city,
so the partners that crowd around home get a second, zoomed panel ("Ausschnitt"), and labels
are placed greedily where they overlap neither another label nor another pin.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from twinning.partnerships.outlines import LAND, WATER, Ring

WIDTH = 800
MIN_HEIGHT = 260
MAX_HEIGHT = 440
PIN_RADIUS = 6
FONT_SIZE = 14
CHAR_WIDTH = FONT_SIZE * 0.62  # generous average advance of the sans-serif used on the site
LABEL_HEIGHT = FONT_SIZE + 4
CLUSTER_PX = 48  # partners closer than this to home on the world panel go into the inset
MARGIN = 4

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Place:
    """What the map needs of a city: name, link and coordinates."""

    name: str
    latitude: float
    longitude: float
    url: str = ""
    suspended: bool = False


@dataclass
class Label:
    text: str
    x: float
    y: float
    anchor: str  # SVG text-anchor: start, middle, end
    box: Box
    leader: tuple[float, float, float, float] | None = None  # a line from pin to label


@dataclass
class Pin:
    name: str
    url: str
    x: float
    y: float
    home: bool = False
    suspended: bool = False
    label: Label | None = None

    @property
    def box(self) -> Box:
        r = PIN_RADIUS + 1
        return (self.x - r, self.y - r, self.x + r, self.y + r)

    @property
    def diamond(self) -> str:
        """SVG polygon points of the home city's marker."""
        r = PIN_RADIUS + 2
        x, y = self.x, self.y
        return f"{x},{y - r} {x + r},{y} {x},{y + r} {x - r},{y}"


@dataclass
class Panel:
    key: str
    title: str
    width: int
    height: int
    pins: list[Pin] = field(default_factory=list)
    meridians: list[float] = field(default_factory=list)
    parallels: list[float] = field(default_factory=list)
    inset_box: Box | None = None  # on the world panel: the region the inset enlarges
    inset_label: Label | None = None
    land: list[str] = field(default_factory=list)  # SVG path data of the coastlines
    water: list[str] = field(default_factory=list)  # inland seas drawn over the land

    @property
    def inset_rect(self) -> tuple[float, float, float, float] | None:
        """x, y, width, height of the inset's frame, as an SVG rect wants them."""
        if self.inset_box is None:
            return None
        x0, y0, x1, y1 = self.inset_box
        return (round(x0, 1), round(y0, 1), round(x1 - x0, 1), round(y1 - y0, 1))

    @property
    def home_pin(self) -> Pin | None:
        return next((p for p in self.pins if p.home), None)

    @property
    def partner_pins(self) -> list[Pin]:
        return [p for p in self.pins if not p.home]


def mercator_y(lat: float) -> float:
    """Mercator northing in degree units, so that it scales like longitude."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def inverse_mercator(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


@dataclass(frozen=True)
class Frame:
    """A Mercator window (west, south, east, north) drawn into a width × height box."""

    west: float
    south: float
    east: float
    north: float
    width: int = WIDTH
    height: int = MAX_HEIGHT

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * self.width
        top, bottom = mercator_y(self.north), mercator_y(self.south)
        y = (top - mercator_y(lat)) / (top - bottom) * self.height
        return round(x, 1), round(y, 1)

    @classmethod
    def fit(cls, points: Sequence[tuple[float, float]], pad_lon: float, pad_lat: float) -> Frame:
        """The smallest frame around ``points`` (lat, lon) with the same scale on both axes."""
        lats = [p[0] for p in points] or [50.0]
        lons = [p[1] for p in points] or [8.0]
        west, east = min(lons) - pad_lon, max(lons) + pad_lon
        south = max(min(lats) - pad_lat, -80.0)
        north = min(max(lats) + pad_lat, 84.0)
        x_span = east - west
        y_span = mercator_y(north) - mercator_y(south)
        scale = min(WIDTH / x_span, MAX_HEIGHT / y_span)
        height = max(MIN_HEIGHT, min(MAX_HEIGHT, round(y_span * scale)))
        # Widen whichever axis has room left so that a degree is as long across as down.
        scale = min(WIDTH / x_span, height / y_span)
        extra_x = (WIDTH / scale - x_span) / 2
        west, east = west - extra_x, east + extra_x
        extra_y = (height / scale - y_span) / 2
        top = min(mercator_y(north) + extra_y, mercator_y(84.0))
        bottom = max(top - height / scale, mercator_y(-80.0))
        return cls(west, inverse_mercator(bottom), east, inverse_mercator(top), WIDTH, height)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlap_area(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH


# Candidate label positions around a pin: (dx, dy of the text anchor point, text-anchor).
# dy is to the baseline; the box reaches FONT_SIZE above it and 4 px below.
NEAR = [
    (10, 5, "start"),
    (-10, 5, "end"),
    (8, -8, "start"),
    (-8, -8, "end"),
    (8, 18, "start"),
    (-8, 18, "end"),
    (0, -12, "middle"),
    (0, 24, "middle"),
]
FAR = [
    (26, -22, "start"),
    (-26, -22, "end"),
    (26, 32, "start"),
    (-26, 32, "end"),
    (0, -34, "middle"),
    (0, 46, "middle"),
    (40, 5, "start"),
    (-40, 5, "end"),
]


def label_box(x: float, y: float, anchor: str, text: str) -> Box:
    w = text_width(text)
    x0 = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
    return (x0 - 2, y - FONT_SIZE, x0 + w + 2, y + 4)


def place_labels(pins: list[Pin], width: int, height: int, obstacles: Iterable[Box] = ()) -> float:
    """Give each labelled pin the first position that hits no pin, label or panel edge.

    Pins with the most neighbours choose first, the home city before all. Where nothing near
    is free, the label moves further out with a leader line; failing that, it takes the
    position with the least overlap.
    """
    placed: list[Box] = list(obstacles)
    pin_boxes = [p.box for p in pins]
    total = 0.0

    def crowding(pin: Pin) -> float:
        return sum(1 for q in pins if q is not pin and math.dist((pin.x, pin.y), (q.x, q.y)) < 120)

    order = sorted(pins, key=lambda p: (not p.home, -crowding(p), p.y, p.x))
    for pin in order:
        best: tuple[float, Label] | None = None
        for dx, dy, anchor in NEAR + FAR:
            x, y = pin.x + dx, pin.y + dy
            box = label_box(x, y, anchor, pin.name)
            if (
                box[0] < MARGIN
                or box[1] < MARGIN
                or box[2] > width - MARGIN
                or box[3] > height - MARGIN
            ):
                continue
            others = [b for q, b in zip(pins, pin_boxes, strict=True) if q is not pin]
            cost = sum(overlap_area(box, b) for b in placed + others)
            leader = None
            if (dx, dy, anchor) in FAR:
                cx = min(max(pin.x, box[0]), box[2])
                cy = min(max(pin.y, box[1]), box[3])
                leader = (pin.x, pin.y, round(cx, 1), round(cy, 1))
            label = Label(pin.name, round(x, 1), round(y, 1), anchor, box, leader)
            if cost == 0:
                best = (0, label)
                break
            if best is None or cost < best[0]:
                best = (cost, label)
        if best is None:  # no room inside the panel at all: put it on the right regardless
            x, y = pin.x + 10, pin.y + 5
            best = (0, Label(pin.name, x, y, "start", label_box(x, y, "start", pin.name)))
        pin.label = best[1]
        placed.append(best[1].box)
        total += best[0]
    return total


def pins_collide(pins: list[Pin]) -> bool:
    return any(overlaps(a.box, b.box) for i, a in enumerate(pins) for b in pins[i + 1 :])


def outline_paths(frame: Frame, rings: list[Ring]) -> list[str]:
    """SVG path data for the rings that reach into ``frame``; the SVG clips the rest."""
    paths = []
    for ring in rings:
        lons = [lon for lon, _lat in ring]
        lats = [lat for _lon, lat in ring]
        if max(lons) < frame.west or min(lons) > frame.east:
            continue
        if max(lats) < frame.south or min(lats) > frame.north:
            continue
        points: list[tuple[float, float]] = []
        for lon, lat in ring:
            point = frame.project(lat, lon)
            if not points or point != points[-1]:
                points.append(point)
        if len(points) < 3:
            continue
        head, *rest = points
        paths.append(f"M{head[0]},{head[1]}" + "".join(f"L{x},{y}" for x, y in rest) + "Z")
    return paths


def draw_panel(key: str, title: str, frame: Frame, places, home, step: int) -> Panel:
    panel = Panel(key, title, frame.width, frame.height)
    panel.pins = _pins(frame, places, home)
    panel.meridians, panel.parallels = graticule(frame, step)
    panel.land = outline_paths(frame, LAND)
    panel.water = outline_paths(frame, WATER)
    return panel


def graticule(frame: Frame, step: int) -> tuple[list[float], list[float]]:
    meridians = [
        frame.project(frame.south, lon)[0]
        for lon in range(math.ceil(frame.west / step) * step, math.floor(frame.east) + 1, step)
    ]
    parallels = [
        frame.project(lat, frame.west)[1]
        for lat in range(math.ceil(frame.south / step) * step, math.floor(frame.north) + 1, step)
    ]
    return meridians, parallels


def _pins(frame: Frame, places: Iterable[Place], home: Place | None) -> list[Pin]:
    pins = []
    if home is not None:
        x, y = frame.project(home.latitude, home.longitude)
        pins.append(Pin(home.name, "", x, y, home=True))
    for place in places:
        x, y = frame.project(place.latitude, place.longitude)
        pins.append(Pin(place.name, place.url, x, y, suspended=place.suspended))
    return pins


def as_place(city) -> Place:
    if isinstance(city, Place):
        return city
    return Place(
        name=city.title,
        latitude=city.latitude,
        longitude=city.longitude,
        url=getattr(city, "url", "") or "",
        suspended=getattr(city, "status", "active") == "suspended",
    )


def crowded_near_home(places: list[Place], home: Place | None, frame: Frame) -> list[Place]:
    """The partners drawn so close to home on ``frame`` that they need an enlarged panel."""
    if home is None:
        return []
    hx, hy = frame.project(home.latitude, home.longitude)
    return [
        p
        for p in places
        if math.dist((hx, hy), frame.project(p.latitude, p.longitude)) < CLUSTER_PX
    ]


def in_europe(places: Iterable[Place]) -> bool:
    return all(-25 <= p.longitude <= 45 and 34 <= p.latitude <= 72 for p in places)


def render_map(cities: Iterable, home: Place | tuple[str, float, float] | None = None) -> dict:
    """Panels, pins and labels for the template ``partnerships/includes/map.html``.

    ``home`` is the city that runs the site, as a Place or (name, latitude, longitude).
    """
    places = [as_place(c) for c in cities]
    if isinstance(home, tuple):
        home = Place(home[0], home[1], home[2])
    everything = places + ([home] if home else [])
    world = Frame.fit([(p.latitude, p.longitude) for p in everything], pad_lon=12, pad_lat=7)
    world_title = _("Europa") if in_europe(everything) else _("Welt")
    world_panel = draw_panel("welt", world_title, world, places, home, 15)
    panels = [world_panel]

    crowded = place_labels(world_panel.pins, world.width, world.height) > 0 or pins_collide(
        world_panel.pins
    )
    cluster = crowded_near_home(places, home, world) if crowded else []
    if cluster and len(cluster) < len(places):
        for pin in world_panel.pins:
            pin.label = None
        panels.append(inset_panel(world_panel, world, cluster, home))
    elif cluster:
        # Every partner is a neighbour: one close frame shows them all apart.
        close = Frame.fit([(p.latitude, p.longitude) for p in everything], pad_lon=1.6, pad_lat=1)
        world_panel = draw_panel("welt", world_title, close, places, home, 5)
        place_labels(world_panel.pins, close.width, close.height)
        panels = [world_panel]
    return {
        "width": WIDTH,
        "panels": panels,
        "home": home,
    }


def inset_panel(world_panel: Panel, world: Frame, cluster: list[Place], home: Place) -> Panel:
    """The enlarged panel of the partners around home; marks its frame on the world panel."""
    inset = Frame.fit(
        [(p.latitude, p.longitude) for p in [*cluster, home]], pad_lon=1.6, pad_lat=1.0
    )
    names = {p.name for p in cluster}
    # On the world panel the crowded partners become unlabelled dots inside a frame.
    for pin in world_panel.pins:
        if pin.name in names and not pin.home:
            pin.url = ""
    (x0, y0), (x1, y1) = (
        world.project(inset.north, inset.west),
        world.project(inset.south, inset.east),
    )
    box = world_panel.inset_box = (x0 - 4, y0 - 4, x1 + 4, y1 + 4)
    text = _("Ausschnitt unten")
    x, y = box[0], box[1] - 6
    if y - FONT_SIZE < MARGIN:
        y = box[3] + FONT_SIZE + 2
    world_panel.inset_label = Label(text, x, y, "start", label_box(x, y, "start", text))
    labelled = [p for p in world_panel.pins if p.name not in names and not p.home]
    unlabelled = [p for p in world_panel.pins if p not in labelled]
    place_labels(
        labelled,
        world.width,
        world.height,
        obstacles=[box, world_panel.inset_label.box, *[p.box for p in unlabelled]],
    )
    title = _("Europa (Ausschnitt)") if in_europe([*cluster, home]) else _("Ausschnitt")
    panel = draw_panel("ausschnitt", title, inset, cluster, home, 5)
    place_labels(panel.pins, inset.width, inset.height)
    return panel
