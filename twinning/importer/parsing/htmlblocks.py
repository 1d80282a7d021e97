"""HTML fragments to body blocks, with nh3 as the only gate for markup.

Saved pages, feed entries and ``body_html`` in JSON Lines all end here: the
element tree is walked in reading order into paragraphs, headings, quotes and
images, and whatever markup a block keeps passes nh3 with a short allow-list,
so no script, style, event handler or javascript: URL reaches the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import nh3
from lxml import etree

from .limits import LimitExceeded, check_depth, check_markup_depth, html_parser
from .model import Block, ImageRef
from .names import PERSON_NAME, names_after_titles, normalise_name
from .textutil import (
    CREDIT_START,
    ends_sentence,
    is_breadcrumb,
    is_footer_copyright,
    is_noise_line,
    split_caption_credit,
    squash,
    squash_lines,
)

INLINE_TAGS = {
    "a",
    "abbr",
    "b",
    "br",
    "cite",
    "code",
    "em",
    "i",
    "mark",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "u",
}
BLOCK_TAGS = INLINE_TAGS | {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote"}
# Elements whose whole content goes, not only the tag.
DROP_CONTENT_TAGS = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "canvas",
    "audio",
    "video",
    "applet",
    "frameset",
    "frame",
    "dialog",
}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}
_UNWRAP_TAGS = {"embed", "object", "applet"}

_INLINE_CLEANER = nh3.Cleaner(
    tags=INLINE_TAGS,
    clean_content_tags=DROP_CONTENT_TAGS | {"head", "title"},
    attributes={"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "q": {"cite"}},
    url_schemes=_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)
_BLOCK_CLEANER = nh3.Cleaner(
    tags=BLOCK_TAGS,
    clean_content_tags=DROP_CONTENT_TAGS | {"head", "title"},
    attributes={"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "q": {"cite"}},
    url_schemes=_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_inline(html: str) -> str:
    """Inline markup only (links, emphasis), as a paragraph or heading keeps it."""
    return _INLINE_CLEANER.clean(html).strip()


def sanitize_html(html: str) -> str:
    """Block-level allow-list for whole bodies (paragraphs, lists, headings, quotes)."""
    return _BLOCK_CLEANER.clean(html).strip()


# Class or id fragments of page furniture inside an article. Long words match
# anywhere, short ones only as a whole dash/underscore-separated token.
_BOILERPLATE_ANYWHERE = re.compile(
    r"share|sharing|shariff|social|cookie|consent|gdpr|breadcrumb|newsletter|comment|"
    r"related|relatedposts|readspeaker|rs_skip|sr-only|screen-reader|visually-hidden|visuallyhidden|"
    r"navigation|pagination|sidebar|widget|advert|sponsor|popup|modal|print-link|printlink|"
    r"backlink|back-link|skiplink|skip-link|toolbar|author-box|tagcloud|tag-cloud|"
    r"post-navigation|nav-links|subscribe|banner|bookmark|rating|teaser-list|news-list",
    re.IGNORECASE,
)
_BOILERPLATE_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|meta|tags|tag-list|print|skip|ads|ad|hidden|header|footer|"
    r"pager|byline|entry-meta|post-meta|entry-footer|entry-header|share|social|icons?|"
    r"categories|cat-links|tags-links|offscreen|noprint|overlay|lightbox-nav|search|"
    r"date|datum|news-list-date|published|posted-on|timestamp)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN_CLASSES = {"hidden", "hide", "invisible", "is-hidden", "u-hidden", "element-invisible"}
_BOILERPLATE_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
}
_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|fotograf|bildnachweis|bildquelle|image-source|img-source|source|quelle|rights",
    re.IGNORECASE,
)
_CAPTION_CLASS = re.compile(
    r"caption|figcaption|bildunterschrift|legend|img-text|image-text", re.IGNORECASE
)
_BLOCK_LEVEL = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "figure",
    "pre",
    "hr",
    "address",
    "details",
    "fieldset",
    "center",
    "li",
    "dd",
    "dt",
}


_DOUBLE_BREAK = re.compile(r"(?:\s*<br>\s*){2,}")


def element_classes(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def is_boilerplate(element: etree._Element) -> bool:
    """Page furniture by tag, ARIA role, hidden flag or class/id name."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("nav", "aside") or tag in DROP_CONTENT_TAGS:
        return True
    role = (element.get("role") or "").lower()
    if role in _BOILERPLATE_ROLES:
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = element_classes(element)
    if not names:
        return False
    if _HIDDEN_CLASSES.intersection(names.lower().split()):
        return True
    return bool(_BOILERPLATE_ANYWHERE.search(names) or _BOILERPLATE_TOKEN.search(names))


