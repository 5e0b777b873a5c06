"""Text intake: plain text or HTML in, the text we analyse and return out.

For plain text the returned text is the caller's text unchanged, so evidence offsets index it
directly. For HTML it is the visible article text (headings, paragraphs, blockquotes, list
items), one block per paragraph, which the output includes. In both, photo captions and credits
are masked: replaced by spaces in the *analysed* copy, so they never count while every offset
stays valid in the returned text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from .errors import EmptyDocumentError, InputError

# Parts of a page that are not the article.
_DROP_SELECTORS = (
    "script, style, noscript, template, iframe, svg, canvas, form, button, nav, aside, footer,"
    " header nav, figure, figcaption, picture, video, audio, object, embed"
)
_DROP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|newsletter|related|read-?more|lire-?aussi|"
    r"advert|ads?|promo|comments?|breadcrumb|caption|credit|byline-social|outbrain|taboola)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "li", "pre", "dt", "dd")
_BLOCK_SELECTOR = ", ".join(_BLOCKS)

# A line that is a photo caption or a credit. The credit marker alone is enough when the line
# is short; captions printed as their own line end with a credit.
_CREDIT = re.compile(
    r"(?:©|\(c\)\s|\bcopyright\b|^\s*(?:photo|photos|crédits?|credits?|illustration|image|"
    r"source\s*photo|photographie)\s*:|\((?:photo|credit|crédit)s?\s*:|"
    r"/\s*(?:AFP|Reuters|AP|Getty Images?|Shutterstock|Sipa|Maxppp|Abaca|EPA|Hans Lucas)\s*\)?\s*$|"
    r"\b(?:Getty Images|Shutterstock|Adobe Stock|iStock|Unsplash|Pixabay)\b)",
    re.IGNORECASE,
)
_MAX_CAPTION_CHARS = 300
_WS = re.compile(r"\s+")


@dataclass
class Intake:
    """A document ready for analysis.

    ``text`` is what we return and what offsets index; ``analysed`` has the same length, with
    captions and credits blanked out. ``title`` is analysed separately (offsets into the title).
    """

    text: str
    analysed: str
    title: str | None = None
    analysed_title: str | None = None
    from_html: bool = False
    masked: list[tuple[int, int]] = field(default_factory=list)
    language: str | None = None
    id: str | None = None


def read_document(document: str | Mapping) -> Intake:
    """Turn a caller's document (a string, or a mapping with ``text`` or ``html``) into an Intake.

    Raises
    ------
    InputError
        Neither or both of ``text`` and ``html``, or a value of the wrong type.
    EmptyDocumentError
        Nothing to analyse once markup, captions and whitespace are gone.
    """
    if isinstance(document, str):
        document = {"text": document}
    if not isinstance(document, Mapping):
        raise InputError(f"a document must be a string or a mapping, not {type(document).__name__}")
    text, html = document.get("text"), document.get("html")
    if (text is None) == (html is None):
        raise InputError("give exactly one of 'text' or 'html'")
    title = document.get("title")
    for name, value in (("text", text), ("html", html), ("title", title)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{name}' must be a string")
    language = document.get("language")
    if language is not None and not isinstance(language, str):
        raise InputError("'language' must be a string")
    from_html = html is not None
    body = html_to_text(html) if from_html else text
    analysed, masked = mask_captions(body)
    if not analysed.strip():
        raise EmptyDocumentError("the document has no text to analyse")
    analysed_title = None
    if title is not None and title.strip():
        analysed_title, _ = mask_captions(title)
    else:
        title = None
    doc_id = document.get("id")
    return Intake(
        text=body,
        analysed=analysed,
        title=title,
        analysed_title=analysed_title,
        from_html=from_html,
        masked=masked,
        language=language.lower() if language else None,
        id=None if doc_id is None else str(doc_id),
    )


def html_to_text(html: str) -> str:
    """Visible article text of an HTML page, one block per paragraph (blank-line separated)."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_DROP_SELECTORS):
        node.decompose()
    for node in root.css("[class], [id], [role]"):
        marker = " ".join(
            node.attributes.get(name) or "" for name in ("class", "id", "role")
        )
        if _DROP_CLASS.search(marker) or "navigation" in marker.lower():
            node.decompose()
    blocks: list[str] = []
    for node in root.css(_BLOCK_SELECTOR):
        # Only leaf blocks: a blockquote holding paragraphs is read through its paragraphs.
        # (Lexbor's css() on a node matches the node itself too.)
        if any(inner is not node and inner.mem_id != node.mem_id
               for inner in node.css(_BLOCK_SELECTOR)):
            continue
        content = _WS.sub(" ", node.text(deep=True, separator="")).strip()
        if content:
            blocks.append(content)
    if not blocks:
        fallback = _WS.sub(" ", root.text(deep=True, separator=" ")).strip()
        return fallback
    return "\n\n".join(blocks)


def mask_captions(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank out caption and credit lines, and a line repeated right after itself.

    Returns the masked copy (same length as ``text``) and the masked ranges.
    """
    masked: list[tuple[int, int]] = []
    previous = None
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        is_caption = len(stripped) <= _MAX_CAPTION_CHARS and _CREDIT.search(stripped) is not None
        repeated = previous is not None and stripped == previous and len(stripped) <= 400
        if is_caption or repeated:
            masked.append((match.start(), match.end()))
        previous = stripped
    if not masked:
        return text, masked
    chars = list(text)
    for start, end in masked:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars), masked
