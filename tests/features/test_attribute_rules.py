"""The compiled attribute ruler gives exactly what spaCy's component gives."""

import json
from pathlib import Path

import pytest

from training.features.attribute_rules import compile_rules
from training.features.nlp import attribute_rules, load_pipeline

ROOT = Path(__file__).resolve().parents[2]
ATTRS = ("pos_", "tag_", "morph", "lemma_", "dep_")


def _texts() -> list[str]:
    texts = [(ROOT / "benchmarks" / "articles" / "en.txt").read_text(encoding="utf-8")]
    with open(ROOT / "data" / "corpus" / "en.jsonl", encoding="utf-8") as lines:
        texts += [json.loads(line).get("text") or "" for line in lines]
    texts.append("Y'all gonna get it? There is a cat. I ain't doin' nothin'.  \n It's him, not I.")
    return [t for t in texts if t]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en_core_web_sm")


def _tokens(doc):
    return [tuple(str(getattr(token, a)) for a in ATTRS) for token in doc]


@pytest.mark.parametrize("parsed", [False, True], ids=["tagged", "parsed"])
def test_same_attributes_as_spacy_component(nlp, parsed):
    rules = compile_rules(nlp.get_pipe("attribute_ruler"))
    assert rules is not None
    steps = ["tok2vec", "tagger"] + (["parser"] if parsed else [])
    changed = 0
    for text in _texts():
        ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
        for name in steps:
            ours, theirs = nlp.get_pipe(name)(ours), nlp.get_pipe(name)(theirs)
        before = _tokens(ours)
        ours, theirs = rules(ours), nlp.get_pipe("attribute_ruler")(theirs)
        assert _tokens(ours) == _tokens(theirs)
        changed += _tokens(ours) != before
    assert changed == len(_texts())  # the ruler did set something on every text


def test_pattern_outside_the_supported_language_falls_back(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is None


def test_french_uses_its_morphologizer():
    assert attribute_rules("fr_core_news_sm") is None
