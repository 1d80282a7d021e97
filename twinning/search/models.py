"""The search index: one row per searchable thing, with the analysed tokens per field.

The full-text index proper lives beside these tables and is created by the migrations,
because Django has no field for it that works on both databases: on SQLite an FTS5 table
``search_fts`` (external content over ``SearchDocument``, kept in step by triggers), on
PostgreSQL a generated ``tsvector`` column ``search_vector`` with a GIN index. Both index
the ``tokens_*`` columns, which :mod:`twinning.search.analysis` has already stemmed and
folded, so both databases match exactly the same tokens.

Changing ``SearchDocument``'s columns later needs care: on SQLite Django rebuilds the table
for most alterations, which drops the FTS triggers of migration 0001, so such a migration
must create them again (and rebuild ``search_fts``) – or, as migration 0004 does for
``language``, add the column with SQLite's own ``ALTER TABLE … ADD COLUMN``, which keeps the
table and its triggers.

Languages. Every document has the ``language`` of its page (a translation is a page of its
own, with its own id) and a search only ever looks at the documents of one language: on
SQLite the FTS matches are checked against the index on (language, live), on PostgreSQL the
narrow table ``search_fulltext`` carries the language too. The tokens of a document are those
of its language's analysis (:func:`twinning.search.analysis.analyser`).

The lexicon (``SearchTerm``) is kept per language as well, and so are the corpus statistics
(:mod:`twinning.search.stats`): the inverse document frequency of an English word comes from
the English documents, measured against their number, so that a small English section is
ranked as sensibly as the large German archive is, and neither can disturb the other. A
shared lexicon would give every English word the idf of a rare word in a mostly German
corpus, let German words crowd the English ones out of the bounded prefix and compound
expansions ("partner…": dozens of German words first), and let a misspelt English word be
"corrected" into a German one. German rankings are the same as before other languages came.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from twinning.search.analysis import DEFAULT_LANGUAGE

# The index the backends name in their SQL (SQLite: ``INDEXED BY``).
LANGUAGE_INDEX = "search_doc_language_live"


class SearchDocument(models.Model):
    """A press release, partner city or event as the search sees it.

    The display fields (title … body, published, partner_cities) are copies made when the
    source is published, so that a result page needs no query into the other apps.
    """

    class Kind(models.TextChoices):
        PRESS_RELEASE = "press_release", _("Pressemitteilung")
        PARTNER_CITY = "partner_city", _("Partnerstadt")
        EVENT = "event", _("Termin")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.CharField(max_length=64)
    url = models.CharField(max_length=500, blank=True)
    title = models.TextField()
    subtitle = models.TextField(blank=True)
    teaser = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="Plain text, for snippets.")
    published = models.DateTimeField(null=True, blank=True)
    source_id = models.CharField(max_length=255, null=True, blank=True)
    partner_cities = models.TextField(blank=True, help_text="Display names, comma-separated.")
    live = models.BooleanField(default=True)
    tokens_title = models.TextField(blank=True)
    tokens_subtitle = models.TextField(blank=True)
    tokens_teaser = models.TextField(blank=True)
    tokens_body = models.TextField(blank=True)
    language = models.CharField(
        max_length=8,
        default=DEFAULT_LANGUAGE,
        db_default=DEFAULT_LANGUAGE,
        help_text="ISO 639-1 code of the page's language; its analysis made the tokens.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique")
        ]
        # A search checks its matches against this (SQLite: by rowid, which every SQLite
        # index ends with); the statistics count and sample the live documents of a language.
        indexes = [models.Index(fields=["language", "live"], name=LANGUAGE_INDEX)]
        verbose_name = _("Suchdokument")
        verbose_name_plural = _("Suchdokumente")

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id} {self.title[:60]}"

    def token_set(self) -> set[str]:
        return set(
            f"{self.tokens_title} {self.tokens_subtitle} {self.tokens_teaser} "
            f"{self.tokens_body}".split()
        )


class SearchTerm(models.Model):
    """Every indexed token of a language with the number of its live documents that contain it.

    It is the lexicon that splits compounds at query time (which indexed words end with
    "gruppe"? is "schuler" a word?) and gives the ranking its inverse document frequency.
    ``rev`` is the token reversed, indexed with the language, so "words ending with x" is a
    range scan; "words starting with x" is one over the primary key (language, term).
    """

    pk = models.CompositePrimaryKey("language", "term")
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=64)
    rev = models.CharField(max_length=64)
    df = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("Suchbegriff")
        verbose_name_plural = _("Suchbegriffe")

    def __str__(self) -> str:
        return f"{self.language}:{self.term} ({self.df})"
