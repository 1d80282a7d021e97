"""Small views every public site needs."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET, require_safe


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /suche/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def translation_missing(request: HttpRequest, page_id: int) -> HttpResponse:
    """Where the language switcher leads for a page without a translation in that language:
    says so in the reader's language and offers the page as it is (in German)."""
    from django.http import Http404
    from django.template.response import TemplateResponse
    from django.utils.translation import get_language_info
    from wagtail.models import Page

    from twinning.core.i18n import active_language, language_of
    from twinning.core.visibility import public_pages

    page = public_pages(Page.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    original = page.get_url()
    if original is None:
        raise Http404
    code = language_of(page)
    response = TemplateResponse(
        request,
        "core/translation_missing.html",
        {
            "original": page,
            "original_url": original,
            "original_language": code,
            # Named in the reader's language ("allemand", "Duits"), as the sentence needs.
            "original_language_name": get_language_info(code)["name_translated"],
            "language_name": get_language_info(active_language())["name_translated"],
        },
    )
    response.headers["X-Robots-Tag"] = "noindex"
    return response