def drop_dangerous(root: etree._Element) -> None:
    """Remove scripts and friends with their content, and comments, before any text is read.

    <embed> and <object> are unwrapped instead: libxml2 does not know <embed>
    is void and would hang the rest of the article inside it.
    """
    for element in [
        node
        for node in root.iter()
        if isinstance(node.tag, str) and node.tag.lower() in _UNWRAP_TAGS
    ]:
        if element.getparent() is not None and hasattr(element, "drop_tag"):
            for child in list(element):
                if isinstance(child.tag, str) and child.tag.lower() == "param":
                    _remove_keep_tail(child)
            element.drop_tag()
    doomed = [
        element
        for element in root.iter()
        if not isinstance(element.tag, str) or element.tag.lower() in DROP_CONTENT_TAGS
    ]
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        _remove_keep_tail(element)


def quotes_as_text(root: etree._Element) -> None:
    """<q> shows its quotation marks only when rendered: spell them out, drop the tag.

    Otherwise "<q>Wir freuen uns</q>, sagte Meyer" reads as plain text and the
    quotation is lost for the quote extraction.
    """
    for element in list(root.iter("q")):
        if element.getparent() is None:
            continue
        element.text = "„" + (element.text or "")
        children = list(element)
        if children:
            children[-1].tail = (children[-1].tail or "") + "“"
        else:
            element.text += "“"
        element.drop_tag()


def _remove_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def remove_element(element: etree._Element) -> None:
    _remove_keep_tail(element)


def text_of(element: etree._Element, keep_breaks: bool = False) -> str:
    """Visible text of an element; <br> become line breaks when asked."""
    if keep_breaks:
        parts: list[str] = []
        _collect_text(element, parts, top=True)
        return squash_lines("".join(parts))
    return squash(
        element.text_content() if hasattr(element, "text_content") else "".join(element.itertext())
    )


def _collect_text(element: etree._Element, parts: list[str], top: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br" or tag in _BLOCK_LEVEL and not top:
        parts.append("\n")
    if element.text and tag != "br":
        parts.append(element.text.replace("\n", " "))
    for child in element:
        if isinstance(child.tag, str):
            _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail.replace("\n", " "))
    if tag in _BLOCK_LEVEL and not top:
        parts.append("\n")


def inner_html(element: etree._Element) -> str:
    pieces = [element.text or ""]
    for child in element:
        pieces.append(etree.tostring(child, encoding="unicode", method="html", with_tail=True))
    return "".join(pieces)


def image_src(image: etree._Element) -> str | None:
    """The real picture of a lazy-loading <img>, not its placeholder."""
    for attribute in ("data-src", "data-lazy-src", "data-original", "data-full-src", "src"):
        value = (image.get(attribute) or "").strip()
        if value and not value.startswith(("data:", "javascript:")):
            return value
    srcset = (image.get("srcset") or image.get("data-srcset") or "").strip()
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        if first and not first.startswith(("data:", "javascript:")):
            return first
    return None


