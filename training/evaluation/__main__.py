"""Run the evaluations and print their tables and floors.

``python -m training.evaluation [--out build/eval] [--limit N] [--only conditional,...]``

Prints one table per evaluation and a summary of the floors with PASS/FAIL, and writes
``<out>/<name>.json`` per evaluation plus ``<out>/summary.json``. Exits 0 even when a floor
fails (the summary says so loudly): the figures are the product, and ``make eval`` must print
them all. Skips with a message when ../shared/eval is absent (a fresh clone has none).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import time
from pathlib import Path

from training.features import features_fingerprint

from . import EVALUATIONS, SHARED, Floor, Table


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m training.evaluation",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/eval"),
                        help="directory for the JSON reports (default build/eval)")
    parser.add_argument("--limit", type=int, default=None,
                        help="only the first N sentences/articles of each corpus (development)")
    parser.add_argument("--only", default=",".join(EVALUATIONS),
                        help=f"comma-separated subset of: {','.join(EVALUATIONS)}")
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help="the shared folder holding eval/ and seeds/ (default ../shared)")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in args.only if name not in EVALUATIONS]
    if unknown:
        parser.error(f"unknown evaluation(s): {', '.join(unknown)}")
    return args


def _json_safe(value):
    """NaN is not JSON: write null instead."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if not (args.shared / "eval").is_dir():
        print(f"skipped: {args.shared / 'eval'} is absent (the evaluation corpora live outside "
              "the repository)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    # The fingerprint a model records (metadata.json, features_sha256): a report and a model
    # of the same extractor state show the same digest.
    state = features_fingerprint()
    print(f"training/features sha256 {state[:16]}")
    floors: list[tuple[str, Floor]] = []
    timings: dict[str, float] = {}
    for name in args.only:
        module = importlib.import_module(f"training.evaluation.{EVALUATIONS[name]}")
        started = time.perf_counter()
        result = module.run(args.shared, limit=args.limit, out=args.out)
        timings[name] = time.perf_counter() - started
        print(f"\n=== {name} ({timings[name]:.0f} s) ===")
        for table in result.tables:
            print(table.render(), end="\n\n")
        for note in result.notes:
            print(f"note: {note}")
        floors.extend((name, floor) for floor in result.floors)
        report = {**result.to_dict(), "seconds": timings[name], "limit": args.limit,
                  "features_sha256": state}
        (args.out / f"{name}.json").write_text(
            json.dumps(_json_safe(report), ensure_ascii=False, indent=1), encoding="utf-8")
    summary = Table("Summary: floors" + (f" (--limit {args.limit}: NOT the official figures)"
                                         if args.limit else ""),
                    ["evaluation", "floor", "value", "at least", "result"],
                    [[name, f.name, f.value, f.at_least, "PASS" if f.passed else "FAIL"]
                     for name, f in floors])
    print("\n" + summary.render())
    failed = [f for _, f in floors if not f.passed]
    print(f"\n{len(floors) - len(failed)}/{len(floors)} floors passed"
          + (f"; FAILED: {', '.join(f.name for f in failed)}" if failed else "."))
    (args.out / "summary.json").write_text(json.dumps(_json_safe({
        "limit": args.limit, "seconds": timings, "features_sha256": state,
        "floors": [{"evaluation": name, **f.to_dict()} for name, f in floors],
    }), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
