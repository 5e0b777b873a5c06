"""quote_spans visits only the quotation marks: the same spans as a walk over every character."""

from hypothesis import given, settings
from hypothesis import strategies as st

from training.features.citation.quotes import quote_spans

CLOSERS = {"«": "»", "“": "”", "„": "“", '"': '"'}


def walk_every_character(text: str) -> list[tuple[int, int]]:
    """The definition: an opening mark pairs with its closing one ('“' also with a straight
    quote), and a straight quote ends at a line break."""
    spans, start, opener = [], None, None
    for i, ch in enumerate(text):
        if start is None:
            if ch in CLOSERS:
                start, opener = i, ch
        elif ch == CLOSERS[opener] or (opener == "“" and ch == '"') or (
                ch == "\n" and opener == '"'):
            spans.append((start, i + 1))
            start = None
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('«»“”„"\n ab\'’—')), max_size=60))
def test_the_same_spans_as_a_walk_over_every_character(text):
    assert quote_spans(text) == walk_every_character(text)


def test_pairs_marks_and_leaves_an_open_quotation_out():
    # (the straight quote after "encore" opens a quotation that the next one closes)
    text = 'Il a dit « non » puis "oui\nencore" et “fin" et « ouvert'
    assert [text[a:b] for a, b in quote_spans(text)] == ["« non »", '"oui\n', '" et “fin"']
    text = "Elle écrit „Ja“ et “yes\" ici"
    assert [text[a:b] for a, b in quote_spans(text)] == ["„Ja“", '“yes"']
