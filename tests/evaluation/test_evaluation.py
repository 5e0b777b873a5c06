"""The evaluation harness: its own logic on tiny inline examples (fast), and the floors on
../shared/eval (slow, ``make eval`` or ``pytest -m slow``; skipped when ../shared is absent)."""

from __future__ import annotations

import json
import math

import pytest

from training.evaluation import PRF, Floor, Table, match_spans, overlaps, ratio
from training.evaluation.__main__ import main
from training.evaluation.attribution_fr import (
    detokenise,
    map_span,
    precision_sample,
    speaker_matches,
)
from training.evaluation.conditional_fr import NAIVE, gold_spans, token_offsets
from training.evaluation.hedges_en import score
from training.evaluation.polnear_en import silver_class, source_hit

# --------------------------------------------------------------------------- fast: harness logic


def _tok(i: int, form: str, feats: str = "_") -> dict:
    return {"id": i, "form": form, "feats": feats}


def test_overlap_is_half_open():
    assert overlaps(0, 5, 4, 8)
    assert not overlaps(0, 5, 5, 8)  # touching spans share no character
    assert overlaps(3, 4, 0, 10)


def test_prf_arithmetic():
    prf = PRF(tp_pred=3, n_pred=4, tp_gold=3, n_gold=6)
    assert prf.precision == 0.75
    assert prf.recall == 0.5
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert prf.add(PRF(1, 1, 1, 2)).to_dict()["n_gold"] == 8


def test_prf_empty_sides_are_nan_not_zero():
    assert math.isnan(PRF(0, 0, 0, 5).precision)
    assert math.isnan(PRF(0, 0, 0, 5).f1)
    assert PRF(0, 3, 0, 5).f1 == 0.0
    assert math.isnan(ratio(1, 0))


def test_match_spans_counts_each_side_once():
    # One long prediction covering two gold cues: 1/1 predictions right, 2/2 gold found.
    prf = match_spans([(0, 10)], [(1, 3), (5, 7)])
    assert (prf.tp_pred, prf.n_pred, prf.tp_gold, prf.n_gold) == (1, 1, 2, 2)
    prf = match_spans([(0, 2), (20, 25)], [(1, 3), (5, 7)])
    assert (prf.tp_pred, prf.tp_gold) == (1, 1)


def test_ud_offsets_walk_the_text_with_a_multiword_token():
    # "Il parlerait du projet ." : du = de + le (ids 3-4), one surface span for both words.
    sentence = {
        "text": "Il parlerait du projet.",
        "tokens": [_tok(1, "Il"), _tok(2, "parlerait", "Mood=Cnd|VerbForm=Fin"), _tok(3, "de"),
                   _tok(4, "le"), _tok(5, "projet"), _tok(6, ".")],
        "mwt": [{"id": "3-4", "form": "du"}],
    }
    spans = [(s, e, [w["form"] for w in words]) for s, e, words in token_offsets(sentence)]
    assert spans == [(0, 2, ["Il"]), (3, 12, ["parlerait"]), (13, 15, ["de", "le"]),
                     (16, 22, ["projet"]), (22, 23, ["."])]
    assert gold_spans(sentence) == [(3, 12)]


def test_ud_gold_inside_a_multiword_token_gets_the_surface_span():
    sentence = {
        "text": "Aurait-il",
        "tokens": [_tok(1, "Aurait", "Mood=Cnd"), _tok(2, "-il")],
        "mwt": [],
    }
    assert gold_spans(sentence) == [(0, 6)]
    contracted = {"text": "xy", "tokens": [_tok(1, "a", "Mood=Cnd"), _tok(2, "b")],
                  "mwt": [{"id": "1-2", "form": "xy"}]}
    assert gold_spans(contracted) == [(0, 2)]


def test_ud_offsets_skip_a_form_missing_from_the_text():
    sentence = {"text": "A B", "tokens": [_tok(1, "A"), _tok(2, "Z"), _tok(3, "B")], "mwt": []}
    assert [(s, e) for s, e, _ in token_offsets(sentence)] == [(0, 1), (2, 3)]


def test_naive_regex_catches_imperfect_lookalikes():
    text = "Il déclarerait, il espérait, le portrait, ils iraient, il déclarait"
    found = [m.group() for m in NAIVE.finditer(text)]
    assert found == ["déclarerait", "espérait", "portrait", "iraient", "déclarait"]


def test_detokenise_and_map_gold_spans():
    tokenised = "Celui - ci l' a dit , d' après M. X : \" c' est faux \" , a -t-il ajouté ."
    text, mapping = detokenise(tokenised)
    assert text == "Celui-ci l'a dit, d'après M. X : \"c'est faux\", a-t-il ajouté."
    for start, end in [(0, 10), (21, 29), (34, 35), (62, 67)]:
        mapped = map_span(mapping, start, end)
        assert text[slice(*mapped)].replace(" ", "") == tokenised[start:end].replace(" ", "")


