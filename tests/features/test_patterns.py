"""PatternSet finds exactly what searching each pattern alone finds, in the same order."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from training.features.lexicon import load_lexicon
from training.features.patterns import PatternSet

ROOT = Path(__file__).resolve().parents[2]
LISTS = ("anonymous_patterns", "denial_patterns", "non_response_patterns", "hedge_patterns")


def naive(patterns: PatternSet, text: str) -> list:
    return [(m.re.pattern, m.span()) for p in patterns for m in p.finditer(text)]


def ours(patterns: PatternSet, text: str) -> list:
    return [(m.re.pattern, m.span()) for m in patterns.finditer(text)]


def _texts(code: str) -> list[str]:
    texts = [(ROOT / "benchmarks" / "articles" / f"{code}.txt").read_text(encoding="utf-8")]
    with open(ROOT / "data" / "corpus" / f"{code}.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            texts.append(row.get("text") or row.get("html") or "")
    return texts


@pytest.mark.parametrize("code", ["fr", "en"])
def test_same_matches_as_each_pattern_alone(code):
    lex = load_lexicon(code)
    found = 0
    for text in _texts(code):
        for name in LISTS:
            expected = naive(getattr(lex, name), text)
            assert ours(getattr(lex, name), text) == expected
            found += len(expected)
    assert found > 50


def test_overlapping_matches_of_one_pattern_resume_after_the_previous():
    patterns = PatternSet([r"\bnie nie\b", r"\bnie\b"])
    text = "Il nie nie nie, NIE."
    assert ours(patterns, text) == naive(patterns, text)
    assert len(ours(patterns, text)) == 5


def test_patterns_outside_the_fast_path_are_searched_alone():
    patterns = PatternSet([r"[\w ]{0,10} qui a requis", r"\b(?:x)?", r"\b(\w+) \1\b"])
    assert patterns._fast == []
    text = "un fonctionnaire qui a requis l'anonymat, le le chat"
    assert ours(patterns, text) == naive(patterns, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("niedément démenti DÉNIE-'’ ,.\nİ")), max_size=80))
def test_any_text(text):
    lex = load_lexicon("fr")
    for name in LISTS:
        assert ours(getattr(lex, name), text) == naive(getattr(lex, name), text)
