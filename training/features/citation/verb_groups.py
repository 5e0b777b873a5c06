"""Verb groups: a verb with its auxiliaries, clitics and negation, its form (finite, passive,
controlled, gerund, conditional) and where it stands (an incise after a quote or a clause).
"""

from __future__ import annotations

from ..conditional import is_conditional_form, is_future_form
from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS
from .quotes import _quoted_words_end


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


def _skip_clitics_left(token, lex: Lexicon) -> int:
    """Index of the first word left of ``token`` that is not an object clitic or a negation
    ("il ne le dit pas": "il"); below the sentence start when only clitics precede."""
    doc, start = token.doc, token.sent.start
    i = token.i - 1
    while i >= start and doc[i].lower_ in lex.mistagged["clitics"]:
        i -= 1
    return i


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


def _clause_before(verb, lex: Lexicon, open_quote: bool = True) -> bool:
    """A quote or a finite main verb before the comma that opens the verb's group: what an
    incise follows ("« ... », a déclaré X", "Les prix baissent, note X"). Without
    ``open_quote``, a quotation mark that opens the sentence does not count: it opens a quote
    the verb is inside of ('"En bref, X, alias Y, a annoncé que …'), no quote the verb follows."""
    doc, start = verb.doc, verb.sent.start
    comma = _group_opener(verb)
    return comma is not None and any(
        t.text in QUOTE_CHARS and (open_quote or t.i != start) or _clause_verb_before(t, verb, lex)
        for t in doc[start:comma + 1])


def _skip_verb_group_left(doc, i: int, start: int, lex: Lexicon) -> int:
    """Left of index ``i``, past auxiliaries, adverbs, clitics and negation."""
    while i >= start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith("aux")
                          or doc[i].lower_ in lex.mistagged["clitics"]
                          or doc[i].text.startswith("-")):
        i -= 1
    return i


def _main_finite(token, lex: Lexicon) -> bool:
    """A finite verb (or its auxiliary) outside a relative clause."""
    verb = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
    return "Fin" in token.morph.get("VerbForm") and verb.dep_ not in (
        lex.syntax["relative_deps"] | lex.syntax["modifier_deps"])


def _clause_verb_before(token, incise, lex: Lexicon) -> bool:
    """A finite verb (or its auxiliary) of a clause before the ``incise`` verb: a main one, or
    one the parser hung on a noun, as a relative clause or a participle, that has no relative
    pronoun (which may hang lower: "dont les filiales ont essaimé") and no subordinator: "Un
    vol sur deux sera annulé jeudi, a annoncé la DGAC". Not the incise verb's own auxiliary."""
    verb = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
    if _main_finite(token, lex) and not (lex.mistagged and any(
            child.dep_ in lex.syntax["subject_deps"] and child.i < verb.i
            and child.lower_ in lex.words.subject_relatives for child in verb.children)):
        return True  # (a verb whose subject is "qui" is a relative clause wherever the parser
        # hung it: "Mme X, qui dirige le service, confirme" has no clause before the comma)
    if "Fin" not in token.morph.get("VerbForm") or verb.i == incise.i:
        return False
    before = verb.doc[verb.left_edge.i:verb.i]
    return not any("Rel" in t.morph.get("PronType") for t in before) and not any(
        child.dep_ == "mark" for child in verb.children)


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


def _has_clitic_object(verb, lex: Lexicon) -> bool:
    """"l'admet", "le confirme": the object is a clitic standing for what was said."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].lower_ in lex.words.negation_particles
                      or doc[i].lower_ in lex.words.adverbial_clitics):
        i -= 1
    return i >= 0 and doc[i].lower_ in lex.words.object_pronouns


def _first_person_singular_object(verb, lex: Lexicon) -> bool:
    """An object clitic of the first person singular in the verb's group: "on me demandait",
    "on m'a dit", "me dit-on" (first_person_singular_objects)."""
    objects = lex.words.first_person_singular_objects
    if not objects:
        return False
    doc, i = verb.doc, verb.i - 1
    while i >= verb.sent.start and (doc[i].pos_ == "AUX" or doc[i].dep_.startswith("aux")
                                    or doc[i].lower_ in lex.words.negation_particles
                                    or doc[i].lower_ in lex.words.adverbial_clitics
                                    or doc[i].lower_ in objects):
        if doc[i].lower_ in objects:
            return True
        i -= 1
    return False


def _conditional_token(token, lex: Lexicon) -> bool:
    """A conditional form by the lexicon's morphology where it has one (spaCy tags imperfects
    Mood=Cnd: "qui déclarait"), else spaCy's Mood=Cnd."""
    if lex.mood:
        return is_conditional_form(token.lower_, lex)
    return "Cnd" in token.morph.get("Mood")


