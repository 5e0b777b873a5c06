"""Cues made of punctuation: a trailing "- Name", a headline "Name: what they said" and a
clause that opens a quotation after a colon ("Le maire est formel : « … »")."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..parse import COLON_ATTRIBUTION, COLON_QUOTE, DASH_ATTRIBUTION, SIGNATURE_LINE, is_proper
from .mentions import _Context, normalise_key, sentences_with
from .noun_phrases import _speaks

# How many sentences holding a headline's lone surname are read for the full name.
_SURNAME_SENTENCES = 3


def _dash_cues(doc, text: str, lex: Lexicon | None = None, signs: bool = False):
    """A trailing "- Name": the name is the speaker, the dash the cue; a word in lower case in
    it is a person's role ("- Gadget Grid reviewer Sam Lowry"). ``signs``: the sentence
    follows a closed quotation, which a line "- Name." of its own signs."""
    match = DASH_ATTRIBUTION.search(text) or (SIGNATURE_LINE.match(text) if signs else None)
    if match is None:
        return []
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" or t.tag_.startswith("NNP") for t in span):
        return []
    if any(t.is_lower and not (lex is not None and t.text in lex.person_roles) for t in span):
        return []
    dash = doc.char_span(match.start(), match.start(1), alignment_mode="expand")
    cue = next((t for t in dash if not t.is_space), span[0]) if dash is not None else span[0]
    head = span.root
    return [(cue, [head], "dash", cue.idx + len(cue.text))]


def _colon_cues(doc, text: str, ctx: _Context):
    """A sentence opening with a name and a colon ("Bill Clinton: 'Hillary Is Better
    Qualified'", "Ryan: ...", "BENENSON: ..."): the name is the speaker, the colon the cue.
    Only a name that NER calls a person or an organisation, or a surname of a person it found
    in the text: "Iowa:", "Editor's Note:", "The Latest:", "Q:" open lines too."""
    match = COLON_ATTRIBUTION.match(text)
    if match is None:
        return []
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    colon = doc.char_span(match.end(1), match.end(), alignment_mode="expand")
    if span is None or colon is None:
        return []
    cue = next((t for t in colon if t.text == ":"), None)
    start = ctx.sentence.start
    syntax = ctx.lex.syntax
    named = syntax["person_entity_labels"] | syntax["organisation_entity_labels"]
    people = [e for e in ctx.parsed.entities_in(start + match.start(1), start + match.end(1))
              if e.label in named]
    by_surname = False
    if len(span) == 1 and not (people and is_proper(span[0])):
        # a transcript's later lines give the surname alone: "JOEL BENENSON: ..." then
        # "BENENSON: ..."
        surname = span[0].lower_
        full = [e for e in ctx.parsed.entities if e.label in syntax["person_entity_labels"]
                and len(e.text.split()) > 1 and e.text.split()[-1].lower() == surname]
        if not full:
            # a headline's surname ("Reid: ...") names the person the article names fully in
            # a sentence NER has not read yet (the first few that hold the word)
            key = normalise_key(span[0].text)
            full = [e for e in _people_named(span[0].text, ctx, syntax["person_entity_labels"])
                    if len(e.text.split()) > 1
                    and normalise_key(e.text).split()[-1:] == [key]]
        # the surname of a person the text names fully is a name whatever its tag: a headline
        # opening "Trump: ..." gets a common noun's tag at the start of the sentence
        by_surname = bool(full)
        people = people or full
    elif not people and all(is_proper(t) for t in span):
        # a headline's full name that NER missed there ("Dana Whitfield: 'I Will Run'", the
        # headline's capitals) but found in one of the first sentences that hold its last word
        people = [e for e in _people_named(span[-1].text, ctx, named)
                  if normalise_key(e.text) == normalise_key(span.text)]
    if cue is None or not (people or _transcript_label(span.text, ctx.parsed.text)) or not (
            by_surname or all(is_proper(t) or t.text == "." for t in span) or not people):
        return []
    return [(cue, [span[-1]], "colon", cue.idx + 1)]


def _colon_quote_cues(doc, text: str, lex: Lexicon, cues: list):
    """A clause whose subject then speaks in a quotation after a colon ("Le maire est formel :
    « L'eau est potable »", "Le maire a voulu rassurer les habitants : « … »", "The mayor was
    adamant: "…""): the subject is the speaker, the colon the cue. Not when the sentence has a
    cue of its own ("Le maire a prévenu : « … »", "Le constat est simple : « … », explique X"
    are that cue's), nor for a subject that names no one who speaks ("Le bilan est lourd :
    « … »", "C'est simple : « … »")."""
    found = []
    if cues:
        return found
    for match in COLON_QUOTE.finditer(text):
        colon = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        colon = colon[0] if colon is not None and colon[0].text == ":" else None
        if colon is None or any(c[0].i == colon.i for c in found):
            continue
        clause = doc[colon.sent.start:colon.i]
        heads = [t for t in clause
                 if not (clause.start <= t.head.i < clause.end) or t.head.i == t.i]
        head = heads[0] if len(heads) == 1 else None
        # (the parser takes "Le maire est formel" for a passive)
        subjects = lex.syntax["subject_deps"] | lex.syntax["passive_subject_deps"]
        subject = next((c for c in head.children if c.dep_ in subjects and c.i < colon.i),
                       None) if head is not None else None
        if subject is None or not _speaks(subject, lex) or subject.pos_ == "PRON" and (
                subject.lower_ not in lex.referring_pronouns):
            continue
        found.append((colon, [subject], "colon", colon.idx + 1))
    return found


def _people_named(word: str, ctx: _Context, labels: frozenset[str]) -> list:
    """The entities of ``labels`` that NER finds in the first few sentences of the text that
    hold ``word`` (labelling them now if it had not read them)."""
    return [e for n in sentences_with(normalise_key(word), ctx)[:_SURNAME_SENTENCES]
            for e in ctx.parsed.entities_of(ctx.parsed.sentences[n]) if e.label in labels]


def _transcript_label(label: str, text: str) -> bool:
    """A transcript's speaker label: words in capitals ("JAKE TAPPER", "TAPPER") that open
    two lines or more of the text before a colon, as each turn of an interview does, the
    first turn often with the full name and the next ones with the surname alone ("KATE
    BOULDUAN:" then "BOULDUAN:"; NER misses names in capitals; a one-off "EDITOR'S NOTE:" is
    no speaker)."""
    if not label.isupper() or not all(word.isalpha() and len(word) > 1 for word in label.split()):
        return False
    surname = re.escape(label.split()[-1])
    return len(re.findall(r"(?:^|\n)\s*(?:[A-Z][A-Z'.-]* +){0,3}" + surname + r"\s*:",
                          text)) > 1
