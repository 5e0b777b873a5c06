"""Run spaCy only where the features need it.

Every sentence gets the cheap layers (tokenizer, tok2vec, tagger or morphologizer), which the
conditional density needs everywhere (finite verbs). Only sentences holding a source cue (a
reporting verb, "selon", "according to") are parsed, as copies that reuse the tok2vec output;
NER, the most expensive component, runs lazily on the few sentences whose speaker has a proper
noun in it. On news text this keeps the accuracy of the full pipeline where it matters for a
fraction of its time (benchmarks/extraction_bench.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.pipeline import Sentencizer

from .denial import find_denials, find_non_responses
from .lexicon import Lexicon
from .nlp import attribute_rules, load_pipeline, tokenizing_pipeline

# (with the two-apostrophe quotes of some English wires, which the tokenizer keeps whole)
QUOTE_CHARS = frozenset("«»“”„\"") | {"''", "``"}
_SENTENCIZER = Sentencizer()
_DASHES = frozenset("—–-")


@dataclass
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Sentence:
    """A sentence of the text: ``doc`` is a parsed copy when the sentence holds a source cue."""

    index: int
    start: int
    end: int
    span: object
    doc: object | None = None


@dataclass
class Parsed:
    text: str
    doc: object
    sentences: list[Sentence] = field(default_factory=list)
    lex: Lexicon | None = None
    entities: list[Entity] = field(default_factory=list)
    # Sentences whose proper nouns NER has labelled (entities_of labels the others on demand).
    ner_sentences: set[int] = field(default_factory=set)
    token_starts: list[int] = field(default_factory=list)
    array_head: object = None
    array: object = None
    # The non-responses of the text ([non_response] patterns), found once for the sentences
    # to parse, the attributions (who did not answer) and the feature.
    non_responses: list = field(default_factory=list)
    # The denials of the text ([denial] patterns), found once for the sentences to parse, the
    # attributions (who denied, where the denial's verb reports nothing of its own: "pleaded
    # not guilty") and the feature.
    denials: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [sent.start for sent in self.sentences]
        self._entity_index: tuple[tuple[int, int], list[int], int] | None = None


    def token_at(self, offset: int):
        """The token that starts at ``offset`` (None when a token does not start there)."""
        i = bisect_right(self.token_starts, offset) - 1
        if i >= 0 and self.token_starts[i] == offset:
            return self.doc[i]
        return None

    def sentence_at(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Named entities overlapping ``[start, end)`` (NER ran around every proper noun of the
        parsed sentences and of the sentence before each). A bisection over the entities,
        which are kept sorted by start: rules ask this for every cue, and a long text has
        thousands of both."""
        version = (id(self.entities), len(self.entities))  # entities_of only adds to them
        if self._entity_index is None or self._entity_index[0] != version:
            starts = [e.start for e in self.entities]
            longest = max((e.end - e.start for e in self.entities), default=0)
            self._entity_index = (version, starts, longest)
        _, starts, longest = self._entity_index
        low, high = bisect_left(starts, start - longest), bisect_left(starts, end)
        return [e for e in self.entities[low:high] if e.end > start]

    def entities_of(self, sentence: Sentence) -> list[Entity]:
        """The named entities of a sentence, running NER around its proper nouns now if it was
        not among the sentences labelled up front (so that what a rule finds there does not
        depend on which sentences held a cue)."""
        if sentence.index not in self.ner_sentences:
            self.ner_sentences.add(sentence.index)
            self.entities.extend(_run_ner(self, _windows(self.doc, [sentence]), self.lex))
            self.entities.sort(key=lambda e: e.start)
        return self.entities_in(sentence.start, sentence.end)

    def proper_noun_runs(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Character spans of consecutive proper nouns in a sentence (tagger output)."""
        runs: list[tuple[int, int]] = []
        current = None
        for token in sentence.span:
            if is_proper(token):
                end = token.idx + len(token.text)
                current = (current[0], end) if current else (token.idx, end)
            elif current:
                runs.append(current)
                current = None
        if current:
            runs.append(current)
        return runs


_NER_CONTEXT = 6
# A pronoun speaker refers to a person named in its sentence or the two before.
PRONOUN_LOOKBACK = 2


def is_proper(token) -> bool:
    """A proper noun by the tagger, or a capitalised word inside a sentence (small taggers
    miss unseen names: "Hydrélia", "Técalis")."""
    if token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS"):
        return True
    if not token.is_alpha or not token.text[:1].isupper() or token.is_sent_start:
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and not previous.is_space and previous.text not in (
        QUOTE_CHARS | {"—", "–", "-", ":", "(", "."}
    ) and token.pos_ in ("NOUN", "PROPN", "X", "ADJ")


def _windows(doc, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Token windows around the proper nouns of these sentences, overlapping ones merged.

    NER looks at a few tokens on each side of a word (stacked windows of one), so
    ``_NER_CONTEXT`` tokens around a name give the labels the whole sentence would.
    """
    spans = []
    for sentence in sentences:
        span = sentence.span
        for token in span:
            if is_proper(token):
                spans.append((max(token.i - _NER_CONTEXT, span.start),
                              min(token.i + _NER_CONTEXT + 1, span.end)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _run_ner(parsed: Parsed, windows: list[tuple[int, int]], lex: Lexicon) -> list[Entity]:
    nlp = load_pipeline(lex.pipeline)
    if not windows or not nlp.has_pipe("ner"):
        return []
    spans = [parsed.doc[start:end] for start, end in windows]
    copies = (s.as_doc(array_head=parsed.array_head, array=parsed.array) for s in spans)
    entities = []
    for span, ner_doc in zip(spans, nlp.get_pipe("ner").pipe(copies), strict=True):
        offset = span.start_char
        entities.extend(
            Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text)
            for ent in ner_doc.ents
            if not _addressee_participle(parsed.doc, span.start + ent.start, ent, lex)
        )
    return entities


def _addressee_participle(doc, i: int, ent, lex: Lexicon) -> bool:
    """A one-word entity that is the participle of "Contactée, la direction …", "Sollicité par
    X, …" (capitalised, so NER may call it a name): no one's name."""
    if len(ent) != 1 or not lex.names_addressee(ent.text) or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.text == "," or after.lower_ in lex.words.agent_prepositions


# "... says the minister. - Commissioner Ray Alvarez": a name after a dash closes the sentence.
# Or "- Gadget Grid reviewer Sam Lowry": one word in lower case before the name, a role
# (punctuation_cues checks it).
_DASH_NAME = (
    r"[-–—]\s*((?:[A-ZÀ-Ý][\w'’.-]*\s+){0,4}(?:[a-zà-ÿ][\w'’-]*\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+)"
    r"{0,2})?[A-ZÀ-Ý][\w'’-]+)(?:,[^.!?\n]{0,160})?[\s.]*$"
)
DASH_ATTRIBUTION = re.compile(r"\s" + _DASH_NAME)
# The same signature on a line of its own right after a quotation ('… top 1 percent."' then
# "- Bernie Sanders."): a paragraph break made it a sentence of its own (signs_quote).
SIGNATURE_LINE = re.compile(_DASH_NAME)
_QUOTE_ENDS = ("”", '"', "»", "''")


def signs_quote(text: str, start: int) -> bool:
    """The text right before ``start``, past spaces and line breaks (a few), closes a
    quotation: a dash line starting there signs it."""
    i = start - 1
    while i >= 0 and start - i < 8 and text[i].isspace():
        i -= 1
    return i >= 0 and text[max(i - 1, 0):i + 1].endswith(_QUOTE_ENDS) and i < start - 1


# "Bill Clinton: 'Hillary Is Better Qualified'", "Ryan: ...", "TAPPER: ...": a headline or a
# transcript line opening with a speaker's name and a colon (lexicons opt in with
# reporting.colon_speakers; citation/punctuation_cues.py checks the name).
COLON_ATTRIBUTION = re.compile(
    r"\s*((?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4}[A-ZÀ-Ý][\w'’-]*|[A-ZÀ-Ý][\w'’-]+)\s*:\s*[\"“‘'A-ZÀ-Ý]"
)


# A clause, a colon and an opening quotation mark: "Le maire est formel : « … »", "The mayor
# was adamant: "…"" (citation/punctuation_cues.py finds the clause's subject).
COLON_QUOTE = re.compile(r":(?=\s*[«“\"])")


def token_lowers(doc) -> list[str]:
    """The lower-case form of each token, read from the doc's array without a Token each."""
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []


def opens_cue(lowers: list[str], i: int, first: int, end: int, lex: Lexicon) -> bool:
    """Whether token ``i`` of a sentence (tokens ``first`` to ``end``) may open a source cue,
    given the words around it: a reporting form; a light verb with one of its objects in the
    sentence ("fait savoir"); any other word of ``Lexicon.other_cue_words`` but the last word of
    a source preposition, which opens a cue only as the last word of a whole one
    ("d'après", "aux dires de", "according to"; not any "de", "après" or "to"), a framing one
    ("Pour X, ...") only first in the sentence or after a punctuation mark, where a parser may
    start one. Never false where attribution.py could find a cue: only the parse saved."""
    lower = lowers[i]
    if lex.is_reporting(lower):
        return True
    if lower in lex.prepositions_by_last:
        for phrase in lex.prepositions_by_last[lower]:
            n = len(phrase)
            if i - n + 1 < first or tuple(lowers[i - n + 1:i + 1]) != phrase:
                continue
            if phrase not in lex.framing_prepositions or i == first or (
                    not any(ch.isalnum() for ch in lowers[i - 1]) and lowers[i - 1] != ","):
                return True
        return False
    if lower in lex.light_verb_forms:
        words = lowers[first:end]
        return not (lex.light_verb_objects.isdisjoint(words)
                    and lex.particle_light_verb_objects.isdisjoint(words))
    return True  # a document verb ("the poll shows"), a cited document, a statement noun


def cue_sentences(parsed: Parsed, lex: Lexicon) -> set[int]:
    """Indices of the sentences that hold a source cue: a reporting verb form, a "selon" /
    "according to", a light verb ("fait savoir"), a trailing "- Name", or a non-response.

    Every token is a candidate, whatever its tag (the tagger often calls "annonce", "répond",
    "proteste" nouns or adjectives; the parse decides, attribution.py), including the second
    token of an elided word ("s'agace", "qu'affirme").
    """
    found: set[int] = set()
    lowers = token_lowers(parsed.doc)
    for sentence in parsed.sentences:
        first, end = sentence.span.start, sentence.span.end
        if any(lex.may_open_cue(lowers[i]) and opens_cue(lowers, i, first, end, lex)
               for i in range(first, end)):
            found.add(sentence.index)
        elif DASH_ATTRIBUTION.search(parsed.text, sentence.start, sentence.end) or (
                SIGNATURE_LINE.match(parsed.text, sentence.start, sentence.end)
                and signs_quote(parsed.text, sentence.start)) or (
                lex.colon_speakers and COLON_ATTRIBUTION.match(
                    parsed.text, sentence.start, sentence.end)) or COLON_QUOTE.search(
                    parsed.text, sentence.start, sentence.end):
            found.add(sentence.index)
    # who did not answer ("X did not respond to requests for comment"): a cue of its own
    for match in parsed.non_responses:
        found.add(parsed.sentence_at(match.start))
    # who denied, with a verb of its own ("Vance pleaded not guilty")
    for match in parsed.denials:
        if denial_verb(parsed.token_at(match.start)) is not None:
            found.add(parsed.sentence_at(match.start))
    return found


def denial_verb(token):
    """The verb that opens a denial at ``token`` ("pleaded not guilty", "s'inscrit en faux"),
    past a reflexive pronoun; None when the denial opens with no verb ("baseless", "un
    démenti"), which says nothing of who denied."""
    if token is None:
        return None
    if token.pos_ == "PRON" and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token if token.pos_ == "VERB" else None


def _split_sentences(doc, starts: list[int], lex: Lexicon | None = None) -> list:
    doc = _SENTENCIZER(doc)
    if lex is not None and lex.abbreviation_ends:
        for token in doc[2:]:
            if token.is_sent_start and _after_abbreviation(token, lex):
                token.is_sent_start = False
    # "Delta Co., le distributeur": a period before a comma closes an abbreviation, not a sentence
    for token in doc[2:]:
        if token.is_sent_start and doc[token.i - 1].text in (",", ";") and (
                doc[token.i - 2].text.endswith(".")):
            token.is_sent_start = False
    # A paragraph break always ends a sentence (titles, captions, list items have no period).
    for match in re.finditer(r"\n\s*", doc.text):
        i = bisect_right(starts, match.end() - 1)
        if 0 < i < len(doc) and starts[i] == match.end() and not doc[i].is_space:
            doc[i].is_sent_start = True
    # "« ... public. » — Bernard Lefort, maire": the sentencizer ends the sentence after the
    # dash; the name after it signs the quote (DASH_ATTRIBUTION), so it stays in the sentence.
    for token in doc[1:]:
        if token.is_sent_start and doc[token.i - 1].text in _DASHES and not (
                doc[token.i - 1].is_sent_start):
            token.is_sent_start = False
    _cut_long_sentences(doc)
    return list(doc.sents)


def _after_abbreviation(token, lex: Lexicon) -> bool:
    """The period before ``token`` closes an abbreviation, and no sentence: one before a word in
    lower case ("Sen. Bernie Sanders (I-Vt.) said", "in Cambridge, Mass., said"), or a title's
    before a name ("said Lt. Col. Dana Reyes")."""
    doc = token.doc
    before, abbreviation = doc[token.i - 1], doc[token.i - 2]
    if token.is_lower and token.is_alpha:
        return before.text == ")" and abbreviation.text.endswith(".") or (
            before.text == "." and abbreviation.text[:1].isupper()
            and len(abbreviation.text) <= 5)
    return token.text[:1].isupper() and before.text == "." and (
        abbreviation.lower_ + ".") in lex.person_titles


# Far longer than a written sentence (news sentences rarely pass 80 tokens).
MAX_SENTENCE_TOKENS = 200


def _cut_long_sentences(doc) -> None:
    """Cut a run of more than MAX_SENTENCE_TOKENS tokens with no sentence end (a list or data
    pasted without full stops) after its last punctuation mark, else where it overflows: the
    rules look around each cue across its sentence, so one such run of 10,000 words would
    cost time quadratic in its length."""
    length, cut_after = 0, None
    for token in doc:
        if token.is_sent_start:
            length, cut_after = 0, None
        length += 1
        if length > MAX_SENTENCE_TOKENS:
            cut = cut_after + 1 if cut_after is not None else token.i
            doc[cut].is_sent_start = True
            length, cut_after = token.i - cut + 1, None
        if token.is_punct and not token.is_sent_start:
            cut_after = token.i


def parse_text(text: str, lex: Lexicon) -> Parsed:
    nlp = tokenizing_pipeline(lex.pipeline, lex.whole_tokens)
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer", "tagger"):
        if nlp.has_pipe(name):
            doc = nlp.get_pipe(name)(doc)
    # Where a tagger, not a morphologizer, gave the tags (English), the attribute ruler maps
    # them to POS and morphology: over the whole text now, and again over each parsed copy,
    # where its rules that read the dependency labels apply.
    rules = attribute_rules(lex.pipeline)
    if rules is not None:
        doc = rules(doc)
    starts = [token.idx for token in doc]
    spans = _split_sentences(doc, starts, lex)
    sentences = [
        Sentence(index=i, start=span.start_char, end=span.end_char, span=span)
        for i, span in enumerate(spans)
    ]
    parsed = Parsed(text=text, doc=doc, sentences=sentences, lex=lex, token_starts=starts,
                    non_responses=find_non_responses(text, lex),
                    denials=find_denials(text, lex))
    wanted = [sentences[i] for i in sorted(cue_sentences(parsed, lex))]
    # One array of the tagged doc for every copy: Span.as_doc would otherwise rebuild it for
    # each sentence and each NER window.
    parsed.array_head = doc._get_array_attrs()
    parsed.array = doc.to_array(parsed.array_head)
    if wanted:
        copies = [s.span.as_doc(array_head=parsed.array_head, array=parsed.array)
                  for s in wanted]
        if nlp.has_pipe("parser"):
            copies = list(nlp.get_pipe("parser").pipe(copies))
        if rules is not None:
            copies = [rules(copy) for copy in copies]
        for sentence, copy in zip(wanted, copies, strict=True):
            sentence.doc = copy
    # NER for the speakers of parsed sentences and, where a sentence has a pronoun that may
    # be a speaker, for the sentences a pronoun looks back to: one batched call.
    near = {s.index for s in wanted}
    for s in wanted:
        if any(t.lower_ in lex.referring_pronouns for t in s.span):
            near.update(range(max(s.index - PRONOUN_LOOKBACK, 0), s.index))
    near = sorted(near)
    parsed.entities = sorted(_run_ner(parsed, _windows(doc, [sentences[i] for i in near]), lex),
                             key=lambda e: e.start)
    parsed.ner_sentences = set(near)
    return parsed