def _conditional_mood(verb, lex: Lexicon) -> bool:
    """The verb or its auxiliary is in the conditional mood ("affirmerait", "aurait déclaré"):
    hearsay; not a modal's possible speech ("pourrait demander", "would ask")."""
    def conditional(token) -> bool:
        return token.lower_ not in lex.words.modals and _conditional_token(token, lex)

    def group(token) -> bool:
        return conditional(token) or "Part" in token.morph.get("VerbForm") and any(
            child.dep_.startswith("aux") and conditional(child) for child in token.children)

    # (and an infinitive of a clause in the conditional: "X aurait approché la famille pour
    # lui proposer de racheter", where the approach and the offer are both hearsay)
    # (not the complement of a modal: "pourraient demander" is possible speech, not hearsay)
    return group(verb) or "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i and (
        verb.head.pos_ in ("VERB", "AUX")) and verb.dep_ not in lex.syntax.get(
        "modal_complement_deps", ()) and group(verb.head)


def _in_conditional(verb, lex: Lexicon) -> bool:
    """Speech that is possible, hypothetical or to come rather than reported: the verb or its
    auxiliary in the conditional, under a modal ("would ask") or in the future ("On nous
    répondra que", "Certains parents protesteront", "va annoncer"); or an infinitive governed
    by such a verb ("regulators might start asking", "risquent de regretter"). The
    conditional of hearsay ("affirmerait") is this too, and _conditional_mood says it is
    hearsay."""
    return _conditional_token(verb, lex) or _to_come(verb, lex) or any(
        child.dep_.startswith("aux") and (_conditional_token(child, lex)
                                          or child.lower_ in lex.words.modals)
        for child in verb.children) or (
        # "la commune pourrait demander", "il devrait y évoquer": speech that may happen
        verb.dep_ in lex.syntax.get("modal_complement_deps", ())
        and "Inf" in verb.morph.get("VerbForm") and _conditional_token(verb.head, lex)
        and lex.is_hypothetical_modal(verb.head.lower_)) or _hypothetical_governor(verb, lex) or (
        _counterfactual_clause(verb, lex)) or _participle_of_modal_verb(verb, lex) or (
        # "X aurait approché la famille pour lui proposer de racheter": the purpose of an act
        # reported as hearsay is hearsay too
        "Inf" in verb.morph.get("VerbForm") and _conditional_mood(verb, lex))


def _participle_of_modal_verb(verb, lex: Lexicon) -> bool:
    """A present participle in an adverbial clause of a verb under a modal: "the union would
    file a grievance, arguing that ..." argues only when it files, which is to come (the
    labels of such clauses: [language] adverbial_clause_deps)."""
    head = verb.head
    forms = verb.morph.get("VerbForm")
    return verb.dep_ in lex.syntax.get("adverbial_clause_deps", ()) and head.i != verb.i and (
        "Ger" in forms or "Part" in forms and "Pres" in verb.morph.get("Tense")) and any(
        child.dep_.startswith("aux") and child.lower_ in lex.words.modals
        for child in head.children)


