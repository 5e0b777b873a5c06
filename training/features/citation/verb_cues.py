"""Verb cues: the reporting verbs of a sentence (and light verbs, document verbs) with their
speakers.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS, denial_verb, is_proper, token_lowers
from .clause_subjects import (
    _impersonal,
    _left_subject_kind,
    _previous_cue_speakers,
    _subject_of_clause_left,
)
from .mentions import _outlet_agent
from .noun_phrases import _is_thing, _is_time, _looks_like_source, _speaks
from .quotes import _after_quote, _quote_in_sentence
from .reported_content import (
    _about_topic,
    _acts_as_verb,
    _comment_clause,
    _comparison,
    _complement_clause,
    _has_clause,
    _holds_view,
    _incise_position,
    _object_control,
    _other_sense,
    _own_subject,
    _parenthetical,
    _predicative,
    _reported_by_outlet,
    _reports_content,
    _reports_object,
    _reports_with_particle,
    _time_adjunct,
    _view_across_relative,
)
from .speakers import _speakers_of_verb, _surface_speakers
from .surface_subjects import (
    _mistagged_verb,
    _opening_clause_subject,
    _postposed_subject,
    _verb_context,
)
from .verb_groups import (
    _conditional_mood,
    _denied_speech,
    _finite_auxiliary,
    _first_person_singular_object,
    _has_clitic_object,
    _in_conditional,
    _is_controlled,
    _is_gerund,
    _is_incise,
    _main_finite,
    _opens_what_was_said,
    _passive_like,
    _verb_shaped,
)


def _verb_cues(doc, lex: Lexicon):
    cues = []
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers):
        light_object = _light_verb_object(doc, i, lowers, lex) if (
            lower in lex.light_verb_forms) else None
        light = light_object is not None and _light_verb_reports(doc, i, light_object, lowers, lex)
        # "as one diplomat put it": a verb that reports only as a comment on the sentence,
        # with a pronoun for what was said (not "as he put the box down")
        comment = lower in lex.comment_only_forms and _comment_clause(doc[i], lex) and any(
            child.dep_ in lex.syntax["object_deps"] and child.lower_ in lex.words.object_pronouns
            for child in doc[i].children)
        if not (light or comment or lex.is_reporting(lower)):
            if lower in lex.document_verbs:
                cues += _document_cue(doc[i], lex)
            continue
        if lower in lex.light_verb_objects and _object_of_light_verb(i, lowers, lex):
            continue  # "fait-on remarquer": the light verb's cue, with its clitic
        token = doc[i]
        if lower in lex.finite_only_forms and token.tag_ not in lex.finite_tags and not light:
            continue  # "refusing to call it terrorism": no one has called it anything yet
        how = None
        coordinated = False
        if token.pos_ == "ADV" and lower.endswith(lex.words.adverb_endings) and not (
                _verb_shaped(lower, lex) or lower in lex.reporting_stems):
            continue  # "», notamment une série de contrats": an adverb of a reporting stem's shape
        if token.pos_ not in ("VERB", "AUX") and not (
            light or _after_quote(token) or _acts_as_verb(token, lex)
        ):
            how = _mistagged_verb(token, lex)
            if how is None:
                continue
            coordinated = how == "coordinated"
        if "Imp" in token.morph.get("Mood") or (token.tag_ == "VB" and token.i == 0):
            continue  # "Tell us in the comments": an imperative addresses the reader
        if token.pos_ == "AUX" and token.dep_.startswith("aux") and (not light or any(
                child.lower_ in lex.cue_negations
                for child in [*token.children, *token.head.children])):
            continue  # (but "qui fait état de", whose light verb the parser made an auxiliary,
            # unless negated: "n'a pas fait état de")
        if _comparison(token, lex):
            continue  # "more than the company had forecast": the article's yardstick
        if token.tag_ == "VBN" and token.dep_ == "advcl" and not any(
            child.dep_.startswith("aux") or child.dep_ in lex.syntax["agent_deps"]
            for child in token.children
        ) and not _comment_clause(token, lex):
            continue  # "Asked about it, Carver said": who was asked speaks in the main clause
        # "Elle n'a pas indiqué si", "ne dit pas", "he did not say": nothing reported (not
        # "on assure ne pas être inquiet", whose negation is the infinitive's)
        # ("personne n'ose dire", "few dare to say so", "n'osent pas dire": the clause denies it)
        denied = _denied_speech(token, lex)
        before = token.doc[token.i - 1] if token.i > 0 else None
        negated = denied or any(child.lower_ in lex.cue_negations and child.i <= token.i + 1
                                or child.lower_ in lex.hearsay_adverbs
                                for child in token.children) or (
            # the second of "neither confirm nor deny", "ni confirmé ni démenti"
            before is not None and before.lower_ in lex.cue_negations
            and before.dep_ in lex.syntax.get("coordinator_deps", ()))
        hearsay = not denied and not any(child.lower_ in lex.cue_negations
                                         and child.i <= token.i + 1
                                         for child in token.children) and (any(
            child.lower_ in lex.hearsay_adverbs for child in token.children)
            or _conditional_mood(token, lex))
        if lex.names_addressee(lower) and "Past" in token.morph.get("Tense") and "Part" in (
                token.morph.get("VerbForm")) and not any(
                child.dep_.startswith("aux") or child.dep_ in lex.syntax["agent_deps"]
                and _outlet_agent(token, lex) is None and not _newsroom(child, lex)
                for child in token.children):
            continue  # "Interrogé sur ce point, X", "le ministère, sollicité,": who was asked
            # (also by whom when that is an outlet or the newsroom, "Interrogée par l'AFP",
            # "Interrogé par nos soins": the one asked speaks, not who asked; "interpellé par
            # l'opposition" is a question)
        if lex.appoints(lower) and _appoints_person(token, lex):
            continue  # "was confirmed by the Senate": named to an office
        if not light and _other_sense(token, lex):
            continue  # "s'ajouter", "se révéler", "dénoncer un contrat", "répondre aux besoins"
        belief = not light and lex.is_belief(token.lower_)
        across = _view_across_relative(token, lex) if belief and token.dep_ in lex.syntax[
            "relative_deps"] else []
        if belief and not (_complement_clause(token, lex) or _predicative(token, lex)
                           or _parenthetical(token, lex) or across):
            continue  # "knows that" cites a view; "knew him", "knows how" do not
        if belief and any(child.i < token.i and any(
                child.lower_ == phrase[0] for phrase in lex.source_prepositions)
                for child in token.children):
            # "According to a source close to the band, Mara learned that ...": what she
            # learned is the source's account, not a view the article cites as hers
            continue
        if belief and token.dep_ in lex.syntax["relative_deps"] and not _parenthetical(
                token, lex) and not across:  # (not "…, which, his advisers believe, would
            # lead to", nor "which many Democrats doubt will flip": the view is theirs)
            # "traders who had expected a cut", "Homeowners who believe they were defrauded can
            # file a complaint": the view picks out a group the sentence speaks of, it is not
            # cited as anyone's (unlike speech: "residents who said they heard shots")
            continue
        if not light and lex.takes_topic(lower) and not _about_topic(token, lex):
            continue  # "spoke at a rally": nothing said; "talked about the wall": a subject
        # "a rappelé l'importance de": speech only from a source (checked with the speakers)
        needs_source = False
        if not light and not belief and lex.needs_clause(token.lower_) and not (
            _reports_content(token, lex) if lex.mistagged else (
                _has_clause(token, lex)
                # (not a participle after a comma: "…, adding about 12 minutes to the trip")
                or _is_incise(token, lex) and not _is_controlled(token, lex)
                or _has_clitic_object(token, lex)
                or _quote_in_sentence(token) and not _quotes_of_others(token, lex)
                or _comment_clause(token, lex)
                or _object_control(token, lex) or _predicative(token, lex)
                or _parenthetical(token, lex) or _reports_object(token, lex)
                or _about_topic(token, lex) or _reports_with_particle(token, lex))
        ) and not _reported_by_outlet(token, lex):
            if not lex.reports_with_source(lower):
                continue  # "il soutient Trump" is support, "il soutient que" is speech
            needs_source = True
        speakers = _surface_speakers(token, how, lex) if how else _speakers_of_verb(token, lex)
        if across:
            speakers = across  # (not the relative's antecedent: "who many feel need")
        if comment and not lex.is_reporting(lower):
            # "as an American diplomat put it": the speaker stands between the marker and the
            # verb, not in the clause commented on (which the parser may give the verb)
            marker = min(child.i for child in token.children if child.dep_ in lex.syntax.get(
                "comment_marker_deps", ()) and child.lower_ in lex.comment_markers)
            speakers = [s for s in speakers if s is not None and marker < s.i < token.i]
            if not speakers:
                continue
        if belief and not _holds_view(token, speakers, lex):
            continue  # a view held by no one we can name is the article's own
        if speakers and all(s is not None and _is_thing(s, lex) for s in speakers):
            if any(s is not None and s.i < token.i and not _is_time(s, lex)
                   and _own_subject(s, token, lex) for s in speakers) and not (
                    lex.mistagged and _incise_position(token, lex)):
                continue  # "le déclin de la CGT indique", "la situation exige": show, require
            # "X évoque une hausse", "qui le mois dernier leur avait enjoint", "Ni
            # nationalisation, ni privatisation, disait la lettre": an object, a time or the
            # reported words that the parser took for the subject; the words around may show
            # the speaker.
            incise = lex.mistagged and _incise_position(token, lex)
            postposed = _postposed_subject(token, lex) if incise else None
            speakers = [postposed] if postposed is not None and not _is_thing(
                postposed, lex) else []
        if not speakers and light and lex.mistagged and token.head.i > token.i and (
                lex.is_light_verb_cue(lower, token.head.lower_)):
            # "Plusieurs d'entre eux ont déjà fait savoir": the parser hung the subject and the
            # auxiliary on the light verb's object
            speakers = _speakers_of_verb(token.head, lex)
        finite = token if "Fin" in token.morph.get("VerbForm") else _finite_auxiliary(token, lex)
        if finite is None and lex.mistagged and token.pos_ not in ("VERB", "AUX") and (
                _verb_shaped(lower, lex)):
            finite = token  # "Le ministère de … rappelle d'autre part que", the form tagged an
            # adjective that the parser uses as a verb (_acts_as_verb)
        if not speakers and lex.mistagged and finite is not None:
            # The parser found no subject for a finite verb ("Le Centre note que", parsed as
            # a modifier of "Centre"), or for the auxiliary of a participle ("a-t-il ajouté",
            # "Le groupe a d'ores et déjà fait savoir"): the words around it may show one.
            how = _verb_context(finite, lex, verbal=finite is not token or light)
            speakers = _surface_speakers(finite, how, lex) if how else []
        if lex.mistagged and _is_gerund(token, lex):
            # "« … », répond X, PDG de Y, en rappelant que": the speaker of the cue the gerund
            # follows in its clause, whatever noun the parser hung it on
            speakers = _previous_cue_speakers(token, cues, lex) or speakers
        present = lower.endswith(lex.words.present_participle_endings) and not _is_gerund(
            token, lex)
        if lex.mistagged and (not speakers or present):
            # "Rappelant que ..., le ministre a ajouté", "Après avoir déclaré que ..., X"; a
            # present participle that opens the sentence speaks with the main clause's subject
            # whatever the parser hung on it ("Dénonçant le danger de …, M. X a estimé"), if
            # that subject comes before the main verb (not a noun of the clause after it)
            opening = _opening_clause_subject(token, lex)
            if opening is not None and (not speakers or not any(
                    _main_finite(t, lex) for t in token.doc[token.i + 1:opening.i])):
                speakers = [opening]
        if speakers and lex.mistagged and all(_impersonal(s, token, lex) for s in speakers):
            continue  # "il faut dire que": the article's own words, no one's speech
        if lex.number_speakers and speakers and all(
                s is not None and _share(s, lex) for s in speakers) and _in_finding(token, lex):
            continue  # "A study found that 92% of Americans describe": the study's finding
        voices = [s for s in speakers if s is not None and s.lower_ not in (
            lex.words.first_person_singular_objects)]  # ("m'" parsed a subject)
        if voices and all(s.lower_ in lex.quoted_voice_pronouns for s in voices) and (
                _first_person_singular_object(token, lex)):
            # "On me demandait de signer", "On me dira que je suis nostalgique": what was said
            # to the writer (or to a quoted speaker, in a dialogue the quotes do not mark) is
            # their own experience told in their voice, the one "on" stands for is no one the
            # article cites. Only "me": a newsroom says "nous" ("on nous explique que", "nous
            # a-t-on confirmé"), where "on" stays an unnamed source.
            continue
        speakers = [s for s in speakers if s is None or not _is_thing(s, lex)]
        kind = _left_subject_kind(token, speakers, lex) if lex.mistagged and not light else None
        if kind is not None:
            # "X a confirmé ..., précisant que", "X a répondu ... en ajoutant", "X a jugé ...
            # et a demandé": the parse lost the subject; it is the one of the clause before.
            left = _subject_of_clause_left(token, kind, lex)
            speakers = [left] if left is not None else speakers
        if coordinated and not speakers:
            continue  # "l'offre et la demande": a form after a coordinator that no clause
            # before gives a subject may be a noun
        if not speakers and (lex.mistagged or lex.agentless_no_cue) and not light and (
                _passive_like(token, lex) or lex.agentless_no_cue and token.dep_ == "amod"):
            # "le montant n'a pas été révélé", "son nom est cité", "les actions proposées au
            # public", "the so-called establishment", "pledged delegates": a passive or a
            # participle with no agent attributes nothing to anyone.
            continue
        if needs_source and not (speakers and all(_speaks(s, lex) for s in speakers)):
            continue  # "les émeutes de Los Angeles rappellent les dangers": evoking, not speech
        if not light and lower in lex.light_verb_objects and any(
                cue[0].i in range(i - 3, i) and cue[0].lower_ in lex.light_verb_forms
                and {t.i for t in cue[1] if t is not None} == {t.i for t in speakers
                                                               if t is not None}
                for cue in cues):
            continue  # "fait-on remarquer": one cue, the light verb's, with the same speaker
        last = doc[light_object] if light else token
        cues.append((token, speakers, "verb", last.idx + len(last.text)))  # ("fait savoir")
        if negated or _in_conditional(token, lex):
            # (as for "X aurait déclaré": X stays in the evidence, not among the sources)
            cues[-1] = (*cues[-1][:3], cues[-1][3], True, hearsay)
    return cues


def _share(head, lex: Lexicon) -> bool:
    """A number or share of people as a speaker ("61 percent said", "26% say")."""
    return head.pos_ == "NUM" and head.like_num or head.lower_ in lex.share_units and any(
        child.dep_ == "nummod" for child in head.children)


def _in_finding(verb, lex: Lexicon) -> bool:
    """The verb is in the complement clause of a reporting or document verb, up its
    coordinated clauses: "A study found that 92% describe …" (the share is what the study
    found, no source of its own)."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in ("ccomp", *lex.syntax["conjunct_deps"]) or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.dep_ not in lex.syntax["conjunct_deps"] and (
                clause.lower_ in lex.document_verbs or lex.is_reporting(clause.lower_)):
            # (not a share that speaks beside another: "42% say they are liberal, 32% call
            # themselves conservative", where the parser hung one on the other)
            return not any(child.dep_ in lex.syntax["subject_deps"] and _share(child, lex)
                           for child in clause.children)
    return False


