"""ArticleFeatures follows scikit-learn's conventions and never pickles a spaCy pipeline."""

import math
import pickle

import numpy as np
import pytest
from sklearn.base import clone

from training.features import FEATURE_NAMES, ArticleFeatures, InputError, UnsupportedLanguageError

DOCS = [
    "Selon le ministère de l'Intérieur, la manifestation aurait rassemblé 2 000 personnes "
    "dans le centre de Rennes samedi. La préfecture a précisé que trois personnes avaient été "
    "interpellées et que les commerces rouvriraient lundi matin.",
    {"title": "Short", "text": "Trop court."},
    {"html": "<p>According to Mayor Ellen Park, the library will reopen on Monday after "
             "repairs that reportedly cost the city more than two million dollars, she said in "
             "a statement on Friday evening.</p>", "language": "en"},
]


def test_params_and_clone():
    est = ArticleFeatures(language="fr", min_words=10)
    assert est.get_params() == {"language": "fr", "min_words": 10}
    assert clone(est).get_params() == est.get_params()


def test_fit_returns_self_and_is_stateless():
    est = ArticleFeatures()
    assert est.fit(DOCS) is est
    assert list(est.get_feature_names_out()) == list(FEATURE_NAMES)


def test_transform_shape_order_and_nan_for_short_texts():
    X = ArticleFeatures().fit_transform(DOCS)
    assert X.shape == (3, len(FEATURE_NAMES))
    assert X.dtype == float
    short = dict(zip(FEATURE_NAMES, X[1], strict=True))
    assert all(math.isnan(v) for k, v in short.items() if k != "log_words")
    assert X[0, FEATURE_NAMES.index("named_sources")] == 2
    assert X[2, FEATURE_NAMES.index("named_sources")] == 1


def test_values_and_evidence_come_from_one_computation():
    est = ArticleFeatures()
    analyses = est.analyse(DOCS)
    X = est.transform(DOCS)
    np.testing.assert_array_equal(np.array([a.row() for a in analyses]), X)


def test_pickle_holds_no_pipeline():
    est = ArticleFeatures(language="fr").fit(DOCS)
    est.transform(DOCS[:1])  # loads the pipeline in this process
    blob = pickle.dumps(est)
    assert len(blob) < 2000
    again = pickle.loads(blob)
    np.testing.assert_array_equal(again.transform(DOCS[:1]), est.transform(DOCS[:1]))


def test_single_document_is_rejected():
    with pytest.raises(InputError):
        ArticleFeatures().transform("un seul texte")


def test_unsupported_language_names_what_was_detected():
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        ArticleFeatures().transform(
            ["Der Bürgermeister hat am Dienstag erklärt, dass die Brücke gesperrt bleibt."]
        )


def test_sklearn_tags():
    tags = ArticleFeatures().__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array
    assert not tags.requires_fit
