"""One document in, every feature value and the evidence behind it out.

Values and evidence come from the same pass, so a highlighted span can never disagree with the
number it explains.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .attribution import (
    ANSWER_KINDS,
    NAMED_TYPES,
    Attribution,
    find_attributions,
    quote_spans,
)
from .conditional import MIN_FINITE, Cue, conditional_cues
from .denial import who_denied
from .intake import read_document
from .language import check_language, detect_language
from .lexicon import load_lexicon
from .parse import parse_text
from .types import FEATURE_NAMES, Analysis, Evidence

MIN_WORDS = 20


@dataclass
class _Segment:
    """The title or the body: analysed separately, offsets local to each."""

    field: str
    text: str  # returned text (offsets index it)
    attributions: list[Attribution]
    cues: list[Cue]
    finite: int
    words: int
    denials: list
    non_responses: list
    quotes: list[tuple[int, int]]
    quotations: list[tuple[int, int]]  # every pair of quotation marks, short ones too
    attributed_sentences: set[int]
    sentence_at: object


def analyse_document(document: str | Mapping, language: str | None = None,
                     min_words: int = MIN_WORDS) -> Analysis:
    """Analyse one document (see :func:`training.features.intake.read_document`).

    ``language`` forces the language (else the document's own ``language``, else detection).
    """
    intake = read_document(document)
    code = language or intake.language
    if code:
        code = check_language(code)
    else:
        sample = (intake.analysed_title or "") + "\n" + intake.analysed
        code = detect_language(sample)
    lex = load_lexicon(code)
    segments = []
    if intake.analysed_title:
        segments.append(_analyse_segment("title", intake.title, intake.analysed_title, lex))
    segments.append(_analyse_segment("text", intake.text, intake.analysed, lex))

    evidence: list[Evidence] = []
    named_keys: dict[str, str] = {}
    anonymous = 0
    # One name per source, its fullest mention's, whatever name a later mention has ("Lane"
    # after "Victor Lane"): the message lists each source once.
    names: dict[str, str] = {}
    for seg in segments:
        for att in seg.attributions:
            if att.key and att.name and len(att.name) > len(names.get(att.key, "")):
                names[att.key] = att.name
    for seg in segments:
        silent = [(m.start, m.end) for m in seg.non_responses]
        for att in seg.attributions:
            # "X n'a pas souhaité commenter" names X but cites nothing X said.
            declined = any(s <= att.cue_start < e for s, e in silent)
            if att.hearsay and not declined and att.type in ("anonymous", "collective"):
                # "un collectif réclamerait", "lawmakers reportedly argued": hearsay from an
                # unnamed source is still an anonymous attribution (data/README.md)
                anonymous += 1
                feature = "anonymous_sources"
            elif att.reported or declined:
                feature = "attributions"
            elif att.type in NAMED_TYPES and att.key:
                named_keys.setdefault(att.key, att.type)
                feature = "named_sources"
            elif att.type in ("anonymous", "collective"):
                anonymous += 1
                feature = "anonymous_sources"
            else:
                feature = "attributions"
            evidence.append(_span(feature, seg, att.start, att.end, att.type,
                                  names.get(att.key, att.name) if att.key else att.name))

    words = sum(seg.words for seg in segments)
    finite = sum(seg.finite for seg in segments)
    conditionals = 0
    unattributed = 0
    for seg in segments:
        for cue in seg.cues:
            conditionals += 1
            attributed = seg.sentence_at(cue.start) in seg.attributed_sentences
            if not attributed:
                unattributed += 1
            kind = "attributed" if attributed else "unattributed"
            evidence.append(_span("conditional_density", seg, cue.start, cue.end, kind))
    denial_found = False
    non_response_found = False
    quotations = 0
    for seg in segments:
        for match in seg.denials:
            denial_found = True
            att = who_denied(match, seg.attributions, seg.quotations, seg.text, seg.sentence_at)
            evidence.append(_span("denial", seg, match.start, match.end,
                                  att.type if att else "unresolved",
                                  names.get(att.key, att.name) if att else None))
        for match in seg.non_responses:
            non_response_found = True
            # who did not answer, when named (the attribution of the non-response's verb)
            silent = next((names.get(att.key, att.name) for att in seg.attributions
                           if match.start <= att.cue_start < match.end and att.name), None)
            evidence.append(_span("non_response", seg, match.start, match.end, "non_response",
                                  silent))
        for start, end in seg.quotes:
            quotations += 1
            evidence.append(_span("quotations", seg, start, end, "quote"))

    too_short = words < min_words
    values = {
        "named_sources": float(len(named_keys)),
        "anonymous_sources": float(anonymous),
        "denial": 1.0 if denial_found else 0.0,
        "non_response": 1.0 if non_response_found else 0.0,
        "conditional_density": conditionals / finite if finite >= MIN_FINITE else math.nan,
        "unattributed_conditional_density": (
            unattributed / finite if finite >= MIN_FINITE else math.nan
        ),
        "quotations": float(quotations),
        "log_words": math.log1p(words),
    }
    if too_short:
        for name in FEATURE_NAMES:
            if name != "log_words":
                values[name] = math.nan
    evidence.sort(key=lambda e: (e.field != "title", e.start, e.feature))
    return Analysis(
        language=code,
        values=values,
        evidence=evidence,
        text=intake.text,
        title=intake.title,
        from_html=intake.from_html,
    )


def _span(feature: str, seg: _Segment, start: int, end: int, type_: str,
          source: str | None = None) -> Evidence:
    return Evidence(feature=feature, start=start, end=end, text=seg.text[start:end], type=type_,
                    field=seg.field, source=source)


def _analyse_segment(field: str, text: str, analysed: str, lex) -> _Segment:
    parsed = parse_text(analysed, lex)
    attributions = find_attributions(parsed, lex)
    cues, finite = conditional_cues(parsed.doc, lex)
    words = sum(1 for token in parsed.doc if token.is_alpha)
    quotations = quote_spans(analysed)
    quotes = [
        (start, end)
        for start, end in quotations
        if len(analysed[start:end].split()) >= lex.quote_min_words
    ]
    # (a source preposition attributes its sentence even when its source stays unresolved:
    # "D'après les premiers éléments de l'enquête, le conducteur aurait perdu", "Selon ce
    # document, la réforme concernerait"; an unresolved verb may be a misread one)
    attributed = {att.sentence for att in attributions
                  if (att.type != "unresolved" or att.kind == "preposition")
                  and att.kind not in ANSWER_KINDS}
    return _Segment(
        field=field,
        text=text,
        attributions=attributions,
        cues=cues,
        finite=finite,
        words=words,
        denials=parsed.denials,
        non_responses=parsed.non_responses,
        quotes=quotes,
        quotations=quotations,
        attributed_sentences=attributed,
        sentence_at=parsed.sentence_at,
    )
