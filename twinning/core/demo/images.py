"""Draws the demo site's photos: small, deterministic scenes made of Pillow shapes.

The demo must run offline and must not ship third-party photos whose licence we would
have to track, so every picture is drawn here from a motif, a palette and a seed.
The same arguments always give the same bytes, which keeps demo loads reproducible.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw, ImageFilter

MOTIFS: tuple[str, ...] = (
    "skyline",
    "bicycle",
    "museum",
    "school",
    "handshake",
    "conference",
    "harbour",
    "park",
)
MAX_BYTES = 150_000

# Shapes are drawn at twice the size and scaled down: Pillow's primitives have no
# anti-aliasing, and supersampling is the cheapest way to get smooth edges.
_SUPERSAMPLE = 2

Colour = tuple[int, int, int]

_WHITE: Colour = (255, 255, 255)
_BLACK: Colour = (0, 0, 0)
_DEFAULT_PALETTE = ("#1d4e89", "#f2a541", "#e85d4a")

# Palettes for partner-city portraits: dusk and daylight moods that all read well
# behind a dark silhouette.
_PORTRAIT_PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#243b6b", "#f6b26b", "#e06666"),
    ("#1b4332", "#95d5b2", "#ffb703"),
    ("#3d2c8d", "#f9a826", "#ff6b6b"),
    ("#0b3954", "#bfd7ea", "#ff5a5f"),
    ("#2f3e46", "#cad2c5", "#e9c46a"),
    ("#5a189a", "#ffd6a5", "#ff8fab"),
    ("#14213d", "#fca311", "#e5e5e5"),
    ("#264653", "#e9c46a", "#f4a261"),
)


def _hex(colour: str) -> Colour:
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    """Blend from a (t=0) to b (t=1)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _rng(seed: str) -> random.Random:
    # random.Random(str) is seeded through hash randomisation in some paths; a digest is
    # stable across processes and Python versions.
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class _Canvas:
    """A drawing surface addressed in fractions of its width and height."""

    def __init__(self, width: int, height: int) -> None:
        self.w = width
        self.h = height
        self.image = Image.new("RGB", (width, height), _WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, fx: float, fy: float) -> tuple[int, int]:
        return (round(fx * self.w), round(fy * self.h))

    def gradient(self, top: Colour, bottom: Colour, y0: float = 0.0, y1: float = 1.0) -> None:
        """Fill a horizontal band with a vertical gradient."""
        band_h = max(1, round((y1 - y0) * self.h))
        mask = Image.linear_gradient("L").resize((self.w, band_h))
        band = Image.composite(
            Image.new("RGB", (self.w, band_h), bottom),
            Image.new("RGB", (self.w, band_h), top),
            mask,
        )
        self.image.paste(band, (0, round(y0 * self.h)))

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: Colour,
        radius: float = 0.0,
    ) -> None:
        box = [*self.px(x0, y0), *self.px(x1, y1)]
        if radius:
            self.draw.rounded_rectangle(box, radius=round(radius * self.h), fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: Colour | None = None,
        outline: Colour | None = None,
        width: float = 0.0,
    ) -> None:
        """A circle; r is a fraction of the height so that circles stay round."""
        x, y = self.px(cx, cy)
        rad = round(r * self.h)
        self.draw.ellipse(
            [x - rad, y - rad, x + rad, y + rad],
            fill=fill,
            outline=outline,
            width=max(1, round(width * self.h)) if outline else 0,
        )

    def ellipse(self, x0: float, y0: float, x1: float, y1: float, fill: Colour) -> None:
        self.draw.ellipse([*self.px(x0, y0), *self.px(x1, y1)], fill=fill)

    def poly(self, points: Sequence[tuple[float, float]], fill: Colour) -> None:
        self.draw.polygon([self.px(x, y) for x, y in points], fill=fill)

    def line(self, points: Sequence[tuple[float, float]], fill: Colour, width: float) -> None:
        self.draw.line(
            [self.px(x, y) for x, y in points],
            fill=fill,
            width=max(1, round(width * self.h)),
            joint="curve",
        )

    def aspect(self) -> float:
        """How many width-fractions make one height-fraction."""
        return self.h / self.w


def _palette(palette: Sequence[str]) -> tuple[Colour, Colour, Colour]:
    colours = [_hex(c) for c in (list(palette) or list(_DEFAULT_PALETTE))]
    while len(colours) < 3:
        colours.append(_hex(_DEFAULT_PALETTE[len(colours)]))
    return colours[0], colours[1], colours[2]


def _sky(c: _Canvas, p: tuple[Colour, Colour, Colour], horizon: float) -> Colour:
    """Paint a sky from a deep tint of the main colour down to a warm glow; return the glow."""
    top = _mix(p[0], _WHITE, 0.35)
    glow = _mix(p[1], _WHITE, 0.7)
    c.gradient(top, glow, 0.0, horizon)
    return glow


