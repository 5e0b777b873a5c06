"""The command line: JSON lines out, one-line errors with exit status 2."""

import json
import subprocess
import sys


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "training", *args], capture_output=True,
                          text=True, input=stdin, timeout=120)


def test_analyze_files_and_html(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>Selon la préfecture, la route serait coupée jusqu'à lundi.</p>",
                    encoding="utf-8")
    result = run("analyze", "--language", "fr", "--html", str(page))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["language"] == "fr"
    assert record["text"].startswith("Selon la préfecture")
    for item in record["evidence"]:
        assert record["text"][item["start"] : item["end"]] == item["text"]


def test_analyze_jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The mayor said the road would reopen on Monday."}) + "\n"
        + json.dumps({"id": "b", "html": "<p>Le maire a démenti.</p>", "language": "fr"})
        + "\n",
        encoding="utf-8",
    )
    result = run("analyze", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["language"] == "en" and "text" not in records[0]


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok ok"}\n{not json\n', encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    no_words = tmp_path / "emoji.txt"
    no_words.write_text("\ufeff😀😀😀 !!!", encoding="utf-8")
    cases = [
        ("analyze", "--jsonl", str(bad)),
        ("analyze", str(tmp_path / "missing.txt")),
        ("analyze", str(latin)),
        ("analyze", str(empty)),
        ("analyze", str(no_words)),
        ("analyze", "--language", "fr", str(no_words)),
        ("analyze",),
        ("nonsense",),
    ]
    for args in cases:
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr


def _test_models(tmp_path):
    from tests.service.conftest import write_models

    return write_models(tmp_path / "models", ("fr",))


def _team_rows(language: str, n: int = 4) -> str:
    rows = [{"id": f"a{i}", "language": language, "text": "Selon le maire, la route serait "
             "coupée jusqu'à lundi, a-t-il déclaré devant le conseil municipal réuni en séance.",
             "label": i % 2, "group": f"g{i}"} for i in range(n)]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def test_evaluate_refuses_a_corpus_in_another_language(tmp_path):
    models = _test_models(tmp_path)
    corpus = tmp_path / "en.jsonl"
    corpus.write_text(_team_rows("en"), encoding="utf-8")
    result = run("evaluate", "--model", str(models / "credibility-fr" / "0.0.1-test"),
                 "--corpus", str(corpus), "--no-baseline", "--quiet")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (f"error: {corpus}: line 1: corpus 'en' has articles in en: "
                             "the model is for 'fr'\n")


def test_evaluate_a_model_file_that_is_not_joblib_says_so_in_one_line(tmp_path):
    from training.corpus import sha256_file

    folder = _test_models(tmp_path) / "credibility-fr" / "0.0.1-test"
    (folder / "model.joblib").write_bytes(b"n" * 200)
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["model_sha256"] = sha256_file(folder / "model.joblib")
    (folder / "metadata.json").write_text(json.dumps(metadata))
    corpus = tmp_path / "fr.jsonl"
    corpus.write_text(_team_rows("fr"), encoding="utf-8")
    result = run("evaluate", "--model", str(folder), "--corpus", str(corpus), "--no-baseline",
                 "--quiet")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(
        "error: model.joblib cannot be read as a scikit-learn pipeline: ")


def test_analyze_checks_every_line_before_printing_anything(tmp_path):
    path = tmp_path / "in.jsonl"
    good = {"id": "a", "text": "The mayor said the road would reopen on Monday."}
    path.write_text(
        json.dumps(good) + "\n\n" + json.dumps({"id": "b", "text": "x", "html": "<p>y</p>"})
        + "\n", encoding="utf-8",
    )
    result = run("analyze", "--jsonl", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (f"error: {path}: line 3: document b: give exactly one of 'text' "
                             "or 'html'\n")


def test_a_lone_surrogate_is_a_one_line_error(tmp_path):
    document = tmp_path / "s.jsonl"
    document.write_text('{"id":"x","text":"Le ministre \\ud800 a dit."}\n', encoding="utf-8")
    result = run("analyze", "--jsonl", str(document))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (f"error: {document}: line 1: 'text' has an unpaired surrogate "
                             "escape (\\ud800-\\udfff), which is not a character\n")
    corpus, stderr = _fit_refused(tmp_path, '{"id":"x","language":"fr","text":"Le \\ud800 a '
                                  'dit.","label":1,"group":"g"}')
    assert stderr == (f"error: {corpus}: line 5: 'text' has an unpaired surrogate escape "
                      "(\\ud800-\\udfff), which is not a character\n")


def _fit_refused(tmp_path, bad_line: str):
    """Four good lines then ``bad_line``: fit must exit 2 and write nothing; returns the corpus
    path and stderr."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_team_rows("fr") + bad_line + "\n", encoding="utf-8")
    models = tmp_path / "models"
    result = run("fit", "--corpus", str(corpus), "--language", "fr", "--name", "m",
                 "--version", "1", "--models-dir", str(models))
    assert result.returncode == 2
    assert not models.exists()
    return corpus, result.stderr


def test_fit_refuses_a_blank_text_and_writes_nothing(tmp_path):
    corpus, stderr = _fit_refused(tmp_path, '{"id":"x","language":"fr","text":"   ","html":'
                                  '"<p>Du texte.</p>","label":1,"group":"g"}')
    assert stderr == f"error: {corpus}: line 5: 'text' is blank\n"


def test_fit_refuses_the_same_corpus_twice(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_team_rows("fr"), encoding="utf-8")
    models = tmp_path / "models"
    result = run("fit", "--corpus", str(corpus), str(corpus), "--language", "fr", "--name", "m",
                 "--version", "1", "--models-dir", str(models))
    assert result.returncode == 2
    assert result.stderr == (f"error: {corpus}: given twice to --corpus (same content as "
                             f"{corpus}): its articles would count twice\n")
    assert not models.exists()


def test_fit_refuses_a_heldout_corpus_that_is_a_training_corpus(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(_team_rows("fr"), encoding="utf-8")
    copy = tmp_path / "copy.jsonl"
    copy.write_text(_team_rows("fr"), encoding="utf-8")
    models = tmp_path / "models"
    result = run("fit", "--corpus", str(corpus), "--heldout", str(copy), "--group-by-corpus",
                 "--language", "fr", "--name", "m", "--version", "1",
                 "--models-dir", str(models))
    assert result.returncode == 2
    assert result.stderr == (f"error: {copy}: given to --heldout and to --corpus (same content "
                             f"as {corpus}): a model is not measured on its training data\n")
    assert not models.exists()