def figure_image(element: etree._Element) -> ImageRef | None:
    """Caption, credit, alt and source of a figure-like element (figure, wp-caption, TYPO3 wrap)."""
    images = element.xpath(".//img")
    image = images[0] if images else None
    caption_parts: list[str] = []
    credit: str | None = None
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        names = element_classes(node)
        if names and _CREDIT_CLASS.search(names) and node.tag != "img":
            value = text_of(node)
            if value:
                credit = (
                    split_caption_credit(value)[1] or CREDIT_START.sub("", value).strip() or credit
                )
                node.set("data-twinning-credit", "1")
    for node in element.iter():
        if not isinstance(node.tag, str) or node.get("data-twinning-credit"):
            continue
        names = element_classes(node)
        if node.tag == "figcaption" or (
            names and _CAPTION_CLASS.search(names) and node.tag != "img"
        ):
            value = _text_without_marked(node)
            if value and not credit and CREDIT_START.match(value):
                # "Foto: Stadt Krefeld<br>Gäste im Rathaus": the credit on its own line first.
                lines = text_of(node, keep_breaks=True).split("\n")
                if len(lines) > 1 and CREDIT_START.match(lines[0]):
                    credit = split_caption_credit(lines[0])[1]
                    value = squash(" ".join(lines[1:]))
            if value and value not in caption_parts:
                caption_parts.append(value)
            break
    caption = " ".join(caption_parts) or None
    if caption:
        split_caption, split_credit = split_caption_credit(caption)
        if split_credit:
            caption = split_caption
            credit = credit or split_credit
    alt = squash(image.get("alt")) if image is not None else None
    title_attr = squash(image.get("title")) if image is not None else ""
    if not credit and image is not None:
        for attribute in ("data-copyright", "data-credit", "data-photographer"):
            if image.get(attribute):
                credit = squash(image.get(attribute))
                break
        if not credit and title_attr and CREDIT_START.match(title_attr):
            credit = split_caption_credit(title_attr)[1]
        # "Gäste vor dem Ludwigstor.Foto: Stadt Germersheim": the caption repeated in the
        # title or alt text with the credit glued on.
        for attribute_text in (title_attr, alt):
            if not credit and attribute_text:
                credit = split_caption_credit(attribute_text)[1]
    if alt and split_caption_credit(alt)[1]:
        alt = split_caption_credit(alt)[0] or ""  # alt text says what the photo shows
    if not caption and title_attr and not CREDIT_START.match(title_attr) and title_attr != alt:
        caption = split_caption_credit(title_attr)[0] or None
    src = image_src(image) if image is not None else None
    if not (src or caption or credit):
        return None
    return ImageRef(path=src, caption=caption or None, credit=credit or None, alt=alt or None)


def _text_without_marked(node: etree._Element) -> str:
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        if element.get("data-twinning-credit"):
            return
        if element.text:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(node)
    return squash(" ".join(parts))


def is_figure_like(element: etree._Element) -> bool:
    return _is_figure_like(element)


def _is_figure_like(element: etree._Element) -> bool:
    tag = element.tag
    if tag == "figure":
        return True
    names = element_classes(element)
    if not names:
        return False
    lowered = names.lower()
    if "wp-caption" in lowered and "wp-caption-text" not in lowered:
        return True
    if not (_FIGURE_CLASS.search(lowered) and element.xpath(".//img")):
        return False
    # TYPO3's "textpic" and similar wrappers hold the text beside the picture:
    # with paragraphs or headings of their own they are containers, not figures.
    return not element.xpath(
        ".//h2|.//h3|.//h4|.//blockquote|.//ul|.//ol|"
        ".//p[string-length(normalize-space()) > 160]|.//p[3]"
    )


_FIGURE_CLASS = re.compile(
    r"news-img-wrap|mediaelement|image-wrap|img-wrap|ce-image|ce-gallery|wp-block-image|figure|"
    r"imageblock|image-block|textpic|picture|bildbox|image-box|imagebox|(?:^|[\s_-])bild(?:$|[\s_-])"
)


