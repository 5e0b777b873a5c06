"""What a reporting verb reports: whether a verb of two senses is used as speech (a clause,
a quote, a content object, an incise, a predicate after it), and the constructions that make
it no citation (another sense, a comparison, a view held by no one).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS, is_proper
from .mentions import _outlet_agent
from .noun_phrases import _agent_object, _is_time, _np_tokens
from .quotes import _after_quote, _closes_quote, _opens_quote
from .surface_subjects import _inverted_incise, _postposed_subject, _preverbal_subject
from .verb_groups import (
    _INCISE_CLOSERS,
    _INCISE_OPENERS,
    _clause_before,
    _finite_auxiliary,
    _has_clitic_object,
    _inverted_clitic,
    _is_controlled,
    _is_passive,
    _main_finite,
    _opened_before,
    _opens_what_was_said,
    _passive_like,
    _verb_group_start,
)


def _acts_as_verb(token, lex: Lexicon) -> bool:
    """A form the tagger called a noun or adjective but the parser uses as a verb: it has a
    subject or a clause, and no determiner ("l'annonce de" stays a noun) nor, in French, a
    copula ("est révélatrice de", "est plus exigeante": an adjective whose subject is the
    copula's)."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN", "X") or token.tag_.startswith("NN"):
        return False
    children = list(token.children)
    # (an auxiliary the parser labelled a preposition is still an auxiliary: "Le PDG de
    # Valtéra, Jean Morel, a démenti")
    if any(child.dep_ == "det" or child.dep_ == "case" and child.pos_ != "AUX"
           or child.pos_ == "DET" or (lex.mistagged and child.dep_ == "cop")
           for child in children):
        return False
    return any(child.dep_.startswith("nsubj") or child.dep_ in ("ccomp", "obj", "expl:subj")
               for child in children) or _after_quote(token)


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
    return any(head.lower_ in lex.content_objects for head in heads) and not (
        _printed_words(verb, lex))


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
        if child.i < verb.i and not (
                markers and child.dep_ in lex.syntax.get("object_deps", ())
                and child.lower_ in lex.words.subject_relatives):
            continue  # (but "which some fans read as a sign": the relative is the object)
        if child.dep_ == "xcomp" and child.pos_ == "ADJ":
            return True
        if markers and child.dep_ in lex.syntax.get("object_deps", ()) and any(
                _predicate_of(other, lex) for other in [*verb.children, *child.children]):
            return True  # (the parser hangs "as a trap" on the verb or on its object)
        if markers and child.dep_ in lex.syntax.get("object_deps", ()) and any(
                other.dep_ == child.dep_ and other.i > child.i for other in verb.children):
            return True  # "deemed the program a failure": the parser gives two objects
        if child.pos_ in ("NOUN", "ADJ", "PROPN") and any(
                grand.lower_ in lex.words.manner_conjunctions and grand.dep_ in ("case", "mark")
                for grand in child.children):
            return True
    return False


def _predicate_of(token, lex: Lexicon) -> bool:
    """An object predicate ("called him divisive"), a marker with its noun ("as a trap"), or
    a marker with an adjective or a participle that the parser made an adverbial clause
    ("view her as better prepared", "see the truce as driven by fear"; not "saw him as he
    left", a clause with its own subject)."""
    markers = lex.predicative_markers
    if token.dep_ in lex.syntax.get("adverbial_clause_deps", ()) and token.pos_ in (
            "ADJ", "VERB") and not any(child.dep_ in lex.syntax["subject_deps"]
                                       for child in token.children):
        return any(child.lower_ in markers and child.dep_ in lex.syntax.get(
            "comment_marker_deps", ()) and child.i < token.i for child in token.children)
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
    """A clause after the verb that the parser hangs on it and that opens with "que" (or hangs
    on a time word after it: "rappelait l'an dernier que")."""
    doc = verb.doc

    def opens_with_que(clause) -> bool:
        return any(grand.lower_ in lex.words.clause_conjunctions and grand.dep_ == "mark"
                   and doc[grand.i - 1].lower_ not in lex.words.not_before_clause
                   for grand in clause.children)

    return any(child.i > verb.i and (child.dep_ == "ccomp" and opens_with_que(child) or (
        _is_time(child, lex) and any(grand.i > child.i and grand.pos_ in ("VERB", "AUX", "ADJ")
                                     and opens_with_que(grand) for grand in child.children)))
        for child in verb.children)


def _incise_position(verb, lex: Lexicon) -> bool:
    """The verb reports what stands around it: an inverted subject clitic ("…, ajoute-t-il",
    "a-t-on ajouté"), or the group opens after a comma, a dash, a colon or a quote and its
    subject follows it ("« … », a ajouté M. Brady", "…, ajoute l'OFCE.", "Mais, constate
    l'ancien ministre, « … »"). Not "Ayant ajouté, jeudi, une tranche" (nothing before) nor
    "X, qui …, ajoute à ses talents" (no subject after)."""
    doc = verb.doc
    before = _verb_group_start(verb, lex)
    opens = before < verb.sent.start or doc[before].text in _INCISE_OPENERS
    if _opened_before(verb, before, lex):
        return False  # "Francfort avait encore, en juillet, relevé ses taux": an aside ends
    if opens and (_inverted_clitic(verb, lex) is not None or any(
            doc[k].text.startswith("-") and doc[k].lower_.lstrip("-").removeprefix(
                lex.words.euphonic_prefix) in lex.words.third_person_subjects
            for k in range(before + 1, verb.i))):
        return True  # (not after an adverb that inverts: "au moins tranche-t-elle avec")
    if before < verb.sent.start or not opens or _is_controlled(verb, lex):
        return False
    if before - 2 >= verb.sent.start and doc[before].text == "," and doc[
            before - 1].lower_ in lex.referring_pronouns and doc[before - 2].text == ",":
        return False  # "Les syndicats, eux, promettent une mobilisation": the subject, resumed
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


def _own_subject(head, verb, lex: Lexicon) -> bool:
    """``head`` is the verb's own subject ("le déclin … indique"), the antecedent of its
    relative pronoun ("une hausse, qui vient s'ajouter") or, for a form the tagger missed, the
    noun phrase before it; not the subject of another verb that the verb's was taken from (a
    coordinated verb: "les élus avaient estimé que le coût … et avaient réclamé"; an
    infinitive: "la conjonction … incite certains membres à estimer")."""
    if head.head.i == verb.i:
        return True
    if verb.dep_ in lex.syntax["relative_deps"] and verb.head.i == head.i:
        return True
    return verb.pos_ not in ("VERB", "AUX") and head.i < verb.i


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


def _view_across_relative(verb, lex: Lexicon) -> list:
    """The subjects of a belief verb in a relative clause whose relative pronoun belongs to the
    verb's complement, not to the verb ("the House, which many Democrats doubt will flip",
    "Lott, whom residents believed was wronged", "a plan which he views as a trap"): they hold
    the view; [] when the relative is the verb's own subject ("traders who expected a cut")
    or the verb has no clause or predicate ("the danger he sees")."""
    relatives = lex.words.subject_relatives
    subjects = [child for child in verb.children
                if child.dep_ in lex.syntax["subject_deps"] and child.i < verb.i]
    own = [s for s in subjects if s.lower_ not in relatives]
    # (the clause opens with the relative, which _complement_clause takes for a question word)
    clause = any(child.dep_ == "ccomp" and child.i > verb.i for child in verb.children)
    return own if own and (clause or _predicative(verb, lex)) else []


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


def _time_adjunct(token, lex: Lexicon) -> bool:
    """A time phrase hung on a verb: "in 2014", "on Monday", "last week"."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and (_is_time(c, lex) or c.like_num)
                   for c in token.children)
    return token.dep_ == "npadvmod" and _is_time(token, lex)


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
    if j < end and lex.asks(verb.lower_):
        # "… ?” the mayor asked the council members.": the ones asked, a noun phrase
        addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                          and c.left_edge.i == j and c.pos_ in ("NOUN", "PROPN")), None)
        j = addressee.right_edge.i + 1 if addressee is not None else j
    while j < end and doc[j].head.i == verb.i and _time_adjunct(doc[j], lex):
        j = doc[j].right_edge.i + 1  # (a time: "…, the Courier reported in 2019.", "on Monday")
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


def _reports_with_particle(verb, lex: Lexicon) -> bool:
    """A clause-only verb with a particle of report_particles: "pointed out the cost", "called
    out the mayor" say something, where "pointed" and "called" alone need a clause."""
    particles = lex.syntax.get("particle_deps", ())
    return any(child.dep_ in particles and child.lower_ in lex.report_particles
               for child in verb.children)


def _reports_object(verb, lex: Lexicon) -> bool:
    """An active verb of object_report_stems with a direct object after it, outside a relative
    clause: "the company reported earnings of $8 a share", "she mentioned the wall"."""
    if not lex.reports_object(verb.lower_) or _is_passive(verb, lex) or (
            verb.dep_ in lex.syntax["relative_deps"]):
        return False  # (not "X, which reported record profits": background, not a citation)
    objects = lex.syntax.get("object_deps", ())
    return any(child.dep_ in objects and child.i > verb.i for child in verb.children)


def _reported_by_outlet(token, lex: Lexicon) -> bool:
    """A clause-only verb in the passive with a news outlet for agent: the outlet's reporting,
    whatever was reported ("The breach was first reported by The Washington Post", "l'affaire,
    rapportée par Le Parisien"; not "Earnings were reported by the company", nor someone's
    words that the outlet printed, _printed_words)."""
    return _outlet_agent(token, lex) is not None and not _printed_words(token, lex)


def _printed_words(verb, lex: Lexicon) -> bool:
    """A verb of publication whose outlet agent printed someone's words ([reporting]
    content_objects): "dans un entretien publié samedi par le quotidien X", where the one
    interviewed speaks, not the outlet that published it."""
    if not lex.is_publication(verb.lower_):
        return False
    agents = [agent for child in verb.children if child.dep_ in lex.syntax["agent_deps"]
              for agent in [_agent_object(child)] if agent is not None]
    if not any(agent.lower_ in lex.media for agent in agents) and _outlet_agent(
            verb, lex) is None:
        return False  # (an outlet named or only described: "par le quotidien régional X")
    printed = [child for child in verb.children
               if child.dep_ in lex.syntax["passive_subject_deps"]]
    if verb.dep_ in lex.syntax["modifier_deps"]:
        printed.append(verb.head)
    return any(noun.lower_ in lex.content_objects for noun in printed)
