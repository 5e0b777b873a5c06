"""Noun phrases: the words of a speaker's noun phrase, the noun phrase left of a verb, and
what kind of head a noun is (a thing, a time, a likely source, a name).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..parse import QUOTE_CHARS, is_proper

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


# (at either end of a noun phrase: "selon l'hypothèse d'", cut by the length limit)
_STRIP = frozenset({"PUNCT", "CCONJ", "SCONJ", "SPACE", "ADP"})


def _is_thing(head, lex: Lexicon) -> bool:
    """A common noun that names a thing or a time, not a source ([sources] things, times,
    thing_suffixes): "déclin", "généralisation", "voeux", "années". A head of the lists of
    sources (institutions, media, documents, anonymous, collective) or a proper noun never is."""
    if head.pos_ != "NOUN" or is_proper(head) or not (lex.things or lex.times
                                                      or lex.thing_suffixes):
        return False
    if _is_time(head, lex):
        # not "a indiqué mercredi Santé publique France", "a indiqué, dimanche 27 décembre à
        # Bratislava, le premier ministre slovaque, M. X": a date the parser made the head of
        # the speaker's noun phrase
        return not any(is_proper(t) for t in _np_tokens(head, lex) if t.i > head.i)
    lower = head.lower_
    if any(lower in words for words in (lex.institutions, lex.roles, lex.media, lex.documents,
                                        lex.anonymous_heads, lex.collective_heads)):
        return False
    return lex.is_thing(lower)


def _is_time(token, lex: Lexicon) -> bool:
    """A time word ([sources] times, [reporting.mistagged] time_words): "la semaine dernière",
    "lundi"; as a subject, most often an adverbial the parser mistook for one."""
    return token.lower_ in lex.times or token.lower_ in lex.mistagged.get("time_words", ())


def _looks_like_source(token, lex: Lexicon) -> bool:
    """A subject that may be a source, for speakers found by surface rules rather than the
    parse: a name, a personal or indefinite pronoun, or a head of the [sources] lists ("le
    ministre", "les syndicats", "cette lettre"); not "les données", "un rassemblement"."""
    lower = token.lower_
    if lower in lex.words.subject_relatives or _is_thing(token, lex) or _is_time(token, lex):
        return False
    if token.pos_ == "PRON" or lower in lex.referring_pronouns or lower in lex.anonymous_pronouns:
        return True
    if any(is_proper(t) for t in _np_tokens(token, lex)):
        return True
    return any(lower in words for words in (lex.institutions, lex.roles, lex.media,
                                            lex.documents, lex.anonymous_heads,
                                            lex.collective_heads))


def _agent_object(agent):
    if agent.pos_ in NOMINAL:
        return agent
    for child in agent.children:
        if child.pos_ in NOMINAL:
            return child
    return None


def _noun_phrase_left_of(verb, lex: Lexicon | None = None):
    i = verb.i - 1
    doc = verb.doc
    while i >= verb.sent.start and doc[i].pos_ in ("ADV", "ADJ") and doc[i].dep_ != "ROOT":
        i -= 1
    if i < verb.sent.start or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    token = doc[i]
    # climb while the head is a nominal to the left (présidence -> services), not over a comma:
    # "Interrogé sur les privatisations, Martin Bouygues a déclaré"
    for _ in range(4):
        head = token.head
        if lex is not None and head.i < token.i and head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "case" for c in token.children) and _institution_above(head, lex):
            token = head  # "Le ministère de l'agriculture, de la pêche et de l'alimentation": a
            # complement (or its conjunct) with its own preposition completes the institution's
            # name before it, over any comma (not "la façade de la gare et de la halle")
        elif head.i < token.i and head.pos_ in ("NOUN", "PROPN") and not any(
                t.text == "," for t in doc[head.i + 1 : token.i]) and not (
                token.dep_ == "conj" and any(c.dep_ == "case" for c in head.children)):
            token = head  # (not to a conjunct inside a complement: "La CFDT fait état de sa
            # colère et le Parti socialiste critique")
        else:
            break
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _quoted_name(head):
    """The first word inside the quotation marks that the parser took for a speaker: "Les «
    gilets jaunes » affirment", "selon les « zadistes »" (the mark, tagged a noun, heads the
    noun phrase); None when ``head`` is no opening quotation mark followed by a word."""
    if head.text not in QUOTE_CHARS or head.i + 1 >= head.sent.end:
        return None
    following = head.doc[head.i + 1]
    return following if following.is_alpha else None


