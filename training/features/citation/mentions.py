"""Mentions of sources across a text: the registry of named sources that later mentions merge
with, the context of a sentence being typed, and the keys and names of people and media.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from ..parse import Parsed, Sentence


@lru_cache(maxsize=4096)
def normalise_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^(?:the|les|le|la|l'|l’)\s*", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


def _acronym(name: str) -> str | None:
    """The acronym a name gives in brackets ("Direction ... (DDT)" -> "ddt"), or the name itself
    when it is one."""
    match = re.search(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9})\)?\s*$", name)
    if match:
        return match.group(1).lower()
    stripped = re.sub(r"^(?:l'|l’|the\s+|le\s+|la\s+)", "", name.strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"[A-ZÀ-Ý][A-Za-z]{1,9}", stripped) and sum(c.isupper() for c in stripped) >= 2:
        return stripped.lower()
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,9}", stripped):
        return stripped.lower()
    return None


class _Registry:
    """Distinct named sources, in order of first mention, for merging later mentions."""

    def __init__(self) -> None:
        self.sources: list[tuple[int, str, str, str]] = []  # position, type, key, name
        self.last_seen: dict[str, int] = {}  # key -> position of its latest mention
        # Every typed speaker in order, named or not: (position, type, (gender, number)).
        self.mentions: list[tuple[int, str, tuple[str, str]]] = []

    def add(self, position: int, type_: str, key: str, name: str) -> str:
        acronym = _acronym(name)
        for _, seen_type, seen_key, seen_name in self.sources:
            if seen_key == key or (type_ != "person" and seen_type != "person" and (
                key == _acronym(seen_name) or seen_key == acronym
                or (acronym is not None and acronym == _acronym(seen_name))
            )):
                self.last_seen[seen_key] = max(position, self.last_seen.get(seen_key, 0))
                return seen_key
            if type_ == "person" and seen_type == "person":
                if key.split()[-1:] == seen_key.split()[-1:]:
                    self.last_seen[seen_key] = max(position, self.last_seen.get(seen_key, 0))
                    return seen_key
        self.sources.append((position, type_, key, name))
        self.last_seen[key] = position
        return key

    def name_of(self, key: str) -> str:
        return next(name for _, _, seen, name in self.sources if seen == key)

    def latest(self, before: int, types: set[str], head: str | None = None):
        for position, type_, key, name in reversed(self.sources):
            if position < before and type_ in types and (head is None or head in key):
                return type_, key, name
        return None


@dataclass
class _Context:
    """What typing a speaker needs: the text, lexicon, registry and the sentence's offset."""

    parsed: Parsed
    lex: Lexicon
    registry: _Registry
    sentence: Sentence

    def at(self, token) -> int:
        return self.sentence.start + token.idx

    def end_of(self, token) -> int:
        return self.sentence.start + token.idx + len(token.text)


def _display(np_text: str) -> str:
    return re.sub(r"^(?:les|le|la|l'|l’|the)\s+|^(?:l'|l’)", "", np_text.strip(),
                  flags=re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case, no accents, words separated by single spaces; articles kept ("le point" is
    a magazine, "point" is not)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", " ", text).strip()


def _media_name(text: str, lex: Lexicon) -> str | None:
    lowered = " " + _fold(text) + " "
    capitalised = None
    for folded, key in _normalised_media_names(lex):
        if " " + folded + " " in lowered:
            # Written as a name: "la presse belge", "le temps", "la libération des otages"
            # are words, "La Presse", "Le Temps", "Libération" outlets.
            if capitalised is None:
                capitalised = {_fold(w) for w in re.findall(r"\w+", text) if w[:1].isupper()}
            if folded.split()[-1] in capitalised:
                return key
    return None


def _normalised_media_names(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    cached = _MEDIA_CACHE.get(lex.code)
    if cached is None:
        cached = _MEDIA_CACHE[lex.code] = tuple(
            (_fold(name), normalise_key(name)) for name in lex.media_names
        )
    return cached


_MEDIA_CACHE: dict[str, tuple[str, ...]] = {}


def _person_key(name: str) -> str:
    return normalise_key(name)