def _speaker_from_cite(text: str) -> str | None:
    text = squash(text).lstrip("—–-― ").strip()
    if not text:
        return None
    titled = names_after_titles(text)
    if titled:
        return titled[0][1]
    head = re.split(r",|\(|\s[–—-]\s", text, maxsplit=1)[0].strip()
    match = re.match(rf"^(?:{PERSON_NAME}|\S+(?:\s\S+){{0,3}})$", head)
    return normalise_name(head) if match and head else normalise_name(text)


class BlockWalker:
    """Walks an element tree in reading order and yields body blocks.

    Inline content that sits directly in a container (text broken with
    <br><br> instead of <p>) still becomes paragraphs, because old CMSs
    produce exactly that.
    """

    def __init__(self, skip_boilerplate: bool = True) -> None:
        self.skip_boilerplate = skip_boilerplate

    def blocks(self, root: etree._Element) -> list[Block]:
        result = list(self._walk(root, top=True))
        return _postprocess(result)

    def _walk(self, element: etree._Element, top: bool = False) -> Iterator[Block]:
        pending: list[str] = []
        if element.text:
            pending.append(_escape(element.text))
        for child in element:
            if not isinstance(child.tag, str):
                if child.tail:
                    pending.append(_escape(child.tail))
                continue
            tag = child.tag.lower()
            if tag in _BLOCK_LEVEL or _is_figure_like(child) or tag == "img":
                yield from self._flush(pending)
                pending = []
                yield from self._block(child, tag)
            else:
                if self.skip_boilerplate and is_boilerplate(child):
                    pass
                elif tag == "br" and pending and pending[-1].endswith("<br>"):
                    pending[-1] = pending[-1][: -len("<br>")]
                    yield from self._flush(pending)
                    pending = []
                else:
                    pending.append(
                        etree.tostring(child, encoding="unicode", method="html", with_tail=False)
                    )
            if child.tail:
                pending.append(_escape(child.tail))
        yield from self._flush(pending)

    def _flush(self, pending: list[str]) -> Iterator[Block]:
        if not pending:
            return
        html = "".join(pending)
        if not html.strip():
            return
        if "<b>" in html or "<strong>" in html:
            parts = _split_bold_heading(sanitize_inline(html))
            if len(parts) == 2 or parts[0].startswith(_HEADING_MARK):
                for part in parts:
                    heading = part.startswith(_HEADING_MARK)
                    part_html = part[len(_HEADING_MARK) :] if heading else part
                    fragment = lxml.html.fragment_fromstring(part_html, create_parent="div")
                    text = text_of(fragment, keep_breaks=not heading)
                    if text:
                        yield Block(
                            kind="heading" if heading else "paragraph",
                            text=text,
                            html=part_html,
                            level=3 if heading else None,
                        )
                return
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
        text = text_of(fragment, keep_breaks=True)
        if text:
            yield Block(kind="paragraph", text=text, html=sanitize_inline(html))

    def _block(self, element: etree._Element, tag: str) -> Iterator[Block]:
        if self.skip_boilerplate and is_boilerplate(element):
            return
        if _is_figure_like(element) or tag == "img":
            image = figure_image(element) if tag != "img" else _lone_image(element)
            if image is not None:
                yield Block(
                    kind="image",
                    text=image.caption or "",
                    caption=image.caption,
                    credit=image.credit,
                    alt=image.alt,
                    src=image.path,
                )
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = text_of(element)
            if text:
                yield Block(
                    kind="heading",
                    text=text,
                    html=sanitize_inline(inner_html(element)),
                    level=int(tag[1]),
                )
            return
        if tag == "p":
            if element.xpath(".//img") and not text_of(element):
                for image in element.xpath(".//img"):
                    yield from self._block(image, "img")
                return
            if any(
                isinstance(child.tag, str) and child.tag.lower() in _BLOCK_LEVEL
                for child in element
            ):
                yield from self._walk(element)
                return
            html = sanitize_inline(inner_html(element))
            parts = _DOUBLE_BREAK.split(html) if "<br>" in html else [html]
            if "<b>" in html or "<strong>" in html:
                parts = [piece for part in parts for piece in _split_bold_heading(part)]
            if len(parts) == 1 and not parts[0].startswith(_HEADING_MARK):
                text = text_of(element, keep_breaks=True)
                if text:
                    yield Block(kind="paragraph", text=text, html=html)
                return
            for part in parts:
                if part.startswith(_HEADING_MARK):
                    heading_html = part[len(_HEADING_MARK) :]
                    fragment = lxml.html.fragment_fromstring(heading_html, create_parent="div")
                    text = text_of(fragment)
                    if text:
                        yield Block(kind="heading", text=text, html=heading_html, level=3)
                    continue
                fragment = lxml.html.fragment_fromstring(part, create_parent="div")
                text = text_of(fragment, keep_breaks=True)
                if text:
                    yield Block(kind="paragraph", text=text, html=part.strip())
            return
        if tag == "blockquote":
            yield from self._quote(element)
            return
        if tag in ("ul", "ol"):
            items = [text_of(item) for item in element.xpath("./li")]
            items = [item for item in items if item]
            if items and not all(is_noise_line(item) for item in items):
                yield Block(
                    kind="paragraph",
                    text="\n".join(items),
                    html=sanitize_html(
                        etree.tostring(element, encoding="unicode", method="html", with_tail=False)
                    ),
                )
            return
        if tag == "table":
            rows = []
            for row in element.xpath(".//tr"):
                cells = [text_of(cell) for cell in row.xpath("./th|./td")]
                cells = [cell for cell in cells if cell]
                if cells:
                    rows.append(" | ".join(cells))
            if rows:
                yield Block(kind="paragraph", text="\n".join(rows))
            return
        if tag == "pre":
            text = squash_lines(element.text_content())
            if text:
                yield Block(kind="paragraph", text=text)
            return
        if tag in ("hr",):
            return
        if tag == "dl":
            for node in element:
                if isinstance(node.tag, str) and text_of(node):
                    yield Block(kind="paragraph", text=text_of(node))
            return
        yield from self._walk(element)

    def _quote(self, element: etree._Element) -> Iterator[Block]:
        speaker: str | None = None
        for cite in element.xpath(
            ".//cite|.//footer|.//*[contains(@class,'author') or contains(@class,'quote-source') or contains(@class,'citation')]"
        ):
            value = text_of(cite)
            if value:
                speaker = _speaker_from_cite(value)
                remove_element(cite)
                break
        paragraphs = [text_of(node, keep_breaks=True) for node in element.xpath(".//p")]
        text = "\n".join(part for part in paragraphs if part) or text_of(element, keep_breaks=True)
        if speaker is None:
            lines = text.split("\n")
            if len(lines) > 1 and re.match(r"^[—–-]\s*\S", lines[-1]):
                speaker = _speaker_from_cite(lines[-1])
                text = "\n".join(lines[:-1])
        if element.get("cite") and speaker is None:
            speaker = None
        text = text.strip()
        if text:
            yield Block(
                kind="quote", text=text, speaker=speaker, html=sanitize_html(inner_html(element))
            )