def _institution_above(token, lex: Lexicon) -> bool:
    """``token`` or a noun it completes, up the parse, is an institution ("ministère")."""
    for _ in range(4):
        if token.lower_ in lex.institutions:
            return True
        if token.head.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = token.head
    return False


def _complement_nouns(head, lex: Lexicon) -> list:
    """The nouns of ``head``'s complements after it: "le cabinet [du maire]", "a spokesman
    for [the governor]" (English hangs the preposition, whose object is the noun)."""
    nouns = []
    for child in head.children:
        if child.i > head.i and child.dep_ in lex.syntax["noun_complement_deps"]:
            nouns += [child] if child.pos_ != "ADP" else [
                g for g in child.children if g.dep_ == "pobj"]
    return [n for n in nouns if n.pos_ in ("NOUN", "PROPN")]


def _apposed_name(last) -> list:
    """Tokens of a name right after ``last`` and a comma (", Marc-Antoine Vercel")."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    run = []
    j = i + 1
    while j < len(doc) and (is_proper(doc[j]) or (doc[j].text in ("-", "'") and run)):
        run.append(doc[j])
        j += 1
    while run and not is_proper(run[-1]):
        run.pop()
    if run and run[-1].i + 1 < run[-1].sent.end and not doc[run[-1].i + 1].is_punct:
        return []  # "selon son PDG, Vercel serait ...": the name opens the next clause
    return run if run and doc[run[0].i].text[:1].isupper() else []


def _coordinated(token, first: bool = False) -> bool:
    """A conjunct joined by a coordinator ("X et Y"), not a name the parser took for one: on the
    conjunct (French parses) or, with ``first`` (a conjunct of a speaker's head), on the first
    conjunct between the two, for a name (English parses: "Acme and Brightline said"; not the
    "&" of "Procter & Gamble")."""
    return any(child.dep_ == "cc" for child in token.children) or first and (
        is_proper(token) or token.pos_ == "NOUN" and not is_proper(token.head)) and (
        token.head.i < token.i) and any(
        child.dep_ == "cc" and token.head.i < child.i < token.i and child.is_alpha
        for child in token.head.children)


def _conjunct_before(token) -> bool:
    """A name coordinated with the name after it, which the parser hung on that one as a
    modifier ("St. Brendan's Medical Center and Valley General Hospital announced": "Center"
    on "Hospital"): a speaker of its own."""
    head = token.head
    return token.i < head.i and is_proper(token) and is_proper(head) and any(
        child.dep_ == "cc" and child.is_alpha and token.i < child.i < head.i
        for child in token.children)


def _complement_conjunct(token, lex: Lexicon) -> bool:
    """A conjunct opened by the preposition of a noun's complement ("le ministère de l'Europe et
    des Affaires étrangères", "du cinéma et de l'image animée"): more of the complement the
    parser hung on the noun, never a second speaker ("X et de Y ont dit" is no sentence)."""
    if token.dep_ not in lex.syntax["conjunct_deps"]:
        return False
    cases = [c.lower_ for c in token.children
             if c.dep_ in lex.syntax["case_deps"] and c.i < token.i]
    if any(case in lex.words.of_prepositions for case in cases):
        return True
    # a contraction is also an article ("le maire et des habitants ont dit"): a complement
    # only when a name goes on a noun that has a complement already
    return any(case in lex.words.of_contractions for case in cases) and (
        token.text[:1].isupper()) and any(
        c.dep_ in lex.syntax["noun_complement_deps"] and c.i < token.i
        for c in token.head.children)


def _np_tokens(head, lex: Lexicon, cue=None):
    """The tokens of the noun phrase headed by ``head``; with the ``cue``, only those on the
    head's side of it (a mis-parse can hang the cue and its object under the speaker)."""
    syn = lex.syntax
    skip_deps = syn["relative_deps"] | syn["modifier_deps"] | syn["conjunct_deps"] | {
        "advcl", "ccomp", "parataxis", "acl", "relcl", "punct", "cc", "dep"
    }
    tokens = [head]
    stack = [head]
    coordinated = []  # conjuncts of the head left out: "Paul Girard et Marie Lenoir"
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in skip_deps and not (
                child.dep_ in syn["conjunct_deps"] and (
                    not _coordinated(child, node is head) or _complement_conjunct(child, lex))
            ) or "Fin" in child.morph.get("VerbForm") or node is head and _conjunct_before(
                    child) or any(g.dep_ in syn["subject_deps"]
                                  or g.dep_ in syn["passive_subject_deps"]
                                  for g in child.children) or (
                    child.i < head.i and "Rel" in child.morph.get("PronType")) or (
                    child.dep_ in syn["conjunct_deps"] and child.pos_ == "NOUN" and any(
                        g.dep_ == "det" for g in child.children) and any(
                        c.dep_ == "appos" and c.i < child.i for c in node.children)):
                if child.dep_ in syn["conjunct_deps"] and node is head and child.i > head.i:
                    coordinated.append(child.i)
                continue  # (nor a relative pronoun the parser hung on it: "là où les
                # services de l'État"; nor a determined common noun it took for a conjunct after
                # an apposed name: "le ministre, Gérald Darmanin, les chiffres de la
                # délinquance"; nor a clause the
                # parser hung on a name: "Me X, avocate, les
                # adhérents pourraient …", "…, les adhérents ont été trompés", "…, les règles
                # sont en cause")
            tokens.append(child)
            stack.append(child)
    tokens.sort(key=lambda t: t.i)
    for i in coordinated:
        # the rest of a conjunct's name is its own, whatever the parser hung it on ("Lenoir"
        # on "Paul" in "Paul Girard et Marie Lenoir")
        doc = head.doc
        while i + 1 < len(doc) and is_proper(doc[i + 1]) and doc[i + 1] in tokens:
            i += 1
            tokens.remove(doc[i])
    if cue is not None:
        tokens = [t for t in tokens if (t.i < cue.i) == (head.i < cue.i) and t.i != cue.i]
        relay = next((k for k in _chunk_starts(tokens, head)
                      if _opens_source_preposition(tokens[k], lex)), None) if (
            cue.i < head.i) else None
        if relay is not None:
            # "Selon le parquet de Paris, cité par l'AFP": the parquet speaks; the outlet
            # that relayed it is a cue of its own
            tokens = tokens[:relay]
        if cue.i < head.i and cue.pos_ in ("VERB", "AUX"):
            tokens = _without_trailing_circumstance(tokens, head, lex)
        elif cue.i < head.i:
            tokens = _without_trailing_clause_subject(tokens, head, lex)
        else:
            # "a indiqué le parquet de Lyon à l'AFP, confirmant": the participle after it
            # speaks with the subject, not with the outlet it was told to
            told = next((child for child in head.children if child in tokens
                         and child.i > head.i and _told_outlet(child, lex)), None)
            if told is not None:
                tokens = [t for t in tokens if t.i < told.left_edge.i]
    # keep a contiguous span around the head
    tokens = [t for t in tokens if abs(t.i - head.i) <= 12]
    while tokens and (tokens[0].pos_ in _STRIP or tokens[0].text in QUOTE_CHARS):
        tokens.pop(0)
    while tokens and (tokens[-1].pos_ in _STRIP or tokens[-1].pos_ == "DET"
                      or tokens[-1].text in QUOTE_CHARS):
        tokens.pop()
    if tokens:
        # "la Direction générale de l'aviation civile (DGAC)": the closing bracket too
        doc, last = head.doc, tokens[-1]
        inside = doc[tokens[0].i:last.i + 1].text
        if last.i + 1 < len(doc) and doc[last.i + 1].text == ")" and (
                inside.count("(") > inside.count(")")):
            tokens.append(doc[last.i + 1])
    return tokens or [head]


def _opens_source_preposition(token, lex: Lexicon) -> bool:
    """``token`` is the first word of a source preposition ("cité par", "according to")."""
    doc = token.doc
    return any(tuple(t.lower_ for t in doc[token.i:token.i + len(phrase)]) == phrase
               for phrase in lex.source_prepositions if phrase[0] == token.lower_)


def _chunk_starts(tokens, head) -> list[int]:
    """Positions in ``tokens`` (sorted) of the words after ``head`` that follow a comma."""
    doc = head.doc
    return [k for k, t in enumerate(tokens) if t.i > head.i + 1 and doc[t.i - 1].text == ","]


def _without_trailing_clause_subject(tokens, head, lex: Lexicon) -> list:
    """Without a last comma-chunk that is the subject of the finite verb right after it:
    "Selon le parquet, [un adolescent] a été interpellé", "Pour Me X, avocate, [les adhérents]
    ne pourront …" (the parser hangs the main clause's subject on the source it follows). For
    the object of a source preposition only: after a reporting verb's inverted subject the
    sentence may go on ("Cette mesure, estime l'auteur, Mme X, aurait un coût")."""
    starts = _chunk_starts(tokens, head)
    if not starts:
        return tokens
    doc, end = head.doc, head.sent.end
    clitics = lex.mistagged.get("clitics", ())
    # past what the parser hung on the chunk and we left out ("un adolescent, scolarisé
    # ailleurs, a été", "des contrôles réalisés en février auraient")
    i = max(t.right_edge.i for t in tokens[starts[-1]:]) + 1
    while i < end and (doc[i].text == "," or doc[i].lower_ in clitics):
        i += 1
    if i < end and "Fin" in doc[i].morph.get("VerbForm"):
        return tokens[:starts[-1]]
    # "Selon le procureur, X, les malfaiteurs ont pris la fuite": a chunk that opens with a
    # determiner (a role in apposition has none: "X, avocate,") before the verb the source's
    # phrase hangs on, which has no subject of its own
    if tokens[starts[-1]].pos_ not in ("DET", "NUM", "ADV"):
        return tokens
    verb, syn = head.head, lex.syntax
    subjects = syn["subject_deps"] | syn["passive_subject_deps"] | syn["expletive_subject_deps"]
    if verb.i > tokens[-1].i and verb.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in subjects and c.i != head.i for c in verb.children):
        return tokens[:starts[-1]]
    return tokens


