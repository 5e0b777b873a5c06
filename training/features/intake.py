"""Text intake: plain text or HTML in, the text we analyse and return out.

For plain text the returned text is the caller's text unchanged, so evidence offsets index it
directly. For HTML it is the visible article text, one block per paragraph, which the output
includes. In both, photo captions and credits are masked: replaced by spaces in the *analysed*
copy, so they never count while every offset stays valid in the returned text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

from selectolax.lexbor import LexborHTMLParser

from .errors import EmptyDocumentError, InputError

# Elements that are not the article: skipped with everything inside them.
_SKIP_TAGS = frozenset((
    "head", "title", "script", "style", "noscript", "template", "iframe", "svg", "math",
    "canvas", "form", "button", "select", "textarea", "nav", "aside", "footer", "figure",
    "figcaption", "picture", "video", "audio", "object", "embed", "dialog",
))
# Inline elements: their text joins the text of the block around them, as a browser shows it.
# Every other element is a block: its text, and the text between its child blocks, are
# paragraphs of their own.
_INLINE_TAGS = frozenset((
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "img", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small",
    "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "-text",
))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Page containers: never dropped for their class, id or role (themes put state flags on them:
# <body class="single-post comments-open">, <article class="post has-social-share">).
_CONTAINERS = frozenset(("html", "body", "main", "article"))
# A class, id or role token names a widget when one of its words (split on - and _), or two
# adjacent words written together, is a widget word of lexicons/intake.toml, unless the token
# is a state flag of its element rather than its name (has-social-share, comments-open).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# A line that is a photo caption or a credit: a credit marker in credit position in a short
# line. Credit position is the start of the line ("© X", "Photo : X", "Crédit : X", "Getty
# Images / AFP", "(c) Reuters"), just after a slash ("X / Getty Images"), or the end of the line
# ("Le port vu du ciel © Nexo", "Une vue de la mairie, Shutterstock"). A marker word elsewhere
# is a sentence that mentions it ("the company had broken copyright law", "Le patron de
# Shutterstock a déclaré"), not a credit. © alone is enough anywhere: nothing else uses it.
# Stock-photo libraries, and news agencies (case-sensitive: "AP", not "ap").
_STOCK = r"(?:Getty\s+Images?|Shutterstock|Adobe\s+Stock|iStock(?:photo)?|Unsplash|Pixabay|Alamy)"
_AGENCY = r"(?-i:AFP|Reuters|REUTERS|AP|Sipa|SIPA|Maxppp|MAXPPP|Abaca|EPA|Hans\s+Lucas|dpa|Belga)"
_CREDIT_LABELS = (
    r"(?:(?:photos?|images?)\s+)?"  # Photo credit : X
    r"(?:photos?|crédits?|credits?|illustrations?|images?|source\s*photo|photographie|"
    r"copyright)"
    r"(?:\s+(?:photos?|images?|photographiques?))?"  # Crédit photo : X
)
_CREDIT = re.compile(
    r"©"
    rf"|^\s*{_CREDIT_LABELS}\s*:"  # Photo : X, Crédit : X
    rf"|\(\s*{_CREDIT_LABELS}\s*:"  # (Photo : X)
    r"|^\s*copyright\b"
    r"|(?:^|/)\s*\(c\)\s"  # (c) Reuters, X / (c) Y
    rf"|^\s*(?:{_STOCK}|{_AGENCY})\s*(?:[/,;)]|$)"  # Getty Images / AFP, Reuters
    rf"|/\s*{_STOCK}\b"  # X / Getty Images
    rf"|/\s*{_AGENCY}\s*(?:[/,;)]|$)"  # Luc Ferrand / AFP
    rf"|\b{_STOCK}\s*\)?\s*$",  # Une vue de la mairie, Shutterstock
    re.IGNORECASE,
)
_MAX_CAPTION_CHARS = 300
_WS = re.compile(r"\s+")
# Zero-width characters and the byte-order mark: spaces for the analysis (same length).
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_WORD_CHAR = re.compile(r"[^\W_]")


def _intake_lists() -> dict:
    path = resources.files("training.features") / "lexicons" / "intake.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_LISTS = _intake_lists()
_WIDGET_WORDS = frozenset(_LISTS["widgets"]["words"])
_STATE_PREFIXES = frozenset(_LISTS["widgets"]["state_prefixes"])
_STATE_SUFFIXES = frozenset(_LISTS["widgets"]["state_suffixes"])


def _read_also_pattern() -> re.Pattern:
    labels = _LISTS["read_also"]["labels"]
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in label.split())
        for label in sorted(labels, key=len, reverse=True)
    )
    return re.compile(rf"^\W*(?:{alternatives})\s*(?:[:|›»>→\-–—]|$)", re.IGNORECASE)


_READ_ALSO = _read_also_pattern()


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
        Nothing to analyse once markup, captions and whitespace are gone, or no letter or digit.
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
    if from_html:
        body, headings = _html_blocks(html)
    else:
        line = _first_line(text)
        body, headings = text, [line] if line else []
    analysed, masked = mask_captions(body)
    if not analysed.strip():
        raise EmptyDocumentError("the document has no text to analyse")
    if not _WORD_CHAR.search(analysed):
        raise EmptyDocumentError("the document has no text to analyse: no letter or digit")
    analysed_title = None
    if title is not None and title.strip():
        analysed_title, _ = mask_captions(title)
        # The title printed again as a heading of the page (a site name may come first) or as
        # the text's first line is analysed once, as the title: its evidence has field "title"
        # whether or not the page repeats it, and the body's copy is masked like a repeated
        # caption (offsets hold).
        heading = next((h for h in headings if _same_line(title, body[h[0]:h[1]])), None)
        if heading is not None:
            start, end = heading
            analysed = analysed[:start] + " " * (end - start) + analysed[end:]
            masked = sorted([*masked, heading])
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


def _same_line(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return _WS.sub(" ", _ZERO_WIDTH.sub(" ", s)).strip().casefold()

    return bool(norm(a)) and norm(a) == norm(b)


def _first_line(text: str) -> tuple[int, int] | None:
    match = re.search(r"[^\n]*\S[^\n]*", text)
    return (match.start(), match.end()) if match else None


def html_to_text(html: str) -> str:
    """Visible article text of an HTML page, one block per paragraph (blank-line separated)."""
    return _html_blocks(html)[0]


def _widget(node) -> bool:
    """Whether a class, id or role marks this element as a share, comments, ads... widget."""
    attributes = node.attributes
    marker = " ".join(attributes.get(name) or "" for name in ("class", "id", "role"))
    for token in marker.lower().split():
        words = [word for word in re.split(r"[-_]+", token) if word]
        if not words or words[0] in _STATE_PREFIXES or words[-1] in _STATE_SUFFIXES:
            continue
        if any(word in _WIDGET_WORDS for word in words) or any(
            a + b in _WIDGET_WORDS for a, b in zip(words, words[1:], strict=False)
        ):
            return True
    return False


def _hidden(node) -> bool:
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    if (attributes.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))


def _html_blocks(html: str) -> tuple[str, list[tuple[int, int]]]:
    """The visible text of a page and the spans of its headings in it.

    One walk of the tree (an explicit stack, no recursion: any nesting depth, linear time):
    skipped elements are never entered, every block flushes the text gathered so far as a
    paragraph when it opens and when it closes, inline text joins the current paragraph and a
    <br> is a line break inside it.
    """
    tree = LexborHTMLParser(_flatten_deep_nesting(html))
    root = tree.body or tree.root
    if root is None:
        return "", []
    paragraphs: list[str] = []
    heading_indices: list[int] = []
    pieces: list[str] = []
    heading_open = 0

    def flush() -> None:
        if not pieces:
            return
        paragraph = _WS.sub(" ", "".join(pieces)).replace("\x00", "\n")
        paragraph = re.sub(r" *\n[ \n]*", "\n", paragraph).strip()
        pieces.clear()
        if not paragraph or _READ_ALSO.match(paragraph):
            return
        if heading_open:
            heading_indices.append(len(paragraphs))
        paragraphs.append(paragraph)

    # (node, closing): closing entries flush the block they end.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            flush()
            if tag in _HEADINGS:
                heading_open -= 1
            continue
        if tag == "-text":
            pieces.append(node.text_content or "")
            continue
        if tag == "br":
            pieces.append("\x00")  # a line break, kept through the whitespace collapse
            continue
        if tag.startswith("-") or tag.startswith("_") or tag in _SKIP_TAGS:
            continue  # comments, doctype, skipped elements
        if node is not root and (
            _hidden(node) or (tag not in _CONTAINERS and _widget(node))
        ):
            continue
        if tag not in _INLINE_TAGS:
            flush()
            if tag in _HEADINGS:
                heading_open += 1
            stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((child, False) for child in reversed(children))
    flush()
    starts = [0]
    for paragraph in paragraphs:
        starts.append(starts[-1] + len(paragraph) + 2)
    return "\n\n".join(paragraphs), [(starts[i], starts[i] + len(paragraphs[i]))
                                      for i in heading_indices]


# The parser spends time in proportion to the depth of each element it opens (quadratic in the
# nesting depth): tags nested deeper than this are removed before parsing, their text joining
# the deepest element kept. Real article pages nest a few dozen elements deep.
MAX_DEPTH = 256
# Elements that never nest (void) or that the parser closes by itself when a sibling opens
# (<p>, <li>, <td>...): they add no depth, so they are not counted.
_NO_DEPTH = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
    "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html",
    "head", "body",
))
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>")


def _flatten_deep_nesting(html: str) -> str:
    """``html`` without the start and end tags nested deeper than MAX_DEPTH (linear time).

    A scan of the tags (comments and the contents of script and style skipped), not a parser:
    it only has to bound the depth the parser will meet.
    """
    if html.count("<") < MAX_DEPTH:
        return html
    lower = html.lower()
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, removed)
    depth = 0  # tags kept on the stack
    pos = 0
    keep_from = 0
    while True:
        start = html.find("<", pos)
        if start < 0:
            break
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            pos = len(html) if end < 0 else end + 3
            continue
        match = _TAG.match(html, start)
        if match is None:
            pos = start + 1
            continue
        closing, name = match.group(1), match.group(2).lower()
        pos = match.end()
        if name in ("script", "style", "textarea", "title") and not closing:
            end = lower.find("</" + name, pos)
            pos = len(html) if end < 0 else end
            continue
        if name in _NO_DEPTH or match.group().endswith("/>"):
            continue
        remove = False
        if not closing:
            remove = depth >= MAX_DEPTH
            stack.append((name, remove))
            depth += not remove
        elif stack and stack[-1][0] == name:
            remove = stack.pop()[1]
            depth -= not remove
        if remove:
            out.append(html[keep_from:start])
            keep_from = pos
    if not out:
        return html
    out.append(html[keep_from:])
    return "".join(out)


def mask_captions(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank out caption and credit lines, "read also" lines, and a line repeated right after
    itself; zero-width characters and the byte-order mark become spaces.

    Returns the masked copy (same length as ``text``) and the masked ranges.
    """
    masked: list[tuple[int, int]] = []
    previous = None
    for match in re.finditer(r"[^\n]+", text):
        line = _ZERO_WIDTH.sub(" ", match.group())
        stripped = line.strip()
        if not stripped:
            continue
        is_caption = len(stripped) <= _MAX_CAPTION_CHARS and _is_credit(stripped)
        repeated = previous is not None and stripped == previous and len(stripped) <= 400
        if is_caption or repeated or _READ_ALSO.match(stripped):
            masked.append((match.start(), match.end()))
        previous = stripped
    analysed = _ZERO_WIDTH.sub(" ", text)
    if not masked:
        return analysed, masked
    chars = list(analysed)
    for start, end in masked:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars), masked


def _is_credit(line: str) -> bool:
    return _CREDIT.search(line) is not None
