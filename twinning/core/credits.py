"""The credits page (Bildnachweis): every image readers can see on the site, with its caption,
credit and licence and the pages that show it.

Where an image is used comes from Wagtail's reference index, which knows lead images, partner
city pictures and images inside a release's body alike (imports keep it current through
``core.bookkeeping``). Only pages readers may see count, so a draft's photo is not listed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import CharField, IntegerField, QuerySet
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page, ReferenceIndex

from twinning.core import visibility
from twinning.core.cache import cache_query_params
from twinning.core.models import CityImage

PAGE_SIZE = 50
USES_SHOWN = 5


@dataclass
class Credit:
    image: CityImage
    pages: list[Page]
    more: int  # pages beyond those listed


def _references() -> QuerySet[ReferenceIndex]:
    """Reference-index rows from a page readers may see to an image."""
    public_ids = (
        visibility.public_pages(Page.objects.all())
        .annotate(as_text=Cast("pk", CharField()))
        .values("as_text")
    )
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(CityImage),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=public_ids,
    )


def shown_images() -> QuerySet[CityImage]:
    ids = _references().annotate(image_id=Cast("to_object_id", IntegerField())).values("image_id")
    return CityImage.objects.filter(pk__in=ids).order_by("title", "pk")


def credits_for(images: list[CityImage]) -> list[Credit]:
    """Each image with the public pages that show it (the first ``USES_SHOWN``), in two queries."""
    rows = (
        _references()
        .filter(to_object_id__in=[str(image.pk) for image in images])
        .values_list("to_object_id", "object_id")
        .distinct()
    )
    page_ids: dict[str, list[int]] = defaultdict(list)
    for image_id, page_id in rows:
        page_ids[image_id].append(int(page_id))
    wanted = {pk for ids in page_ids.values() for pk in sorted(ids)[:USES_SHOWN]}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=wanted).order_by("title")}
    credits = []
    for image in images:
        ids = sorted(page_ids.get(str(image.pk), []))
        listed = [pages[pk] for pk in ids[:USES_SHOWN] if pk in pages]
        credits.append(Credit(image, listed, max(0, len(ids) - USES_SHOWN)))
    return credits


@require_safe
@cache_query_params("seite")
def image_credits(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(shown_images(), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("seite"))
    return TemplateResponse(
        request,
        "core/image_credits.html",
        {"credits": credits_for(list(page.object_list)), "page_obj": page},
    )
