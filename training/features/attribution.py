"""Attributions: who is cited, by name or not, and how sure we are of the speaker.

An attribution is a cue (a reporting verb, "selon X", "according to X", an anonymous-source
phrase) and its speaker. Speakers come from the dependency parse: the subject of the reporting
verb (or its inverted clitic, "a-t-il dit"), the agent of a passive ("confirmée par X"), the
noun a participle modifies ("les services ... affirmant"), the object of "selon". The speaker's
noun phrase is then typed (person, organisation, media, anonymous, collective, unresolved) and
mentions of one source are merged: a surname, a generic noun ("le journal") or a pronoun ("il")
refers back to the latest matching source.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .conditional import is_conditional_form
from .lexicon import Lexicon
from .parse import (
    COLON_ATTRIBUTION,
    DASH_ATTRIBUTION,
    PRONOUN_LOOKBACK,
    QUOTE_CHARS,
    Parsed,
    Sentence,
    is_proper,
    token_lowers,
)

NAMED_TYPES = frozenset({"person", "organisation", "media"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_STRIP = frozenset({"PUNCT", "CCONJ", "SCONJ", "SPACE"})
_STRIP_LEFT = _STRIP | {"ADP"}


@dataclass
class Attribution:
    cue_start: int
    cue_end: int
    speaker_start: int | None
    speaker_end: int | None
    type: str
    key: str | None
    name: str | None
    sentence: int
    kind: str  # "verb", "preposition", "dash", "colon", "phrase", "noun"
    # The cue verb is itself in the conditional ("X aurait déclaré"): the article reports that
    # X spoke without vouching for it, so X is not counted as a source it cites.
    reported: bool = False
    # The cue is hearsay: in the conditional ("un collectif réclamerait") or after a hearsay
    # adverb ("reportedly argued"). With an unnamed speaker it is still an anonymous source
    # (data/README.md); with a named one it is not a source the article vouches for.
    hearsay: bool = False

    @property
    def start(self) -> int:
        return min(self.cue_start, self.speaker_start if self.speaker_start is not None
                   else self.cue_start)

    @property
    def end(self) -> int:
        return max(self.cue_end, self.speaker_end if self.speaker_end is not None
                   else self.cue_end)


@lru_cache(maxsize=4096)
def normalise_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^(?:the|les|le|la|l'|l’)\s*", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (opening mark to closing mark, inclusive)."""
    spans: list[tuple[int, int]] = []
    start = None
    opener = None
    for i, ch in enumerate(text):
        if start is None:
            if ch in "«“„" or ch == '"':
                start, opener = i, ch
        else:
            closes = {"«": "»", "“": "”", "„": "“", '"': '"'}[opener]
            if ch == closes or (opener == "“" and ch == '"') or ch == "\n" and opener == '"':
                spans.append((start, i + 1))
                start = None
    return spans


