"""Noun cues: a statement noun that cites its possessor ("Trump's claim that")."""

from __future__ import annotations

from ..lexicon import Lexicon
from .quotes import _opens_quote


def _possessive_statement_cues(doc, lex: Lexicon) -> list:
    """"Trump's claim that ...", "the senator's call for an inquiry", "his warning that":
    a noun of statement_nouns with a possessive cites the possessor (English)."""
    if not lex.statement_nouns:
        return []
    return [(token, [child], "noun", token.idx + len(token.text))
            for token in doc if token.pos_ == "NOUN" and token.lower_ in lex.statement_nouns
            and _stated_content(token, lex)
            for child in token.children if child.dep_ == "poss"]


def _stated_content(noun, lex: Lexicon) -> bool:
    """What the statement noun says follows it: a "that" clause ("claim that"), a demand
    ("call for", light_verb_objects), a colon or a quote; "his comments", "Trump's remarks"
    alone only refer to what was said."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if nxt is not None and (nxt.text == ":" or _opens_quote(nxt) or (
            nxt.lower_ in lex.light_verb_objects and nxt.head.i == noun.i)):
        return True
    return any(child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
        grand.lower_ in lex.words.complement_marks and grand.dep_ == "mark"
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
