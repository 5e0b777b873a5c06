"""Subjects read off the words around a verb rather than its parse: a reporting form the
tagger did not call a verb, a subject after its verb ("…, a déclaré le ministre"), before an
aside ("M. X, président de Y, a déclaré") or before the verb in English.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS, is_proper
from .noun_phrases import (
    _is_thing,
    _is_time,
    _looks_like_source,
    _noun_phrase_left_of,
    _np_tokens,
    _speaks,
)
from .quotes import _closes_quote, _quoted_tokens
from .verb_groups import (
    _INCISE_CLOSERS,
    _clause_verb_before,
    _finite_auxiliary,
    _finite_rest,
    _group_opener,
    _incise,
    _inverted_clitic,
    _is_controlled,
    _is_gerund,
    _main_finite,
    _opens_what_was_said,
    _skip_clitics_left,
    _skip_verb_group_left,
    _verb_shaped,
)


def _mistagged_verb(token, lex: Lexicon) -> str | None:
    """How a reporting form that the tagger called a noun, adjective or adverb shows itself a
    verb, from the words around it (the lists of [reporting.mistagged]); None when nothing does.

    "inverted": a subject clitic follows ("note-t-il"); "pronoun": a subject pronoun precedes
    ("il l'accuse", "qui dénonce"); "postposed": the subject follows ("comme le note FO",
    ", notent les experts"); "preposed": a noun phrase precedes and an object or a clause
    follows ("la CFDT évoque le cas", "M. Durand l'accuse"); "gerund": "en rappelant";
    "detached": ", les qualifiant de".
    """
    words = lex.mistagged
    if not words or token.pos_ in ("VERB", "AUX"):
        return None
    lower = token.lower_
    if lower.endswith(lex.words.present_participle_endings):
        if _is_gerund(token, lex):
            return "gerund"
        if _opening_clause_subject(token, lex) is not None:
            return "opening"
        # ", les qualifiant de « mensonges »" (the clitic tagged an article): a participle
        # detached by a comma speaks with the clause before it, as a gerund does
        i = _skip_clitics_left(token, lex)
        return "detached" if i >= token.sent.start and token.doc[i].text == "," else None
    if _participle_agent(token, lex) is not None:
        return "participle_agent"
    if not _verb_shaped(lower, lex):
        return None
    return _verb_context(token, lex)


def _participle_agent(token, lex: Lexicon):
    """The agent after a reporting participle that the tagger did not call a verb and that
    opens a detached clause: "Révélés mardi par le quotidien X, les faits" (a reporting stem, a
    participle ending, at the start of the sentence or after a comma, then "par" before any
    finite verb); None otherwise (not the noun of "un communiqué publié par X", nor "la décision
    prononcée par"; not who asked, "Interrogé par nos soins", nor who relayed, "cité par X")."""
    lower, doc = token.lower_, token.doc
    endings = tuple(lex.mistagged.get("participle_endings", ()))
    before = next((t for t in reversed(doc[token.sent.start:token.i])
                   if t.text not in QUOTE_CHARS), None)
    if lex.names_addressee(lower) or lex.citing_stems and lower.startswith(lex.citing_stems):
        return None  # "Sollicité par le journal", "cité anonymement par X": who asked or relayed
    # (a denial participle after the claim it denies opens none, but its agent denied: "Une
    # information démentie mercredi par un porte-parole de Renault")
    denial = _denial_word(token, lex)
    if before is not None and before.text != "," and not (
            before.pos_ == "NOUN" and denial) or not denial and not any(
            lower.startswith(stem) and lower[len(stem):] in endings
            for stem in lex.stems_by_initial.get(lower[:1], ())):
        return None
    for t in doc[token.i + 1 : min(token.i + 8, token.sent.end)]:
        if "Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS:
            return None
        if t.lower_ in lex.words.agent_prepositions:
            return _postposed_subject(t, lex)
    return None


def _denial_word(token, lex: Lexicon) -> bool:
    """``token`` alone is a denial of [denial] patterns ("démentie", "denied")."""
    return any(match.span() == (0, len(token.text))
               for match in lex.denial_patterns.finditer(token.text))


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
    first = token.i + 1
    if nxt == ",":
        # "Même en dénonçant, comme chaque année, les irrégularités": an aside right after the
        # verb, whose closing comma opens the verb's object, not the main clause
        first = next((k for k in range(first + 1, end) if doc[k].text == ","), end) + 1
    for k in range(first, end - 2):
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
            complement = any(c.dep_ in lex.syntax["case_deps"] for c in t.children)
            if t.dep_ in lex.syntax["subject_deps"] and t.head.i > t.i and t.head.pos_ in (
                    "VERB", "AUX") and t.pos_ in ("NOUN", "PROPN") and (
                    t.lower_ not in pronouns) and not complement:
                return t  # (not a complement the parser made the subject: "le porte-parole du
                # ministre, M. X, a annoncé")
            if t.pos_ in ("NOUN", "PROPN") and all(
                    u.pos_ in ("DET", "ADJ", "NUM") for u in doc[j:t.i]) and _finite_verb_next(
                    t, lex):
                return t  # "Tout en critiquant ces choix, les Français en importèrent": a
                # subject the parser took for an object, right before its verb
        subject = _subject_past_asides(doc, j, end, lex)
        if subject is not None:
            return subject
    return None


def _subject_past_asides(doc, j: int, end: int, lex: Lexicon):
    """The head of the noun phrase that starts at ``j`` when one to three asides between commas
    or brackets, then a finite verb, follow it: "…, M. X, président de Y, s'est dit prêt",
    "…, les syndicats CFDT, FO et CFTC, majoritaires chez Z, redoutent" (the first noun or name;
    a noun the tagger called an adjective after its determiner, "ces derniers"); None otherwise."""
    k, head = j, None
    while k < end and doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        if head is None and doc[k].pos_ in ("NOUN", "PROPN"):
            head = doc[k]
        k += 1
    if head is None and k > j + 1 and doc[j].pos_ == "DET" and doc[k - 1].pos_ == "ADJ":
        head = doc[k - 1]
    if head is None:
        return None
    for asides in range(4):  # the asides, then the verb after the last comma
        if k >= end or doc[k].text not in (",", "("):
            return None
        if doc[k].text == ",":
            verb = k + 1
            while verb < end and (doc[verb].pos_ == "ADV"
                                  or doc[verb].lower_ in lex.mistagged["clitics"]):
                verb += 1
            if asides and verb < end and "Fin" in doc[verb].morph.get("VerbForm"):
                return head
        closer = ")" if doc[k].text == "(" else ","
        close = next((c for c in range(k + 1, min(k + 30, end)) if doc[c].text == closer), None)
        if close is None or close == k + 1 or any(
                t.text in QUOTE_CHARS or "Fin" in t.morph.get("VerbForm")
                for t in doc[k + 1:close]):
            return None  # (a clause, not an aside)
        k = close + 1 if closer == ")" else close  # (a comma closes one aside, opens the next)
    return None


def _finite_verb_next(token, lex: Lexicon) -> bool:
    """A finite verb right after ``token`` (the rest of its name and object clitics between):
    ``token`` ends the noun phrase of its subject."""
    doc, end = token.doc, token.sent.end
    j = token.i + 1
    while j < end and doc[j].pos_ == "ADJ":
        j += 1
    while j < end and (is_proper(doc[j]) or doc[j].pos_ == "ADJ" and is_proper(doc[j - 1])):
        j += 1  # "Mr Lucien Karpick", "l'ancien fonctionnaire sénégalais Paul Girard": the name
    while j < end and doc[j].lower_ in lex.mistagged["clitics"]:
        j += 1
    return j < end and doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm")


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
        if phrase is None and (doc[k].pos_ != "ADV" or doc[k].lower_ in words["object_openers"]):
            break  # (not "tout", tagged an adverb: "dément formellement tout accord")
        k += phrase[1] if phrase else 1  # "Le Centre note par exemple que", "parle bien de"
    time_words = words.get("time_words", ())
    asides = 0
    while asides < 3:
        close = next((c for c in range(k + 2, min(k + 10, token.sent.end - 1))
                      if doc[c].text == ","), None) if k < len(doc) and doc[k].text == "," else None
        if close is not None and (doc[k + 1].pos_ == "ADP" or doc[k + 1].lower_ in time_words
                                  and asides < 2) and not any(
                t.text in QUOTE_CHARS or "Fin" in t.morph.get("VerbForm")
                for t in doc[k + 1:close]
        ) and not any(doc[k + 1].lower_ == phrase[0] for phrase in lex.source_prepositions):
            # "le ministère rappelle, dans un communiqué, que", "affirme, vendredi, dans un
            # entretien, que": past short asides (not one that cites its own source: "ces
            # difficultés expliquent, selon l'institut, la hausse")
            k = close
            asides += 1
        else:
            break
    if asides and doc[k].text == ",":
        k += 1
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
        subject = _preposed_subject(doc, i, lex)
        # "sous la plume de l'éditorialiste le soupçon": a noun after a preposition is no subject
        # (but "comme les grandes marques l'affirment" is a subject after "comme", and
        # "beaucoup d'opérateurs affirment" one after a word of quantity_words and "de").
        quantity = subject is not None and subject.i >= start + 2 and (
            doc[subject.i - 1].lower_ in lex.words.of_prepositions
            and doc[subject.i - 2].lower_ in words.get("quantity_words", ()))
        if subject is not None and not any(c.dep_ == "case" and c.lower_ not in words[
                "postposing"] and not quantity for c in subject.children):
            return "preposed"
        return None
    if len(clitics) == 1 and clitics[0].lower_ in lex.words.object_pronouns and (
            nxt in lex.words.of_prepositions or nxt in lex.words.of_contractions):
        return None  # "l'annonce de chiffres": a noun after its article
    if before.lower_ in words["coordinators"] and rest is not None and (
            rest in words.get("verbal_endings", ()) or nxt in words["object_openers"]):
        # "X exige des excuses et évoque le cas de": a finite form after a coordinator, before
        # its object or clause, shares the subject of the clause before (_left_subject_kind)
        return "coordinated"
    # (a name as the object too: "M. X, maire de Y, fustige Paul Z")
    aside = _subject_before_aside(token, lex) if before.text == "," and (
        nxt in words["object_openers"] or strong or k < len(doc) and is_proper(doc[k])) else None
    relatives = lex.words.subject_relatives
    # (or a plural noun of no list before a plural verb ending no noun has: "d'autres
    # psychologues, tout aussi sérieux, vantent", "les opérateurs, depuis un an, réfutent")
    if aside is not None and (_looks_like_source(aside, lex) or (
            rest in words.get("verbal_endings", ()) and aside.pos_ == "NOUN"
            and "Plur" in aside.morph.get("Number") and not _is_thing(aside, lex)
            and not _is_time(aside, lex))) and doc[i - 1].lower_ not in (
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
    if end < verb.sent.end and doc[end].text == ")":
        end += 1  # "…, a annoncé la Direction générale de l'aviation civile (DGAC)."
    if _clause_goes_on(verb, end, lex):
        return subject
    if comma > start and doc[comma].text == "," and _closes_quote(doc[comma - 1]):
        return subject  # "« … », observe M. X, directeur …": right after a quotation
    replies = lex.mistagged.get("reply_words", ())
    if not any(t.text in QUOTE_CHARS or _clause_verb_before(t, verb, lex)
               for t in doc[start:comma]) and not (
            comma == start + 1 and doc[start].lower_ in replies) and not (
            _coordinated_clause_before(verb, auxiliary, start, comma)):
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
    # "…, a précisé l'entreprise dans un courriel adressé aux abonnés.": the subject's own
    # words (a participle among them) run to the end of the sentence or of the incise
    edge = subject.right_edge.i + 1
    if _looks_like_source(subject, lex) and edge > end and (
            edge >= verb.sent.end or doc[edge].text in _INCISE_CLOSERS) and not any(
            "Fin" in t.morph.get("VerbForm") for t in doc[end:edge]):
        return subject
    return None


def _coordinated_clause_before(verb, auxiliary, start: int, comma: int) -> bool:
    """Before the incise, a comma, a coordinating conjunction and a determiner ("…, et le
    groupe dégage un bénéfice net, a indiqué le groupe"), the incise verb in the singular: a
    second clause, whose verb the tagger may have missed, not a coordinated subject (which would
    take the plural)."""
    doc = verb.doc
    finite = auxiliary if auxiliary is not None else verb
    if "Sing" not in finite.morph.get("Number"):
        return False
    return any(doc[k].text == "," and doc[k + 1].pos_ == "CCONJ" and doc[k + 2].pos_ == "DET"
               for k in range(start, comma - 2))


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


def _subject_before_aside(verb, lex: Lexicon):
    """The noun phrase before one to three asides between commas or brackets that stand
    before a verb: "M. X, président de Y, a déclaré", "X a, pour sa part, évoqué", "Mme Z,
    qui dirige le service, confirme"; None when no aside or no such noun phrase.

    Brackets after a noun inside an aside ("M. X, directeur de l'Institut (IML), autorité
    bancaire, a menacé") belong to that aside when a name stands before it; otherwise they are
    an aside of their own ("les chiffres de mai (page 3), qui …, confirment")."""
    subject = _subject_before_asides(verb, lex, True) if lex.mistagged else None
    if subject is not None and subject.i > verb.sent.start and (
            is_proper(subject) or subject.lower_ in lex.person_titles):
        return subject
    return _subject_before_asides(verb, lex, False)


def _subject_before_asides(verb, lex: Lexicon, inner_brackets: bool):
    doc, start = verb.doc, verb.sent.start
    i = _skip_verb_group_left(doc, verb.i - 1, start, lex)
    asides = 0
    quoted = None
    while i >= start and doc[i].text in (",", ")") and asides < 3:
        opener = "(" if doc[i].text == ")" else ","
        j = next((k for k in range(i - 1, max(start, i - 30) - 1, -1) if doc[k].text == opener),
                 None)
        if inner_brackets and opener == "(" and j is not None and j > start and (
                doc[j - 1].text != ","):
            # "M. X, directeur de l'Institut (IML), autorité bancaire, a menacé": the brackets
            # close a noun of the aside, which opens at the comma before them
            comma = next((k for k in range(j - 1, max(start, i - 30) - 1, -1)
                          if doc[k].text == ","), None)
            j = comma if comma is not None else j  # (else the brackets are the aside: "le
            # député X (UDF), maire de Y, fustige")
        inner = doc[j + 1 : i] if j is not None else None
        if not inner:
            return None
        finite = [] if inner[0].lower_ in (
            lex.words.subject_relatives | lex.words.other_relatives) else [
            t for t in inner if _main_finite(t, lex)]
        if finite:
            quoted = _quoted_tokens(verb.sent) if quoted is None else quoted
            if any(t.i not in quoted for t in finite):
                return None  # "Il pleut, on annule, a dit X": a clause, not an aside (but a
                # quote may hold one: "Mme X, soulignant « la concentration dont dispose Y »,
                # affirme")
        i = _skip_verb_group_left(doc, j - 1, start, lex)
        asides += 1
    if not asides or i < start:
        return None
    return _subject_at(doc, i, start, lex)


def _subject_at(doc, i: int, start: int, lex: Lexicon):
    """The head of the noun phrase that ends at ``i``, up its name and complements; None when
    it is no noun phrase, or one with a preposition ("Devant les congressistes")."""
    token = doc[i]
    if token.pos_ == "ADJ" and i > start and doc[i - 1].pos_ == "DET":
        return token  # "les salariés", tagged an adjective
    adjective = token.pos_ == "ADJ" and start <= token.head.i < i and token.head.pos_ in (
        "NOUN", "PROPN") and not any(t.text == "," for t in doc[token.head.i:i])
    if adjective:
        token = token.head  # "député européen", "le président de l'union commerciale"
    if token.dep_ in ("appos", "conj") and token.pos_ == "NOUN" and not is_proper(token) and (
            token.lower_ in lex.roles or token.lower_ in lex.person_roles) and (
            start <= token.head.i < token.i) and not any(
            c.dep_ in lex.syntax["case_deps"] for c in token.head.children) and (
            is_proper(token.head) or any(
            c.dep_ in ("flat:name", "flat") for c in token.head.children)) and any(
            t.text == "," for t in doc[token.head.i:token.i]):
        token = token.head  # "Mme Claire Arnaud, député européen": the name the role describes
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
    if any(child.dep_ in lex.syntax["case_deps"] and child.pos_ == "ADP"
           for child in token.children):
        return None  # "Devant les congressistes, ..." is no subject (but "Même X, …": an
        # adverb the parser labelled a preposition)
    if adjective and not (is_proper(token) or token.lower_ in lex.roles
                          or token.lower_ in lex.person_roles
                          or token.lower_ in lex.person_titles):
        return None  # (a noun phrase ending in an adjective names someone by a name or a
        # role, not "la machine rédige les comptes rendus, trie les courriels, résume")
    return token


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
        if close is not None:
            # "affirme, vendredi, dans un entretien au Parisien, la ministre": a second aside,
            # where the verb was said
            i = _past_prepositional_aside(doc, close + 1, verb.sent.end)
        else:
            # "a assuré, lors d'une conférence de presse, son directeur général": a longer one
            after = _past_prepositional_aside(doc, i + 1, verb.sent.end)
            i = after if after > i + 1 else i
        end = max(end, min(verb.sent.end, i + 8))
    time_words = lex.mistagged.get("time_words", ())
    stops = {",", ".", ":"} | QUOTE_CHARS
    skipped = i
    while i < end:
        phrase = next((n for n in lex.adverbial_phrases_by_first.get(doc[i].lower_, ())
                       if [t.lower_ for t in doc[i:i + n[1]]] == n[0]), None)
        if phrase is not None:
            i += phrase[1]  # "affirment d'ores et déjà les syndicats"
        elif i + 2 < end and _manner_phrase(doc[i], lex):
            i += 2  # "raconte avec fierté Marie Petit"
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
    while first < i < end - 1 and doc[i].pos_ == "NUM" and doc[i + 1].pos_ in ("NOUN", "ADJ"):
        i += 1  # "répètent à satiété les trois experts"
    prenominal = lex.mistagged.get("prenominal_adjectives", ())
    if first < i < end - 1 and doc[i].pos_ == "ADJ" and (
            doc[i + 1].lower_ in lex.words.emphatic_pronouns):
        return doc[i]  # "comme l'avouent les formateurs eux-mêmes": the noun, tagged an adjective
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


def _past_prepositional_aside(doc, i: int, end: int) -> int:
    """Index after a prepositional phrase that opens at ``i`` and a comma closes ("dans un
    entretien au Parisien,", "à l'Assemblée nationale,"), with no verb or quotation inside;
    ``i`` itself when none opens there."""
    if i + 1 >= end or not (doc[i].pos_ == "ADP" or doc[i].pos_ == "ADV" and (
            doc[i + 1].pos_ == "ADP")):  # ("lors d'une conférence de presse")
        return i
    close = next((j for j in range(i + 1, min(i + 10, end)) if doc[j].text == ","), None)
    if close is None or any("Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS or (
            t.pos_ == "VERB" and t.is_lower) for t in doc[i + 1:close]):
        return i  # (but a name, "sur France Inter", may hold a word tagged a verb)
    return close + 1


def _manner_phrase(token, lex: Lexicon) -> bool:
    """A preposition and a bare noun before a determiner or a name: a manner between a verb
    and its subject ("avec fierté", "avec amertume"); not a purpose ("pour diminuer un
    déficit") nor an addressee ("à chacun d'exprimer")."""
    doc = token.doc
    noun, after = doc[token.i + 1], doc[token.i + 2]
    return token.pos_ == "ADP" and noun.is_alpha and noun.is_lower and noun.pos_ != "PRON" and (
        "Inf" not in noun.morph.get("VerbForm")) and noun.lower_ not in lex.words.determiners and (
        after.lower_ in lex.words.determiners or is_proper(after)) and (
        after.lower_ not in lex.words.of_prepositions)


def _past_verb_phrase(doc, i: int, end: int, verb, lex: Lexicon) -> int:
    """Index after a prepositional phrase of the verb that stands at ``i`` between the verb and
    its subject: "indiquait il y a peu M. X" (the parser takes "il y a" for a preposition),
    "a annoncé à Paris la direction"; ``i`` itself when none stands there."""
    token = doc[i] if i < end else None
    if token is None or token.dep_ not in lex.syntax["case_deps"]:
        return i
    noun = token.head
    # (on the verb, or on an adverb of it: "a réagi auprès de l'AFP le président")
    on_verb = noun.head.i == verb.i or noun.head.pos_ == "ADV" and noun.head.head.i == verb.i
    if not token.i < noun.i < end or not on_verb:
        return i
    j = noun.i + 1
    if j < end and doc[j].head.i == noun.i and doc[j].dep_ in ("flat:name", "flat"):
        return i  # "à Silvia Monfort": the next word still belongs to the phrase's name
    return j


def _preposed_subject(doc, i: int, lex: Lexicon | None = None):
    """The head of the noun phrase that ends at index ``i`` before a verb: "les salariés"
    (a noun the tagger called an adjective after its determiner) or what _noun_phrase_left_of
    finds."""
    token = doc[i]
    j = i - 1
    while j > token.sent.start and doc[j].pos_ == "ADJ":
        j -= 1  # "de bons analystes": adjectives before it
    if token.pos_ == "ADJ" and j >= token.sent.start and doc[j].pos_ == "DET":
        return token
    return _noun_phrase_left_of(doc[i + 1], lex)


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
    if i >= start and doc[i].lower_ in lex.anonymous_pronouns and (
            i == start or doc[i - 1].is_punct):
        return doc[i]  # "That attitude, many argue, could": the tagger's adjective "many"
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


def _subject_inside_incise(verb, lex: Lexicon):
    """The subject right after an incise verb set between commas inside the clause it reports
    ("The contrast, said Doyle and others, would be clear", "And Lane, said Sunshine, who
    knows her, does not care"), which the parser took for the subject of that clause, giving
    the verb the clause's subject before the comma; None otherwise ("The mayor, he said, will
    resign" has its subject before the verb). Only a finite verb and a subject that speaks
    by its head word: not "Democrats, fearing the consequences, failed", nor "X, who ran, said
    their speeches, full of Y, had changed" (the parser's slips the other way)."""
    doc = verb.doc
    if verb.i - 1 <= verb.sent.start or doc[verb.i - 1].text != "," or (
            verb.tag_ not in lex.finite_tags):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subject = next((child for child in clause.children
                        if child.dep_ in lex.syntax["subject_deps"]
                        and child.left_edge.i == verb.i + 1
                        and child.pos_ in ("NOUN", "PROPN") and _speaks(child, lex)), None)
        if subject is not None and any(t.text == "," for t in doc[subject.i + 1:clause.i]):
            return subject
    return None
