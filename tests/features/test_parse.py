"""Sentence splitting and the choice of sentences to parse."""

from training.features.lexicon import load_lexicon
from training.features.parse import parse_text

FR = load_lexicon("fr")


def test_paragraph_break_ends_a_sentence_without_a_period():
    parsed = parse_text("Un titre sans point\n\nLe texte commence ici. Puis continue.", FR)
    assert [s.span.text.strip() for s in parsed.sentences] == [
        "Un titre sans point", "Le texte commence ici.", "Puis continue."
    ]


def test_only_sentences_with_a_source_cue_are_parsed():
    parsed = parse_text(
        "Le pont a fermé lundi. Selon la mairie, il rouvrira en mai. Les travaux coûtent cher. "
        "Le maire a déclaré que tout irait bien.",
        FR,
    )
    assert [s.doc is not None for s in parsed.sentences] == [False, True, False, True]