def _counterfactual_clause(verb, lex: Lexicon) -> bool:
    """The verb is in the complement clause of a negated verb in the conditional that does not
    report speech itself: "ils ne comprendraient pas qu'on leur demande de revenir" (what no
    one has asked; "X aurait dit que", a reporting head, is hearsay of its own)."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and not lex.is_reporting(head.lower_) and (
        _conditional_token(head, lex)) and any(
        child.lower_ in lex.cue_negations for child in head.children)


def _denied_speech(verb, lex: Lexicon) -> bool:
    """Speech its clause denies beyond the verb's own negation: a subject of negative_subjects
    with no determiner ("few dare to say so", "personne n'ose dire", "nobody said"; not "a few
    said"), or a negated governor of the infinitive ("n'osent pas dire", "did not dare to
    say")."""
    group = [verb]
    if verb.dep_ in lex.syntax.get("modal_complement_deps", ()) and verb.head.i != verb.i and (
            _is_controlled(verb, lex)):  # (not "pas une semaine ne passe sans qu'il annonce")
        group.append(verb.head)
    for member in group:
        for child in member.children:
            if child.dep_ in lex.syntax["subject_deps"] and child.lower_ in (
                    lex.words.negative_subjects) and not any(
                    grand.dep_ == "det" for grand in child.children):
                return True
            if member is not verb and child.lower_ in lex.cue_negations and (
                    child.i <= member.i + 1):
                return True
    return False


def _to_come(verb, lex: Lexicon) -> bool:
    """The verb or an auxiliary of it in the future tense ("dira", "diront", "aura dit": the
    future stem and ending of [conditional] future_endings, or spaCy's Tense=Fut for a language
    without that morphology), or after an auxiliary of the near future ("va annoncer"): speech
    not yet made."""
    def future(token) -> bool:
        # (with a morphology of its own the lexicon decides: the French tagger puts Tense=Fut
        # on "a démenti" and "cite" as it puts Mood=Cnd on imperfects)
        return is_future_form(token.lower_, lex) if lex.mood else "Fut" in token.morph.get(
            "Tense")

    return future(verb) or any(
        child.dep_.startswith("aux") and (future(child)
                                          or child.lower_ in lex.words.prospective_auxiliaries)
        for child in verb.children)


def _hypothetical_governor(verb, lex: Lexicon) -> bool:
    """An infinitive or participle whose governing verb makes it speech to come or only
    possible: a verb of hypothetical_governor_stems ("risquent de regretter"), one in the
    future or the near future ("va dire", "voudra rappeler"), one under a modal ("might start
    asking"). The governor is the verb's head through an open clause, or, where the tagger
    missed it, the word before "de" / "à" right before the infinitive. Not the conditional of
    hearsay on the governor: "aurait commencé à dire" stays hearsay."""
    deps = lex.syntax.get("modal_complement_deps", ())
    if not deps or not _is_controlled(verb, lex):
        return False  # (not a past participle: "« Nous accompagnerons … », a déclaré X")
    governors = [verb.head] if verb.dep_ in deps and verb.head.i < verb.i else []
    doc = verb.doc
    if verb.i >= verb.sent.start + 2 and doc[verb.i - 1].lower_ in lex.words.infinitive_markers:
        governors.append(doc[verb.i - 2])
    elif verb.i >= verb.sent.start + 1 and doc[verb.i - 1].lower_ in (
            lex.words.prospective_auxiliaries):
        governors.append(doc[verb.i - 1])  # "va annoncer", the parser's head or not
    for head in governors:
        if lex.is_hypothetical_governor(head.lower_) or head.lower_ in (
                lex.words.prospective_auxiliaries) or _to_come(head, lex) or any(
                child.dep_.startswith("aux") and child.lower_ in lex.words.modals
                for child in head.children):
            return True
    return False


def _verb_group_start(verb, lex: Lexicon) -> int:
    """Index of the word before the verb's group (auxiliaries, adverbs, clitics, negation,
    an inverted clitic, a dative of _third_person_dative)."""
    doc, start = verb.doc, verb.sent.start
    i = _skip_verb_group_left(doc, verb.i - 1, start, lex)
    if i >= start and _third_person_dative(doc[i], verb, lex):
        i = _skip_verb_group_left(doc, i - 1, start, lex)
    return i


def _third_person_dative(token, verb, lex: Lexicon) -> bool:
    """A dative clitic of the first or second person ("nous", "vous": subjects as often) before
    a verb group of the third person: the one spoken to, the subject comes after (", nous
    signale notre correspondant"; not "nous signalons", "vous avez dit")."""
    if token.lower_ not in lex.words.dative_clitics or token.lower_ not in (
            lex.words.first_second_person) or token.i >= verb.i:
        return False
    finite = verb if "Fin" in verb.morph.get("VerbForm") else _finite_auxiliary(verb, lex)
    return finite is not None and "3" in finite.morph.get("Person") and all(
        t.pos_ in ("AUX", "ADV") or t.lower_ in lex.mistagged.get("clitics", ())
        for t in verb.doc[token.i + 1:verb.i])


def _passive_like(verb, lex: Lexicon) -> bool:
    """A passive ("a été révélé", "est cité") or a past participle modifying a noun ("les
    actions proposées au public", "la valeur ajoutée")."""
    if _is_passive(verb, lex):
        return True
    forms = verb.morph.get("VerbForm")
    return "Part" in forms and not verb.lower_.endswith(lex.words.present_participle_endings) and (
        verb.dep_ in lex.syntax["modifier_deps"] or verb.dep_ == "amod")


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


def _is_passive(verb, lex: Lexicon) -> bool:
    if "Pass" in verb.morph.get("Voice") and verb.dep_ not in lex.syntax["modifier_deps"]:
        return True
    return any(child.dep_ in ("aux:pass", "auxpass") for child in verb.children)


def _is_controlled(verb, lex: Lexicon) -> bool:
    """An infinitive or present participle with no subject of its own."""
    forms = verb.morph.get("VerbForm")
    # (not a finite form the tagger called an infinitive: "« … », promet le maire")
    endings = lex.words.infinitive_endings
    misread = bool(endings) and not verb.lower_.endswith(endings)
    if "Inf" in forms and not misread or "Ger" in forms:
        return True
    if "Part" in forms and "Pres" in verb.morph.get("Tense"):
        return True
    return verb.tag_ in ("VBG", "VB") or verb.lower_.endswith(
        lex.words.present_participle_endings)


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
                                    or doc[i].lower_ in words.dative_clitics and i + 1 < verb.i
                                    or _third_person_dative(doc[i], verb, lex)):
        i -= 1  # (a dative before the auxiliary: "», nous a déclaré M. X", "lui a répondu")
    return i < verb.sent.start or doc[i].text in _INCISE_OPENERS and not (
        _closes_quoted_name(doc, i, verb.sent.start, lex)) and not _opened_before(verb, i, lex)


