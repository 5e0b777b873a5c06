"""Lexicons: the per-language data files (lexicons/<code>.toml) read into matchers."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources

from .patterns import PatternSet


@dataclass(frozen=True)
class FunctionWords:
    """Closed-class words that the attribution rules read, from the [function_words] table of a
    lexicon (see fr.toml for what each list means). A list a language leaves out is empty: the
    rule that reads it then never fires for that language. Sets are tested with ``in``; tuples
    are endings or prefixes, for ``str.endswith`` and ``str.startswith``."""

    first_second_person: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    subject_relatives: frozenset[str] = frozenset()
    other_relatives: frozenset[str] = frozenset()
    object_relatives: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    partitive_pronouns: frozenset[str] = frozenset()
    third_person_subjects: frozenset[str] = frozenset()
    euphonic_t: frozenset[str] = frozenset()
    auxiliary_gap_words: frozenset[str] = frozenset()
    present_participle_endings: tuple[str, ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    infinitive_auxiliaries: frozenset[str] = frozenset()
    passive_auxiliary_forms: frozenset[str] = frozenset()
    opening_clause_words: frozenset[str] = frozenset()
    clause_conjunctions: frozenset[str] = frozenset()
    elided_clause_conjunctions: tuple[str, ...] = ()
    not_before_clause: frozenset[str] = frozenset()
    complement_marks: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    of_prepositions: frozenset[str] = frozenset()
    of_contractions: frozenset[str] = frozenset()
    speech_channel_prepositions: frozenset[str] = frozenset()
    venue_prepositions: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    infinitive_particles: frozenset[str] = frozenset()
    dative_prepositions: frozenset[str] = frozenset()
    dative_clitics: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    negation_particles: frozenset[str] = frozenset()
    negation_words: frozenset[str] = frozenset()
    incise_gap_words: frozenset[str] = frozenset()
    adverbial_clitics: frozenset[str] = frozenset()
    emphatic_pronouns: frozenset[str] = frozenset()
    adverb_endings: tuple[str, ...] = ()
    imperfect_plural_endings: tuple[str, ...] = ()
    manner_conjunctions: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()
    purpose_locution_heads: frozenset[str] = frozenset()
    impersonal_pronouns: frozenset[str] = frozenset()
    non_personal_pronouns: frozenset[str] = frozenset()
    addressee_verb_forms: frozenset[str] = frozenset()
    prospective_auxiliaries: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    first_person_singular_objects: frozenset[str] = frozenset()
    plural_verb_endings: tuple[str, ...] = ()
    # Possessives of the first person: "Interrogé par nos soins", "Asked by our reporter" (the
    # newsroom asked).
    first_person_possessives: frozenset[str] = frozenset()
    # Time-zone abbreviations: "10:55 a.m. ET: …" opens a live blog's entry, not a quote.
    time_zones: frozenset[str] = frozenset()
    # The endings that mark a possessor ("Kay Whitman's"): no part of a source's name.
    possessive_endings: tuple[str, ...] = ()
    # A string, not a list: what precedes an inverted subject clitic inside one token
    # ("-t-elle" read as "t-elle"); "" for none.
    euphonic_prefix: str = ""


def _function_words(table: dict) -> FunctionWords:
    """The [function_words] table, lower-cased; a misspelt key would silently empty a list, so
    it is an error."""
    unknown = set(table) - {f.name for f in fields(FunctionWords)}
    if unknown:
        raise ValueError(f"unknown [function_words] keys: {sorted(unknown)}")
    values = {}
    for f in fields(FunctionWords):
        if f.name not in table:
            continue
        value = table[f.name]
        if isinstance(f.default, str):
            values[f.name] = value.lower()
        elif isinstance(f.default, tuple):
            values[f.name] = tuple(word.lower() for word in value)
        else:
            values[f.name] = _lower_set(value)
    return FunctionWords(**values)


@dataclass(frozen=True)
class Lexicon:
    """A language's lexicon, compiled. See lexicons/fr.toml for what each list means."""

    code: str
    pipeline: str
    whole_tokens: tuple[str, ...]
    syntax: dict[str, frozenset[str]]
    reporting_stems: tuple[str, ...]
    reporting_forms: frozenset[str]
    clause_only_stems: tuple[str, ...]
    # Stems of clause_only_stems whose "de" / "à" + infinitive is reported content ("propose de").
    infinitive_content_stems: tuple[str, ...]
    # Stems of clause_only_stems whose "à" complement is a call ("appelle à la grève").
    call_stems: tuple[str, ...]
    # Stems of clause_only_stems that report with a plain object too when their speaker is
    # someone ("le ministre a rappelé l'importance de"; not "ce décor rappelle les années 30").
    source_object_stems: tuple[str, ...]
    # Stems of clause_only_stems that report with an object and a predicate ("juge X injuste").
    predicative_stems: tuple[str, ...]
    # Prepositions that introduce such a predicate ("sees the plan as a trap"); [] in French,
    # whose "comme" the code reads off the parse.
    predicative_markers: frozenset[str]
    # Verbs of belief, knowledge and perception ("thinks", "knows", "fears"): they cite what the
    # subject holds true only with a complement clause, a predicate or in a parenthetical, and
    # only with a speaker (also merged into reporting_stems and clause_only_stems).
    belief_stems: tuple[str, ...]
    # Whole words of the same (a stem would take "see" for "seems", "seeks").
    belief_forms: frozenset[str]
    # Stems of clause_only_stems that report what stands around them when they and their
    # subject form a parenthetical ("…, he noted, …", "… , Fox found."; English).
    parenthetical_stems: tuple[str, ...]
    # A reporting verb the parser left without a subject takes the noun phrase right before it
    # ("former president Bill Clinton said", "a spokeswoman, Anna White, said"; English).
    preverbal_speakers: bool
    # "About 4 in 10 say", "half said": a quantity of people as speaker, typed collective.
    number_speakers: bool
    # Units of a share of people that a number qualifies ("26% say"), read as a number speaker.
    share_units: frozenset[str]
    # Prepositions whose object, a document of cited_documents, is cited ("In a CNN poll
    # released Monday, ..."); those documents are cue words.
    document_prepositions: frozenset[str]
    cited_documents: frozenset[str]
    # A passive or an adjectival participle with no agent is no cue ("was asked", "the
    # so-called plan"); French does the same through its [reporting.mistagged] rules.
    agentless_no_cue: bool
    # Verbs that issue a document: its issuer speaks through it ("X issued a statement
    # saying ...").
    issue_stems: tuple[str, ...]
    # Verbs that publish a document, besides issue_stems: a participle of one on a document
    # names its issuer by its agent or the journal it appeared in ("le communiqué publié lundi
    # par le groupe X", "une étude parue dans The Lancet"). Not issue_stems, whose subject
    # speaks: "Le Monde a publié une lettre affirmant que" is the letter's author's claim.
    publication_stems: tuple[str, ...]
    # A lone capitalised word that is the surname of a person named before is that person
    # ("Sanders said", which the tagger may take for a plural noun).
    surname_persons: bool
    # An age written as a bare number after a name ("Ramos, 58, said"), not only with one of
    # age_units ("Moreau, 45 ans,"): the name is a person's.
    bare_ages: bool
    # A period of an abbreviation before a word in lower case ends no sentence ("Sen. X
    # (I-Vt.) said"; English, whose sentences open with a capital).
    abbreviation_ends: bool
    # Nouns of a statement that cite their possessor ("Trump's claim that"); cue words.
    statement_nouns: frozenset[str]
    # The prepositions of a statement noun's speaker ("criticism from rivals", "claims by the
    # agency that"); cue words.
    statement_source_prepositions: frozenset[str]
    # The prepositions of what a possessed statement noun was about ("her criticism of the
    # plan", "his comments on the strike"); cue words.
    statement_topic_prepositions: frozenset[str]
    # Nouns of a held view or of someone's words that, possessed, after one of
    # view_prepositions, frame the clause as the possessor's ("in Bolton's view", "in his
    # words"); cue words.
    view_nouns: frozenset[str]
    view_prepositions: frozenset[str]
    # Verb forms that report only in a comment clause on the sentence ("as one diplomat put
    # it"); cue words.
    comment_only_forms: frozenset[str]
    # Reporting forms that report only as a finite verb (finite_tags): "critics call it a
    # tax", not "refusing to call it terrorism", "no exaggeration to call this a crime".
    finite_only_forms: frozenset[str]
    # Stems of verbs that cite a source as their object ("qui cite un diplomate"): an unnamed
    # object is an anonymous source of its own.
    citing_stems: tuple[str, ...]
    # Prepositions of a request's addressee ("called on the governor to resign").
    request_prepositions: frozenset[str]
    # Words that open an indirect question after a clause-only verb ("asked them whether").
    question_openers: frozenset[str]
    # Stems of asking: their "if" opens a question, even where the parser reads a condition
    # ("asked voters if they meant to come").
    question_stems: tuple[str, ...]
    # Stems of verbs that name a person to an office when a person is their object or passive
    # subject ("the Senate confirmed Reddick", "was confirmed by the Senate"): no speech.
    appointment_stems: tuple[str, ...]
    # Stems of clause_only_stems that report with a direct object too ("reported earnings of
    # $8 a share", "mentioned the wall").
    object_report_stems: tuple[str, ...]
    # Speech stems that report only with a topic: a preposition of topic_prepositions on the
    # verb ("talked about the wall"; also merged into clause_only_stems).
    topic_stems: tuple[str, ...]
    topic_prepositions: frozenset[str]
    # Particles that make a clause-only verb report what follows: "pointed out the cost".
    report_particles: frozenset[str]
    # Words that make a complement clause a question ("knows how many"; English).
    question_words: frozenset[str]
    # Adverbial phrases that may stand between a verb and its clause ("note par exemple que"),
    # as word lists.
    adverbial_phrases: tuple[tuple[str, ...], ...]
    # Stems whose pronominal use is not speech ("s'ajouter", "se révéler").
    pronominal_other_sense_stems: tuple[str, ...]
    # Adverbs that make a reporting verb hearsay ("reportedly said"): no one cited.
    hearsay_adverbs: frozenset[str]
    # Conditional modals that make a reporting infinitive hypothetical ("pourrait demander").
    hypothetical_modal_stems: tuple[str, ...]
    # Negations of a reporting verb ("n'a pas indiqué", "did not say"): nothing reported.
    cue_negations: frozenset[str]
    # Asking stems whose past participle with no auxiliary names the one asked ("Interrogé, X").
    addressee_stems: tuple[str, ...]
    # stem -> object heads that give it a non-speech sense ("dénoncer un accord").
    object_senses: dict[str, frozenset[str]]
    # Objects that name a statement: with one, a clause-only stem reports ("maintient sa version").
    content_objects: frozenset[str]
    # Fixed phrases whose reporting word is no cue ("promis juré"), one pattern.
    not_cue_phrases: re.Pattern | None
    light_verb_forms: frozenset[str]
    skip_quoted_cues: bool
    # Headlines "Name: what they said" (parse.COLON_ATTRIBUTION).
    colon_speakers: bool
    light_verb_objects: frozenset[str]
    # Objects of a light verb that report only with a clause or as an incise ("faire valoir").
    clause_only_light_objects: frozenset[str]
    # Words between a light verb and an object of particle_light_verb_objects ("met en doute").
    light_verb_particles: frozenset[str]
    particle_light_verb_objects: frozenset[str]
    # Verbs that report only with a document as subject ("the poll shows").
    document_verbs: frozenset[str]
    # Subordinators that make a reporting verb comment on its main clause ("as X reported").
    comment_markers: frozenset[str]
    # Subordinators of a comparison ("more than the company had forecast"): the verb under one
    # is a yardstick of the article's own claim, not a citation.
    comparative_markers: frozenset[str]
    # Words around a reporting form that the tagger did not call a verb ([reporting.mistagged]).
    mistagged: dict[str, tuple[str, ...]]
    source_prepositions: tuple[tuple[str, ...], ...]
    framing_prepositions: tuple[tuple[str, ...], ...]
    media: frozenset[str]
    media_names: tuple[str, ...]
    institutions: frozenset[str]
    # Generic kinds of organisation among the institutions ("l'entreprise", "the company"): a
    # definite bare one is the organisation named before it. See [sources] in fr.toml.
    organisation_anaphors: frozenset[str]
    # Unions, as the normalised words their names open with: never the employer that "la
    # direction" or "the company" refers back to.
    labour_unions: tuple[tuple[str, ...], ...]
    # Words for an organisation's management ("la direction", "management"): the organisation
    # it runs speaks. See [sources] in fr.toml.
    management_heads: frozenset[str]
    # Words for the unnamed people around someone ("son entourage", "l'entourage du
    # président"): anonymous, whoever they surround. See [sources] in fr.toml.
    circle_heads: frozenset[str]
    relation_heads: frozenset[str]
    counsel_heads: frozenset[str]
    # Words for the staff that speaks for its owner ("son cabinet", "Hill's office", "her
    # campaign"): the person (or organisation) who owns it. See [sources] in fr.toml.
    staff_heads: frozenset[str]
    # Titles before a person's name ("Mme", "Dr"): no first name (two people of one surname
    # with two first names are two).
    person_titles: frozenset[str]
    # Roles and functions held by people ("directeur", "spokesman"): see [sources] roles.
    roles: frozenset[str]
    possessives: frozenset[str]
    # Roles a person holds: a name right after one is a person's, whatever NER says.
    person_roles: frozenset[str]
    # Roles of one who heads an organisation ("PDG"): "le PDG de Valtéra" gives Valtéra as
    # an organisation. See [sources] organisation_head_roles.
    organisation_head_roles: frozenset[str]
    # Definite descriptors of a person named before: a generic word for the roles it covers
    # ("l'élu": "maire", "adjoint"…), an age in decades ("le septuagénaire": 70), the words
    # that give an age ("X, 74 ans"). See [sources.role_descriptors] in fr.toml.
    role_descriptors: dict[str, frozenset[str]]
    age_descriptors: dict[str, int]
    age_units: frozenset[str]
    # Demonstrative pronouns ("celui-ci"), which the tagger may take for a name when they open
    # a sentence: a speaker we cannot name from here.
    demonstrative_pronouns: frozenset[str]
    # Negative pronouns ("Rien ne permet de le confirmer"): no speaker at all.
    nobody_pronouns: frozenset[str]
    # Heads that speak for the one their complement names ("a spokesman for X"); words that
    # open examples ("like X"); endings of demonyms ("un Français"). See [sources] in fr.toml.
    spokesperson_heads: frozenset[str]
    # What a source speaks in ("dans un courriel", "in an email"), cut from its noun phrase.
    speech_channels: frozenset[str]
    # Platforms that carry posts and issue no document ("des messages partagés sur Telegram").
    platforms: frozenset[str]
    # Institutions named by the office one person holds ("le ministre"): that person when the
    # text named them in it.
    office_holders: frozenset[str]
    # Offices named by periphrasis: each phrase (lower case, no article) -> the office's name.
    # See [sources.office_periphrases] in fr.toml.
    office_periphrases: dict[str, str]
    # Words right before the outlet someone spoke on ("au micro de Canal+"), lower case, by
    # length: the name after them is no organisation a later "le club" stands for.
    outlet_venues: tuple[str, ...]
    example_markers: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    # Plural endings a demonym may take after its suffix ("Américaines", "Britons").
    demonym_plural_endings: tuple[str, ...]
    documents: frozenset[str]
    anonymous_heads: frozenset[str]
    # Heads that name a thing, never a source ("déclin", "voeux"), and endings of such nouns.
    things: frozenset[str]
    thing_suffixes: tuple[str, ...]
    times: frozenset[str]
    collective_heads: frozenset[str]
    indefinite_determiners: frozenset[str]
    referring_pronouns: frozenset[str]
    # The plural ones ("ils", "they"): they refer back to a plural speaker.
    plural_pronouns: frozenset[str]
    anonymous_pronouns: frozenset[str]
    # The ones that, inside a quotation, are the quoted speaker's own voice (« On nous a
    # répondu que… », a-t-il dit), not an unnamed source of the article.
    quoted_voice_pronouns: frozenset[str]
    anonymous_patterns: PatternSet
    # Words of an anonymity formula proper ("qui a requis l'anonymat", "who asked not to be
    # named"): the source it describes is unnamed, whatever its noun phrase names.
    anonymity_words: tuple[str, ...]
    denial_patterns: PatternSet
    denial_negations: frozenset[str]
    non_response_patterns: PatternSet
    mood: bool
    conditional: dict
    hedge_patterns: PatternSet
    hedge_modals: frozenset[str]
    # Hedge words whose noun reading hedges nothing ("the suspect fled"): a cue only when the
    # tagger does not call them a noun. See [conditional] in en.toml.
    verb_only_hedges: frozenset[str]
    finite_tags: frozenset[str]
    epistemic_blockers: frozenset[str]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    quote_min_words: int
    # Closed-class words of the rules ([function_words]).
    words: FunctionWords
    # Of [denial]: word endings that negate ("didn't"), negations that frame a cue with one of
    # denial_framing_ends after it ("ne dément pas") and their elided forms, as prefixes.
    denial_negation_suffixes: tuple[str, ...]
    denial_framing: frozenset[str]
    denial_framing_prefixes: tuple[str, ...]
    denial_framing_ends: frozenset[str]
    # Of [conditional]: words right after a hedge modal that negate it ("may not").
    hedge_negations: frozenset[str]
    # Of [reporting]: verbs whose infinitive complement is speech that may come, not speech
    # reported ("risquent de regretter").
    hypothetical_governor_stems: tuple[str, ...] = ()
    # reporting_stems by their first letter, in their order: a word is compared with the few
    # stems it can start with, not all of them (derived from reporting_stems).
    stems_by_initial: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    # adverbial_phrases by their first word, each as (words, length) (derived).
    adverbial_phrases_by_first: dict[str, tuple[tuple[list[str], int], ...]] = field(
        init=False, repr=False, compare=False)
    # The words besides reporting verbs that may open a source cue: the last word of a source
    # preposition ("selon", "après"), a light verb, a document verb (derived).
    other_cue_words: frozenset[str] = field(init=False, repr=False, compare=False)
    # source_prepositions (framing ones included) by their last word (derived).
    prepositions_by_last: dict[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if "" in self.reporting_stems:
            raise ValueError("a reporting stem is empty")
        index: dict[str, tuple[str, ...]] = {}
        for stem in self.reporting_stems:
            index[stem[0]] = (*index.get(stem[0], ()), stem)
        object.__setattr__(self, "stems_by_initial", index)
        phrases: dict[str, tuple[tuple[list[str], int], ...]] = {}
        for words in self.adverbial_phrases:
            phrases[words[0]] = (*phrases.get(words[0], ()), (list(words), len(words)))
        object.__setattr__(self, "adverbial_phrases_by_first", phrases)
        by_last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for phrase in self.source_prepositions:
            by_last[phrase[-1]] = (*by_last.get(phrase[-1], ()), phrase)
        object.__setattr__(self, "prepositions_by_last", by_last)
        object.__setattr__(self, "other_cue_words", frozenset(by_last)
                           | self.light_verb_forms | self.document_verbs | self.cited_documents
                           | self.statement_nouns | self.view_nouns | self.comment_only_forms)

    def is_reporting(self, form: str) -> bool:
        form = form.lower()
        return form in self.reporting_forms or form.startswith(
            self.stems_by_initial.get(form[:1], ()))

    def may_open_cue(self, form: str) -> bool:
        """A reporting verb form, or a word of :attr:`other_cue_words`: where a source cue may
        start (the parse decides whether one does)."""
        form = form.lower()
        return form in self.other_cue_words or self.is_reporting(form)

    def is_light_verb_cue(self, form: str, following: str) -> bool:
        return form.lower() in self.light_verb_forms and following.lower() in (
            self.light_verb_objects)

    def needs_clause(self, form: str) -> bool:
        # The longest reporting stem decides: "notifié" is of "notifi" (speech with any object),
        # not of the clause-only "not" it also starts with.
        form = form.lower()
        if not _has_stem(form, self.clause_only_stems):
            return False  # (most forms: no need to look for the longest stem)
        clause_only = max(len(s) for s in self.clause_only_stems if form.startswith(s))
        return clause_only >= max((len(s) for s in self.stems_by_initial.get(form[:1], ())
                                   if form.startswith(s)), default=0)

    def takes_infinitive_content(self, form: str) -> bool:
        return _has_stem(form, self.infinitive_content_stems)

    def is_belief(self, form: str) -> bool:
        return _has_stem(form, self.belief_stems) or form.lower() in self.belief_forms

    def appoints(self, form: str) -> bool:
        return _has_stem(form, self.appointment_stems)

    def asks(self, form: str) -> bool:
        return _has_stem(form, self.question_stems)

    def takes_topic(self, form: str) -> bool:
        return _has_stem(form, self.topic_stems)

    def reports_object(self, form: str) -> bool:
        return _has_stem(form, self.object_report_stems)

    def is_issue(self, form: str) -> bool:
        return _has_stem(form, self.issue_stems)

    def is_publication(self, form: str) -> bool:
        return self.is_issue(form) or _has_stem(form, self.publication_stems)

    def is_parenthetical(self, form: str) -> bool:
        return _has_stem(form, self.parenthetical_stems)

    def is_predicative(self, form: str) -> bool:
        return _has_stem(form, self.predicative_stems)

    def is_call(self, form: str) -> bool:
        return _has_stem(form, self.call_stems)

    def reports_with_source(self, form: str) -> bool:
        return _has_stem(form, self.source_object_stems)

    def names_addressee(self, form: str) -> bool:
        return _has_stem(form, self.addressee_stems)

    def is_hypothetical_modal(self, form: str) -> bool:
        return _has_stem(form, self.hypothetical_modal_stems)

    def is_hypothetical_governor(self, form: str) -> bool:
        return _has_stem(form, self.hypothetical_governor_stems)

    def is_demonym(self, form: str) -> bool:
        """A word ending like a demonym, plural or not ("Français", "Américaines", "Britons")."""
        form = form.lower()
        return any(form.endswith(suffix) or any(form.endswith(suffix + plural)
                                                for plural in self.demonym_plural_endings)
                   for suffix in self.demonym_suffixes)

    def pronominal_other_sense(self, form: str) -> bool:
        return _has_stem(form, self.pronominal_other_sense_stems)

    def non_speech_objects(self, form: str) -> frozenset[str]:
        """The object heads that give ``form``'s stem its non-speech sense (empty if none)."""
        form = form.lower()
        return next((objects for stem, objects in self.object_senses.items()
                     if form.startswith(stem)), frozenset())

    def is_thing(self, form: str) -> bool:
        """The noun ``form`` names a thing or a time, not a source."""
        form = form.lower()
        return form in self.things or form in self.times or bool(
            self.thing_suffixes) and form.endswith(self.thing_suffixes)


def _has_stem(form: str, stems: tuple[str, ...]) -> bool:
    """``form`` starts with one of ``stems`` (never, for none)."""
    return bool(stems) and form.lower().startswith(stems)


def _compile(patterns: list[str]) -> PatternSet:
    return PatternSet(patterns)


def _lower_set(values: list[str]) -> frozenset[str]:
    return frozenset(value.lower() for value in values)


def _fold(value: str) -> str:
    """``value`` in lower case without accents, its words separated by single spaces, as the
    rules compare phrases with text ("chef de l'État", "chef de l'Etat": "chef de l etat");
    articles kept ("le point" is a magazine, "point" is not)."""
    value = unicodedata.normalize("NFKD", value.lower())
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", " ", value).strip()


def _folded_words(values: list[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its folded words (:func:`_fold`), as names' keys are compared."""
    return tuple(tuple(_fold(value).split()) for value in values)


@cache
def load_lexicon(code: str) -> Lexicon:
    """Read and compile ``lexicons/<code>.toml`` (once per process)."""
    path = resources.files("training.features") / "lexicons" / f"{code}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return lexicon_from_dict(data)


def lexicon_from_dict(data: dict) -> Lexicon:
    lang = data["language"]
    rep, src, cond = data["reporting"], data["sources"], data["conditional"]
    beliefs = [stem.lower() for stem in rep.get("belief_stems", [])]
    syntax = {
        key: frozenset(value)
        for key, value in lang.items()
        if key.endswith("_deps") or key.endswith("_labels")
    }
    return Lexicon(
        code=lang["code"],
        pipeline=lang["pipeline"],
        whole_tokens=tuple(lang.get("whole_tokens", ())),
        syntax=syntax,
        reporting_stems=tuple(stem.lower() for stem in rep["stems"]) + tuple(beliefs),
        reporting_forms=_lower_set(rep["forms"] + rep.get("belief_forms", [])),
        clause_only_stems=tuple(stem.lower() for stem in rep.get("clause_only_stems", []))
        + tuple(beliefs) + tuple(stem.lower() for stem in rep.get("topic_stems", [])),
        infinitive_content_stems=tuple(
            stem.lower() for stem in rep.get("infinitive_content_stems", [])),
        call_stems=tuple(stem.lower() for stem in rep.get("call_stems", [])),
        source_object_stems=tuple(stem.lower() for stem in rep.get("source_object_stems", [])),
        adverbial_phrases=tuple(tuple(phrase.lower().split()) for phrase in rep.get(
            "adverbial_phrases", [])),
        predicative_stems=tuple(stem.lower() for stem in rep.get("predicative_stems", [])),
        cue_negations=_lower_set(rep.get("cue_negations", [])),
        hearsay_adverbs=_lower_set(rep.get("hearsay_adverbs", [])),
        hypothetical_modal_stems=tuple(
            stem.lower() for stem in rep.get("hypothetical_modal_stems", [])),
        addressee_stems=tuple(stem.lower() for stem in rep.get("addressee_stems", [])),
        predicative_markers=_lower_set(rep.get("predicative_markers", [])),
        belief_stems=tuple(beliefs),
        belief_forms=_lower_set(rep.get("belief_forms", [])),
        parenthetical_stems=tuple(stem.lower() for stem in rep.get("parenthetical_stems", [])),
        preverbal_speakers=bool(rep.get("preverbal_speakers", False)),
        number_speakers=bool(rep.get("number_speakers", False)),
        share_units=_lower_set(rep.get("share_units", [])),
        agentless_no_cue=bool(rep.get("agentless_no_cue", False)),
        question_openers=_lower_set(rep.get("question_openers", [])),
        question_stems=tuple(stem.lower() for stem in rep.get("question_stems", [])),
        appointment_stems=tuple(stem.lower() for stem in rep.get("appointment_stems", [])),
        object_report_stems=tuple(stem.lower() for stem in rep.get("object_report_stems", [])),
        topic_stems=tuple(stem.lower() for stem in rep.get("topic_stems", [])),
        topic_prepositions=_lower_set(rep.get("topic_prepositions", [])),
        report_particles=_lower_set(rep.get("report_particles", [])),
        question_words=_lower_set(rep.get("question_words", [])),
        request_prepositions=_lower_set(rep.get("request_prepositions", [])),
        statement_nouns=_lower_set(rep.get("statement_nouns", [])),
        statement_source_prepositions=_lower_set(rep.get("statement_source_prepositions", [])),
        statement_topic_prepositions=_lower_set(rep.get("statement_topic_prepositions", [])),
        view_nouns=_lower_set(rep.get("view_nouns", [])),
        view_prepositions=_lower_set(rep.get("view_prepositions", [])),
        comment_only_forms=_lower_set(rep.get("comment_only_forms", [])),
        finite_only_forms=_lower_set(rep.get("finite_only_forms", [])),
        citing_stems=tuple(stem.lower() for stem in rep.get("citing_stems", [])),
        abbreviation_ends=bool(lang.get("abbreviation_ends", False)),
        surname_persons=bool(src.get("surname_persons", False)),
        bare_ages=bool(src.get("bare_ages", False)),
        issue_stems=tuple(stem.lower() for stem in rep.get("issue_stems", [])),
        publication_stems=tuple(stem.lower() for stem in rep.get("publication_stems", [])),
        document_prepositions=_lower_set(rep.get("document_prepositions", [])),
        cited_documents=_lower_set(rep.get("cited_documents", [])),
        pronominal_other_sense_stems=tuple(
            stem.lower() for stem in rep.get("pronominal_other_sense_stems", [])),
        content_objects=_lower_set(rep.get("content_objects", [])),
        object_senses={stem.lower(): _lower_set(objects)
                       for stem, objects in rep.get("object_senses", {}).items()},
        not_cue_phrases=re.compile("|".join(rep["not_cue_phrases"]), re.IGNORECASE)
        if rep.get("not_cue_phrases") else None,
        light_verb_forms=_lower_set(rep.get("light_verb_forms", [])),
        skip_quoted_cues=bool(rep.get("skip_quoted_cues", False)),
        colon_speakers=bool(rep.get("colon_speakers", False)),
        light_verb_objects=_lower_set(rep.get("light_verb_objects", [])),
        clause_only_light_objects=_lower_set(rep.get("clause_only_light_objects", [])),
        light_verb_particles=_lower_set(rep.get("light_verb_particles", [])),
        particle_light_verb_objects=_lower_set(rep.get("particle_light_verb_objects", [])),
        document_verbs=_lower_set(rep.get("document_verbs", [])),
        comment_markers=_lower_set(rep.get("comment_markers", [])),
        comparative_markers=_lower_set(rep.get("comparative_markers", [])),
        mistagged={key: tuple(word.lower() for word in words)
                   for key, words in rep.get("mistagged", {}).items()},
        source_prepositions=tuple(tuple(p.lower() for p in phrase) for phrase in rep[
            "source_prepositions"] + rep.get("framing_prepositions", [])),
        framing_prepositions=tuple(tuple(p.lower() for p in phrase)
                                   for phrase in rep.get("framing_prepositions", [])),
        media=_lower_set(src["media"]),
        media_names=tuple(sorted(_lower_set(src["media_names"]), key=len, reverse=True)),
        institutions=_lower_set(src["institutions"]),
        organisation_anaphors=_lower_set(src.get("organisation_anaphors", [])),
        labour_unions=_folded_words(src.get("labour_unions", [])),
        management_heads=_lower_set(src.get("management_heads", [])),
        circle_heads=_lower_set(src.get("circle_heads", [])),
        relation_heads=_lower_set(src.get("relation_heads", [])),
        counsel_heads=_lower_set(src.get("counsel_heads", [])),
        staff_heads=_lower_set(src.get("staff_heads", [])),
        person_titles=_lower_set(src.get("person_titles", [])),
        roles=_lower_set(src.get("roles", [])),
        possessives=_lower_set(src.get("possessives", [])),
        person_roles=_lower_set(src.get("person_roles", [])),
        organisation_head_roles=_lower_set(src.get("organisation_head_roles", [])),
        role_descriptors={word.lower(): _lower_set(roles)
                     for word, roles in src.get("role_descriptors", {}).items()},
        age_descriptors={word.lower(): int(decade)
                         for word, decade in src.get("age_descriptors", {}).items()},
        age_units=_lower_set(src.get("age_units", [])),
        demonstrative_pronouns=_lower_set(src.get("demonstrative_pronouns", [])),
        nobody_pronouns=_lower_set(src.get("nobody_pronouns", [])),
        spokesperson_heads=_lower_set(src.get("spokesperson_heads", [])),
        speech_channels=_lower_set(src.get("speech_channels", [])),
        platforms=_lower_set(src.get("posting_platforms", [])),
        office_holders=_lower_set(src.get("office_holders", [])),
        office_periphrases={_fold(phrase): office
                            for office, phrases in src.get("office_periphrases", {}).items()
                            for phrase in phrases},
        outlet_venues=tuple(sorted(_lower_set(src.get("outlet_venues", [])), key=len,
                                   reverse=True)),
        example_markers=_lower_set(src.get("example_markers", [])),
        demonym_suffixes=tuple(s.lower() for s in src.get("demonym_suffixes", [])),
        demonym_plural_endings=tuple(
            ending.lower() for ending in src.get("demonym_plural_endings", [])),
        documents=_lower_set(src.get("documents", [])),
        anonymous_heads=_lower_set(src["anonymous"]),
        things=_lower_set(src.get("things", [])),
        thing_suffixes=tuple(suffix.lower() for suffix in src.get("thing_suffixes", [])),
        times=_lower_set(src.get("times", [])),
        collective_heads=_lower_set(src["collective"]),
        indefinite_determiners=_lower_set(src["indefinite_determiners"]),
        referring_pronouns=_lower_set(src["referring_pronouns"]),
        plural_pronouns=_lower_set(src.get("plural_pronouns", [])),
        anonymous_pronouns=_lower_set(src["anonymous_pronouns"]),
        quoted_voice_pronouns=_lower_set(src.get("quoted_voice_pronouns", [])),
        anonymous_patterns=_compile(data["anonymous"]["patterns"]),
        anonymity_words=tuple(w.lower() for w in data["anonymous"].get("anonymity_words", [])),
        denial_patterns=_compile(data["denial"]["patterns"]),
        denial_negations=_lower_set(data["denial"].get("negation_before", [])),
        non_response_patterns=_compile(data["non_response"]["patterns"]),
        mood=bool(cond.get("mood", False)),
        conditional=cond,
        hedge_patterns=_compile(cond.get("hedge_phrases", [])),
        hedge_modals=_lower_set(cond.get("hedge_modals", [])),
        verb_only_hedges=_lower_set(cond.get("verb_only_hedges", [])),
        finite_tags=frozenset(lang.get("finite_tags", [])),
        epistemic_blockers=_lower_set(cond.get("epistemic_blockers", [])),
        quote_open=frozenset(data["quotes"]["open"]),
        quote_close=frozenset(data["quotes"]["close"]),
        quote_min_words=int(data["quotes"].get("min_words", 3)),
        words=_function_words(data.get("function_words", {})),
        denial_negation_suffixes=tuple(
            suffix.lower() for suffix in data["denial"].get("negation_suffixes", [])),
        denial_framing=_lower_set(data["denial"].get("framing_negations", [])),
        denial_framing_prefixes=tuple(
            prefix.lower() for prefix in data["denial"].get("framing_negation_prefixes", [])),
        denial_framing_ends=_lower_set(data["denial"].get("framing_negation_ends", [])),
        hedge_negations=_lower_set(cond.get("modal_negations", [])),
        hypothetical_governor_stems=tuple(
            stem.lower() for stem in rep.get("hypothetical_governor_stems", [])),
    )
