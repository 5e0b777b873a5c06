"""Language detection on py3langid's model in compact form (memory-mapped from a cache folder,
or in memory): the same decisions, probabilities and rankings as the stock identifier."""

import json

import pytest

from training.corpus import sha256_file
from training.features import language
from training.features.errors import UnsupportedLanguageError

# Invented sentences, a few per language, short and long, plus edge cases.
TEXTS = [
    "La mairie de Vernac-sur-Loire a confirmé mardi la fermeture de la piscine municipale.",
    "« Nous ne pouvons pas garantir la sécurité », a déclaré la directrice, selon l'AFP.",
    "The city council of Harbor City voted on Tuesday to close the old water plant.",
    "\"Nobody told us anything,\" said a resident who asked not to be named.",
    "El ayuntamiento anunció el martes el cierre de la piscina municipal del barrio.",
    "Der Stadtrat hat am Dienstag beschlossen, das alte Wasserwerk zu schließen.",
    "Il consiglio comunale ha deciso martedì di chiudere la vecchia piscina.",
    "De gemeenteraad besloot dinsdag het oude zwembad te sluiten.",
    "A câmara municipal decidiu na terça-feira fechar a piscina antiga.",
    "Городской совет во вторник решил закрыть старый бассейн.",
    "市议会周二决定关闭旧游泳池。",
    "Rada miasta zdecydowała we wtorek o zamknięciu starego basenu.",
    "Kaupunginvaltuusto päätti tiistaina sulkea vanhan uimahallin.",
    "BREAKING: THE MAYOR RESIGNS AFTER THE WATER SCANDAL IN HARBOR CITY",
    "Le maire démissionne. The mayor resigns. El alcalde dimite.",
    "ok",
    "",
    "12345 678 90",
    "https://www.vernac-sur-loire.fr/actualites?id=42",
    "Zažloutlý kůň úpěl ďábelské ódy.",
    "Ως εκ τούτου, το δημοτικό συμβούλιο αποφάσισε.",
    "Vernac " * 400,
    b"Texte en octets, encod\xc3\xa9 en UTF-8, tronqu\xc3",
]


@pytest.fixture(scope="module")
def stock():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module", params=["memory-mapped", "in memory"])
def compact(request, tmp_path_factory):
    if request.param == "in memory":
        return language.compact_identifier(None)
    cache = tmp_path_factory.mktemp("cache")
    language.compact_identifier(cache)  # fills the cache
    identifier = language.compact_identifier(cache)  # reads it
    assert len(list(cache.glob("py3langid-*/ptc.npy"))) == 1
    return identifier


def _corpus_texts(data_dir):
    texts = []
    for path in sorted((data_dir / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("text") or record.get("html"))
    return texts


def test_same_decisions_and_rankings_as_stock_py3langid(stock, compact, data_dir):
    for text in TEXTS + [t[:5000] for t in _corpus_texts(data_dir)]:
        assert compact.classify(text) == stock.classify(text)
        assert compact.rank(text) == stock.rank(text)  # codes, order and probabilities


def test_compact_model_holds_the_same_numbers(stock, compact):
    import numpy as np

    assert compact.nb_classes == stock.nb_classes
    assert compact.nb_ptc.dtype == stock.nb_ptc.dtype and np.array_equal(compact.nb_ptc,
                                                                          stock.nb_ptc)
    assert np.array_equal(compact.nb_pc, stock.nb_pc) and compact.nb_pc.dtype == stock.nb_pc.dtype
    assert compact.tk_nextmove.tolist() == stock.tk_nextmove.tolist()
    assert compact.tk_output.tolist() == list(stock.tk_output)
    assert compact._rowbase.tolist() == list(stock._rowbase)


def test_a_damaged_cache_is_rebuilt(tmp_path, stock):
    language.compact_identifier(tmp_path)
    (ptc,) = tmp_path.glob("py3langid-*/ptc.npy")
    with ptc.open("r+b") as handle:
        handle.seek(-8, 2)
        handle.write(b"\0" * 8)
    assert language._read_cache(ptc.parent, sha256_file(language._model_file())) is None
    identifier = language.compact_identifier(tmp_path)
    assert identifier.rank(TEXTS[0]) == stock.rank(TEXTS[0])
    assert language._read_cache(ptc.parent, sha256_file(language._model_file()))


def test_cache_folder_setting(monkeypatch, tmp_path):
    monkeypatch.setenv(language.CACHE_ENV, "off")
    assert language.cache_dir() is None
    monkeypatch.setenv(language.CACHE_ENV, str(tmp_path))
    assert language.cache_dir() == tmp_path
    monkeypatch.delenv(language.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert language.cache_dir() == tmp_path / "source-credibility"


def test_unwritable_cache_falls_back_to_memory(tmp_path, stock):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    identifier = language.compact_identifier(blocker / "cache")
    assert identifier.classify(TEXTS[2]) == stock.classify(TEXTS[2])


def _stock_detect(stock, text):
    """detect_language as it was, on the stock identifier."""
    if sum(ch.isalpha() for ch in text) < 12:
        raise UnsupportedLanguageError("unknown (text too short to identify)", ("fr", "en"))
    code, _ = stock.classify(text[:5000])
    if code not in ("fr", "en"):
        ranked = stock.rank(text[:5000])
        best = dict(ranked)
        top = ranked[0][1]
        for supported in ("fr", "en"):
            if best.get(supported, 0.0) >= 0.5 * top and top < 0.9:
                return supported
        raise UnsupportedLanguageError(code, ("fr", "en"))
    return code


def _outcome(function, text):
    try:
        return function(text)
    except UnsupportedLanguageError as exc:
        return f"error: {exc}"


def test_detect_language_unchanged(stock, data_dir):
    texts = [t for t in TEXTS if isinstance(t, str)] + _corpus_texts(data_dir)
    for text in texts:
        assert _outcome(language.detect_language, text) == _outcome(
            lambda t: _stock_detect(stock, t), text)
    corpus = {}
    for path in sorted((data_dir / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                corpus.setdefault(record["language"], []).append(record["text"]
                                                                 if record.get("text") else None)
    for code, records in corpus.items():
        for text in records:
            if text is not None:
                assert language.detect_language(text) == code