_QUOTE_MARKS = re.compile(r"''|[“”\"\n]")  # ('' : a wire's straight double quote)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of the double-quoted passages of a whole text, in order.

    A straight quote is read as opening or closing from the characters around it (an opener
    follows a space and precedes a word; a closer follows a word), so one stray mark does not
    shift every later pairing; a paragraph break ends an open quotation (news reopens a
    quotation that runs on at each paragraph, without closing it)."""
    spans: list[tuple[int, int]] = []
    start = None
    for match in _QUOTE_MARKS.finditer(text):
        i, mark = match.start(), match.group()
        if mark == "\n" or mark == "”":
            if start is not None:
                spans.append((start, i + 1))
            start = None
            continue
        after_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–"
        before_word = match.end() < len(text) and not text[match.end()].isspace()
        if mark == "“" or after_space and before_word:
            start = i  # an opener; an open quotation without its closer ends here
        elif start is not None:
            spans.append((start, match.end()))
            start = None
        elif after_space:
            start = i  # a lone mark between spaces: read in turn
    if start is not None:
        spans.append((start, len(text)))
    return spans


_END = float("inf")


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` falls strictly inside one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (offset, _END)) - 1
    return i >= 0 and spans[i][0] < offset < spans[i][1]


def _acronym(name: str) -> str | None:
    """The acronym a name gives in brackets ("Direction ... (DDT)" -> "ddt"), or the name itself
    when it is one."""
    match = re.search(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9})\)?\s*$", name)
    if match:
        return match.group(1).lower()
    stripped = re.sub(r"^(?:l'|l’|the\s+|le\s+|la\s+)", "", name.strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"[A-ZÀ-Ý][A-Za-z]{1,9}", stripped) and sum(c.isupper() for c in stripped) >= 2:
        return stripped.lower()
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,9}", stripped):
        return stripped.lower()
    return None


class _Registry:
    """Distinct named sources, in order of first mention, for merging later mentions."""

    def __init__(self) -> None:
        self.sources: list[tuple[int, str, str, str]] = []  # position, type, key, name
        self.last_seen: dict[str, int] = {}  # key -> position of its latest mention
        # Every typed speaker in order, named or not: (position, type, (gender, number)).
        self.mentions: list[tuple[int, str, tuple[str, str]]] = []

    def add(self, position: int, type_: str, key: str, name: str) -> str:
        acronym = _acronym(name)
        for _, seen_type, seen_key, seen_name in self.sources:
            if seen_key == key or (type_ != "person" and seen_type != "person" and (
                key == _acronym(seen_name) or seen_key == acronym
                or (acronym is not None and acronym == _acronym(seen_name))
            )):
                self.last_seen[seen_key] = max(position, self.last_seen.get(seen_key, 0))
                return seen_key
            if type_ == "person" and seen_type == "person":
                if key.split()[-1:] == seen_key.split()[-1:]:
                    self.last_seen[seen_key] = max(position, self.last_seen.get(seen_key, 0))
                    return seen_key
        self.sources.append((position, type_, key, name))
        self.last_seen[key] = position
        return key

    def name_of(self, key: str) -> str:
        return next(name for _, _, seen, name in self.sources if seen == key)

    def latest(self, before: int, types: set[str], head: str | None = None):
        for position, type_, key, name in reversed(self.sources):
            if position < before and type_ in types and (head is None or head in key):
                return type_, key, name
        return None


def find_attributions(parsed: Parsed, lex: Lexicon) -> list[Attribution]:
    """Every attribution in a parsed text, speakers typed and named sources merged."""
    registry = _Registry()
    found: list[Attribution] = []
    # Speech reported inside a quotation is the quoted source's, not the article's. Quotes
    # are paired over the whole text: a sentence split inside a quotation ('problems," X
    # said. "If') would pair the closing mark with the next quotation's opening one.
    quoted = quoted_regions(parsed.text) if lex.skip_quoted_cues else []
    phrases = [match.span() for match in lex.anonymous_patterns.finditer(parsed.text)]
    for start, _ in phrases:
        token = parsed.token_at(start)
        if token is not None and token.lower_ in lex.words.subject_relatives:
            # "…, qui a requis l'anonymat": someone unnamed a later pronoun may stand for (of
            # the gender and number of the noun before it)
            before = token.doc[token.i - 1] if token.i > 0 else token
            if before.is_punct and before.i > 0:
                before = token.doc[before.i - 1]
            registry.mentions.append((start, "anonymous", _gender_number(before)
                                      if before.pos_ == "NOUN" else ("", "")))
    for sentence in parsed.sentences:
        if sentence.doc is None:
            continue
        ctx = _Context(parsed, lex, registry, sentence)
        text = parsed.text[sentence.start:sentence.end]  # Doc.text would join every token
        cues = (_verb_cues(sentence.doc, lex) + _preposition_cues(sentence.doc, lex, text)
                + _dash_cues(sentence.doc, text) + _document_preposition_cues(sentence.doc, ctx)
                + _possessive_statement_cues(sentence.doc, lex))
        if lex.not_cue_phrases is not None:
            # "promis juré", "pour ne citer que": fixed phrases that report nothing
            fixed = [m.span() for m in lex.not_cue_phrases.finditer(text)]
            cues = [c for c in cues if not any(a <= c[0].idx < b for a, b in fixed)]
        if lex.colon_speakers:
            cues += _colon_cues(sentence.doc, text, ctx)
        if quoted:
            cues = [c for c in cues if not _inside(quoted, ctx.at(c[0]))]
        cues.sort(key=lambda item: item[0].i)
        for cue_token, speaker_tokens, kind, cue_end, *flags in cues:
            reported = bool(flags and flags[0])
            hearsay = bool(len(flags) > 1 and flags[1])
            cue_start = ctx.at(cue_token)
            cue_end += sentence.start
            if not speaker_tokens:
                found.append(Attribution(cue_start, cue_end, None, None, "unresolved", None,
                                         None, sentence.index, kind))
                continue
            for head in speaker_tokens:
                head = _document_issuer(head, lex) or head
                typed = _type_speaker(head, ctx, cue_token)
                if typed is None:
                    continue
                type_, key, name, (s_start, s_end) = typed
                if type_ in NAMED_TYPES and head.lower_ in lex.referring_pronouns and any(
                        a <= s_start and s_end <= b for a, b in phrases):
                    continue  # "Il se dit que": the anonymous phrase is the attribution
                if type_ in NAMED_TYPES and any(ctx.at(head) < a and b <= cue_start
                                                for a, b in phrases):
                    # "Two physicians at X, who spoke on condition of anonymity, said"
                    type_, key, name = "anonymous", None, None
                found.append(Attribution(
                    cue_start, cue_end, s_start, s_end, type_, key, name, sentence.index, kind,
                    reported, hearsay and _speaker_word(head, lex)))
                registry.mentions.append((s_start, type_ if _indefinite_noun(head, lex)
                                          or type_ in NAMED_TYPES else "definite",
                                          _gender_number(head)))
            if not reported:
                found.extend(_cited_sources(cue_token, ctx))
    found.extend(_anonymous_phrases(parsed, phrases))
    return _deduplicate(found)


def _cited_sources(cue_token, ctx: _Context) -> list:
    """The unnamed sources a citing verb names as its object ("Reuters, qui cite un diplomate
    occidental", "which cited three delegates"): each is an anonymous attribution of its own,
    whose cue is its noun phrase ([reporting] citing_stems)."""
    lex = ctx.lex
    if not lex.citing_stems or not cue_token.lower_.startswith(lex.citing_stems):
        return []
    found = []
    for child in cue_token.children:
        if child.dep_ not in lex.syntax.get("cited_source_deps", ()) or not any(
                child.lower_ in words for words in (lex.anonymous_heads, lex.collective_heads,
                                                    lex.roles)):
            continue  # (people, not what is cited as a reason: "cited rising costs")
        typed = _type_speaker(child, ctx, cue_token)
        if typed is None or typed[0] not in ("anonymous", "collective"):
            continue
        start, end = typed[3]
        found.append(Attribution(start, end, start, end, typed[0], None, None,
                                 ctx.sentence.index, "cited"))
    return found


@dataclass
class _Context:
    """What typing a speaker needs: the text, lexicon, registry and the sentence's offset."""

    parsed: Parsed
    lex: Lexicon
    registry: _Registry
    sentence: Sentence

    def at(self, token) -> int:
        return self.sentence.start + token.idx

    def end_of(self, token) -> int:
        return self.sentence.start + token.idx + len(token.text)


def _anonymous_phrases(parsed: Parsed, phrases: list[tuple[int, int]]) -> list[Attribution]:
    found = []
    for start, end in phrases:
        text = parsed.text[start:end]
        stripped = text.rstrip(" ,;.'’-")
        end = start + len(stripped)
        lead = len(stripped) - len(stripped.lstrip())
        start += lead
        found.append(Attribution(start, end, start, end, "anonymous", None, None,
                                 parsed.sentence_at(start), "phrase"))
    return found


def _deduplicate(found: list[Attribution]) -> list[Attribution]:
    """One attribution per overlapping cue: a typed speaker beats an unresolved one. Two cues
    of one speaker both stay ("Confirmant …, le Conseil a reconnu que"); an anonymous-source
    phrase is one with the cue it overlaps."""
    rank = {"person": 0, "organisation": 0, "media": 0, "anonymous": 1, "collective": 2,
            "unresolved": 3}
    found.sort(key=lambda a: (a.start, rank[a.type], a.kind != "phrase"))
    kept: list[Attribution] = []
    for item in found:
        clash = None
        for other in kept:
            same_cue = (item.cue_start < other.cue_end and other.cue_start < item.cue_end) or (
                "phrase" in (item.kind, other.kind))
            if same_cue and item.start < other.end and other.start < item.end and (
                item.key is None or other.key is None or item.key == other.key
            ) and item.sentence == other.sentence:
                clash = other
                break
        if clash is None:
            kept.append(item)
        elif rank[item.type] < rank[clash.type]:
            kept[kept.index(clash)] = item
    kept.sort(key=lambda a: a.start)
    return kept


def _after_quote(token) -> bool:
    """Right after a closing quote and a comma: '», glisse un banquier' is a reporting verb
    whatever the tagger says."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].text in (
        "»", "”", '"')


def _acts_as_verb(token, lex: Lexicon) -> bool:
    """A form the tagger called a noun or adjective but the parser uses as a verb: it has a
    subject or a clause, and no determiner ("l'annonce de" stays a noun) nor, in French, a
    copula ("est révélatrice de", "est plus exigeante": an adjective whose subject is the
    copula's)."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN", "X") or token.tag_.startswith("NN"):
        return False
    children = list(token.children)
    if any(child.dep_ in ("det", "case") or child.pos_ == "DET" or (
            lex.mistagged and child.dep_ == "cop") for child in children):
        return False
    return any(child.dep_.startswith("nsubj") or child.dep_ in ("ccomp", "obj", "expl:subj")
               for child in children) or _after_quote(token)


def _finite_auxiliary(participle, lex: Lexicon):
    """The finite "avoir" of a past participle in a compound tense ("a", "avait"), adverbs
    between allowed; None for "être" (a passive: "est dénoncée")."""
    if "Part" not in participle.morph.get("VerbForm") or participle.lower_.endswith(
            lex.words.present_participle_endings):
        return None
    doc = participle.doc
    words = lex.mistagged
    start = participle.sent.start
    i, steps = participle.i - 1, 0
    while i >= start and steps < 6:
        token = doc[i]
        if token.pos_ == "AUX" and "Fin" in token.morph.get("VerbForm"):
            return token if token.lower_ in words.get("perfect_auxiliaries", ()) else None
        if token.text == ",":
            # "M. X avait, devant les élus, critiqué": an aside between commas
            opening = next((j for j in range(i - 1, max(start, i - 12) - 1, -1)
                            if doc[j].text == ","), None)
            if opening is not None and opening < i - 1:
                i, steps = opening - 1, steps + 1
                continue
        if not (token.pos_ in ("ADV", "PUNCT") or token.text.startswith("-")
                or token.lower_ in lex.words.auxiliary_gap_words):
            return None
        i, steps = i - 1, steps + 1
    return None


def _inverted_clitic(token, lex: Lexicon):
    """The subject clitic that follows a verb ("note-t-il", "affirment-ils"), or None."""
    doc = token.doc
    for j in (token.i + 1, token.i + 2):
        if j >= len(doc) or not doc[j].text.startswith("-"):
            return None
        if doc[j].lower_.lstrip("-") in lex.words.third_person_subjects:
            return doc[j]
        if doc[j].lower_ not in lex.words.euphonic_t:
            return None
    return None


def _mistagged_verb(token, lex: Lexicon) -> str | None:
    """How a reporting form that the tagger called a noun, adjective or adverb shows itself a
    verb, from the words around it (the lists of [reporting.mistagged]); None when nothing does.

    "inverted": a subject clitic follows ("note-t-il"); "pronoun": a subject pronoun precedes
    ("il l'accuse", "qui dénonce"); "postposed": the subject follows ("comme le note FO",
    ", notent les experts"); "preposed": a noun phrase precedes and an object or a clause
    follows ("la CFDT évoque le cas", "M. Durand l'accuse"); "gerund": "en rappelant".
    """
    words = lex.mistagged
    if not words or token.pos_ in ("VERB", "AUX"):
        return None
    lower = token.lower_
    if lower.endswith(lex.words.present_participle_endings):
        if _is_gerund(token, lex):
            return "gerund"
        return "opening" if _opening_clause_subject(token, lex) is not None else None
    if not _verb_shaped(lower, lex):
        return None
    return _verb_context(token, lex)


def _is_gerund(verb, lex: Lexicon) -> bool:
    """A present participle after a word of gerund_before ("en"), object clitics or a quotation
    mark between: "en rappelant", "en lui demandant", "en s'adressant", "en « informant »". A
    gerund has no subject of its own: its speaker is the subject of the clause it depends on,
    never the noun the parser may hang it on ("des erreurs en affirmant")."""
    markers = lex.mistagged.get("gerund_before", ()) if lex.mistagged else ()
    if not markers or not verb.lower_.endswith(lex.words.present_participle_endings):
        return False
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and doc[i].lower_ not in markers and (
            doc[i].lower_ in lex.mistagged["clitics"] or doc[i].text in QUOTE_CHARS):
        i -= 1
    return i >= start and doc[i].lower_ in markers


def _opening_clause_subject(token, lex: Lexicon):
    """The subject of the main clause after a participle or infinitive clause that opens the
    sentence: "Rappelant que ..., le ministre a ajouté", "Après avoir déclaré que ..., X
    procède" (the first comma followed by a subject and its verb); None when the cue does not
    open the sentence or no such subject follows."""
    doc, start, end = token.doc, token.sent.start, token.sent.end
    forms = token.morph.get("VerbForm")
    # Not a bare past participle: "Interrogé, X a dit", "Lancé en 1986, le journal" open
    # with what was done to the subject.
    after_avoir = token.i > start and doc[token.i - 1].lower_ in lex.words.infinitive_auxiliaries
    if not (token.lower_.endswith(lex.words.present_participle_endings) or "Inf" in forms
            or "Part" in forms and after_avoir) or any(
                t.lower_ not in lex.words.opening_clause_words and t.text not in QUOTE_CHARS
                for t in doc[start:token.i]):
        return None
    nxt = doc[token.i + 1].lower_ if token.i + 1 < end else ""
    if nxt == "," and not token.i > start or lex.needs_clause(token.lower_) and not any(
            _opens_what_was_said(t.lower_, lex) for t in doc[token.i + 1 : token.i + (
                20 if _is_gerund(token, lex) else 12)]):
        return None  # "Maintenant, ...": an adverb (a gerund's clause may come after a date
        # and a place between commas: "En rappelant, lundi, devant la chambre, que")
    pronouns = lex.mistagged["subject_pronouns"]
    for k in range(token.i + 1, end - 2):
        if doc[k].text != ",":
            continue
        j = k + 1
        while j < end and doc[j].pos_ == "ADV":
            j += 1
        if j < end and doc[j].lower_ in lex.words.third_person_subjects:
            return doc[j]
        for t in doc[j : min(j + 8, end)]:
            if t.text in {",", ":", ";"} | QUOTE_CHARS or t.pos_ in ("VERB", "AUX"):
                break
            if t.dep_ in lex.syntax["subject_deps"] and t.head.i > t.i and t.head.pos_ in (
                    "VERB", "AUX") and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in pronouns:
                return t
            if t.pos_ in ("NOUN", "PROPN") and all(
                    u.pos_ in ("DET", "ADJ", "NUM") for u in doc[j:t.i]) and _finite_verb_next(
                    t, lex):
                return t  # "Tout en critiquant ces choix, les Français en importèrent": a
                # subject the parser took for an object, right before its verb
    return None


def _finite_verb_next(token, lex: Lexicon) -> bool:
    """A finite verb right after ``token`` (the rest of its name and object clitics between):
    ``token`` ends the noun phrase of its subject."""
    doc, end = token.doc, token.sent.end
    j = token.i + 1
    while j < end and (is_proper(doc[j]) and is_proper(token) or doc[j].pos_ == "ADJ"):
        j += 1
    while j < end and doc[j].lower_ in lex.mistagged["clitics"]:
        j += 1
    return j < end and doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm")


def _skip_clitics_left(token, lex: Lexicon) -> int:
    """Index of the first word left of ``token`` that is not an object clitic or a negation
    ("il ne le dit pas": "il"); below the sentence start when only clitics precede."""
    doc, start = token.doc, token.sent.start
    i = token.i - 1
    while i >= start and doc[i].lower_ in lex.mistagged["clitics"]:
        i -= 1
    return i


def _verb_context(token, lex: Lexicon, verbal: bool = False) -> str | None:
    """Where the subject of a finite verb stands, from the words around it alone (see
    _mistagged_verb); None when they do not tell. ``verbal``: the token is surely a verb (an
    auxiliary before a reporting participle), so a noun phrase before it is its subject."""
    words = lex.mistagged
    doc = token.doc
    lower = token.lower_
    start = token.sent.start
    if _inverted_clitic(token, lex) is not None:
        return "inverted"
    i = _skip_clitics_left(token, lex)
    if i < start:
        return None
    before, clitics = doc[i], doc[i + 1 : token.i]
    if before.lower_ in words["subject_pronouns"]:
        return "pronoun"
    if before.lower_ in words["postposing"]:
        return "postposed" if _postposed_subject(token, lex) is not None else None
    k = token.i + 1
    while k < len(doc):
        phrase = next((n for n in lex.adverbial_phrases_by_first.get(doc[k].lower_, ())
                       if [t.lower_ for t in doc[k:k + n[1]]] == n[0]), None)
        if phrase is None and doc[k].pos_ != "ADV":
            break
        k += phrase[1] if phrase else 1  # "Le Centre note par exemple que", "parle bien de"
    nxt = doc[k].lower_ if k < len(doc) else ""
    # A clearly verbal ending ("dénoncent", "réclamaient") or a preposition or a quote after a
    # finite form ("proteste contre", "parle de") shows a verb whatever follows.
    rest = _finite_rest(lower, lex)
    strong = rest in words.get("verbal_endings", ()) or rest is not None and (
        lower not in words.get("adjectives", ()) and (
            nxt in words.get("verb_prepositions", ()) or nxt in QUOTE_CHARS))
    if lex.needs_clause(lower) and not (_opens_what_was_said(nxt, lex) or nxt in QUOTE_CHARS):
        clitics = ()  # "2 600 dollars la tonne": a stem of two senses needs its clause
        strong = False
    j = i
    while j > start and doc[j].pos_ == "ADJ":
        j -= 1  # "le Parti socialiste critique", "de bons analystes notent"
    if before.pos_ in ("NOUN", "PROPN") or before.pos_ == "ADJ" and before.i > start and (
        (verbal or rest in words.get("verbal_endings", ()))
        and doc[before.i - 1].pos_ in ("NOUN", "PROPN")
        or strong and doc[before.i - 1].pos_ == "DET"  # "les salariés", tagged an adjective
        or j < i and doc[j].pos_ in ("NOUN", "PROPN", "DET") and (
            nxt in words["object_openers"] or strong)
    ):
        if not (verbal or strong or len(clitics) or nxt in words["object_openers"]):
            return None
        subject = _preposed_subject(doc, i)
        # "sous la plume du rédacteur le reproche": a noun after a preposition is no subject.
        if subject is not None and not any(c.dep_ == "case" for c in subject.children):
            return "preposed"
        return None
    if len(clitics) == 1 and clitics[0].lower_ in lex.words.object_pronouns and (
            nxt in lex.words.of_prepositions or nxt in lex.words.of_contractions):
        return None  # "l'annonce de chiffres": a noun after its article
    aside = _subject_before_aside(token, lex) if before.text == "," and (
        nxt in words["object_openers"] or strong) else None
    relatives = lex.words.subject_relatives
    if aside is not None and _looks_like_source(aside, lex) and doc[i - 1].lower_ not in (
            relatives) and not any(t.lower_ in relatives and doc[t.i - 1].text == ","
                                   for t in doc[aside.i:i]):
        return "aside"  # "M. X, porte-parole de Y, dénonce une dérobade" (an apposition, not
        # a relative clause: "Une sage-femme, qui a requis l'anonymat, raconte")
    subject = _postposed_subject(token, lex) if not len(clitics) and (
        before.text in {",", "—", "–"} | QUOTE_CHARS) else None
    if subject is not None and (any(t.text in QUOTE_CHARS or "Fin" in t.morph.get("VerbForm")
                                    for t in doc[start:i])
                                or _clause_goes_on(token, _np_tokens(subject, lex)[-1].i + 1,
                                                   lex)):
        # "…, signale l'agence X": an incise after a clause or a quote, or before the rest of
        # the clause ("Le marché, notent les experts, a reculé"); not "M. X, président de Y,
        # lance un appel".
        return "postposed"
    if subject is not None and rest in words.get("verbal_endings", ()) and before.text == "," and (
            _subject_before_aside(token, lex) is None):
        # "Or, notent les juges, le contrat ...", "En dix ans, remarquent les experts, le pays
        # a ...": a form no noun has, between commas with the noun phrase of its subject (not
        # after a subject and its aside: "d'autres experts, aussi sérieux, vantent le plan,")
        end = _np_tokens(subject, lex)[-1].i + 1
        if end < token.sent.end and doc[end].lower_ in words["coordinators"]:
            # "expliquent Anne Petit et Marc Leroux, de l'association X"
            end = next((j for j in range(end + 1, min(end + 8, token.sent.end))
                        if not is_proper(doc[j])), token.sent.end)
        if end >= token.sent.end or doc[end].text in _INCISE_CLOSERS:
            return "postposed"
    return None


def _inverted_incise(verb, lex: Lexicon):
    """The subject after the verb of an incise after a clause or a quote: "…, a déclaré le
    ministre." (a noun phrase that ends the sentence or the incise); None when the verb is no
    such incise."""
    if not lex.mistagged or _is_controlled(verb, lex) or not _incise(verb, lex) or any(
        child.lower_ in lex.words.subject_relatives for child in verb.children
        if child.dep_ in lex.syntax["subject_deps"]
    ):
        return None
    subject = _postposed_subject(verb, lex, adjectives=True)
    if subject is None:
        return None
    doc = verb.doc
    start = verb.sent.start
    comma = _group_opener(verb)
    auxiliary = _finite_auxiliary(verb, lex)
    finite = "Fin" in verb.morph.get("VerbForm")
    if comma is None or not finite and any(child.dep_.startswith("aux") and child.i < comma
                                           for child in verb.children) or (
            auxiliary is not None and auxiliary.i < comma):
        return None  # "X a, lui aussi, adressé des reproches": the subject is before
    end = _np_tokens(subject, lex, verb)[-1].i + 1
    if _clause_goes_on(verb, end, lex):
        return subject
    if comma > start and doc[comma].text == "," and _closes_quote(doc[comma - 1]):
        return subject  # "« … », observe M. X, directeur …": right after a quotation
    replies = lex.mistagged.get("reply_words", ())
    if not any(t.text in QUOTE_CHARS or _main_finite(t, lex) for t in doc[start:comma]) and not (
            comma == start + 1 and doc[start].lower_ in replies):
        return None  # "M. X, président de Y, admet l'existence de ...": no clause before (but
        # a reply stands for one: "Oui, répond M. X")
    if end >= verb.sent.end or doc[end].text in _INCISE_CLOSERS or (
            doc[end].lower_ in lex.words.subject_relatives):
        return subject
    # "…, indique le quotidien Nihon Keizai dans son édition du 21 décembre.": a name the
    # parser hung on the verb, then a last prepositional phrase; only for a subject that looks
    # like a source ("…, recommande une fermeture dans les six mois" is an object)
    while end < verb.sent.end and doc[end].is_alpha and is_proper(doc[end]):
        end += 1
    if _looks_like_source(subject, lex) and (end >= verb.sent.end or doc[end].pos_ == "ADP" and (
            not any(t.pos_ in ("VERB", "AUX") for t in doc[end:verb.sent.end]))):
        return subject
    return None


def _clause_goes_on(verb, end: int, lex: Lexicon) -> bool:
    """After an incise whose subject ends at ``end``, a comma and the clause's own finite verb:
    "Ces travaux, expliquent les ingénieurs, visaient à ..."."""
    doc = verb.doc
    after = next((j for j in range(end, min(end + 12, verb.sent.end)) if doc[j].text == ","),
                 None)
    if after is None:
        return False
    k = after + 1
    # (the tagger misses some imperfects: "visaient" as an adverb)
    imperfect = lex.words.imperfect_plural_endings
    while k < verb.sent.end and not doc[k].lower_.endswith(imperfect) and (
            doc[k].lower_ in lex.words.negation_particles or doc[k].pos_ == "ADV"
            or doc[k].text in QUOTE_CHARS):
        k += 1
    return k < verb.sent.end and (_main_finite(doc[k], lex) or doc[k].lower_.endswith(imperfect))


_GROUP_OPENERS = frozenset({",", "—", "–", ":"}) | QUOTE_CHARS
# What an incise follows ("», a déclaré", "- dit-il") and what ends its subject ("…, a déclaré
# le ministre.").
_INCISE_OPENERS = _GROUP_OPENERS | {"-"}
_INCISE_CLOSERS = frozenset({",", ".", ":", ";", "!", "?", "("})


def _group_opener(verb) -> int | None:
    """Index of the nearest comma, dash, colon or quote left of ``verb`` in its sentence: where
    an incise or the verb's group opens."""
    doc = verb.doc
    return next((j for j in range(verb.i - 1, verb.sent.start - 1, -1)
                 if doc[j].text in _GROUP_OPENERS), None)


def _opens_what_was_said(lower: str, lex: Lexicon) -> bool:
    """A word that opens a reported clause: a conjunction of clause_conjunctions ("que") or a
    colon."""
    return lower in lex.words.clause_conjunctions or lower == ":"


def _opens_clause(verb, lex: Lexicon) -> bool:
    """The verb is followed right away by its clause ("a objecté que", "a déclaré :"): no
    subject stands between them."""
    doc = verb.doc
    return verb.i + 1 < verb.sent.end and _opens_what_was_said(doc[verb.i + 1].lower_, lex)


def _clause_before(verb, lex: Lexicon) -> bool:
    """A quote or a finite main verb before the comma that opens the verb's group: what an
    incise follows ("« ... », a déclaré X", "Les prix baissent, note X")."""
    doc, start = verb.doc, verb.sent.start
    comma = _group_opener(verb)
    return comma is not None and any(t.text in QUOTE_CHARS or _main_finite(t, lex)
                                     for t in doc[start:comma + 1])


def _skip_verb_group_left(doc, i: int, start: int, lex: Lexicon) -> int:
    """Left of index ``i``, past auxiliaries, adverbs, clitics and negation."""
    while i >= start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith("aux")
                          or doc[i].lower_ in lex.mistagged["clitics"]
                          or doc[i].text.startswith("-")):
        i -= 1
    return i


def _subject_before_aside(verb, lex: Lexicon):
    """The noun phrase before one to three asides between commas or brackets that stand
    before a verb: "M. X, président de Y, a déclaré", "X a, pour sa part, évoqué", "Mme Z,
    qui dirige le service, confirme"; None when no aside or no such noun phrase."""
    doc, start = verb.doc, verb.sent.start
    i = _skip_verb_group_left(doc, verb.i - 1, start, lex)
    asides = 0
    while i >= start and doc[i].text in (",", ")") and asides < 3:
        opener = "(" if doc[i].text == ")" else ","
        j = next((k for k in range(i - 1, max(start, i - 30) - 1, -1) if doc[k].text == opener),
                 None)
        inner = doc[j + 1 : i] if j is not None else None
        if not inner or inner[0].lower_ not in (
                lex.words.subject_relatives | lex.words.other_relatives) and any(
                _main_finite(t, lex) for t in inner):
            return None  # "Il pleut, on annule, a dit X": a clause, not an aside
        i = _skip_verb_group_left(doc, j - 1, start, lex)
        asides += 1
    if not asides or i < start:
        return None
    token = doc[i]
    if token.pos_ == "ADJ" and i > start and doc[i - 1].pos_ == "DET":
        return token  # "les salariés", tagged an adjective
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for _ in range(4):
        # "Carlos Andres Perez": the first word heads the name; "une mère d'élève": the noun
        # that the complement completes
        flat = token.dep_ in ("flat:name", "flat")
        complement = any(child.dep_ in lex.syntax["case_deps"] for child in token.children)
        if not (flat or complement) or token.head.i >= token.i or token.head.pos_ not in (
                "NOUN", "PROPN", "ADJ"):
            break
        token = token.head
    if any(child.dep_ in lex.syntax["case_deps"] for child in token.children):
        return None  # "Devant les congressistes, ..." is no subject
    return token


def _main_finite(token, lex: Lexicon) -> bool:
    """A finite verb (or its auxiliary) outside a relative clause."""
    verb = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
    return "Fin" in token.morph.get("VerbForm") and verb.dep_ not in (
        lex.syntax["relative_deps"] | lex.syntax["modifier_deps"])


def _finite_rest(lower: str, lex: Lexicon) -> str | None:
    """The finite ending after a reporting stem ("dénonc-ent": "ent"), or None."""
    endings = lex.mistagged["finite_endings"]
    for stem in lex.stems_by_initial.get(lower[:1], ()):
        if lower.startswith(stem) and len(lower) > len(stem):
            rest = lower[len(stem):]
            if rest in endings or (rest[0] == stem[-1] and rest[1:] in endings):
                return rest if rest in endings else rest[1:]
    return None


def _verb_shaped(lower: str, lex: Lexicon) -> bool:
    """A listed form, or a reporting stem followed by a finite ending (one doubled consonant
    allowed: "rappel-le")."""
    return lower in lex.reporting_forms or _finite_rest(lower, lex) is not None


def _postposed_subject(verb, lex: Lexicon, adjectives: bool = False):
    """The head of the noun phrase right after a verb (adverbs, time words and a short phrase
    between commas skipped: "rapporte, lundi, le quotidien X", "a annoncé lundi 2 mars la
    SNCF"), or None. Past the adjectives of [reporting.mistagged] prenominal_adjectives after
    a definite determiner ("a ajouté le premier ministre", "par les mêmes experts"; "raconte ce
    dernier," an adjective as the noun), or past any with ``adjectives`` (an incise, whose
    subject is surely there)."""
    doc = verb.doc
    end = min(verb.sent.end, verb.i + 14)
    i = verb.i + 1
    if i < end and doc[i].text == ",":
        # ", lundi 28 décembre," : skip a short parenthesis
        close = next((j for j in range(i + 1, min(i + 7, end)) if doc[j].text == ","), None)
        i = close + 1 if close is not None else i
    time_words = lex.mistagged.get("time_words", ())
    stops = {",", ".", ":"} | QUOTE_CHARS
    skipped = i
    while i < end:
        phrase = next((n for n in lex.adverbial_phrases_by_first.get(doc[i].lower_, ())
                       if [t.lower_ for t in doc[i:i + n[1]]] == n[0]), None)
        if phrase is not None:
            i += phrase[1]  # "affirment d'ores et déjà les syndicats"
        elif (doc[i].pos_ in ("ADV", "PUNCT") or doc[i].lower_ in time_words
              or doc[i].text[:1].isdigit()) and doc[i].text not in stops:
            i += 1  # a quoted noun phrase is an object: "ce que X appelle « la méthode »"
        else:
            break
    if skipped < i < end - 1 and doc[i].text == "," and doc[i + 1].pos_ == "ADP":
        # "écrivait récemment, dans le quotidien X, Y": a prepositional aside after the adverb
        close = next((j for j in range(i + 1, min(i + 10, end)) if doc[j].text == ","), None)
        if close is not None and not any("Fin" in t.morph.get("VerbForm")
                                         for t in doc[i + 1:close]):
            i = close + 1
    i = _past_verb_phrase(doc, i, end, verb, lex)
    first = i
    # A subject opens with a determiner or a name: "comme le note la CFTC", "raconte Marc
    # Petit"; not "parce que la demande intérieure".
    of = lex.words.of_prepositions | lex.words.of_contractions
    if i + 1 < end and doc[i].lower_ in lex.words.partitive_pronouns and (
            doc[i].pos_ in ("PRON", "NUM")) and doc[i + 1].lower_ in of:
        # "a déclaré un de ses conseillers" ("un des": the article stays)
        i += 1 if doc[i + 1].lower_ in lex.words.of_contractions else 2
    if i >= end or not (doc[i].lower_ in lex.words.determiners or is_proper(doc[i])
                        or doc[i].text[:1].isupper()):
        return None
    while i < end and doc[i].pos_ == "DET":
        i += 1
    prenominal = lex.mistagged.get("prenominal_adjectives", ())
    if i > first and (adjectives or doc[i - 1].lower_ not in lex.indefinite_determiners):
        j = i
        while j < min(i + 2, end) and doc[j].pos_ in ("ADJ", "NUM") and (
                adjectives or doc[j].lower_ in prenominal):
            j += 1
        if j > i and (j >= end or doc[j].text in _INCISE_CLOSERS):
            return doc[j - 1]
        if j < end and doc[j].pos_ in ("NOUN", "PROPN"):
            i = j
    if i >= end or not (doc[i].pos_ in ("NOUN", "PROPN") or is_proper(doc[i])) or not (
            doc[i].text[:1].isalpha()):
        return None  # (a capitalised word inside the sentence: "estime Ducros", an adjective)
    token = doc[i]
    while is_proper(token) and i + 1 < end and is_proper(doc[i + 1]):
        i += 1  # "Mr Lucien Karpick": the name's last word, which the tagger is surest of
        token = doc[i]
    while token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN") and token.dep_ in (
        "flat:name", "flat", "compound", "amod", "nmod", "appos", "det"
    ) and first <= token.head.i < end:
        token = token.head
    return token


