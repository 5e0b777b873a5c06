"""English hedge cues on the Szeged Uncertainty Corpus, FactBank news part (cue level).

Gold: cues of categories epistemic_modal, epistemic_modal_possible and doxastic. Condition
("if") and investigation ("whether") cues are not credibility hedges: they are ignored, that is,
a prediction overlapping one of them is neither right nor wrong (the ``strict`` figures in the
JSON count it as a false positive instead). Matching is by character overlap, so our phrase
"is expected to" matches the gold cue "expected".

Two systems on the same sentences:
- ours: the hedge cues ``conditional_cues`` returns for English (lexicon phrases + modals
  filtered by the tagger and the blockers), what the extractor counts;
- lexicon only: the en.toml hedge phrases and modals as plain regexes, no syntax.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import zip_longest
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

CORPUS = "szeged_factbank_news.jsonl"
HEDGE_CATEGORIES = frozenset({"epistemic_modal", "epistemic_modal_possible", "doxastic"})
IGNORED_CATEGORIES = frozenset({"condition", "investigation"})
FLOOR_F1 = 0.70
SYSTEMS = ("ours", "lexicon_only")
MAX_ERRORS = 400


@cache
def _modals(words: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)


def lexicon_only(text: str, lex) -> list[tuple[int, int]]:
    spans = [m.span() for m in lex.hedge_patterns.finditer(text)]
    return spans + [m.span() for m in _modals(lex.hedge_modals).finditer(text)]


def score(pred: list[tuple[int, int]], gold: list[tuple[int, int]],
          ignored: list[tuple[int, int]]) -> tuple[PRF, PRF]:
    """(lenient, strict): lenient drops predictions that only hit an ignored cue."""
    strict = match_spans(pred, gold)
    kept = [p for p in pred
            if any(overlaps(*p, *g) for g in gold) or not any(overlaps(*p, *i) for i in ignored)]
    return match_spans(kept, gold), strict


def run(shared: Path, limit: int | None = None, out: Path | None = None) -> Result:
    from training.features.conditional import conditional_cues
    from training.features.lexicon import load_lexicon
    from training.features.parse import parse_text

    lex = load_lexicon("en")
    scores = {name: PRF() for name in SYSTEMS}
    strict = {name: PRF() for name in SYSTEMS}
    errors: dict[str, dict[str, list[str]]] = {name: {"fp": [], "fn": []} for name in SYSTEMS}
    fn_words: Counter = Counter()
    fp_words: Counter = Counter()
    n = 0
    for sentence in read_jsonl(shared / "eval" / CORPUS, limit):
        n += 1
        text = sentence["text"]
        gold = [(c["start"], c["end"]) for c in sentence["cues"]
                if c["category"] in HEDGE_CATEGORIES]
        ignored = [(c["start"], c["end"]) for c in sentence["cues"]
                   if c["category"] in IGNORED_CATEGORIES]
        cues, _ = conditional_cues(parse_text(text, lex).doc, lex)
        preds = {"ours": [(c.start, c.end) for c in cues], "lexicon_only": lexicon_only(text, lex)}
        for name, pred in preds.items():
            lenient, strict_one = score(pred, gold, ignored)
            scores[name] = scores[name].add(lenient)
            strict[name] = strict[name].add(strict_one)
            fps = [p for p in pred if not any(overlaps(*p, *g) for g in gold + ignored)]
            fns = [g for g in gold if not any(overlaps(*p, *g) for p in pred)]
            if name == "ours":
                fp_words.update(text[s:e].lower() for s, e in fps)
                fn_words.update(text[s:e].lower() for s, e in fns)
            for kind, spans in (("fp", fps), ("fn", fns)):
                kept = errors[name][kind]
                kept.extend(context(text, s, e) for s, e in spans[: MAX_ERRORS - len(kept)])
    result = Result("hedges")
    result.tables.append(Table(
        f"English hedge cues, Szeged FactBank news ({n} sentences)",
        PRF_HEADERS, [prf_row(name, scores[name]) for name in SYSTEMS]
        + [prf_row(f"{name} (strict: ignored cues count as FP)", strict[name])
           for name in SYSTEMS]))
    result.tables.append(Table("Most frequent misses and false alarms (ours)",
                               ["missed gold cue", "n", "false alarm", "n "],
                               [[*a, *b] for a, b in zip_longest(
                                   fn_words.most_common(15), fp_words.most_common(15),
                                   fillvalue=("", ""))]))
    result.floors = [Floor("hedge cue F1 (Szeged FactBank)", scores["ours"].f1, FLOOR_F1)]
    details: dict[str, Any] = {
        "sentences": n,
        "scores": {name: scores[name].to_dict() for name in SYSTEMS},
        "strict": {name: strict[name].to_dict() for name in SYSTEMS},
        "missed_words": dict(fn_words.most_common(80)),
        "false_alarm_words": dict(fp_words.most_common(80)),
        "errors": errors,
    }
    result.details = details
    return result
