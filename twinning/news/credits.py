"""The credit rule: no photo goes public without a credit ("Foto: …"), on any path to publication.

Saving a live release, publishing, approving in the workflow, scheduled publishing and bulk
actions all end in ``PressReleasePage.save`` with ``live=True``, which calls ``check_credits``.
``MissingCredit`` carries the images, so the admin can answer every path with the same German
message naming and linking each image (see ``news.middleware``) instead of a server error.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import ngettext


def images_in_body(body: Iterable) -> list:
    """The images of a body stream: image blocks and every image of a gallery."""
    images = []
    for block in body:
        if block.block_type == "image" and block.value is not None:
            images.append(block.value)
        elif block.block_type == "gallery":
            images.extend(img for img in block.value["images"] if img is not None)
    return images


def uncredited_images(lead_image, body: Iterable) -> list:
    """Images of a release (lead image first) that have no credit, each once."""
    images = [lead_image] if lead_image is not None else []
    images += images_in_body(body or [])
    seen, missing = set(), []
    for image in images:
        if image is not None and not image.has_credit and image.pk not in seen:
            seen.add(image.pk)
            missing.append(image)
    return missing


def missing_credit_message(images: list) -> SafeString:
    """One message for every path: names each image and links to where its credit is added."""
    links = format_html_join(
        ", ",
        '„<a href="{}">{}</a>“',
        ((reverse("wagtailimages:edit", args=(image.pk,)), image.title) for image in images),
    )
    text = ngettext(
        "Veröffentlichen nicht möglich: Beim Bild %(images)s fehlt der Bildnachweis. "
        "Bitte ergänzen Sie ihn am Bild und veröffentlichen Sie dann erneut.",
        "Veröffentlichen nicht möglich: Bei den Bildern %(images)s fehlt der Bildnachweis. "
        "Bitte ergänzen Sie ihn an den Bildern und veröffentlichen Sie dann erneut.",
        len(images),
    )
    head, tail = text.split("%(images)s")
    return format_html("{}{}{}", head, links, tail)


class MissingCredit(ValidationError):
    """Publishing was refused because these images have no credit."""

    def __init__(self, images: list, page_id: int | None = None):
        self.images = images
        self.page_id = page_id
        super().__init__(missing_credit_message(images), code="missing_credit")


def check_credits(page) -> None:
    """Raise ``MissingCredit`` when ``page`` (a release) shows an image without a credit."""
    missing = uncredited_images(page.lead_image if page.lead_image_id else None, page.body)
    if missing:
        raise MissingCredit(missing, page.pk)