def _past_verb_phrase(doc, i: int, end: int, verb, lex: Lexicon) -> int:
    """Index after a prepositional phrase of the verb that stands at ``i`` between the verb and
    its subject: "indiquait il y a peu M. X" (the parser takes "il y a" for a preposition),
    "a annoncé à Paris la direction"; ``i`` itself when none stands there."""
    token = doc[i] if i < end else None
    if token is None or token.dep_ not in lex.syntax["case_deps"]:
        return i
    noun = token.head
    if not token.i < noun.i < end or noun.head.i != verb.i:
        return i
    j = noun.i + 1
    if j < end and doc[j].head.i == noun.i and doc[j].dep_ in ("flat:name", "flat"):
        return i  # "à Silvia Monfort": the next word still belongs to the phrase's name
    return j


def _surface_speakers(verb, how: str, lex: Lexicon) -> list:
    """Speakers of a reporting form that the tagger did not call a verb (see _mistagged_verb):
    its parse is not to be trusted, so the speaker comes from the words around it."""
    doc = verb.doc
    if how in ("inverted", "postposed"):
        head = _inverted_clitic(verb, lex) if how == "inverted" else _postposed_subject(verb, lex)
        return [head] if head is not None else []
    if how == "opening":
        return [_opening_clause_subject(verb, lex)]
    if how == "aside":
        return [_subject_before_aside(verb, lex)]
    if how == "gerund":
        root = verb.sent.root
        return _speakers_of_verb(root, lex) if root.i != verb.i and root.pos_ in (
            "VERB", "AUX") else []
    i = _skip_clitics_left(verb, lex)
    if how == "pronoun" and doc[i].lower_ in lex.words.subject_relatives:
        j = i - 1
        while j >= verb.sent.start and doc[j].text == ",":
            j -= 1
        antecedent = _noun_phrase_left_of(doc[j + 1]) if j >= verb.sent.start else None
        return [antecedent if antecedent is not None else doc[i]]
    if how == "pronoun":
        return [doc[i]]
    return [t for t in [_preposed_subject(doc, i)] if t is not None]


def _preposed_subject(doc, i: int):
    """The head of the noun phrase that ends at index ``i`` before a verb: "les salariés"
    (a noun the tagger called an adjective after its determiner) or what _noun_phrase_left_of
    finds."""
    token = doc[i]
    if token.pos_ == "ADJ" and i > token.sent.start and doc[i - 1].pos_ == "DET":
        return token
    return _noun_phrase_left_of(doc[i + 1])


def _has_clitic_object(verb, lex: Lexicon) -> bool:
    """"l'admet", "le confirme": the object is a clitic standing for what was said."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].lower_ in lex.words.negation_particles
                      or doc[i].lower_ in lex.words.adverbial_clitics):
        i -= 1
    return i >= 0 and doc[i].lower_ in lex.words.object_pronouns


def _quote_in_sentence(verb) -> bool:
    return any(t.text in QUOTE_CHARS for t in verb.sent)


def _conditional_token(token, lex: Lexicon) -> bool:
    """spaCy's Mood=Cnd, or a conditional form by the lexicon's morphology."""
    return "Cnd" in token.morph.get("Mood") or (
        lex.mood and is_conditional_form(token.lower_, lex))


def _conditional_mood(verb, lex: Lexicon) -> bool:
    """The verb or its auxiliary is in the conditional mood ("affirmerait", "aurait déclaré"):
    hearsay; not a modal's possible speech ("pourrait demander", "would ask")."""
    def conditional(token) -> bool:
        return token.lower_ not in lex.words.modals and _conditional_token(token, lex)

    return conditional(verb) or "Part" in verb.morph.get("VerbForm") and any(
        child.dep_.startswith("aux") and conditional(child) for child in verb.children)


def _in_conditional(verb, lex: Lexicon) -> bool:
    return _conditional_token(verb, lex) or any(
        child.dep_.startswith("aux") and (_conditional_token(child, lex)
                                          or child.lower_ in lex.words.modals)
        for child in verb.children) or (
        # "la commune pourrait demander", "il devrait y évoquer": speech that may happen
        verb.dep_ in lex.syntax.get("modal_complement_deps", ())
        and "Inf" in verb.morph.get("VerbForm") and _conditional_token(verb.head, lex)
        and lex.is_hypothetical_modal(verb.head.lower_))


# Dependents through which a quote is no longer among the verb's own complements.
_OTHER_CLAUSE_DEPS = frozenset({"conj", "cc", "acl", "acl:relcl", "advcl", "parataxis",
                                "csubj", "nsubj", "nsubj:pass", "expl:subj", "obl:agent"})


def _reports_content(verb, lex: Lexicon) -> bool:
    """A verb of a stem with a non-speech sense ([reporting] clause_only_stems: "ajouter",
    "assurer", "maintenir", "constater", "proposer" ...) reports speech only with what was said:
    a "que" clause ("a ajouté que", not the restrictive "ne propose que"), a colon or a quote
    after it, a claim in the infinitive ("assure avoir vu"), "de" / "à" + infinitive for
    infinitive_content_stems ("propose de racheter"), a quote among its own complements ("juge
    la mesure « injuste »"), the incise position ("…, ajoute-t-il", "« … », a ajouté X") or "comme
    l'a constaté X". Not "ajouter une tranche", "assurer les fonctions", "maintenir la parité",
    "l'avoir constaté", "proposer des actions"."""
    return (_content_after(verb, lex) or _que_clause(verb, lex) or _incise_position(verb, lex)
            or _quote_in_complements(verb) or _said_clitic(verb, lex)
            or _content_object(verb, lex) or _infinitive_complement(verb, lex)
            or _predicative(verb, lex))


def _content_object(verb, lex: Lexicon) -> bool:
    """The direct object names a statement ([reporting] content_objects): "avancent une
    explication", "a maintenu sa version", "propose une solution"; or the noun a participle
    modifies, or a passive's subject, names a statement."""
    if any(child.dep_ in ("obj", "dobj") and child.i > verb.i
           and child.lower_ in lex.content_objects for child in verb.children):
        return True
    # What was said that the participle describes: "sa réponse, rapportée par X", "les motifs
    # avancés par X".
    heads = [child for child in verb.children
             if child.dep_ in lex.syntax["passive_subject_deps"]]
    if verb.dep_ in lex.syntax["modifier_deps"] and verb.head.i < verb.i:
        heads.append(verb.head)
    return any(head.lower_ in lex.content_objects for head in heads)


def _opens_quote(token) -> bool:
    """An opening quotation mark: «, “, or a " that an even number of " precede in its
    sentence."""
    if token.text in ("«", "“", "„"):
        return True
    if token.text != '"':
        return False
    doc = token.doc
    return sum(1 for t in doc[token.sent.start:token.i] if t.text == '"') % 2 == 0


def _closes_quote(token) -> bool:
    """A closing quotation mark: », ”, or a " that an odd number of " precede in its sentence
    or that a comma or a period follows."""
    if token.text in ("»", "”"):
        return True
    nxt = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""
    return token.text == '"' and (not _opens_quote(token) or nxt in (",", ".", ";"))


def _content_after(verb, lex: Lexicon) -> bool:
    """What follows the verb opens what was said: "que", ":", a quote, an infinitive ("assure
    avoir", "indique maintenir"), an object of content_objects ("avancent l'hypothèse") or, for
    an active verb of infinitive_content_stems, "de" / "à" + infinitive ("propose de") and, of
    call_stems, "à" ("appelle à la grève"). Skipped on the way: adverbs, clitics, the inverted
    subject ("ajoute-t-il :"), a date, an aside between commas with no verb (", lundi,"), an
    addressee ("a assuré aux élus que")."""
    doc, end = verb.doc, verb.sent.end
    active = not _passive_like(verb, lex)  # "sera appelé à comparaître": the subject is summoned
    infinitive_marker = active and lex.takes_infinitive_content(verb.lower_)
    call = active and lex.is_call(verb.lower_)
    clitics = lex.mistagged.get("clitics", ())
    time_words = lex.mistagged.get("time_words", ())
    words = lex.words
    j, steps = verb.i + 1, 0
    while j < end and steps < 10:
        token = doc[j]
        lower = token.lower_
        phrase = next((n for n in lex.adverbial_phrases_by_first.get(lower, ())
                       if [t.lower_ for t in doc[j:j + n[1]]] == n[0]), None)
        if phrase is not None:
            j, steps = j + phrase[1], steps + 1  # "note par exemple que", "a en effet ajouté"
            continue
        if lower in words.clause_conjunctions or lower.startswith(
                words.elided_clause_conjunctions):
            # not "plutôt que de", "ne … que" (only)
            return doc[j - 1].lower_ not in words.not_before_clause and not _restrictive_que(
                verb, j, lex)
        if token.text == ":" or _opens_quote(token):
            return True
        if "Inf" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX"):
            return True  # "assure avoir vu", "indique maintenir sa plainte"
        if call and lower in words.dative_prepositions:
            return True  # "appelle à la grève", "appelle au calme"
        if infinitive_marker and lower in words.infinitive_markers:
            k = j + 1
            while k < end and (doc[k].lower_ in clitics or doc[k].pos_ == "ADV"):
                k += 1
            if k < end and "Inf" in doc[k].morph.get("VerbForm"):
                return True
        if token.text.startswith("-") or token.pos_ == "ADV" or lower in clitics or lower in (
                words.emphatic_pronouns) or lower in time_words or (
                token.text[:1].isdigit()) or lower.endswith(
                words.adverb_endings) and token.pos_ != "NOUN":
            # (an adverb the tagger missed: "avancent carrément l'hypothèse que"; a date:
            # "constataient lundi 6 juillet que")
            j, steps = j + 1, steps + 1
            continue
        if token.text == ",":
            close = next((k for k in range(j + 1, min(j + 9, end)) if doc[k].text == ","), None)
            if close is None or any(_main_finite(t, lex) for t in doc[j + 1:close]):
                return False
            j, steps = close + 1, steps + 1
            continue
        if lower in words.dative_prepositions:
            k = j + 1
            while k < min(j + 6, end) and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
                k += 1
            if k == j + 1:
                return False
            j, steps = k, steps + 1
            continue
        # an object noun phrase: content only when its noun names a statement
        while j < end and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].lower_ in (
                words.of_prepositions)):
            j += 1
        return j < end and doc[j].pos_ == "NOUN" and doc[j].lower_ in lex.content_objects
    return False


def _infinitive_complement(verb, lex: Lexicon) -> bool:
    """An active verb of infinitive_content_stems with an infinitive complement after it that
    opens with "de" / "à", however far ("propose d'ailleurs d'exercer", "a invité avec succès
    les journaux à refuser"); by the parse."""
    if not lex.takes_infinitive_content(verb.lower_) or _passive_like(verb, lex):
        return False
    return any(child.i > verb.i and "Inf" in child.morph.get("VerbForm") and child.dep_ in (
        "xcomp", "ccomp", "obl", "obl:arg", "advcl") and any(
            grand.lower_ in lex.words.infinitive_markers and grand.dep_ in ("mark", "case")
            for grand in child.children) for child in verb.children)


def _predicative(verb, lex: Lexicon) -> bool:
    """For predicative_stems, an object and what the verb says of it: "juge la grève
    disproportionnée", "considère cette matière comme stratégique" (an adjective, or a noun or
    adjective after "comme", complementing the verb after it); with predicative_markers,
    "sees the plan as a trap", "called him divisive" (an object predicate)."""
    if not lex.is_predicative(verb.lower_):
        return False
    markers = lex.predicative_markers
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp" and child.pos_ == "ADJ":
            return True
        if markers and child.dep_ in lex.syntax.get("object_deps", ()) and any(
                _predicate_of(other, markers) for other in [*verb.children, *child.children]):
            return True  # (the parser hangs "as a trap" on the verb or on its object)
        if markers and child.dep_ in lex.syntax.get("object_deps", ()) and any(
                other.dep_ == child.dep_ and other.i > child.i for other in verb.children):
            return True  # "deemed the program a failure": the parser gives two objects
        if child.pos_ in ("NOUN", "ADJ", "PROPN") and any(
                grand.lower_ in lex.words.manner_conjunctions and grand.dep_ in ("case", "mark")
                for grand in child.children):
            return True
    return False


def _predicate_of(token, markers: frozenset[str]) -> bool:
    """An object predicate ("called him divisive") or a marker with its noun ("as a trap")."""
    return token.dep_ == "oprd" or token.lower_ in markers and token.dep_ == "prep" and any(
        grand.dep_ in ("pobj", "amod", "acomp") for grand in token.children)  # "as weak"