def _opened_before(verb, opener: int, lex: Lexicon) -> bool:
    """The verb's clause opened before the comma at ``opener``, which ends an aside: its
    auxiliary ("Francfort avait encore, en juillet, relevé ses taux") or a relative pronoun
    subject ("la banque, qui, en 1991, avait relevé ses taux") stands before it. Not an
    auxiliary of the quotation that the parser gave the incise verb ("« … n'est pas le
    principal », m'a assuré X"): no quotation mark may lie between."""
    doc = verb.doc
    for child in verb.children:
        # (the labels first: this runs for every verb that may open an incise)
        if child.i >= opener or not (child.dep_.startswith("aux") or (
                child.lower_ in lex.words.subject_relatives
                and child.dep_ in lex.syntax["subject_deps"])):
            continue
        # (the aside right after it: only adverbs between, "avait encore, en juillet,")
        comma = next((t.i for t in doc[child.i + 1:opener + 1] if t.text == ","), None)
        if comma is not None and all(t.pos_ == "ADV" for t in doc[child.i + 1:comma]) and not any(
                t.text in QUOTE_CHARS for t in doc[child.i + 1:verb.i]):
            return True
    return _auxiliary_before_aside(verb, lex) is not None


def _auxiliary_before_aside(verb, lex: Lexicon) -> int | None:
    """The index of the perfect auxiliary that an aside parts from the past participle
    ``verb``, where the parser did not hang it on the participle: "L'Élysée a, dans un
    communiqué, qualifié", "Valtéra avait encore, en juillet, ajouté" (adverbs may follow the
    auxiliary); None when the participle follows no such aside."""
    doc, start = verb.doc, verb.sent.start
    if not lex.mistagged or "Part" not in verb.morph.get("VerbForm") or (
            verb.i - 1 <= start or doc[verb.i - 1].text != ","):
        return None
    opening = next((k for k in range(verb.i - 2, max(start, verb.i - 12) - 1, -1)
                    if doc[k].text == ","), None)
    if opening is None or any("Fin" in t.morph.get("VerbForm")
                              for t in doc[opening + 1:verb.i - 1]):
        return None
    k = opening - 1
    while k > start and doc[k].pos_ == "ADV" and doc[k].lower_ not in (
            lex.mistagged.get("perfect_auxiliaries", ())):
        k -= 1
    if k <= start or doc[k].lower_ not in lex.mistagged.get("perfect_auxiliaries", ()):
        return None
    return k


def _closes_quoted_name(doc, i: int, start: int, lex: Lexicon) -> bool:
    """``doc[i]`` closes a few quoted words after a determiner or a kind of organisation, a
    name and no quotation: "les « gilets jaunes » affirment", "le collectif « Avenir
    Ferroviaire » a dénoncé" (not "« C'est faux », affirme X", nor "qualifié le projet
    « absurde », affirme X")."""
    if doc[i].text not in QUOTE_CHARS:
        return False
    opening = next((k for k in range(i - 1, max(start, i - 5) - 1, -1)
                    if doc[k].text in QUOTE_CHARS), None)
    if opening is None or opening <= start or _quoted_words_end(doc, opening, i + 1, 5) != i:
        return False
    before = doc[opening - 1]
    return before.pos_ == "DET" or before.lower_ in lex.organisation_anaphors | lex.media


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
