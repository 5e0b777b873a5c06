"""Preposition cues: "selon X", "according to X", "in a CNN poll", with the source they
name.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..parse import is_proper, token_lowers
from .mentions import _Context, _media_name
from .noun_phrases import (
    NOMINAL,
    _apposed_name,
    _coordinated,
    _is_thing,
    _looks_like_source,
)


def _phrase_pattern(lex: Lexicon) -> re.Pattern:
    cached = _PHRASE_PATTERNS.get(lex.code)
    if cached is None:
        alternatives = [r"\s*".join(re.escape(word) for word in phrase)
                        for phrase in lex.source_prepositions]
        cached = _PHRASE_PATTERNS[lex.code] = re.compile("|".join(alternatives), re.IGNORECASE)
    return cached


_PHRASE_PATTERNS: dict[str, re.Pattern] = {}


def _preposition_cues(doc, lex: Lexicon, text: str):
    cues = []
    firsts = {phrase[0] for phrase in lex.source_prepositions}
    if not _phrase_pattern(lex).search(text):
        return cues  # none of the phrases is in this sentence
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers):
        if lower not in firsts:
            continue
        for phrase in lex.source_prepositions:
            n = len(phrase)
            if i + n > len(lowers) or lowers[i : i + n] != list(phrase):
                continue
            token, last = doc[i], doc[i + n - 1]
            speaker = _object_of_preposition(last, lex)
            if lex.mistagged and speaker is not None and speaker.lower_ in (
                    lex.words.subject_relatives) and (
                    speaker.i == last.i + 1):
                # "les déclarations de X selon lesquelles": who made the statement the relative
                # stands for; "l'hypothèse selon laquelle": no one, no cue
                source = _relative_statement_source(token, lex)
                if source is None:
                    continue
                speaker = source
            if phrase in lex.framing_prepositions and not _frames_a_named_view(token, speaker):
                continue
            if speaker is not None and _is_thing(speaker, lex):
                continue  # "selon ses voeux", "selon les régions": depending on, as wished
            if speaker is not None and "Past" in token.morph.get("Tense") and (
                    token.pos_ == "VERB") and speaker.i + 1 < len(doc) and (
                    doc[speaker.i + 1].pos_ == "DET"):
                continue  # "Il a appris auprès de son père le métier": a direct object
                # after the person, who taught, not told
            speakers = [speaker, *_coordinated_sources(speaker, lex)] if speaker is not None else []
            cues.append((token, speakers, "preposition", last.idx + len(last.text)))
    return cues


def _coordinated_sources(speaker, lex: Lexicon) -> list:
    """The sources coordinated with a preposition's object: "Selon l'Insee et la Dares",
    "According to the BLS and the Labor Department" (each counts, as "X and Y said" do)."""
    return [child for child in speaker.children
            if child.dep_ in lex.syntax["conjunct_deps"] and child.i > speaker.i
            and child.pos_ in NOMINAL and _coordinated(child, True)
            and not _is_thing(child, lex) and _looks_like_source(child, lex)]


def _relative_statement_source(preposition, lex: Lexicon):
    """Who stands behind the noun a "selon lequel" relative follows: the noun itself when it
    names a source ("l'économiste, selon lequel", "un rapport selon lequel"), the source its "de"
    complement names when it names a statement ("les déclarations de X selon lesquelles",
    "l'argument de Paris selon lequel"); None when none does ("l'hypothèse selon laquelle", "le
    principe selon lequel": the content of an idea, no one's)."""
    doc, start = preposition.doc, preposition.sent.start
    j = preposition.i - 1
    while j >= start and doc[j].text in (",", ")"):
        j = next((k for k in range(j - 1, max(start, j - 25) - 1, -1) if doc[k].text == "("),
                 j) - 1 if doc[j].text == ")" else j - 1
    if j < start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[j]
    for _ in range(6):  # up the complements and the name: "les déclarations de M. X au Y"
        head = noun.head
        if head.i >= noun.i or head.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in (
                "nmod", "flat:name", "flat", "appos", "amod"):
            break
        noun = head
    if noun.lower_ not in lex.content_objects and _looks_like_source(noun, lex):
        return noun
    return next((child for child in noun.children if child.i > noun.i
                 and child.dep_ in lex.syntax["noun_complement_deps"]
                 and child.pos_ in ("NOUN", "PROPN") and _looks_like_source(child, lex)), None)


def _document_preposition_cues(doc, ctx: _Context) -> list:
    """"In a CNN poll released Monday, 50 percent ...", "leads in the latest survey": a
    document of cited_documents cited through a preposition of document_prepositions (then
    typed by its issuer); not "wrote in a report", where the writer is the source."""
    lex = ctx.lex
    if not lex.cited_documents:
        return []
    cues = []
    for token in doc:
        if token.lower_ not in lex.document_prepositions or token.dep_ != "prep":
            continue
        objects = [child for child in token.children if child.dep_ == "pobj"
                   and child.lower_ in lex.cited_documents]
        # a poll named by its issuer ("a CNN poll") or opening the sentence ("In a survey
        # released Monday, ..."); "leads in the polls", "New Hampshire polls" cite no one
        if objects and not (token.head.pos_ in ("VERB", "AUX")
                            and lex.is_reporting(token.head.lower_)) and (
                token.i == token.sent.start or _issuer_named(objects[0], ctx)):
            cues.append((token, objects[:1], "preposition", token.idx + len(token.text)))
    return cues


def _issuer_named(document, ctx: _Context) -> bool:
    """An organisation or a medium named before the document word ("a CNN poll")."""
    tokens = [t for t in document.subtree if t.i < document.i]
    if not tokens:
        return False
    start, end = ctx.at(tokens[0]), ctx.end_of(tokens[-1])
    text = ctx.parsed.text[start:end]
    return _media_name(text, ctx.lex) is not None or any(
        e.label in ctx.lex.syntax["organisation_entity_labels"]
        for e in ctx.parsed.entities_in(start, end))


def _frames_a_named_view(token, speaker) -> bool:
    """"Pour Samia Benali, cheffe de file, ..." opens the sentence with a named person's view;
    "pour la première fois" does not."""
    if speaker is None or not token.is_sent_start and token.i > 0:
        return False
    named = is_proper(speaker) or any(
        is_proper(t) for t in speaker.subtree if t.i <= speaker.i + 3
    ) or bool(_apposed_name(speaker))
    return named and any(t.text == "," for t in token.doc[speaker.i : speaker.i + 12])


def _object_of_preposition(last, lex: Lexicon):
    if last.dep_ in lex.syntax["case_deps"] and last.head.i > last.i and last.head.pos_ in NOMINAL:
        return last.head
    for child in last.children:
        if child.dep_ == "pobj" and child.pos_ in NOMINAL:
            return child
    sent_end = last.sent.end
    for token in last.doc[last.i + 1 : min(last.i + 7, sent_end)]:
        if token.pos_ in NOMINAL:
            # climb to the head of its noun phrase
            while token.head.i != token.i and token.head.pos_ in NOMINAL and token.dep_ in (
                "flat:name", "flat", "compound", "amod", "nmod", "appos"
            ) and token.head.i > last.i:
                token = token.head
            return token
    return None