def _restrictive_que(verb, que_index: int, lex: Lexicon) -> bool:
    """"ne propose que des replâtrages", "ne l'assurer que six jours": "ne … que" means only,
    with no negation word between."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    ne = None
    while i >= start and i > verb.i - 6:
        lower = doc[i].lower_
        if lower in lex.words.negation_particles:
            ne = i
            break
        if not (doc[i].pos_ in ("AUX", "ADV", "PRON") or doc[i].dep_.startswith("aux")
                or lower in lex.words.negation_words):
            break
        i -= 1
    if ne is None:
        return False
    return not any(t.lower_ in lex.words.negation_words for t in doc[ne:que_index])


def _que_clause(verb, lex: Lexicon) -> bool:
    """A clause after the verb that the parser hangs on it and that opens with "que"."""
    doc = verb.doc
    return any(child.dep_ == "ccomp" and child.i > verb.i and any(
        grand.lower_ in lex.words.clause_conjunctions and grand.dep_ == "mark"
        and doc[grand.i - 1].lower_ not in lex.words.not_before_clause
        for grand in child.children)
        for child in verb.children)


def _verb_group_start(verb, lex: Lexicon) -> int:
    """Index of the word before the verb's group (auxiliaries, adverbs, clitics, negation,
    an inverted clitic)."""
    return _skip_verb_group_left(verb.doc, verb.i - 1, verb.sent.start, lex)


def _incise_position(verb, lex: Lexicon) -> bool:
    """The verb reports what stands around it: an inverted subject clitic ("…, ajoute-t-il",
    "a-t-on ajouté"), or the group opens after a comma, a dash, a colon or a quote and its
    subject follows it ("« … », a ajouté M. Brady", "…, ajoute l'OFCE.", "Mais, constate
    l'ancien ministre, « … »"). Not "Ayant ajouté, jeudi, une tranche" (nothing before) nor
    "X, qui …, ajoute à ses talents" (no subject after)."""
    doc = verb.doc
    before = _verb_group_start(verb, lex)
    opens = before < verb.sent.start or doc[before].text in _INCISE_OPENERS
    if opens and (_inverted_clitic(verb, lex) is not None or any(
            doc[k].text.startswith("-") and doc[k].lower_.lstrip("-").removeprefix(
                lex.words.euphonic_prefix) in lex.words.third_person_subjects
            for k in range(before + 1, verb.i))):
        return True  # (not after an adverb that inverts: "au moins tranche-t-elle avec")
    if before < verb.sent.start or not opens or _is_controlled(verb, lex):
        return False
    quote = doc[before] if doc[before].text != "," or before == verb.sent.start else doc[
        before - 1]
    if _closes_quote(quote):
        return True  # "« … », a ajouté pour sa part M. X": the verb right after a quotation
    subject = _postposed_subject(verb, lex)
    if subject is None:
        # "…, constate Pavel Maly." (a name the tagger took for an adjective)
        return _clause_before(verb, lex) and any(
            is_proper(t) or t.text[:1].isupper() for t in doc[verb.i + 1:min(
                verb.i + 4, verb.sent.end)])
    if _clause_before(verb, lex) or _inverted_incise(verb, lex) is not None:
        return True  # (the latter: "Les tarifs, a ajouté le ministre dans …, resteront")
    end = _np_tokens(subject, lex, verb)[-1].i + 1
    return end >= verb.sent.end or doc[end].text in _INCISE_CLOSERS | QUOTE_CHARS


def _quote_in_complements(verb) -> bool:
    """A quote opens among the verb's own complements after it ("juge la mesure
    « injuste »", "qualifie de « grave »"), not in another clause hung on it."""
    stack = [child for child in verb.children
             if child.i > verb.i and child.dep_ not in _OTHER_CLAUSE_DEPS]
    while stack:
        node = stack.pop()
        if _opens_quote(node):
            return True
        stack.extend(child for child in node.children if child.dep_ not in _OTHER_CLAUSE_DEPS)
    return False


def _said_clitic(verb, lex: Lexicon) -> bool:
    """An object clitic that stands for what was said, on a verb with a subject: "le sénateur
    le rappelait", "ses proches l'ont avancé", "comme l'a constaté X". Not "l'avoir constaté"
    (an infinitive: what was seen)."""
    if not _has_clitic_object(verb, lex):
        return False
    doc, start = verb.doc, verb.sent.start
    finite = "Fin" in verb.morph.get("VerbForm") or _finite_auxiliary(verb, lex) is not None
    window = [t.lower_ for t in doc[max(start, verb.i - 5):verb.i]]
    return finite or any(word in lex.words.manner_conjunctions for word in window)


def _other_sense(verb, lex: Lexicon) -> bool:
    """The verb is in a non-speech sense that its construction shows: pronominal for a stem of
    pronominal_other_sense_stems ("s'ajoutent", "s'est révélée", "se sont ajoutés"), or with a
    direct or "à" object of object_senses ("dénoncer un contrat", "répondre aux besoins")."""
    doc, start = verb.doc, verb.sent.start
    if lex.pronominal_other_sense(verb.lower_):
        i = verb.i - 1
        while i >= start and (doc[i].pos_ == "AUX" or doc[i].pos_ == "ADV" or doc[i].lower_ in (
                lex.words.negation_particles) or doc[i].lower_ in lex.words.adverbial_clitics):
            i -= 1
        if i >= start and doc[i].lower_ in lex.mistagged.get("reflexives", ()):
            return True
    objects = lex.non_speech_objects(verb.lower_)
    if objects:
        heads = [child for child in verb.children if child.dep_ in ("obj", "dobj")
                 or child.dep_ in lex.syntax["passive_subject_deps"] or any(
                     grand.lower_ in lex.words.dative_prepositions and grand.dep_ in lex.syntax[
                         "case_deps"] for grand in child.children)]  # "répondre aux besoins"
        if verb.dep_ in lex.syntax["modifier_deps"]:
            heads.append(verb.head)  # "les accords dénoncés"
        return any(head.lower_ in objects for head in heads)
    return False


def _passive_like(verb, lex: Lexicon) -> bool:
    """A passive ("a été révélé", "est cité") or a past participle modifying a noun ("les
    actions proposées au public", "la valeur ajoutée")."""
    if _is_passive(verb, lex):
        return True
    forms = verb.morph.get("VerbForm")
    return "Part" in forms and not verb.lower_.endswith(lex.words.present_participle_endings) and (
        verb.dep_ in lex.syntax["modifier_deps"] or verb.dep_ == "amod")


def _is_thing(head, lex: Lexicon) -> bool:
    """A common noun that names a thing or a time, not a source ([sources] things, times,
    thing_suffixes): "déclin", "généralisation", "voeux", "années". A head of the lists of
    sources (institutions, media, documents, anonymous, collective) or a proper noun never is."""
    if head.pos_ != "NOUN" or is_proper(head) or not (lex.things or lex.times
                                                      or lex.thing_suffixes):
        return False
    if _is_time(head, lex):
        # not "a indiqué mercredi Santé publique France", "a indiqué, dimanche 27 décembre à
        # Bratislava, le premier ministre slovaque, M. X": a date the parser made the head of
        # the speaker's noun phrase
        return not any(is_proper(t) for t in _np_tokens(head, lex) if t.i > head.i)
    lower = head.lower_
    if any(lower in words for words in (lex.institutions, lex.roles, lex.media, lex.documents,
                                        lex.anonymous_heads, lex.collective_heads)):
        return False
    return lex.is_thing(lower)


def _own_subject(head, verb, lex: Lexicon) -> bool:
    """``head`` is the verb's own subject ("le déclin … indique"), the antecedent of its
    relative pronoun ("une hausse, qui vient s'ajouter") or, for a form the tagger missed, the
    noun phrase before it; not the subject of another verb that the verb's was taken from (a
    coordinated verb: "les syndicats avaient jugé que le prix … et avaient demandé"; an
    infinitive: "la conjonction … incite certains membres à estimer")."""
    if head.head.i == verb.i:
        return True
    if verb.dep_ in lex.syntax["relative_deps"] and verb.head.i == head.i:
        return True
    return verb.pos_ not in ("VERB", "AUX") and head.i < verb.i


def _is_time(token, lex: Lexicon) -> bool:
    """A time word ([sources] times, [reporting.mistagged] time_words): "la semaine dernière",
    "lundi"; as a subject, most often an adverbial the parser mistook for one."""
    return token.lower_ in lex.times or token.lower_ in lex.mistagged.get("time_words", ())

def _comment_clause(verb, lex: Lexicon) -> bool:
    """The verb opens a comment clause on the sentence ("as The Times reported", "as reported
    by X"): the main clause is what was said."""
    markers = lex.syntax.get("comment_marker_deps", ())
    words = lex.comment_markers
    return any(child.dep_ in markers and child.lower_ in words for child in verb.children)


def _comparison(verb, lex: Lexicon) -> bool:
    """The verb heads the clause of a comparison ("spent more than the firm had forecast")."""
    markers = lex.syntax.get("comment_marker_deps", ())
    return any(child.dep_ in markers and child.lower_ in lex.comparative_markers
               for child in verb.children)


def _object_control(verb, lex: Lexicon) -> bool:
    """"urged Congress to act", "asked reporters to leave": a request to someone, a speech act
    as much as a clause ("wants to win", without the object, is not)."""
    syn = lex.syntax
    objects, open_clauses = syn.get("object_deps", ()), syn.get("open_clause_deps", ())
    children = [child.dep_ for child in verb.children]
    if any(d in objects for d in children) and any(d in open_clauses for d in children):
        return True
    # "called on the governor to resign" (request_prepositions)
    return any(child.dep_ == "prep" and child.lower_ in lex.request_prepositions and any(
        grand.dep_ == "pobj" and not _is_time(grand, lex) for grand in child.children)
        for child in verb.children) and any(
        child.i > verb.i and (child.dep_ in open_clauses or child.dep_ == "advcl") and any(
            grand.lower_ in lex.words.infinitive_particles and grand.dep_ == "aux"
            for grand in child.children)
        for child in verb.children)




def _complement_clause(verb, lex: Lexicon) -> bool:
    """A declarative complement clause after the verb ("knows that", "fears the deal will
    fail"), not a question ("knows how many", "wonders whether") nor a quote elsewhere in the
    sentence."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            first = min(t.i for t in child.subtree)
            if doc[first].lower_ not in lex.question_words and not any(
                    t.lower_ in lex.question_words for t in doc[verb.i + 1 : first]):
                return True
    return any(t.lower_ in lex.words.complement_marks and t.dep_ == "mark"
               for t in doc[verb.i + 1 : verb.i + 3])


def _holds_view(verb, speakers: list, lex: Lexicon) -> bool:
    """A belief verb states its subject's view: in the indicative ("would consider", "wants
    to see", "leaving many to wonder" do not), with a speaker that is not "it" ("it seems")."""
    if _is_passive(verb, lex) or any(child.dep_.startswith("aux") and (
            child.lower_ in lex.words.modals or child.lower_ in lex.words.infinitive_particles)
            for child in verb.children):
        return False
    if verb.tag_ in ("VB", "VBG") and verb.dep_ not in ("ROOT", "conj", "parataxis"):
        return False
    return bool(speakers) and all(
        s is not None and s.lower_ not in lex.words.non_personal_pronouns for s in speakers)


_PARENTHETICAL_AFTER = frozenset({",", ".", ";", "!", "?", "—", "–"})


def _parenthetical(verb, lex: Lexicon) -> bool:
    """For parenthetical_stems, the verb and its subject stand apart from the clause they
    report: "Democrats, Frank notes, applaud", "…,” he asked.", "The Post reported." (a
    quotation closed the sentence before). A noun phrase before the verb opens the sentence or
    follows a comma, a dash or a quote, and only adverbs stand between the verb and the
    punctuation after it."""
    if not lex.is_parenthetical(verb.lower_) or _is_controlled(verb, lex):
        return False
    doc, start, end = verb.doc, verb.sent.start, verb.sent.end
    j = verb.i + 1
    while j < end and (doc[j].pos_ in ("ADV", "PART") and doc[j].dep_ != "neg" or (
            doc[j].pos_ == "PRON" and doc[j].dep_ in ("dobj", "dative"))):
        j += 1  # (an adverb, or the pronoun spoken to: "… ?” he asked her.")
    if j < end and doc[j].text not in _PARENTHETICAL_AFTER and doc[j].text not in QUOTE_CHARS:
        return False
    subject = next((c for c in verb.children if c.dep_ in lex.syntax["subject_deps"]
                    and c.i < verb.i), None) or _preverbal_subject(verb, lex)
    if subject is None:
        return False
    tokens = _np_tokens(subject, lex, verb)
    if any(t.i > verb.i for t in tokens) or doc[verb.i - 1].dep_ == "cc":
        return False
    first = tokens[0].i
    return first == start or doc[first - 1].text in _INCISE_OPENERS | {"''", "``"}


def _preposition_between(verb, token) -> bool:
    """A preposition stands between the verb and ``token``: "said on Saturday"."""
    return any(t.pos_ == "ADP" for t in verb.doc[verb.i + 1 : token.i])


def _preverbal_subject(verb, lex: Lexicon):
    """The head of the noun phrase right before a verb that has no subject of its own (English,
    preverbal_speakers): "former president Bill Clinton said" (parsed as an apposition), "a
    spokeswoman, Anna White, said", "Paul Ryan (R-WI) said", "About 4 in 10 say"; auxiliaries
    and adverbs of the verb skipped. None when no such phrase."""
    if not lex.preverbal_speakers:
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and (doc[i].head.i == verb.i and doc[i].dep_ in (
            "aux", "neg", "advmod", "auxpass") or doc[i].pos_ == "ADV" and doc[i].i > verb.i - 3):
        i -= 1
    if i >= start and doc[i].text == ")":
        opening = next((k for k in range(i - 1, max(start, i - 8) - 1, -1)
                        if doc[k].text == "("), None)
        i = opening - 1 if opening is not None else i
    if i >= start and doc[i].text == ",":
        # an apposition closed by the comma: "a spokeswoman, Anna White, said"
        opening = next((k for k in range(i - 1, max(start, i - 10) - 1, -1)
                        if doc[k].text == ","), None)
        if opening is None or opening == i - 1 or any(
                t.text in QUOTE_CHARS or t.pos_ in ("VERB", "AUX") for t in doc[opening:i]):
            return None
        i = opening - 1
    if i < start or doc[i].pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or (
            doc[i].lower_ in lex.words.subject_relatives):
        return None
    token = doc[i]
    for _ in range(4):
        # up the name and its modifiers, not over an apposition ("Hillary Clinton, former
        # president Bill Clinton said")
        head = token.head
        if head.i == token.i or head.i >= verb.i or token.dep_ not in (
                "compound", "nummod", "quantmod", "amod", "poss", "pobj", "prep", "npadvmod"):
            break
        token = head
    while token.pos_ == "ADP" and token.head.i < token.i:
        token = token.head  # "85% of Democrats": the phrase's head, not its preposition
    return token if token.pos_ in ("NOUN", "PROPN", "NUM", "PRON") else None


def _has_clause(verb, lex: Lexicon) -> bool:
    if any(child.dep_ in ("ccomp", "parataxis") for child in verb.children):
        return True
    following = verb.doc[verb.i + 1 : verb.i + 4]
    asks = lex.asks(verb.lower_)
    return any(_opens_what_was_said(t.lower_, lex) or t.lower_ in lex.words.complement_marks
               or t.text in QUOTE_CHARS
               or t.lower_ in lex.question_openers and (
                   t.head.dep_ != "advcl"  # not "if" of a condition, but "asked X if"
                   or asks and t.head.head.i == verb.i)
               for t in following)


def _about_topic(verb, lex: Lexicon) -> bool:
    """A verb of topic_stems with what it was about after it, said rather than planned or
    possible: "talked about the wall", not "a chance to talk about it", "would talk about"."""
    if any(child.dep_.startswith("aux") and (child.lower_ in lex.words.modals
                                              or child.lower_ in lex.words.infinitive_particles)
           for child in verb.children):
        return False
    return lex.takes_topic(verb.lower_) and any(
        child.dep_ == "prep" and child.i > verb.i and child.lower_ in lex.topic_prepositions
        for child in verb.children)


def _reports_object(verb, lex: Lexicon) -> bool:
    """An active verb of object_report_stems with a direct object after it, outside a relative
    clause: "the company reported earnings of $8 a share", "she mentioned the wall"."""
    if not lex.reports_object(verb.lower_) or _is_passive(verb, lex) or (
            verb.dep_ in lex.syntax["relative_deps"]):
        return False  # (not "X, which reported record profits": background, not a citation)
    objects = lex.syntax.get("object_deps", ())
    return any(child.dep_ in objects and child.i > verb.i for child in verb.children)


def _verb_cues(doc, lex: Lexicon):
    cues = []
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers):
        light = lower in lex.light_verb_forms and _light_verb_object(doc, i, lowers, lex)
        if not (light or lex.is_reporting(lower)):
            if lower in lex.document_verbs:
                cues += _document_cue(doc[i], lex)
            continue
        token = doc[i]
        how = None
        if token.pos_ not in ("VERB", "AUX") and not (
            light or _after_quote(token) or _acts_as_verb(token, lex)
        ):
            how = _mistagged_verb(token, lex)
            if how is None:
                continue
        if "Imp" in token.morph.get("Mood") or (token.tag_ == "VB" and token.i == 0):
            continue  # "Tell us in the comments": an imperative addresses the reader
        if token.pos_ == "AUX" and token.dep_.startswith("aux"):
            continue
        if _comparison(token, lex):
            continue  # "more than the company had forecast": the article's yardstick
        if token.tag_ == "VBN" and token.dep_ == "advcl" and not any(
            child.dep_.startswith("aux") or child.dep_ in lex.syntax["agent_deps"]
            for child in token.children
        ) and not _comment_clause(token, lex):
            continue  # "Asked about it, Carver said": who was asked speaks in the main clause
        # "Elle n'a pas indiqué si", "ne dit pas", "he did not say": nothing reported (not
        # "on assure ne pas être inquiet", whose negation is the infinitive's)
        negated = any(child.lower_ in lex.cue_negations and child.i <= token.i + 1
                      or child.lower_ in lex.hearsay_adverbs for child in token.children)
        hearsay = not any(child.lower_ in lex.cue_negations and child.i <= token.i + 1
                          for child in token.children) and (any(
            child.lower_ in lex.hearsay_adverbs for child in token.children)
            or _conditional_mood(token, lex))
        if lex.names_addressee(lower) and "Past" in token.morph.get("Tense") and "Part" in (
                token.morph.get("VerbForm")) and not any(
                child.dep_.startswith("aux") or child.dep_ in lex.syntax["agent_deps"]
                for child in token.children):
            continue  # "Interrogé sur ce point, X", "le ministère, sollicité,": who was asked
        if not light and lex.mistagged and _other_sense(token, lex):
            continue  # "s'ajouter", "se révéler", "dénoncer un contrat", "répondre aux besoins"
        belief = not light and lex.is_belief(token.lower_)
        if belief and not (_complement_clause(token, lex) or _predicative(token, lex)
                           or _parenthetical(token, lex)):
            continue  # "knows that" cites a view; "knew him", "knows how" do not
        if not light and lex.takes_topic(lower) and not _about_topic(token, lex):
            continue  # "spoke at a rally": nothing said; "talked about the wall": a subject
        if not light and not belief and lex.needs_clause(token.lower_) and not (
            _reports_content(token, lex) if lex.mistagged else (
                _has_clause(token, lex) or _is_incise(token, lex)
                or _has_clitic_object(token, lex)
                or _quote_in_sentence(token) or _comment_clause(token, lex)
                or _object_control(token, lex) or _predicative(token, lex)
                or _parenthetical(token, lex) or _reports_object(token, lex)
                or _about_topic(token, lex))
        ):
            continue  # "il soutient Trump" is support, "il soutient que" is speech
        speakers = _surface_speakers(token, how, lex) if how else _speakers_of_verb(token, lex)
        if belief and not _holds_view(token, speakers, lex):
            continue  # a view held by no one we can name is the article's own
        if speakers and all(s is not None and _is_thing(s, lex) for s in speakers):
            if any(s is not None and s.i < token.i and not _is_time(s, lex)
                   and _own_subject(s, token, lex) for s in speakers) and not (
                    lex.mistagged and _incise_position(token, lex)):
                continue  # "le déclin de la CGT indique", "la situation exige": show, require
            # "X évoque une hausse", "qui la semaine dernière leur avait enjoint", "Ni
            # nationalisation, ni privatisation, disait la lettre": an object, a time or the
            # reported words that the parser took for the subject; the words around may show
            # the speaker.
            incise = lex.mistagged and _incise_position(token, lex)
            postposed = _postposed_subject(token, lex) if incise else None
            speakers = [postposed] if postposed is not None and not _is_thing(
                postposed, lex) else []
        finite = token if "Fin" in token.morph.get("VerbForm") else _finite_auxiliary(token, lex)
        if not speakers and lex.mistagged and finite is not None:
            # The parser found no subject for a finite verb ("Le Centre note que", parsed as
            # a modifier of "Centre"), or for the auxiliary of a participle ("a-t-il ajouté",
            # "Le groupe a d'ores et déjà fait savoir"): the words around it may show one.
            how = _verb_context(finite, lex, verbal=finite is not token)
            speakers = _surface_speakers(finite, how, lex) if how else []
        if lex.mistagged and _is_gerund(token, lex):
            # "« … », répond X, PDG de Y, en rappelant que": the speaker of the cue the gerund
            # follows in its clause, whatever noun the parser hung it on
            speakers = _previous_cue_speakers(token, cues, lex) or speakers
        if not speakers and lex.mistagged:
            # "Rappelant que ..., le ministre a ajouté", "Après avoir déclaré que ..., X"
            opening = _opening_clause_subject(token, lex)
            speakers = [opening] if opening is not None else []
        if speakers and lex.mistagged and all(_impersonal(s, token, lex) for s in speakers):
            continue  # "il faut dire que": the article's own words, no one's speech
        speakers = [s for s in speakers if s is None or not _is_thing(s, lex)]
        kind = _left_subject_kind(token, speakers, lex) if lex.mistagged and not light else None
        if kind is not None:
            # "X a confirmé ..., précisant que", "X a répondu ... en ajoutant", "X a jugé ...
            # et a demandé": the parse lost the subject; it is the one of the clause before.
            left = _subject_of_clause_left(token, kind, lex)
            speakers = [left] if left is not None else speakers
        if not speakers and (lex.mistagged or lex.agentless_no_cue) and not light and (
                _passive_like(token, lex) or lex.agentless_no_cue and token.dep_ == "amod"):
            # "le montant n'a pas été révélé", "son nom est cité", "les actions proposées au
            # public", "the so-called establishment", "pledged delegates": a passive or a
            # participle with no agent attributes nothing to anyone.
            continue
        if not light and lower in lex.light_verb_objects and any(
                cue[0].i in range(i - 3, i) and cue[0].lower_ in lex.light_verb_forms
                and {t.i for t in cue[1] if t is not None} == {t.i for t in speakers
                                                               if t is not None}
                for cue in cues):
            continue  # "fait-on remarquer": one cue, the light verb's, with the same speaker
        cues.append((token, speakers, "verb", token.idx + len(token.text)))
        if negated or _in_conditional(token, lex):
            # (as for "X aurait déclaré": X stays in the evidence, not among the sources)
            cues[-1] = (*cues[-1][:3], cues[-1][3], True, hearsay)
    return cues



