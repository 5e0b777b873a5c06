"""Speakers of a verb whose parse lost its subject, taken from the clause before it ("X a
confirmé ..., précisant que", "X a jugé ... et a demandé"), or from no one ("il faut dire").
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .noun_phrases import NOMINAL, _is_thing, _is_time, _looks_like_source
from .quotes import _quoted_tokens
from .speakers import _relative_antecedent, _surface_speakers
from .surface_subjects import _verb_context
from .verb_groups import (
    _is_controlled,
    _is_gerund,
    _is_passive,
    _main_finite,
    _passive_like,
    _shares_auxiliary,
    _skip_verb_group_left,
)


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
            if marker or _is_gerund(verb, lex) or _detached_participle(verb, lex):
                return "adverbial"  # (", l'accusant de": a participle after a comma speaks
                # with the clause before, whatever noun the parser hung it on)
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
    quoted = _quoted_tokens(verb.sent)
    if controlled and verb.head.pos_ in ("VERB", "AUX") and verb.head.i in quoted and (
            verb.i not in quoted) and any(s is not None for s in speakers) and all(
            s is None or s.i in quoted for s in speakers):
        # "« Je ne vois pas pourquoi … », avant d'ajouter": the parser hung the infinitive on
        # the quoted clause, whose speaker is the one who is quoted, not its subject "je".
        return "adverbial"
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
            head.lower_ in lex.content_objects and not head.dep_.startswith("obj")) or (
            head.head.i < head.i and doc[head.head.i - 1].text == ",") or not (
            verb.dep_ in lex.syntax["modifier_deps"] and verb.head.i == head.i):
        return None  # ("une déclaration de X, affirmant que": the statement's author speaks,
        # unless the statement is the object of a verb: "X a rejeté ces accusations,
        # affirmant que" is X; "…, relève un expert, soulignant que": the incise's subject)
    return "participle"


def _detached_participle(verb, lex: Lexicon) -> bool:
    """A present participle that opens a phrase after a comma, object clitics between: ",
    l'accusant de", ", ajoutant que"."""
    doc = verb.doc
    before = _skip_verb_group_left(doc, verb.i - 1, verb.sent.start, lex)
    return verb.lower_.endswith(lex.words.present_participle_endings) and (
        before >= verb.sent.start and doc[before].text == ",")


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


def _impersonal(speaker, cue, lex: Lexicon) -> bool:
    """The "il" of an impersonal verb ("il faut", "il convient de") or of an adjective ("il est
    difficile de") above the ``cue``: no one."""
    if speaker.lower_ not in lex.words.impersonal_pronouns or speaker.head.i == cue.i:
        return False  # (the tagger calls some cues adjectives: "lorsqu'il ajouta")
    head = speaker.head
    return head.lower_ in lex.mistagged.get("impersonal_verbs", ()) or (
        head.pos_ == "ADJ" and speaker.dep_ in lex.syntax["expletive_subject_deps"])
