"""Property tests: any Unicode input is handled, every span slices its own text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from training.features import InputError, analyse_document

from .helpers import check_slices

WORDS = st.sampled_from(
    ["selon", "Marie", "Dupont", "a", "déclaré", "aurait", "«", "»", "—", "dément", ",", ".",
     "\n", "© AFP", "il", "n'a pas répondu", "said", "reportedly", "\u00a0", "Le Monde"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    try:
        analysis = analyse_document({"text": text}, language="fr", min_words=0)
    except InputError:
        return
    check_slices(analysis)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80).map(" ".join), st.sampled_from(["fr", "en"]))
def test_news_like_token_soup(text, language):
    try:
        analysis = analyse_document({"text": text, "title": text[:40]}, language=language,
                                    min_words=0)
    except InputError:
        return
    check_slices(analysis)
    for item in analysis.evidence:
        assert 0 <= item.start <= item.end


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_html(html):
    try:
        analysis = analyse_document({"html": html}, language="fr", min_words=0)
    except InputError:
        return
    check_slices(analysis)
