"""/suche/ (and /en/suche/, /fr/suche/, …): the search page readers see, in their language."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from twinning.core.cache import cache_query_params
from twinning.search.selectors import search as search_documents

PAGE_SIZE = 10


@require_safe  # GET and HEAD
@cache_query_params("q", "seite")
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:500]
    try:
        page = max(1, min(int(request.GET.get("seite", "1")), 100))
    except ValueError:
        page = 1
    # The page's language (core.i18n reads it from the URL): its documents only.
    language = translation.get_language()
    found = (
        search_documents(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, language=language)
        if query.strip()
        else None
    )
    pages = (found.total + PAGE_SIZE - 1) // PAGE_SIZE if found else 0
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "found": found,
            "page_number": page,
            "has_next": page < min(pages, 100),
            "has_previous": page > 1,
        },
    )