def _sun(c: _Canvas, cx: float, cy: float, r: float, colour: Colour, sky: Colour) -> None:
    for step, t in enumerate((0.85, 0.7, 0.5)):
        c.circle(cx, cy, r * (1.9 - 0.3 * step), fill=_mix(colour, sky, t))
    c.circle(cx, cy, r, fill=colour)


def _clouds(c: _Canvas, r: random.Random, colour: Colour, count: int, top: float = 0.08) -> None:
    for _ in range(count):
        cx = r.uniform(0.05, 0.95)
        cy = r.uniform(top, top + 0.22)
        size = r.uniform(0.035, 0.06)
        for dx in (-1.4, -0.5, 0.5, 1.4):
            rr = size * (1.0 if abs(dx) < 1 else 0.75)
            c.circle(cx + dx * size * c.aspect(), cy + (0 if abs(dx) < 1 else 0.012), rr, colour)
        c.rect(cx - 1.6 * size * c.aspect(), cy, cx + 1.6 * size * c.aspect(), cy + size, colour)


def _tree(c: _Canvas, x: float, ground: float, size: float, leaf: Colour, r: random.Random) -> None:
    trunk = (96, 72, 52)
    a = c.aspect()
    c.rect(x - 0.12 * size * a, ground - size * 1.1, x + 0.12 * size * a, ground, trunk)
    dark = _mix(leaf, _BLACK, 0.25)
    light = _mix(leaf, _WHITE, 0.25)
    for dx, dy, rr, col in (
        (-0.45, -1.15, 0.55, dark),
        (0.45, -1.2, 0.55, dark),
        (0.0, -1.55, 0.65, leaf),
        (-0.25, -1.75, 0.4, light),
        (0.3, -1.45, 0.35, leaf),
    ):
        jitter = r.uniform(-0.05, 0.05)
        c.circle(x + (dx + jitter) * size * a, ground + dy * size, rr * size, col)


def _person(c: _Canvas, x: float, ground: float, height: float, colour: Colour) -> None:
    a = c.aspect()
    head = height * 0.13
    c.circle(x, ground - height + head, head, _mix(colour, _WHITE, 0.15))
    c.rect(
        x - height * 0.18 * a,
        ground - height + head * 2.2,
        x + height * 0.18 * a,
        ground - height * 0.35,
        colour,
        radius=height * 0.08,
    )
    c.rect(x - height * 0.14 * a, ground - height * 0.4, x - height * 0.02 * a, ground, colour)
    c.rect(x + height * 0.02 * a, ground - height * 0.4, x + height * 0.14 * a, ground, colour)


