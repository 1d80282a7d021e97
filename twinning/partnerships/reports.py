"""The exchange report as a table, a CSV file and an Excel workbook, for funding applications."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from twinning.partnerships.models import ParticipantGroup, PartnerCityPage
from twinning.partnerships.selectors import ExchangeReport, ReportRow

HOME_COUNTRIES = {"DE": "Deutschland"}


def country_names() -> dict[str, str]:
    """Country names the partner-city records give, by ISO code (plus the home country)."""
    names = dict(HOME_COUNTRIES)
    for code, name in PartnerCityPage.objects.exclude(country_code="").values_list(
        "country_code", "country"
    ):
        names.setdefault(code.upper(), name)
    return names


def column_title(country: str, group: str, names: dict[str, str]) -> str:
    return f"{names.get(country, country)}: {ParticipantGroup(group).label}"


def countries(report: ExchangeReport) -> list[str]:
    return sorted({country for country, _group in report.columns})


def header(report: ExchangeReport, names: dict[str, str]) -> list[str]:
    return [
        _("Jahr"),
        _("Partnerstadt"),
        _("Begegnungen"),
        _("Tage"),
        _("Teilnehmende"),
        *[_("%(country)s gesamt") % {"country": names.get(c, c)} for c in countries(report)],
        *[column_title(country, group, names) for country, group in report.columns],
    ]


def row_values(report: ExchangeReport, row: ReportRow, year: int | str, city: str) -> list:
    by_country = row.by_country()
    return [
        year,
        city,
        row.exchanges,
        row.days,
        row.total_participants,
        *[by_country.get(c, 0) for c in countries(report)],
        *[row.participants.get(key, 0) for key in report.columns],
    ]


def table(report: ExchangeReport) -> tuple[list[str], list[list]]:
    """Header and rows: one per year and partner city, then the total over distinct exchanges."""
    names = country_names()
    rows = [row_values(report, r, r.year, r.city) for r in report.rows]
    if report.rows:
        rows.append(row_values(report, report.total, report.total.year or "", _("Gesamt")))
    return header(report, names), rows


def to_csv(report: ExchangeReport) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark, as German Excel opens it unasked."""
    head, rows = table(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(report: ExchangeReport) -> bytes:
    """A workbook with the overview and, on a second sheet, every exchange in it."""
    head, rows = table(report)
    names = country_names()
    book = Workbook()
    overview = book.active
    overview.title = _("Übersicht")
    overview.append(head)
    for row in rows:
        overview.append(row)
    bold = Font(bold=True)
    for cell in overview[1]:
        cell.font = bold
    if rows:
        for cell in overview[overview.max_row]:
            cell.font = bold
    overview.freeze_panes = "C2"

    detail = book.create_sheet(_("Begegnungen"))
    detail.append(
        [
            _("Titel"),
            _("Art"),
            _("Richtung"),
            _("Erster Tag"),
            _("Letzter Tag"),
            _("Tage"),
            _("Partnerstädte"),
            _("Orte"),
            _("Finanzierung"),
            _("Teilnehmende"),
            *[column_title(country, group, names) for country, group in report.columns],
        ]
    )
    for cell in detail[1]:
        cell.font = bold
    for exchange in report.exchanges:
        counts: dict[tuple[str, str], int] = {}
        for p in exchange.participants.all():
            counts[(p.country_code, p.group)] = counts.get((p.country_code, p.group), 0) + p.count
        detail.append(
            [
                exchange.title,
                exchange.get_kind_display(),
                exchange.get_direction_display(),
                exchange.starts_on,
                exchange.ends_on,
                exchange.days,
                ", ".join(c.title for c in exchange.partner_cities.all()),
                exchange.places,
                exchange.funding,
                sum(counts.values()),
                *[counts.get(key, 0) for key in report.columns],
            ]
        )
    for row in detail.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = "DD.MM.YYYY"
    for sheet in (overview, detail):
        for index, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), 1):
            width = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 50)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
