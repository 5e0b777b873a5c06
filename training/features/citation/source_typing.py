"""Typing a speaker: person, organisation, media, anonymous, collective or unresolved, with the
key that merges its mentions; pronouns resolved to the source they refer back to.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..parse import PRONOUN_LOOKBACK, QUOTE_CHARS, is_proper
from .mentions import (
    _Context,
    _display,
    _find_media,
    _fold,
    _kind_word_before,
    _latest_named_is_media,
    _media_display,
    _media_name,
    _media_name_prefixes,
    _organisation_referent,
    _outlet_agent,
    _person_key,
    _whole_name,
    normalise_key,
    sentences_with,
)
from .noun_phrases import (
    _apposed_name,
    _complement_nouns,
    _gender_number,
    _given_age,
    _is_time,
    _looks_like_person,
    _np_tokens,
    _objects_after,
    _propn_run,
    _title_before_name,
)
from .quotes import _inside, _opens_quote, _quoted_words_end
from .roles import (
    _described_person,
    _group_description,
    _known_person,
    _named_after_role,
    _role_holder,
    _type_role,
)


def _type_speaker(head, ctx: _Context, cue=None):
    """(type, key, name, (start, end)) of the speaker whose head token is ``head``."""
    parsed, lex, registry = ctx.parsed, ctx.lex, ctx.registry
    lower = head.lower_
    if lower in lex.words.time_zones:
        return None  # "10:55 a.m. ET: "We are ready," Governor Ann Cole told": a time stamp
    pronoun = _type_pronoun(head, ctx, cue)
    if pronoun is not _NOUN_PHRASE:
        return pronoun
    quoted = _quoted_after_kind(head, ctx)
    if quoted is not None:
        return quoted
    tokens = _without_group_apposition(head, _np_tokens(head, lex, cue), ctx)
    has_name = any(is_proper(t) for t in tokens)
    if not has_name:
        # "son PDG, Marc-Antoine Vercel": a name in apposition that the parser hung elsewhere.
        apposed = _apposed_name(tokens[-1]) or _name_after_relative(head, lex)
        if apposed:
            tokens = tokens + apposed
            has_name = True
    start, end = ctx.at(tokens[0]), ctx.end_of(tokens[-1])
    np_text = parsed.text[start:end]
    span = (start, end)
    office = _office_periphrasis(np_text, start, ctx) if lex.office_periphrases else None
    if office is not None:
        return (*office, span)
    if lower in lex.circle_heads and not is_proper(head):
        # "selon son entourage", "l'entourage de Marine Le Pen assure": unnamed people close
        # to someone, whoever that is (not the named person)
        return "anonymous", None, None, span
    if lower in lex.staff_heads and not (head.text[:1].isupper() and not head.is_sent_start):
        # "Son cabinet a précisé", "Hill's office said": the owner's word (not "the Office
        # of Management and Budget", a name)
        owner = _staff_owner(head, ctx, cue)
        if owner is not None:
            return (*owner, span)
    if lex.surname_persons and head.text[:1].isupper() and len(
            _own_name_words(head, tokens, lex)) == 1:
        # "Sanders said" (tagged a plural noun at the start of a sentence), "O'Malley said":
        # the surname of a person named before
        known = _known_person(head, start, registry)
        if known is None:
            surname = normalise_key(head.text)
            # a headline ("Sanders: ...", "Trump Slams ...") names by surname the person its
            # article names fully below: in the first sentence, a later full name counts too
            headline = ctx.sentence.index == 0
            named = [e for sentence in (parsed.sentences[n] for n in sentences_with(
                         surname, ctx, None if headline else ctx.sentence.index))
                     for e in parsed.entities_of(sentence)
                     if (headline or e.start < start)
                     and e.label in lex.syntax["person_entity_labels"]
                     and len(e.text.split()) > 1
                     and normalise_key(e.text).split()[-1:] == [surname]]
            if named:
                key = registry.add(start, "person", _person_key(named[-1].text), named[-1].text)
                known = key, registry.name_of(key)
        if known is not None:
            # (a mention of that person here, for the pronouns after it)
            registry.add(start, "person", known[0], known[1])
            return "person", known[0], known[1], span
    entities = parsed.entities_in(start, end) if has_name else []
    if registry.possessive_endings:
        _note_whole_names(entities, head, ctx)
    if has_name and not entities and not is_proper(head) and (
            lower in lex.anonymous_heads or lower in lex.collective_heads) and all(
            t.is_sent_start and not any(c.dep_ in lex.syntax["case_deps"] for c in t.children)
            for t in tokens if is_proper(t)):
        # "Battery safety experts say": a common noun capitalised because it opens the
        # sentence, which NER does not take for a name, names no one (a possessor, "Cruz's
        # advisers", is one)
        has_name = False
    if has_name and not entities and tokens == [head] and head.is_sent_start and (
            "Plur" in head.morph.get("Number") or ctx.sentence.index > 0 and _heading(
                ctx.sentence, parsed.text)):
        # "Regulars say": a plural common noun capitalised because it opens the sentence,
        # which the tagger took for a name and NER did not: an unnamed group; and "Athlete
        # denies wrongdoing", a subheading's common noun, which names no one by itself (a
        # surname of someone named before was resolved above; a headline, the text's first
        # line, may name by surname someone named below)
        has_name = False
    if lower in lex.relation_heads and not is_proper(head) and not any(
            e.start <= ctx.at(head) < e.end for e in entities) and (
            not head.text[:1].isupper() or any(
                e.label in lex.syntax["person_entity_labels"] for e in entities)) and (
            _named_in_complements(head, entities, ctx, possessor=True)):
        # "la fille de Jean Dupont", "son frère", "aides to Governor Ann Cole", "Hill's
        # daughter": someone close to the one named, and unnamed (not "sa fille, Marie
        # Dupont,": the name in apposition is hers; not "Friends of the Earth", a name)
        return "anonymous", None, None, span
    media_name = _media_name(np_text, lex)
    beyond = _outlet_beyond(tokens, start, ctx) if media_name is None and is_proper(
        head) else None
    if beyond is not None:
        # "Le Canard enchaîné révèle", whose participle the parser took for a verb (and
        # NER's "Canard enchaîné", a person, is that outlet)
        np_text, media_name = beyond
        span = (start, start + len(np_text))
        entities = [e for e in entities if not (start <= e.start and e.end <= span[1])]
    # (not an outlet's name NER took for a person's: "Selon Mediapart")
    person = [e for e in entities if e.label in lex.syntax["person_entity_labels"] and not (
        _role_phrase(e.text, lex)) and not _after_its_kind(e, parsed.text, lex) and (
        media_name is None or _media_name(e.text, lex) is None)] or (
        _named_after_role(entities, tokens, ctx)) or _named_before_role(head, entities, ctx)
    if person and (lower in lex.media or lower in lex.organisation_anaphors) and not (
            is_proper(head)):
        # "l'agence Tanjug", "le site Ouest-Info": an outlet, and "le groupe Valtéra",
        # "l'opérateur Telvia": an organisation, whatever NER says
        person = []
    if person and lower in lex.institutions and not is_proper(head) and all(
            len(e.text.split()) == 1 and e.start > ctx.at(head) for e in person):
        # "le parquet de Montclaret": an institution and its place, which NER called a person
        person = []
    if person and not is_proper(head) and lower not in lex.spokesperson_heads and not (
            head_lower_is_document(head, lex)) and any(
            c.dep_ == "det" and c.lower_ in lex.indefinite_determiners for c in head.children):
        if _named_in_complements(head, person, ctx):
            person = []  # "une amie de Jessy", "un conseiller du ministre X": someone unnamed
    if person and is_proper(head) and _introduced_as_organisation(person[-1].text, start, ctx):
        # "le groupe Valtéra … Interrogée, Valtéra a démenti": a one-word name the article
        # gave after a word of its kind stays that organisation, whatever NER says here
        return (*registry.organisation(start, person[-1].text), span)
    if person:
        # the name the head is in ("Me Florence Aubry, l'avocate de l'association Sérane
        # Vivante": not the association NER called a person), else the last one
        ent = next((e for e in person if e.start <= ctx.at(head) < e.end), person[-1])
        if ent.start < span[1] < ent.end and ent.end <= ctx.sentence.end:
            # "a réagi l'entraîneur Roberto De Zerbi": the whole name, where the parser left
            # its particle and what follows out of the noun phrase
            span = (span[0], ent.end)
        key = registry.add(start, "person", _person_key(ent.text), ent.text)
        if registry.type_of(key) == "organisation":
            return "organisation", key, registry.name_of(key), span  # (its short name)
        return "person", key, registry.without_possessive(ent.text), span
    beside = _name_beside(head, ctx) if media_name is not None and head_lower_is_document(
        head, lex) else None
    if beside is not None and _media_name(beside, lex) is None:
        # "un sondage Ifop pour Le Figaro", "a YouGov poll for The Times": the pollster's
        # document, which an outlet commissioned
        return (*registry.organisation(start, beside), span)
    if media_name is not None:
        # ("a CNN poll": the outlet's)
        name = beside or _media_display(np_text, lex)
        key = registry.add(start, "media", media_name, name)
        return "media", key, registry.name_of(key), span
    if head_lower_is_document(head, lex) and not (
            lower in lex.media and _latest_named_is_media(start, registry) and any(
                c.dep_ == "det" and c.lower_ not in lex.indefinite_determiners
                for c in head.children)):
        return _type_document(head, tokens, entities, ctx, cue, span)
    orgs = [
        e for e in entities
        if e.label in lex.syntax["organisation_entity_labels"] | lex.syntax["place_entity_labels"]
        or e.label in ("MISC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
        or _after_its_kind(e, parsed.text, lex)  # "l'association Loup Présence", NER's person
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
            head.i > 0 and head.doc[head.i - 1].dep_ == "det") and (lex.is_demonym(lower) or any(
            e.label in lex.syntax.get("group_entity_labels", ()) and e.start <= ctx.at(head)
            < e.end for e in entities)):
        # "un Français", "des Américains", "a Frenchman": a demonym, not a name (NER calls
        # them anything from a place to an organisation); "some Democrats", a group's members
        return "anonymous", None, None, span
    if lower in lex.management_heads and not (
            head.text[:1].isupper() and not head.is_sent_start) and not any(
            c.pos_ == "ADJ" and c.i > head.i for c in head.children):
        # "la direction a indiqué", "selon la direction du groupe", "management said" (not
        # "la Direction générale de l'alimentation", "la direction départementale des
        # territoires": names of a body)
        return _managed_organisation(head, tokens, orgs, ctx, span)
    if head_lower in lex.counsel_heads and not is_proper(head) and not has_name and any(
            c.i < head.i and c.dep_ in ("det", "poss", "nmod:poss") and (
                c.pos_ == "PRON" or "Yes" in c.morph.get("Poss")) for c in head.children):
        # "Jean Martin … selon le parquet. Son avocate clame", "his lawyer said": the client,
        # the person named just before (not the prosecutor's office that spoke last); with no
        # one named there, someone unnamed
        _read_lookback(ctx)
        client = _latest_person_entity(start, ctx)
        if client is None:
            return "anonymous", None, None, span
        key = registry.add(client.start, "person", _person_key(client.text), client.text)
        return "person", key, registry.name_of(key), span
    if head_lower in lex.roles and (not is_proper(head) or head.text.isupper()):
        # (an acronym, "son PDG", is tagged a proper noun)
        return _type_role(head, tokens, orgs, indefinite, ctx, span,
                          name_head if name_head is not head else None)
    if (head_lower in lex.role_descriptors or head_lower in lex.age_descriptors) and (
            determiners and not indefinite and not has_name
            and "Plur" not in head.morph.get("Number")):
        # "l'ancien élu", "le septuagénaire": the person the article described so
        described = _described_person(head, tokens, ctx, start)
        if described is not None:
            key = registry.add(start, "person", _person_key(described.text), described.text)
            return "person", key, registry.name_of(key), span
    if is_proper(head) and has_name or (orgs and head.pos_ != "NOUN") or (
        name_head is not None and name_head is not head and head.lower_ not in lex.media
        and head.lower_ not in lex.institutions and not indefinite
    ):
        name = _whole_name(orgs[-1], tokens, ctx) if orgs else _propn_run(name_head)
        if (head.pos_ == "NOUN" or head_lower in lex.institutions) and is_proper(head) and all(
                ctx.at(head) <= e.start and e.end <= ctx.end_of(head) for e in orgs):
            # "la Cour des comptes", "la Délégation à la sécurité routière": a common noun
            # written as a name, with its complement (NER found none, or the noun alone)
            name = _capitalised_name(head, tokens, ctx)
        if head_lower in lex.media and head_lower not in lex.institutions or (
                _media_name(name, lex)):
            # (a name that opens with a word both an outlet's and an institution's,
            # "l'Agence régionale de santé", is an outlet only if it is a known one)
            key = registry.add(start, "media", normalise_key(name), name)
            return "media", key, registry.without_possessive(name), span
        if is_proper(head) and _given_age(head, lex) and not _media_name(name, lex):
            # "Ramos, 58, told AFP", which NER took for an organisation or a place
            name = _propn_run(head)
            key = registry.add(start, "person", _person_key(name), name)
            return "person", key, registry.without_possessive(name), span
        if not orgs and _looks_like_person(head):
            key = registry.add(start, "person", _person_key(name), name)
            return "person", key, registry.without_possessive(name), span
        return (*registry.organisation(start, name), span)
    if head_lower in lex.collective_heads and not indefinite or (
        head_lower in lex.collective_heads and head_lower not in lex.anonymous_heads
    ):
        return "collective", None, None, span
    if indefinite or (not determiners and head_lower in lex.anonymous_heads):
        places = lex.syntax["place_entity_labels"]
        if orgs and head_lower not in lex.anonymous_heads and head_lower not in lex.media and (
                not all(e.label in places for e in orgs)):  # "un quotidien de Liège"
            name = orgs[-1].text
            return (*registry.organisation(start, name), span)
        return "anonymous", None, None, span
    return _type_common_noun(head, tokens, orgs, has_name, indefinite, bool(determiners),
                             np_text, ctx, span)


def _type_common_noun(head, tokens: list, orgs: list, has_name: bool, indefinite: bool,
                      determined: bool, np_text: str, ctx: _Context, span):
    """A speaker named by a common noun that is no role, document or management ("le
    journal", "l'entreprise", "la préfecture", "les pirates"): the outlet or organisation it
    stands for, named here or before, else an unnamed source or group, else unresolved."""
    lex, registry = ctx.lex, ctx.registry
    head_lower, start = head.lower_, span[0]
    if head_lower in lex.media and (head_lower not in lex.institutions or has_name or (
            _latest_named_is_media(start, registry))):
        # "l'agence", "the agency" with no name: an outlet only after one (the others are
        # institutions below)
        named = _name_right_after(head, ctx) if not orgs else None
        if named is not None:
            # "affirme l'hebdomadaire Le Courrier du Soir", "le quotidien économique Les
            # Echos": the name hung elsewhere
            name, name_end = named
            key = registry.add(start, "media", normalise_key(name), name)
            return "media", key, registry.name_of(key), (start, max(span[1], name_end))
        previous = registry.latest(start, {"media"})
        if previous is not None and not orgs:
            return previous[0], previous[1], previous[2], span
        bare = all(c.dep_ in ("det", "case", "punct") for c in head.children)
        if not orgs and not has_name and head_lower not in lex.institutions and not bare:
            # "selon la presse belge", "le quotidien régional": a kind of outlet, none named
            # (a bare "le journal" refers back to one)
            return "anonymous", None, None, span
        referent = _organisation_referent(start, ctx) if bare and not has_name else None
        if referent is not None:
            # "Contactée, la chaîne a démenti" after "Canal Étoile" (a name NER gave no
            # outlet's label): that one
            key = registry.add(start, "media", normalise_key(referent), referent)
            return "media", key, registry.name_of(key), span
        name = orgs[-1].text if orgs else _display(np_text)
        key = registry.add(start, "media", normalise_key(name), name)
        return "media", key, registry.without_possessive(name), span
    kind_adjective = any(_kind_adjective(c, head) for c in head.children)
    if head_lower in lex.organisation_anaphors and not has_name and all(
            c.dep_ in ("det", "punct", "case") or c.dep_ in ("amod", "compound") and c.i < head.i
            or _circumstance(c, head, lex) or _kind_adjective(c, head)
            or _aside_relative(c, lex) for c in head.children):
        # "l'entreprise a précisé", "selon le groupe", "the central bank said", "le
        # constructeur automobile": the organisation named before (not "la fédération
        # départementale ovine", which adjectives after it name, nor "l'association des
        # riverains")
        previous = registry.latest(start, {"organisation"}, head=normalise_key(head.text))
        if previous is not None:
            return previous[0], previous[1], previous[2], span
        referent = _organisation_referent(start, ctx, head_lower)
        if referent is not None and not (kind_adjective and _named_as_other_kind(
                referent, head_lower, start, ctx)):
            return (*registry.organisation(start, referent), span)
    if head_lower in lex.office_holders and not is_proper(head) and not indefinite:
        # "Bruno Le Maire, ministre de l'Économie, … Le ministre a assuré": the person named
        # in the office, not the office a second time
        holder = _role_holder(head, tokens, ctx, start)
        if holder is not None:
            key = registry.add(start, "person", _person_key(holder.text), holder.text)
            return "person", key, registry.name_of(key), span
    if head_lower in lex.institutions:
        has_complement = any(t.dep_ in ("nmod", "amod", "compound", "poss")
                             for t in head.children)
        if not has_complement:
            previous = registry.latest(start, {"organisation"}, head=normalise_key(head.text))
            if previous is not None:
                return previous[0], previous[1], previous[2], span
            referent = _institution_referent(head, start, ctx)
            if referent is not None:
                # "the authority" after "the Harbor Regional Transit Authority board voted":
                # the organisation NER found, though it did not speak
                return (*registry.organisation(start, referent), span)
        name = _display(np_text.split(",")[0])  # (not what the parser hung after a comma)
        if head_lower in lex.organisation_anaphors:
            # "l'entreprise Solvia Ouvrages, chargée de …": the name in apposition
            name = _apposed_name_of_kind(head, ctx) or name
        return (*registry.organisation(start, name), span)
    if head_lower in lex.anonymous_heads:
        return "anonymous", None, None, span
    if "Plur" in head.morph.get("Number") or head.tag_ == "NNS":
        # "les pirates affirment": an unnamed group.
        return "collective", None, None, span
    if orgs:
        name = _whole_name(orgs[-1], tokens, ctx)
        return (*registry.organisation(start, name), span)
    if head.pos_ == "NOUN" and not indefinite and determined:
        # "la navigatrice Anne Quéré … a confié la navigatrice": the person a sentence before
        # named after (or before) the same word, as for a role
        holder = _role_holder(head, tokens, ctx, start)
        if holder is not None:
            key = registry.add(start, "person", _person_key(holder.text), holder.text)
            return "person", key, registry.name_of(key), span
    return "unresolved", None, None, span


def _heading(sentence, text: str) -> bool:
    """The sentence is a heading: a line of a few words with no closing punctuation."""
    line = text[sentence.start:sentence.end].strip()
    return 0 < len(line.split()) <= 10 and line[-1:] not in ".!?\"”»…:;"


def _kind_adjective(child, head) -> bool:
    """``child`` is the one adjective right after ``head`` and all it has: its kind of trade
    ("le constructeur automobile", "le groupe pharmaceutique"), which refers back to the one
    named before as the bare noun does."""
    return child.dep_ == "amod" and child.i == head.i + 1 and child.pos_ == "ADJ" and (
        child.is_lower and not list(child.children)) and not any(
        c.dep_ == "amod" and c.i > child.i for c in head.children)


def _named_as_other_kind(name: str, kind: str, before: int, ctx: _Context) -> bool:
    """The text introduced ``name`` after a word of another kind than ``kind``: "l'association
    organisatrice" does not stand for "le groupe Facebook". (Only asked for a noun with its
    kind adjective: a bare "the company" stands for "the data firm Shelfwise".)"""
    lex, text = ctx.lex, ctx.parsed.text
    kinds = lex.organisation_anaphors | lex.media
    for match in re.finditer(re.escape(name), text[:before]):
        words = text[max(0, match.start() - 30):match.start()].split()
        if words and words[-1].lower() in kinds and words[-1].lower() != kind:
            return True
    return False


def _aside_relative(child, lex: Lexicon) -> bool:
    """``child`` heads a relative clause between commas, which describes its noun without
    picking it out: "Le constructeur automobile, qui a dévoilé mardi ses résultats,"."""
    if child.dep_ not in lex.syntax["relative_deps"]:
        return False
    first = child.left_edge.i
    return first > 0 and child.doc[first - 1].text == ","


# What _type_pronoun returns for a head that is no pronoun (nor a number or a title): the
# speaker is typed from its noun phrase.
_NOUN_PHRASE = object()


def _type_pronoun(head, ctx: _Context, cue=None):
    """A pronoun speaker, or a number or lawyer's title that stands where one does, typed as
    :func:`_type_speaker` types speakers (None: no speaker); ``_NOUN_PHRASE`` for any other
    head."""
    lex, registry = ctx.lex, ctx.registry
    lower = head.lower_
    if lower in lex.words.first_second_person or lower.lstrip("-") in (
            lex.words.first_second_person):
        if not _title_before_name(head):
            return None
        if head.dep_ not in lex.syntax["subject_deps"]:
            # "Pour Me Aurélie Castan, avocate": the parser hung the name on the lawyer's title
            # (which shares its form with a pronoun), and NER may call it anything: the person
            # named after the title speaks
            name = _propn_run(head.doc[head.i + 1])
            tokens = _np_tokens(head.doc[head.i + 1], lex, cue)
            start = ctx.at(head)
            key = registry.add(start, "person", _person_key(name), name)
            return "person", key, registry.name_of(key), (start, ctx.end_of(tokens[-1]))
    if lex.number_speakers and (head.pos_ == "NUM" and head.like_num or (
            lower in lex.share_units and any(c.dep_ == "nummod" for c in head.children))):
        # "About 4 in 10 say", "61 percent said", "26% say": an unnamed share of people
        tokens = _np_tokens(head, lex, cue)
        return "collective", None, None, (ctx.at(tokens[0]), ctx.end_of(tokens[-1]))
    if lower in lex.words.euphonic_t or lower == "-" or not any(ch.isalpha() for ch in lower):
        return None
    if lower in lex.nobody_pronouns:
        return None  # "Rien ne permet de le confirmer"
    if lower in lex.demonstrative_pronouns:
        # "Celui-ci, sollicité, n'a pas donné suite" (the tagger may call "Celui" a name)
        return "unresolved", None, None, (ctx.at(head), ctx.end_of(head))
    partitive = lower in lex.words.partitive_pronouns
    if partitive:
        tokens = _np_tokens(head, lex, cue)
        if not any(is_proper(t) for t in tokens):
            # "raconte l'un d'eux", "l'une des infirmières affirme": one of a group, unnamed
            return "anonymous", None, None, (ctx.at(tokens[0]), ctx.end_of(tokens[-1]))
        # ("l'un des avocats du prévenu, Me Paul Roux": the one named)
    if not partitive and (head.pos_ == "PRON" or lower in lex.referring_pronouns
                          or lower in lex.anonymous_pronouns):
        span = (ctx.at(head), ctx.end_of(head))
        if lower in lex.quoted_voice_pronouns and _inside(ctx.quotations, span[0]):
            # « On nous a répondu que… », a-t-il dit: someone the quoted speaker knows, whom
            # the article does not cite (the cue stays in the evidence, counted as no source)
            return "unresolved", None, None, span
        if lower in lex.anonymous_pronouns or lower.lstrip("-") in lex.anonymous_pronouns:
            place = _speaker_place(head, lex) if lower.startswith("-") else None
            if place is not None:
                span = (span[0], ctx.end_of(place))
            return "anonymous", None, None, span
        if lower in lex.referring_pronouns and _anonymous_antecedent(head, ctx):
            # "Une sage-femme, qui a requis l'anonymat, raconte … Elle estime": the pronoun
            # stands for the unnamed speaker just before, not for the last person named
            return "anonymous", None, None, span
        if lower in lex.plural_pronouns and _group_antecedent(head, ctx):
            # "the fishermen say they were offered money, but they call the sums an insult":
            # the group that spoke just before in the sentence, not the latest organisation;
            # that group is counted already, so the pronoun names no one new
            return "unresolved", None, None, span
        if lower in lex.referring_pronouns:
            resolved = _resolve_pronoun(ctx.at(head), head.lower_, ctx, _gender_number(head))
            if resolved is None:
                return "unresolved", None, None, span
            type_, key, name = resolved
            return type_, key, name, span
        # "qui", "ce dernier", "celui-ci": a speaker we cannot name from here.
        return "unresolved", None, None, span
    return _NOUN_PHRASE


def _type_document(head, tokens: list, entities: list, ctx: _Context, cue, span):
    """A document that speaks (head_lower_is_document): its named issuer's word, else the
    issuer a possessor, an agent or a venue names, else unresolved (a definite or possessed
    document, whose issuer we do not resolve) or anonymous (an unnamed one)."""
    parsed, lex, registry = ctx.parsed, ctx.lex, ctx.registry
    start = span[0]
    # ("the paper said" after a newspaper was named: that newspaper, below)
    # (not a date NER found in it: "full-year sales growth")
    # (nor the platform it was posted on: "des messages partagés sur Telegram")
    issuer = [e.text for e in entities if e.label not in lex.syntax["person_entity_labels"]
              and e.label not in _NUMERIC_LABELS and e.text.lower() not in lex.platforms]
    run = []
    for token in reversed([t for t in tokens if t.i < head.i]):
        if not is_proper(token) and run:
            break
        if is_proper(token):
            run.insert(0, token)
    if run and (head.pos_ == "PROPN" or not any(
            e.start < ctx.at(run[0]) for e in entities if e.text in issuer)):
        # "a Daily Courier Poll", "a Quillon filing with the regulator", "a Tamberly
        # full-year outlook report": the name before the document word (which NER may
        # skip) issued it, not one in its complement
        # (from the start of NER's entity, to the end of the name: "Tamberly full-year")
        first = min([e.start for e in entities if e.start <= ctx.at(run[0]) < e.end],
                    default=ctx.at(run[0]))
        issuer = [parsed.text[first:ctx.end_of(run[-1])]]
    if not issuer:
        of = lex.words.of_prepositions | lex.words.of_contractions
        # (a determined one: "un rapport d'inspection" names a kind of report)
        complement = next((c for c in head.children if c.i > head.i and c.dep_ in lex.syntax[
            "noun_complement_deps"] and c.pos_ == "NOUN" and c.lower_ in lex.institutions and any(
                g.dep_ in lex.syntax["case_deps"] and g.lower_ in of for g in c.children) and any(
                g.dep_ == "det" or g.lower_ in lex.words.of_contractions
                for g in c.children)), None)
        typed = _type_speaker(complement, ctx, cue) if complement is not None else None
        if typed is not None and typed[0] in ("organisation", "media"):
            # "indique un communiqué du ministère de la justice": the institution issued it
            return typed[0], typed[1], typed[2], span
        # "according to court documents", "une étude récente", "des messages partagés":
        # a document with no named issuer is an anonymous source (data/README.md); "le
        # rapport", "ce document" refer back to an issuer, whom we do not resolve
        # (not "the commission's report", "LSEG data", "un rapport de l'inspection",
        # "agency records" after an agency was named: a possessor, a name or a definite or
        # known institution is an issuer we did not resolve; "court documents" has none)
        issued = any(c.dep_ == "det" and c.lower_ not in lex.indefinite_determiners
                     or c.dep_ in ("poss", "nmod:poss") for c in head.children) or any(
            t.i != head.i and (is_proper(t) and t.lower_ not in lex.platforms or (
                t.lower_ in lex.institutions or t.lower_ in lex.media) and (any(
                    c.dep_ == "det" for c in t.children) or registry.latest(
                    start, {"organisation", "media"}, head=normalise_key(t.text))))
            for t in tokens)
        possessor = next((c for c in head.children if c.dep_ in ("poss", "nmod:poss")
                          and c.pos_ in ("NOUN", "PROPN") and c.i < head.i and (
                              c.lower_ in lex.institutions
                              or c.lower_ in lex.organisation_anaphors)
                          and any(d.dep_ == "det" and d.lower_ not in (
                              lex.indefinite_determiners) for d in c.children)), None)
        if possessor is None:
            # "a study released Monday by the Brookvale University Center": the agent of
            # the verb of issue that describes the document (issue_stems)
            possessor = next((g for c in head.children
                              if c.dep_ in lex.syntax["modifier_deps"]
                              and lex.is_publication(c.lower_) for agent in c.children
                              if agent.dep_ in lex.syntax["agent_deps"]
                              for g in agent.children if g.pos_ in ("NOUN", "PROPN")), None)
            if possessor is None:
                # "a study published Wednesday in The Lancet", "une étude parue dans
                # The Lancet": the journal that published it
                possessor = next((v for c in head.children
                                  if c.dep_ in lex.syntax["modifier_deps"]
                                  and lex.is_publication(c.lower_)
                                  for v in [_venue(c, ctx)] if v is not None), None)
            if possessor is None:
                # "a memo obtained by The Herald", "un document consulté par Le Monde": the
                # outlet whose reporting it is (relayed reporting)
                possessor = next((a for c in head.children
                                  if c.dep_ in lex.syntax["modifier_deps"]
                                  for a in [_outlet_agent(c, lex)] if a is not None), None)
            if possessor is None:
                # "un document que Le Monde a pu consulter", "a memo that The Times obtained":
                # the same, said with a relative clause
                possessor = _outlet_in_relative(head, tokens, lex)
            if possessor is not None and possessor not in tokens:
                typed = _type_speaker(possessor, ctx, cue)
                if typed is not None and typed[0] in ("organisation", "media", "person"):
                    return typed[0], typed[1], typed[2], (span[0], typed[3][1])
            possessor = None
        typed = _type_speaker(possessor, ctx, cue) if possessor is not None else None
        if typed is not None and typed[0] == "organisation" and typed[2] and (
                typed[2][:1].isupper()):
            # "according to the authority's budget documents": the named organisation
            # the institution's noun stands for issued them
            return typed[0], typed[1], typed[2], span
        return ("unresolved" if issued else "anonymous"), None, None, span
    name = next((_whole_name(e, tokens, ctx) for e in reversed(entities)
                 if e.text == issuer[-1]), issuer[-1])  # (as much as NER cut of it)
    return (*registry.organisation(start, name), span)


def _outlet_in_relative(head, tokens: list, lex: Lexicon):
    """The outlet that is the subject of a relative clause on a document ("un document interne
    que Le Monde a pu consulter", "une note que s'est procurée Libération", "an email that
    Bloomberg reviewed"): its name's last token, else None. Read on the words, a few after the
    relative pronoun, since the parser often makes such a clause the sentence's main one."""
    doc = head.doc
    after = tokens[-1].i + 1 if tokens else head.i + 1
    if after >= head.sent.end or doc[after].lower_ not in lex.words.object_relatives:
        return None
    for token in doc[after + 1:min(after + 6, head.sent.end)]:
        if token.is_punct:
            return None
        if token.pos_ in ("DET", "PROPN") or is_proper(token):
            for end in range(token.i + 1, min(token.i + 6, head.sent.end) + 1):
                # (the shortest run of words from here that names an outlet: "Le Monde" in
                # "Le Monde et Mediapart ont pu consulter"; its last word is its head)
                found = _find_media(doc[token.i:end].text, lex)
                if found is not None and found[1] == 0:
                    return doc[end - 1]
            if is_proper(token):
                return None  # (someone else's: "un document que Paul Roux a transmis au Monde")
    return None


def _quoted_after_kind(head, ctx: _Context):
    """An organisation or outlet named by quoted words, after its kind or as a known outlet,
    ``head`` the kind, the opening mark or the name's first word (or its article): "Le
    collectif « Naître à Vernac » annonce" is the collective "Naître à Vernac" (NER finds a
    place in it, if anything), "selon l'hebdomadaire « Le Point »" and "selon « Le Monde »" the
    outlets named; None otherwise (and for quoted words after an article alone: "les « gilets
    jaunes »")."""
    doc, lex = head.doc, ctx.lex
    start, end = head.sent.start, head.sent.end
    candidates = [head.i, head.i - 1, head.i + 1]
    if head.i - 2 >= start and doc[head.i - 1].pos_ == "DET":
        candidates.append(head.i - 2)  # "« Le Monde »", the article inside the marks
    opening = next((k for k in candidates if start <= k < end and doc[k].text in QUOTE_CHARS
                    and _opens_quote(doc[k])), None)
    if opening is None or opening + 1 >= end:
        return None
    close = _quoted_words_end(doc, opening, end, 8)
    if close is None:
        return None
    close = doc[close]
    name = ctx.parsed.text[ctx.end_of(doc[opening]):ctx.at(close)].strip()
    kind = doc[opening - 1] if opening > start else None
    of_kind = kind is not None and _kind_word_before(ctx.end_of(kind), ctx.parsed.text, lex)
    media = _media_name(name, lex)
    if not (of_kind or media):
        return None
    first = kind if of_kind else doc[opening]
    if of_kind and first.i > start and doc[first.i - 1].pos_ == "DET":
        first = doc[first.i - 1]
    span = (ctx.at(first), ctx.end_of(close))
    if media or re.split("['’]", kind.lower_)[-1] in lex.media:
        key = ctx.registry.add(span[0], "media", media or normalise_key(name), name)
        return "media", key, ctx.registry.name_of(key), span
    return (*ctx.registry.organisation(span[0], name), span)


def _after_its_kind(entity, text: str, lex: Lexicon) -> bool:
    """A name right after a word of its kind ([sources] organisation_anaphors, media): "le
    docteur X, délégué du Collectif Urgences Sud" names an organisation there, whatever NER
    says."""
    return _kind_word_before(entity.start, text, lex)


def _name_after_relative(head, lex: Lexicon) -> list:
    """Tokens of a name set between commas after the relative clause of ``head``, right before
    the verb the head is subject of: "L'experte qui l'a rédigé, Sandrine Morel, a estimé" (the
    parser hangs the name on the relative clause); [] otherwise."""
    doc = head.doc
    for clause in head.children:
        if clause.dep_ not in lex.syntax["relative_deps"] or clause.i < head.i:
            continue
        comma = next((k for k in range(clause.i + 1, min(clause.right_edge.i + 1, len(doc)))
                      if doc[k].text == ","), None)
        if comma is None:
            return []
        name = _apposed_name(doc[comma - 1])
        after = name[-1].i + 1 if name else None
        if name and after < len(doc) and doc[after].text == "," and head.head.i > after:
            return name
    return []


def _introduced_as_organisation(name: str, before: int, ctx: _Context) -> bool:
    """``name`` is one word that a sentence before ``before`` (or this one) set right after a
    word of its kind ([sources] organisation_anaphors: "le groupe Valtéra") or after the role of
    one who heads an organisation and "de" ([sources] organisation_head_roles: "le PDG de
    Valtéra"), and no person named in the text has it for a surname."""
    words = name.split()
    if len(words) != 1:
        return False
    wanted = normalise_key(words[0])
    parsed, lex = ctx.parsed, ctx.lex
    of = lex.words.of_prepositions
    labels = lex.syntax["person_entity_labels"]
    # Read incrementally, each sentence once per document (the name may be in every
    # sentence of a long text): [last sentence read, first sentence naming a person with it
    # for a surname, offset of its first introduction as an organisation]
    state = ctx.registry.memo.setdefault(_INTRODUCED, {}).setdefault(wanted, [-1, None, None])
    for number in sentences_with(wanted, ctx, ctx.sentence.index):
        if number <= state[0]:
            continue
        state[0] = number
        sentence = parsed.sentences[number]
        if state[1] is None and any(e.label in labels and len(e.text.split()) > 1
                                    and normalise_key(e.text).split()[-1] == wanted
                                    for e in parsed.entities_of(sentence)):
            state[1] = number  # ("Paul Malet … le directeur de Malet")
        if state[2] is not None:
            continue
        doc = sentence.span.doc
        offset = sentence.start - sentence.span[0].idx
        end = sentence.span.end
        for token in sentence.span:
            following = token.i + 1
            if token.lower_ in lex.organisation_head_roles and following + 1 < end and (
                    doc[following].lower_ in of):
                following += 1
            elif token.lower_ not in lex.organisation_anaphors:
                continue
            if following < end and is_proper(doc[following]) and (
                    normalise_key(doc[following].text) == wanted and (
                        following + 1 >= end or not is_proper(doc[following + 1]))):
                state[2] = offset + doc[following].idx
                break
    return state[1] is None and state[2] is not None and state[2] < before


def _institution_referent(head, before: int, ctx: _Context) -> str | None:
    """The latest organisation entity before ``before``, in this sentence or the ones before,
    whose name has the institution noun ``head`` ("Authority" for "the authority")."""
    word = normalise_key(head.text)
    labels = ctx.lex.syntax["organisation_entity_labels"]
    text = ctx.parsed.text
    for sentence in reversed(ctx.parsed.sentences[:ctx.sentence.index + 1]):
        if word not in normalise_key(text[sentence.start:sentence.end]):
            continue  # (no entity of the sentence can hold the word: no NER run for it)
        named = [e for e in ctx.parsed.entities_of(sentence) if e.label in labels
                 and e.end <= before and word in normalise_key(e.text).split()
                 and len(e.text.split()) > 1]
        if named:
            name = named[-1].text
            words = name.split()
            last = next((i for i, w in enumerate(words) if word in normalise_key(w).split()),
                        len(words) - 1)
            if last + 1 < len(words) and _title_case(sentence):
                # a headline in title case ("City Council Approves Stadium Deal"), which NER
                # reads as one long name: the institution's name ends at its noun
                name = " ".join(words[:last + 1])
            return _display(name)
    return None


def _own_name_words(head, tokens: list, lex: Lexicon) -> list:
    """The words of the speaker's noun phrase up to the first comma after ``head``, not its
    prepositions: not an apposition, "Ortiz, a Democrat, said"."""
    doc = head.doc
    comma = next((k for k in range(head.i + 1, tokens[-1].i + 1) if doc[k].text == ","), None)
    return [t for t in tokens if t.dep_ not in lex.syntax["case_deps"]
            and (comma is None or t.i < comma)]


def _outlet_beyond(tokens: list, start: int, ctx: _Context) -> tuple[str, str] | None:
    """An outlet of the lexicon whose name runs one or two words past the noun phrase that the
    parser ended early ("Le Canard enchaîné", where it made "enchaîné" a participle of its
    own): (the name's text from ``start``, the outlet's key); None if none does."""
    doc, lex = tokens[-1].doc, ctx.lex
    if _fold(ctx.parsed.text[start:ctx.end_of(tokens[-1])]) not in _media_name_prefixes(lex):
        return None  # (most speakers: no outlet's name begins with theirs)
    for extra in (1, 2):
        j = tokens[-1].i + extra
        if j >= tokens[-1].sent.end or not doc[j].is_alpha:
            return None
        candidate = ctx.parsed.text[start:ctx.end_of(doc[j])]
        found = _find_media(candidate, lex)
        if found is not None and found[2] == len(candidate):
            return candidate, found[0].key
    return None


def _title_case(sentence) -> bool:
    """Most words of ``sentence`` (four or more) open with a capital, as in a headline."""
    words = [t.text for t in sentence.span if t.is_alpha and len(t.text) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _named_before_role(head, entities: list, ctx: _Context) -> list:
    """The entity of the name that a person's role follows in apposition ("Lydia Park, an
    analyst at Brenton Securities, said"), which NER took for a place or a building: a role is
    held by a person (not when NER calls the name an organisation)."""
    lex = ctx.lex
    if not is_proper(head) or not any(
            c.dep_ == "appos" and c.lower_ in lex.person_roles for c in head.children):
        return []
    labels = lex.syntax["organisation_entity_labels"] | lex.syntax["person_entity_labels"]
    return [e for e in entities if e.start <= ctx.at(head) < e.end and e.label not in labels
            and len(e.text.split()) in (2, 3) and all(w[:1].isupper() for w in e.text.split())]


def _role_phrase(text: str, lex: Lexicon) -> bool:
    """A role and its complement that NER took for a person's name ("Président de la
    Fédération"): a role word first, then a word in lower case."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in lex.roles and any(
        word.islower() for word in words[1:])


def _name_right_after(head, ctx: _Context) -> tuple[str, int] | None:
    """The name right after ``head`` (an article of the name between, and up to two adjectives
    of the noun before it), which the parser did not hang on it: "l'hebdomadaire Le Courrier
    du Soir", "le quotidien économique Les Echos"; with the name's end offset. None when no
    name follows."""
    doc = head.doc
    k = head.i + 1
    while k < min(len(doc), head.i + 3) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    first = k
    if k + 1 < len(doc) and doc[k].pos_ == "DET" and doc[k].text[:1].isupper():
        k += 1
    if k >= len(doc) or not is_proper(doc[k]):
        return None
    entity = next((e for e in ctx.parsed.entities_in(ctx.at(doc[first]), ctx.end_of(doc[k]))
                   if e.start >= ctx.at(doc[first])), None)
    if entity is not None:
        return entity.text, entity.end
    last = k
    while last + 1 < head.sent.end and is_proper(doc[last + 1]):
        last += 1
    return _propn_run(doc[k]), ctx.end_of(doc[last])


def _capitalised_name(head, tokens: list, ctx: _Context) -> str:
    """The name that a common noun written with a capital opens: its words after it in the noun
    phrase, to a comma, a date or a document ("l'Observatoire local des loyers de
    l'agglomération", not "… dans un communiqué"), with an acronym in brackets."""
    lex, doc = ctx.lex, head.doc
    of = lex.words.of_prepositions | lex.words.of_contractions
    end = head.i
    j = head.i + 1
    preposition = None
    while j < len(doc) and doc[j] in tokens and doc[j].pos_ in (
            "ADJ", "ADP", "DET", "NOUN", "PROPN"):
        if doc[j].pos_ == "ADP":
            preposition = doc[j].lower_
        elif doc[j].pos_ in ("NOUN", "PROPN") and (doc[j].lower_ in lex.documents and (
                preposition not in of) or _is_time(doc[j], lex)):
            break  # (but "la Cour des comptes")
        if doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
            end = j
        j += 1
    if end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")" and (
            doc[end + 2].text[:1].isupper()):
        end += 3  # "(CNIL)"
    return ctx.parsed.text[ctx.at(head):ctx.end_of(doc[end])]


def _venue(participle, ctx: _Context):
    """The name a document was published in ("published Wednesday in The Lancet", "parue
    dans The Lancet"): a proper noun after one of [function_words] venue_prepositions, not a
    date ("released in June", which NER labels so); None if none. The preposition is the
    noun's child in French (UD), its head in English."""
    lex = ctx.lex
    venues = lex.words.venue_prepositions
    if not venues:
        return None
    dates = [(e.start, e.end) for e in ctx.parsed.entities_of(ctx.sentence)
             if e.label in _NUMERIC_LABELS]
    doc = participle.doc
    for child in participle.children:
        for noun in _objects_after(child, venues, keep=lambda t: is_proper(t) or (
                t.lower_ in lex.media)):
            if not is_proper(noun) and noun.i + 1 < noun.sent.end and is_proper(doc[noun.i + 1]):
                noun = doc[noun.i + 1]  # "published in the journal Nature": its name
            at = ctx.at(noun)
            if is_proper(noun) and not _is_time(noun, lex) and not any(
                    a <= at < b for a, b in dates):
                return noun
    return None


def _name_beside(head, ctx: _Context) -> str | None:
    """The name right after a document noun ("un sondage Ifop") or right before it ("a YouGov
    poll", "a CNN poll"); None if there is none."""
    doc = head.doc
    run = []
    i = head.i + 1
    while i < head.sent.end and is_proper(doc[i]):
        run.append(doc[i])
        i += 1
    if not run:
        i = head.i - 1
        while i >= head.sent.start and is_proper(doc[i]):
            run.insert(0, doc[i])
            i -= 1
    return ctx.parsed.text[ctx.at(run[0]):ctx.end_of(run[-1])] if run else None


def _staff_owner(head, ctx: _Context, cue):
    """(type, key, name) of the person or organisation whose staff ``head`` is: its possessor
    ("Hill's office", "the governor's office"; "the Cole campaign" when Cole is a person), its
    complement ("le cabinet du maire", "the office of Governor Cole"), or, for a possessive
    determiner ("son cabinet", "her office"), the one :func:`_possessor` finds; None when it
    has no owner we read (then it is an institution)."""
    lex = ctx.lex
    for child in head.children:
        if child.i < head.i and child.dep_ in ("det", "poss", "nmod:poss") and (
                child.pos_ == "PRON" or "Yes" in child.morph.get("Poss")):
            return _possessor(ctx.at(child), ctx)
    possessors = [c for c in head.children if c.i < head.i and (
        c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")
        or c.dep_ == "compound" and c.pos_ == "PROPN")]  # ("the Cole campaign")
    for owner in possessors + _complement_nouns(head, lex):
        typed = _type_speaker(owner, ctx, cue)
        if typed is not None and (typed[0] == "person" or owner.dep_ != "compound" and (
                typed[0] in ("organisation", "media"))):
            return typed[:3]
    return None


def _read_lookback(ctx: _Context) -> int:
    """Have NER read the current sentence and the PRONOUN_LOOKBACK before it (it has not read
    a sentence that held no cue), so that the people named there are known; the index of the
    first of them."""
    first = max(ctx.sentence.index - PRONOUN_LOOKBACK, 0)
    for sentence in ctx.parsed.sentences[first:ctx.sentence.index + 1]:
        ctx.parsed.entities_of(sentence)
    return first


def _possessor(position: int, ctx: _Context):
    """(type, key, name) of the one a possessive determiner at ``position`` stands for: the
    latest named, source or not, in its sentence or the PRONOUN_LOOKBACK before ("Mayor Tom
    Reed did not attend. His office said": Tom Reed, who did not speak), a person NER found or
    a source of the registry; unresolved when none was named there."""
    parsed, registry = ctx.parsed, ctx.registry
    first = _read_lookback(ctx)
    latest = registry.latest(position, {"person", "organisation"})
    seen = registry.last_seen.get(latest[1]) if latest is not None else None
    if seen is not None and parsed.sentence_at(seen) < first:
        latest, seen = None, None
    person = _latest_person_entity(position, ctx)
    if person is not None and (seen is None or person.start > seen) and not (
            registry.is_organisation(person.text)):
        key = registry.add(person.start, "person", _person_key(person.text), person.text)
        return "person", key, registry.name_of(key)
    if latest is not None:
        return latest
    return "unresolved", None, None  # "her office" with no one named before


def _office_periphrasis(np_text: str, before: int, ctx: _Context):
    """(type, key, name) of a speaker named by the periphrasis of an office ([sources]
    office_periphrases: "le chef de l'État"): the person the text named before with any phrase
    of that office, in apposition or right before the name ("Emmanuel Macron, président de la
    République,", "le président de la République, Emmanuel Macron,"); else the office-holder
    unnamed, a person by the office's name; None when the noun phrase is no such periphrasis."""
    lex, parsed, registry = ctx.lex, ctx.parsed, ctx.registry
    # (the whole noun phrase: "Le Premier ministre, M. Pierre Vallin," is the name apposed;
    # compared folded, so that wire copy without accents, "chef de l'Etat", is the same)
    office = lex.office_periphrases.get(_fold(_display(np_text)))
    if office is None:
        return None
    phrases = tuple(p for p, o in lex.office_periphrases.items() if o == office)
    endings, openings = tuple(f" {p}" for p in phrases), tuple(f"{p} " for p in phrases)
    articles = tuple(f"{_fold(word)} " for word in lex.words.determiners)
    labels = lex.syntax["person_entity_labels"]
    holder = None
    for sentence in parsed.sentences[:ctx.sentence.index + 1]:
        folded = f" {_fold(parsed.text[sentence.start:sentence.end])} "
        if not any(f" {p} " in folded for p in phrases):
            continue  # (NER runs only where a phrase of the office is)
        for entity in parsed.entities_of(sentence):
            if entity.label not in labels or entity.end > before:
                continue
            ahead = f" {_fold(parsed.text[max(sentence.start, entity.start - 60):entity.start])}"
            after = parsed.text[entity.end:entity.end + 60]
            after = f"{_fold(after)} " if after.startswith(", ") else ""
            after = next((after[len(a):] for a in articles if after.startswith(a)), after)
            if ahead.endswith(endings) or after.startswith(openings):
                holder = entity
    if holder is not None:
        key = registry.add(before, "person", _person_key(holder.text), holder.text)
        return "person", key, registry.name_of(key)
    # (a person, whom a later "il" may stand for: "le président de la République a reconnu
    # que …, mais, a-t-il poursuivi, …")
    key = registry.add(before, "person", normalise_key(office), office)
    return "person", key, registry.name_of(key)


def _without_group_apposition(head, tokens: list, ctx: _Context) -> list:
    """``tokens`` without an apposition that says which group the speaker belongs to ("The
    governor, a Democrat, said"): a proper noun after an indefinite article that NER calls a
    group or that is a demonym describes the speaker, and names no one."""
    doc = head.doc
    for child in head.children:
        # (or a conjunct right after a comma and its article: the French parser's apposition)
        apposed = child.dep_ == "appos" or child.dep_ in ctx.lex.syntax["conjunct_deps"] and (
            child.i >= 2 and doc[child.i - 2].text == ",")
        if apposed and _group_description(child, ctx):
            dropped = set(child.subtree)
            tokens = [t for t in tokens if t not in dropped]
            while tokens and tokens[-1].is_punct:
                tokens.pop()
    return tokens


def _managed_organisation(head, tokens: list, orgs: list, ctx: _Context, span):
    """The organisation a management word speaks for: the one its complement names ("la
    direction de Nordelec"), else the one named before it, of the kind its complement says
    ("la direction du groupe") or any ("la direction a indiqué"); unresolved when none was."""
    lex, registry = ctx.lex, ctx.registry
    start = span[0]
    names = [t for t in tokens if t.i > head.i and is_proper(t)]
    if orgs or names:
        name = _whole_name(orgs[-1], tokens, ctx) if orgs else _propn_run(names[-1])
        typed = registry.organisation(start, name)
        # (the one a later bare "la direction" is, before any other organisation named since)
        registry.memo[("managed_by", head.lower_)] = name
        return (*typed, span)
    of = lex.words.of_prepositions | lex.words.of_contractions
    kind = next((c for c in head.children if c.i > head.i and c.pos_ == "NOUN" and any(
        g.dep_ in lex.syntax["case_deps"] and g.lower_ in of for g in c.children)), None)
    if kind is not None:
        previous = registry.latest(start, {"organisation"}, head=normalise_key(kind.text))
        if previous is not None:
            return previous[0], previous[1], previous[2], span
        if kind.lower_ not in lex.organisation_anaphors:
            # "selon la direction du musée": the museum (the one named before, if it was)
            named = _named_subject_before(start, ctx)
            if named is None or normalise_key(named).split()[0] != normalise_key(kind.text):
                named = kind.text
            return (*registry.organisation(start, named), span)
    # "La direction de Valtéra a annoncé … un délégué CGT … Contactée, la direction n'a pas
    # souhaité s'exprimer": the management named before, not the latest organisation
    referent = registry.memo.get(("managed_by", head.lower_)) or _organisation_referent(
        start, ctx, head.lower_) or _named_subject_before(start, ctx)
    if referent is not None:
        return (*registry.organisation(start, referent), span)
    return "unresolved", None, None, span


def _named_subject_before(before: int, ctx: _Context) -> str | None:
    """The noun phrase that opens the latest sentence (this one or the PRONOUN_LOOKBACK before
    it) with a common noun and a complement naming a place or a name: "Le centre hospitalier
    de Montclaret fonctionne …" (a body NER does not call an organisation); None if none."""
    parsed, lex = ctx.parsed, ctx.lex
    of = lex.words.of_prepositions | lex.words.of_contractions
    for sentence in reversed(parsed.sentences[max(0, ctx.sentence.index - PRONOUN_LOOKBACK):
                                              ctx.sentence.index + 1]):
        tokens = [t for t in sentence.span if not t.is_space]
        if sentence.start >= before or len(tokens) < 4 or tokens[0].pos_ != "DET":
            continue
        noun = tokens[1]
        if noun.pos_ != "NOUN" or is_proper(noun) or lex.is_thing(noun.lower_) or any(
                noun.lower_ in words for words in (lex.roles, lex.media, lex.documents,
                                                   lex.anonymous_heads, lex.collective_heads,
                                                   lex.management_heads)):
            continue
        k = 2
        while k < len(tokens) and tokens[k].pos_ == "ADJ":
            k += 1
        named = False
        while k < len(tokens) and tokens[k].lower_ in of:
            # "de Montclaret", "des Beaux-Arts de Lorrac"
            k += 1
            if k < len(tokens) and tokens[k].pos_ == "DET":
                k += 1
            run = k
            while k < len(tokens) and (is_proper(tokens[k]) or k > run and (
                    tokens[k].text == "-" or tokens[k].text[:1].isupper())):
                k += 1
            if k == run:
                break
            named = True
        if named and k < len(tokens) and tokens[k].pos_ in ("VERB", "AUX"):
            offset = sentence.start - sentence.span[0].idx
            last = tokens[k - 1]
            return parsed.text[offset + noun.idx:offset + last.idx + len(last.text)]
    return None


def _apposed_name_of_kind(head, ctx: _Context) -> str | None:
    """The name set after a word of its kind, to a comma: "l'entreprise Solvia Ouvrages, chargée
    de …", "le Syndicat unifié du contrôle aérien (SUCA)", "l'association Lussac en Scène"."""
    lex, doc = ctx.lex, head.doc
    apposed = [c for c in head.children if c.i > head.i and is_proper(c) and not any(
        g.dep_ in lex.syntax["case_deps"] for g in c.children)]
    if not apposed:
        return None
    words = [t for t in doc[min(c.left_edge.i for c in apposed):
                            max(c.right_edge.i for c in apposed) + 1] if t.i > head.i]
    cut = next((k for k, t in enumerate(words) if t.text == "," or t.is_quote), None)
    words = words[:cut]
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    while words and words[-1].is_punct and words[-1].text != ")":
        words.pop()
    while words and words[0].i - 1 > head.i and is_proper(doc[words[0].i - 1]):
        words.insert(0, doc[words[0].i - 1])  # (a word of the name hung elsewhere)
    return ctx.parsed.text[ctx.at(words[0]):ctx.end_of(words[-1])] if words else None


def _circumstance(child, head, lex: Lexicon) -> bool:
    """A complement after the noun that says where or how, not whose: "l'entreprise dans un
    courriel" (the parser hangs the verb's complement on its postposed subject), unlike
    "l'association des riverains"."""
    of = lex.words.of_prepositions | lex.words.of_contractions
    cases = [c.lower_ for c in child.children if c.dep_ == "case"]
    return bool(of) and child.i > head.i and child.dep_ in lex.syntax["noun_complement_deps"] and (
        bool(cases) and not any(case in of for case in cases))


def _speaker_place(clitic, lex: Lexicon):
    """The last token of where an inverted "on" speaks from, right after it: "ajoute-t-on au
    ministère", "note-t-on chez Renault" (a preposition of [reporting.mistagged]
    speaker_place_prepositions, then an institution or a name); None when no such place
    follows. The speaker stays unnamed: someone at that place."""
    doc, end = clitic.doc, clitic.sent.end
    i = clitic.i + 1
    if i < end and doc[i].lower_ in lex.light_verb_objects:
        i += 1  # "fait-on valoir dans l'entourage du ministre"
    if i >= end or doc[i].lower_ not in lex.mistagged.get("speaker_place_prepositions", ()):
        return None
    noun = next((t for t in doc[i + 1:min(i + 4, end)] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not (is_proper(noun) or noun.lower_ in lex.institutions
                            or noun.lower_ in lex.circle_heads) or any(
            t.pos_ not in ("DET", "ADJ") for t in doc[i + 1:noun.i]):
        return None
    tokens = [t for t in _np_tokens(noun, lex) if t.i >= noun.i]
    return tokens[-1] if tokens else noun


# Entity labels of quantities and times, which issue nothing (spaCy's own labels).
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                             "CARDINAL"})


def head_lower_is_document(head, lex: Lexicon) -> bool:
    """A document noun, or one the tagger made part of its issuer's name ("a Daily Courier
    Poll")."""
    return head.lower_ in lex.documents and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and (
        head.i > head.sent.start and is_proper(head.doc[head.i - 1])
        or head.i == head.sent.start))  # (capitalised to open a sentence: "Poll Shows …")


def _resolve_pronoun(position: int, pronoun: str, ctx: _Context,
                     gender_number: tuple[str, str] = ("", "")):
    """The latest person (or, for a plural, organisation) mentioned before ``position``; with
    no person named before, the organisation that spoke last when ``gender_number``, the
    pronoun's, agrees with the noun that named it ("L'entreprise Orvalia a annoncé … Elle a
    indiqué"; a language whose pronouns for people have a gender its organisations lack never
    takes this path)."""
    registry = ctx.registry
    if pronoun.lstrip("-") in ctx.lex.plural_pronouns:
        return registry.latest(position, {"organisation", "media"})
    # the person mentioned last before the pronoun, by any of their mentions (not the one
    # first named last: "Le chef de l'État … Daesh … le chef de l'État a dit. Il a promis")
    latest = max(registry.mentioned_before(position, {"person"}), default=None)
    source = latest[1:] if latest is not None else None
    source_position = latest[0] if latest is not None else None
    last_person = _latest_person_entity(position, ctx)
    if last_person is not None and registry.is_organisation(last_person.text):
        last_person = None  # ("let Kessler focus", NER's person, after "Kessler Foods")
    if last_person is not None and any(a < last_person.start < b
                                       for a, b in registry.person_spans):
        # a name in the description of a person who spoke ("a réagi Me Florence Aubry,
        # l'avocate de l'association Sérane Vivante. Elle a rappelé"): that person is meant
        last_person = None
    if last_person is None and source is None:
        last_person = _chained_person(position, pronoun, ctx)
    if last_person is None and source is None and gender_number[0]:
        latest = max((m for m in registry.mentions if m[0] < position), default=None)
        if latest is not None and latest[1] in ("organisation", "media") and (
                latest[2] == gender_number) and ctx.parsed.sentence_at(latest[0]) >= (
                ctx.sentence.index - 1) and _spoke_as_subject(latest[0], ctx):
            return registry.latest(position, {"organisation", "media"})
    if last_person is not None and (source_position is None or last_person.start > source_position):
        key = registry.add(last_person.start, "person", _person_key(last_person.text),
                           last_person.text)
        return "person", key, registry.name_of(key)
    return source


def _note_whole_names(entities: list, head, ctx: _Context) -> None:
    """Record the names whose possessive ending is their own ("According to Moody's", "Trader
    Joe's said"): NER's entity ends with it and no noun follows, unlike "Whitman's
    spokesman"."""
    registry = ctx.registry
    for entity in entities:
        stripped = registry.without_possessive(entity.text)
        if stripped == entity.text:
            continue
        after = next((t for t in head.doc if ctx.at(t) >= entity.end and not t.is_space), None)
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            registry.whole_names.add(normalise_key(stripped))


def _spoke_as_subject(position: int, ctx: _Context) -> bool:
    """The speaker mentioned at ``position`` was the subject of its verb ("Le ministère a
    rappelé"), not the object of a preposition ("Selon le parquet, un adolescent … Il aurait
    reconnu": the pronoun is the one the sentence is about)."""
    sentence = ctx.parsed.sentences[ctx.parsed.sentence_at(position)]
    if sentence.doc is None:
        return False
    offset = position - sentence.start
    token = next((t for t in sentence.doc if t.idx == offset), None)
    while token is not None and token.dep_ == "det" and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ in ctx.lex.syntax["subject_deps"]


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


def _named_in_complements(head, entities: list, ctx: _Context,
                          possessor: bool = False) -> bool:
    """Every one of ``entities`` starts inside a complement of ``head`` ("une amie de Jessy",
    "la fille de Marine Le Pen", where the parser may leave "Le Pen" out of it) or, with
    ``possessor``, inside its possessor ("Hill's daughter"); a complement ends at a comma
    ("un proche du ministre, Jean Dupont," may name the "proche")."""
    lex = ctx.lex
    spans = [(ctx.at(c.left_edge), ctx.end_of(next(
        (t for t in c.subtree if t.text == ","), c.right_edge))) for c in head.children
        if (c.dep_ in lex.syntax.get("noun_complement_deps", ()) and c.i > head.i
            or possessor and c.dep_ in ("poss", "nmod:poss") and c.i < head.i)
        and c.left_edge.lower_ not in lex.example_markers
        and c.lower_ not in lex.example_markers]
    return all(any(a <= e.start < b for a, b in spans) for e in entities)


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


def _group_antecedent(pronoun, ctx: _Context) -> bool:
    """The speaker just before a plural ``pronoun``, in its sentence, is a definite plural
    noun phrase that names no one ("the fishermen", "the residents"): the pronoun is that
    group again."""
    position = ctx.at(pronoun)
    before = [m for m in ctx.registry.mentions if m[0] < position]
    if not before:
        return False
    start, type_, (_, number) = max(before, key=lambda m: m[0])
    return type_ == "definite" and number == "Plur" and start >= ctx.sentence.start


def _chained_person(position: int, pronoun: str, ctx: _Context):
    """The person named before a chain of the same pronoun, when no person is named in the
    sentences a pronoun looks back to: "Le procès de Gérard Malet … Il est soupçonné … À la
    barre, … « … », a-t-il lancé" (the earliest of the 2 * PRONOUN_LOOKBACK sentences before
    that holds the pronoun carries the look back PRONOUN_LOOKBACK sentences further); None
    otherwise."""
    parsed = ctx.parsed
    labels = ctx.lex.syntax["person_entity_labels"]
    current = parsed.sentence_at(position)
    form = pronoun.lstrip("-")
    chain = [i for i in range(max(current - 2 * PRONOUN_LOOKBACK, 0), current)
             if any(t.lower_ == form for t in parsed.sentences[i].span)]
    if not chain:
        return None
    first = min(chain)
    for index in range(first, max(first - PRONOUN_LOOKBACK - 1, -1), -1):
        people = [e for e in parsed.entities_of(parsed.sentences[index]) if e.label in labels]
        if people:
            return people[-1]
    return None


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
            people = [e for e in parsed.entities_in(run_start, run_end) if e.label in labels
                      and not _place_like_word(e, ctx)
                      and not _after_its_kind(e, parsed.text, ctx.lex)
                      and not _one_word_after_article(e, parsed)]
            if people:
                return people[-1]
    return None


def _one_word_after_article(entity, parsed) -> bool:
    """A one-word name right after a definite article ("published by The Herald"): a paper, a
    ship or a building that NER called a person, which no later "she" stands for."""
    token = parsed.token_at(entity.start)
    if token is None or token.i == 0 or " " in entity.text:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "DET" and "Def" in before.morph.get("Definite")


_SURNAME_KEYS, _AFTER_CAPITAL, _INTRODUCED = object(), object(), object()  # memo keys


def _surname_in_text(word: str, ctx: _Context) -> bool:
    """``word`` ends a fuller person's name NER found, or follows a capitalised word somewhere
    in the text ("Paul Ravel"). Both read the whole text, so each is kept per document: the
    capitalised words before each word, and the surnames of NER's people (rebuilt when NER,
    which runs around proper nouns as rules ask, has added entities)."""
    parsed, labels = ctx.parsed, ctx.lex.syntax["person_entity_labels"]
    memo = ctx.registry.memo
    count, surnames = memo.get(_SURNAME_KEYS, (-1, frozenset()))
    if count != len(parsed.entities):
        surnames = frozenset(normalise_key(e.text).split()[-1] for e in parsed.entities
                             if e.label in labels and len(e.text.split()) > 1
                             and normalise_key(e.text).split())
        memo[_SURNAME_KEYS] = (len(parsed.entities), surnames)
    if normalise_key(word) in surnames:
        return True
    after_capital = memo.setdefault(_AFTER_CAPITAL, {})
    if word not in after_capital:
        pattern = r"\b[^\W\d_][^\W\d_]+\s+" + re.escape(word) + r"\b"
        after_capital[word] = any(m.group(0)[:1].isupper()
                                  for m in re.finditer(pattern, parsed.text))
    return after_capital[word]


def _place_like_word(entity, ctx: _Context) -> bool:
    """A one-word name NER called a person that no fuller person's name of the text ends with,
    set after a preposition or inside a quotation ("le site de Ravel", "jusqu'à Montclaret",
    « Montclaret a toujours été … »): most likely a place, and no antecedent of a pronoun
    (the speaker of "« … », a-t-il affirmé" is not named inside the quote)."""
    words = entity.text.split()
    if len(words) != 1:
        return False
    parsed = ctx.parsed
    if _surname_in_text(entity.text, ctx):
        return False  # (a surname: "Paul Ravel")
    if _inside(ctx.quotations, entity.start):
        return True
    sentence = parsed.sentences[parsed.sentence_at(entity.start)]
    offset = sentence.start - sentence.span[0].idx
    token = next((t for t in sentence.span if offset + t.idx == entity.start), None)
    return token is not None and token.i > sentence.span.start and (
        token.doc[token.i - 1].pos_ == "ADP")
