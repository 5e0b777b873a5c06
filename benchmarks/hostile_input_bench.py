"""Time taken by inputs built to be slow: does it grow in proportion to their size?

    python benchmarks/hostile_input_bench.py [--sizes 250,500,1000,2000]

Two families, each at growing sizes, one analysis each (seconds, and seconds per 10,000
characters, whose flatness is the point):
- a run of reporting clauses with no sentence end ("Jean Dupont a déclaré que Marie aurait
  dit que ..."), the worst case of rules that look around every cue across its sentence;
- HTML lists nested N deep around one sentence, the worst case of reading a tree;
- the benchmark articles repeated 1 to 32 times (up to about 200,000 characters, the
  service's limit), the worst case of rules that look back over the whole text at every
  speaker (names, roles, descriptors introduced earlier).
A CMS that posts such a text must get its answer, or a clear error, well within the service's
worker timeout. Prints figures; asserts nothing (tests/features/test_parse.py and
tests/features/test_intake.py check the behaviour that keeps these linear).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CLAUSE = "Jean Dupont a déclaré que Marie aurait dit que"


def timed(document: dict, language: str = "fr") -> float:
    from training.features import analyse_document

    started = time.perf_counter()
    analyse_document(document, language=language)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="250,500,1000,2000",
                        help="repetitions of the clause; HTML nesting is 10 times as deep")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    timed({"text": "Le ministre a déclaré que tout irait bien."})  # load the pipelines first
    timed({"text": "The minister said all would be well."}, "en")
    print(f"{'input':34} {'characters':>10} {'seconds':>8} {'s per 10k chars':>16}")
    for size in sizes:
        text = " ".join([CLAUSE] * size)
        seconds = timed({"text": text})
        print(f"{'clauses without a full stop x' + str(size):34} {len(text):>10,} "
              f"{seconds:>8.2f} {seconds / len(text) * 10_000:>16.3f}", flush=True)
    for size in sizes:
        depth = size * 10
        html = "<ul><li>" * depth + "Le ministre a déclaré que tout irait bien." + (
            "</li></ul>" * depth)
        seconds = timed({"html": html})
        print(f"{'lists nested ' + str(depth) + ' deep':34} {len(html):>10,} "
              f"{seconds:>8.2f} {seconds / len(html) * 10_000:>16.3f}", flush=True)
    for language in ("fr", "en"):
        article = (HERE / "articles" / f"{language}.txt").read_text(encoding="utf-8")
        for copies in (1, 4, 16, 32):
            text = "\n\n".join([article] * copies)
            seconds = timed({"text": text}, language)
            print(f"{'the ' + language + ' article x' + str(copies):34} {len(text):>10,} "
                  f"{seconds:>8.2f} {seconds / len(text) * 10_000:>16.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
