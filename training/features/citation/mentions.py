"""Mentions of sources across a text: the registry of named sources that later mentions merge
with, the context of a sentence being typed, and the keys and names of people and media.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import Lexicon, _fold
from ..parse import Parsed, Sentence, is_proper
from .noun_phrases import _agent_object, _np_tokens, _propn_run


@lru_cache(maxsize=4096)
def normalise_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # (an article, not the start of a name: "Lam", "Leclerc", "Theresa")
    text = re.sub(r"^(?:(?:the|les|le|la)\s+|l'|l’)", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


def _acronym(name: str) -> str | None:
    """The acronym a name gives in brackets ("Direction ... (DDT)" -> "ddt"), or the name itself
    when it is one."""
    match = re.search(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9})(?:\)|\)?\s*$)", name)
    if match:
        return match.group(1).lower()
    stripped = re.sub(r"^(?:l'|l’|the\s+|le\s+|la\s+)", "", name.strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"[A-ZÀ-Ý][A-Za-z]{1,9}", stripped) and sum(c.isupper() for c in stripped) >= 2:
        return stripped.lower()
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,9}", stripped):
        return stripped.lower()
    return None


def _short_name_of(short: list[str], full: list[str]) -> bool:
    """A one-word name that opens or ends a longer one."""
    return len(short) == 1 and len(full) > 1 and short[0] in (full[0], full[-1])


def _bracketed_acronyms(text: str) -> dict[str, list[list[str]]]:
    """The key of each acronym given in brackets in ``text`` ("… du médicament (ANSM)", "the
    Securities and Exchange Commission (SEC)") -> the words (keys) of the text right before
    each, which end with the name it stands for."""
    found: dict[str, list[list[str]]] = {}
    for match in re.finditer(r"\(\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9})\s*\)", text):
        before = normalise_key(text[max(0, match.start() - 160):match.start()]).split()
        if before:
            found.setdefault(normalise_key(match.group(1)), []).append(before)
    return found


class _Registry:
    """Distinct named sources, in order of first mention, for merging later mentions."""

    def __init__(self, text: str = "", titles: frozenset[str] = frozenset(),
                 possessive_endings: tuple[str, ...] = ()) -> None:
        # the possessive marker a name may carry ("Kay Whitman's spokesman"): not the name's
        self.possessive_endings = tuple(sorted(possessive_endings, key=len, reverse=True))
        # words before a name that are no first name ("Mme", "Dr", a role): keys' words
        self.titles = frozenset(normalise_key(title) for title in titles)
        # acronyms the text gives in brackets after a name: one source with that name
        self.acronyms = _bracketed_acronyms(text)
        self.sources: list[tuple[int, str, str, str]] = []  # position, type, key, name
        self.last_seen: dict[str, int] = {}  # key -> position of its latest mention
        self.positions: dict[str, list[int]] = {}  # key -> positions of all its mentions
        # Every typed speaker in order, named or not: (position, type, (gender, number)).
        self.mentions: list[tuple[int, str, tuple[str, str]]] = []
        # The spans of the persons who spoke: a name inside one that is not theirs describes
        # them ("Me Florence Aubry, l'avocate de l'association Sérane Vivante")
        self.person_spans: list[tuple[int, int]] = []
        # the sentences each word's key occurs in, built on first use (sentences_with)
        self.word_sentences: dict[str, list[int]] | None = None
        self.memo: dict = {}  # per-document answers of rules that read the whole text
        # the keys, without it, of names whose possessive ending is their own ("Moody's"):
        # shown with it, merged without it
        self.whole_names: set[str] = set()

    def add(self, position: int, type_: str, key: str, name: str) -> str:
        stripped = self.without_possessive(name)
        if stripped != name:
            key = normalise_key(stripped)
            if key not in self.whole_names:
                name = stripped
        seen_key = self._merged(type_, key, name)
        if seen_key is None:
            self.sources.append((position, type_, key, name))
            seen_key = key
        self.last_seen[seen_key] = max(position, self.last_seen.get(seen_key, position))
        self.positions.setdefault(seen_key, []).append(position)
        return seen_key

    def without_possessive(self, name: str) -> str:
        """``name`` without the possessive marker it ends with, if any."""
        stripped = name.rstrip()
        for ending in self.possessive_endings:
            if len(stripped) > len(ending) and stripped.lower().endswith(ending):
                return stripped[:-len(ending)].rstrip()
        return name

    def _merged(self, type_: str, key: str, name: str) -> str | None:
        """The key of the source already seen that this mention is, if any."""
        acronym = _acronym(name)
        for _, seen_type, seen_key, seen_name in self.sources:
            if seen_key == key or (type_ != "person" and seen_type != "person" and (
                key == _acronym(seen_name) or seen_key == acronym
                or (acronym is not None and acronym == _acronym(seen_name))
                or self._stands_for(key, seen_key) or self._stands_for(seen_key, key)
            )):
                return seen_key
            words, seen_words = key.split(), seen_key.split()
            if type_ == "person" and seen_type == "person":
                given = set(words[:-1]) - self.titles
                seen_given = set(seen_words[:-1]) - self.titles
                if words[-1:] == seen_words[-1:] and not (
                        given and seen_given and given.isdisjoint(seen_given)):
                    return seen_key  # (not "Linda Hadley" after "Dennis Hadley")
                if len(words) == 1 and words[0] in seen_words[:-1]:
                    return seen_key  # "Tiffany" after "(Mechanic) Tiffany Lane": a first name
            if type_ == "organisation" and seen_type == "person" and len(words) == 1 and (
                    name.strip()[:1].isupper() and len(seen_words) > 1 and words[0] in seen_words):
                return seen_key  # "Lagarde a ajouté", "Tiffany said" (NER: an organisation)
                # after "Christine Lagarde", "Tiffany Lane"
            if type_ == "person" and seen_type == "organisation" and len(words) == 1 and (
                    len(seen_words) > 1 and words[0] == seen_words[0]
                    and name.strip()[:1].isupper() and not any(
                        t == "person" and k.split()[-1:] == words for _, t, k, _ in self.sources)):
                return seen_key  # "Kessler disclosed" (NER: a person) after "Kessler Foods",
                # when no person of that surname was named
            if {type_, seen_type} <= {"organisation", "media"} and (
                    name.strip()[:1].isupper() and seen_name.strip()[:1].isupper()) and (
                    _short_name_of(words, seen_words) or _short_name_of(seen_words, words)):
                # "la Commission" after "la Commission européenne", "the Post" after "The
                # Washington Post", "SkyBridge Airlines" after "SkyBridge"
                return seen_key
        return None

    def _stands_for(self, acronym: str, key: str) -> bool:
        """``acronym`` is given in brackets right after the name whose key is ``key``
        ("l'Agence nationale de sécurité du médicament (ANSM)"): its initial opens the name."""
        words = key.split()
        return bool(words) and acronym[:1] == key[:1] and len(words) > len(acronym.split()) and any(
            before[-len(words):] == words for before in self.acronyms.get(acronym, ()))

    def organisation(self, position: int, name: str) -> tuple[str, str, str]:
        """Record an organisation named ``name`` at ``position``: its type, its key and the name
        it goes by (those of the source it merged with: an outlet, or a person whose surname
        NER took for an organisation)."""
        key = self.add(position, "organisation", normalise_key(name), name)
        type_ = "organisation"
        if len(normalise_key(name).split()) == 1:
            # a short name ("the Post", "Lagarde") is whatever the full one was
            type_ = self.type_of(key)
        return type_, key, self.name_of(key)

    def is_organisation(self, name: str) -> bool:
        """A person's name that is the short name of an organisation already seen ("Kessler"
        after "Kessler Foods")."""
        name = self.without_possessive(name)
        seen = self._merged("person", normalise_key(name), name)
        return seen is not None and self.type_of(seen) == "organisation"

    def type_of(self, key: str) -> str:
        return next(type_ for _, type_, seen, _ in self.sources if seen == key)

    def name_of(self, key: str) -> str:
        return next(name for _, _, seen, name in self.sources if seen == key)

    def mentioned_before(self, before: int, types: set[str]) -> list:
        """(position of its latest mention before ``before``, type, key, name) of each source
        of ``types`` mentioned before it, in order of first mention."""
        return [(max(p for p in self.positions[key] if p < before), type_, key, name)
                for _, type_, key, name in self.sources
                if type_ in types and any(p < before for p in self.positions[key])]

    def latest(self, before: int, types: set[str], head: str | None = None):
        """The latest source of one of ``types`` mentioned before ``before``; with ``head``, one
        whose name has that word as a whole word ("la préfecture" is not "la sous-préfecture
        de Vernac", a word inside a hyphenated one)."""
        for position, type_, key, name in reversed(self.sources):
            if position < before and type_ in types and (head is None or head in (
                    normalise_key(word) for word in name.split())):
                return type_, key, name
        return None


@dataclass
class _Context:
    """What typing a speaker needs: the text, lexicon, registry and the sentence's offset."""

    parsed: Parsed
    lex: Lexicon
    registry: _Registry
    sentence: Sentence
    # The quoted passages of the whole text (quotes.quote_spans), sorted.
    quotations: list[tuple[int, int]] = field(default_factory=list)

    def at(self, token) -> int:
        return self.sentence.start + token.idx

    def end_of(self, token) -> int:
        return self.sentence.start + token.idx + len(token.text)


def sentences_with(key: str, ctx: _Context, upto: int | None = None) -> list[int]:
    """Indices of the sentences (up to ``upto`` included) that hold a word whose
    ``normalise_key`` is ``key``: rules that look back over the whole text for a word ask this
    index, built once per document, instead of reading every sentence at every speaker (which
    made a long text's time grow with its square)."""
    registry = ctx.registry
    if registry.word_sentences is None:
        index: dict[str, list[int]] = {}
        for number, sentence in enumerate(ctx.parsed.sentences):
            for token in sentence.span:
                found = index.setdefault(normalise_key(token.text), [])
                if not found or found[-1] != number:
                    found.append(number)
        registry.word_sentences = index
    found = registry.word_sentences.get(key, [])
    return found if upto is None else found[:bisect_right(found, upto)]


def _display(np_text: str) -> str:
    return re.sub(r"^(?:les|le|la|l'|l’|the)\s+|^(?:l'|l’)", "", np_text.strip(),
                  flags=re.IGNORECASE)


def _media_display(np_text: str, lex: Lexicon) -> str:
    """An outlet's name as shown: with its article when the outlet's name has one ("Le
    Monde", "Les Echos", "L'Équipe", not "Monde"), and without the words around it ("les
    informations du Monde", "le quotidien Le Monde": "Le Monde"); as :func:`_display` shows
    names when the outlet's name is the start of a longer one ("Capital Avenir")."""
    text = np_text.strip()
    found = _find_media(text, lex)
    if found is None:
        return _display(text)
    name, start, end, contracted = found
    after = re.match(r"\W*(\w)", text[end:])
    if after is not None and after.group(1).isupper():
        return _display(text)
    written = text[start:end]
    if contracted:
        written = name.raw[:name.article_length] + written
    return written[:1].upper() + written[1:]


def _media_name(text: str, lex: Lexicon) -> str | None:
    """The key of the outlet named in ``text``, None if none is."""
    found = _find_media(text, lex)
    return found[0].key if found is not None else None


def _find_media(text: str, lex: Lexicon):
    """(outlet, start, end, contracted) of the first outlet of the lexicon written in
    ``text`` as a name: its words in a row, its first word after the article capitalised ("La
    Presse", "Le Temps", "Libération", "Le Canard enchaîné"; not "la presse belge", "le temps",
    "la libération des otages"); or, for a name with an article, the rest of it after a
    contraction of that article that does not end a longer name ("les informations du Monde",
    "a confié au Parisien"; not "Le Canard du Soir"), ``contracted`` then True and the span
    without the article. None if no outlet is."""
    lowered = " " + _fold(text) + " "
    # (a substring test first: the word-level match below only for the outlets it finds)
    candidates = [name for name in _normalised_media_names(lex)
                  if name.padded in lowered or name.rest and name.padded_rest in lowered]
    if not candidates:
        return None
    words = [(m.start(), m.end(), _fold(m.group()), m.group()[:1].isupper())
             for m in re.finditer(r"\w+", text)]
    folded = [w[2] for w in words]
    contractions = _contractions(lex)
    for name in candidates:
        for wanted, contracted in ((name.folded.split(), False),
                                   (name.rest.split(), True)):
            n = len(wanted)
            for i in range(len(words) - n + 1) if n else ():
                if folded[i:i + n] != wanted or not any(
                        capital for _, _, word, capital in words[i:i + n]
                        if word == name.capital):
                    continue
                if contracted and not (i > 0 and folded[i - 1] in contractions and (
                        i < 2 or not words[i - 2][3])):
                    continue
                return name, words[i][0], words[i + n - 1][1], contracted
    return None


@dataclass(frozen=True)
class _MediaName:
    raw: str  # as listed in the lexicon
    folded: str
    key: str
    rest: str  # folded, without its article ("le monde": "monde"); "" when it has none
    article_length: int  # characters of ``raw`` that are its article ("le ", "l'")
    capital: str  # the word that shows it written as a name: its first alphabetic one
    padded: str  # " folded ", " rest ": for a substring test on folded text
    padded_rest: str


def _normalised_media_names(lex: Lexicon) -> tuple[_MediaName, ...]:
    cached = _MEDIA_CACHE.get(lex.code)
    if cached is None:
        articles = {_fold(word) for word in lex.words.determiners}
        names = []
        for raw in lex.media_names:
            folded = _fold(raw)
            first, _, rest = folded.partition(" ")
            if first not in articles or not rest:
                rest = ""
            length = len(raw) - len(raw[len(first):].lstrip(" '’")) if rest else 0
            capital = next((w for w in (rest or folded).split() if w.isalpha()),
                           folded.split()[-1])
            names.append(_MediaName(raw, folded, normalise_key(raw), rest, length, capital,
                                    f" {folded} ", f" {rest} "))
        cached = _MEDIA_CACHE[lex.code] = tuple(names)
    return cached


def _contractions(lex: Lexicon) -> frozenset[str]:
    """The words that contract a preposition with an article ("du", "des", "au", "aux"),
    folded."""
    return frozenset(_fold(word) for word in lex.words.of_contractions
                     | lex.words.dative_prepositions)


_MEDIA_CACHE: dict[str, tuple[_MediaName, ...]] = {}
_PREFIX_CACHE: dict[str, frozenset[str]] = {}


def _media_name_prefixes(lex: Lexicon) -> frozenset[str]:
    """The first words of every outlet name of two words or more, folded, with and without its
    article ("le canard", "canard" for "Le Canard enchaîné"): a noun phrase that is one of them
    may be an outlet whose name the parser cut short."""
    cached = _PREFIX_CACHE.get(lex.code)
    if cached is None:
        prefixes = set()
        for name in _normalised_media_names(lex):
            for form in (name.folded, name.rest):
                words = form.split()
                prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
        cached = _PREFIX_CACHE[lex.code] = frozenset(prefixes)
    return cached


def _person_key(name: str) -> str:
    return normalise_key(name)


def _organisation_referent(before: int, ctx: _Context, anaphor: str | None = None) -> str | None:
    """The name of the organisation that a bare "l'entreprise", "the company" ([sources]
    organisation_anaphors) at ``before`` refers back to: the latest organisation named before it,
    as a source or an organisation entity, going back sentence by sentence; None if none.

    Names that open with an institution word of another kind ("le ministère de l'Économie",
    "the Kremlin") and outlets are passed over: they are not what "the company" means. So are
    unions ([sources] labour_unions) when ``anaphor``, the word that refers back, is given and
    is no union's: "la direction", "the company" after "La CGT dénonce" is the employer. (A
    union's own name may hold no such word, "the Cedar Valley Education Association": "the
    union" may still be any organisation.)
    """
    parsed, lex, registry = ctx.parsed, ctx.lex, ctx.registry
    skip_unions = anaphor is not None and not _is_union(anaphor, lex)

    def fits(name: str) -> bool:
        words = [w for w in name.split() if w.lower() not in lex.words.determiners]
        if not words or _media_name(name, lex) is not None:
            return False
        if skip_unions and _is_union(name, lex):
            return False
        first = words[0].lower()
        if first in lex.organisation_anaphors:
            return True  # "le groupe Nordelec"
        # a name, not NER's "où les services de l'État en", a role ("Spokesperson Derek
        # Lam") or an institution of another kind
        return (words[0][:1].isupper() or words[0][:1].isdigit()) and (
            first not in lex.roles and first not in lex.institutions)

    organisations = [(key, name) for _, type_, key, name in registry.sources
                     if type_ == "organisation" and fits(name)]
    fitting = {key for key, _ in organisations}
    sources = [(position, name) for position, _, key, name
               in registry.mentioned_before(before, {"organisation"}) if key in fitting]
    labels = lex.syntax["organisation_entity_labels"]
    places = lex.syntax["place_entity_labels"]
    for sentence in reversed(parsed.sentences[:ctx.sentence.index + 1]):
        # A source of the sentence before an entity of it: the one who spoke is the one
        # the article goes on about.
        spoke = [(position, name) for position, name in sources if position >= sentence.start]
        if spoke:
            return max(spoke)[1]
        entities = parsed.entities_of(sentence)
        named = [(e.start, e.text) for e in entities
                 if (e.label in labels or e.label in places and _has_voice(e.text, ctx))
                 and e.end <= before and fits(e.text)]
        # an acronym NER left out ("OPEC+", "la DNCG"): an organisation more often than not
        offset = sentence.start - sentence.span[0].idx
        named += [(offset + t.idx, t.text) for t in sentence.span
                  if offset + t.idx < before and is_proper(t) and _acronym_token(t)
                  and not any(e.start <= offset + t.idx < e.end for e in entities)]
        # a name after a word of its kind ("la société Vernaval", which NER may call a person)
        doc = sentence.span.doc
        named += [(offset + doc[t.i + 1].idx, _propn_run(doc[t.i + 1])) for t in sentence.span
                  if t.lower_ in lex.organisation_anaphors and t.i + 1 < sentence.span.end
                  and is_proper(doc[t.i + 1]) and offset + doc[t.i + 1].idx < before]
        # (not a name in the description of a person who spoke, "dénonce Jean-Pierre
        # Mercier, délégué CGT": no organisation "la direction" speaks for; but "Me Florence
        # Aubry, l'avocate de l'association Sérane Vivante" names one after its kind)
        named = [text for position, text in sorted(set(named)) if (not any(
            a < position < b for a, b in registry.person_spans) or _kind_word_before(
            position, parsed.text, lex)) and not _after_outlet_venue(position, parsed.text, lex)]
        if named:
            # "Nordelec" after the source "le groupe Nordelec" is that source
            words = normalise_key(named[-1]).split()
            return next((name for key, name in organisations
                         if key.split()[-len(words):] == words), named[-1])
    return None


def _is_union(name: str, lex: Lexicon) -> bool:
    """``name`` opens with a union's name or the word for one ("la CGT", "le syndicat
    Sud-Rail", "the union")."""
    words = tuple(normalise_key(name).split())
    return any(words[:len(union)] == union for union in lex.labour_unions)


def _opens_sentence_bare(noun) -> bool:
    """A capitalised noun that opens its sentence with no article: a name's first word
    ("Santé publique France, de son côté, a indiqué")."""
    return noun.is_sent_start and noun.text[:1].isupper() and noun.pos_ == "NOUN" and not any(
        child.dep_ == "det" for child in noun.children)


def _after_outlet_venue(position: int, text: str, lex: Lexicon) -> bool:
    """The words before ``position`` say an outlet follows ("a lâché X au micro de Canal+")."""
    before = text[max(0, position - 40):position].lower().rstrip()
    return any(before.endswith(venue.rstrip()) for venue in lex.outlet_venues)


def _kind_word_before(position: int, text: str, lex: Lexicon) -> bool:
    """The word before ``position`` names a kind of organisation or outlet ("l'association
    Sérane Vivante", "le groupe Nordelec")."""
    words = text[max(0, position - 30):position].split()
    # (past an elided article: "l'association")
    return bool(words) and re.split("['’]", words[-1].lower())[-1] in (
        lex.organisation_anaphors | lex.media)


def _has_voice(name: str, ctx: _Context) -> bool:
    """The text gives ``name`` (which NER called a place) a spokesperson or a head somewhere:
    "un porte-parole de Canal Étoile", "le PDG de Valtéra" ([sources] spokesperson_heads and
    organisation_head_roles, then "de"): an organisation, not a place."""
    lex = ctx.lex
    heads = lex.spokesperson_heads | lex.organisation_head_roles
    of = lex.words.of_prepositions | lex.words.of_contractions
    if not heads or not of:
        return False
    determiners = "|".join(re.escape(d) for d in sorted(lex.words.determiners, key=len,
                                                           reverse=True))
    pattern = r"(?i:\b(?:{})\s+(?:{}))\s*(?:(?i:{})\s*)?{}\b".format(
        "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)),
        "|".join(re.escape(o) for o in sorted(of, key=len, reverse=True)),
        determiners or "(?!)", re.escape(name))
    return re.search(pattern, ctx.parsed.text) is not None


_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ"})


def _whole_name(entity, tokens: list, ctx: _Context) -> str:
    """The name an organisation entity of the noun phrase ``tokens`` cut short: on to the noun
    (and its adjectives) after a last word that cannot end a name ("Commission nationale de
    l'énergie et des" -> "… et des réseaux", "Centre national du cinéma et de l'" -> "… de
    l'image animée"), and back to the capitalised head of the noun phrase when the entity
    starts after it ("ARS) Bretagne", "Auvergne-Rhône-Alpes" in "l'Agence régionale de santé
    (ARS) Auvergne-Rhône-Alpes")."""
    if not tokens:
        return entity.text
    doc = tokens[0].doc
    inside = [t for t in doc if entity.start <= ctx.at(t) < entity.end]
    if not inside:
        return entity.text
    start, end = entity.start, entity.end
    while len(inside) > 1 and inside[0].pos_ == "ADP" and inside[0].is_lower:
        # "de Lille" (in "le maire de Lille"): NER took the preposition into the name
        inside.pop(0)
        start = ctx.at(inside[0])
    while len(inside) > 1 and inside[-1].pos_ == "CCONJ":
        # "Medical Center and": the coordinator of the name after it
        inside.pop()
        end = ctx.end_of(inside[-1])
    while len(inside) > 1 and inside[-1].pos_ == "VERB" and inside[-1].is_lower and any(
            c.i > inside[-1].i and c not in inside for c in inside[-1].children):
        # "la direction du Budget consultée par Les Echos": a participle whose complement is
        # not in the name ends no name
        inside.pop()
        end = ctx.end_of(inside[-1])
    k = inside[-1].i
    cut = doc[k].pos_ in _FUNCTION_POS
    if cut or k + 1 < len(doc) and doc[k + 1].pos_ == "CCONJ":
        # (or a conjunct of its complement after it: "Centre régional du patrimoine" + "et de
        # l'architecture", which the noun phrase holds)
        k += 0 if cut else 1
        while k + 1 < len(doc) and doc[k + 1].pos_ in _FUNCTION_POS:
            k += 1
        if k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN") and (
                cut or doc[k + 1] in tokens):
            k += 1
            while k + 1 < len(doc) and (
                    doc[k + 1].pos_ == "ADJ" or "Part" in doc[k + 1].morph.get("VerbForm")):
                k += 1  # "l'image animée"
            end = ctx.end_of(doc[k])
    if len(inside) == 1 and inside[0].pos_ == "NOUN" and end == ctx.end_of(inside[0]):
        # "Cour" of "un rapport de la Cour des comptes": a capitalised common noun NER took
        # alone names a body with its complement
        of = ctx.lex.words.of_prepositions | ctx.lex.words.of_contractions
        complement = next((c for c in inside[0].children if c.i > inside[0].i and c.dep_ in (
            ctx.lex.syntax["noun_complement_deps"]) and any(
                g.dep_ in ctx.lex.syntax["case_deps"] and g.lower_ in of and g.i == inside[0].i + 1
                for g in c.children)), None)
        words = list(doc[inside[0].i + 1:complement.i + 1]) if complement is not None else []
        if words and all(t in tokens and t.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ")
                         for t in words):
            end = ctx.end_of(complement)
    first = inside[0]
    labels = ctx.lex.syntax["organisation_entity_labels"]
    for other in reversed(ctx.parsed.entities_in(ctx.at(tokens[0]), start)):
        if other.label in labels and other.end < start and other.start >= ctx.at(tokens[0]) and (
                not ctx.parsed.text[other.end:start].strip()):
            start = other.start  # two entities of one name: "St. Brendan's" "Medical Center"
    # the name the entity's words hang on, up the parse ("ARS) Bretagne" on "Agence")
    head = None
    for ancestor in first.ancestors:
        if ancestor not in tokens:
            break
        if ancestor.i < first.i and ancestor.pos_ in ("NOUN", "PROPN") and (
                is_proper(ancestor) or _opens_sentence_bare(ancestor) and all(
                    t.pos_ == "ADJ" for t in doc[ancestor.i + 1:first.i]) or (
                    # "la préfecture du Nord": an institution named by its place
                    entity.label in ctx.lex.syntax["place_entity_labels"]
                    and ancestor.lower_ in ctx.lex.institutions
                    and ancestor.lower_ not in ctx.lex.management_heads  # (its company's)
                    and ancestor.i + 2 >= first.i)):
            head = ancestor
    if head is not None and all(t in tokens or t.is_bracket for t in doc[head.i:first.i]):
        start = min(start, ctx.at(head))
    text = ctx.parsed.text
    if text.count("(", start, end) > text.count(")", start, end) and (
            text[end:].lstrip().startswith(")")):
        end = text.index(")", end) + 1  # "Union syndicale des métallos (USM)"
    return ctx.parsed.text[start:end] if (start, end) != (entity.start, entity.end) else (
        entity.text)


def _latest_named_is_media(before: int, registry: _Registry) -> bool:
    latest = registry.latest(before, {"media", "organisation", "person"})
    return latest is not None and latest[0] == "media"


def _acronym_token(token) -> bool:
    letters = [ch for ch in token.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _outlet_agent(verb, lex: Lexicon):
    """The agent of ``verb`` when it is a news outlet ("reported by The Washington Post", "a memo
    obtained by The Herald"), else None."""
    for child in verb.children:
        if child.dep_ in lex.syntax["agent_deps"]:
            agent = _agent_object(child)
            if agent is not None and _media_name(" ".join(
                    t.text for t in _np_tokens(agent, lex)), lex) is not None:
                return agent
    return None