_HEADING_MARK = "\x00heading\x00"
_BOLD_LEAD = re.compile(
    r"^\s*<(strong|b)>(?P<inner>(?:(?!</?\1>).)*)</\1>\s*(?P<rest>(?:<br>)?.*)$", re.DOTALL
)


def _split_bold_heading(part: str) -> list[str]:
    """ "<b>Zwischenüberschrift</b>" alone or before a <br>: how old CMSs and
    rich-text editors write intermediate headings inside paragraphs."""
    match = _BOLD_LEAD.match(part)
    if match is None:
        return [part]
    inner = match.group("inner")
    rest = match.group("rest")
    if rest and not rest.startswith("<br>"):
        return [part]
    text = squash(re.sub(r"<[^>]+>", " ", inner))
    if (
        not text
        or len(text) > 120
        or len(text.split()) > 14
        or text.endswith((".", ",", ";", ":", "!", "?", "…", "“", '"'))
        or text[0] in '„“"»«'
    ):
        return [part]
    rest = rest[len("<br>") :].strip() if rest else ""
    return [_HEADING_MARK + inner.strip()] + ([rest] if rest else [])


def _lone_image(image: etree._Element) -> ImageRef | None:
    src = image_src(image)
    alt = squash(image.get("alt")) or None
    title = squash(image.get("title"))
    caption, credit = split_caption_credit(title) if title else (None, None)
    for attribute in ("data-copyright", "data-credit", "data-photographer"):
        if image.get(attribute):
            credit = squash(image.get(attribute))
    if not src:
        return None
    width = image.get("width") or ""
    if width.isdigit() and int(width) < 40:
        return None
    return ImageRef(path=src, caption=caption if caption != alt else None, credit=credit, alt=alt)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _postprocess(blocks: list[Block]) -> list[Block]:
    """Drop furniture text and attach stray credit lines to the image before them."""
    result: list[Block] = []
    for block in blocks:
        text = block.text.strip()
        if block.kind in ("paragraph", "heading"):
            if not text or is_noise_line(text) or is_breadcrumb(text) or is_footer_copyright(text):
                continue
            if CREDIT_START.match(text) and len(text) <= 200:
                previous = result[-1] if result else None
                if previous is not None and previous.kind == "image" and not previous.credit:
                    previous.credit = split_caption_credit(text)[1]
                    continue
                if previous is not None and previous.kind == "image":
                    continue
            if (
                result
                and result[-1].kind == "image"
                and not result[-1].caption
                and block.kind == "paragraph"
                and len(text) <= 300
            ):
                caption, credit = split_caption_credit(text)
                if credit:
                    result[-1].caption = caption
                    result[-1].text = caption or ""
                    result[-1].credit = result[-1].credit or credit
                    continue
        result.append(block)
    return result