def _quotes_of_others(verb, lex: Lexicon) -> bool:
    """Every quotation mark of the sentence is in the clause of another reporting verb, below
    it and not below ``verb``: 'When a parent asked about it, the chair said the district was
    "working on it."' (the quote is what the chair said; the parent's question has none)."""
    marks = [t for t in verb.sent if t.text in QUOTE_CHARS]
    for mark in marks:
        owner = next((a for a in mark.ancestors if a.i == verb.i or a.pos_ in ("VERB", "AUX")
                      and lex.is_reporting(a.lower_)), None)
        if owner is None or owner.i == verb.i:
            return False
    return bool(marks)


def _document_cue(token, lex: Lexicon) -> list:
    """"A recent poll shows", "the study found": a verb that reports only when a document is
    its subject (then typed by its issuer, "a CNN poll"), or a source with a declarative clause
    ("the authors found that"); "the video shows him", "police found the car" are no source."""
    if token.pos_ == "NOUN":
        return _document_incise(token, lex)
    if token.pos_ != "VERB" or "Imp" in token.morph.get("Mood") or (
            token.dep_ in lex.syntax["modifier_deps"]):
        return []  # "polls showing him ahead" is what someone else cites, not a citation
    speakers = _speakers_of_verb(token, lex)
    if speakers and all(head.lower_ in lex.documents and head.pos_ in ("NOUN", "PROPN")
                        for head in speakers):  # (a headline's "Poll Finds" too)
        return [(token, speakers, "verb", token.idx + len(token.text))]
    if speakers and (_that_clause(token, lex) or _parenthetical(token, lex)) and _holds_view(
            token, speakers, lex) and all(
            head.i < token.i and _looks_like_source(head, lex) for head in speakers):
        # "the researchers found that", "Noah showed that": a finding its author reports (not
        # "found himself playing defense", "found it offensive"); also after the finding, as
        # a parenthetical ("…, the pollster found.")
        return [(token, speakers, "verb", token.idx + len(token.text))]
    return []


