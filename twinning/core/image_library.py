"""The image library and chooser with the credit filter: which photos still lack a "Foto: …" line.

Wagtail 8 builds its image listing (``wagtail.images.views.images.IndexView``) with a fixed
filter set and no viewset to swap it, and its image chooser as a ready-made viewset instance.
We subclass both views, add one filter, and serve them at Wagtail's own paths through an
earlier admin URL pattern (see ``twinning.core.wagtail_hooks``); every URL name Wagtail
reverses stays the same, so links, pagination and the chooser's JavaScript work unchanged.
The credit, caption and licence themselves are shown by template overrides in
``twinning/templates/wagtailimages/``.
"""

from __future__ import annotations

from django import forms
from django.db.models import Q, QuerySet
from django.db.models.functions import Trim
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.images.views.chooser import (
    ImageChooseResultsView,
    ImageChooserViewSet,
    ImageChooseView,
)
from wagtail.images.views.images import ImagesFilterSet, IndexView

from twinning.core.models import CityImage

CREDIT_MISSING = "missing"
CREDIT_PRESENT = "present"
CREDIT_CHOICES = [
    (CREDIT_MISSING, _("fehlt")),
    (CREDIT_PRESENT, _("vorhanden")),
]
CREDIT_LABEL = _("Bildnachweis")


def filter_by_credit(images: QuerySet, state: str, *, searching: bool = False) -> QuerySet:
    """Keep the images whose credit is missing (or present), as one SQL condition.

    "Missing" means blank after trimming, the same rule as ``CityImage.has_credit`` that
    guards publishing, so the filter finds every photo that would block a release. When
    a search follows, Wagtail's search backend only accepts filters on its declared filter
    fields; the condition then goes into an ``id IN (subquery)``, as Wagtail itself does for
    its tag filter, without loading any ids into Python.
    """
    if state not in (CREDIT_MISSING, CREDIT_PRESENT):
        return images
    blank = Q(_credit_trimmed="")
    condition = blank if state == CREDIT_MISSING else ~blank
    if searching:
        matching = (
            CityImage.objects.alias(_credit_trimmed=Trim("credit")).filter(condition).values("pk")
        )
        return images.filter(pk__in=matching)
    return images.alias(_credit_trimmed=Trim("credit")).filter(condition)


class CreditFilter(ChoiceFilter):
    """The filter panel's "Bildnachweis: fehlt | vorhanden", combinable with search and tags."""

    def __init__(self, *args, use_subquery: bool = False, **kwargs) -> None:
        kwargs.setdefault("label", CREDIT_LABEL)
        kwargs.setdefault("choices", CREDIT_CHOICES)
        kwargs.setdefault("empty_label", _("Alle"))
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault(
            "help_text",
            _(
                "Fotos ohne Urheberangabe („Foto: …“) halten die Veröffentlichung einer Meldung auf."
            ),
        )
        super().__init__(*args, **kwargs)
        self.use_subquery = use_subquery

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        return filter_by_credit(qs, value, searching=self.use_subquery)


class CityImagesFilterSet(ImagesFilterSet):
    """Wagtail's image filters (collection, tags, usage) plus the credit filter."""

    credit = CreditFilter(field_name="credit")

    def __init__(self, *args, is_searching: bool | None = None, **kwargs) -> None:
        super().__init__(*args, is_searching=is_searching, **kwargs)
        self.filters["credit"].use_subquery = bool(is_searching)


class CityImageIndexView(IndexView):
    """The image library ("Bilder") with the credit filter in its filter panel."""

    filterset_class = CityImagesFilterSet


class CreditFilterFormMixin(forms.Form):
    """Adds the credit filter to the chooser's search form; a change reloads the results."""

    credit = forms.ChoiceField(
        label=CREDIT_LABEL,
        choices=[("", _("Alle"))] + CREDIT_CHOICES,
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects: QuerySet) -> QuerySet:
        state = self.cleaned_data.get("credit") or ""
        objects = filter_by_credit(objects, state, searching=bool(self.cleaned_data.get("q")))
        return super().filter(objects)


class CreditFilterChooserMixin:
    """Builds Wagtail's chooser filter form with the credit field in front of search."""

    def get_filter_form_class(self) -> type[forms.Form]:
        base = super().get_filter_form_class()
        return type("CityImageChooserFilterForm", (CreditFilterFormMixin, base), {})


class CityImageChooseView(CreditFilterChooserMixin, ImageChooseView):
    pass


class CityImageChooseResultsView(CreditFilterChooserMixin, ImageChooseResultsView):
    pass


class CityImageChooserViewSet(ImageChooserViewSet):
    """Wagtail's image chooser with the credit filter; only its two listing views are served."""

    choose_view_class = CityImageChooseView
    choose_results_view_class = CityImageChooseResultsView


chooser_viewset = CityImageChooserViewSet(
    "wagtailimages_chooser", model=CityImage, url_prefix="images/chooser"
)
