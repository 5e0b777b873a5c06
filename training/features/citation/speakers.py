"""The speakers of a reporting verb: its subject, agent or inverted clitic from the parse,
corrected where the parse is known to go wrong (incises, relatives, controlled verbs,
documents that speak for their issuer).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS, is_proper
from .noun_phrases import (
    NOMINAL,
    _agent_object,
    _complement_conjunct,
    _conjunct_before,
    _coordinated,
    _is_time,
    _looks_like_source,
    _noun_phrase_left_of,
    _np_tokens,
    _quoted_name,
)
from .quotes import _closes_quote
from .surface_subjects import (
    _inverted_incise,
    _opening_clause_subject,
    _participle_agent,
    _postposed_subject,
    _preposed_subject,
    _preposition_between,
    _preverbal_subject,
    _subject_at,
    _subject_before_aside,
    _subject_inside_incise,
)
from .verb_groups import (
    _auxiliary_before_aside,
    _bare_past_participle,
    _clause_before,
    _finite_auxiliary,
    _incise,
    _inverted_clitic,
    _is_controlled,
    _is_gerund,
    _is_passive,
    _opens_clause,
    _shares_auxiliary,
    _skip_clitics_left,
    _skip_verb_group_left,
    _third_person_dative,
)


def _surface_speakers(verb, how: str, lex: Lexicon) -> list:
    """Speakers of a reporting form that the tagger did not call a verb (see _mistagged_verb):
    its parse is not to be trusted, so the speaker comes from the words around it."""
    doc = verb.doc
    if how in ("inverted", "postposed"):
        head = _inverted_clitic(verb, lex) if how == "inverted" else _postposed_subject(verb, lex)
        if head is not None and how == "postposed" and not _agrees(head, verb, lex):
            return []  # "le logiciel rédige les notes, résume les réunions, et": an object
        return [head] if head is not None else []
    if how == "opening":
        return [_opening_clause_subject(verb, lex)]
    if how == "participle_agent":
        return [_participle_agent(verb, lex)]
    if how == "aside":
        return [_subject_before_aside(verb, lex)]
    if how == "coordinated":
        return []  # the subject of the clause before, which _verb_cues looks for
    if how in ("gerund", "detached"):
        root = verb.sent.root
        return _speakers_of_verb(root, lex) if root.i != verb.i and root.pos_ in (
            "VERB", "AUX") else []
    i = _skip_clitics_left(verb, lex)
    if how == "pronoun" and doc[i].lower_ in lex.words.subject_relatives:
        j = i - 1
        while j >= verb.sent.start and doc[j].text == ",":
            j -= 1
        antecedent = _noun_phrase_left_of(doc[j + 1], lex) if j >= verb.sent.start else None
        return [antecedent if antecedent is not None else doc[i]]
    if how == "pronoun":
        return [doc[i]]
    return [t for t in [_preposed_subject(doc, i, lex)] if t is not None]


def _agrees(subject, verb, lex: Lexicon) -> bool:
    """A plural common noun after a finite verb can be its subject only if the verb has a
    plural ending (plural_verb_endings: "…, notent les experts", not "…, résume les réunions").
    True when the language lists no such ending."""
    endings = lex.words.plural_verb_endings
    return not endings or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get(
        "Number") or verb.lower_.endswith(endings)  # (a name's number is a guess: "Ducros")


def _past_opening_addressee(head, verb, lex: Lexicon):
    """The subject after the participle that opens "Sollicité par Le Parisien, l'entourage du
    ministre n'a pas répondu", which the parser took for the subject (the one who asked is no
    speaker): the first noun or pronoun after its comma; None when there is none before the
    verb. Any other subject is returned as it is."""
    doc = head.doc
    if head.i != head.sent.start or head.i >= verb.i or not lex.names_addressee(head.text):
        return head
    comma = next((t.i for t in doc[head.i + 1 : verb.i] if t.text == ","), None)
    if comma is None:
        return head
    return next((t for t in doc[comma + 1 : verb.i] if t.pos_ in NOMINAL), None)


def _speakers_of_verb(verb, lex: Lexicon, depth: int = 0) -> list:
    syn = lex.syntax
    if depth < 3 and (verb.dep_ == "cop" or lex.mistagged and (
            verb.dep_ == "dep" and verb.head.pos_ == "NOUN" or verb.dep_.startswith("aux"))
            and verb.head.i > verb.i) and lex.is_light_verb_cue(
            verb.lower_, verb.head.lower_):
        # "La CFE-CGC fait état de", "X a publiquement fait état de", "qui fait état de": the
        # parser made the light verb a copula, an auxiliary or a loose dependent of its object,
        # which carries the subject.
        return _speakers_of_verb(verb.head, lex, depth + 1)
    causative = _causative_speakers(verb, lex) if lex.mistagged else None
    if causative is not None:
        return causative
    heads = []
    # (a subject of a verb with a passive auxiliary is what was said or done, even when the
    # parser labels it an active one: "Les bijoux, deux colliers, sont estimés à …")
    passive = "Pass" in verb.morph.get("Voice") and any(
        child.dep_ in ("aux:pass", "auxpass") for child in verb.children)  # (not "sont venus")
    for child in verb.children:
        if child.dep_ in syn["subject_deps"] and not passive and not (
                lex.mistagged and _dative_clitic(child, verb, lex)):
            heads.append(child)
    heads = [_past_opening_addressee(h, verb, lex) for h in heads]
    heads = [h for h in heads if h is not None]
    if len(heads) > 1 and lex.preverbal_speakers:
        heads = [h for h in heads if not _dateline(h, heads)]
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
    inside = _subject_inside_incise(verb, lex) if not lex.mistagged and heads and all(
        h.i < verb.i for h in heads) else None
    if inside is not None:
        heads = [inside]  # (English: French inversion is _inverted_incise's)
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
            if child.dep_ in syn["agent_deps"] and not (lex.mistagged and _bare_noun(child)):
                heads.append(_agent_object(child))
    if not heads:
        for child in verb.children:
            clitic = child.lower_.startswith("-")
            if (child.dep_ in syn["expletive_subject_deps"] or clitic) and child.lower_.lstrip(
                "-"
            ) in lex.words.third_person_subjects:
                heads.append(child)
                break
    # (not a passive: in "Les œuvres, deux toiles de X, sont estimées à 2 millions" the
    # comma closes an apposition, and what follows a passive is never its speaker)
    incise = not heads and _incise(verb, lex) and not _is_controlled(verb, lex) and not (
        lex.mistagged and _bare_past_participle(verb, lex)) and not _is_passive(verb, lex)
    finite = "Fin" in verb.morph.get("VerbForm") or _finite_auxiliary(verb, lex) is not None
    # (an aside after the auxiliary opens no incise, _is_incise says so: its subject is the
    # auxiliary's)
    left = _subject_before_auxiliary_aside(verb, lex) if not heads and lex.mistagged else None
    if left is not None:
        # "L'Élysée a, dans un communiqué, qualifié": no incise, but the auxiliary's subject
        heads.append(left)
        incise = False
    if incise and lex.mistagged and (
            _opens_clause(verb, lex) or not _clause_before(verb, lex, open_quote=False)) and (
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
        simple = not any(form in verb.morph.get("VerbForm") for form in ("Part", "Inf")) and (
            verb.i == verb.sent.start or verb.doc[verb.i - 1].pos_ != "AUX")
        if postposed is not None and simple and not _agrees(postposed, verb, lex):
            return []  # "…, classe les dossiers, résume les réunions, et": an object
        if postposed is not None:
            heads.append(postposed)
        for child in ([] if heads else verb.children):
            if child.i > verb.i and child.pos_ in ("PROPN", "NOUN") and child.dep_ in (
                "obj", "dobj", "nsubj", "obl", "appos", "dep"
            ) and not (lex.preverbal_speakers and _preposition_between(verb, child)) and not (
                    lex.mistagged and _prepositional(child, lex)):
                heads.append(child)
                break
        if not heads:
            for token in verb.doc[verb.i + 1 : verb.i + 5]:
                if token.pos_ in ("PROPN", "NOUN", "PRON"):
                    if not (lex.preverbal_speakers and _preposition_between(verb, token)) and (
                            not (lex.mistagged and _prepositional(token, lex))):
                        heads.append(token)  # not "said on Saturday"
                    elif lex.mistagged:
                        heads += _subject_after_addressee(verb, token, lex)
                    break
    if not heads and lex.preverbal_speakers and finite and not _is_passive(verb, lex) and (
            not _is_controlled(verb, lex)) and verb.dep_ in ("ROOT", "conj", "ccomp", "advcl",
                                                        "parataxis", "appos", "dep"):
        preverbal = _preverbal_subject(verb, lex)
        heads += [preverbal] if preverbal is not None else []
    # The relative pronoun stands for its antecedent: "Peskov, qui a affirmé".
    # (also here, not only where speakers are typed: the checks of _verb_cues read the word)
    heads = [_quoted_name(h) or h for h in heads if h is not None]
    heads = [_relative_antecedent(h, verb, lex) if h.lower_ in lex.words.subject_relatives else h
             for h in heads if h is not None]
    heads = list(dict.fromkeys(_owner_of_split_name(h, lex) for h in heads))
    if len(heads) == 1 and heads[0].i < verb.i and verb.dep_ in syn["relative_deps"]:
        heads = _issuer_of_object(heads[0], lex, depth) or heads  # "released data that show"
    past_participle = "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get(
        "Tense") and not verb.lower_.endswith(lex.words.present_participle_endings)
    if not heads and lex.mistagged and (past_participle or _is_passive(verb, lex)):
        # "la possibilité évoquée mardi par M. X": the agent the parser did not label.
        by = next((t for t in verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]
                   if t.lower_ in lex.words.agent_prepositions), None)
        agent = _postposed_subject(by, lex) if by is not None else None
        if agent is not None and not _bare_noun(agent):
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
    if not heads and past_participle and verb.dep_ in syn["modifier_deps"] and (
            not _looks_like_source(verb.head, lex) or verb.head.pos_ == "NOUN"
            and verb.head.lower_ in lex.documents):
        # "messages later deemed secret": what was said of, not who (a source-like noun may be
        # the subject of a finite verb the tagger took for a participle: "Murphy Tweeted");
        # "said in a statement posted online that": what was posted, which a parser that hung
        # the clause on the participle would make its speaker
        return []
    if not heads and verb.dep_ in syn["modifier_deps"] and verb.head.pos_ in NOMINAL:
        issuer = _issuer_of_object(verb.head, lex, depth)
        if issuer:
            return issuer  # "the campaign issued a statement saying": the campaign speaks
        clause = _clause_of_detached_participle(verb, lex) if depth < 3 else None
        speakers = _speakers_of_verb(clause, lex, depth + 1) if clause is not None else []
        if speakers:
            return speakers  # "X made a pitch to voters in May, saying": X says
        heads.append(verb.head)
    if not heads and verb.dep_ in syn["conjunct_deps"] and depth < 3:
        if lex.mistagged and verb.head.pos_ not in ("VERB", "AUX") and any(
                child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm")
                for child in verb.children):
            # "X a estimé que « les élections sont une étape » et a évoqué": the parser hung
            # the verb on a noun of the clause before; _verb_cues takes the subject of the
            # clause it is coordinated with from the words.
            return []
        head = verb.head
        if "Fin" in verb.morph.get("VerbForm") and "Inf" in head.morph.get("VerbForm") and (
                head.dep_ == "ccomp" and lex.is_reporting(head.head.lower_)):
            # "The office said residents should leave and warned that": a finite verb does not
            # share the subject of an infinitive under a modal; it is coordinated with the
            # reporting verb whose clause that is (the parser hung it on the wrong verb)
            return _speakers_of_verb(head.head, lex, depth + 1)
        return _speakers_of_verb(head, lex, depth + 1)
    if not heads and _adjacent_noun_phrase(verb, lex):
        # "les services de la présidence russe affirmant": a participle right after its noun
        # (parsers often hang it elsewhere).
        heads.append(_noun_phrase_left_of(verb, lex))
    if not heads and lex.mistagged and verb.lower_.endswith(
            lex.words.present_participle_endings) and not _is_gerund(verb, lex):
        # "M. X, directeur de Y, s'exprimant devant la presse, a proposé": a participle
        # between the subject and its verb speaks with that subject, whatever the parser hung
        # it on
        heads += _subject_before_participle(verb, lex)
    if not heads and _is_controlled(verb, lex) and verb.head is not verb and depth < 3:
        # "en déclarant", ", ajoutant que", "avant d'ajouter", "continue de réclamer": the
        # speaker is the subject of the governing verb.
        if lex.mistagged and any("Rel" in child.morph.get("PronType")
                                 for child in verb.head.children):
            # "Commentant la grève, qu'il a jugée utile, M. X a dit": the parser
            # hung an opening participle on a relative clause; the main clause's subject speaks
            opening = _opening_clause_subject(verb, lex)
            if opening is not None:
                return [opening]
        return _speakers_of_verb(_governing(verb.head, lex), lex, depth + 1)
    if len(heads) > 1:
        # "Président de la Fédération X, Paul Verdier dit": a role before a comma and the
        # name it describes, both taken for subjects: the name speaks
        heads = [h for h in heads if not _role_before_name(h, heads, lex)]
    # Coordinated speakers: "X et Y ont déclaré".
    heads = [name for head in heads for name in (_names_after_plural_kind(head, lex) or [head])]
    extra = []
    for head in heads:
        for child in head.children:
            if child.dep_ in syn["conjunct_deps"] and child.pos_ in ("PROPN", "NOUN") and (
                _coordinated(child, True) and not _complement_conjunct(child, lex)
            ) and child not in heads and child not in extra or _conjunct_before(child):
                extra.append(child)
        before = _conjunct_name_before(head, verb, lex)
        if before is not None and before not in heads and before not in extra:
            extra.append(before)
    return heads + extra


def _dateline(head, heads: list) -> bool:
    """``head`` opens its sentence and a dash closes its words, before another of ``heads``:
    a dateline ("LONDON (Reuters) - The candidate said", "DECATUR, Ill. — Sen. X weighed in,
    calling") that the parser took for a second subject; the place never speaks."""
    doc = head.doc
    if head.i != head.sent.start or not is_proper(head) and not head.is_upper:
        return False
    dash = next((t for t in doc[head.i + 1:min(head.i + 9, head.sent.end)]
                 if t.text in _DASHES), None)
    return dash is not None and all(t.head.i == head.i or t.head.i in range(head.i, dash.i)
                                    for t in doc[head.i + 1:dash.i + 1]) and any(
        other.i > dash.i for other in heads)


_DASHES = frozenset({"—", "–", "-", "--"})


def _role_before_name(head, heads: list, lex: Lexicon) -> bool:
    """``head`` is a role word, or a noun with no article ("Installateur de pompes à chaleur"),
    whose noun phrase ends at a comma right before another of ``heads``, a name."""
    if head.lower_ not in lex.roles and not (head.pos_ == "NOUN" and not any(
            c.dep_ == "det" for c in head.children)):
        return False
    end = _np_tokens(head, lex)[-1].i
    doc = head.doc
    return end + 2 < len(doc) and doc[end + 1].text == "," and any(
        other is not head and _named(other, lex)
        and min(t.i for t in _np_tokens(other, lex)) == end + 2 for other in heads)


def _causative_speakers(verb, lex: Lexicon) -> list | None:
    """The speaker of a reporting infinitive right after a causative "faire" (adverbs
    between): the noun of its "à" object ("Ce qui fait dire à cet observateur que", "a fait
    dire aux experts") or its agent ("s'est fait rappeler à l'ordre lundi par la ligue"), [] without
    either ("cela fait dire n'importe quoi", "faire parler de soi"); None when ``verb`` is
    no such infinitive (nor the object of a light verb: "fait remarquer" is one cue)."""
    forms = lex.mistagged.get("causative_forms", ())
    if not forms or "Inf" not in verb.morph.get("VerbForm") or (
            verb.lower_ in lex.light_verb_objects):
        return None
    doc, start, end = verb.doc, verb.sent.start, verb.sent.end
    i = verb.i - 1
    while i >= start and doc[i].pos_ == "ADV":
        i -= 1  # "fait souvent dire"
    if i < start or doc[i].lower_ not in forms:
        return None
    after = verb.i + 1
    while after < end and doc[after].pos_ == "ADV":
        after += 1
    # "Le club s'est fait rappeler à l'ordre lundi par la ligue": the agent speaks
    by = next((t for t in doc[verb.i + 1 : min(verb.i + 6, end)]
               if t.lower_ in lex.words.agent_prepositions or t.text in (",", ";", ":")), None)
    agent = _postposed_subject(by, lex) if by is not None and (
        by.lower_ in lex.words.agent_prepositions) else None
    if agent is not None:
        return [agent]
    if after < end and doc[after].lower_ in lex.words.dative_prepositions:
        noun = next((t for t in doc[after + 1 : min(after + 6, end)]
                     if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        return [noun] if noun is not None else []
    return []


def _subject_after_addressee(verb, addressee, lex: Lexicon) -> list:
    """The subject of an incise verb after the noun phrase it was said to (""« … », a indiqué à
    la radio locale le service de presse du ministère"): the next noun with a determiner and no
    preposition that looks like a source, before any punctuation; [] when there is none."""
    doc, end = verb.doc, min(verb.sent.end, verb.i + 14)
    for token in doc[addressee.i + 1 : end]:
        if token.is_punct or token.text in QUOTE_CHARS:
            return []
        before = doc[token.i - 1]
        # ("ont indiqué à l'AFP des sources policières": "des" right after a name is an
        # article, which the tagger read as "de les", a complement of the name)
        article = before.i == addressee.i + 1 and is_proper(addressee) and (
            before.lower_ in lex.indefinite_determiners)
        if token.pos_ in ("NOUN", "PROPN") and (before.pos_ == "DET" and not (
                _prepositional(token, lex)) or article) and _looks_like_source(token, lex):
            return [token]
    return []


def _subject_before_participle(verb, lex: Lexicon) -> list:
    """The noun phrase that opens the clause (after a time or place phrase at most) before the
    asides that end at the comma before a detached present participle ("Mardi, M. X, directeur
    de Y, s'exprimant devant Z, a dit"); [] when a finite verb or a quote stands before that
    noun phrase: then it may be an object ("Il a reçu M. X, maire de Y, affirmant que")."""
    doc, start = verb.doc, verb.sent.start
    i = _skip_clitics_left(verb, lex)
    if i < start or doc[i].text != ",":
        return []
    subject = _subject_before_aside(verb, lex)
    if subject is None or not _looks_like_source(subject, lex) or any(
            "Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS
            for t in doc[start:subject.i]):
        return []
    return [subject]


def _prepositional(token, lex: Lexicon) -> bool:
    """A noun with its own preposition ("a annoncé aux lecteurs", "a déclaré à la presse"): the
    one spoken to or a circumstance, never the subject that follows a French incise verb."""
    return any(child.dep_ in lex.syntax["case_deps"] and child.i < token.i
               for child in token.children)


def _named(head, lex: Lexicon) -> bool:
    """A name, or a person's title with the name after it ("M. Bill Clinton", headed by the
    title "M.", which is no word to the tagger; French only, where two subjects are common)."""
    return is_proper(head) or bool(lex.mistagged) and head.lower_ in lex.person_titles and any(
        child.dep_.startswith("flat") and is_proper(child) for child in head.children)


def _names_after_plural_kind(head, lex: Lexicon) -> list:
    """The coordinated names set after a plural noun of their kind ("les coopératives Valmeuse
    et Terrana", "les syndicats Sud et Unsa"): each one speaks; [] when there is no such pair
    of names (not "les villes de Lyon et de Paris", complements)."""
    if is_proper(head) or head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number") and (
            head.tag_ != "NNS"):
        return []
    case = lex.syntax["case_deps"]
    names = [c for c in head.children if c.i > head.i and is_proper(c)
             and not any(g.dep_ in case for g in c.children)]
    # "several outlets, including Reuters and the AP", "such as": the names the examples give
    names += [g for c in head.children if c.i > head.i and (
        c.lower_ in lex.example_markers or c.left_edge.lower_ in lex.example_markers)
        for g in c.children if g.i > c.i and is_proper(g)]
    names += [c for n in list(names) for c in n.children
              if c.dep_ in lex.syntax["conjunct_deps"] and is_proper(c) and _coordinated(c, True)
              and not any(g.dep_ in case for g in c.children)]
    if head.lower_ in lex.spokesperson_heads and len(names) < 2:
        # "spokespeople for Google and Meta", "les porte-parole de Renault et de Stellantis":
        # each organisation speaks through its own
        owners = [c for c in head.children
                  if c.i > head.i and c.dep_ in lex.syntax["noun_complement_deps"]]
        owners = [c if is_proper(c) else next((g for g in c.children if g.i > c.i and is_proper(
            g)), None) for c in owners]
        owners = [o for o in owners if o is not None]
        owners += [c for o in list(owners) for c in o.children
                   if c.dep_ in lex.syntax["conjunct_deps"] and is_proper(c)
                   and _coordinated(c, True)]
        if len(owners) > 1:
            return sorted(set(owners), key=lambda t: t.i)
    return sorted(set(names), key=lambda t: t.i) if len(names) > 1 else []


def _conjunct_name_before(head, verb, lex: Lexicon):
    """A name right before the subject and a coordinator, which the parser left out of the
    subject though the verb is plural and the subject is not ("Les coopératives Valmeuse et
    Terrana ont annoncé" parsed with "Terrana" alone for subject): the other speaker; None
    otherwise."""
    doc = head.doc
    start = min(t.i for t in _np_tokens(head, lex))
    if start < verb.sent.start + 2 or head.i > verb.i or "Plur" in head.morph.get("Number"):
        return None
    finite = [t for t in [verb, *verb.children] if "Fin" in t.morph.get("VerbForm")
              and (t is verb or t.dep_.startswith("aux"))]
    if not finite or "Plur" not in finite[0].morph.get("Number"):
        return None
    coordinator, name = doc[start - 1], doc[start - 2]
    if coordinator.pos_ != "CCONJ" or not coordinator.is_alpha or not is_proper(name):
        return None
    return name


def _clause_of_detached_participle(verb, lex: Lexicon):
    """The verb of the clause an English present participle follows when the parser hung it
    on a noun of that clause which is not its subject: after a comma ("told supporters on
    Monday, saying", "made a third attempt, writing"; "…, at one point calling"), or on a
    time ("sent a memo in April explaining"); such a participle speaks with the clause's
    subject. None otherwise: "a sign saying", "protesters chanting" (no comma: the noun may
    speak), "the statement, saying" (a subject) keep their noun."""
    doc, head = verb.doc, verb.head
    if lex.mistagged or verb.tag_ != "VBG" or head.i > verb.i or head.dep_ in (
            lex.syntax["subject_deps"] | lex.syntax["passive_subject_deps"]):
        return None
    opener = head.head if head.head.pos_ == "ADP" and head.head.i < head.i else head
    if head.lower_ in lex.documents:
        return None  # "…, in the release announcing": the document speaks
    if doc[verb.i - 1].text != "," and doc[opener.i - 1].text != "," and not _is_time(head, lex):
        return None
    return next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _bare_noun(token) -> bool:
    """A lower-case noun with no determiner nor number: after French "par" a means ("dénoncée
    par tracts", "répondront par écrit"), not an agent ("par des élus", "par 23 % des
    hommes")."""
    return token.pos_ in ("NOUN", "PROPN") and token.text.islower() and not any(
        child.dep_ in ("det", "nummod") or child.pos_ in ("DET", "NUM")
        for child in token.children)


def _dative_clitic(token, verb, lex: Lexicon) -> bool:
    """An object clitic right before the verb group ("lui demande de", "leur ont réclamé"),
    which the parser may take for the subject: the one spoken to, never the speaker (the
    stressed "lui" of "Lui, affirme que" has a comma after it)."""
    doc = verb.doc
    if _third_person_dative(token, verb, lex):
        return True  # "A Lyon, nous signale notre correspondant, …"
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
    endings = tuple(lex.mistagged.get("participle_endings", ())) if lex.mistagged else ()
    participle = next((child for child in head.children if child.i > head.i and (
        child.dep_ in lex.syntax["modifier_deps"] and "Part" in child.morph.get("VerbForm")
        or endings and child.pos_ == "ADJ" and child.lower_.endswith(endings))), None)
    # (or one tagged an adjective: "un communiqué publié par")
    if participle is None:
        return None
    # (past a date and a place between commas: "un communiqué publié, lundi 3 mars à Lyon, par
    # la société", but not into another clause)
    by = None
    for t in doc[participle.i + 1 : min(participle.i + 12, end)]:
        if "Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS:
            break
        if t.lower_ in lex.words.agent_prepositions:
            by = t
            break
    return _postposed_subject(by, lex) if by is not None else None


def _owner_of_split_name(head, lex: Lexicon):
    """The noun whose complement a name is, when the parser made the name's last word the
    subject: in "L'entourage de Marine Le Pen assure", "Les proches de Bruno Le Maire disent",
    the tagger read the particle of the name as an article and the parser hung "Pen" on the
    verb; the entourage speaks. ``head`` itself otherwise."""
    doc = head.doc
    if head.dep_ not in lex.syntax["subject_deps"] or not head.text[:1].isupper():
        return head
    first = head.i
    while first - 1 > head.sent.start and doc[first - 1].is_alpha and (
            doc[first - 1].text[:1].isupper()):
        first -= 1
    particle = any(t.pos_ == "DET" for t in doc[first + 1:head.i])
    owner = doc[first].head
    if particle and doc[first].dep_ in lex.syntax["noun_complement_deps"] and (
            owner.i < first and owner.pos_ == "NOUN") and any(
            c.dep_ in lex.syntax["case_deps"] for c in doc[first].children):
        return owner
    return head


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
        return parsed  # (but "une autre position que celle du Medef, qui a protesté": the name)
    if j < start or doc[j].pos_ not in ("NOUN", "PROPN"):
        return parsed if parsed is not None else relative
    antecedent = doc[j]
    for _ in range(4):
        # "les dirigeants de leurs filiales régionales, qui": up the "de" complements and the
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
        # "comme aiment à le souligner les exploitants", "ce que semble confirmer le magazine",
        # "comme n'a cessé de le redire X": an infinitive under a finite verb that
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
    ("…, interpellait ses clients l'an dernier"). Where the verb is no incise, the subject
    before it: "Les syndicats dénoncent « une provocation »" (the parser made the quoted noun a
    second subject)."""
    if not _incise(verb, lex):
        return [h for h in heads if h.i < verb.i] or heads
    subject = _postposed_subject(verb, lex)
    return [subject] if subject is not None and subject in heads else heads


def _adjacent_noun_phrase(verb, lex: Lexicon) -> bool:
    if not ("Part" in verb.morph.get("VerbForm")
            or verb.lower_.endswith(lex.words.present_participle_endings)):
        return False
    noun = _noun_phrase_left_of(verb)
    if not lex.mistagged and noun is not None and verb.dep_ == "advcl" and noun.dep_ == "pobj" and (
            noun.head.head.i == verb.head.i):
        return False  # English "X was on CNN talking about": the parse hangs the participle on
        # the verb, the noun before it is only the object of a preposition of that clause
    return noun is not None and verb.i > 0 and verb.doc[verb.i - 1].pos_ in (
        "NOUN", "PROPN", "ADJ")


def _subject_before_auxiliary_aside(verb, lex: Lexicon):
    """The subject of a perfect auxiliary that an aside parts from its past participle, which
    the parser did not hang on it: "L'Élysée a, dans un communiqué, qualifié la décision de"
    (the noun phrase before "a"); None when the verb stands after no such aside."""
    doc, start = verb.doc, verb.sent.start
    auxiliary = _auxiliary_before_aside(verb, lex)
    if auxiliary is None:
        return None
    return _subject_at(doc, _skip_verb_group_left(doc, auxiliary - 1, start, lex), start, lex)