def _without_trailing_circumstance(tokens, head, lex: Lexicon) -> list:
    """Without what says when or how a postposed subject spoke: "a déclaré X, lors de son point
    presse", "a dit X, sur France Inter" (an adverb or a preposition other than "de" after a
    comma), "a précisé l'entreprise dans un courriel" (a document the parser hung on the head);
    not "X, de l'université de Lille", "X, hydrologue à l'université"."""
    of = lex.words.of_prepositions | lex.words.of_contractions
    doc = head.doc
    for k in _chunk_starts(tokens, head):
        first = tokens[k]
        if first.pos_ == "ADV" or first.pos_ == "ADP" and first.lower_ not in of or any(
                [t.lower_ for t in doc[first.i:first.i + len(phrase)]] == list(phrase)
                for phrase in lex.source_prepositions):
            return tokens[:k]  # (or another source: "a déclaré X, d'après l'AFP")
    kept = set(tokens)
    for child in head.children:
        # (in what it spoke, and what follows: "dans un courriel aux abonnés", "in an email to
        # residents"; not who it is, "un diplomate à Vienne")
        if child in kept and child.i > head.i and (
                _speech_channel(child, lex) or _told_outlet(child, lex)):
            return [t for t in tokens if t.i < child.left_edge.i]
    return tokens


