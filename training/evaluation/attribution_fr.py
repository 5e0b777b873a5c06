"""French attributions on the ASFALDA French FrameNet (Le Monde sentences of the French Treebank).

The corpus text is tokenised with spaces (``l' homme``, ``d' après``, ``3 , 5 %``, ``celui - ci``,
``a -t-il``, ``" ... "``) and joins a few numbers with ``_``. We analyse a *detokenised* copy, as
an article would reach the extractor: spaCy's French pipeline was trained on ordinary typography,
and the lexicon's phrases ("d'après", "selon nos informations") are written for it. Gold spans are
carried over through a character map, so nothing is lost.

Recall is measured per annotated target (only some occurrences of each verb were annotated):
the speech-attribution targets whose speaker is expressed (``source`` not null). The main figures
count verb and preposition targets ("speech-verb targets", "selon X"); noun targets ("ses
déclarations") are shown for information. Two figures per target:
- cue found: one of our attributions has a cue overlapping the target;
- speaker recovered: such an attribution's speaker span overlaps the gold speaker span. A gold
  pronoun speaker ("il", "-t-il", "on") counts when our span overlaps the pronoun; a gold
  relative pronoun ("qui") counts when our speaker is its antecedent, i.e. our span ends right
  before it with only spaces and commas between (the extractor replaces "qui" by what it stands
  for, which is the point). The strict overlap-only figure is reported too.

Precision cannot be computed from partial annotation: a fixed-seed sample of 50 of our
attributions goes to ``<out>/attribution_fr_precision_sample.jsonl`` for a hand check (the
verdicts live in attribution_fr_precision_check.md, without the sentences).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from . import Floor, Result, Table, context, overlaps, ratio, read_jsonl

CORPUS = "french_framenet_lemonde.jsonl"
FLOOR_SPEAKER = 0.85
SAMPLE_SIZE = 50
SAMPLE_SEED = 20240611
MAX_ERRORS = 2000
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "-il", "-t-il", "-elle", "-t-elle",
                      "-ils", "-elles", "-on", "-t-on", "lui", "eux", "je", "nous", "vous",
                      "j'", "-je", "-nous", "-vous"}) | RELATIVES
# Frames of plain reported speech, for the breakdown (the rest: requests, complaints, debates).
STATEMENT_FRAMES = frozenset({
    "FR_Statement-manner-noise", "FR_Telling", "FR_Attributed_information",
    "FR_Expressing_truth_of_proposition", "Reveal_secret", "Mention", "Adducing", "Summarizing",
    "FR_Quoting", "Communication_response",
})

_NO_SPACE_BEFORE = frozenset({",", ".", ")", "]", "..."})
_NO_SPACE_AFTER = frozenset({"(", "["})
# Words that open a clause or a phrase after a dash and never continue a hyphenated word: "la
# banque - dont la filiale", "M. Durand - qui était", "en 1990 - n'avaient". Before any
# other word a spaced hyphen joins a compound ("Etats - Unis", "celui - ci", "peut - être"); subject
# pronouns are left out, as they follow inversions too ("soit - il", "serait - elle").
_AFTER_DASH = frozenset({"dont", "qui", "que", "qu'", "où", "mais", "comme", "car", "quand", "si",
                         "ne", "n'", "s'", "se", "c'", "j'", "pour", "dans", "avec", "sans", "a",
                         "ont", "sont", "avait", "était"})
_CLITIC = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on|ce|là|ci|je|nous|vous|tu|y|en|le|la|les|"
                     r"moi|toi|lui|leur|même|mêmes)$", re.IGNORECASE)


def detokenise(text: str) -> tuple[str, list[int]]:
    """Ordinary typography for a space-tokenised sentence, and a map old offset -> new offset.

    The map has ``len(text) + 1`` entries; a dropped space maps to where the next kept
    character lands. Map a span with :func:`map_span`.
    """
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    out: list[str] = []
    mapping = [0] * (len(text) + 1)
    glue_next = False
    open_quote = False
    length = 0
    for i, (start, end) in enumerate(tokens):
        token = text[start:end]
        prev = text[tokens[i - 1][0]:tokens[i - 1][1]] if i else ""
        nxt = text[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else ""
        glue = glue_next or token in _NO_SPACE_BEFORE or bool(_CLITIC.match(token))
        if token == '"':
            glue = glue or open_quote  # a closing quote sticks to the word before it
        if token == "-" and prev[-1:].isalnum() and nxt[:1].isalnum() and (
                nxt.lower() not in _AFTER_DASH):
            glue = True  # "celui - ci", "Etats - Unis": a hyphen, not a dash
        if i and not glue:
            out.append(" ")
            length += 1
        for j, ch in enumerate(token):
            mapping[start + j] = length
            out.append(" " if ch == "_" else ch)
            length += 1
        glue_next = (
            token in _NO_SPACE_AFTER
            or token[-1] in "'’"
            or (token == '"' and not open_quote)
            or (token == "-" and glue)
            or (token == "," and prev.isdigit() and nxt.isdigit())
        )
        if token == '"':
            open_quote = not open_quote
    # Spaces (dropped or kept) map to the next character's position.
    mapping[len(text)] = length
    for k in range(len(text) - 1, -1, -1):
        if text[k].isspace():
            mapping[k] = mapping[k + 1]
    return "".join(out), mapping


def map_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """A gold span [start, end) of the tokenised text, in the detokenised text."""
    if end <= start:
        return mapping[start], mapping[start]
    return mapping[start], mapping[end - 1] + 1


def speaker_matches(ours: tuple[int, int] | None, gold: tuple[int, int], text: str,
                    gold_text: str, strict: bool = False) -> bool:
    """Our speaker span against the gold speaker (see the module docstring for relatives)."""
    if ours is None:
        return False
    if overlaps(*ours, *gold):
        return True
    if strict or gold_text.lower() not in RELATIVES:
        return False
    between = text[ours[1]:gold[0]]
    return ours[1] <= gold[0] and not between.strip(" ,")


def _gold_targets(sentence: dict[str, Any], mapping: list[int]) -> list[dict[str, Any]]:
    by_id = {a["annoset_id"]: a for a in sentence["annotations"]}
    targets = []
    for sa in sentence["speech_attributions"]:
        if sa["source"] is None or sa["annoset_id"] not in by_id:
            continue
        target = by_id[sa["annoset_id"]]["target"]
        targets.append({
            "lu": sa["lu"], "frame": sa["frame"], "pos": sa["lu"].rsplit(".", 1)[-1],
            "target": map_span(mapping, target["start"], target["end"]),
            "speaker": map_span(mapping, *sa["source_span"]),
            "speaker_text": sa["source"],
        })
    return targets


def _score_target(gold: dict[str, Any], ours: list, text: str) -> dict[str, Any]:
    cue_hits = [a for a in ours if overlaps(a.cue_start, a.cue_end, *gold["target"])]
    spans = [(a.speaker_start, a.speaker_end) if a.speaker_start is not None else None
             for a in cue_hits]
    return {
        "cue": bool(cue_hits),
        "speaker": any(speaker_matches(s, gold["speaker"], text, gold["speaker_text"])
                       for s in spans),
        "speaker_strict": any(speaker_matches(s, gold["speaker"], text, gold["speaker_text"],
                                              strict=True) for s in spans),
        "ours": [(text[a.cue_start:a.cue_end],
                  text[a.speaker_start:a.speaker_end] if a.speaker_start is not None else None,
                  a.type) for a in cue_hits],
    }


def precision_sample(items: list[dict[str, Any]], size: int = SAMPLE_SIZE,
                     seed: int = SAMPLE_SEED) -> list[dict[str, Any]]:
    """A fixed-seed random sample that stays put when the extractor changes.

    Each attribution is ranked by a seeded hash of where it is (sentence id, cue offsets), and
    the lowest ``size`` are kept: an attribution the extractor still finds keeps its place, so a
    hand check only needs redoing for the items that came or went.
    """
    def rank(item: dict[str, Any]) -> str:
        key = f"{seed}:{item['sentence_id']}:{item['cue_start']}:{item['cue_end']}"
        return hashlib.sha256(key.encode()).hexdigest()

    return sorted(items, key=rank)[:size]


def _miss_kind(gold: dict[str, Any], scored: dict[str, Any], lex, text: str) -> str:
    if scored["cue"]:
        return "wrong speaker" if any(s for _, s, _ in scored["ours"]) else "no speaker"
    words = text[gold["target"][0]:gold["target"][1]].lower().split()
    reporting = any(lex.is_reporting(w) for w in words) or words[:1] in (["selon"], ["d'après"])
    return "cue missed (in lexicon)" if reporting else "cue missed (not in lexicon)"


def run(shared: Path, limit: int | None = None, out: Path | None = None) -> Result:
    from training.features.attribution import find_attributions
    from training.features.lexicon import load_lexicon
    from training.features.parse import parse_text

    lex = load_lexicon("fr")
    rows_by: dict[str, Counter] = {}
    misses: list[dict[str, Any]] = []
    miss_kinds: Counter = Counter()
    ours_all: list[dict[str, Any]] = []
    n_sentences = 0
    for sentence in read_jsonl(shared / "eval" / CORPUS, limit):
        n_sentences += 1
        text, mapping = detokenise(sentence["text"])
        ours = find_attributions(parse_text(text, lex), lex)
        golds = _gold_targets(sentence, mapping)
        for a in ours:
            ours_all.append({
                "sentence_id": sentence["sentence_id"], "sentence": text,
                "cue": text[a.cue_start:a.cue_end], "cue_start": a.cue_start, "cue_end": a.cue_end,
                "speaker": text[a.speaker_start:a.speaker_end]
                if a.speaker_start is not None else None,
                "type": a.type, "kind": a.kind,
                "gold_speech": [(g["lu"], g["speaker_text"]) for g in golds],
            })
        for gold in golds:
            scored = _score_target(gold, ours, text)
            groups = ["all (incl. nouns)"]
            if gold["pos"] in ("v", "prep"):
                groups += ["verbs + prepositions", f"pos={gold['pos']}",
                           "statement frames" if gold["frame"] in STATEMENT_FRAMES
                           else "other speech frames",
                           "pronoun speaker" if gold["speaker_text"].lower() in PRONOUNS
                           else "noun-phrase speaker"]
            else:
                groups.append(f"pos={gold['pos']}")
            for group in groups:
                counts = rows_by.setdefault(group, Counter())
                counts["targets"] += 1
                for key in ("cue", "speaker", "speaker_strict"):
                    counts[key] += scored[key]
            if gold["pos"] in ("v", "prep") and not scored["speaker"]:
                kind = _miss_kind(gold, scored, lex, text)
                miss_kinds[kind] += 1
                if len(misses) < MAX_ERRORS:
                    misses.append({
                        "sentence_id": sentence["sentence_id"], "lu": gold["lu"],
                        "kind": kind, "gold_speaker": gold["speaker_text"],
                        "target": context(text, *gold["target"]), "ours": scored["ours"],
                    })
    order = ["verbs + prepositions", "pos=v", "pos=prep", "statement frames",
             "other speech frames", "noun-phrase speaker", "pronoun speaker", "pos=n", "pos=a",
             "all (incl. nouns)"]
    rows = [[g, c["targets"], ratio(c["cue"], c["targets"]), ratio(c["speaker"], c["targets"]),
             ratio(c["speaker_strict"], c["targets"])]
            for g in order if (c := rows_by.get(g))]
    result = Result("attribution")
    result.tables.append(Table(
        f"French FrameNet speech targets with a speaker ({n_sentences} sentences analysed)",
        ["targets", "n", "cue found", "speaker recovered", "speaker (strict overlap)"], rows))
    main = rows_by.get("verbs + prepositions", Counter())
    result.floors.append(Floor("FrameNet speaker recovery (verbs + prepositions)",
                               ratio(main["speaker"], main["targets"]), FLOOR_SPEAKER))
    result.tables.append(Table("Speaker misses by kind (verbs + prepositions)",
                               ["kind", "n"], [[k, v] for k, v in miss_kinds.most_common()]))
    sample = precision_sample(ours_all)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "attribution_fr_precision_sample.jsonl").open("w", encoding="utf-8") as f:
            for i, item in enumerate(sample, 1):
                f.write(json.dumps({"n": i, **item}, ensure_ascii=False) + "\n")
    result.notes.append(f"Precision: hand-check the {len(sample)} sampled attributions "
                        f"(seed {SAMPLE_SEED}) in attribution_fr_precision_sample.jsonl; "
                        "verdicts in training/evaluation/attribution_fr_precision_check.md.")
    result.details = {
        "sentences": n_sentences, "our_attributions": len(ours_all),
        "our_types": dict(Counter(a["type"] for a in ours_all)),
        "groups": {g: dict(c) for g, c in rows_by.items()},
        "miss_kinds": dict(miss_kinds),
        "missed_lus": dict(Counter(m["lu"] for m in misses).most_common(60)),
        "misses": misses,
    }
    return result
