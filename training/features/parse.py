"""Run the spaCy pipeline on a text: syntax everywhere, NER only where a source is named.

NER is the most expensive component of the small pipelines and has its own embedding layer, so
it can run on sentence copies: only on sentences that hold a source cue (a reporting verb, a
"selon"/"according to", a quotation mark) and the sentence before each (for pronoun speakers).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon
from .nlp import load_pipeline

QUOTE_CHARS = frozenset("«»“”„\"")


@dataclass
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Parsed:
    """A parsed text: the spaCy Doc (no NER) and named entities of the cue sentences."""

    text: str
    doc: object
    sentences: list = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [ent for ent in self.entities if ent.start < end and ent.end > start]

    def sentence_index(self, token) -> int:
        return self._sent_of_token[token.i]

    def __post_init__(self) -> None:
        self._sent_of_token: dict[int, int] = {}
        for index, sent in enumerate(self.sentences):
            for token in sent:
                self._sent_of_token[token.i] = index


def has_source_cue(sent, lex: Lexicon) -> bool:
    for token in sent:
        lower = token.lower_
        if token.pos_ in ("VERB", "AUX") and lex.is_reporting(lower):
            return True
        if any(phrase[-1] == lower for phrase in lex.source_prepositions):
            return True
        if lower in QUOTE_CHARS:
            return True
    return False


def parse_text(text: str, lex: Lexicon) -> Parsed:
    nlp = load_pipeline(lex.pipeline)
    doc = nlp(text, disable=["ner"])
    sentences = list(doc.sents)
    wanted: set[int] = set()
    for index, sent in enumerate(sentences):
        if has_source_cue(sent, lex):
            wanted.add(index)
            if index > 0:
                wanted.add(index - 1)
    entities: list[Entity] = []
    if wanted and nlp.has_pipe("ner"):
        ner = nlp.get_pipe("ner")
        chosen = [sentences[i] for i in sorted(wanted) if sentences[i].text.strip()]
        for sent, sent_doc in zip(chosen, ner.pipe(s.as_doc() for s in chosen), strict=True):
            offset = sent.start_char
            for ent in sent_doc.ents:
                entities.append(
                    Entity(
                        offset + ent.start_char,
                        offset + ent.end_char,
                        ent.label_,
                        ent.text,
                    )
                )
    return Parsed(text=text, doc=doc, sentences=sentences, entities=entities)
