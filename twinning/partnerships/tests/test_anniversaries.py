"""Anniversaries are derived from the date or year a partnership began, never typed in."""

import datetime as dt

import pytest
from django.urls import reverse
from lxml import html

from twinning.partnerships.anniversaries import (
    anniversaries_between,
    anniversary_date,
    current_or_next,
)
from twinning.partnerships.selectors import coming_anniversaries, months_later

D = dt.date


def test_anniversaries_come_in_five_year_steps():
    found = anniversaries_between(D(1974, 5, 12), None, D(1980, 1, 1), D(2000, 12, 31))
    assert [(a.years, a.on) for a in found] == [
        (10, D(1984, 5, 12)),
        (15, D(1989, 5, 12)),
        (20, D(1994, 5, 12)),
        (25, D(1999, 5, 12)),
    ]
    assert all(a.exact for a in found)


@pytest.mark.parametrize(
    ("years", "major"),
    [
        (5, False),
        (20, False),
        (25, True),
        (40, False),
        (50, True),
        (60, True),
        (65, False),
        (70, True),
        (75, True),
        (100, True),
    ],
)
def test_the_25th_50th_60th_and_every_tenth_after_fifty_are_major(years, major):
    [anniversary] = anniversaries_between(
        D(1900, 1, 1), None, D(1900 + years, 1, 1), D(1900 + years, 1, 1)
    )
    assert anniversary.years == years
    assert anniversary.is_major is major


def test_partnership_begun_on_29_february_is_marked_on_28_february_in_common_years():
    assert anniversary_date(D(1996, 2, 29), 30) == D(2026, 2, 28)
    assert anniversary_date(D(1996, 2, 29), 20) == D(2016, 2, 29)  # a leap year keeps the day
    found = anniversaries_between(D(1996, 2, 29), None, D(2021, 1, 1), D(2030, 12, 31))
    assert [(a.years, a.on) for a in found] == [(25, D(2021, 2, 28)), (30, D(2026, 2, 28))]


def test_29_february_anniversary_is_found_on_the_last_day_of_a_window_ending_28_february():
    found = anniversaries_between(D(2000, 2, 29), None, D(2025, 2, 1), D(2025, 2, 28))
    assert [(a.years, a.on) for a in found] == [(25, D(2025, 2, 28))]


def test_partnership_begun_only_with_a_year_has_a_whole_year_as_anniversary():
    found = anniversaries_between(None, 1986, D(2026, 11, 25), D(2028, 11, 25))
    assert [(a.years, a.on.year, a.exact) for a in found] == [(40, 2026, False)]


def test_current_anniversary_is_this_years_even_when_only_the_year_is_known():
    anniversary = current_or_next(None, 1964, D(2024, 12, 31))
    assert (anniversary.years, anniversary.on.year, anniversary.exact) == (60, 2024, False)


def test_next_anniversary_follows_when_this_year_has_none():
    anniversary = current_or_next(D(1974, 5, 12), None, D(2026, 6, 1))
    assert (anniversary.years, anniversary.on) == (55, D(2029, 5, 12))


def test_no_anniversary_without_a_beginning():
    assert current_or_next(None, None, D(2026, 1, 1)) is None
    assert anniversaries_between(None, None, D(2000, 1, 1), D(2030, 1, 1)) == []


def test_a_year_later_in_months_keeps_the_day_or_takes_the_months_last():
    assert months_later(D(2026, 11, 25), 24) == D(2028, 11, 25)
    assert months_later(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert months_later(D(2026, 1, 31), 1) == D(2026, 2, 28)


@pytest.mark.django_db
def test_coming_anniversaries_list_the_next_24_months_of_active_partnerships(site_tree):
    site_tree.city("Charlotte", began_year=1986)  # 40 in 2026: the year is running
    site_tree.city("Kayseri", began_year=2008)  # 20 in 2028: inside
    site_tree.city("Dünkirchen", began_on=D(1974, 12, 1), began_year=1974)  # 55 in 2029: outside
    site_tree.city("Leiden", began_on=D(2001, 3, 1), began_year=2001)  # 25 on 1.3.2026: over
    site_tree.city("Venlo", began_on=D(1964, 2, 29), began_year=1964)  # no: 65 in 2029
    site_tree.city(
        "Uljanowsk",
        began_year=1993,
        status="suspended",
        status_reason="Ruht seit dem Ratsbeschluss.",
        status_since=D(2022, 5, 4),
    )  # 35 in 2028, but it rests
    found = coming_anniversaries(D(2026, 11, 25))
    assert [(c.title, a.years, a.on.year) for a, c in found] == [
        ("Charlotte", 40, 2026),
        ("Kayseri", 20, 2028),
    ]


@pytest.mark.django_db
def test_dashboard_shows_coming_anniversaries_to_editors(client, site_tree, django_user_model):
    today = dt.date.today()
    site_tree.city("Leiden", began_on=D(today.year - 49, 12, 31), began_year=today.year - 49)
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "x"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    doc = html.fromstring(response.content)
    panel = doc.get_element_by_id("partnership-anniversaries-section")
    text = " ".join(panel.text_content().split())
    assert "50 Jahre Partnerschaft mit Leiden" in text
    assert f"31.12.{today.year + 1}" in text
    assert "rundes Jubiläum" in text


@pytest.mark.django_db
def test_partner_city_index_shows_the_coming_anniversaries(client, site_tree):
    year = dt.date.today().year
    site_tree.city("Venlo", began_year=year - 60)
    response = client.get("/partnerstaedte/")
    text = " ".join(html.fromstring(response.content).text_content().split())
    assert f"60 Jahre Partnerschaft mit Venlo ({year})" in text


@pytest.mark.django_db
def test_partner_city_page_names_the_current_anniversary(client, site_tree):
    year = dt.date.today().year
    city = site_tree.city("Venlo", began_year=year - 60)
    text = " ".join(html.fromstring(client.get(city.url).content).text_content().split())
    assert f"60 Jahre Partnerschaft mit Venlo ({year})" in text
