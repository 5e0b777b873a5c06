"""English attributions on PolNeAR (political news, 7 US publishers, 2016).

Per article we run the extractor's own steps on the text (intake, parse, attributions, denials)
and compare with the first annotation set (16 articles have several annotators; we take the
first, as the corpus's ``n_attributions_first_set`` does).

- Source recall: gold attributions with ``has_source``; hit when one of our speaker spans overlaps
  a fragment of the gold source. A gold relative pronoun source ("who", "which", "that") also
  counts when our speaker is its antecedent (our span ends right before it, only spaces and
  commas between): the extractor replaces a relative by what it stands for.
- Source precision: our attributions that have a speaker span; right when it overlaps some gold
  source (same relative rule). Attributions without a speaker are counted apart.
- Both overall (micro) and per article (mean, median).
- Named vs anonymous typing, on gold sources we recovered, against the corpus's silver CoreNLP
  NER of the source span. Mapping: a PERSON or ORGANIZATION token -> named; otherwise a source
  containing an anonymous noun (ANONYMOUS_NOUNS: officials, sources, people, aides...) ->
  anonymous; a source that is only a pronoun (PRP, WP, WDT, "who", "that") -> excluded (no
  gold type: the silver NER does not resolve pronouns, and scoring our own resolution against
  nothing would be circular); anything else ("voters", "the poll", "the campaign") -> excluded
  as not typable. Ours: person/organisation/media -> named, anonymous -> anonymous, collective
  and unresolved -> neither (a disagreement).
- Denial cues: gold cues whose text is a form of deny, dismiss, reject or dispute; hit when one of
  our denial matches overlaps the cue.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from . import Floor, Result, Table, context, overlaps, ratio, read_jsonl

CORPUS = "polnear_train.jsonl"
FLOOR_RECALL = 0.85
FLOOR_PRECISION = 0.80
FLOOR_TYPING = 0.85
MAX_ERRORS = 500
RELATIVES = frozenset({"who", "which", "that", "whom"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT"})
ANONYMOUS_NOUNS = frozenset({
    "official", "officials", "source", "sources", "people", "person", "persons", "aide",
    "aides", "insider", "insiders", "adviser", "advisers", "advisor", "advisors", "staffer",
    "staffers", "someone", "somebody", "spokesman", "spokeswoman", "spokesperson", "diplomat",
    "diplomats", "associate", "associates", "confidant", "confidants", "operative",
    "operatives",
})
DENY = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial|ials)|dismiss(?:es|ed|ing)?|"
                  r"reject(?:s|ed|ing)?|disput(?:e|es|ed|ing))\b", re.IGNORECASE)
CORE_SPEECH = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|telling|according|added|"
                         r"adds|add|adding|wrote|writes|write|stated|states|explained|"
                         r"announced)\b", re.IGNORECASE)
OUR_CLASS = {"person": "named", "organisation": "named", "media": "named",
             "anonymous": "anonymous", "collective": "other", "unresolved": "other"}


def silver_class(source: dict[str, Any]) -> str | None:
    """named / anonymous / pronoun / other from the silver NER+POS, None without silver."""
    silver = source.get("silver_corenlp")
    if not silver:
        return None
    ner, pos = silver.get("ner") or [], silver.get("pos") or []
    words = re.findall(r"[\w'’.-]+", source["text"].lower())
    if "PERSON" in ner or "ORGANIZATION" in ner:
        return "named"
    if (pos and all(tag in PRONOUN_TAGS for tag in pos)) or (words and set(words) <= RELATIVES):
        return "pronoun"
    if any(w in ANONYMOUS_NOUNS for w in words):
        return "anonymous"
    return "other"


def source_hit(ours: tuple[int, int], fragments: list[list[int]], text: str,
               source_text: str) -> bool:
    """Our speaker against a gold source's fragments (relative pronoun rule in the docstring)."""
    if any(overlaps(*ours, *frag) for frag in fragments):
        return True
    if source_text.strip().lower() not in RELATIVES:
        return False
    start = fragments[0][0]
    return ours[1] <= start and not text[ours[1]:start].strip(" ,")


