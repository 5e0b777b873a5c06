"""Attributions: who is cited, by name or not, and how sure we are of the speaker.

An attribution is a cue (a reporting verb, "selon X", "according to X", an anonymous-source
phrase) and its speaker. Speakers come from the dependency parse: the subject of the reporting
verb (or its inverted clitic, "a-t-il dit"), the agent of a passive ("confirmée par X"), the
noun a participle modifies ("les services ... affirmant"), the object of "selon". The speaker's
noun phrase is then typed (person, organisation, media, anonymous, collective, unresolved) and
mentions of one source are merged: a surname, a generic noun ("le journal") or a pronoun ("il")
refers back to the latest matching source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from .citation.mentions import _Context, _Registry, normalise_key
from .citation.noun_cues import _possessive_statement_cues, _possessive_view_cues
from .citation.noun_phrases import _gender_number, _quoted_name
from .citation.preposition_cues import _document_preposition_cues, _preposition_cues
from .citation.punctuation_cues import _colon_cues, _colon_quote_cues, _dash_cues
from .citation.quotes import _inside, quote_spans, quoted_regions
from .citation.source_typing import _indefinite_noun, _speaker_word, _type_speaker
from .citation.speakers import _document_issuer
from .citation.verb_cues import _answer_cues, _verb_cues
from .lexicon import Lexicon
from .parse import Parsed, signs_quote

__all__ = [
    "ANSWER_KINDS",
    "NAMED_TYPES",
    "Attribution",
    "find_attributions",
    "normalise_key",
    "quote_spans",
    "quoted_regions",
]

NAMED_TYPES = frozenset({"person", "organisation", "media"})
# Attributions that name who answered a request or a charge without citing anything they said:
# who did not answer ("declined to comment") and who denied with a verb that reports nothing
# ("pleaded not guilty").
ANSWER_KINDS = frozenset({"non_response", "denial"})


@dataclass
class Attribution:
    cue_start: int
    cue_end: int
    speaker_start: int | None
    speaker_end: int | None
    type: str
    key: str | None
    name: str | None
    sentence: int
    kind: str  # "verb", "preposition", "dash", "colon", "phrase", "noun", "cited",
    # "non_response" (who did not answer: names someone, cites nothing)
    # The cue verb is itself in the conditional ("X aurait déclaré"): the article reports that
    # X spoke without vouching for it, so X is not counted as a source it cites.
    reported: bool = False
    # The cue is hearsay: in the conditional ("un collectif réclamerait") or after a hearsay
    # adverb ("reportedly argued"). With an unnamed speaker it is still an anonymous source
    # (data/README.md); with a named one it is not a source the article vouches for.
    hearsay: bool = False

    @property
    def start(self) -> int:
        return min(self.cue_start, self.speaker_start if self.speaker_start is not None
                   else self.cue_start)

    @property
    def end(self) -> int:
        return max(self.cue_end, self.speaker_end if self.speaker_end is not None
                   else self.cue_end)


def find_attributions(parsed: Parsed, lex: Lexicon) -> list[Attribution]:
    """Every attribution in a parsed text, speakers typed and named sources merged."""
    registry = _Registry(parsed.text, lex.person_titles | lex.roles | lex.person_roles,
                         lex.words.possessive_endings)
    found: list[Attribution] = []
    # Speech reported inside a quotation is the quoted source's, not the article's. Quotes
    # are paired over the whole text: a sentence split inside a quotation ('problems," X
    # said. "If') would pair the closing mark with the next quotation's opening one.
    quoted = quoted_regions(parsed.text) if lex.skip_quoted_cues else []
    quotations = quote_spans(parsed.text) if lex.quoted_voice_pronouns else []
    phrases = [match.span() for match in lex.anonymous_patterns.finditer(parsed.text)]
    # the formulas that ask for anonymity ("qui a requis l'anonymat"), by start
    requests = sorted((start, end) for start, end in phrases
                      if _anonymity_formula(parsed.text[start:end], lex.anonymity_words))
    answers = [("non_response", [(m.start, m.end) for m in parsed.non_responses]),
               ("denial", [(m.start, m.end) for m in parsed.denials])]
    relative_mentions: dict[int, int] = {}  # a formula's start -> its mention
    for start, _ in phrases:
        token = parsed.token_at(start)
        if token is not None and token.i + 1 < len(token.doc) and token.pos_ == "CCONJ":
            token = token.doc[token.i + 1]  # "…, et qui a préféré taire son nom"
        if token is not None and token.lower_ in lex.words.subject_relatives:
            # "…, qui a requis l'anonymat": someone unnamed a later pronoun may stand for (of
            # the gender and number of the noun before it)
            before = token.doc[token.i - 1] if token.i > 0 else token
            if before.is_punct and before.i > 0:
                before = token.doc[before.i - 1]
            relative_mentions[start] = len(registry.mentions)
            registry.mentions.append((start, "anonymous", _gender_number(before)
                                      if before.pos_ == "NOUN" else ("", "")))
    relative_starts = sorted(relative_mentions)
    for sentence in parsed.sentences:
        if sentence.doc is None:
            continue
        ctx = _Context(parsed, lex, registry, sentence, quotations)
        text = parsed.text[sentence.start:sentence.end]  # Doc.text would join every token
        cues = (_verb_cues(sentence.doc, lex) + _preposition_cues(sentence.doc, lex, text)
                + _dash_cues(sentence.doc, text, lex, signs_quote(parsed.text, sentence.start))
                + _document_preposition_cues(sentence.doc, ctx)
                + _possessive_statement_cues(sentence.doc, lex)
                + _possessive_view_cues(sentence.doc, lex))
        if lex.not_cue_phrases is not None:
            # "promis juré", "pour ne citer que": fixed phrases that report nothing
            fixed = [m.span() for m in lex.not_cue_phrases.finditer(text)]
            cues = [c for c in cues if not any(a <= c[0].idx < b for a, b in fixed)]
        if lex.colon_speakers:
            cues += _colon_cues(sentence.doc, text, ctx)
        cues += _colon_quote_cues(sentence.doc, text, lex, cues)
        for kind, spans in answers:
            here = [(a, b) for a, b in spans if sentence.start <= a < sentence.end]
            if here:
                cues += _answer_cues(sentence.doc, lex, here, cues, sentence.start, kind)
        if quoted:
            cues = [c for c in cues if not _inside(quoted, ctx.at(c[0]))]
        if phrases:
            # "Un délégué, qui a demandé à ne pas être nommé, affirme", "qui témoigne sous
            # couvert d'anonymat": a verb inside an anonymity formula is the formula's
            # (the phrases of several patterns are neither sorted nor disjoint, and few), but
            # not the outlet's own verb ("Reuters, qui cite deux sources proches du dossier")
            cues = [c for c in cues if c[2] != "verb" or _citing(c[0], lex) or not any(
                a < ctx.at(c[0]) < b for a, b in phrases)]
        cues.sort(key=lambda item: item[0].i)
        for cue_token, speaker_tokens, kind, cue_end, *flags in cues:
            reported = bool(flags and flags[0])
            hearsay = bool(len(flags) > 1 and flags[1])
            cue_start = ctx.at(cue_token)
            cue_end += sentence.start
            if not speaker_tokens:
                found.append(Attribution(cue_start, cue_end, None, None, "unresolved", None,
                                         None, sentence.index, kind))
                continue
            for head in speaker_tokens:
                head = _document_issuer(head, lex) or _quoted_name(head) or head
                typed = _type_speaker(head, ctx, cue_token)
                if typed is None:
                    continue
                type_, key, name, (s_start, s_end) = typed
                if type_ in NAMED_TYPES and head.lower_ in lex.referring_pronouns and any(
                        a <= s_start and s_end <= b for a, b in phrases):
                    continue  # "Il se dit que": the anonymous phrase is the attribution
                if type_ in NAMED_TYPES and (any(ctx.at(head) < a and b <= cue_start
                                                 for a, b in phrases) or _asks_anonymity(
                        s_start, s_end, requests, parsed.text)):
                    # "Two physicians at X, who spoke on condition of anonymity, said",
                    # "Selon un économiste de l'OFCE qui a requis l'anonymat"
                    type_, key, name = "anonymous", None, None
                found.append(Attribution(
                    cue_start, cue_end, s_start, s_end, type_, key, name, sentence.index, kind,
                    reported, hearsay and _speaker_word(head, lex)))
                if type_ == "person":
                    registry.person_spans.append((s_start, s_end))
                registry.mentions.append((s_start, type_ if _indefinite_noun(head, lex)
                                          or type_ in NAMED_TYPES else "definite",
                                          _gender_number(head)))
                if head.pos_ == "NOUN":
                    # "Un bénévole de longue date, qui préfère garder l'anonymat": a formula on
                    # the speaker stands for its head, not for the noun just before it
                    for start in relative_starts[bisect_right(relative_starts, s_start):]:
                        if start > s_end and any(
                                ch.isalnum() for ch in parsed.text[s_end:start]):
                            break
                        index = relative_mentions[start]
                        registry.mentions[index] = (start, registry.mentions[index][1],
                                                    _gender_number(head))
            if not reported:
                found.extend(_cited_sources(cue_token, ctx))
    found.extend(_anonymous_phrases(parsed, phrases))
    return _one_unnamed_source(_deduplicate(found), parsed.text, lex.words.subject_relatives,
                               lex.anonymity_words)


def _citing(token, lex: Lexicon) -> bool:
    return bool(lex.citing_stems) and token.lower_.startswith(lex.citing_stems)


def _cited_sources(cue_token, ctx: _Context) -> list:
    """The unnamed sources a citing verb names as its object ("Reuters, qui cite un diplomate
    occidental", "which cited three delegates"): each is an anonymous attribution of its own,
    whose cue is its noun phrase ([reporting] citing_stems)."""
    lex = ctx.lex
    if not _citing(cue_token, lex):
        return []
    found = []
    for child in cue_token.children:
        if child.dep_ not in lex.syntax.get("cited_source_deps", ()) or not any(
                child.lower_ in words for words in (lex.anonymous_heads, lex.collective_heads,
                                                    lex.roles)):
            continue  # (people, not what is cited as a reason: "cited rising costs")
        typed = _type_speaker(child, ctx, cue_token)
        if typed is None or typed[0] not in ("anonymous", "collective"):
            continue
        start, end = typed[3]
        found.append(Attribution(start, end, start, end, typed[0], None, None,
                                 ctx.sentence.index, "cited"))
    return found


def _anonymous_phrases(parsed: Parsed, phrases: list[tuple[int, int]]) -> list[Attribution]:
    found = []
    for start, end in phrases:
        text = parsed.text[start:end]
        stripped = text.rstrip(" ,;.'’-")
        end = start + len(stripped)
        lead = len(stripped) - len(stripped.lstrip())
        start += lead
        found.append(Attribution(start, end, start, end, "anonymous", None, None,
                                 parsed.sentence_at(start), "phrase"))
    return found


def _deduplicate(found: list[Attribution]) -> list[Attribution]:
    """One attribution per overlapping cue: a typed speaker beats an unresolved one. Two cues
    of one speaker both stay ("Confirmant …, le Conseil a reconnu que"); an anonymous-source
    phrase is one with the cue it overlaps."""
    rank = {"person": 0, "organisation": 0, "media": 0, "anonymous": 1, "collective": 2,
            "unresolved": 3}
    found.sort(key=lambda a: (a.start, rank[a.type], a.kind != "phrase"))
    kept: list[Attribution] = []
    # Clashes are within a sentence: looking only there keeps a long text linear.
    in_sentence: dict[int, list[int]] = {}
    for item in found:
        clash = None
        for index in in_sentence.get(item.sentence, ()):
            other = kept[index]
            same_cue = _cue_in_phrase(item, other) if "phrase" in (item.kind, other.kind) else (
                item.cue_start < other.cue_end and other.cue_start < item.cue_end)
            if same_cue and item.start < other.end and other.start < item.end and (
                item.key is None or other.key is None or item.key == other.key
            ):
                clash = index
                break
        if clash is None:
            in_sentence.setdefault(item.sentence, []).append(len(kept))
            kept.append(item)
        elif rank[item.type] < rank[kept[clash].type] or (
                rank[item.type] == rank[kept[clash].type]
                and (kept[clash].kind, item.kind) == ("phrase", "cited")):
            kept[clash] = item  # (the source an outlet cites, not the whole "qui cite …")
        elif kept[clash].kind == item.kind == "phrase" and item.end > kept[clash].end:
            # overlapping formulas are one ("according to two aides" and "two aides familiar
            # with the schedule"): its evidence covers both, so that a formula after it
            # ("…, who spoke on condition of anonymity") is seen next to it
            kept[clash] = replace(kept[clash], cue_end=item.end, speaker_end=item.end)
    kept.sort(key=lambda a: a.start)
    return kept


def _cue_in_phrase(one: Attribution, other: Attribution) -> bool:
    """The cue and the speaker of the one that is not an anonymity phrase lie in the phrase
    ("Selon des sources proches": the preposition), or both are phrases: not a verb of its own
    beyond it that the parser gave a speaker inside it ("D'après Reuters, qui cite deux sources
    proches du dossier, Hestia proposerait")."""
    phrase, cue = (one, other) if one.kind == "phrase" else (other, one)
    if cue.kind == "phrase":
        return True
    # (and its speaker in the phrase too: not the outlet of "Reuters, qui cite des sources")
    return phrase.start <= cue.cue_start and cue.cue_end <= phrase.end and (
        cue.speaker_start is None
        or cue.speaker_start < phrase.end and phrase.start < cue.speaker_end)


_UNNAMED = frozenset({"anonymous", "collective"})


def _one_unnamed_source(found: list[Attribution], text: str,
                        relatives: frozenset[str] = frozenset(),
                        anonymity: tuple[str, ...] = ()) -> list[Attribution]:
    """Attributions to unnamed sources that are one source cited once become one. In a
    sentence: one inside the other (an incise read twice); a source preposition overlapping
    another attribution of its speaker ("selon plusieurs personnes qui disent", "d'après un
    salarié cité par un quotidien de Liège"); an anonymity or place formula next to the
    attribution it qualifies, with only punctuation between ("Selon un salarié, qui a requis
    l'anonymat", "Dans l'entourage du joueur, on laisse entendre que"), whose evidence then
    shows both; a verb in a relative clause inside the speaker of another ("One user who posted
    screenshots said"). Two verbs of one unnamed speaker stay two ("Les syndicats ont jugé … et
    ont demandé"), and attributions to a named source stay apart (they count once anyway)."""
    kept: list[Attribution] = []
    for item in found:
        previous = kept[-1] if kept else None
        if previous is not None and previous.type in _UNNAMED and item.type in _UNNAMED and (
                previous.sentence == item.sentence) and _described_speaker(
                previous, item, text, relatives):
            # "One user who posted screenshots said": the relative clause describes the speaker,
            # who is cited once (its verb stays in the evidence, counting no source)
            kept[-1] = replace(previous, reported=True, hearsay=False)
            kept.append(item)
            continue
        if previous is not None and previous.type in _UNNAMED and item.type in _UNNAMED and (
                previous.sentence == item.sentence) and (
                item.end <= previous.end or item.start < previous.end and (
                    "preposition" in (previous.kind, item.kind)) or (
                "phrase" in (previous.kind, item.kind)
                and not any(ch.isalnum() for ch in text[previous.end:item.start])) or (
                previous.kind == "phrase" and item.kind == "verb"
                and _QUALIFIED_PLACE.match(text, previous.end, item.start)) or (
                item.kind == "phrase" and (_relative_clause_between(
                    text[previous.end:item.start], relatives) or _modifier_between(
                    text[previous.end:item.start], text[item.start:item.end], relatives)
                    # "Plusieurs élus ont critiqué la réforme sous couvert d'anonymat", "two
                    # officials said …, speaking on condition of anonymity": the formula
                    # qualifies the unnamed speaker before it
                    or not (previous.kind == "phrase" and _anonymity_formula(
                        text[previous.start:previous.end], anonymity))
                    and _anonymity_formula(text[item.start:item.end], anonymity)))):
            keep, other = (item, previous) if previous.kind == "phrase" else (previous, item)
            if other.kind == "phrase" and keep.speaker_start is not None:
                # the formula describes the speaker: the evidence shows both
                keep = replace(keep, speaker_start=min(keep.speaker_start, other.start),
                               speaker_end=max(keep.speaker_end, other.end))
            kept[-1] = keep
            continue
        kept.append(item)
    return kept


def _anonymity_formula(phrase: str, anonymity: tuple[str, ...]) -> bool:
    """The phrase is an anonymity formula ("qui a requis l'anonymat", "speaking on condition of
    anonymity"; [anonymous] anonymity_words): it qualifies a speaker, and two are two."""
    return any(word in phrase.lower() for word in anonymity)


# What may stand between a place formula and the clause it opens: the rest of the formula's
# noun phrase, up to two words in lower case ("Dans l'entourage du maire sortant, on assure").
_QUALIFIED_PLACE = re.compile(r"(?:\s+[a-zà-ÿ'’-]+){1,2}\s*,\s*$")


# Longer than any anonymity formula: how far before a speaker one may open and still reach it.
_FORMULA_REACH = 400


def _asks_anonymity(start: int, end: int, requests: list[tuple[int, int]], text: str) -> bool:
    """An anonymity formula overlaps the speaker's span or follows it with only punctuation
    between: the speaker asked not to be named."""
    i = bisect_right(requests, (start - _FORMULA_REACH,))
    while i < len(requests) and requests[i][0] <= end + 3:
        a, b = requests[i]
        if a < end and start < b or a >= end and not any(
                ch.isalnum() for ch in text[end:a]):
            return True
        i += 1
    return False


def _relative_clause_between(between: str, relatives: frozenset[str]) -> bool:
    """The words between a source and the anonymity formula after it are a relative clause on
    that source, which the formula continues: "Selon un ingénieur [qui a travaillé pour la
    station et] qui souhaite rester anonyme"."""
    words = between.strip(" ,").lower().split()
    return bool(words) and words[0] in relatives and not any(
        mark in between for mark in ".;:!?«»\"“”")


def _modifier_between(between: str, formula: str, relatives: frozenset[str]) -> bool:
    """A few words with no punctuation between a source and a relative formula after it, which
    modify the source: "according to three people [involved in the campaign] who were not
    authorized to speak publicly"."""
    words = between.split()
    return 0 < len(words) <= 6 and formula.split()[0].lower() in relatives and not any(
        mark in between for mark in ",.;:!?«»\"“”()")


def _described_speaker(first: Attribution, then: Attribution, text: str,
                       relatives: frozenset[str]) -> bool:
    """``first`` is a verb in a relative clause on the speaker ``then`` shares with it, between
    that speaker and ``then``'s verb: "One user who posted screenshots said"."""
    if then.speaker_start is None or (first.speaker_start, first.speaker_end) != (
            then.speaker_start, then.speaker_end) or not (
            then.speaker_end <= first.cue_start and first.cue_end <= then.cue_start):
        return False
    between = text[then.speaker_end:first.cue_start].strip(" ,").lower().split()
    return bool(between) and between[0] in relatives