def test_detokenise_keeps_a_dash_before_a_clause():
    text, _ = detokenise("M. Dumas - dont les propos étaient cités - a dit , en 1988 - n' avaient")
    assert text == "M. Dumas - dont les propos étaient cités - a dit, en 1988 - n'avaient"
    text, _ = detokenise("les Etats - Unis , celui - ci , peut - être , soit - il")
    assert text == "les Etats-Unis, celui-ci, peut-être, soit-il"


def test_detokenise_numbers_and_underscores():
    text, mapping = detokenise("3 , 5 % ( soit 260_000 francs )")
    assert text == "3,5 % (soit 260 000 francs)"
    assert text[slice(*map_span(mapping, 15, 22))] == "260 000"


def test_relative_pronoun_speaker_counts_its_antecedent():
    text = "M. Dupont, qui a affirmé que"
    qui = (11, 14)
    assert speaker_matches((0, 9), qui, text, "qui")
    assert not speaker_matches((0, 9), qui, text, "qui", strict=True)
    assert not speaker_matches((0, 2), qui, "M. autre mot qui", "qui")
    assert speaker_matches((11, 14), qui, text, "qui", strict=True)
    assert not speaker_matches(None, qui, text, "qui")
    assert source_hit((0, 9), [[11, 14]], text.replace("qui", "who"), "who")


def test_precision_sample_is_fixed_and_stable_under_extractor_changes():
    items = [{"sentence_id": str(i), "cue_start": 0, "cue_end": 3} for i in range(200)]
    sample = precision_sample(items, size=10)
    assert len(sample) == 10 and sample == precision_sample(list(reversed(items)), size=10)
    # An attribution that disappears (or appears) outside the sample leaves the sample alone.
    outside = [item for item in items if item not in sample]
    assert precision_sample([i for i in items if i is not outside[0]], size=10) == sample


def test_hedge_score_ignores_condition_cues_unless_strict():
    gold, ignored = [(0, 3)], [(10, 12)]
    lenient, strict = score([(0, 3), (10, 12)], gold, ignored)
    assert (lenient.tp_pred, lenient.n_pred) == (1, 1)
    assert (strict.tp_pred, strict.n_pred) == (1, 2)


def test_silver_typing_mapping():
    def src(text, ner, pos):
        return {"text": text, "silver_corenlp": {"ner": ner, "pos": pos}}

    assert silver_class(src("Donald Trump", ["PERSON", "PERSON"], ["NNP", "NNP"])) == "named"
    assert silver_class(src("the Pentagon", ["O", "ORGANIZATION"], ["DT", "NNP"])) == "named"
    assert silver_class(src("senior officials", ["O", "O"], ["JJ", "NNS"])) == "anonymous"
    assert silver_class(src("he", ["O"], ["PRP"])) == "pronoun"
    assert silver_class(src("who", ["O"], ["WP"])) == "pronoun"
    assert silver_class(src("the poll", ["O", "O"], ["DT", "NN"])) == "other"
    assert silver_class({"text": "x", "silver_corenlp": None}) is None


def test_result_repr_stays_short():
    from training.evaluation import Result

    result = Result("x", floors=[Floor("f", 0.5, 0.9)], details={"errors": ["corpus text" * 50]})
    assert repr(result) == "Result('x', floors: f=0.500)"


def test_floor_and_table_render():
    assert Floor("x", 0.95, 0.95).passed
    assert not Floor("x", float("nan"), 0.1).passed
    rendered = Table("T", ["a", "b"], [["row", 0.5], ["n/a", float("nan")]]).render()
    assert "0.500" in rendered and "n/a" in rendered


def test_runner_skips_cleanly_without_shared(tmp_path, capsys):
    assert main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_reports_carry_the_fingerprint_models_record(shared_dir, tmp_path):
    import json

    from training.features import features_fingerprint

    assert main(["--only", "seed", "--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    for name in ("seed.json", "summary.json"):
        report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert report["features_sha256"] == features_fingerprint()


def test_runner_rejects_unknown_evaluations():
    with pytest.raises(SystemExit):
        main(["--only", "nonsense"])


# --------------------------------------------------------------------------- slow: the floors


def _run(name: str, shared_dir, tmp_path):
    import importlib

    from training.evaluation import EVALUATIONS

    module = importlib.import_module(f"training.evaluation.{EVALUATIONS[name]}")
    if not (shared_dir / "eval").is_dir():
        pytest.skip("../shared/eval is absent")
    return module.run(shared_dir, limit=None, out=tmp_path)


def _assert_floors(result) -> None:
    failed = [f"{f.name}: {f.value:.3f} < {f.at_least}" for f in result.floors if not f.passed]
    assert not failed, failed


@pytest.mark.slow
@pytest.mark.parametrize("name", ["conditional", "attribution", "denial", "hedges", "polnear",
                                  "seed"])
def test_floor(name, shared_dir, tmp_path):
    result = _run(name, shared_dir, tmp_path)
    json.dumps(result.to_dict(), default=str)  # the report is serialisable
    _assert_floors(result)