def _bare_past_participle(verb, lex: Lexicon) -> bool:
    """A past participle with no auxiliary of its own, not modifying a noun, of a form that is
    no finite verb too ([reporting.mistagged] participle_endings: "évoqué", not "écrit" or
    "conclut", which the tagger may call participles): in a finite clause it shares the
    auxiliary of a participle before it ("a dénoncé X, évoqué Y")."""
    forms = verb.morph.get("VerbForm")
    endings = tuple(lex.mistagged.get("participle_endings", ()))
    return bool(endings) and verb.lower_.endswith(endings) and "Part" in forms and (
        "Pres" not in verb.morph.get("Tense")) and not any(
        child.dep_.startswith("aux") for child in verb.children) and not (
        verb.dep_ in lex.syntax["modifier_deps"] or verb.dep_ == "amod" or _is_passive(verb, lex))


def _shares_auxiliary(verb, lex: Lexicon) -> bool:
    """A bare past participle that may share the auxiliary of a participle before it: not in
    the feminine or the plural ("de telles déclarations, jugées intempestives", "évoquée": it
    agrees with a noun it describes, what was said), and with an object of its own after it
    ("évoqué de nombreuses difficultés", "déploré que"; not "le coût, estimé à 2 milliards")."""
    doc = verb.doc
    nxt = doc[verb.i + 1].lower_ if verb.i + 1 < verb.sent.end else ""
    before = _skip_verb_group_left(doc, verb.i - 1, verb.sent.start, lex)
    return _bare_past_participle(verb, lex) and not (
        "Fem" in verb.morph.get("Gender") or "Plur" in verb.morph.get("Number")) and (
        nxt in lex.mistagged["object_openers"] or nxt in lex.words.of_prepositions
        or nxt.startswith(lex.words.elided_clause_conjunctions) or before >= verb.sent.start
        and doc[before].lower_ in lex.mistagged["coordinators"])


def _previous_cue_speakers(verb, cues: list, lex: Lexicon) -> list:
    """The speakers of the last cue before ``verb`` in its sentence when no other finite verb
    stands between them outside quotes (``verb`` depends on that cue's verb); [] otherwise."""
    before = [cue for cue in cues if cue[0].i < verb.i and cue[0].sent.start == verb.sent.start]
    if not before:
        return []
    cue, speakers = before[-1][0], before[-1][1]
    quoted = _quoted_tokens(verb.sent)
    if any(t.text == ";" or t.i not in quoted and _main_finite(t, lex) and t.head.i != cue.i
           and t.i != cue.i for t in verb.doc[cue.i + 1:verb.i]):
        return []
    return [s for s in speakers if s is not None]


def _left_subject_kind(verb, speakers: list, lex: Lexicon) -> str | None:
    """Why the verb's subject is that of a clause before it, which the parse did not give:
    "adverbial" (an infinitive after "pour", "afin de", "avant de", "après", "sans", or a
    gerund: "en rappelant"), "infinitive" (another infinitive: "se contente de dire", "a déclaré
    avoir ordonné"), "coordinated" (a verb after "et", "mais" with no subject: "… et avaient
    demandé"), "participle" (after a comma, hung by the parser on the object before it: "a
    confirmé l'éventualité d'une suspension, précisant que"); None otherwise. Not a passive
    ("peut être considérée")."""
    doc, start = verb.doc, verb.sent.start
    before = _skip_verb_group_left(doc, verb.i - 1, start, lex)
    if before < start or doc[before].pos_ == "DET" or _passive_like(verb, lex) or (
            doc[before].lower_ in lex.words.passive_auxiliary_forms):
        return None  # (the sentence's opening clause; "son parler franc": a noun)
    perfect = any(child.dep_.startswith("aux") and "Inf" in child.morph.get("VerbForm")
                  for child in verb.children)
    controlled = _is_controlled(verb, lex) or perfect
    if not speakers:
        if controlled and verb.head.i < verb.i and verb.head.lower_ in lex.times:
            return None  # "disposait de trois semaines pour répondre": a delay, not speech
            # (not a date the parser hung it on: "ont entamé, jeudi, une grève pour protester")
        if controlled:
            markers = lex.mistagged.get("adverbial_markers", ())
            marker = doc[before].lower_ in markers or before > start and (
                doc[before].lower_ in lex.words.of_prepositions
                and doc[before - 1].lower_ in markers)
            if marker or _is_gerund(verb, lex):
                return "adverbial"
            if verb.head.pos_ in ("ADJ", "NOUN") and verb.head.i < verb.i:
                return None  # "des lieux capables de conseiller", "il serait inexact de parler"
            return "infinitive"
        coordinators = lex.mistagged.get("coordinators", ())
        if doc[before].lower_ in coordinators:
            return "coordinated"
        if doc[before].text == "," and _shares_auxiliary(verb, lex) and any(
                t.lower_ in lex.mistagged.get("perfect_auxiliaries", ())
                and "Fin" in t.morph.get("VerbForm") for t in doc[start:before]):
            return "coordinated"  # "Il avait dénoncé X, évoqué Y et déploré Z": the participles
            # share the auxiliary and its subject (with their own object: not "le coût du
            # prêt, estimé à 2 milliards")
        return None
    if len(speakers) != 1 or speakers[0] is None:
        return None
    head = speakers[0]
    if "Inf" in verb.morph.get("VerbForm") and head.i == verb.head.i < verb.i and (
            doc[before].lower_ in lex.words.purpose_prepositions
            or doc[before - 1].lower_ in lex.words.purpose_locution_heads) and not (
            _is_time(head, lex)):
        # "ont manifesté dans quatre villes pour protester": a purpose, which the parser hung
        # on the noun before it (not "disposait de trois semaines pour répondre": a delay)
        return "adverbial"
    if not verb.lower_.endswith(lex.words.present_participle_endings):
        return None
    if doc[before].text != "," or head.i >= before or head.dep_ in (
            lex.syntax["subject_deps"] | lex.syntax["passive_subject_deps"]) or (
            head.lower_ in lex.content_objects) or (
            head.head.i < head.i and doc[head.head.i - 1].text == ",") or not (
            verb.dep_ in lex.syntax["modifier_deps"] and verb.head.i == head.i):
        return None  # ("une déclaration de X, affirmant que": the statement's author speaks;
        # "…, relève un expert, soulignant que": the incise's subject)
    return "participle"


def _quoted_tokens(sentence) -> set[int]:
    """Indices of the tokens inside quotation marks in a sentence."""
    inside, found = False, set()
    for token in sentence:
        if token.text in QUOTE_CHARS:
            inside = not inside and _opens_quote(token)
            continue
        if inside:
            found.add(token.i)
    return found


def _subject_of_clause_left(verb, kind: str, lex: Lexicon):
    """The subject of the nearest finite verb before ``verb`` (outside quotes and relative
    clauses, not past a semicolon) that has one, things and times passed over; None when
    there is none, or when that clause gives the verb no speaker: an impersonal or
    demonstrative subject ("il y a une hypocrisie à dénoncer", "cela revient à annoncer", "il
    est inexact de parler"), an object that controls an infinitive ("permet aux opérateurs de
    postuler")."""
    doc, start = verb.doc, verb.sent.start
    quoted = _quoted_tokens(verb.sent)
    subject_deps = lex.syntax["subject_deps"]
    for k in range(verb.i - 1, start - 1, -1):
        token = doc[k]
        if token.text == ";":
            return None
        if k in quoted or "Fin" not in token.morph.get("VerbForm"):
            continue
        clause = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
        if clause.i == verb.i or clause.dep_ in lex.syntax["relative_deps"] or (
                kind != "infinitive" and any(child.dep_ == "mark" and child.i < token.i
                                             for child in clause.children)
                and any(t.text == "," for t in doc[token.i:verb.i])):
            continue  # (a relative or a subordinate clause before a comma: "X a confirmé que
            # Y était …, précisant" is X's; but "X a dit que Y devait payer", "tandis que Y
            # le montre pour expliquer" are Y's)
        bare_participle = "Part" in verb.morph.get("VerbForm") and not (
            verb.lower_.endswith(lex.words.present_participle_endings)
            or any(c.dep_.startswith("aux") for c in verb.children))
        if (kind == "infinitive" or bare_participle) and _is_passive(clause, lex):
            return None  # "il n'est pas autorisé à s'exprimer", "ils sont tenus de dire",
            # "qu'elles soient immatriculées ou déclarées": a passive
        if any(child.dep_ in lex.syntax["expletive_subject_deps"]
               for child in [*clause.children, *token.children]):
            return None
        group = doc[_skip_verb_group_left(doc, token.i - 1, start, lex) + 1 : token.i]
        clitics = lex.mistagged.get("object_clitics", ())
        if kind == "infinitive" and (any(t.lower_ in clitics for t in group) or any(
                child.dep_ in ("obj", "iobj", "obl:arg") and token.i < child.i < verb.i
                and child.pos_ in NOMINAL for child in clause.children)):
            return None  # "lui demande de dire", "permet aux opérateurs de postuler"
        subjects = [child for child in [*clause.children, *token.children]
                    if child.dep_ in subject_deps and child.i < token.i and child.i not in quoted]
        if not subjects:
            how = _verb_context(token, lex, verbal=True)
            subjects = [t for t in _surface_speakers(token, how, lex) if t.dep_ not in (
                "obj", "iobj", "obl:arg", "obl:mod", "nmod")] if how in (
                "preposed", "pronoun") else []  # (not "donné de date précise")
        for subject in subjects:
            if subject.lower_ in lex.words.subject_relatives:
                subject = _relative_antecedent(subject, clause, lex)
            demonstratives = lex.mistagged.get("demonstratives", ())
            if subject.lower_ in demonstratives or subject.lower_ in (
                    lex.words.impersonal_pronouns) and (
                    clause.lower_ in lex.mistagged.get("impersonal_verbs", ())
                    or clause.pos_ == "ADJ"):
                return None
            if _looks_like_source(subject, lex) or kind == "adverbial" and (
                    subject.pos_ == "NOUN" and "Plur" in subject.morph.get("Number")) and not (
                    _is_thing(subject, lex) or _is_time(subject, lex)):
                return subject  # (a purpose or a gerund is its main clause's subject's own,
                # an unnamed group too: "des milliers de fidèles ont manifesté pour protester";
                # not "un rassemblement a eu lieu pour protester")
    return None


def _looks_like_source(token, lex: Lexicon) -> bool:
    """A subject that may be a source, for speakers found by surface rules rather than the
    parse: a name, a personal or indefinite pronoun, or a head of the [sources] lists ("le
    ministre", "les syndicats", "cette lettre"); not "les données", "un rassemblement"."""
    lower = token.lower_
    if lower in lex.words.subject_relatives or _is_thing(token, lex) or _is_time(token, lex):
        return False
    if token.pos_ == "PRON" or lower in lex.referring_pronouns or lower in lex.anonymous_pronouns:
        return True
    if any(is_proper(t) for t in _np_tokens(token, lex)):
        return True
    return any(lower in words for words in (lex.institutions, lex.roles, lex.media,
                                            lex.documents, lex.anonymous_heads,
                                            lex.collective_heads))


def _document_cue(token, lex: Lexicon) -> list:
    """"A recent poll shows", "the study found": a verb that reports only when a document is
    its subject (then typed by its issuer, "a CNN poll"), or a source with a declarative clause
    ("the authors found that"); "the video shows him", "police found the car" are no source."""
    if token.pos_ != "VERB" or "Imp" in token.morph.get("Mood") or (
            token.dep_ in lex.syntax["modifier_deps"]):
        return []  # "polls showing him ahead" is what someone else cites, not a citation
    speakers = _speakers_of_verb(token, lex)
    if speakers and all(head.lower_ in lex.documents and head.pos_ in ("NOUN", "PROPN")
                        for head in speakers):  # (a headline's "Poll Finds" too)
        return [(token, speakers, "verb", token.idx + len(token.text))]
    if speakers and _that_clause(token) and _holds_view(token, speakers, lex) and all(
            head.i < token.i and _looks_like_source(head, lex) for head in speakers):
        # "the researchers found that", "Noah showed that": a finding its author reports (not
        # "found himself playing defense", "found it offensive")
        return [(token, speakers, "verb", token.idx + len(token.text))]
    return []


def _that_clause(verb) -> bool:
    """A complement clause opened by its subordinator right after the verb ("found that")."""
    return any(child.dep_ == "ccomp" and child.i > verb.i and any(
        grand.dep_ == "mark" and grand.i == verb.i + 1 for grand in child.children)
        for child in verb.children)


def _light_verb_object(doc, i: int, lowers: list[str], lex: Lexicon) -> bool:
    """The light verb at ``i`` has its reporting object next, or in French after an adverb or
    an inverted clitic: "fait savoir", "a fait cependant remarquer", "fait-on remarquer"."""
    j = i + 1
    if lex.mistagged:
        while j < min(i + 4, len(lowers)) and (lowers[j].startswith("-")
                                               or doc[j].pos_ == "ADV"):
            j += 1
    return j < len(lowers) and lex.is_light_verb_cue(lowers[i], lowers[j])


def _impersonal(speaker, cue, lex: Lexicon) -> bool:
    """The "il" of an impersonal verb ("il faut", "il convient de") or of an adjective ("il est
    difficile de") above the ``cue``: no one."""
    if speaker.lower_ not in lex.words.impersonal_pronouns or speaker.head.i == cue.i:
        return False  # (the tagger calls some cues adjectives: "lorsqu'il ajouta")
    head = speaker.head
    return head.lower_ in lex.mistagged.get("impersonal_verbs", ()) or (
        head.pos_ == "ADJ" and speaker.dep_ in lex.syntax["expletive_subject_deps"])


def _phrase_pattern(lex: Lexicon) -> re.Pattern:
    cached = _PHRASE_PATTERNS.get(lex.code)
    if cached is None:
        alternatives = [r"\s*".join(re.escape(word) for word in phrase)
                        for phrase in lex.source_prepositions]
        cached = _PHRASE_PATTERNS[lex.code] = re.compile("|".join(alternatives), re.IGNORECASE)
    return cached


_PHRASE_PATTERNS: dict[str, re.Pattern] = {}


def _preposition_cues(doc, lex: Lexicon, text: str):
    cues = []
    firsts = {phrase[0] for phrase in lex.source_prepositions}
    if not _phrase_pattern(lex).search(text):
        return cues  # none of the phrases is in this sentence
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers):
        if lower not in firsts:
            continue
        for phrase in lex.source_prepositions:
            n = len(phrase)
            if i + n > len(lowers) or lowers[i : i + n] != list(phrase):
                continue
            token, last = doc[i], doc[i + n - 1]
            speaker = _object_of_preposition(last, lex)
            if lex.mistagged and speaker is not None and speaker.lower_ in (
                    lex.words.subject_relatives) and (
                    speaker.i == last.i + 1):
                # "les déclarations de X selon lesquelles": who made the statement the relative
                # stands for; "l'hypothèse selon laquelle": no one, no cue
                source = _relative_statement_source(token, lex)
                if source is None:
                    continue
                speaker = source
            if phrase in lex.framing_prepositions and not _frames_a_named_view(token, speaker):
                continue
            if speaker is not None and _is_thing(speaker, lex):
                continue  # "selon ses voeux", "selon les régions": depending on, as wished
            cues.append((token, [speaker] if speaker is not None else [], "preposition",
                         last.idx + len(last.text)))
    return cues


def _relative_statement_source(preposition, lex: Lexicon):
    """Who stands behind the noun a "selon lequel" relative follows: the noun itself when it
    names a source ("l'économiste, selon lequel", "un rapport selon lequel"), the source its "de"
    complement names when it names a statement ("les déclarations de X selon lesquelles",
    "l'argument de Paris selon lequel"); None when none does ("l'hypothèse selon laquelle", "le
    principe selon lequel": the content of an idea, no one's)."""
    doc, start = preposition.doc, preposition.sent.start
    j = preposition.i - 1
    while j >= start and doc[j].text in (",", ")"):
        j = next((k for k in range(j - 1, max(start, j - 25) - 1, -1) if doc[k].text == "("),
                 j) - 1 if doc[j].text == ")" else j - 1
    if j < start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[j]
    for _ in range(6):  # up the complements and the name: "les déclarations de M. X au Y"
        head = noun.head
        if head.i >= noun.i or head.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in (
                "nmod", "flat:name", "flat", "appos", "amod"):
            break
        noun = head
    if noun.lower_ not in lex.content_objects and _looks_like_source(noun, lex):
        return noun
    return next((child for child in noun.children if child.i > noun.i
                 and child.dep_ in lex.syntax["noun_complement_deps"]
                 and child.pos_ in ("NOUN", "PROPN") and _looks_like_source(child, lex)), None)


