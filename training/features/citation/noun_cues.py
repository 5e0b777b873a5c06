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
