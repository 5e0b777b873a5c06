"""Conditional mood (French) and hedges (English): the claims a text does not vouch for.

Definition (README, "Features"): ``conditional_density`` is the number of conditional verb
forms (French) or hedge cues (English) divided by the number of finite verbs in the analysed
text (title included), captions excluded. A finite verb is a token that spaCy's morphology marks
``VerbForm=Fin`` or that we count as a conditional. The density is NaN below ``MIN_FINITE``
finite verbs. ``unattributed_conditional_density`` counts only those in sentences that carry
no attribution (no resolved speaker, no "selon X", no anonymous-source phrase).

French conditional = future stem + imperfect ending: déclarer-ait, aur-ait, prendr-ait. An
imperfect (déclar-ait, espér-ait, retir-ait) or a noun (portr-ait) has no future stem, so we
check the stem rather than trust the tagger alone; the tagger's ``Mood=Cnd`` is only used to
keep a form the stem check accepts from being a proper name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, LOWER, MORPH, POS, TAG
from spacy.morphology import Morphology
from spacy.parts_of_speech import PROPN

from .lexicon import Lexicon

MIN_FINITE = 5


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str  # "conditional" or "hedge"


def conditional_stem(form: str, endings: tuple[str, ...]) -> str | None:
    """The stem left of the imperfect ending (one of ``endings``) when it ends in r, else
    None."""
    for ending in endings:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            if stem.endswith("r"):
                return stem
            return None
    return None


def is_conditional_form(form: str, lex: Lexicon) -> bool:
    """Whether a lower-cased French word form is in the conditional mood (morphology only)."""
    return _future_stem_form(form, tuple(lex.conditional.get("imperfect_endings", ())), lex)


def is_future_form(form: str, lex: Lexicon) -> bool:
    """Whether a lower-cased French word form is in the future tense: the future stem with an
    ending of future_endings (dir-ont, déclarer-a, ser-a), by the same stem rules."""
    return _future_stem_form(form, tuple(lex.conditional.get("future_endings", ())), lex)


def _future_stem_form(form: str, endings: tuple[str, ...], lex: Lexicon) -> bool:
    cond = lex.conditional
    stem = conditional_stem(form, endings)
    if stem is None:
        return False
    whole_only = cond["whole_only_stems"]
    if stem in whole_only:
        return True
    # "s'agirait", "qu'aurait": elided clitics are separate tokens, but be lenient.
    for stem_end in cond["irregular_stems"]:
        if stem_end not in whole_only and stem.endswith(stem_end):
            return True
    if any(stem.endswith(false) for false in cond["false_re_stems"]):
        return False
    before = stem[:-1]  # drop the future r
    if before.endswith("e"):
        # -er verbs: déclarer-ait, copier-ait, achèter-ait (not espér-ait, which has é).
        return len(before) >= 2
    if before.endswith("i"):
        # -ir verbs (finir-ait, agir-ait) unless an -irer verb's imperfect (retir-ait).
        return (stem + "er") not in cond["irer_verbs"]
    infinitive = stem + "e"
    if infinitive + "r" in cond["irer_verbs"]:
        return False
    return infinitive.endswith(tuple(cond["re_infinitive_endings"]))


def conditional_cues(doc, lex: Lexicon) -> tuple[list[Cue], int]:
    """Conditional forms (or hedges) in a parsed doc, and the number of finite verbs."""
    cues: list[Cue] = []
    finite = 0
    strings = doc.vocab.strings
    finite_tags = {strings.add(tag) for tag in lex.finite_tags}
    # Read the token attributes as integers: a Token object per word cost more than the test.
    rows = doc.to_array([IS_ALPHA, LOWER, POS, TAG, MORPH]).tolist() if len(doc) else []
    for i, (alpha, lower, pos, tag, morph) in enumerate(rows):
        if not alpha:
            continue
        counted = False
        if lex.mood and pos != PROPN and _conditional_word(lower, strings, lex):
            token = doc[i]
            cues.append(Cue(token.idx, token.idx + len(token.text), token.text, "conditional"))
            counted = True
        if counted or tag in finite_tags or _finite_morph(morph, doc.vocab.morphology):
            finite += 1
    if lex.hedge_patterns or lex.hedge_modals:
        cues.extend(_hedges(doc, lex))
        cues.sort(key=lambda cue: cue.start)
    return cues, finite


# Memos keyed on spaCy's string hashes, which are the same in every vocabulary.
_CONDITIONAL_WORDS: dict[tuple[str, int], bool] = {}
_FINITE_MORPHS: dict[int, bool] = {}


def _conditional_word(lower: int, strings, lex: Lexicon) -> bool:
    key = (lex.code, lower)
    known = _CONDITIONAL_WORDS.get(key)
    if known is None:
        if len(_CONDITIONAL_WORDS) > 200_000:
            _CONDITIONAL_WORDS.clear()
        known = _CONDITIONAL_WORDS[key] = is_conditional_form(strings[lower], lex)
    return known


def _finite_morph(morph: int, morphology) -> bool:
    """Whether a morphology (by its hash) has ``VerbForm=Fin``."""
    known = _FINITE_MORPHS.get(morph)
    if known is None:
        analysis = morphology.get(morph) if morph else ""
        features = Morphology.feats_to_dict(analysis) if analysis not in ("", "_") else {}
        known = _FINITE_MORPHS[morph] = "Fin" in features.get("VerbForm", "").split(",")
    return known


_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))


def _hedges(doc, lex: Lexicon) -> list[Cue]:
    found: list[Cue] = []
    text = doc.text
    for match in lex.hedge_patterns.finditer(text):
        if match.group().lower() in lex.verb_only_hedges:
            span = doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1 and span[0].tag_ in _NOUN_TAGS:
                continue  # "the suspect fled", not "officials suspect"
        found.append(Cue(match.start(), match.end(), match.group(), "hedge"))
    for token in doc:
        if token.lower_ not in lex.hedge_modals or token.tag_ not in ("MD",):
            continue
        following = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
        if any(word in lex.hedge_negations for word in following[:1]):
            continue
        if any(word in lex.epistemic_blockers for word in following):
            continue
        found.append(Cue(token.idx, token.idx + len(token.text), token.text, "hedge"))
    # Overlapping phrase matches count once.
    found.sort(key=lambda cue: (cue.start, -cue.end))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept
