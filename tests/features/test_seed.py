"""The sample article of ../shared/seeds against its hand annotation."""

import json

import pytest

from training.features import ArticleFeatures

from .helpers import check_slices

SEED = "000_d2e888215345640b"


@pytest.fixture(scope="module")
def seed(shared_dir):
    text = (shared_dir / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seeds" / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    (analysis,) = ArticleFeatures(language="fr").analyse([text])
    return text, gold, analysis


def test_exactly_the_three_named_sources(seed):
    _, _, a = seed
    assert a.values["named_sources"] == 3
    names = {e.source for e in a.evidence_for("named_sources")}
    assert names == {"Wall Street Journal", "Dimitri Peskov", "services de la présidence"}


def test_named_source_evidence_covers_gold_mentions(seed):
    _, gold, a = seed
    ours = [(e.start, e.end) for e in a.evidence_for("named_sources")]
    for source in gold["named_sources"]:
        for mention in source["evidence"]:
            assert any(s < mention["end"] and mention["start"] < e for s, e in ours), mention


def test_anonymous_denial_non_response(seed):
    _, _, a = seed
    assert a.values["anonymous_sources"] >= 1
    assert a.values["denial"] == 1
    assert a.values["non_response"] == 1


def test_exactly_the_thirteen_gold_conditionals(seed):
    _, gold, a = seed
    ours = [(e.start, e.end) for e in a.evidence_for("conditional_density")]
    assert ours == [(c["start"], c["end"]) for c in gold["conditional_mood"]]


def test_photo_credits_never_count(seed):
    _, gold, a = seed
    for credit in gold["not_sources"]["photo credits"]:
        assert not any(
            e.start < credit["end"] and credit["start"] < e.end for e in a.evidence
        ), credit


def test_offsets_slice_the_callers_text(seed):
    text, _, a = seed
    assert a.text == text
    check_slices(a)
