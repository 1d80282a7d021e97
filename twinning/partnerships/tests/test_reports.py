"""Reports for funding applications: exchanges, days and participants per year and partner city."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from lxml import html
from openpyxl import load_workbook

from twinning.partnerships.selectors import exchange_report
from twinning.partnerships.services import INTERNATIONAL_GROUP, PRESS_GROUP
from twinning.partnerships.tests.factories import editor, make_exchange

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def exchanges(site_tree):
    dunkirk = site_tree.city("Dünkirchen", country="Frankreich", country_code="FR")
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL", began_year=1964)
    charlotte = site_tree.city("Charlotte", country="USA", country_code="US", began_year=1986)
    make_exchange(  # 5 days, 105 people
        "Schüleraustausch",
        D(2024, 3, 11),
        D(2024, 3, 15),
        [dunkirk],
        participants=[
            ("FR", "pupils", 48),
            ("FR", "teachers", 4),
            ("DE", "pupils", 48),
            ("DE", "teachers", 5),
        ],
    )
    make_exchange(  # 3 days, 53 people
        "Jubiläumsdelegation",
        D(2024, 9, 20),
        D(2024, 9, 22),
        [dunkirk],
        participants=[("FR", "officials", 14), ("FR", "citizens", 31), ("DE", "officials", 8)],
    )
    make_exchange(  # 2 days, 117 people, two partner cities
        "Hockeyturnier",
        D(2024, 6, 28),
        D(2024, 6, 29),
        [dunkirk, venlo],
        participants=[("NL", "youth", 39), ("FR", "youth", 13), ("DE", "youth", 65)],
    )
    make_exchange(  # 4 days over New Year: counts in 2024, the year it starts
        "Silvesterbesuch",
        D(2024, 12, 30),
        D(2025, 1, 2),
        [venlo],
        participants=[("NL", "citizens", 10)],
    )
    make_exchange(  # another year
        "Delegation aus Charlotte",
        D(2023, 6, 12),
        D(2023, 6, 16),
        [charlotte],
        participants=[("US", "officials", 6)],
    )
    return {"dunkirk": dunkirk, "venlo": venlo, "charlotte": charlotte}


def test_report_sums_exchanges_days_and_participants_per_year_and_city(exchanges):
    report = exchange_report(2024)
    rows = {(r.year, r.city): r for r in report.rows}
    assert list(rows) == [(2024, "Dünkirchen"), (2024, "Venlo")]

    dunkirk = rows[(2024, "Dünkirchen")]
    assert (dunkirk.exchanges, dunkirk.days, dunkirk.total_participants) == (3, 10, 275)
    assert dunkirk.by_country() == {"FR": 110, "DE": 126, "NL": 39}
    assert dunkirk.participants[("DE", "pupils")] == 48
    assert dunkirk.participants[("FR", "youth")] == 13

    venlo = rows[(2024, "Venlo")]
    assert (venlo.exchanges, venlo.days, venlo.total_participants) == (2, 6, 127)
    assert venlo.by_country() == {"NL": 49, "FR": 13, "DE": 65}

    # The tournament had two partner cities but is one exchange in the total.
    assert (report.total.exchanges, report.total.days, report.total.total_participants) == (
        4,
        14,
        285,
    )


def test_report_for_one_city_over_all_years(exchanges):
    report = exchange_report(None, exchanges["charlotte"])
    assert [(r.year, r.city, r.exchanges, r.days, r.total_participants) for r in report.rows] == [
        (2023, "Charlotte", 1, 5, 6)
    ]
    everything = exchange_report(None)
    assert [(r.year, r.city) for r in everything.rows] == [
        (2024, "Dünkirchen"),
        (2024, "Venlo"),
        (2023, "Charlotte"),
    ]
    assert (everything.total.exchanges, everything.total.days) == (5, 19)
    assert everything.total.total_participants == 291


def test_report_downloads_as_csv_for_excel(client, exchanges):
    client.force_login(editor(INTERNATIONAL_GROUP))
    response = client.get(reverse("partnerships_report_csv") + "?jahr=2024")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="begegnungen-2024.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    head = rows[0]
    assert head[:8] == [
        "Jahr",
        "Partnerstadt",
        "Begegnungen",
        "Tage",
        "Teilnehmende",
        "Deutschland gesamt",
        "Frankreich gesamt",
        "Niederlande gesamt",
    ]
    assert "Frankreich: Schülerinnen und Schüler" in head
    by_city = {row[1]: dict(zip(head, row, strict=True)) for row in rows[1:]}
    assert by_city["Dünkirchen"]["Tage"] == "10"
    assert by_city["Dünkirchen"]["Teilnehmende"] == "275"
    assert by_city["Dünkirchen"]["Frankreich: Schülerinnen und Schüler"] == "48"
    assert by_city["Venlo"]["Niederlande gesamt"] == "49"
    assert by_city["Gesamt"]["Begegnungen"] == "4"
    assert by_city["Gesamt"]["Teilnehmende"] == "285"


def test_report_downloads_as_excel_workbook(client, exchanges):
    client.force_login(editor(INTERNATIONAL_GROUP))
    response = client.get(reverse("partnerships_report_xlsx") + "?jahr=2024&stadt=venlo")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Übersicht", "Begegnungen"]
    overview = [list(r) for r in book["Übersicht"].iter_rows(values_only=True)]
    assert overview[1][:5] == [2024, "Venlo", 2, 6, 127]
    assert overview[-1][1] == "Gesamt"
    detail = list(book["Begegnungen"].iter_rows(values_only=True))
    assert [row[0] for row in detail[1:]] == ["Hockeyturnier", "Silvesterbesuch"]
    assert detail[2][3].date() == D(2024, 12, 30)
    assert detail[2][5] == 4


def test_report_page_shows_the_table_to_both_offices(client, exchanges):
    for group in (INTERNATIONAL_GROUP, PRESS_GROUP):
        client.force_login(editor(group))
        response = client.get(reverse("partnerships_report") + "?jahr=2024")
        assert response.status_code == 200
        doc = html.fromstring(response.content)
        table = doc.xpath("//table[contains(@class, 'listing')]//tbody/tr")
        rows = [" ".join(cell.text_content().strip() for cell in r) for r in table]
        assert rows[0].startswith("2024 Dünkirchen 3 10 275")
        assert rows[-1].startswith("2024 Gesamt 4 14 285")


def test_report_is_closed_to_staff_outside_the_two_offices(client, django_user_model, exchanges):
    user = django_user_model.objects.create_user("gast", password="x", is_staff=True)
    client.force_login(user)
    for name in ("partnerships_report", "partnerships_report_csv", "partnerships_report_xlsx"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)


def test_report_is_offered_in_the_reports_menu_of_those_who_may_see_it(client, django_user_model):
    from django.contrib.auth.models import Permission

    client.force_login(editor(INTERNATIONAL_GROUP))
    assert (
        reverse("partnerships_report") in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    other = django_user_model.objects.create_user("gast", password="x", is_staff=True)
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(other)
    assert (
        reverse("partnerships_report")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
