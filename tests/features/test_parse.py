"""Sentence splitting and the choice of sentences to parse."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from training.features.lexicon import load_lexicon
from training.features.parse import cue_word_starts, parse_text

ROOT = Path(__file__).resolve().parents[2]

FR = load_lexicon("fr")


def test_paragraph_break_ends_a_sentence_without_a_period():
    parsed = parse_text("Un titre sans point\n\nLe texte commence ici. Puis continue.", FR)
    assert [s.span.text.strip() for s in parsed.sentences] == [
        "Un titre sans point", "Le texte commence ici.", "Puis continue."
    ]


def test_only_sentences_with_a_source_cue_are_parsed():
    parsed = parse_text(
        "Le pont a fermé lundi. Selon la mairie, il rouvrira en mai. Les travaux coûtent cher. "
        "Le maire a déclaré que tout irait bien.",
        FR,
    )
    assert [s.doc is not None for s in parsed.sentences] == [False, True, False, True]


def _one_regex(lex) -> re.Pattern:
    """The straightforward scan: one alternation of every cue word, tried at each character.
    Entries of several words ("mis en doute") are left out: a token is one word, so they can
    never open a cue (``Lexicon.is_reporting`` is asked about single tokens)."""
    words = [w for w in lex.reporting_forms | {p[-1] for p in lex.source_prepositions}
             | lex.light_verb_forms | lex.document_verbs | lex.cited_documents
             | lex.statement_nouns if " " not in w]
    stems = [s for s in lex.reporting_stems if " " not in s]
    alternatives = [re.escape(s) + r"[\w'’-]*" for s in sorted(stems, key=len, reverse=True)]
    alternatives += [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])",
                      re.IGNORECASE)


def _texts(code: str) -> list[str]:
    texts = [(ROOT / "benchmarks" / "articles" / f"{code}.txt").read_text(encoding="utf-8")]
    with open(ROOT / "data" / "corpus" / f"{code}.jsonl", encoding="utf-8") as lines:
        texts += [json.loads(line).get("text") or "" for line in lines]
    return texts


@pytest.mark.parametrize("code", ["fr", "en"])
def test_cue_words_are_those_one_regex_of_every_alternative_finds(code):
    lex = load_lexicon(code)
    reference = _one_regex(lex)
    found = 0
    for text in _texts(code):
        expected = [m.start() for m in reference.finditer(text)]
        assert cue_word_starts(text, lex) == expected
        found += len(expected)
    assert found > 100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("selonSELON déclaré-t-il d'après’ Dit dit.,\n")),
               max_size=60))
def test_cue_words_on_any_text(text):
    lex = load_lexicon("fr")
    assert cue_word_starts(text, lex) == [m.start() for m in _one_regex(lex).finditer(text)]


@pytest.mark.parametrize("code", ["fr", "en"])
def test_reporting_test_by_first_letter_is_the_plain_one(code):
    lex = load_lexicon(code)
    words = {w.lower() for text in _texts(code) for w in re.findall(r"[\w'’-]+", text)}
    hits = 0
    for word in words:
        plain = word in lex.reporting_forms or word.startswith(lex.reporting_stems)
        assert lex.is_reporting(word) == plain, word
        hits += plain
    assert hits > 50
