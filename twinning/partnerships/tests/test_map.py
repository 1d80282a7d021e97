"""The partner-city map places cities from their coordinates, without overlaps, on our server."""

import itertools
import re

import pytest
from lxml import etree, html

from twinning.core.demo import content
from twinning.core.models import CitySettings
from twinning.partnerships.map import Frame, Place, mercator_y, overlaps, render_map

DEMO = [
    Place(c["name"], c["latitude"], c["longitude"], f"/partnerstaedte/{c['slug']}/")
    for c in content.PARTNER_CITIES
]
HOME = (content.CITY["name"], content.CITY["latitude"], content.CITY["longitude"])


def pins_by_name(panel):
    return {pin.name: pin for pin in panel.pins}


def test_frame_corners_and_equator_land_where_the_projection_puts_them():
    frame = Frame(-20.0, -40.0, 20.0, 40.0, width=800, height=400)
    assert frame.project(40.0, -20.0) == (0.0, 0.0)
    assert frame.project(-40.0, 20.0) == (800.0, 400.0)
    assert frame.project(0.0, 0.0) == (400.0, 200.0)
    # Mercator stretches high latitudes, so 20° N lies nearer the equator than 40° N's half.
    assert frame.project(20.0, 0.0)[1] == pytest.approx(106.6, abs=0.1)


def test_mercator_northing_of_known_latitudes():
    assert mercator_y(0) == pytest.approx(0, abs=1e-9)
    assert mercator_y(45) == pytest.approx(50.4987, abs=1e-3)
    assert mercator_y(60) == pytest.approx(75.4561, abs=1e-3)  # atanh(sin 60°) in degrees


def test_fitted_frame_keeps_one_scale_on_both_axes():
    frame = Frame.fit([(51.33, 6.56), (35.23, -80.84), (30.27, 120.16)], pad_lon=12, pad_lat=7)
    x_scale = frame.width / (frame.east - frame.west)
    y_scale = frame.height / (mercator_y(frame.north) - mercator_y(frame.south))
    assert x_scale == pytest.approx(y_scale, rel=1e-6)


def test_demo_cities_sit_where_their_coordinates_say():
    world, inset = render_map(DEMO, HOME)["panels"]
    pins = pins_by_name(world)
    assert pins["Charlotte"].x < pins["Krefeld"].x < pins["Uljanowsk"].x < pins["Xuzhou"].x
    assert pins["Hangzhou"].y > pins["Xuzhou"].y  # further south
    assert pins["Kayseri"].y > pins["Krefeld"].y
    near = pins_by_name(inset)
    assert near["Venlo"].x < near["Krefeld"].x  # Venlo lies just west of Krefeld
    assert near["Leiden"].y < near["Krefeld"].y  # Leiden lies north of it
    assert near["Leicester"].x < near["Dünkirchen"].x < near["Leiden"].x
    assert near["Landkreis Oder-Spree"].x == max(p.x for p in inset.pins)
    for panel in (world, inset):
        for pin in panel.pins:
            assert 0 <= pin.x <= panel.width and 0 <= pin.y <= panel.height, pin.name


def test_the_partners_crowding_around_home_get_an_enlarged_panel():
    world, inset = render_map(DEMO, HOME)["panels"]
    assert inset.title == "Europa (Ausschnitt)"
    assert {p.name for p in inset.pins} == {
        "Krefeld",
        "Venlo",
        "Leiden",
        "Dünkirchen",
        "Leicester",
        "Landkreis Oder-Spree",
    }
    assert inset.home_pin.name == "Krefeld"
    # On the world panel they are unlabelled dots inside the frame of the inset.
    x0, y0, x1, y1 = world.inset_box
    for pin in world.pins:
        if pin.name in {p.name for p in inset.pins}:
            assert pin.label is None and not pin.url
            assert x0 <= pin.x <= x1 and y0 <= pin.y <= y1
    assert {p.name for p in world.pins if p.label} == {
        "Charlotte",
        "Uljanowsk",
        "Kayseri",
        "Xuzhou",
        "Hangzhou",
    }


@pytest.mark.parametrize("panel_index", [0, 1])
def test_labels_overlap_neither_each_other_nor_other_pins(panel_index):
    panel = render_map(DEMO, HOME)["panels"][panel_index]
    labelled = [p for p in panel.pins if p.label]
    for a, b in itertools.combinations(labelled, 2):
        assert not overlaps(a.label.box, b.label.box), (a.name, b.name)
    for pin in labelled:
        for other in panel.pins:
            if other is not pin:
                assert not overlaps(pin.label.box, other.box), (pin.name, other.name)
        x0, y0, x1, y1 = pin.label.box
        assert x0 >= 0 and x1 <= panel.width and y0 >= 0 and y1 <= panel.height, pin.name