def _document_incise(token, lex: Lexicon) -> list:
    """"The jet, records show, flies little", "In May, F.A.A. records show, it flew": a
    document verb set between commas right after a plural document noun, which the tagger
    took for a noun of that noun phrase (the phrase opens the sentence or follows a comma)."""
    doc, start = token.doc, token.sent.start
    i = token.i
    if i - 1 <= start - 1 or i + 1 >= token.sent.end or doc[i + 1].text != ",":
        return []
    document = doc[i - 1]
    if document.lower_ not in lex.documents or "Plur" not in document.morph.get("Number"):
        return []
    first = document.i
    while first - 1 >= start and doc[first - 1].pos_ in ("PROPN", "ADJ", "NOUN") and (
            doc[first - 1].head.i in (document.i, token.i)):
        first -= 1
    if first > start and doc[first - 1].text != ",":
        return []
    return [(token, [document], "verb", token.idx + len(token.text))]


def _that_clause(verb, lex: Lexicon) -> bool:
    """A complement clause opened by its subordinator right after the verb ("found that"), or
    after a time phrase on the verb ("found last week that", "showed in 2014 that")."""
    after = verb.i + 1
    for child in verb.children:
        if child.left_edge.i == after and _time_adjunct(child, lex):
            after = child.right_edge.i + 1
    return any(child.dep_ == "ccomp" and child.i > verb.i and any(
        grand.dep_ == "mark" and grand.i == after for grand in child.children)
        for child in verb.children)


