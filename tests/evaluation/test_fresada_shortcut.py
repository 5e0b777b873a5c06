"""The crude counts behind ../shared/eval's "about 0.93" (training/evaluation/fresada_shortcut)."""

from __future__ import annotations

import math

from training.evaluation.fresada_shortcut import crude_counts, main


def test_crude_counts_of_an_invented_paragraph():
    counts = crude_counts(
        "Selon le maire, la digue aurait cédé. « Nous savions », a-t-il dit. "
        "Le préfet a déclaré que 3 sources l'avaient prévenu \"hier\"."
    )
    assert counts["selon"] == 1
    assert counts["incise"] == 1
    assert counts["reporting_verb"] == 1
    assert counts["conditional"] == 1  # "aurait"; "avaient" has no -r- before the ending
    assert counts["guillemets"] == 2 and counts["straight_quotes"] == 2
    assert counts["source_word"] == 1 and counts["digits"] == 1
    assert counts["log_words"] == math.log(23)  # whitespace-separated words, « and » included


def test_without_the_shared_corpora_it_says_so(tmp_path, capsys):
    assert main(["--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
