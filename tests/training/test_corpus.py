"""Corpus format: validation errors name the line; loaders map the external corpora."""

from __future__ import annotations

import json

import pytest

from tests.training.helpers import write_jsonl
from training.corpus import (
    EXTERNAL_CORPORA,
    HORNE_GROUP,
    Article,
    CorpusError,
    load_corpus,
    load_fresada,
    load_horne2017,
    load_recovery,
    read_corpus,
    write_corpus,
)

GOOD = {"id": "a1", "language": "fr", "title": "T", "text": "Un texte.", "label": 1,
        "group": "outlet-a"}


def test_read_corpus_round_trip(tmp_path):
    rows = [GOOD, {**GOOD, "id": "a2", "text": None, "html": "<p>Du HTML</p>", "label": 0,
                   "date": "2024-01-02", "source": "https://example.org/x",
                   "annotation": {"ignored": True}}]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    articles = read_corpus(path)
    assert [a.id for a in articles] == ["a1", "a2"]
    assert articles[1].html == "<p>Du HTML</p>" and articles[1].text is None
    assert articles[1].to_document() == {"id": "a2", "language": "fr", "title": "T",
                                         "html": "<p>Du HTML</p>"}
    out = write_corpus(articles, tmp_path / "out.jsonl")
    assert read_corpus(out) == articles


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"id": "x", "language": "fr", "label": 1, "group": "g"}', "no 'text' or 'html'"),
        ('{"id": "x", "language": "fr", "text": "   ", "label": 1, "group": "g"}',
         "no 'text' or 'html'"),
        ('{"id": "x", "language": "fr", "text": "t", "group": "g"}', "missing 'label'"),
        ('{"id": "x", "language": "fr", "text": "t", "label": 2, "group": "g"}', "bad 'label'"),
        ('{"id": "x", "language": "fr", "text": "t", "label": "1", "group": "g"}', "bad 'label'"),
        ('{"id": "x", "language": "fr", "text": "t", "label": true, "group": "g"}', "bad 'label'"),
        ('{"id": "x", "language": "fr", "text": "t", "label": 1.0, "group": "g"}', "bad 'label'"),
        ('{"id": "x", "language": "fr", "text": "t", "label": 1}', "missing 'group'"),
        ('{"id": "x", "text": "t", "label": 1, "group": "g"}', "missing 'language'"),
        ('{"language": "fr", "text": "t", "label": 1, "group": "g"}', "missing 'id'"),
        ('{"id": "a1", "language": "fr", "text": "t", "label": 1, "group": "g"}',
         "duplicate id 'a1' (first on line 1)"),
        ('{"id": "x", "language": "fr", "text": "t", "label": 1, "group": "g"', "bad JSON"),
        ('[1, 2]', "expected a JSON object"),
        ('{"id": "x", "language": "fr", "text": "   ", "html": "<p>Du HTML</p>", "label": 1, '
         '"group": "g"}', "'text' is blank"),
        ('{"id": "x", "language": "fr", "text": "\u200b ", "label": 1, "group": "g"}',
         "'text' is blank"),
        ('{"id": "x", "language": "fr", "html": "<p> </p><br>", "label": 1, "group": "g"}',
         "'html' has no visible text"),
        ('{"id": "x", "language": "fr", "text": "Le ministre \\ud800 a dit.", "label": 1, '
         '"group": "g"}', "'text' has an unpaired surrogate escape"),
        ('{"id": "x", "language": "fr", "text": "a\tb", "label": 1, "group": "g"}',
         "bad JSON: Invalid control character at (line 3, column 41)"),
    ],
)
def test_read_corpus_names_file_and_line(tmp_path, bad, message):
    path = write_jsonl(tmp_path / "c.jsonl", [GOOD, "", bad, GOOD])
    with pytest.raises(CorpusError) as error:
        read_corpus(path)
    # Line 2 is blank (skipped), so the bad line is line 3, 1-based.
    assert str(error.value).startswith(f"{path}: line 3: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_read_corpus_not_utf8_and_empty(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + '{"id": "é"}'.encode("latin-1") + b"\n")
    with pytest.raises(CorpusError, match=r"line 2: not UTF-8"):
        read_corpus(path)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(CorpusError, match="no articles"):
        read_corpus(empty)
    with pytest.raises(CorpusError, match="cannot read"):
        read_corpus(tmp_path / "missing.jsonl")


def test_write_corpus_writes_nothing_on_a_bad_article(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(CorpusError, match=r"article 2: missing 'label'"):
        write_corpus([GOOD, {k: v for k, v in GOOD.items() if k != "label"}], target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either
    target.write_text("previous\n")
    with pytest.raises(CorpusError):
        write_corpus([Article(id="x", language="fr", label=1, group="g", text="t"),
                      {**GOOD, "text": ""}], target)
    assert target.read_text() == "previous\n"


def _fresada(text_id, label, split="train", subsplit=None):
    row = {"dataset": "FreSaDa", "split": split, "rank": 1, "text_id": text_id,
           "title": "Titre", "text": "Texte de l'article.", "label": label,
           "label_raw": 1 if label == "satire" else -1}
    if subsplit:
        row["official_subsplit"] = subsplit
    return row


def test_load_fresada(tmp_path):
    path = write_jsonl(tmp_path / "fresada_validation.jsonl", [
        _fresada("1.txt", "satire", "test", "validation"),
        _fresada("2.txt", "regular", "test", "validation"),
    ])
    a, b = load_fresada(path)
    assert (a.label, b.label) == (0, 1)
    assert a.group == b.group == "fresada-validation"
    assert a.language == "fr" and a.id == "fresada:1.txt"
    train = load_fresada(write_jsonl(tmp_path / "t.jsonl", [_fresada("3.txt", "regular")]))
    assert train[0].group == "fresada-train"  # never the same group as the validation split
    bad = write_jsonl(tmp_path / "bad.jsonl", [_fresada("1.txt", "satire"),
                                               _fresada("2.txt", "parody")])
    with pytest.raises(CorpusError, match=r"bad\.jsonl: line 2: bad FreSaDa label 'parody'"):
        load_fresada(bad)


def test_load_recovery(tmp_path):
    rows = [
        {"publisher": "Politico", "source_path": "dataset/reliable/news-dataset-politico.csv",
         "news_id": "0", "url": "https://p.example/1", "title": "T", "body_text": "Body.",
         "reliability": 1, "publish_date": "2020-05-22"},
        {"publisher": "InfoWars", "source_path": "dataset/unreliable/news-dataset-infowars.csv",
         "news_id": "0", "url": "https://i.example/1", "title": "T", "body_text": "Body.",
         "reliability": 0, "publish_date": ""},
    ]
    a, b = load_recovery(write_jsonl(tmp_path / "r.jsonl", rows))
    assert (a.label, a.group, a.text, a.date, a.source) == (1, "Politico", "Body.", "2020-05-22",
                                                            "https://p.example/1")
    assert (b.label, b.group, b.date) == (0, "InfoWars", None)
    assert a.id != b.id  # news_id restarts per publisher file
    missing = write_jsonl(tmp_path / "m.jsonl", [{**rows[0], "body_text": None}])
    with pytest.raises(CorpusError, match=r"line 1: missing 'body_text'"):
        load_recovery(missing)


def test_load_horne2017_one_group_not_label_groups(tmp_path):
    rows = [
        {"zip_path": "Public Data/Buzzfeed Political News Dataset/Fake/1_Fake.txt",
         "label": "fake", "title": "T", "text": "Fake body."},
        {"zip_path": "Public Data/Buzzfeed Political News Dataset/Real/1_Real.txt",
         "label": "real", "title": "T", "text": "Real body."},
    ]
    fake, real = load_horne2017(write_jsonl(tmp_path / "h.jsonl", rows))
    assert (fake.label, real.label) == (0, 1)
    # The group must not be derived from the label: one group for the whole collection.
    assert fake.group == real.group == HORNE_GROUP


def test_load_corpus_by_path_and_name(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "mine.jsonl", [GOOD])
    corpus = load_corpus(str(path))
    assert corpus.name == "mine" and corpus.licence is None
    assert corpus.record()["rows"] == 1 and len(corpus.record()["sha256"]) == 64

    monkeypatch.setenv("CREDIBILITY_EVAL_DIR", str(tmp_path))
    write_jsonl(tmp_path / "horne2017_buzzfeed.jsonl", [
        {"zip_path": "x/1_Real.txt", "label": "real", "title": "T", "text": "B."}])
    named = load_corpus("horne2017_buzzfeed")
    assert named.name == "horne2017_buzzfeed" and "BSD" in named.licence
    with pytest.raises(CorpusError, match="fresada_train.jsonl not found"):
        load_corpus("fresada_train")
    with pytest.raises(CorpusError, match="no such file, and not one of the known corpora"):
        load_corpus("nonexistent_corpus")


def test_registry_licences():
    assert set(EXTERNAL_CORPORA) >= {"fresada_train", "fresada_validation",
                                     "recovery_public_outlets", "horne2017_buzzfeed"}
    for name in ("fresada_train", "fresada_validation", "recovery_public_outlets"):
        assert "CC BY-NC-SA 4.0" in EXTERNAL_CORPORA[name].licence


def test_external_corpora_load(shared_dir):
    directory = shared_dir / "eval"
    if not (directory / "horne2017_buzzfeed.jsonl").is_file():
        pytest.skip("no external corpora")
    horne = load_corpus("horne2017_buzzfeed", eval_directory=directory)
    assert len(horne.articles) == 101 and {a.label for a in horne.articles} == {0, 1}
    recovery = load_corpus("recovery_public_outlets", eval_directory=directory)
    groups = {a.group for a in recovery.articles}
    assert len(groups) == 29
    # Every outlet has a single label: the label is the outlet's.
    for group in groups:
        assert len({a.label for a in recovery.articles if a.group == group}) == 1


def test_project_corpus_is_valid(data_dir):
    for language in ("fr", "en"):
        path = data_dir / "corpus" / f"{language}.jsonl"
        if not path.is_file():
            continue
        articles = read_corpus(path)
        assert {a.language for a in articles} == {language}
        assert {a.label for a in articles} == {0, 1}


def test_specs_inside_the_repository_are_portable(tmp_path, monkeypatch):
    from training.corpus import ROOT, _portable_spec, resolve_spec

    assert _portable_spec(ROOT / "pyproject.toml") == "pyproject.toml"
    assert _portable_spec(tmp_path / "x.jsonl") == str((tmp_path / "x.jsonl").resolve())
    monkeypatch.chdir(tmp_path)
    assert resolve_spec("pyproject.toml") == str(ROOT / "pyproject.toml")
    assert resolve_spec("fresada_train") == "fresada_train"
    assert resolve_spec("nowhere.jsonl") == "nowhere.jsonl"


def test_the_team_corpus_records_its_licence(tmp_path):
    from training.corpus import ROOT, load_corpus

    for language in ("fr", "en"):
        corpus = load_corpus(ROOT / "data" / "corpus" / f"{language}.jsonl")
        assert corpus.record()["licence"] == "CC BY 4.0"  # data/README.md
    other = write_jsonl(tmp_path / "fr.jsonl", [GOOD])
    assert load_corpus(other).record()["licence"] is None