def test_partners_far_enough_apart_need_no_second_panel():
    apart = [p for p in DEMO if p.name in {"Leicester", "Landkreis Oder-Spree", "Kayseri"}]
    panels = render_map(apart, HOME)["panels"]
    assert [p.title for p in panels] == ["Europa"]
    assert panels[0].home_pin.label.text == "Krefeld"
    assert all(pin.label for pin in panels[0].pins)


def test_a_single_close_neighbour_is_shown_in_one_close_frame():
    venlo = [p for p in DEMO if p.name == "Venlo"]
    [panel] = render_map(venlo, HOME)["panels"]
    home, partner = panel.home_pin, panel.partner_pins[0]
    assert abs(home.x - partner.x) > 2 * 7  # pins drawn apart
    assert not overlaps(home.label.box, partner.label.box)


@pytest.mark.django_db
def test_index_page_draws_the_map_with_linked_cities_and_marks_home(client, site_tree):
    from wagtail.models import Site

    settings = CitySettings.for_site(Site.objects.get(is_default_site=True))
    settings.latitude, settings.longitude = 51.3331, 6.5623
    settings.save()
    site_tree.city("Venlo", latitude=51.3704, longitude=6.1724, country="Niederlande")
    site_tree.city("Charlotte", latitude=35.2271, longitude=-80.8431, country="USA")
    site_tree.city(
        "Hangzhou",
        latitude=30.2741,
        longitude=120.1551,
        country="China",
        began_year=None,
        partnership_type="freundschaft",
    )
    response = client.get("/partnerstaedte/")
    assert response.status_code == 200
    doc = html.fromstring(response.content)
    svgs = doc.xpath("//figure[contains(@class, 'partner-map')]//svg")
    assert len(svgs) == 2
    source = response.content.decode()
    for svg in re.findall(r"<svg.*?</svg>", source, flags=re.S):
        etree.fromstring(svg.encode())  # well-formed
        assert not re.search(r'(?:x|y|cx|cy|x1|y1|x2|y2)="-?\d+,\d', svg)  # no decimal commas
    links = {a.get("href"): a.text_content().strip() for a in doc.xpath("//svg//a")}
    assert links == {
        "/partnerstaedte/venlo/": "Venlo",
        "/partnerstaedte/charlotte/": "Charlotte",
        "/partnerstaedte/hangzhou/": "Hangzhou",
    }
    assert doc.xpath("//svg//g[@class='partner-map__home']//text")[0].text == "Krefeld"
    assert "http" not in " ".join(doc.xpath("//svg//@href"))
    # The text list beside the map names every city with country and year.
    rows = [" ".join(r.text_content().split()) for r in doc.xpath("//table//tbody/tr")]
    assert rows[0].startswith("Charlotte USA 1974")
    assert len(rows) == 3


def inside(lon: float, lat: float, ring) -> bool:
    """Ray casting: whether (lon, lat) lies inside the closed ring."""
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def on_land(lon: float, lat: float) -> bool:
    from twinning.partnerships.outlines import LAND, WATER

    return any(inside(lon, lat, r) for r in LAND) and not any(inside(lon, lat, r) for r in WATER)


@pytest.mark.parametrize("city", content.PARTNER_CITIES + [content.CITY], ids=lambda c: c["name"])
def test_the_hand_drawn_coastlines_put_every_demo_city_on_land(city):
    assert on_land(city["longitude"], city["latitude"])


@pytest.mark.parametrize(
    ("lon", "lat", "sea"),
    [
        (3.0, 54.5, "Nordsee"),
        (18.0, 56.0, "Ostsee"),
        (34.0, 43.5, "Schwarzes Meer"),
        (-40.0, 40.0, "Atlantik"),
        (18.0, 35.0, "Mittelmeer"),
    ],
)
def test_the_seas_stay_water(lon, lat, sea):
    assert not on_land(lon, lat), sea


def test_panels_draw_the_coastlines_that_reach_into_them():
    world, inset = render_map(DEMO, HOME)["panels"]
    assert len(world.land) >= 5  # Eurasia, Africa, North America, Great Britain, Japan …
    assert len(inset.land) >= 2  # the continent and Great Britain
    assert all(d.startswith("M") and d.endswith("Z") for d in world.land + inset.land)
