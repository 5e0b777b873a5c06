"""A third language is a lexicon: the rules run on one built here, with no change to the code.

The lexicon is English's data under a made-up code (parsed by en_core_web_sm, the pipeline it
names), so what it finds can be checked on English sentences; its [function_words] are the
test's own.
"""

import copy
import tomllib
from importlib import resources

import pytest

from training.features.attribution import find_attributions
from training.features.conditional import conditional_cues
from training.features.denial import find_denials, find_non_responses
from training.features.lexicon import lexicon_from_dict
from training.features.parse import parse_text

_ENGLISH = tomllib.loads(
    (resources.files("training.features") / "lexicons" / "en.toml").read_text(encoding="utf-8"))


def _lexicon(**function_words):
    data = copy.deepcopy(_ENGLISH)
    data["language"]["code"] = "xx"
    data["function_words"] = function_words
    return lexicon_from_dict(data)


def _speakers(text: str, lex) -> list[str]:
    return [text[a.speaker_start:a.speaker_end]
            for a in find_attributions(parse_text(text, lex), lex) if a.speaker_start is not None]


def test_the_features_run_on_a_lexicon_with_no_function_words():
    lex = _lexicon()
    text = ("Anna White, a spokeswoman for Nordex, said the bridge may reopen in May. "
            "The mayor denied the report. The firm declined to comment.")
    assert "Anna White, a spokeswoman for Nordex" in _speakers(text, lex)
    assert [m.text for m in find_denials(text, lex)] == ["denied"]
    assert [m.text for m in find_non_responses(text, lex)] == ["declined to comment"]
    parsed = parse_text(text, lex)
    first = parsed.sentences[0].doc
    assert first is not None
    assert [cue.text for cue in conditional_cues(first, lex)[0]] == ["may"]


def test_a_rule_reads_its_words_from_the_lexicon():
    text = "We said the plan would fail."
    # The writer ("we") is no source when the lexicon says it is the first person.
    assert _speakers(text, _lexicon(first_second_person=["we"])) == []
    assert _speakers(text, _lexicon()) == ["We"]


def test_an_unknown_function_word_list_is_an_error():
    with pytest.raises(ValueError, match="unknown"):
        _lexicon(firts_second_person=["we"])