def _light_verb_reports(doc, i: int, j: int, lowers: list[str], lex: Lexicon) -> bool:
    """A light verb (at ``i``, its object at ``j``) whose object has another sense without a
    clause ([reporting] clause_only_light_objects: "faire valoir ses droits", not "a fait
    valoir que") reports only with what was said after it, or as an incise ("», a fait valoir
    le maire", "fait-on valoir"); any other light verb always does."""
    if lowers[j] not in lex.clause_only_light_objects:
        return True
    k = j + 1
    while k < len(lowers) and doc[k].pos_ == "ADV":
        k += 1
    if k < len(lowers) and lowers[k] == ",":
        # past an aside: "a fait valoir, lundi, que"
        k = next((m + 1 for m in range(k + 1, min(k + 10, len(lowers))) if lowers[m] == ","), k)
    return k < len(lowers) and (_opens_what_was_said(lowers[k], lex) or doc[k].text in (
        QUOTE_CHARS)) or any(lowers[m].startswith("-") for m in range(i + 1, j)) or (
        _incise_position(doc[i], lex))


def _light_verb_object(doc, i: int, lowers: list[str], lex: Lexicon) -> int | None:
    """The index of the reporting object of the light verb at ``i``: next, or in French after
    an adverb or an inverted clitic ("fait savoir", "a fait cependant remarquer", "fait-on
    remarquer"), or after a particle of [reporting] light_verb_particles ("met en doute");
    None when it has none."""
    j = i + 1
    if lex.mistagged:
        while j < min(i + 4, len(lowers)) and (lowers[j].startswith("-")
                                               or doc[j].pos_ == "ADV"):
            j += 1
    if j + 1 < len(lowers) and lowers[j] in lex.light_verb_particles:
        return j + 1 if lowers[i] in lex.light_verb_forms and (
            lowers[j + 1] in lex.particle_light_verb_objects) else None
    return j if j < len(lowers) and lex.is_light_verb_cue(lowers[i], lowers[j]) else None