def _objects_after(child, prepositions: frozenset[str], keep=lambda token: token.pos_ in NOMINAL):
    """The nouns of a complement that one of ``prepositions`` opens: the preposition is the
    noun's child in French (UD), its head in English (then its objects that ``keep`` accepts);
    [] when none of them opens it."""
    if child.lower_ in prepositions:
        return [c for c in child.children if keep(c)]
    if any(c.lower_ in prepositions for c in child.children if c.pos_ == "ADP"):
        return [child]
    return []


def _told_outlet(child, lex: Lexicon) -> bool:
    """A complement that names the outlet a source spoke to: "a indiqué une source
    gouvernementale [à l'AFP]", "a confié un proche [au Parisien]" (the outlet is told, not
    the speaker; not "un diplomate à Vienne")."""
    nouns = _objects_after(child, lex.words.dative_prepositions)
    # (an outlet's name written as one: "à France Culture", "to The New York Times", not
    # "l'adjointe à la culture")
    return any(n.lower_ in lex.media or n.text[:1].isupper() and (any(
        name == n.lower_ or name.endswith(" " + n.lower_) for name in lex.media_names)
        or _capitalised_run(n) in lex.media_names) for n in nouns)


def _capitalised_run(token) -> str:
    """The capitalised words from ``token`` on, lower case: "france inter" for "France"."""
    doc, j = token.doc, token.i
    while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        j += 1
    return " ".join(t.lower_ for t in doc[token.i:j + 1])


