"""Lexicons: the per-language data files (lexicons/<code>.toml) read into matchers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .patterns import PatternSet


@dataclass(frozen=True)
class Lexicon:
    """A language's lexicon, compiled. See lexicons/fr.toml for what each list means."""

    code: str
    pipeline: str
    syntax: dict[str, frozenset[str]]
    reporting_stems: tuple[str, ...]
    reporting_forms: frozenset[str]
    clause_only_stems: tuple[str, ...]
    light_verb_forms: frozenset[str]
    skip_quoted_cues: bool
    # Headlines "Name: what they said" (parse.COLON_ATTRIBUTION).
    colon_speakers: bool
    light_verb_objects: frozenset[str]
    # Verbs that report only with a document as subject ("the poll shows").
    document_verbs: frozenset[str]
    # Subordinators that make a reporting verb comment on its main clause ("as X reported").
    comment_markers: frozenset[str]
    # Words around a reporting form that the tagger did not call a verb ([reporting.mistagged]).
    mistagged: dict[str, tuple[str, ...]]
    source_prepositions: tuple[tuple[str, ...], ...]
    framing_prepositions: tuple[tuple[str, ...], ...]
    media: frozenset[str]
    media_names: tuple[str, ...]
    institutions: frozenset[str]
    # Roles a person holds: a name right after one is a person's, whatever NER says.
    person_roles: frozenset[str]
    documents: frozenset[str]
    anonymous_heads: frozenset[str]
    collective_heads: frozenset[str]
    indefinite_determiners: frozenset[str]
    referring_pronouns: frozenset[str]
    anonymous_pronouns: frozenset[str]
    anonymous_patterns: PatternSet
    denial_patterns: PatternSet
    denial_negations: frozenset[str]
    non_response_patterns: PatternSet
    mood: bool
    conditional: dict
    hedge_patterns: PatternSet
    hedge_modals: frozenset[str]
    finite_tags: frozenset[str]
    epistemic_blockers: frozenset[str]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    quote_min_words: int
    # reporting_stems by their first letter, in their order: a word is compared with the few
    # stems it can start with, not all of them (derived from reporting_stems).
    stems_by_initial: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if "" in self.reporting_stems:
            raise ValueError("a reporting stem is empty")
        index: dict[str, tuple[str, ...]] = {}
        for stem in self.reporting_stems:
            index[stem[0]] = (*index.get(stem[0], ()), stem)
        object.__setattr__(self, "stems_by_initial", index)

    def is_reporting(self, form: str) -> bool:
        form = form.lower()
        return form in self.reporting_forms or form.startswith(
            self.stems_by_initial.get(form[:1], ()))

    def is_light_verb_cue(self, form: str, following: str) -> bool:
        return form.lower() in self.light_verb_forms and following.lower() in (
            self.light_verb_objects)

    def needs_clause(self, form: str) -> bool:
        return bool(self.clause_only_stems) and form.lower().startswith(self.clause_only_stems)


def _compile(patterns: list[str]) -> PatternSet:
    return PatternSet(patterns)


def _lower_set(values: list[str]) -> frozenset[str]:
    return frozenset(value.lower() for value in values)


@cache
def load_lexicon(code: str) -> Lexicon:
    """Read and compile ``lexicons/<code>.toml`` (once per process)."""
    path = resources.files("training.features") / "lexicons" / f"{code}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return lexicon_from_dict(data)


def lexicon_from_dict(data: dict) -> Lexicon:
    lang = data["language"]
    rep, src, cond = data["reporting"], data["sources"], data["conditional"]
    syntax = {
        key: frozenset(value)
        for key, value in lang.items()
        if key.endswith("_deps") or key.endswith("_labels")
    }
    return Lexicon(
        code=lang["code"],
        pipeline=lang["pipeline"],
        syntax=syntax,
        reporting_stems=tuple(stem.lower() for stem in rep["stems"]),
        reporting_forms=_lower_set(rep["forms"]),
        clause_only_stems=tuple(stem.lower() for stem in rep.get("clause_only_stems", [])),
        light_verb_forms=_lower_set(rep.get("light_verb_forms", [])),
        skip_quoted_cues=bool(rep.get("skip_quoted_cues", False)),
        colon_speakers=bool(rep.get("colon_speakers", False)),
        light_verb_objects=_lower_set(rep.get("light_verb_objects", [])),
        document_verbs=_lower_set(rep.get("document_verbs", [])),
        comment_markers=_lower_set(rep.get("comment_markers", [])),
        mistagged={key: tuple(word.lower() for word in words)
                   for key, words in rep.get("mistagged", {}).items()},
        source_prepositions=tuple(tuple(p.lower() for p in phrase) for phrase in rep[
            "source_prepositions"] + rep.get("framing_prepositions", [])),
        framing_prepositions=tuple(tuple(p.lower() for p in phrase)
                                   for phrase in rep.get("framing_prepositions", [])),
        media=_lower_set(src["media"]),
        media_names=tuple(sorted(_lower_set(src["media_names"]), key=len, reverse=True)),
        institutions=_lower_set(src["institutions"]),
        person_roles=_lower_set(src.get("person_roles", [])),
        documents=_lower_set(src.get("documents", [])),
        anonymous_heads=_lower_set(src["anonymous"]),
        collective_heads=_lower_set(src["collective"]),
        indefinite_determiners=_lower_set(src["indefinite_determiners"]),
        referring_pronouns=_lower_set(src["referring_pronouns"]),
        anonymous_pronouns=_lower_set(src["anonymous_pronouns"]),
        anonymous_patterns=_compile(data["anonymous"]["patterns"]),
        denial_patterns=_compile(data["denial"]["patterns"]),
        denial_negations=_lower_set(data["denial"].get("negation_before", [])),
        non_response_patterns=_compile(data["non_response"]["patterns"]),
        mood=bool(cond.get("mood", False)),
        conditional=cond,
        hedge_patterns=_compile(cond.get("hedge_phrases", [])),
        hedge_modals=_lower_set(cond.get("hedge_modals", [])),
        finite_tags=frozenset(lang.get("finite_tags", [])),
        epistemic_blockers=_lower_set(cond.get("epistemic_blockers", [])),
        quote_open=frozenset(data["quotes"]["open"]),
        quote_close=frozenset(data["quotes"]["close"]),
        quote_min_words=int(data["quotes"].get("min_words", 3)),
    )
