"""Image uploads: a damaged file is a German form error, never a server error.

Wagtail's image field opens an upload with Willow and reads its size and frame count. A GIF
whose header is fine but whose frames are broken passes the opening and then fails deep in
Pillow (counting frames, or later when a rendition is made for a page), which answered 500.
:class:`ReadableImageField` decodes every frame once, within Wagtail's pixel limit, and turns
whatever the image library raises into one clear message. :class:`CityImageForm` puts the field
into every image form of the admin (single and multiple upload, the chooser's upload, replacing
a file), through ``WAGTAILIMAGES_IMAGE_FORM_BASE``. :func:`check_readable` serves other ways in.
"""

from __future__ import annotations

from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DAMAGED = _(
    "Die Datei „%(name)s“ ist beschädigt oder kein vollständiges Bild und kann nicht "
    "verwendet werden. Bitte speichern Sie das Bild in einem Bildprogramm neu (z. B. als JPEG "
    "oder PNG) und laden Sie es noch einmal hoch."
)
# Beyond this many frames an animation is refused anyway by Wagtail's pixel limit.
MAX_FRAMES = 1000


def check_readable(file: IO[bytes], name: str) -> None:
    """Raise a German ``ValidationError`` unless every frame of the image in ``file`` decodes."""
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with PILImage.open(file) as image:
            for index in range(MAX_FRAMES):
                try:
                    image.seek(index)
                except EOFError:
                    break
                image.load()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise  # Wagtail's field reports these with its own message
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for broken data
        raise ValidationError(DAMAGED, code="damaged_image", params={"name": name}) from exc
    finally:
        if hasattr(file, "seek"):
            file.seek(position)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field that also refuses files the image library cannot decode."""

    def to_python(self, data):
        name = getattr(data, "name", "") or ""
        try:
            f = super().to_python(data)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. a GIF whose frames cannot be counted
            raise ValidationError(DAMAGED, code="damaged_image", params={"name": name}) from exc
        if f is not None:
            source = data if hasattr(data, "seek") else f
            try:
                check_readable(source, name)
            except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
                raise ValidationError(
                    self.error_messages["file_too_large_unknown_size"], code="file_too_large"
                ) from None
        return f


class CityImageForm(BaseImageForm):
    """The base of every admin image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, ReadableImageField):
            self.fields["file"] = ReadableImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                initial=field.initial,
            )
        kind = self.fields.get("kind")
        if kind is not None:
            # Uploads that do not say (several files at once, an older form) are photos.
            kind.required = False

    def clean_kind(self) -> str:
        return self.cleaned_data.get("kind") or "foto"
