"""French conditional mood, token level, on Universal Dependencies treebanks.

Gold: the syntactic words whose ``feats`` hold ``Mood=Cnd``. UD gives forms, not offsets, so each
surface token (a multi-word token such as ``du`` = ``de le`` counts once, with the span of its
surface form) is found in ``text`` by walking it left to right. A prediction matches a gold token
when their character spans overlap.

Three systems on the same sentences:
- ours: ``conditional_cues`` (spaCy's tagger + the future-stem check), what the extractor counts;
- spaCy alone: tokens that fr_core_news_sm's morphologizer marks ``Mood=Cnd``;
- a naive regex: any word ending in -rais/-rait/-rions/-riez/-raient.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import (
    PRF,
    PRF_HEADERS,
    Floor,
    Result,
    Table,
    context,
    match_spans,
    overlaps,
    prf_row,
    read_jsonl,
)

CORPORA = ("ud_fr_gsd_dev", "ud_fr_partut_train", "ud_fr_partut_dev", "ud_fr_rhapsodie_dev")
ROBUSTNESS_ONLY = {"ud_fr_rhapsodie_dev"}  # transcribed speech: no floor
FLOOR_F1 = 0.95
NAIVE = re.compile(r"\b\w+(?:rais|rait|rions|riez|raient)\b", re.IGNORECASE)
SYSTEMS = ("ours", "spacy_morph", "naive_regex")
MAX_ERRORS = 300  # error examples kept per corpus and system in the JSON


def surface_tokens(sentence: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Surface forms in text order, each with the syntactic words it stands for.

    A multi-word token ("du", ids 40-41) yields its own form and both words; a word inside it is
    not yielded again. Empty nodes (decimal ids) are skipped.
    """
    ranges: dict[int, tuple[int, str]] = {}
    for mwt in sentence.get("mwt") or []:
        first, last = (int(part) for part in mwt["id"].split("-"))
        ranges[first] = (last, mwt["form"])
    words = {tok["id"]: tok for tok in sentence["tokens"] if isinstance(tok["id"], int)}
    out: list[tuple[str, list[dict[str, Any]]]] = []
    i, last_id = 1, max(words, default=0)
    while i <= last_id:
        if i in ranges:
            last, form = ranges[i]
            out.append((form, [words[j] for j in range(i, last + 1) if j in words]))
            i = last + 1
        else:
            if i in words:
                out.append((words[i]["form"], [words[i]]))
            i += 1
    return out


def token_offsets(sentence: dict[str, Any]) -> list[tuple[int, int, list[dict[str, Any]]]]:
    """(start, end, words) of each surface token, found by walking ``text``.

    A form not found where expected is skipped (and the cursor stays), so one odd token cannot
    shift every later offset.
    """
    text = sentence["text"]
    cursor = 0
    spans = []
    for form, words in surface_tokens(sentence):
        at = text.find(form, cursor)
        if at < 0 or text[cursor:at].strip():
            continue
        spans.append((at, at + len(form), words))
        cursor = at + len(form)
    return spans


def gold_spans(sentence: dict[str, Any]) -> list[tuple[int, int]]:
    return [
        (start, end)
        for start, end, words in token_offsets(sentence)
        if any("Mood=Cnd" in (w.get("feats") or "") for w in words)
    ]


def predictions(text: str, lex) -> dict[str, list[tuple[int, int]]]:
    """Spans predicted by each system on one sentence."""
    from training.features.conditional import conditional_cues
    from training.features.parse import parse_text

    parsed = parse_text(text, lex)
    cues, _ = conditional_cues(parsed.doc, lex)
    return {
        "ours": [(c.start, c.end) for c in cues],
        "spacy_morph": [(t.idx, t.idx + len(t.text)) for t in parsed.doc
                        if "Cnd" in t.morph.get("Mood")],
        "naive_regex": [m.span() for m in NAIVE.finditer(text)],
    }


def evaluate_corpus(path: Path, lex, limit: int | None) -> dict[str, Any]:
    scores = {name: PRF() for name in SYSTEMS}
    errors: dict[str, dict[str, list[str]]] = {name: {"fp": [], "fn": []} for name in SYSTEMS}
    n = 0
    for sentence in read_jsonl(path, limit):
        n += 1
        text = sentence["text"]
        gold = gold_spans(sentence)
        for name, pred in predictions(text, lex).items():
            scores[name] = scores[name].add(match_spans(pred, gold))
            fps = [p for p in pred if not any(overlaps(*p, *g) for g in gold)]
            fns = [g for g in gold if not any(overlaps(*p, *g) for p in pred)]
            for kind, spans in (("fp", fps), ("fn", fns)):
                kept = errors[name][kind]
                kept.extend(context(text, s, e) for s, e in spans[: MAX_ERRORS - len(kept)])
    return {"sentences": n, "scores": scores, "errors": errors}


def run(shared: Path, limit: int | None = None, out: Path | None = None) -> Result:
    from training.features.lexicon import load_lexicon

    lex = load_lexicon("fr")
    result = Result("conditional")
    per: dict[str, dict[str, Any]] = {}
    for corpus in CORPORA:
        per[corpus] = evaluate_corpus(shared / "eval" / f"{corpus}.jsonl", lex, limit)
    partut = {name: per["ud_fr_partut_train"]["scores"][name].add(
        per["ud_fr_partut_dev"]["scores"][name]) for name in SYSTEMS}
    rows = []
    for corpus in CORPORA:
        for name in SYSTEMS:
            rows.append(prf_row(f"{corpus} / {name}", per[corpus]["scores"][name]))
    for name in SYSTEMS:
        rows.append(prf_row(f"ud_fr_partut_train+dev / {name}", partut[name]))
    result.tables.append(Table("Conditional mood (token level, gold Mood=Cnd)",
                               PRF_HEADERS, rows))
    result.floors = [
        Floor("conditional F1, ud_fr_gsd_dev", per["ud_fr_gsd_dev"]["scores"]["ours"].f1,
              FLOOR_F1),
        Floor("conditional F1, ud_fr_partut_train+dev", partut["ours"].f1, FLOOR_F1),
    ]
    result.notes.append("ud_fr_partut_dev alone holds about one gold conditional: read the "
                        "pooled ParTUT row; Rhapsodie (speech) is robustness only, no floor.")
    result.details = {
        corpus: {
            "sentences": data["sentences"],
            "robustness_only": corpus in ROBUSTNESS_ONLY,
            "scores": {name: prf.to_dict() for name, prf in data["scores"].items()},
            "errors": data["errors"],
        }
        for corpus, data in per.items()
    }
    result.details["ud_fr_partut_train+dev"] = {
        "scores": {name: prf.to_dict() for name, prf in partut.items()}}
    return result
