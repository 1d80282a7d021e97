"""Admin views: the exchange report for funding applications, on screen and as downloads."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from twinning.core.admin_reports import ReportView
from twinning.partnerships import reports
from twinning.partnerships.models import PartnerCityPage
from twinning.partnerships.selectors import exchange_report, report_years

REPORT_PERMISSION = "partnerships.view_exchange"


def report_filters(request: HttpRequest) -> tuple[int | None, PartnerCityPage | None]:
    """Year and partner city from ``?jahr=2024&stadt=<slug>``; "alle" or nothing means all."""
    raw_year = request.GET.get("jahr", "")
    year = int(raw_year) if raw_year.isdigit() and 1900 <= int(raw_year) <= 2200 else None
    if "jahr" not in request.GET:
        year = timezone.localdate().year
    slug = request.GET.get("stadt") or ""
    city = PartnerCityPage.objects.filter(slug=slug).first() if slug else None
    return year, city


def check_permission(request: HttpRequest) -> None:
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied


class ExchangeReportView(ReportView):
    template_name = "partnerships/admin/exchange_report.html"
    page_title = gettext_lazy("Bericht: Begegnungen")
    header_icon = "table"
    permission = REPORT_PERMISSION

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year, city = report_filters(self.request)
        report = exchange_report(year, city)
        head, rows = reports.table(report)
        query = self.request.GET.urlencode()
        context.update(
            {
                "report": report,
                "head": head,
                "rows": rows,
                "year": year,
                "city": city,
                "years": sorted(set(report_years()) | {timezone.localdate().year}, reverse=True),
                "cities": PartnerCityPage.objects.order_by("title").only("pk", "title", "slug"),
                "csv_url": f"{reverse('partnerships_report_csv')}?{query}",
                "xlsx_url": f"{reverse('partnerships_report_xlsx')}?{query}",
            }
        )
        return context


def filename(year: int | None, city: PartnerCityPage | None, extension: str) -> str:
    parts = ["begegnungen", str(year) if year else "alle-jahre"]
    if city:
        parts.append(city.slug)
    return "-".join(parts) + f".{extension}"


def download(name: str, body: bytes, content_type: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def report_csv(request: HttpRequest) -> HttpResponse:
    check_permission(request)
    year, city = report_filters(request)
    report = exchange_report(year, city)
    return download(filename(year, city, "csv"), reports.to_csv(report), "text/csv; charset=utf-8")


def report_xlsx(request: HttpRequest) -> HttpResponse:
    check_permission(request)
    year, city = report_filters(request)
    report = exchange_report(year, city)
    return download(
        filename(year, city, "xlsx"),
        reports.to_xlsx(report),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