def blocks_from_html(html: str) -> list[Block]:
    """Body blocks of an HTML fragment (feed content, ``body_html``), sanitised."""
    if not html or not html.strip():
        return []
    check_markup_depth(html)
    cleaned = sanitize_html_for_walk(html)
    if not cleaned.strip():
        return []
    parser = html_parser()
    try:
        fragment = lxml.html.fragment_fromstring(cleaned, create_parent="div", parser=parser)
        check_depth(fragment, parser)
        if "<q" in cleaned:
            quotes_as_text(fragment)
    except LimitExceeded:
        raise
    except (etree.ParserError, ValueError):
        text = squash(nh3.clean_text(html))
        return [Block(kind="paragraph", text=text)] if text else []
    return BlockWalker(skip_boilerplate=False).blocks(fragment)


_WALK_CLEANER = nh3.Cleaner(
    tags=BLOCK_TAGS
    | {
        "figure",
        "figcaption",
        "img",
        "div",
        "span",
        "section",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "pre",
        "dl",
        "dt",
        "dd",
        "h1",
    },
    clean_content_tags=DROP_CONTENT_TAGS | {"head", "title"},
    attributes={
        "a": {"href", "title", "hreflang"},
        "abbr": {"title"},
        "q": {"cite"},
        "img": {"src", "alt", "title", "srcset", "data-src", "width", "height"},
        "*": {"class"},
    },
    url_schemes=_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html_for_walk(html: str) -> str:
    """A first nh3 pass that keeps the structure the walker needs (figures, classes)."""
    return _WALK_CLEANER.clean(html)


def first_paragraph_is_lead(blocks: list[Block]) -> bool:
    return bool(blocks) and blocks[0].kind == "paragraph" and not ends_sentence(blocks[0].text)