def _analyse(text: str, lex):
    from training.features.attribution import find_attributions
    from training.features.denial import find_denials
    from training.features.intake import read_document
    from training.features.parse import parse_text

    analysed = read_document({"text": text}).analysed  # captions masked, same offsets
    return find_attributions(parse_text(analysed, lex), lex), find_denials(analysed, lex)


def run(shared: Path, limit: int | None = None, out: Path | None = None) -> Result:
    from training.features.lexicon import load_lexicon

    lex = load_lexicon("en")
    c: Counter = Counter()
    per_article: list[dict[str, Any]] = []
    typing: Counter = Counter()
    silver_counts: Counter = Counter()
    missed_cues: Counter = Counter()
    fp_cues: Counter = Counter()
    misses: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    typing_errors: list[dict[str, Any]] = []
    denial_misses: list[str] = []
    for article in read_jsonl(shared / "eval" / CORPUS, limit):
        text = article["text"]
        sets = article["annotation_sets"] or [{"attributions": []}]
        gold = sets[0]["attributions"]
        ours, denials = _analyse(text, lex)
        spoken = [a for a in ours if a.speaker_start is not None]
        c["ours without speaker"] += len(ours) - len(spoken)
        sources = [g for g in gold if g["has_source"] and g.get("source")]
        a_hit = 0
        for g in sources:
            src = g["source"]
            hits = [a for a in spoken if source_hit((a.speaker_start, a.speaker_end),
                                                    src["fragments"], text, src["text"])]
            cue_frags = g["cue"]["fragments"] if g.get("cue") else []
            # The attribution on the gold cue first: its type is the one to compare.
            hits.sort(key=lambda a: not any(overlaps(a.cue_start, a.cue_end, *f)
                                            for f in cue_frags))
            core = bool(g.get("cue") and CORE_SPEECH.search(g["cue"]["text"]))
            c["gold"] += 1
            c["gold core"] += core
            c["gold hit"] += bool(hits)
            c["gold core hit"] += bool(hits) and core
            c["gold hit with cue"] += any(
                overlaps(a.cue_start, a.cue_end, *f) for a in hits for f in cue_frags)
            a_hit += bool(hits)
            if not hits:
                cue = g["cue"]["text"].lower() if g.get("cue") else "(no cue)"
                missed_cues[cue] += 1
                if len(misses) < MAX_ERRORS and cue_frags:
                    near = [(text[a.cue_start:a.cue_end],
                             text[a.speaker_start:a.speaker_end] if a.speaker_start is not None
                             else None, a.type)
                            for a in ours if any(overlaps(a.cue_start, a.cue_end, *f)
                                                 for f in cue_frags)]
                    misses.append({"article": article["article_id"], "cue": cue,
                                   "source": src["text"][:80], "ours_on_cue": near,
                                   "context": context(text, *cue_frags[0], width=60)})
                continue
            silver = silver_class(src)
            silver_counts[silver or "no silver"] += 1
            if silver in ("named", "anonymous"):
                ours_class = OUR_CLASS[hits[0].type]
                typing[(silver, ours_class)] += 1
                if ours_class != silver and len(typing_errors) < MAX_ERRORS:
                    typing_errors.append({
                        "source": src["text"][:80], "silver": silver, "ours": hits[0].type,
                        "our_speaker": text[hits[0].speaker_start:hits[0].speaker_end][:80]})
        p_hit = 0
        all_sources = [(g["source"]["fragments"], g["source"]["text"]) for g in sources]
        for a in spoken:
            ok = any(source_hit((a.speaker_start, a.speaker_end), frags, text, src_text)
                     for frags, src_text in all_sources)
            p_hit += ok
            if not ok:
                fp_cues[text[a.cue_start:a.cue_end].lower()] += 1
                if len(false_pos) < MAX_ERRORS:
                    false_pos.append({"article": article["article_id"], "type": a.type,
                                      "kind": a.kind, "cue": text[a.cue_start:a.cue_end],
                                      "speaker": text[a.speaker_start:a.speaker_end][:80],
                                      "context": context(text, a.start, a.end, width=50)})
        c["ours"] += len(spoken)
        c["ours hit"] += p_hit
        for g in gold:
            cue = g.get("cue")
            if cue and DENY.search(cue["text"]):
                c["denial cues"] += 1
                hit = any(overlaps(m.start, m.end, *f) for m in denials for f in cue["fragments"])
                c["denial cues hit"] += hit
                if not hit:
                    denial_misses.append(context(text, *cue["fragments"][0]))
        per_article.append({"article": article["article_id"], "gold": len(sources),
                            "recall": ratio(a_hit, len(sources)), "ours": len(spoken),
                            "precision": ratio(p_hit, len(spoken))})
    recall = ratio(c["gold hit"], c["gold"])
    precision = ratio(c["ours hit"], c["ours"])
    comparable = sum(typing.values())
    agree = typing[("named", "named")] + typing[("anonymous", "anonymous")]
    result = Result("polnear")

    def spread(key: str) -> tuple[float, float]:
        values = [a[key] for a in per_article if a[key] == a[key]]
        if not values:
            return float("nan"), float("nan")
        return statistics.fmean(values), statistics.median(values)

    r_mean, r_median = spread("recall")
    p_mean, p_median = spread("precision")
    result.tables.append(Table(
        f"PolNeAR attributions ({len(per_article)} articles, first annotation set)",
        ["measure", "overall", "article mean", "article median", "count"],
        [["source recall", recall, r_mean, r_median, f"{c['gold hit']}/{c['gold']}"],
         ["source precision", precision, p_mean, p_median, f"{c['ours hit']}/{c['ours']}"],
         ["recall, say/tell/according-to cues", ratio(c["gold core hit"], c["gold core"]),
          "", "", f"{c['gold core hit']}/{c['gold core']}"],
         ["recall, other cues", ratio(c["gold hit"] - c["gold core hit"],
                                      c["gold"] - c["gold core"]),
          "", "", f"{c['gold hit'] - c['gold core hit']}/{c['gold'] - c['gold core']}"],
         ["recall, speaker and cue both overlap", ratio(c["gold hit with cue"], c["gold"]),
          "", "", f"{c['gold hit with cue']}/{c['gold']}"],
         ["named/anonymous typing agreement", ratio(agree, comparable), "", "",
          f"{agree}/{comparable}"],
         ["denial cue recall (deny/dismiss/reject/dispute)",
          ratio(c["denial cues hit"], c["denial cues"]), "", "",
          f"{c['denial cues hit']}/{c['denial cues']}"]]))
    result.tables.append(Table(
        "Typing: silver class (rows) x ours (columns), recovered sources",
        ["silver", "named", "anonymous", "other"],
        [[s, typing[(s, "named")], typing[(s, "anonymous")], typing[(s, "other")]]
         for s in ("named", "anonymous")]
        + [[f"excluded: {k}", v, "", ""] for k, v in silver_counts.items()
           if k not in ("named", "anonymous")]))
    result.floors = [
        Floor("PolNeAR source recall", recall, FLOOR_RECALL),
        Floor("PolNeAR source precision", precision, FLOOR_PRECISION),
        Floor("PolNeAR named/anonymous typing agreement", ratio(agree, comparable),
              FLOOR_TYPING),
    ]
    result.notes.append(f"{c['ours without speaker']} of our attributions have no speaker span "
                        "and are left out of precision.")
    result.details = {
        "counts": dict(c),
        "typing": {f"{s}->{o}": v for (s, o), v in typing.items()},
        "silver_classes": dict(silver_counts),
        "missed_cues": dict(missed_cues.most_common(80)),
        "false_positive_cues": dict(fp_cues.most_common(80)),
        "per_article": per_article,
        "misses": misses, "false_positives": false_pos, "typing_errors": typing_errors,
        "denial_misses": denial_misses[:MAX_ERRORS],
    }
    return result