def _speech_channel(child, lex: Lexicon) -> bool:
    """A complement that says in what a source spoke (a word of [sources] speech_channels or a
    document after one of [function_words] speech_channel_prepositions): "dans un courriel", "in
    an email". The preposition is the noun's child in French (UD), its head in English."""
    nouns = _objects_after(child, lex.words.speech_channel_prepositions)
    return any(n.lower_ in lex.speech_channels or n.lower_ in lex.documents for n in nouns)


def _title_before_name(token) -> bool:
    """A capitalised word the tagger did not call a pronoun, before a name: the lawyer's title
    "Me" ("Me Antoine Rivière"), not the pronoun "me"."""
    doc = token.doc
    return token.pos_ != "PRON" and token.text[:1].isupper() and token.i + 1 < len(doc) and (
        is_proper(doc[token.i + 1]))


def _propn_bounds(head) -> tuple[int, int]:
    """The first and last token indices of the run of proper nouns around ``head``."""
    doc = head.doc
    start = end = head.i
    while start - 1 >= head.sent.start and is_proper(doc[start - 1]):
        start -= 1
    while end + 1 < head.sent.end and (is_proper(doc[end + 1]) or (
        doc[end + 1].text == "-" and end + 2 < head.sent.end and is_proper(doc[end + 2]))):
        end += 1
    return start, end


def _propn_run(head) -> str:
    start, end = _propn_bounds(head)
    return head.doc[start : end + 1].text


def _looks_like_person(head) -> bool:
    run = _propn_run(head).split()
    return len(run) >= 2 and all(word[:1].isupper() for word in run)


def _given_age(head, lex: Lexicon) -> bool:
    """The text gives an age right after the name ``head`` is in, between commas: "Ramos,
    58, told", "a déclaré Moreau, 45 ans, lundi" ([sources] age_units; a bare number where
    bare_ages). Organisations have no age: that name is a person's, whatever NER calls it."""
    doc = head.doc
    end = _propn_bounds(head)[1]
    if end + 2 >= len(doc) or doc[end + 1].text != "," or not doc[end + 2].text.isdigit() or (
            not 0 < int(doc[end + 2].text) < 120):
        return False
    after = end + 3
    if after < len(doc) and doc[after].lower_ in lex.age_units:
        after += 1
    elif not lex.bare_ages:
        return False
    return after >= len(doc) or doc[after].text in (",", ")", ";", ".")


def _gender_number(token) -> tuple[str, str]:
    """The gender and number of a speaker's head ("" when unknown)."""
    number = "Plur" if token.tag_ in ("NNS", "NNPS") else "".join(token.morph.get("Number"))
    return "".join(token.morph.get("Gender")), number


def _speaks(head, lex: Lexicon) -> bool:
    """A speaker that is someone by its own head word: a name, a pronoun, a role, an
    institution, a medium, a group ("M. Kohl" too); not a document or a noun with a name in its
    complement ("les émeutes de Los Angeles", "les données" evoke rather than say)."""
    return head is not None and _looks_like_source(head, lex) and (
        head.pos_ == "PRON" or is_proper(head) or any(
            child.dep_.startswith("flat") and is_proper(child) for child in head.children)
        or any(head.lower_ in words for words in (
            lex.institutions, lex.roles, lex.media, lex.anonymous_heads, lex.collective_heads)))
