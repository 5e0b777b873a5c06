"""Denials ("le Kremlin dément", "denied") and non-responses ("declined to comment").

A non-response is not a denial: the two are separate features. A negated denial cue
("il ne dément pas", "did not deny") is an admission and does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


def _negated(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"ne dément pas", "n'a pas démenti", "did not deny", "sans démentir": the negation sits
    right before the cue (one word away at most) or frames it (ne ... pas); "n'ont pas tardé à
    démentir" is still a denial."""
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-2:]
    after = [w.lower() for w in _WORD.findall(text[end : end + 12])][:1]

    def negation(word: str) -> bool:
        return word in lex.denial_negations or word.endswith(lex.denial_negation_suffixes)

    if before and negation(before[-1]):
        return True
    framed = any(w in lex.denial_framing or w.startswith(lex.denial_framing_prefixes)
                 for w in before)
    return framed and bool(after) and after[0] in lex.denial_framing_ends


def _matches(patterns, text: str) -> list[Match]:
    found: list[Match] = []
    for m in patterns.finditer(text):
        if m.end() > m.start():
            found.append(Match(m.start(), m.end(), m.group()))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Match] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def find_denials(text: str, lex: Lexicon) -> list[Match]:
    """Denial cues in ``text``, negated ones left out."""
    return [m for m in _matches(lex.denial_patterns, text)
            if not _negated(text, m.start, m.end, lex)]


def find_non_responses(text: str, lex: Lexicon) -> list[Match]:
    """Non-response cues in ``text`` ("n'a pas répondu à nos sollicitations")."""
    return _matches(lex.non_response_patterns, text)
