"""Roles ("le maire", "a spokesman for X"): the person named in that role, or the organisation
the role speaks for, or no one.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import PRONOUN_LOOKBACK, is_proper
from .mentions import (
    _Context,
    _organisation_referent,
    _person_key,
    _Registry,
    _whole_name,
    normalise_key,
    sentences_with,
)
from .noun_phrases import _complement_nouns, _propn_run


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
    if apposed and _group_description(apposed[-1], ctx):
        apposed = []  # "The governor, a Democrat, said"
    if apposed and not plural:
        # "l'avocate des requérants, Me Inès Carpentier", "le président du comité, le
        # professeur X": a name in apposition is the person in the role (whatever NER says)
        name = _propn_run(apposed[-1])
        key = registry.add(start, "person", _person_key(name), name)
        return "person", key, registry.name_of(key), span
    if not indefinite and not plural:
        holder = _named_just_before(head, ctx, start) or _role_holder(
            head, tokens, ctx, start, lex.role_descriptors.get(head.lower_))
        if holder is not None:
            key = registry.add(start, "person", _person_key(holder.text), holder.text)
            return "person", key, registry.name_of(key), span
    if head.lower_ in lex.spokesperson_heads:
        for owner in _complement_nouns(head, lex):
            if owner.lower_ in lex.roles and not is_proper(owner) and not any(
                    c.dep_ == "det" and c.lower_ in lex.indefinite_determiners
                    for c in owner.children):
                # "a spokesman for the governor", "l'avocat du maire": the word of the person
                # named in that role before
                holder = _role_holder(owner, list(owner.subtree), ctx, start)
                if holder is not None:
                    key = registry.add(start, "person", _person_key(holder.text),
                                       holder.text)
                    return "person", key, registry.name_of(key), span
    if indefinite and not plural and head.lower_ not in lex.anonymous_heads:
        # "A federal judge on Tuesday blocked …, ruling that" in a lead sentence, then "U.S.
        # District Judge Maria Lopez wrote": a story's opening introduces unnamed the one it
        # names below in the same role
        named = _named_below_in_lead(head, ctx)
        if named is not None:
            key = registry.add(start, "person", _person_key(named.text), named.text)
            return "person", key, registry.name_of(key), span
    if head.lower_ not in lex.spokesperson_heads and (
            indefinite or head.lower_ in lex.anonymous_heads):
        # "un directeur de Nordelec", "U.S. officials", "campaign officials": an unnamed
        # member of an organisation, not its voice
        return "anonymous", None, None, span
    if orgs or name_head is not None:
        # "le directeur de l'ARS", "un porte-parole de Nordelec": the organisation's word
        # (a small NER calls many an invented company a place; or misses it: "de la DDT")
        name = _whole_name(orgs[-1], tokens, ctx) if orgs else _propn_run(name_head)
        return (*registry.organisation(start, name), span)
    institution = next((t for t in tokens if t.i != head.i and t.pos_ == "NOUN" and (
        t.lower_ in lex.institutions or t.lower_ in lex.organisation_anaphors)), None)
    if institution is not None:
        # "un porte-parole de l'entreprise", "the company's spokeswoman": the institution
        previous = registry.latest(start, {"organisation"}, head=normalise_key(institution.text))
        if previous is not None:
            return previous[0], previous[1], previous[2], span
        if institution.lower_ in lex.organisation_anaphors and not any(
                c.dep_ not in ("det", "case", "punct") for c in institution.children):
            # "un porte-parole de l'entreprise": the company named before
            referent = _organisation_referent(start, ctx, institution.lower_)
            if referent is not None:
                return (*registry.organisation(start, referent), span)
        name = institution.text
        return (*registry.organisation(start, name), span)
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


def _group_description(token, ctx: _Context) -> bool:
    """``token`` says which group someone belongs to, and names no one: a proper noun after an
    indefinite article that is a demonym or that NER calls a group ("a Democrat", "un
    Breton")."""
    lex, doc = ctx.lex, token.doc
    # (an article right before it: not the preposition "de" of "la filiale de Hachette")
    if not is_proper(token) or token.i == 0 or doc[token.i - 1].pos_ not in ("DET", "NUM") or doc[
            token.i - 1].lower_ not in lex.indefinite_determiners:
        return False
    groups = lex.syntax.get("group_entity_labels", ())
    return lex.is_demonym(token.lower_) or any(
        e.label in groups for e in ctx.parsed.entities_in(ctx.at(token), ctx.end_of(token)))


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


def _role_holder(head, tokens: list, ctx: _Context, before: int,
                 forms: frozenset[str] | None = None):
    """The person entity that a sentence before ``before`` named in the role ``head`` ("Marie
    Dupont, directrice de l'école", "le maire, Paul Arnaud,", "Mayor Jane Holt"), or in one of
    the roles ``forms`` a descriptor covers ("l'ancien élu" after "X, ancien adjoint"; a
    descriptor with words of its own after it is no one, and its adjectives must be the role's):
    one whose role had the same complement as ``head``'s first, else the latest; None if none."""
    parsed, lex = ctx.parsed, ctx.lex
    forms = forms or frozenset({head.lower_})
    labels = lex.syntax["person_entity_labels"]
    doc = head.doc
    comma = next((i for i in range(head.i + 1, tokens[-1].i) if doc[i].text == ","),
                 tokens[-1].i + 1)
    wanted = _role_words(head, comma, lex)
    if forms != {head.lower_} and wanted[1]:
        return None  # "l'élu écologiste": a descriptor qualified by its own words
    exact, loose = None, None
    numbers = sorted({n for form in forms
                      for n in sentences_with(normalise_key(form), ctx, ctx.sentence.index)})
    for sentence in (parsed.sentences[n] for n in numbers):
        if not any(t.lower_ in forms for t in sentence.span):
            continue
        people = [e for e in parsed.entities_of(sentence) if e.label in labels
                  and e.end <= before]
        if not people:
            continue
        for role in sentence.span:
            if role.lower_ not in forms or parsed.doc is None or (
                    sentence.start + role.idx - sentence.span[0].idx) >= before:
                continue
            found = _named_in_role(role, sentence, people, lex)
            if found is None:
                continue
            person, words = found
            if forms != {head.lower_} and wanted[0] and wanted[0] != words[0]:
                continue  # "l'ancien élu" is not the mayor in office
            match = _same_role(wanted, words)
            if match == "exact":
                exact = person
            elif match == "loose":
                loose = person
    return exact or loose


def _named_just_before(head, ctx: _Context, start: int):
    """The person named right before the role ``head`` and a comma, in apposition: "Laurent
    Berger, le secrétaire général de la CFDT, a prévenu" (where the parser made the role the
    subject); None when no one is."""
    parsed = ctx.parsed
    role = parsed.token_at(ctx.at(head))
    labels = ctx.lex.syntax["person_entity_labels"]
    people = [e for e in parsed.entities_of(ctx.sentence) if e.label in labels and e.end <= start]
    if role is None or not people:
        return None
    found = _named_in_role(role, ctx.sentence, people, ctx.lex)
    return found[0] if found is not None and found[0].end <= start else None


# How many sentences after a story's first one may name the role its first sentence gave.
LEAD_WINDOW = 4


def _named_below_in_lead(head, ctx: _Context):
    """The person entity that one of the LEAD_WINDOW sentences after the text's first names in
    the role ``head`` gives, when ``head`` is in that first sentence; None otherwise."""
    parsed, lex = ctx.parsed, ctx.lex
    if ctx.sentence.index != 0:
        return None
    labels = lex.syntax["person_entity_labels"]
    form = head.lower_
    for number in sentences_with(normalise_key(head.text), ctx, LEAD_WINDOW):
        if number == 0:
            continue
        sentence = parsed.sentences[number]
        people = [e for e in parsed.entities_of(sentence) if e.label in labels]
        for role in sentence.span:
            if role.lower_ == form and people:
                found = _named_in_role(role, sentence, people, lex)
                if found is not None:
                    return found[0]
    return None


def _named_in_role(role, sentence, people: list, lex: Lexicon):
    """(person entity, complement words) when a person is named right before the role word and
    a comma ("Marie Dupont, la directrice de l'école") or right after it, its complement and a
    comma ("le directeur de l'ARS, Philippe Morand", "Mayor Jane Holt"); None otherwise."""
    doc = role.doc
    base = sentence.start - sentence.span[0].idx
    people = [e for e in people if e.text[:1].isupper()]  # (not NER's "de Brissac")
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


def _described_person(head, tokens: list, ctx: _Context, before: int):
    """The person entity a definite singular descriptor refers back to ([sources.role_descriptors],
    [sources.age_descriptors]): for "l'ancien élu", the one named in one of the roles it covers
    ("X, ancien adjoint aux sports"); for "le septuagénaire", the latest person whose age the
    text gave in that decade ("X, 74 ans"), else the only person named in this sentence and the
    PRONOUN_LOOKBACK before it (as far as a pronoun looks), if the text gives no age of theirs;
    None otherwise."""
    lex, lower = ctx.lex, head.lower_
    if lower in lex.role_descriptors:
        return _role_holder(head, tokens, ctx, before, lex.role_descriptors[lower])
    if lower not in lex.age_descriptors:
        return None
    decade = lex.age_descriptors[lower]
    parsed = ctx.parsed
    labels = lex.syntax["person_entity_labels"]
    ages: dict[str, int] = {}
    latest = None
    for sentence in parsed.sentences[:ctx.sentence.index + 1]:
        for entity in parsed.entities_of(sentence):
            if entity.label not in labels or entity.end > before:
                continue
            age = _stated_age(entity, sentence, ctx)
            if age is not None:
                ages[_person_key(entity.text)] = age
                if decade <= age < decade + 10:
                    latest = entity
    if latest is not None:
        return latest
    window = []
    for sentence in reversed(parsed.sentences[:ctx.sentence.index + 1]):
        if len(window) > PRONOUN_LOOKBACK:
            break
        if any(t.is_alpha for t in sentence.span):  # (not a blank line between paragraphs)
            window.insert(0, sentence)
    recent = [e for sentence in window for e in parsed.entities_of(sentence)
              if e.label in labels and e.end <= before]
    people = {_person_key(e.text) for e in recent}
    if len(people) != 1 or any(key in ages for key in people):
        return None
    return recent[-1]


def _stated_age(entity, sentence, ctx: _Context) -> int | None:
    """The age the text gives right after a person's name ("X, 74 ans,"), or None."""
    text = ctx.parsed.text[entity.end:min(entity.end + 16, sentence.start + len(
        sentence.span.text))]
    words = text.replace(",", " , ").split()
    if len(words) >= 3 and words[0] == "," and words[1].isdigit() and (
            words[2].lower() in ctx.lex.age_units):
        return int(words[1])
    return None
