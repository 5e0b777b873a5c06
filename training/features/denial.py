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


_BETWEEN_WORDS = re.compile(r"\w+")


def who_denied(match: Match, attributions: list, quotations: list[tuple[int, int]],
               text: str, sentence_at) -> object | None:
    """The attribution that says who made a denial, or None when nothing says.

    In order: the attribution whose cue is the denial or lies in it ("le groupe dément", "were
    rejected by the club"); one whose evidence
    covers it ("X dément … et rappelle", where X's two cues make one span); for a denial inside
    a quotation, the attribution right before or after that quotation, at most two words away
    (« Il n'en a jamais été question », a assuré une porte-parole; called the report
    "categorically false"); else the last reporting verb of the sentence before the denial,
    whose content it is ("les services affirmant qu'il n'y aurait jamais eu"), or else the
    first after it when it closes its clause ("The allegations are baseless, the spokeswoman
    said"). A typed speaker
    is preferred to an unresolved one at the first step; the others take typed ones only.
    """
    typed = [a for a in attributions if a.type != "unresolved"]
    for pool in (typed, attributions):
        for att in pool:
            # (or inside it: "The allegations were rejected by the club")
            if match.start <= att.cue_start < match.end:
                return att
    sentence = sentence_at(match.start)
    same = [a for a in typed if a.sentence == sentence]
    for att in same:
        if att.start <= match.start < att.end:
            return att
    quotation = next(((s, e) for s, e in quotations if s <= match.start < e), None)
    if quotation is not None:
        start, end = quotation
        near = [a for a in typed if a.start >= end and len(_BETWEEN_WORDS.findall(
            text[end:a.start])) <= 2] + [a for a in typed if a.end <= start and len(
                _BETWEEN_WORDS.findall(text[a.end:start])) <= 2]
        return min(near, key=lambda a: min(abs(a.start - end), abs(start - a.end)),
                   default=None)
    # (a reporting verb's: "selon X, …, malgré ce démenti" reports no denial of X's)
    before = [a for a in same if a.cue_end <= match.start and a.kind == "verb"]
    if before:
        return before[-1]
    # else the first after it, when that one closes the sentence or a clause, so that the
    # denial is its content ("The allegations are baseless, the spokeswoman said"; not
    # "Malgré un démenti de l'Élysée, le ministre a déclaré que …")
    after = next((a for a in same if a.cue_start >= match.end and a.kind == "verb"), None)
    if after is not None and text[after.end:after.end + 2].lstrip()[:1] in _CLOSERS:
        return after
    return None


_CLOSERS = frozenset({"", ".", ",", ";", "!", "?"})