def _document_preposition_cues(doc, ctx: _Context) -> list:
    """"In a CNN poll released Monday, 50 percent ...", "leads in the latest survey": a
    document of cited_documents cited through a preposition of document_prepositions (then
    typed by its issuer); not "wrote in a report", where the writer is the source."""
    lex = ctx.lex
    if not lex.cited_documents:
        return []
    cues = []
    for token in doc:
        if token.lower_ not in lex.document_prepositions or token.dep_ != "prep":
            continue
        objects = [child for child in token.children if child.dep_ == "pobj"
                   and child.lower_ in lex.cited_documents]
        # a poll named by its issuer ("a CNN poll") or opening the sentence ("In a survey
        # released Monday, ..."); "leads in the polls", "New Hampshire polls" cite no one
        if objects and not (token.head.pos_ in ("VERB", "AUX")
                            and lex.is_reporting(token.head.lower_)) and (
                token.i == token.sent.start or _issuer_named(objects[0], ctx)):
            cues.append((token, objects[:1], "preposition", token.idx + len(token.text)))
    return cues


def _possessive_statement_cues(doc, lex: Lexicon) -> list:
    """"Trump's claim that ...", "Pence's call for a special prosecutor", "his warning that":
    a noun of statement_nouns with a possessive cites the possessor (English)."""
    if not lex.statement_nouns:
        return []
    return [(token, [child], "noun", token.idx + len(token.text))
            for token in doc if token.pos_ == "NOUN" and token.lower_ in lex.statement_nouns
            and _stated_content(token, lex)
            for child in token.children if child.dep_ == "poss"]


