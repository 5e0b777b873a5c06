"""Sentence splitting and the choice of sentences to parse."""

import json
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from training.features import parse
from training.features.attribution import find_attributions
from training.features.intake import read_document
from training.features.lexicon import load_lexicon
from training.features.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]

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


def _texts(code: str) -> list[str]:
    texts = [(ROOT / "benchmarks" / "articles" / f"{code}.txt").read_text(encoding="utf-8")]
    with open(ROOT / "data" / "corpus" / f"{code}.jsonl", encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            texts.append(read_document({k: v for k, v in document.items()
                                        if k in ("text", "html")}).analysed)
    return texts


def _parsed_flags(text: str, lex) -> list[bool]:
    return [s.doc is not None for s in parse_text(text, lex).sentences]


@pytest.mark.parametrize(("text", "expected"), [
    # "de", "après", "par", "pour" open a cue only as the last word of a whole phrase.
    ("Le prix de la baguette a augmenté. Aux dires de Paul Morel, il baissera.", [False, True]),
    ("Il est parti après la pluie. D'après la préfecture, la route est fermée.", [False, True]),
    ("À en croire la presse locale, le chantier reprend. Il faut y croire.", [True, False]),
    ("Le colis a été envoyé par la poste. Le chiffre est cité par Le Monde.", [False, True]),
    # A framing "pour" first in the sentence, not after a comma.
    ("Pour Samia Benali, cheffe de file, c'est un échec. Il part, pour longtemps.",
     [True, False]),
    # A light verb with its object somewhere in the sentence.
    ("Le groupe fait savoir qu'il recrute. Le pain fait du bien.", [True, False]),
    # The second token of an elided word is a candidate too.
    ("« C'est trop tard », s'agace un parent d'élève.", [True]),
])
def test_sentences_parsed_are_those_with_a_possible_cue(text, expected):
    assert _parsed_flags(text, FR) == expected


def test_according_to_only_as_a_whole():
    en = load_lexicon("en")
    assert _parsed_flags("They went to the park. According to the police, it was calm.",
                         en) == [False, True]


def _chosen_and_every_sentence(texts: list[str], lex) -> tuple[list, list]:
    """The attributions (cue, speaker, type, merged key) of each text with the sentences the
    extractor chooses to parse, and with every sentence parsed."""

    def found(text):
        return [(a.cue_start, a.cue_end, a.speaker_start, a.speaker_end, a.type, a.key)
                for a in find_attributions(parse_text(text, lex), lex)]

    chosen = [found(text) for text in texts]
    with mock.patch.object(parse, "cue_sentences",
                           lambda parsed, lex: set(range(len(parsed.sentences)))):
        everything = [found(text) for text in texts]
    return chosen, everything


@pytest.mark.parametrize("code", ["fr", "en"])
def test_parsing_every_sentence_finds_the_same_attributions(code):
    """The choice of sentences only saves parses: parsing all of them gives the same
    attributions on the team corpus and benchmark article."""
    chosen, everything = _chosen_and_every_sentence(_texts(code), load_lexicon(code))
    assert chosen == everything
    assert sum(map(len, chosen)) > 300


# Pieces around the cue words whose context decides ("de" alone or in "aux dires de", "Pour X,"
# first or not, "fait savoir", elisions, signed quotes), put together in any order.
_FRENCH_PIECES = [
    "de", "aux dires de Paul Girard ,", "d'après le maire ,", "D'après Paul Girard ,", "après",
    "selon Paul Girard ,", "pour", "Pour Paul Girard ,", "par", "cité par Le Monde",
    "à en croire le maire ,", "fait savoir que", "fait", "le maire", "Paul Girard", ",",
    "« tout ira bien »", "— Paul Girard , maire", "s'agace Paul Girard", "qu'affirme le maire",
    "a déclaré", "la ville paiera", "aurait", ".", ".", ".", "\n\n",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_FRENCH_PIECES), min_size=3, max_size=25))
def test_the_choice_of_sentences_loses_no_attribution_on_any_word_salad(pieces):
    chosen, everything = _chosen_and_every_sentence([" ".join(pieces)], FR)
    assert chosen == everything


@pytest.mark.parametrize("code", ["fr", "en"])
def test_reporting_test_by_first_letter_is_the_plain_one(code):
    lex = load_lexicon(code)
    words = {w.lower() for text in _texts(code) for w in re.findall(r"[\w'’-]+", text)}
    hits = 0
    for word in words:
        plain = word in lex.reporting_forms or word.startswith(lex.reporting_stems)
        assert lex.is_reporting(word) == plain, word
        hits += plain
    assert hits > 50


def test_a_run_without_sentence_ends_is_cut_after_its_last_punctuation_mark():
    words = ("le conseil a voté la mesure sans débat, puis la séance a continué " * 60).split()
    parsed = parse_text(" ".join(words), FR)
    lengths = [len(s.span) for s in parsed.sentences]
    assert len(lengths) > 1 and max(lengths) <= parse.MAX_SENTENCE_TOKENS
    # every cut but the text's end falls right after a comma
    assert all(s.span[-1].text == "," for s in parsed.sentences[:-1])


def test_short_sentences_are_not_cut():
    text = "Le maire a déclaré que le pont rouvrirait en mai. " * 50
    parsed = parse_text(text, FR)
    assert len(parsed.sentences) == 50


def test_entities_in_finds_what_a_scan_of_all_entities_finds():
    text = (ROOT / "benchmarks" / "articles" / "fr.txt").read_text(encoding="utf-8")
    parsed = parse_text(text, FR)
    for sentence in parsed.sentences:
        parsed.entities_of(sentence)
    assert parsed.entities
    for start in range(0, len(text), 37):
        for width in (1, 15, 120):
            end = start + width
            assert parsed.entities_in(start, end) == [
                e for e in parsed.entities if e.start < end and e.end > start]
