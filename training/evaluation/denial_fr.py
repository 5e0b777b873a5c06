"""French denials on the French FrameNet: sentences with a denial vs with a confirmation.

Positives: sentences with ``has_denial`` (a frame annotation of nier, démentir, contredire,
mettre en doute...). Negatives: sentences with a confirmation (``confirmation_annoset_ids``) and
no denial; a detection there is a false positive. Other sentences carry no denial label (the
annotation is partial), so they are not counted, but our detections in them are listed in the
JSON for error analysis. Text is detokenised as in attribution_fr (same reasons).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from . import Floor, Result, Table, context, overlaps, ratio, read_jsonl
from .attribution_fr import CORPUS, detokenise, map_span

FLOOR_RECALL = 0.80
FLOOR_PRECISION = 0.90
MAX_OTHER = 200


def run(shared: Path, limit: int | None = None, out: Path | None = None) -> Result:
    from training.features.denial import find_denials
    from training.features.lexicon import load_lexicon

    lex = load_lexicon("fr")
    counts: Counter = Counter()
    missed: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    other_hits: list[str] = []
    for sentence in read_jsonl(shared / "eval" / CORPUS, limit):
        text, mapping = detokenise(sentence["text"])
        found = find_denials(text, lex)
        is_denial = bool(sentence["has_denial"])
        is_confirmation = bool(sentence["confirmation_annoset_ids"]) and not is_denial
        by_id = {a["annoset_id"]: a for a in sentence["annotations"]}
        if is_denial:
            counts["denial sentences"] += 1
            counts["detected in denial sentences"] += bool(found)
            targets = [map_span(mapping, by_id[i]["target"]["start"], by_id[i]["target"]["end"])
                       for i in sentence["denial_annoset_ids"] if i in by_id]
            counts["denial targets"] += len(targets)
            counts["denial targets hit"] += sum(
                any(overlaps(m.start, m.end, *t) for m in found) for t in targets)
            if not found:
                missed.append({"sentence_id": sentence["sentence_id"],
                               "lus": [by_id[i]["lu"] for i in sentence["denial_annoset_ids"]
                                       if i in by_id],
                               "targets": [context(text, *t) for t in targets]})
        elif is_confirmation:
            counts["confirmation sentences"] += 1
            counts["detected in confirmation sentences"] += bool(found)
            if found:
                false_alarms.append({"sentence_id": sentence["sentence_id"],
                                     "cues": [context(text, m.start, m.end) for m in found]})
        elif found:
            counts["detected in unlabelled sentences"] += 1
            if len(other_hits) < MAX_OTHER:
                other_hits.extend(context(text, m.start, m.end) for m in found)
    tp = counts["detected in denial sentences"]
    fp = counts["detected in confirmation sentences"]
    recall = ratio(tp, counts["denial sentences"])
    precision = ratio(tp, tp + fp)
    result = Result("denial")
    result.tables.append(Table(
        "French denials (FrameNet sentences: denial vs confirmation)",
        ["measure", "value", "count"],
        [["recall (denial sentences detected)", recall,
          f"{tp}/{counts['denial sentences']}"],
         ["precision (denial vs confirmation)", precision, f"{tp}/{tp + fp}"],
         ["confirmation sentences flagged", ratio(fp, counts["confirmation sentences"]),
          f"{fp}/{counts['confirmation sentences']}"],
         ["denial targets overlapped by a cue",
          ratio(counts["denial targets hit"], counts["denial targets"]),
          f"{counts['denial targets hit']}/{counts['denial targets']}"]]))
    result.floors = [
        Floor("denial recall (FrameNet)", recall, FLOOR_RECALL),
        Floor("denial precision (FrameNet)", precision, FLOOR_PRECISION),
    ]
    result.details = {"counts": dict(counts), "missed": missed, "false_alarms": false_alarms,
                      "unlabelled_hits": other_hits}
    return result