def _stated_content(noun, lex: Lexicon) -> bool:
    """What the statement noun says follows it: a "that" clause ("claim that"), a demand
    ("call for", light_verb_objects), a colon or a quote; "his comments", "Trump's remarks"
    alone only refer to what was said."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if nxt is not None and (nxt.text == ":" or _opens_quote(nxt) or (
            nxt.lower_ in lex.light_verb_objects and nxt.head.i == noun.i)):
        return True
    return any(child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
        grand.lower_ in lex.words.complement_marks and grand.dep_ == "mark"
        for grand in child.children)
        for child in noun.children)


def _issuer_named(document, ctx: _Context) -> bool:
    """An organisation or a medium named before the document word ("a CNN poll")."""
    tokens = [t for t in document.subtree if t.i < document.i]
    if not tokens:
        return False
    start, end = ctx.at(tokens[0]), ctx.end_of(tokens[-1])
    text = ctx.parsed.text[start:end]
    return _media_name(text, ctx.lex) is not None or any(
        e.label in ctx.lex.syntax["organisation_entity_labels"]
        for e in ctx.parsed.entities_in(start, end))


def _dash_cues(doc, text: str):
    """A trailing "- Name": the name is the speaker, the dash the cue."""
    match = DASH_ATTRIBUTION.search(text)
    if match is None:
        return []
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" or t.tag_.startswith("NNP") for t in span):
        return []
    dash = doc.char_span(match.start(), match.start(1), alignment_mode="expand")
    cue = next((t for t in dash if not t.is_space), span[0]) if dash is not None else span[0]
    head = span.root
    return [(cue, [head], "dash", cue.idx + len(cue.text))]


def _colon_cues(doc, text: str, ctx: _Context):
    """A sentence opening with a name and a colon ("Bill Clinton: 'Hillary Is Better
    Qualified'", "Ryan: ...", "BENENSON: ..."): the name is the speaker, the colon the cue.
    Only a name that NER calls a person or an organisation, or a surname of a person it found
    in the text: "Iowa:", "Editor's Note:", "The Latest:", "Q:" open lines too."""
    match = COLON_ATTRIBUTION.match(text)
    if match is None:
        return []
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    colon = doc.char_span(match.end(1), match.end(), alignment_mode="expand")
    if span is None or colon is None:
        return []
    cue = next((t for t in colon if t.text == ":"), None)
    start = ctx.sentence.start
    syntax = ctx.lex.syntax
    named = syntax["person_entity_labels"] | syntax["organisation_entity_labels"]
    people = [e for e in ctx.parsed.entities_in(start + match.start(1), start + match.end(1))
              if e.label in named]
    if not people and len(span) == 1:
        # a transcript's later lines give the surname alone: "JOEL BENENSON: ..." then
        # "BENENSON: ..."
        surname = span[0].lower_
        people = [e for e in ctx.parsed.entities if e.label in syntax["person_entity_labels"]
                  and len(e.text.split()) > 1 and e.text.split()[-1].lower() == surname]
    if cue is None or not people or not all(is_proper(t) or t.text == "." for t in span):
        return []
    return [(cue, [span[-1]], "colon", cue.idx + 1)]


def _frames_a_named_view(token, speaker) -> bool:
    """"Pour Samia Benali, cheffe de file, ..." opens the sentence with a named person's view;
    "pour la première fois" does not."""
    if speaker is None or not token.is_sent_start and token.i > 0:
        return False
    named = is_proper(speaker) or any(
        is_proper(t) for t in speaker.subtree if t.i <= speaker.i + 3
    ) or bool(_apposed_name(speaker))
    return named and any(t.text == "," for t in token.doc[speaker.i : speaker.i + 12])


def _object_of_preposition(last, lex: Lexicon):
    if last.dep_ in lex.syntax["case_deps"] and last.head.i > last.i and last.head.pos_ in NOMINAL:
        return last.head
    for child in last.children:
        if child.dep_ == "pobj" and child.pos_ in NOMINAL:
            return child
    sent_end = last.sent.end
    for token in last.doc[last.i + 1 : min(last.i + 7, sent_end)]:
        if token.pos_ in NOMINAL:
            # climb to the head of its noun phrase
            while token.head.i != token.i and token.head.pos_ in NOMINAL and token.dep_ in (
                "flat:name", "flat", "compound", "amod", "nmod", "appos"
            ) and token.head.i > last.i:
                token = token.head
            return token
    return None


def _speakers_of_verb(verb, lex: Lexicon, depth: int = 0) -> list:
    syn = lex.syntax
    if depth < 3 and verb.dep_ == "cop" and lex.is_light_verb_cue(verb.lower_, verb.head.lower_):
        # "La CFE-CGC fait état de": the parser made the light verb a copula of its object,
        # which carries the subject.
        return _speakers_of_verb(verb.head, lex, depth + 1)
    heads = []
    for child in verb.children:
        if child.dep_ in syn["subject_deps"] and not (lex.mistagged and _dative_clitic(
                child, verb, lex)):
            heads.append(child)
    if lex.mistagged and len(heads) > 1 and any(h.i > verb.i for h in heads):
        # (subjects after the verb too: "« … », notent les experts, citant l'Asie et
        # l'Europe": the parser gave the incise verb a noun of the words after its subject)
        heads = _incise_subject_of_two(verb, heads, lex)
    after_postposing = None if any(h.i > verb.i for h in heads) else (
        _subject_after_postposing_word(verb, lex))
    if after_postposing is not None:
        # "comme l'a déclaré un conseiller", "le plan qu'exigent les créanciers": the parser
        # often gives the verb the noun before "comme" or "que" for a subject.
        heads = [after_postposing]
    inverted = _inverted_incise(verb, lex) if heads and any(h.i < verb.i for h in heads) else None
    if inverted is not None:
        # "« Ces chiffres sont faux », déclare Marc Petit": the parser takes the quote's subject
        # for the verb's; the noun phrase after the incise verb is its subject.
        heads = [inverted]
    if lex.mistagged:
        # "Les tarifs, a-t-il ajouté, ...", "écrivait-il": the inverted clitic on the verb or
        # its auxiliary is the subject, whatever else the parser hung on the verb before it;
        # but in "Le maire ne dit-il pas que" the clitic repeats the noun phrase before it.
        for group in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]:
            clitic = _inverted_clitic(group, lex)
            if clitic is not None:
                before = _skip_verb_group_left(verb.doc, group.i - 1, verb.sent.start, lex)
                if not heads or before < verb.sent.start or verb.doc[before].pos_ not in (
                        "NOUN", "PROPN", "ADJ", "PRON"):
                    heads = [clitic]
                break
    if not heads and lex.mistagged:
        # "Dassault n'a pas précisé": the parser hung the subject on the auxiliary.
        # Only the nearest auxiliary, a finite "avoir": not "s'est déclarée", "accusée
        # d'avoir".
        auxiliary = max((child for child in verb.children
                         if child.dep_.startswith("aux") and child.i < verb.i),
                        key=lambda child: child.i, default=None)
        if auxiliary is not None and "Fin" in auxiliary.morph.get("VerbForm") and (
                auxiliary.lower_ in lex.mistagged.get("perfect_auxiliaries", ())):
            heads = [child for child in auxiliary.children
                     if child.dep_ in syn["subject_deps"] and child.i < auxiliary.i]
    if not heads:
        for child in verb.children:
            if child.dep_ in syn["agent_deps"]:
                heads.append(_agent_object(child))
    if not heads:
        for child in verb.children:
            clitic = child.lower_.startswith("-")
            if (child.dep_ in syn["expletive_subject_deps"] or clitic) and child.lower_.lstrip(
                "-"
            ) in lex.words.third_person_subjects:
                heads.append(child)
                break
    incise = not heads and _incise(verb, lex) and not _is_controlled(verb, lex) and not (
        lex.mistagged and _bare_past_participle(verb, lex))
    finite = "Fin" in verb.morph.get("VerbForm") or _finite_auxiliary(verb, lex) is not None
    if incise and lex.mistagged and (
            _opens_clause(verb, lex) or not _clause_before(verb, lex)) and (
            finite and not _is_passive(verb, lex)):
        # "M. X, président de Y, a déclaré que", "X, de l'institut Z, admet l'existence de":
        # no clause or quote before the comma, so no incise: the subject is the noun phrase
        # before the aside, and what follows the verb is its object or its clause.
        left = _subject_before_aside(verb, lex)
        if left is not None or _opens_clause(verb, lex):
            heads += [left] if left is not None else []
            incise = False
    if incise and verb.lower_ not in lex.words.addressee_verb_forms:
        # "« ... », a affirmé Sophie Bernard": the parser often takes the inverted subject
        # for an object, or the verb for a noun ("glisse un banquier").
        postposed = _postposed_subject(verb, lex) if lex.mistagged else None
        if postposed is not None:
            heads.append(postposed)
        for child in ([] if heads else verb.children):
            if child.i > verb.i and child.pos_ in ("PROPN", "NOUN") and child.dep_ in (
                "obj", "dobj", "nsubj", "obl", "appos", "dep"
            ) and not (lex.preverbal_speakers and _preposition_between(verb, child)):
                heads.append(child)
                break
        if not heads:
            for token in verb.doc[verb.i + 1 : verb.i + 5]:
                if token.pos_ in ("PROPN", "NOUN", "PRON"):
                    if not (lex.preverbal_speakers and _preposition_between(verb, token)):
                        heads.append(token)  # not "said on Saturday"
                    break
    if not heads and lex.preverbal_speakers and finite and not _is_passive(verb, lex) and (
            not _is_controlled(verb, lex)) and verb.dep_ in ("ROOT", "conj", "ccomp", "advcl",
                                                        "parataxis", "appos", "dep"):
        preverbal = _preverbal_subject(verb, lex)
        heads += [preverbal] if preverbal is not None else []
    # The relative pronoun stands for its antecedent: "Peskov, qui a affirmé".
    heads = [_relative_antecedent(h, verb, lex) if h.lower_ in lex.words.subject_relatives else h
             for h in heads if h is not None]
    if len(heads) == 1 and heads[0].i < verb.i and verb.dep_ in syn["relative_deps"]:
        heads = _issuer_of_object(heads[0], lex, depth) or heads  # "released data that show"
    past_participle = "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get(
        "Tense") and not verb.lower_.endswith(lex.words.present_participle_endings)
    if not heads and lex.mistagged and (past_participle or _is_passive(verb, lex)):
        # "la possibilité évoquée mardi par M. X": the agent the parser did not label.
        by = next((t for t in verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]
                   if t.lower_ in lex.words.agent_prepositions), None)
        agent = _postposed_subject(by, lex) if by is not None else None
        if agent is not None:
            return [agent]
        if verb.dep_ in syn["modifier_deps"] or lex.mistagged and _bare_past_participle(
                verb, lex) and not _shares_auxiliary(verb, lex):
            return []  # "la hausse annoncée": the noun is what was said, not who said it
            # (also "de telles déclarations, jugées intempestives", "le coût du prêt, estimé à
            # 2 milliards", hung elsewhere)
    if not heads and _is_passive(verb, lex):
        # "être accusé de": without "par X" the speaker is unknown; the subject is the target.
        return []
    if not heads and depth < 3 and _is_gerund(verb, lex):
        # A gerund speaks with the subject of the verb it depends on: not "des erreurs" in
        # "a admis avoir fait des erreurs en affirmant que", nor "tous les moyens" in "par tous
        # les moyens, en expliquant que" (an object or a prepositional phrase the parser hung
        # it on; the surface rules of _verb_cues look further). A noun that may be that
        # subject stays: "Les autorités participèrent ... en dénonçant".
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _speakers_of_verb(_governing(head, lex), lex, depth + 1)
        if head.pos_ in ("NOUN", "PROPN") and head.i < verb.i and _looks_like_source(
                head, lex) and not head.dep_.startswith(
                ("obj", "iobj", "obl", "nmod")) and not any(
                child.dep_ in syn["case_deps"] for child in head.children):
            return [head]
        return []
    if not heads and past_participle and verb.dep_ in syn["modifier_deps"] and not (
            _looks_like_source(verb.head, lex)):
        # "messages later deemed secret": what was said of, not who (a source-like noun may be
        # the subject of a finite verb the tagger took for a participle: "Murphy Tweeted")
        return []
    if not heads and verb.dep_ in syn["modifier_deps"] and verb.head.pos_ in NOMINAL:
        issuer = _issuer_of_object(verb.head, lex, depth)
        if issuer:
            return issuer  # "the campaign issued a statement saying": the campaign speaks
        heads.append(verb.head)
    if not heads and verb.dep_ in syn["conjunct_deps"] and depth < 3:
        if lex.mistagged and verb.head.pos_ not in ("VERB", "AUX") and any(
                child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm")
                for child in verb.children):
            # "X a estimé que « les élections sont une étape » et a évoqué": the parser hung
            # the verb on a noun of the clause before; _verb_cues takes the subject of the
            # clause it is coordinated with from the words.
            return []
        return _speakers_of_verb(verb.head, lex, depth + 1)
    if not heads and _adjacent_noun_phrase(verb, lex):
        # "les services de la présidence russe affirmant": a participle right after its noun
        # (parsers often hang it elsewhere).
        heads.append(_noun_phrase_left_of(verb))
    if not heads and _is_controlled(verb, lex) and verb.head is not verb and depth < 3:
        # "en déclarant", ", ajoutant que", "avant d'ajouter", "continue de réclamer": the
        # speaker is the subject of the governing verb.
        return _speakers_of_verb(_governing(verb.head, lex), lex, depth + 1)
    # Coordinated speakers: "X et Y ont déclaré".
    extra = []
    for head in heads:
        for child in head.children:
            if child.dep_ in syn["conjunct_deps"] and child.pos_ in ("PROPN", "NOUN") and (
                _coordinated(child)
            ):
                extra.append(child)
    return heads + extra


def _dative_clitic(token, verb, lex: Lexicon) -> bool:
    """An object clitic right before the verb group ("lui demande de", "leur ont réclamé"),
    which the parser may take for the subject: the one spoken to, never the speaker (the
    stressed "lui" of "Lui, affirme que" has a comma after it)."""
    doc = verb.doc
    if token.lower_ not in lex.mistagged.get("object_clitics", ()) or token.i >= verb.i or (
            token.lower_ in lex.words.first_second_person):
        return False  # ("nous", "vous" are subjects as often: the author's words, not cited)
    return all(t.pos_ == "AUX" or t.dep_.startswith("aux") or t.pos_ == "ADV"
               or t.lower_ in lex.mistagged["clitics"] for t in doc[token.i + 1:verb.i])


def _issuer_of_object(document, lex: Lexicon, depth: int) -> list:
    """The speakers of the verb of issue_stems whose direct object is ``document`` ("X issued
    a statement saying", "released data that suggest"); [] otherwise ("called a report
    suggesting": the report suggests)."""
    if depth >= 3 or document.lower_ not in lex.documents or (
            document.dep_ not in lex.syntax.get("object_deps", ())) or (
            document.head.pos_ not in ("VERB", "AUX")) or not lex.is_issue(document.head.lower_):
        return []
    return _speakers_of_verb(document.head, lex, depth + 1)


def _governing(head, lex: Lexicon):
    """The verb that governs a controlled verb's ``head``: past a preposition or an adjective
    that the parser puts between them ("won support by saying", "was not willing to say"),
    whose subject is the speaker; ``head`` itself otherwise."""
    if head.dep_ in lex.syntax.get("governor_bridge_deps", ()) and head.head is not head:
        return head.head
    return head


def _document_issuer(head, lex: Lexicon):
    """Who issued the document that speaks: "selon les chiffres publiés jeudi par l'Insee",
    "indique un communiqué diffusé par la société X" (the agent of a participle on a document
    noun); None when ``head`` is no such document."""
    if head.pos_ != "NOUN" or head.lower_ not in lex.documents or any(
            child.i > head.i and child.dep_ == "nmod" and is_proper(child)
            for child in head.children):
        return None  # "un communiqué de l'Elysée": the document names its issuer
    doc, end = head.doc, head.sent.end
    participle = next((child for child in head.children if child.i > head.i
                       and child.dep_ in lex.syntax["modifier_deps"]
                       and "Part" in child.morph.get("VerbForm")), None)
    if participle is None:
        return None
    by = next((t for t in doc[participle.i + 1 : min(participle.i + 8, end)]
               if t.lower_ in lex.words.agent_prepositions), None)
    return _postposed_subject(by, lex) if by is not None else None


def _relative_antecedent(relative, verb, lex: Lexicon):
    """What a relative pronoun subject stands for: the noun the relative clause modifies or,
    where the parser hung the clause elsewhere ("la Fédération, qui prône", "Mr X qui cite"),
    the noun phrase right before the pronoun; the pronoun itself when there is none."""
    parsed = verb.head if verb.dep_ in lex.syntax["relative_deps"] else None
    if not lex.mistagged or relative.i >= verb.i:
        return parsed if parsed is not None else relative
    doc, start, j = verb.doc, verb.sent.start, relative.i - 1
    while j >= start and (doc[j].text == "," or _closes_quote(doc[j])):
        j -= 1
    if j >= start and doc[j].text == ")":
        # "écrit Patrice Flichy (4), qui précise", "l'Observatoire (OFCE) qui avance"
        opening = next((k for k in range(j - 1, max(start, j - 8) - 1, -1)
                        if doc[k].text == "("), None)
        j = opening - 1 if opening is not None else j
    if j > start and doc[j].pos_ == "ADJ" and doc[j - 1].pos_ == "DET":
        return doc[j]  # "Une hypothèse écartée par ce dernier, qui évoque"
    if parsed is not None and not (parsed.pos_ == "PRON" and j >= start and is_proper(doc[j])):
        return parsed  # (but "une autre voix que celle du CNPF, qui a protesté": the name)
    if j < start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return parsed if parsed is not None else relative
    antecedent = doc[j]
    for _ in range(4):
        # "les actionnaires de leurs groupes de presse, qui": up the "de" complements and the
        # name, not over an apposition or a conjunct to a noun further left
        head = antecedent.head
        complement = antecedent.dep_ == "nmod" and any(
            child.dep_ in lex.syntax["case_deps"] for child in antecedent.children)
        named = antecedent.dep_ in ("flat:name", "flat") or head.i == antecedent.i - 1
        if head.i >= antecedent.i or head.pos_ not in ("NOUN", "PROPN") or not (
                complement or named):  # (named: "l'agence Interfax", "Mr Kaspar")
            break
        antecedent = head
    return antecedent


def _subject_after_postposing_word(verb, lex: Lexicon):
    """The subject after a verb that follows a word after which French puts the subject last
    ("comme le note FO", "ce qu'exigent les créanciers", "comme le fait remarquer X"), object
    clitics and auxiliaries between; None when no such word or no such subject."""
    postposing = lex.mistagged.get("postposing", ()) if lex.mistagged else ()
    if not postposing:
        return None
    doc, start = verb.doc, verb.sent.start
    forms = verb.morph.get("VerbForm")
    i = _skip_verb_group_left(doc, verb.i - 1, start, lex)
    if "Inf" in forms and (i < start or doc[i].lower_ not in postposing):
        # "comme aiment à le rappeler les opérateurs", "ce que semble confirmer le magazine",
        # "comme n'a eu de cesse de le répéter X": an infinitive under a finite verb that
        # follows the postposing word; its subject is that verb's, after the infinitive.
        k = next((k for k in range(verb.i - 1, max(start, verb.i - 8) - 1, -1)
                  if doc[k].lower_ in postposing or doc[k].is_punct or doc[k].pos_ in (
                      "DET", "PROPN", "NOUN")), None)
        between = doc[k + 1:verb.i] if k is not None else []
        if k is not None and doc[k].lower_ in postposing and any(
                "Fin" in t.morph.get("VerbForm") for t in between) and not any(
                t.lower_ in lex.mistagged["subject_pronouns"] for t in between):
            return _postposed_subject(verb, lex)  # (not "pour qu'ils risquent à demander")
        return None
    if i < start or doc[i].lower_ not in postposing:
        return None
    bare_participle = "Part" in forms and verb.lower_ not in lex.light_verb_forms and not any(
        child.dep_.startswith("aux") for child in verb.children)
    if "Inf" in forms or bare_participle or _is_passive(verb, lex):
        # "ne font que confirmer une évidence", "comme promis, une solution", "qu'avait été
        # annoncé le rapprochement": what follows is an object or what was said.
        return None
    last = verb
    if verb.lower_ in lex.light_verb_forms and verb.i + 1 < verb.sent.end and (
            lex.is_light_verb_cue(verb.lower_, doc[verb.i + 1].lower_)):
        last = doc[verb.i + 1]  # "fait remarquer": the subject follows the object
    return _postposed_subject(last, lex)


def _incise_subject_of_two(verb, heads: list, lex: Lexicon) -> list:
    """Of subjects on both sides of an incise verb, the one after it: in "…, les résultats,
    concluent les magistrats, …" the parser gave the verb the clause's subject as well as its
    own. ``heads`` as they are when the verb is no incise or what follows is not its subject
    ("…, interpellait ses clients l'an dernier")."""
    if not _incise(verb, lex):
        return heads
    subject = _postposed_subject(verb, lex)
    return [subject] if subject is not None and subject in heads else heads


def _is_passive(verb, lex: Lexicon) -> bool:
    if "Pass" in verb.morph.get("Voice") and verb.dep_ not in lex.syntax["modifier_deps"]:
        return True
    return any(child.dep_ in ("aux:pass", "auxpass") for child in verb.children)


def _is_controlled(verb, lex: Lexicon) -> bool:
    """An infinitive or present participle with no subject of its own."""
    forms = verb.morph.get("VerbForm")
    if "Inf" in forms or "Ger" in forms:
        return True
    if "Part" in forms and "Pres" in verb.morph.get("Tense"):
        return True
    return verb.tag_ in ("VBG", "VB") or verb.lower_.endswith(
        lex.words.present_participle_endings)


def _adjacent_noun_phrase(verb, lex: Lexicon) -> bool:
    if not ("Part" in verb.morph.get("VerbForm")
            or verb.lower_.endswith(lex.words.present_participle_endings)):
        return False
    return _noun_phrase_left_of(verb) is not None and verb.i > 0 and verb.doc[
        verb.i - 1].pos_ in ("NOUN", "PROPN", "ADJ")



def _is_incise(verb, lex: Lexicon) -> bool:
    """The verb opens a reporting clause after the quote: ", a affirmé", "», dit-il"."""
    i = verb.i - 1
    doc = verb.doc
    words = lex.words
    while i >= verb.sent.start and (doc[i].pos_ == "AUX" or doc[i].dep_.startswith("aux")
                                    or doc[i].lower_ in words.euphonic_t
                                    or doc[i].text.startswith("-")
                                    or doc[i].lower_ in words.negation_particles
                                    or doc[i].lower_ in words.incise_gap_words
                                    or doc[i].lower_ in words.dative_clitics and i + 1 < verb.i):
        i -= 1  # (a dative before the auxiliary: "», nous a déclaré M. X", "lui a répondu")
    return i < verb.sent.start or doc[i].text in _INCISE_OPENERS


def _reflexive_incise(verb, lex: Lexicon) -> bool:
    """An incise whose verb is reflexive: "», se plaint un agriculteur", ", s'est exclamé X"
    (the reflexive clitic, not the verb, follows the comma). A quote or a main clause must come
    before: "S'ajoute une taxe" or "X, ministre, s'est prononcé pour" are no incises."""
    reflexives = lex.mistagged.get("reflexives", ())
    doc, start, i = verb.doc, verb.sent.start, verb.i - 1
    while i >= start and (doc[i].pos_ == "AUX" or doc[i].dep_.startswith("aux")):
        i -= 1
    if i < start or doc[i].lower_ not in reflexives:
        return False
    if i == start:
        # '"… ?", s'est interrogé X': the sentence splitter cut after the quoted question, so
        # the sentence opens in lower case.
        return doc[i].text[:1].islower()
    return doc[i - 1].text in _GROUP_OPENERS | {"?", "!"} and _clause_before(verb, lex)


def _incise(verb, lex: Lexicon) -> bool:
    return _is_incise(verb, lex) or _reflexive_incise(verb, lex)


def _agent_object(agent):
    if agent.pos_ in NOMINAL:
        return agent
    for child in agent.children:
        if child.pos_ in NOMINAL:
            return child
    return None


def _noun_phrase_left_of(verb):
    i = verb.i - 1
    doc = verb.doc
    while i >= verb.sent.start and doc[i].pos_ in ("ADV", "ADJ") and doc[i].dep_ != "ROOT":
        i -= 1
    if i < verb.sent.start or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    token = doc[i]
    # climb while the head is a nominal to the left (présidence -> services), not over a comma:
    # "Interrogé sur les privatisations, Martin Bouygues a déclaré"
    for _ in range(4):
        head = token.head
        if head.i < token.i and head.pos_ in ("NOUN", "PROPN") and not any(
                t.text == "," for t in doc[head.i + 1 : token.i]) and not (
                token.dep_ == "conj" and any(c.dep_ == "case" for c in head.children)):
            token = head  # (not to a conjunct inside a complement: "La CFDT fait état de sa
            # colère et le Parti socialiste critique")
        else:
            break
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _apposed_name(last) -> list:
    """Tokens of a name right after ``last`` and a comma (", Marc-Antoine Vercel")."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    run = []
    j = i + 1
    while j < len(doc) and (is_proper(doc[j]) or (doc[j].text in ("-", "'") and run)):
        run.append(doc[j])
        j += 1
    while run and not is_proper(run[-1]):
        run.pop()
    if run and run[-1].i + 1 < run[-1].sent.end and not doc[run[-1].i + 1].is_punct:
        return []  # "selon son PDG, Vercel serait ...": the name opens the next clause
    return run if run and doc[run[0].i].text[:1].isupper() else []


def _coordinated(token) -> bool:
    """A conjunct joined by a coordinator ("X et Y"), not a name the parser took for one."""
    return any(child.dep_ == "cc" for child in token.children)


def _np_tokens(head, lex: Lexicon, cue=None):
    """The tokens of the noun phrase headed by ``head``; with the ``cue``, only those on the
    head's side of it (a mis-parse can hang the cue and its object under the speaker)."""
    syn = lex.syntax
    skip_deps = syn["relative_deps"] | syn["modifier_deps"] | syn["conjunct_deps"] | {
        "advcl", "ccomp", "parataxis", "acl", "relcl", "punct", "cc", "dep"
    }
    tokens = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in skip_deps and not (
                child.dep_ in syn["conjunct_deps"] and not _coordinated(child)
            ):
                continue
            tokens.append(child)
            stack.append(child)
    tokens.sort(key=lambda t: t.i)
    if cue is not None:
        tokens = [t for t in tokens if (t.i < cue.i) == (head.i < cue.i) and t.i != cue.i]
    while tokens and (tokens[0].pos_ in _STRIP_LEFT or tokens[0].text in QUOTE_CHARS):
        tokens.pop(0)
    while tokens and (tokens[-1].pos_ in _STRIP or tokens[-1].pos_ == "DET"
                      or tokens[-1].text in QUOTE_CHARS):
        tokens.pop()
    # keep a contiguous span around the head
    span = [t for t in tokens if abs(t.i - head.i) <= 12]
    return span or [head]


def _type_speaker(head, ctx: _Context, cue=None):
    """(type, key, name, (start, end)) of the speaker whose head token is ``head``."""
    parsed, lex, registry = ctx.parsed, ctx.lex, ctx.registry
    lower = head.lower_
    if (lower in lex.words.first_second_person
            or lower.lstrip("-") in lex.words.first_second_person) and not (
            _title_before_name(head)):
        return None
    if lex.number_speakers and (head.pos_ == "NUM" and head.like_num or (
            lower in lex.share_units and any(c.dep_ == "nummod" for c in head.children))):
        # "About 4 in 10 say", "61 percent said", "26% say": an unnamed share of people
        tokens = _np_tokens(head, lex, cue)
        return "collective", None, None, (ctx.at(tokens[0]), ctx.end_of(tokens[-1]))
    if lower in lex.words.euphonic_t or lower == "-" or not any(ch.isalpha() for ch in lower):
        return None
    if head.pos_ == "PRON" or lower in lex.referring_pronouns or lower in lex.anonymous_pronouns:
        span = (ctx.at(head), ctx.end_of(head))
        if lower in lex.anonymous_pronouns or lower.lstrip("-") in lex.anonymous_pronouns:
            place = _speaker_place(head, lex) if lower.startswith("-") else None
            if place is not None:
                span = (span[0], ctx.end_of(place))
            return "anonymous", None, None, span
        if lower in lex.referring_pronouns and _anonymous_antecedent(head, ctx):
            # "Une sage-femme, qui a requis l'anonymat, raconte … Elle estime": the pronoun
            # stands for the unnamed speaker just before, not for the last person named
            return "anonymous", None, None, span
        if lower in lex.referring_pronouns:
            resolved = _resolve_pronoun(ctx.at(head), head.lower_, ctx)
            if resolved is None:
                return "unresolved", None, None, span
            type_, key, name = resolved
            return type_, key, name, span
        # "qui", "ce dernier", "celui-ci": a speaker we cannot name from here.
        return "unresolved", None, None, span
    tokens = _np_tokens(head, lex, cue)
    has_name = any(is_proper(t) for t in tokens)
    if not has_name:
        # "son PDG, Marc-Antoine Vercel": a name in apposition that the parser hung elsewhere.
        apposed = _apposed_name(tokens[-1])
        if apposed:
            tokens = tokens + apposed
            has_name = True
    start, end = ctx.at(tokens[0]), ctx.end_of(tokens[-1])
    np_text = parsed.text[start:end]
    span = (start, end)
    if lex.surname_persons and head.text[:1].isupper() and len(
            [t for t in tokens if t.dep_ not in lex.syntax["case_deps"]]) == 1:
        # "Sanders said" (tagged a plural noun at the start of a sentence), "O'Malley said":
        # the surname of a person named before
        known = _known_person(head, start, registry)
        if known is None:
            surname = normalise_key(head.text)
            named = [e for sentence in parsed.sentences[:ctx.sentence.index + 1]
                     if any(normalise_key(t.text) == surname for t in sentence.span)
                     for e in parsed.entities_of(sentence)
                     if e.start < start and e.label in lex.syntax["person_entity_labels"]
                     and len(e.text.split()) > 1
                     and normalise_key(e.text).split()[-1:] == [surname]]
            if named:
                key = registry.add(start, "person", _person_key(named[-1].text), named[-1].text)
                known = key, registry.name_of(key)
        if known is not None:
            return "person", known[0], known[1], span
    entities = parsed.entities_in(start, end) if has_name else []
    if has_name and not entities and not is_proper(head) and (
            lower in lex.anonymous_heads or lower in lex.collective_heads) and all(
            t.is_sent_start and not any(c.dep_ in lex.syntax["case_deps"] for c in t.children)
            for t in tokens if is_proper(t)):
        # "Battery safety experts say": a common noun capitalised because it opens the
        # sentence, which NER does not take for a name, names no one (a possessor, "Cruz's
        # advisers", is one)
        has_name = False
    media_name = _media_name(np_text, lex)
    person = [e for e in entities if e.label in lex.syntax["person_entity_labels"]] or (
        _named_after_role(entities, tokens, ctx))
    if person and lower in lex.media and not is_proper(head):
        person = []  # "l'agence Tanjug", "le site Ouest-Info": an outlet, whatever NER says
    if person and not is_proper(head) and lower not in lex.spokesperson_heads and not (
            head_lower_is_document(head, lex)) and any(
            c.dep_ == "det" and c.lower_ in lex.indefinite_determiners for c in head.children):
        # (up to a comma: "un proche du ministre, Jean Dupont," may name the "proche")
        complements = [(ctx.at(c.left_edge), ctx.end_of(next(
            (t for t in c.subtree if t.text == ","), c.right_edge))) for c in head.children
            if c.dep_ in lex.syntax.get("noun_complement_deps", ()) and c.i > head.i
            and c.left_edge.lower_ not in lex.example_markers
            and c.lower_ not in lex.example_markers]
        if all(any(a <= e.start and e.end <= b for a, b in complements) for e in person):
            person = []  # "une amie de Jessy", "un conseiller du ministre X": someone unnamed
    if person:
        ent = person[-1]
        key = registry.add(start, "person", _person_key(ent.text), ent.text)
        return "person", key, ent.text, span
    if media_name is not None:
        name = _display(np_text)
        key = registry.add(start, "media", media_name, name)
        return "media", key, registry.name_of(key), span
    if head_lower_is_document(head, lex):
        issuer = [e.text for e in entities if e.label not in lex.syntax["person_entity_labels"]]
        if not issuer and head.pos_ == "PROPN":
            # "a Daily Courier Poll": the name before the document word, which NER skipped
            run = []
            for token in reversed([t for t in tokens if t.i < head.i]):
                if not is_proper(token):
                    break
                run.insert(0, token)
            issuer = [parsed.text[ctx.at(run[0]):ctx.end_of(run[-1])]] if run else []
        if not issuer:
            # "according to court documents", "une étude récente", "des messages partagés":
            # a document with no named issuer is an anonymous source (data/README.md); "le
            # rapport", "ce document" refer back to an issuer, whom we do not resolve
            # (not "the commission's report", "LSEG data", "un rapport de l'inspection",
            # "agency records" after an agency was named: a possessor, a name or a definite or
            # known institution is an issuer we did not resolve; "court documents" has none)
            issued = any(c.dep_ == "det" and c.lower_ not in lex.indefinite_determiners
                         or c.dep_ in ("poss", "nmod:poss") for c in head.children) or any(
                t.i != head.i and (is_proper(t) or (
                    t.lower_ in lex.institutions or t.lower_ in lex.media) and (any(
                        c.dep_ == "det" for c in t.children) or registry.latest(
                        start, {"organisation", "media"}, head=normalise_key(t.text))))
                for t in tokens)
            return ("unresolved" if issued else "anonymous"), None, None, span
        name = issuer[-1]
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, registry.name_of(key), span
    orgs = [
        e for e in entities
        if e.label in lex.syntax["organisation_entity_labels"] | lex.syntax["place_entity_labels"]
        or e.label in ("MISC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
    ]
    head_lower = lower
    determiners = [t.lower_ for t in tokens if t.dep_ in ("det", "nummod", "amod") and
                   t.i < head.i]
    indefinite = any(d in lex.indefinite_determiners for d in determiners) or any(
        t.pos_ == "NUM" and t.i < head.i for t in tokens
    )
    name_head = head if is_proper(head) else next(
        (t for t in reversed(tokens) if is_proper(t)), None) if has_name and not orgs else head
    if indefinite and is_proper(head) and [t for t in tokens if is_proper(t)] == [head] and (
            head.i > 0 and head.doc[head.i - 1].dep_ == "det") and lex.is_demonym(lower):
        # "un Français", "des Américains", "a Frenchman": a demonym, not a name (NER calls
        # them anything from a place to an organisation)
        return "anonymous", None, None, span
    if head_lower in lex.roles and not is_proper(head):
        return _type_role(head, tokens, orgs, indefinite, ctx, span,
                          name_head if name_head is not head else None)
    if is_proper(head) or (orgs and head.pos_ != "NOUN") or (
        name_head is not None and name_head is not head and head.lower_ not in lex.media
        and head.lower_ not in lex.institutions and not indefinite
    ):
        name = orgs[-1].text if orgs else _propn_run(name_head)
        if head_lower in lex.media or _media_name(name, lex):
            key = registry.add(start, "media", normalise_key(name), name)
            return "media", key, name, span
        if not orgs and _looks_like_person(head):
            key = registry.add(start, "person", _person_key(name), name)
            return "person", key, name, span
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, name, span
    if head_lower in lex.collective_heads and not indefinite or (
        head_lower in lex.collective_heads and head_lower not in lex.anonymous_heads
    ):
        return "collective", None, None, span
    if indefinite or (not determiners and head_lower in lex.anonymous_heads):
        places = lex.syntax["place_entity_labels"]
        if orgs and head_lower not in lex.anonymous_heads and head_lower not in lex.media and (
                not all(e.label in places for e in orgs)):  # "un quotidien de Liège"
            name = orgs[-1].text
            key = registry.add(start, "organisation", normalise_key(name), name)
            return "organisation", key, name, span
        return "anonymous", None, None, span
    if head_lower in lex.media:
        previous = registry.latest(start, {"media"})
        if previous is not None and not orgs:
            return previous[0], previous[1], previous[2], span
        if not orgs and not has_name and head_lower not in lex.institutions and any(
                c.dep_ not in ("det", "case", "punct") for c in head.children):
            # "selon la presse belge", "le quotidien régional": a kind of outlet, none named
            # (a bare "le journal" refers back to one)
            return "anonymous", None, None, span
        name = orgs[-1].text if orgs else _display(np_text)
        key = registry.add(start, "media", normalise_key(name), name)
        return "media", key, name, span
    if head_lower in lex.institutions:
        has_complement = any(t.dep_ in ("nmod", "amod", "compound", "poss")
                             for t in head.children)
        if not has_complement:
            previous = registry.latest(start, {"organisation"}, head=normalise_key(head.text))
            if previous is not None:
                return previous[0], previous[1], previous[2], span
        name = _display(np_text)
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, name, span
    if head_lower in lex.anonymous_heads:
        return "anonymous", None, None, span
    if "Plur" in head.morph.get("Number") or head.tag_ == "NNS":
        # "les pirates affirment": an unnamed group.
        return "collective", None, None, span
    if orgs:
        name = orgs[-1].text
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, name, span
    return "unresolved", None, None, span


def _speaker_place(clitic, lex: Lexicon):
    """The last token of where an inverted "on" speaks from, right after it: "ajoute-t-on au
    ministère", "note-t-on chez Renault" (a preposition of [reporting.mistagged]
    speaker_place_prepositions, then an institution or a name); None when no such place
    follows. The speaker stays unnamed: someone at that place."""
    doc, end = clitic.doc, clitic.sent.end
    i = clitic.i + 1
    if i >= end or doc[i].lower_ not in lex.mistagged.get("speaker_place_prepositions", ()):
        return None
    noun = next((t for t in doc[i + 1:min(i + 4, end)] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not (is_proper(noun) or noun.lower_ in lex.institutions) or any(
            t.pos_ not in ("DET", "ADJ") for t in doc[i + 1:noun.i]):
        return None
    tokens = [t for t in _np_tokens(noun, lex) if t.i >= noun.i]
    return tokens[-1] if tokens else noun


def _type_role(head, tokens: list, orgs: list, indefinite: bool, ctx: _Context, span,
               name_head=None):
    """A speaker named by a role or function ("le directeur", "the spokesman", "prosecutors"):
    the person named earlier in that role, else the organisation it speaks for, else anonymous
    (the order of [sources] roles in fr.toml)."""
    lex, registry = ctx.lex, ctx.registry
    start = span[0]
    plural = "Plur" in head.morph.get("Number") or head.tag_ == "NNS"
    doc = head.doc
    comma = next((i for i in range(head.i + 1, tokens[-1].i) if doc[i].text == ","), None)
    apposed = [t for t in tokens if comma is not None and t.i > comma and is_proper(t)]
    if not apposed and not plural:
        apposed = _apposed_after_role(tokens[-1])
    if apposed and not plural:
        # "l'avocate des requérants, Me Inès Carpentier", "le président du comité, le
        # professeur X": a name in apposition is the person in the role (whatever NER says)
        name = _propn_run(apposed[-1])
        key = registry.add(start, "person", _person_key(name), name)
        return "person", key, registry.name_of(key), span
    if not indefinite and not plural:
        holder = _role_holder(head, tokens, ctx, start)
        if holder is not None:
            key = registry.add(start, "person", _person_key(holder.text), holder.text)
            return "person", key, registry.name_of(key), span
    if head.lower_ not in lex.spokesperson_heads and (
            indefinite or head.lower_ in lex.anonymous_heads):
        # "un directeur de Nordelec", "U.S. officials", "campaign officials": an unnamed
        # member of an organisation, not its voice
        return "anonymous", None, None, span
    if orgs or name_head is not None:
        # "le directeur de l'ARS", "un porte-parole de Nordelec": the organisation's word
        # (a small NER calls many an invented company a place; or misses it: "de la DDT")
        name = orgs[-1].text if orgs else _propn_run(name_head)
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, registry.name_of(key), span
    institution = next((t for t in tokens if t.i != head.i and t.lower_ in lex.institutions
                        and t.pos_ == "NOUN"), None)
    if institution is not None:
        # "un porte-parole de l'entreprise", "the company's spokeswoman": the institution
        previous = registry.latest(start, {"organisation"}, head=normalise_key(institution.text))
        if previous is not None:
            return previous[0], previous[1], previous[2], span
        name = institution.text
        key = registry.add(start, "organisation", normalise_key(name), name)
        return "organisation", key, registry.name_of(key), span
    possessive = any(c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in lex.possessives
                     for c in head.children)
    if possessive and not plural:
        # "Nordelec a annoncé … Son président a rappelé": the head of the organisation just
        # named (not "son directeur de campagne" after no organisation)
        previous = registry.latest(start, {"organisation"})
        position = registry.last_seen.get(previous[1]) if previous is not None else None
        if position is not None and (
                ctx.parsed.sentence_at(position) >= ctx.sentence.index - PRONOUN_LOOKBACK):
            return previous[0], previous[1], previous[2], span
    return "anonymous", None, None, span


def _apposed_after_role(last) -> list:
    """The name after a role's noun phrase, a comma and at most a title ("…, Patrick Lenoir,",
    "…, le professeur Anatole Vernet,"), closed by punctuation; [] otherwise."""
    doc = last.doc
    i = last.i + 1
    if i >= last.sent.end or doc[i].text != ",":
        return []
    j = i + 1
    while j < min(i + 3, last.sent.end) and doc[j].pos_ in ("DET", "NOUN") and not is_proper(
            doc[j]):
        j += 1
    run = []
    while j < last.sent.end and is_proper(doc[j]):
        run.append(doc[j])
        j += 1
    return run if run and (j >= last.sent.end or doc[j].is_punct) else []


def _role_words(role, end: int, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The adjectives right before a role word and the content words after it, up to token
    ``end`` (its complement): "l'ancien maire de la commune" gives (("ancien",), ("commune",))."""
    doc = role.doc
    i = role.i - 1
    while i >= role.sent.start and doc[i].pos_ == "ADJ":
        i -= 1
    return tuple(normalise_key(t.text) for t in doc[i + 1:role.i]), tuple(
        normalise_key(t.text) for t in doc[role.i + 1:end]
        if t.is_alpha and t.pos_ not in ("DET", "ADP", "PUNCT", "CCONJ"))


def _same_role(ours: tuple, theirs: tuple) -> str | None:
    """"exact" when two role phrases have the same adjectives and complement, "loose" when
    each part is the same or missing on one side, None when they differ ("l'ancien maire" is
    not "l'actuelle maire")."""
    if ours == theirs:
        return "exact"
    if all(a == b or not a or not b for a, b in zip(ours, theirs, strict=True)):
        return "loose"
    return None


def _role_holder(head, tokens: list, ctx: _Context, before: int):
    """The person entity that a sentence before ``before`` named in the role ``head`` ("Marie
    Dupont, directrice de l'école", "le maire, Paul Arnaud,", "Mayor Jane Holt"): one whose
    role had the same complement as ``head``'s first, else the latest; None if none."""
    parsed, lex = ctx.parsed, ctx.lex
    labels = lex.syntax["person_entity_labels"]
    doc = head.doc
    comma = next((i for i in range(head.i + 1, tokens[-1].i) if doc[i].text == ","),
                 tokens[-1].i + 1)
    wanted = _role_words(head, comma, lex)
    exact, loose = None, None
    for sentence in parsed.sentences[:ctx.sentence.index + 1]:
        if not any(t.lower_ == head.lower_ for t in sentence.span):
            continue
        people = [e for e in parsed.entities_of(sentence) if e.label in labels
                  and e.end <= before]
        if not people:
            continue
        for role in sentence.span:
            if role.lower_ != head.lower_ or parsed.doc is None or (
                    sentence.start + role.idx - sentence.span[0].idx) >= before:
                continue
            found = _named_in_role(role, sentence, people, lex)
            if found is None:
                continue
            person, words = found
            match = _same_role(wanted, words)
            if match == "exact":
                exact = person
            elif match == "loose":
                loose = person
    return exact or loose


def _named_in_role(role, sentence, people: list, lex: Lexicon):
    """(person entity, complement words) when a person is named right before the role word and
    a comma ("Marie Dupont, la directrice de l'école") or right after it, its complement and a
    comma ("le directeur de l'ARS, Philippe Morand", "Mayor Jane Holt"); None otherwise."""
    doc = role.doc
    base = sentence.start - sentence.span[0].idx
    starts = {e.start: e for e in people}
    ends = {e.end: e for e in people}
    first, last = sentence.span.start, sentence.span.end
    i = role.i - 1
    while i >= first and doc[i].pos_ in ("ADJ", "DET", "NOUN", "PART") and doc[i].text != ",":
        i -= 1  # (over "l'ancienne", "the city's")
    k = role.i + 1
    if k < last and base + doc[k].idx in starts:
        # "Mayor Jane Holt", "la directrice Marie Dupont"
        return starts[base + doc[k].idx], _role_words(role, k, lex)
    while k < last and k - role.i <= 12 and doc[k].pos_ in ("ADP", "DET", "NOUN", "PROPN",
                                                             "ADJ"):
        k += 1
    complement_end = k
    if k < last and doc[k].text == "," and k + 1 < last and base + doc[k + 1].idx in starts:
        return starts[base + doc[k + 1].idx], _role_words(role, complement_end, lex)
    if i > first and doc[i].text == "," and base + doc[i - 1].idx + len(doc[i - 1].text) in ends:
        return ends[base + doc[i - 1].idx + len(doc[i - 1].text)], _role_words(
            role, complement_end, lex)
    return None


def _known_person(head, before: int, registry: _Registry):
    """(key, name) of the latest person registered before ``before`` whose surname is
    ``head``'s word, or None."""
    word = normalise_key(head.text)
    for position, type_, key, name in reversed(registry.sources):
        if position < before and type_ == "person" and key.split()[-1:] == [word]:
            return key, name
    return None


def _named_after_role(entities: list, tokens: list, ctx: _Context) -> list:
    """The entity of a personal name right after a person's role word that NER took for an
    organisation ("hospital spokesperson Jill Carver"): a role is held by a person."""
    roles = ctx.lex.person_roles
    found = []
    for previous, token in zip(tokens, tokens[1:], strict=False):
        if previous.lower_ not in roles or not is_proper(token):
            continue
        start = ctx.at(token)
        found += [e for e in entities if e.start == start and len(e.text.split()) in (2, 3)
                  and all(word[:1].isupper() for word in e.text.split())]
    return found


def _title_before_name(token) -> bool:
    """A capitalised word the tagger did not call a pronoun, before a name: the lawyer's title
    "Me" ("Me Antoine Rivière"), not the pronoun "me"."""
    doc = token.doc
    return token.pos_ != "PRON" and token.text[:1].isupper() and token.i + 1 < len(doc) and (
        is_proper(doc[token.i + 1]))


def head_lower_is_document(head, lex: Lexicon) -> bool:
    """A document noun, or one the tagger made part of its issuer's name ("a Daily Courier
    Poll")."""
    return head.lower_ in lex.documents and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and (
        head.i > head.sent.start and is_proper(head.doc[head.i - 1])))


def _display(np_text: str) -> str:
    return re.sub(r"^(?:les|le|la|l'|l’|the)\s+|^(?:l'|l’)", "", np_text.strip(),
                  flags=re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case, no accents, words separated by single spaces; articles kept ("le point" is
    a magazine, "point" is not)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", " ", text).strip()


def _media_name(text: str, lex: Lexicon) -> str | None:
    lowered = " " + _fold(text) + " "
    capitalised = None
    for folded, key in _normalised_media_names(lex):
        if " " + folded + " " in lowered:
            # Written as a name: "la presse belge", "le temps", "la libération des otages"
            # are words, "La Presse", "Le Temps", "Libération" outlets.
            if capitalised is None:
                capitalised = {_fold(w) for w in re.findall(r"\w+", text) if w[:1].isupper()}
            if folded.split()[-1] in capitalised:
                return key
    return None


def _normalised_media_names(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    cached = _MEDIA_CACHE.get(lex.code)
    if cached is None:
        cached = _MEDIA_CACHE[lex.code] = tuple(
            (_fold(name), normalise_key(name)) for name in lex.media_names
        )
    return cached


_MEDIA_CACHE: dict[str, tuple[str, ...]] = {}


def _person_key(name: str) -> str:
    return normalise_key(name)


def _propn_run(head) -> str:
    doc = head.doc
    start = end = head.i
    while start - 1 >= head.sent.start and is_proper(doc[start - 1]):
        start -= 1
    while end + 1 < head.sent.end and (is_proper(doc[end + 1]) or (
        doc[end + 1].text == "-" and end + 2 < head.sent.end and is_proper(doc[end + 2]))):
        end += 1
    return doc[start : end + 1].text


def _looks_like_person(head) -> bool:
    run = _propn_run(head).split()
    return len(run) >= 2 and all(word[:1].isupper() for word in run)


def _resolve_pronoun(position: int, pronoun: str, ctx: _Context):
    """The latest person (or, for a plural, organisation) mentioned before ``position``."""
    registry = ctx.registry
    if pronoun.lstrip("-") in ctx.lex.plural_pronouns:
        return registry.latest(position, {"organisation", "media"})
    source = registry.latest(position, {"person"})
    source_position = None
    if source is not None:
        source_position = max(p for p, _, key, _ in registry.sources if key == source[1])
    last_person = _latest_person_entity(position, ctx)
    if last_person is not None and (source_position is None or last_person.start > source_position):
        key = registry.add(last_person.start, "person", _person_key(last_person.text),
                           last_person.text)
        return "person", key, registry.name_of(key)
    return source


def _gender_number(token) -> tuple[str, str]:
    """The gender and number of a speaker's head ("" when unknown)."""
    number = "Plur" if token.tag_ in ("NNS", "NNPS") else "".join(token.morph.get("Number"))
    return "".join(token.morph.get("Gender")), number


def _speaker_word(head, lex: Lexicon) -> bool:
    """A head that names someone who may speak: a pronoun (not a relative one), an indefinite
    plural noun ("plusieurs chroniqueurs", "several engineers") or a noun of the [sources] lists
    ("un collectif", "un représentant", "one study"); not "un voyage … qui expliquerait", nor a
    definite plural that may stand for people named before ("les deux hommes")."""
    lower = head.lower_
    if head.pos_ == "PRON" or lower in lex.anonymous_pronouns:
        return lower not in lex.words.subject_relatives
    return head.pos_ == "NOUN" and _gender_number(head)[1] == "Plur" and _indefinite_noun(
        head, lex) or any(
        lower in words for words in (lex.institutions, lex.roles, lex.documents,
                                     lex.anonymous_heads, lex.collective_heads))


def _indefinite_noun(head, lex: Lexicon) -> bool:
    """A noun with an indefinite determiner or none ("une sage-femme", "un père d'élève",
    "economists"): a speaker a later pronoun may stand for; not a pronoun ("on") nor a definite
    description, which may itself stand for someone named ("l'ancien élu")."""
    return head.pos_ == "NOUN" and not any(
        c.dep_ == "det" and c.lower_ not in lex.indefinite_determiners for c in head.children)


def _anonymous_antecedent(pronoun, ctx: _Context) -> bool:
    """The speaker just before ``pronoun`` (in its sentence or the PRONOUN_LOOKBACK before) is
    an unnamed indefinite noun phrase that agrees with it in gender and number, and no person
    was named in between: the pronoun is that anonymous speaker again."""
    position = ctx.at(pronoun)
    before = [m for m in ctx.registry.mentions if m[0] < position]
    if not before:
        return False
    start, type_, (gender, number) = max(before, key=lambda m: m[0])
    if type_ not in ("anonymous", "collective") or ctx.parsed.sentence_at(start) < (
            ctx.sentence.index - PRONOUN_LOOKBACK):
        return False
    p_gender, p_number = _gender_number(pronoun)
    plural = pronoun.lower_.lstrip("-") in ctx.lex.plural_pronouns
    if (number == "Plur") != plural or gender and p_gender and gender != p_gender:
        return False
    person = _latest_person_entity(position, ctx)
    return person is None or person.start < start


def _latest_person_entity(position: int, ctx: _Context):
    """The last person named before ``position`` in this sentence or the few before it."""
    parsed = ctx.parsed
    labels = ctx.lex.syntax["person_entity_labels"]
    current = parsed.sentence_at(position)
    for index in range(current, max(current - PRONOUN_LOOKBACK - 1, -1), -1):
        sentence = parsed.sentences[index]
        for run_start, run_end in reversed(parsed.proper_noun_runs(sentence)):
            if run_end > position:
                continue
            people = [e for e in parsed.entities_in(run_start, run_end) if e.label in labels]
            if people:
                return people[-1]
    return None
