"""Noun cues: a statement noun that cites its possessor ("Trump's claim that") or its speaker
after a preposition ("claims by the agency that")."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import is_proper
from .noun_phrases import _is_time, _speaks
from .quotes import _opens_quote


def _possessive_statement_cues(doc, lex: Lexicon) -> list:
    """"Trump's claim that ...", "the senator's call for an inquiry", "his warning that":
    a noun of statement_nouns with a possessive cites the possessor (English). So does one
    with its speaker after a preposition of statement_source_prepositions ("criticism from
    rivals that", "complaints from the union", "claims by the agency that"): one who speaks
    by its head word (_speaks), not "a call from the office", "claims from 2015"."""
    if not lex.statement_nouns:
        return []
    cues = [(token, [child], "noun", token.idx + len(token.text))
            for token in doc if token.pos_ == "NOUN" and token.lower_ in lex.statement_nouns
            and (_stated_content(token, lex) or _topic_after(token, lex))
            for child in token.children if child.dep_ == "poss" or _name_before(child, token, lex)]
    return cues + [(token, [source], "noun", token.idx + len(token.text))
                   for token in doc if token.pos_ == "NOUN"
                   and token.lower_ in lex.statement_nouns
                   for source in _source_after(token, lex)]


def _name_before(child, noun, lex: Lexicon) -> bool:
    """A name set before the statement noun as its modifier, which the noun cites as a
    possessor: "the Sanders claim that", "renewed Republican calls for an inquiry", "the
    White House statement that" (the last word of the name; not a date, "the Monday
    statement")."""
    return child.i == noun.i - 1 and child.dep_ in ("compound", "amod") and is_proper(child) and (
        not _is_time(child, lex))


def _topic_after(noun, lex: Lexicon) -> bool:
    """What the statement was about after it, with a preposition of statement_topic_prepositions
    ("her criticism of the plan", "his comments on the strike"): speech on a subject, as
    "criticized the plan" is. Not a call (light_verb_forms: "his call of duty")."""
    return noun.lower_ not in lex.light_verb_forms and any(
        child.dep_ == "prep" and child.i == noun.i + 1
        and child.lower_ in lex.statement_topic_prepositions for child in noun.children)


def _source_after(noun, lex: Lexicon) -> list:
    """The speaker after the statement noun's preposition (statement_source_prepositions),
    its first complement or, as the parser often hangs it, the verb's right after the noun
    ("drew criticism from X"); [] when there is none or it is no one. A call
    (light_verb_forms) is a statement only with its demand: "a call from the hospital"."""
    preposition = next((child for child in noun.children if child.i > noun.i
                        and child.dep_ == "prep"), None)
    if preposition is None and noun.dep_ in lex.syntax.get("object_deps", ()) and (
            noun.i + 1 < noun.sent.end):
        after = noun.doc[noun.i + 1]
        preposition = after if after.head.i == noun.head.i and after.dep_ == "prep" else None
    if preposition is None or preposition.lower_ not in lex.statement_source_prepositions or (
            noun.lower_ in lex.light_verb_forms and not _stated_content(noun, lex)):
        return []
    return [child for child in preposition.children
            if child.dep_ == "pobj" and _speaks(child, lex)]


def _stated_content(noun, lex: Lexicon) -> bool:
    """What the statement noun says follows it: a "that" clause ("claim that"), an infinitive
    ("his promise to build a wall", "Lee's claim to be the front-runner"), a demand ("call
    for", light_verb_objects), a colon or a quote; "his comments", "Trump's remarks" alone,
    or "his remarks to reporters" (a preposition), only refer to what was said."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if nxt is not None and (nxt.text == ":" or _opens_quote(nxt) or (
            nxt.lower_ in lex.light_verb_objects and nxt.head.i == noun.i)):
        return True
    return any(child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
        grand.lower_ in lex.words.complement_marks and grand.dep_ == "mark"
        or child.dep_ == "acl" and grand.i == child.i - 1 and grand.dep_ == "aux"
        and grand.lower_ in lex.words.infinitive_particles
        for grand in child.children)
        for child in noun.children)


def _possessive_view_cues(doc, lex: Lexicon) -> list:
    """"In Bolton's view, the policy failed", "in his words", "which, in their opinion, is
    lost": a noun of view_nouns with a possessive, the object of a preposition of
    view_prepositions, frames what the sentence says as the possessor's view or words
    (English); not "his view of the lake", "a view from the hill" (no framing preposition)."""
    if not lex.view_nouns:
        return []
    return [(token.head, [child], "preposition", token.idx + len(token.text))
            for token in doc if token.pos_ == "NOUN" and token.lower_ in lex.view_nouns
            and token.dep_ == "pobj" and token.head.lower_ in lex.view_prepositions
            and token.head.i < token.i and _frames(token.head, token)
            for child in token.children if child.dep_ == "poss" and not any(
                person in child.morph.get("Person") for person in ("1", "2"))
            and child.right_edge.i + 1 == token.i]
            # ("in my view", "in our opinion": the writer's, no one cited)


def _frames(preposition, noun) -> bool:
    """The view phrase stands apart from the words before it and has no complement: not
    "believed in her judgment" (the verb's own preposition, right after it), "less positive in
    his estimation of the market", "saw it in his blank stare and robotic words"."""
    return preposition.head.i != preposition.i - 1 and not any(
        child.i > noun.i and child.dep_ in ("prep", "conj", "cc") for child in noun.children)