def _skyline(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.78
    glow = _sky(c, p, horizon)
    _sun(c, r.uniform(0.6, 0.85), r.uniform(0.22, 0.36), 0.08, _mix(p[2], _WHITE, 0.3), glow)
    _clouds(c, r, _mix(glow, _WHITE, 0.6), 2)
    far = _mix(p[0], glow, 0.55)
    x = -0.02
    while x < 1.0:
        w = r.uniform(0.04, 0.08)
        h = r.uniform(0.14, 0.3)
        c.rect(x, horizon - h, x + w, horizon, far)
        x += w + r.uniform(0.0, 0.01)
    near = _mix(p[0], _BLACK, 0.25)
    lit = _mix(p[1], _WHITE, 0.35)
    dark_window = _mix(near, _WHITE, 0.12)
    x = -0.01
    spire_at = r.uniform(0.3, 0.6)
    while x < 1.0:
        w = r.uniform(0.05, 0.1)
        h = r.uniform(0.1, 0.26)
        top = horizon - h
        if x <= spire_at < x + w:
            # a church tower, as nearly every Lower Rhine skyline has one
            mid = x + w / 2
            tw = w * 0.35
            c.rect(mid - tw / 2, top - 0.14, mid + tw / 2, horizon, near)
            c.poly([(mid - tw / 2, top - 0.14), (mid, top - 0.3), (mid + tw / 2, top - 0.14)], near)
        roof = r.random()
        c.rect(x, top, x + w, horizon, near)
        if roof < 0.3:
            c.poly([(x, top), (x + w / 2, top - 0.06), (x + w, top)], near)
        elif roof < 0.45:
            c.line([(x + w * 0.7, top), (x + w * 0.7, top - 0.07)], near, 0.004)
        cols = max(1, int(w / 0.018))
        rows = max(1, int(h / 0.04))
        for i in range(cols):
            for j in range(rows):
                wx = x + 0.008 + i * (w - 0.012) / cols
                wy = top + 0.015 + j * (h - 0.02) / rows
                colour = lit if r.random() < 0.45 else dark_window
                c.rect(wx, wy, wx + 0.008, wy + 0.018, colour)
        x += w + r.uniform(0.002, 0.015)
    water_top = _mix(p[0], _BLACK, 0.35)
    c.gradient(water_top, _mix(p[0], _BLACK, 0.55), horizon, 1.0)
    for _ in range(26):
        wx = r.uniform(0.0, 0.95)
        wy = r.uniform(horizon + 0.02, 0.98)
        c.line([(wx, wy), (wx + r.uniform(0.02, 0.08), wy)], _mix(lit, water_top, 0.45), 0.004)


def _bicycle(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.62
    glow = _sky(c, p, horizon)
    _clouds(c, r, _mix(glow, _WHITE, 0.65), 3)
    hill = _mix((88, 150, 96), p[0], 0.2)
    c.ellipse(-0.2, horizon - 0.12, 0.6, horizon + 0.2, _mix(hill, glow, 0.35))
    c.ellipse(0.35, horizon - 0.09, 1.3, horizon + 0.2, _mix(hill, glow, 0.2))
    for i in range(6):
        _tree(c, 0.05 + i * 0.19 + r.uniform(-0.03, 0.03), horizon + 0.02, 0.06, hill, r)
    c.rect(0.0, horizon, 1.0, 1.0, _mix(hill, _BLACK, 0.1))
    road = _mix(p[0], (110, 110, 115), 0.7)
    c.poly([(0.0, 0.74), (1.0, 0.7), (1.0, 1.0), (0.0, 1.0)], road)
    lane = _mix(p[2], road, 0.35)
    c.poly([(0.0, 0.8), (1.0, 0.76), (1.0, 0.94), (0.0, 0.98)], lane)
    for i in range(9):
        x = i * 0.12 + 0.02
        c.line([(x, 0.98 - x * 0.04), (x + 0.06, 0.98 - (x + 0.06) * 0.04)], _WHITE, 0.006)

    a = c.aspect()
    rad = 0.17
    rear = (0.5 - 0.21, 0.7)
    front = (0.5 + 0.21, 0.7)
    crank = (0.47, 0.72)
    seat = (0.41, 0.44)
    head = (0.64, 0.45)
    tyre = (38, 38, 44)
    spoke = _mix(tyre, _WHITE, 0.55)
    frame = _mix(p[0], _BLACK, 0.05) if sum(p[0]) < 600 else _mix(p[2], _BLACK, 0.1)
    for hub in (rear, front):
        c.circle(*hub, rad, outline=tyre, width=0.026)
        c.circle(*hub, rad - 0.024, outline=_mix(tyre, _WHITE, 0.7), width=0.006)
        for k in range(16):
            ang = k * math.pi / 8
            c.line(
                [
                    hub,
                    (
                        hub[0] + math.cos(ang) * (rad - 0.02) * a,
                        hub[1] + math.sin(ang) * (rad - 0.02),
                    ),
                ],
                spoke,
                0.002,
            )
        c.circle(*hub, 0.012, fill=_mix(tyre, _WHITE, 0.3))
    c.line([rear, crank, seat, rear], frame, 0.016)
    c.line([seat, head, crank], frame, 0.018)
    c.line([(head[0] - 0.005, head[1] - 0.02), front], frame, 0.016)
    c.circle(*crank, 0.035, outline=_mix(tyre, _WHITE, 0.2), width=0.008)
    c.line([(crank[0] - 0.02, crank[1] + 0.05), (crank[0] + 0.02, crank[1] - 0.05)], tyre, 0.01)
    c.line([(seat[0] + 0.005, seat[1]), (seat[0] - 0.01, seat[1] - 0.06)], tyre, 0.012)
    c.rect(seat[0] - 0.045, seat[1] - 0.085, seat[0] + 0.02, seat[1] - 0.06, tyre, radius=0.012)
    c.line(
        [head, (head[0] - 0.01, head[1] - 0.07), (head[0] + 0.045, head[1] - 0.085)], tyre, 0.012
    )
    # basket with flowers: Krefeld's everyday bike, not a racing one
    bx = head[0] + 0.012
    for k in range(4):
        c.circle(bx + 0.012 + k * 0.02, head[1] - 0.055, 0.017, fill=_mix(p[2], _WHITE, 0.15 * k))
    c.rect(bx, head[1] - 0.06, bx + 0.08, head[1] + 0.02, _mix(p[1], _BLACK, 0.2), radius=0.01)
    c.line(
        [(bx + 0.005, head[1] - 0.035), (bx + 0.075, head[1] - 0.035)],
        _mix(p[1], _BLACK, 0.4),
        0.004,
    )
    # a painted bike symbol on the lane
    sx, sy = 0.84, 0.88
    c.circle(sx - 0.03, sy, 0.025, outline=_WHITE, width=0.005)
    c.circle(sx + 0.03, sy, 0.025, outline=_WHITE, width=0.005)
    c.line([(sx - 0.03, sy), (sx, sy - 0.035), (sx + 0.03, sy)], _WHITE, 0.005)


def _museum(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.8
    glow = _sky(c, p, horizon)
    _clouds(c, r, _mix(glow, _WHITE, 0.6), 2, top=0.05)
    stone = _mix(p[1], _WHITE, 0.78)
    shade = _mix(stone, p[0], 0.25)
    deep = _mix(stone, p[0], 0.55)
    c.rect(0.0, horizon, 1.0, 1.0, _mix(p[0], _WHITE, 0.55))
    for k in range(3):
        c.rect(
            0.16 - k * 0.02,
            horizon - 0.03 * (3 - k),
            0.84 + k * 0.02,
            horizon - 0.03 * (2 - k),
            _mix(stone, shade, k / 3),
        )
    base = horizon - 0.09
    c.rect(0.2, 0.36, 0.8, base, deep)
    columns = 6
    for i in range(columns):
        x = 0.22 + i * (0.56 - 0.05) / (columns - 1)
        c.rect(x, 0.38, x + 0.05, base, stone)
        c.rect(x + 0.036, 0.38, x + 0.05, base, shade)
        c.rect(x - 0.008, 0.36, x + 0.058, 0.385, stone)
        c.rect(x - 0.008, base - 0.02, x + 0.058, base, stone)
    # exhibition banners between the middle columns
    for i, colour in ((1, p[2]), (3, p[0])):
        x = 0.22 + i * (0.51 / 5) + 0.058
        c.rect(x, 0.42, x + 0.035, 0.6, colour)
        c.poly([(x, 0.6), (x + 0.0175, 0.58), (x + 0.035, 0.6)], deep)
    c.rect(0.18, 0.31, 0.82, 0.36, stone)
    c.rect(0.18, 0.345, 0.82, 0.36, shade)
    c.poly([(0.17, 0.31), (0.5, 0.16), (0.83, 0.31)], stone)
    c.poly([(0.23, 0.295), (0.5, 0.19), (0.77, 0.295)], shade)
    c.circle(0.5, 0.255, 0.03, fill=_mix(p[1], _WHITE, 0.3))
    c.circle(0.5, 0.255, 0.018, fill=_mix(p[1], _BLACK, 0.1))
    people = _mix(p[0], _BLACK, 0.45)
    for _ in range(6):
        _person(
            c,
            r.uniform(0.05, 0.95),
            r.uniform(0.9, 0.98),
            r.uniform(0.1, 0.14),
            _mix(people, p[r.randrange(3)], 0.3),
        )


def _school(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.74
    glow = _sky(c, p, horizon)
    _sun(c, 0.12, 0.18, 0.06, _mix(p[1], _WHITE, 0.2), glow)
    _clouds(c, r, _mix(glow, _WHITE, 0.7), 2)
    brick = _mix(p[2], (150, 70, 50), 0.5)
    brick_dark = _mix(brick, _BLACK, 0.2)
    glass = _mix(p[0], _WHITE, 0.45)
    frame = _mix(brick, _WHITE, 0.75)
    c.rect(0.0, horizon, 1.0, 1.0, _mix((120, 170, 100), p[0], 0.15))
    c.rect(0.0, 0.86, 1.0, 1.0, _mix((190, 180, 165), p[1], 0.2))
    c.rect(0.12, 0.4, 0.88, horizon, brick)
    c.rect(0.1, 0.38, 0.9, 0.41, brick_dark)
    c.rect(0.4, 0.28, 0.6, horizon, brick_dark)
    c.poly([(0.38, 0.28), (0.5, 0.18), (0.62, 0.28)], _mix(p[0], _BLACK, 0.2))
    c.circle(0.5, 0.33, 0.035, fill=frame)
    c.line([(0.5, 0.33), (0.5, 0.305)], _BLACK, 0.005)
    c.line([(0.5, 0.33), (0.517, 0.34)], _BLACK, 0.005)
    for row, y in enumerate((0.45, 0.56)):
        for i in range(5):
            for side in (0.15, 0.63):
                x = side + i * 0.045
                c.rect(x, y, x + 0.032, y + 0.07, frame)
                c.rect(
                    x + 0.004,
                    y + 0.006,
                    x + 0.028,
                    y + 0.064,
                    glass if (i + row) % 3 else _mix(glass, p[1], 0.5),
                )
    c.rect(0.455, 0.6, 0.545, horizon, _mix(p[0], _BLACK, 0.3), radius=0.01)
    c.rect(0.498, 0.6, 0.502, horizon, frame)
    c.line([(0.93, horizon), (0.93, 0.3)], (200, 200, 205), 0.007)
    c.poly([(0.93, 0.31), (0.99, 0.33), (0.93, 0.36)], p[2])
    leaf = _mix((70, 140, 80), p[0], 0.15)
    _tree(c, 0.05, horizon + 0.04, 0.12, leaf, r)
    _tree(c, 0.97, horizon + 0.06, 0.09, leaf, r)
    for _ in range(7):
        _person(
            c, r.uniform(0.1, 0.9), r.uniform(0.9, 0.99), r.uniform(0.08, 0.11), p[r.randrange(3)]
        )


def _handshake(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    c.gradient(_mix(p[0], _WHITE, 0.55), _mix(p[1], _WHITE, 0.6))
    c.circle(0.5, 0.55, 0.42, fill=_mix(p[1], _WHITE, 0.45))
    c.circle(0.5, 0.55, 0.32, fill=_mix(p[2], _WHITE, 0.6))
    for _ in range(14):
        c.circle(
            r.uniform(0.05, 0.95),
            r.uniform(0.05, 0.95),
            r.uniform(0.008, 0.02),
            fill=_mix(p[r.randrange(3)], _WHITE, 0.35),
        )
    skins = [(241, 194, 160), (198, 134, 94), (141, 85, 54), (224, 172, 128)]
    r.shuffle(skins)
    left_skin, right_skin = skins[0], skins[1]
    # left sleeve and cuff
    c.poly([(-0.02, 0.5), (0.36, 0.5), (0.4, 0.7), (-0.02, 0.78)], p[0])
    c.poly([(0.34, 0.49), (0.41, 0.49), (0.45, 0.7), (0.38, 0.71)], _WHITE)
    # right sleeve and cuff
    c.poly([(1.02, 0.44), (0.64, 0.46), (0.6, 0.66), (1.02, 0.72)], p[2])
    c.poly([(0.66, 0.45), (0.59, 0.46), (0.55, 0.66), (0.62, 0.66)], _WHITE)
    # right hand underneath, fingers wrapping around the left palm
    c.rect(0.43, 0.47, 0.6, 0.64, right_skin, radius=0.07)
    # left hand on top
    c.rect(0.41, 0.52, 0.6, 0.68, left_skin, radius=0.075)
    dark_l = _mix(left_skin, _BLACK, 0.25)
    for k in range(3):
        y = 0.57 + k * 0.035
        c.line([(0.53, y), (0.59, y - 0.005)], dark_l, 0.006)
    # right-hand fingers over the back of the left hand
    dark_r = _mix(right_skin, _BLACK, 0.2)
    for k in range(4):
        x = 0.445 + k * 0.035
        c.rect(x, 0.6 + k * 0.004, x + 0.032, 0.7 + k * 0.004, right_skin, radius=0.016)
        c.line([(x + 0.031, 0.61 + k * 0.004), (x + 0.031, 0.69)], dark_r, 0.003)
    # left thumb resting on top
    c.poly([(0.44, 0.53), (0.53, 0.46), (0.56, 0.48), (0.47, 0.56)], left_skin)
    c.circle(0.545, 0.47, 0.02, fill=left_skin)


def _conference(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    wall_top = _mix(p[0], _WHITE, 0.75)
    c.gradient(wall_top, _mix(p[1], _WHITE, 0.8), 0.0, 0.62)
    c.gradient(_mix(p[0], (120, 100, 80), 0.6), _mix(p[0], (60, 50, 40), 0.6), 0.62, 1.0)
    # screen with a chart
    c.rect(0.3, 0.07, 0.7, 0.36, _mix(p[0], _BLACK, 0.45), radius=0.01)
    c.rect(0.315, 0.09, 0.685, 0.34, _mix(p[0], _WHITE, 0.9))
    values = [r.uniform(0.3, 1.0) for _ in range(6)]
    for i, v in enumerate(values):
        x = 0.34 + i * 0.055
        c.rect(x, 0.31 - v * 0.17, x + 0.035, 0.31, p[1] if i % 2 else p[2])
    c.line([(0.34 + i * 0.055 + 0.017, 0.29 - v * 0.17) for i, v in enumerate(values)], p[0], 0.006)
    # window light on the wall
    for x in (0.05, 0.78):
        c.rect(x, 0.08, x + 0.17, 0.45, _mix(wall_top, _WHITE, 0.6))
        c.rect(x + 0.083, 0.08, x + 0.087, 0.45, wall_top)
    # people behind the table
    seats = 7
    for i in range(seats):
        x = 0.14 + i * 0.12
        body = _mix(p[i % 3], _BLACK, 0.15 * (i % 2))
        c.ellipse(x - 0.05, 0.47, x + 0.05, 0.7, body)
        c.circle(
            x,
            0.43,
            0.045,
            fill=r.choice([(241, 194, 160), (198, 134, 94), (141, 85, 54), (224, 172, 128)]),
        )
        c.ellipse(
            x - 0.033,
            0.375,
            x + 0.033,
            0.415,
            r.choice([(60, 45, 35), (30, 30, 30), (150, 110, 60), (200, 200, 200)]),
        )
    wood = _mix(p[1], (140, 95, 60), 0.6)
    c.poly([(0.06, 0.6), (0.94, 0.6), (1.02, 0.82), (-0.02, 0.82)], wood)
    c.rect(-0.02, 0.82, 1.02, 0.86, _mix(wood, _BLACK, 0.3))
    for i in range(seats):
        x = 0.14 + i * 0.12
        c.poly(
            [(x - 0.035, 0.66), (x + 0.025, 0.66), (x + 0.035, 0.7), (x - 0.025, 0.7)], (60, 64, 72)
        )
        c.rect(x + 0.04, 0.61, x + 0.048, 0.66, _mix(p[0], _WHITE, 0.7))
    # table flags of the two cities
    for x, colour in ((0.45, p[0]), (0.55, p[2])):
        c.line([(x, 0.7), (x, 0.56)], (90, 90, 90), 0.004)
        c.rect(x, 0.56, x + 0.045, 0.59, colour)
    # backs of chairs in the foreground
    for i in range(4):
        x = 0.12 + i * 0.25
        c.rect(x, 0.88, x + 0.14, 1.05, _mix(p[0], _BLACK, 0.5), radius=0.03)


def _harbour(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.58
    glow = _sky(c, p, horizon)
    _sun(c, r.uniform(0.15, 0.35), 0.42, 0.07, _mix(p[2], _WHITE, 0.25), glow)
    _clouds(c, r, _mix(glow, _WHITE, 0.6), 2)
    sea_top = _mix(p[0], (40, 110, 160), 0.5)
    c.gradient(_mix(sea_top, glow, 0.3), _mix(sea_top, _BLACK, 0.35), horizon, 1.0)
    # quay with cranes on the right
    quay = _mix(p[0], (70, 70, 75), 0.6)
    c.rect(0.62, horizon - 0.02, 1.0, horizon + 0.03, quay)
    crane = _mix(p[2], _BLACK, 0.05)
    for x in (0.7, 0.86):
        c.line(
            [(x, horizon - 0.02), (x + 0.02, horizon - 0.32), (x + 0.04, horizon - 0.02)],
            crane,
            0.008,
        )
        c.line([(x - 0.08, horizon - 0.3), (x + 0.12, horizon - 0.3)], crane, 0.01)
        c.line([(x + 0.02, horizon - 0.32), (x - 0.08, horizon - 0.3)], crane, 0.004)
        c.line([(x - 0.05, horizon - 0.3), (x - 0.05, horizon - 0.18)], (60, 60, 60), 0.003)
    # lighthouse on a mole to the left
    c.rect(0.0, horizon - 0.015, 0.16, horizon + 0.02, quay)
    c.poly(
        [
            (0.06, horizon - 0.015),
            (0.075, horizon - 0.3),
            (0.105, horizon - 0.3),
            (0.12, horizon - 0.015),
        ],
        _WHITE,
    )
    for k in range(3):
        y0 = horizon - 0.05 - k * 0.09
        c.poly(
            [
                (0.06 + (horizon - y0) * 0.05, y0),
                (0.12 - (horizon - y0) * 0.05, y0),
                (0.12 - (horizon - y0 + 0.04) * 0.05, y0 - 0.04),
                (0.06 + (horizon - y0 + 0.04) * 0.05, y0 - 0.04),
            ],
            (200, 50, 50),
        )
    c.rect(0.07, horizon - 0.34, 0.11, horizon - 0.3, _mix(p[1], _WHITE, 0.4))
    c.poly([(0.065, horizon - 0.34), (0.09, horizon - 0.38), (0.115, horizon - 0.34)], (60, 60, 60))
    # a container ship and a small ferry
    hull = _mix(p[0], _BLACK, 0.4)
    c.poly([(0.28, 0.62), (0.78, 0.62), (0.74, 0.72), (0.31, 0.72)], hull)
    c.rect(0.31, 0.68, 0.745, 0.69, (200, 60, 50))
    box_colours = [p[1], p[2], _mix(p[0], _WHITE, 0.4), (220, 220, 220), _mix(p[2], _BLACK, 0.25)]
    for row in range(3):
        for i in range(8 - row):
            x = 0.34 + i * 0.045 + row * 0.01
            c.rect(x, 0.58 - row * 0.04, x + 0.042, 0.618 - row * 0.04, r.choice(box_colours))
    c.rect(0.7, 0.5, 0.76, 0.62, _WHITE)
    for k in range(3):
        c.rect(0.705 + k * 0.018, 0.52, 0.718 + k * 0.018, 0.535, _mix(p[0], _BLACK, 0.2))
    c.rect(0.73, 0.46, 0.745, 0.5, p[2])
    c.poly([(0.06, 0.8), (0.24, 0.8), (0.22, 0.85), (0.08, 0.85)], _WHITE)
    c.rect(0.1, 0.76, 0.2, 0.8, _mix(p[1], _WHITE, 0.3))
    for _ in range(40):
        wx = r.uniform(0.0, 0.95)
        wy = r.uniform(horizon + 0.03, 0.99)
        c.line(
            [(wx, wy), (wx + 0.02, wy - 0.008), (wx + 0.04, wy)], _mix(sea_top, _WHITE, 0.45), 0.003
        )
    for _ in range(4):
        gx, gy = r.uniform(0.3, 0.9), r.uniform(0.1, 0.3)
        c.line([(gx - 0.02, gy - 0.01), (gx, gy), (gx + 0.02, gy - 0.01)], (60, 60, 70), 0.004)


def _park(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    horizon = 0.6
    glow = _sky(c, p, horizon)
    _sun(c, r.uniform(0.7, 0.9), 0.2, 0.06, _mix(p[1], _WHITE, 0.2), glow)
    _clouds(c, r, _mix(glow, _WHITE, 0.7), 3, top=0.05)
    green = _mix((90, 160, 90), p[0], 0.15)
    c.ellipse(-0.3, horizon - 0.1, 0.7, horizon + 0.5, _mix(green, glow, 0.3))
    c.ellipse(0.3, horizon - 0.06, 1.4, horizon + 0.5, _mix(green, glow, 0.15))
    c.rect(0.0, horizon + 0.08, 1.0, 1.0, green)
    c.gradient(green, _mix(green, _BLACK, 0.2), horizon + 0.15, 1.0)
    # a path winding towards the viewer
    path = _mix(p[1], (220, 200, 170), 0.6)
    pts_left, pts_right = [], []
    for k in range(21):
        t = k / 20
        y = horizon + 0.07 + t * 0.95
        x = 0.5 + math.sin(t * 3.2 + 0.4) * 0.12
        half = 0.01 + t * 0.12
        pts_left.append((x - half, y))
        pts_right.append((x + half, y))
    c.poly(pts_left + pts_right[::-1], path)
    # pond
    c.ellipse(0.06, 0.74, 0.32, 0.84, _mix(p[0], (80, 150, 200), 0.6))
    c.ellipse(0.1, 0.765, 0.2, 0.78, _mix(p[0], _WHITE, 0.6))
    leaf = _mix((60, 130, 70), p[0], 0.1)
    for x, ground, size in (
        (0.08, 0.7, 0.1),
        (0.3, 0.68, 0.08),
        (0.78, 0.7, 0.12),
        (0.93, 0.76, 0.09),
    ):
        _tree(c, x + r.uniform(-0.02, 0.02), ground, size, _mix(leaf, p[r.randrange(3)], 0.12), r)
    # bench
    wood = (140, 95, 60)
    c.rect(0.66, 0.81, 0.8, 0.825, wood)
    c.rect(0.66, 0.78, 0.8, 0.795, wood)
    c.rect(0.67, 0.825, 0.675, 0.86, (60, 60, 60))
    c.rect(0.785, 0.825, 0.79, 0.86, (60, 60, 60))
    for _ in range(60):
        fx, fy = r.uniform(0.0, 1.0), r.uniform(0.86, 0.99)
        c.circle(fx, fy, 0.005, fill=p[2] if r.random() < 0.6 else _mix(p[1], _WHITE, 0.2))


_DRAWERS: dict[str, Callable[[_Canvas, tuple[Colour, Colour, Colour], random.Random], None]] = {
    "skyline": _skyline,
    "bicycle": _bicycle,
    "museum": _museum,
    "school": _school,
    "handshake": _handshake,
    "conference": _conference,
    "harbour": _harbour,
    "park": _park,
}


def _encode(image: Image.Image, max_bytes: int = MAX_BYTES) -> bytes:
    """JPEG bytes, lowering the quality until the file fits the size budget."""
    data = b""
    for quality in (86, 80, 72, 64, 55, 45, 35):
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality, optimize=True, progressive=True)
        data = buffer.getvalue()
        if len(data) <= max_bytes:
            break
    return data


def _render(
    drawer: Callable[[_Canvas, tuple[Colour, Colour, Colour], random.Random], None],
    palette: Sequence[str],
    seed: str,
    width: int,
    height: int,
) -> bytes:
    if width < 16 or height < 16:
        raise ValueError("images must be at least 16×16 pixels")
    canvas = _Canvas(width * _SUPERSAMPLE, height * _SUPERSAMPLE)
    drawer(canvas, _palette(palette), _rng(seed))
    image = canvas.image.resize((width, height), Image.Resampling.LANCZOS)
    return _encode(image)


def generate_image(
    motif: str, palette: list[str], seed: str, width: int = 1200, height: int = 800
) -> bytes:
    """A JPEG of the motif in the palette's colours; the seed varies the details."""
    try:
        drawer = _DRAWERS[motif]
    except KeyError:
        raise ValueError(f"unknown motif {motif!r}; choose one of {', '.join(MOTIFS)}") from None
    return _render(drawer, palette, f"{motif}:{seed}", width, height)


def _portrait(c: _Canvas, p: tuple[Colour, Colour, Colour], r: random.Random) -> None:
    """A city silhouette at dusk, mirrored in a river."""
    horizon = 0.68
    top = _mix(p[0], _BLACK, 0.1)
    glow = _mix(p[1], _WHITE, 0.25)
    c.gradient(top, glow, 0.0, horizon)
    _sun(c, r.uniform(0.2, 0.8), r.uniform(0.38, 0.5), 0.09, _mix(p[2], _WHITE, 0.2), glow)
    for _ in range(30):
        c.circle(r.uniform(0, 1), r.uniform(0, 0.25), 0.0025, fill=_mix(top, _WHITE, 0.7))
    hills = _mix(p[0], glow, 0.5)
    c.ellipse(-0.2, horizon - 0.15, 0.5, horizon + 0.2, hills)
    c.ellipse(0.45, horizon - 0.12, 1.2, horizon + 0.2, hills)
    silhouette = _mix(p[0], _BLACK, 0.65)
    x = -0.01
    landmarks = r.sample(["dome", "spire", "tower", "windmill", "gate", "pagoda"], 3)
    slots = sorted(r.sample(range(2, 14), 3))
    index = 0
    while x < 1.0:
        w = r.uniform(0.035, 0.075)
        h = r.uniform(0.06, 0.2)
        c.rect(x, horizon - h, x + w, horizon, silhouette)
        if r.random() < 0.35:
            c.poly(
                [(x, horizon - h), (x + w / 2, horizon - h - 0.05), (x + w, horizon - h)],
                silhouette,
            )
        if index in slots:
            kind = landmarks[slots.index(index)]
            mid = x + w / 2
            if kind == "dome":
                c.rect(mid - 0.05, horizon - 0.22, mid + 0.05, horizon, silhouette)
                c.circle(mid, horizon - 0.22, 0.08, fill=silhouette)
                c.line([(mid, horizon - 0.3), (mid, horizon - 0.36)], silhouette, 0.006)
            elif kind == "spire":
                c.rect(mid - 0.018, horizon - 0.3, mid + 0.018, horizon, silhouette)
                c.poly(
                    [
                        (mid - 0.022, horizon - 0.3),
                        (mid, horizon - 0.48),
                        (mid + 0.022, horizon - 0.3),
                    ],
                    silhouette,
                )
            elif kind == "tower":
                c.rect(mid - 0.025, horizon - 0.42, mid + 0.025, horizon, silhouette)
                for k in range(6):
                    c.rect(
                        mid - 0.012,
                        horizon - 0.4 + k * 0.06,
                        mid + 0.012,
                        horizon - 0.38 + k * 0.06,
                        _mix(p[1], _WHITE, 0.3),
                    )
            elif kind == "windmill":
                c.poly(
                    [
                        (mid - 0.03, horizon),
                        (mid - 0.015, horizon - 0.2),
                        (mid + 0.015, horizon - 0.2),
                        (mid + 0.03, horizon),
                    ],
                    silhouette,
                )
                hub = (mid, horizon - 0.2)
                ang0 = r.uniform(0, math.pi / 2)
                for k in range(4):
                    ang = ang0 + k * math.pi / 2
                    c.line(
                        [
                            hub,
                            (
                                hub[0] + math.cos(ang) * 0.12 * c.aspect(),
                                hub[1] + math.sin(ang) * 0.12,
                            ),
                        ],
                        silhouette,
                        0.012,
                    )
            elif kind == "gate":
                c.rect(mid - 0.06, horizon - 0.2, mid + 0.06, horizon, silhouette)
                c.poly(
                    [
                        (mid - 0.07, horizon - 0.2),
                        (mid, horizon - 0.27),
                        (mid + 0.07, horizon - 0.2),
                    ],
                    silhouette,
                )
                c.ellipse(mid - 0.02, horizon - 0.12, mid + 0.02, horizon - 0.02, glow)
                c.rect(mid - 0.02, horizon - 0.07, mid + 0.02, horizon, glow)
            else:
                for k in range(4):
                    half = 0.055 - k * 0.01
                    y = horizon - 0.06 - k * 0.065
                    c.rect(mid - half * 0.7, y, mid + half * 0.7, y + 0.065, silhouette)
                    c.poly([(mid - half, y), (mid, y - 0.03), (mid + half, y)], silhouette)
        x += w + r.uniform(0.0, 0.01)
        index += 1
    # the river mirrors what stands above it, a little blurred and darker
    water_h = 1.0 - horizon
    band = c.image.crop((0, round((horizon - water_h) * c.h), c.w, round(horizon * c.h))).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    band = band.filter(ImageFilter.GaussianBlur(radius=max(1, c.h // 250)))
    band = Image.blend(band, Image.new("RGB", band.size, _mix(p[0], _BLACK, 0.5)), 0.45)
    c.image.paste(band, (0, round(horizon * c.h)))
    for _ in range(40):
        wx, wy = r.uniform(0.0, 0.95), r.uniform(horizon + 0.01, 0.99)
        c.line([(wx, wy), (wx + r.uniform(0.02, 0.09), wy)], _mix(glow, _WHITE, 0.2), 0.003)


def generate_portrait(seed: str, width: int = 1200, height: int = 800) -> bytes:
    """A stylised city silhouette for a partner city's page; the seed picks palette and skyline."""
    digest = hashlib.sha256(f"palette:{seed}".encode()).digest()
    palette = _PORTRAIT_PALETTES[int.from_bytes(digest[:4], "big") % len(_PORTRAIT_PALETTES)]
    return _render(_portrait, list(palette), f"portrait:{seed}", width, height)