def _object_of_light_verb(i: int, lowers: list[str], lex: Lexicon) -> bool:
    """Token ``i`` follows a light verb form and its inverted clitic ("fait-on remarquer"),
    whose cue has that clitic for subject (in "a-t-il fait remarquer" the clitic is the
    auxiliary's, and the object's own cue finds it)."""
    j = i - 1
    while j >= 0 and lowers[j].startswith("-"):
        j -= 1
    return j < i - 1 and j >= 0 and lowers[j] in lex.light_verb_forms


def _answer_cues(doc, lex: Lexicon, spans: list[tuple[int, int]], cues: list, offset: int,
                 kind: str) -> list:
    """Who answered, and how: for each non-response or denial of the sentence (``spans`` of
    the whole text; ``offset`` is where the sentence starts in it) that holds no cue already
    ("n'a pas répondu", "denied" are reporting verbs of their own), its verb with the subject
    the parse gives it. A non-response's is its first verb ("declined to comment", "did not
    respond", "n'a pas donné suite"); a denial's the verb it opens with ("pleaded not guilty",
    "maintained his innocence"), and none when it opens with no verb ("baseless"). The
    attribution cites nothing: it names who was silent or who denied, for the evidence."""
    found = []
    cue_starts = {cue[0].idx + offset for cue in cues}
    for start, end in spans:
        if any(start <= s < end for s in cue_starts):
            continue
        if kind == "denial":
            first = next((t for t in doc if t.idx + offset == start), None)
            verb = denial_verb(first)
        else:
            verb = next((t for t in doc if start <= t.idx + offset < end and t.pos_ == "VERB"),
                        None)
        if verb is None:
            continue
        speakers = [s for s in _speakers_of_verb(verb, lex) if s is not None]
        if kind == "denial" and not speakers:
            continue  # "sera remise en question": a passive, whose subject is what is denied
        found.append((verb, speakers, kind, verb.idx + len(verb.text), True))
    return found


def _appoints_person(verb, lex: Lexicon) -> bool:
    """A person is the object or the passive subject of ``verb`` (of [reporting]
    appointment_stems): a person named to an office, not a statement confirmed."""
    return any((child.dep_ in lex.syntax["object_deps"]
                or child.dep_ in lex.syntax["passive_subject_deps"])
               and (is_proper(child) and not _is_time(child, lex)
                    or child.lower_ in lex.referring_pronouns)
               for child in verb.children)


def _newsroom(agent, lex: Lexicon) -> bool:
    """The agent is the writer's newsroom: "par nos soins", "by our reporter", "par nous"."""
    words = lex.words
    return any(t.lower_ in words.first_person_possessives or t.lower_ in words.first_second_person
               for t in agent.subtree)
