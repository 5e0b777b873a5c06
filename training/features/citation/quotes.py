"""Quotation marks: the spans of quoted passages in a text, and the quotes around a token."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..parse import QUOTE_CHARS

# The only characters that open or close a quoted passage (quote_spans).
_QUOTE_SPAN_MARKS = re.compile(r'[«“„"»”\n]')
_CLOSERS = {"«": "»", "“": "”", "„": "“", '"': '"'}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (opening mark to closing mark, inclusive): an opening
    mark pairs with its closing one ("“" also with '"'), and a straight quote ends at a line
    break. Only the marks are visited: a walk over every character cost milliseconds."""
    spans: list[tuple[int, int]] = []
    start = None
    opener = None
    for match in _QUOTE_SPAN_MARKS.finditer(text):
        i, ch = match.start(), match.group()
        if start is None:
            if ch in _CLOSERS:
                start, opener = i, ch
        elif ch == _CLOSERS[opener] or (opener == "“" and ch == '"') or (
                ch == "\n" and opener == '"'):
            spans.append((start, i + 1))
            start = None
    return spans


_QUOTE_MARKS = re.compile(r"''|[“”\"\n]")  # ('' : a wire's straight double quote)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of the double-quoted passages of a whole text, in order.

    A straight quote is read as opening or closing from the characters around it (an opener
    follows a space and precedes a word; a closer follows a word), so one stray mark does not
    shift every later pairing; a paragraph break ends an open quotation (news reopens a
    quotation that runs on at each paragraph, without closing it)."""
    spans: list[tuple[int, int]] = []
    start = None
    for match in _QUOTE_MARKS.finditer(text):
        i, mark = match.start(), match.group()
        if mark == "\n" or mark == "”":
            if start is not None:
                spans.append((start, i + 1))
            start = None
            continue
        after_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–"
        before_word = match.end() < len(text) and not text[match.end()].isspace()
        if mark == "“" or after_space and before_word:
            start = i  # an opener; an open quotation without its closer ends here
        elif start is not None:
            spans.append((start, match.end()))
            start = None
        elif after_space:
            start = i  # a lone mark between spaces: read in turn
    if start is not None:
        spans.append((start, len(text)))
    return spans


_END = float("inf")


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` falls strictly inside one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (offset, _END)) - 1
    return i >= 0 and spans[i][0] < offset < spans[i][1]


def _after_quote(token) -> bool:
    """Right after a closing quote and a comma, past its auxiliary and a reflexive pronoun:
    '», glisse un banquier', '», a réagi le président', '», s'est félicité X' is a reporting
    verb whatever the tagger says."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and (doc[i].pos_ == "AUX" or doc[i].pos_ == "PRON" and "Yes" in doc[
            i].morph.get("Reflex")) and i > token.i - 4:
        i -= 1
    return i >= 1 and doc[i].text == "," and doc[i - 1].text in ("»", "”", '"')


def _quote_in_sentence(verb) -> bool:
    return any(t.text in QUOTE_CHARS for t in verb.sent)


def _opens_quote(token) -> bool:
    """An opening quotation mark: «, “, or a " that an even number of " precede in its
    sentence."""
    if token.text in ("«", "“", "„"):
        return True
    if token.text != '"':
        return False
    doc = token.doc
    return sum(1 for t in doc[token.sent.start:token.i] if t.text == '"') % 2 == 0


def _closes_quote(token) -> bool:
    """A closing quotation mark: », ”, or a " that an odd number of " precede in its sentence
    or that a comma or a period follows."""
    if token.text in ("»", "”"):
        return True
    nxt = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""
    return token.text == '"' and (not _opens_quote(token) or nxt in (",", ".", ";"))


def _quoted_tokens(sentence) -> set[int]:
    """Indices of the tokens inside quotation marks in a sentence."""
    inside, found = False, set()
    for token in sentence:
        if token.text in QUOTE_CHARS:
            inside = not inside and _opens_quote(token)
            continue
        if inside:
            found.add(token.i)
    return found


def _quoted_words_end(doc, opening: int, end: int, limit: int) -> int | None:
    """The index of the mark that closes a few words quoted from the mark at ``opening`` (words,
    hyphens and apostrophes only, within ``limit`` tokens and before ``end``: a name, not a
    quotation); None when none does."""
    close = next((t for t in doc[opening + 1:min(opening + 1 + limit, end)]
                  if not (t.is_alpha or t.text in "-'’")), None)
    if close is None or close.text not in QUOTE_CHARS or close.i == opening + 1:
        return None
    return close.i
