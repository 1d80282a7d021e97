"""The admin's search choosers: wagtail-autocomplete's panel, with its few English words in German.

wagtail-autocomplete shows only what is chosen and asks the server while an editor types
(``twinning.core.autocomplete``), which is what a field over 100,000 press releases needs.
Its React widget writes "Nothing selected.", "Remove" (the remove buttons' accessible name)
and a screen-reader count of suggestions in English and has no translation hook; our widget
hands it the translated words and a small Stimulus controller puts them in place.
"""

from __future__ import annotations

import json

from django.forms import Media
from django.utils.translation import gettext
from wagtailautocomplete.edit_handlers import AutocompletePanel as PackagePanel
from wagtailautocomplete.edit_handlers import _can_create, _is_single_value
from wagtailautocomplete.widgets import Autocomplete


def widget_words() -> dict[str, str]:
    """The widget's English texts (as its script writes them) and what to show instead."""
    return {
        "Nothing selected.": gettext("Nichts ausgewählt."),
        "Remove": gettext("Entfernen"),
        # The script writes the count, then one of these, then the sentence: "3suggestions found…"
        "suggestion": " " + gettext("Vorschlag"),
        "suggestions": " " + gettext("Vorschläge"),
        " found, use up and down arrows to review.": " "
        + gettext("gefunden, mit den Pfeiltasten auswählen."),
        "Error: ": gettext("Fehler: "),
    }


class TranslatedAutocomplete(Autocomplete):
    """The package's widget, rendered with the translated words for its script."""

    template_name = "core/widgets/autocomplete.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["words"] = json.dumps(widget_words(), ensure_ascii=False)
        return context

    @property
    def media(self) -> Media:
        return super().media + Media(js=["js/autocomplete-labels.js"])


class AutocompletePanel(PackagePanel):
    """``wagtailautocomplete``'s ``AutocompletePanel`` with the German widget."""

    def widget_overrides(self) -> dict:
        return {
            self.field_name: TranslatedAutocomplete(
                target_model=self.target_model,
                can_create=_can_create(self.target_model),
                is_single=_is_single_value(self.db_field),
            )
        }
