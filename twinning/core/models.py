"""What every part of the site shares: the image model, site settings, home and legal pages."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import Trim
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from twinning.core.routing import ViewRestrictionsMixin, route_directly

RESERVED_PHRASES = ("alle rechte vorbehalten", "all rights reserved")


def reserves_all_rights(licence: str) -> bool:
    """Whether a licence says no more than "all rights reserved" (or is just a copyright sign),
    e.g. "© Stadt Krefeld, alle Rechte vorbehalten"."""
    text = " ".join(licence.lower().replace("©", " ").replace("(c)", " ").split()).strip(" .,;")
    if not text:
        return True
    return any(text.endswith(phrase) or text.startswith(phrase) for phrase in RESERVED_PHRASES)


class CityImage(AbstractImage):
    """An image with what a press office must say about it.

    Every published photo carries a caption and a credit ("Foto: …"), so both live on the
    image itself and travel with it to every page, feed and teaser that shows it. The credit
    may be empty while a release is a draft (imports bring photos without one), but a release
    cannot be published with an uncredited photo; see ``news.models.PressReleasePage``.
    https://docs.wagtail.org/en/stable/advanced_topics/images/custom_image_model.html
    """

    alt_text = models.CharField(
        _("Alternativtext"),
        max_length=400,
        blank=True,
        help_text=_("Beschreibt das Bild für Menschen, die es nicht sehen."),
    )
    caption = models.CharField(_("Bildunterschrift"), max_length=500, blank=True)
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Urheber oder Rechteinhaber; wird als „Foto: …“ angezeigt."),
    )
    licence = models.CharField(
        _("Lizenz"),
        max_length=255,
        blank=True,
        help_text=_(
            "Zum Beispiel „CC BY 4.0“. Leer oder „Alle Rechte vorbehalten“: Das Bild wird nicht "
            "zum Herunterladen angeboten."
        ),
    )
    source = models.CharField(_("Quelle"), max_length=500, blank=True)
    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=[
            ("foto", _("Foto")),
            ("grafik", _("Grafik")),
            ("illustration", _("Illustration")),
            ("karte", _("Karte")),
        ],
        default="foto",
        help_text=_("Bestimmt, wie der Bildnachweis beginnt: „Foto:“, „Grafik:“ …"),
    )

    admin_form_fields = Image.admin_form_fields + (
        "alt_text",
        "caption",
        "credit",
        "kind",
        "licence",
        "source",
    )
    search_fields = AbstractImage.search_fields + [
        index.SearchField("caption"),
        index.SearchField("credit"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        indexes = [
            # The image library's filter "Bildnachweis: fehlt" (twinning.core.image_library)
            # counts and pages uncredited photos newest first; without this index both scan
            # every image, which shows once the archive holds tens of thousands of photos.
            models.Index(Trim("credit"), F("created_at"), name="core_image_credit_created_idx"),
        ]

    @property
    def credit_label(self) -> str:
        """What the credit line begins with: "Foto", "Grafik", …"""
        return self.get_kind_display()

    @property
    def shows_licence(self) -> bool:
        """A licence worth naming under the image: set, and not just "all rights reserved"."""
        return bool(self.licence.strip()) and not reserves_all_rights(self.licence)

    @property
    def alt(self) -> str:
        return self.alt_text or self.caption or self.title

    @property
    def has_credit(self) -> bool:
        return bool(self.credit.strip())


class CityRendition(AbstractRendition):
    image = models.ForeignKey(CityImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class CitySettings(BaseSiteSetting):
    """The city that runs this site: its name and who readers can write to."""

    city_name = models.CharField(_("Name der Stadt"), max_length=120, default="Krefeld")
    city_genitive = models.CharField(
        _("Name der Stadt im Genitiv"),
        max_length=120,
        default="Krefelds",
        help_text=_("Für Überschriften wie „Das sind Krefelds Partnerstädte“."),
    )
    press_email = models.EmailField(_("E-Mail der Pressestelle"), blank=True)
    international_email = models.EmailField(_("E-Mail des Internationalen Büros"), blank=True)
    accessibility_email = models.EmailField(
        _("Kontakt für Barrierefreiheit"),
        blank=True,
        help_text=_("Adresse für Rückmeldungen zu Barrieren auf dieser Website."),
    )
    address = models.TextField(_("Anschrift"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    press_office_name = models.CharField(
        _("Name der Pressestelle"),
        max_length=120,
        default="Presse- und Öffentlichkeitsarbeit",
        help_text=_("Steht im Pressekontakt unter jeder Meldung und im Impressum."),
    )
    # Where the city itself lies: the partner-city map marks it, and the open-data export
    # names it as the subject of each "twinned administrative body" (Wikidata P190) statement.
    latitude = models.FloatField(
        _("Breitengrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("Längengrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    wikidata_id = models.CharField(
        _("Wikidata-ID"),
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(r"^Q[1-9][0-9]*$", _("Eine Wikidata-ID sieht aus wie „Q3936“."))
        ],
    )
    import_titles = models.TextField(
        _("Weitere Amts- und Funktionsbezeichnungen"),
        blank=True,
        help_text=_(
            "Für den Import alter Pressemitteilungen: Bezeichnungen, nach denen ein Name folgt "
            "(„Hafenmeister Ole Jensen“), eine je Zeile. Die üblichen (Oberbürgermeisterin, "
            "Beigeordneter, Landrat, Schulleiterin, Kantor …) kennt der Import schon."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("city_name"),
                FieldPanel("city_genitive"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("wikidata_id"),
            ],
            _("Stadt"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("press_email"),
                FieldPanel("international_email"),
                FieldPanel("accessibility_email"),
                FieldPanel("address"),
                FieldPanel("phone"),
            ],
            _("Kontakt"),
        ),
        MultiFieldPanel([FieldPanel("import_titles")], _("Import")),
    ]

    class Meta:
        verbose_name = _("Stadt und Kontakt")

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class HomePage(ViewRestrictionsMixin, Page):
    """The site root: latest releases, coming events and the partner-city map."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = [
        "news.PressArchivePage",
        "partnerships.PartnerCityIndexPage",
        "events.EventIndexPage",
        "core.LegalPage",
    ]
    parent_page_types = ["wagtailcore.Page"]  # one per language, each a translation of the first

    class Meta:
        verbose_name = _("Startseite")

    def route(self, request, path_components):
        """Every public URL is routed from here: one lookup for the whole path."""
        if path_components:
            result = route_directly(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from twinning.core.selectors import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class LegalPage(ViewRestrictionsMixin, Page):
    """Impressum, Datenschutz, Erklärung zur Barrierefreiheit: pages every German public site needs."""

    body = RichTextField(_("Inhalt"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    show_contact = models.BooleanField(
        _("Anschrift und Kontakt der Stadt zeigen"),
        default=False,
        help_text=_(
            "Für das Impressum: zeigt nach dem Inhalt Anschrift, Telefon und E-Mail-Adressen aus "
            "den Einstellungen der Stadt."
        ),
    )
    show_feedback_contact = models.BooleanField(
        _("Kontakt für Rückmeldungen zeigen"),
        default=False,
        help_text=_("Für die Erklärung zur Barrierefreiheit: zeigt den Feedback-Kontakt."),
    )
    body_after_contact = RichTextField(
        _("Inhalt nach dem Kontakt"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_(
            "Abschnitte, die nach dem Kontakt stehen, etwa das Durchsetzungsverfahren in der "
            "Erklärung zur Barrierefreiheit."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        FieldPanel("show_contact"),
        FieldPanel("show_feedback_contact"),
        FieldPanel("body_after_contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.SearchField("body_after_contact"),
    ]
    parent_page_types = ["core.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Rechtliche Seite")
        verbose_name_plural = _("Rechtliche Seiten")
