"""Body blocks of a press release: what the reference press pages are made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Zwischenüberschrift"), max_length=200)

    class Meta:
        icon = "title"
        label = _("Zwischenüberschrift")
        template = "news/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    speaker = blocks.CharBlock(label=_("Sprecherin oder Sprecher"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "news/blocks/quote.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False)
    images = blocks.ListBlock(ImageChooserBlock(label=_("Bild")), min_num=2)

    class Meta:
        icon = "image"
        label = _("Bildergalerie")
        template = "news/blocks/gallery.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Absatz"),
        features=["bold", "italic", "link", "ol", "ul"],
        template="news/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageChooserBlock(label=_("Bild"), template="news/blocks/image.html")
    gallery = GalleryBlock()
