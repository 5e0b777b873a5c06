"""``python -m training evaluate``: a saved model and a bag-of-words baseline on corpora."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from training.cli_errors import CliError

DESCRIPTION = """\
Score corpora with a saved model: AUC, accuracy at the model's decision threshold, Brier score,
expected calibration error (10 bins), 95% bootstrap intervals and per-group figures; beside it, a
TF-IDF + logistic regression baseline trained on the model's own training corpora (re-loaded by
the names recorded in metadata.json)."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="metrics of a saved model (and a bag-of-words baseline) on corpora",
        description=DESCRIPTION,
    )
    parser.add_argument("--model", required=True, type=Path, metavar="MODEL_DIR",
                        help="a model directory, e.g. models/credibility-fr/2025.11.26")
    parser.add_argument("--corpus", nargs="+", required=True, metavar="FILE_OR_NAME",
                        help="corpora to score (files or known names)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for features")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip the bag-of-words baseline")
    parser.add_argument("--bootstrap", type=int, default=1000,
                        help="bootstrap resamples of the confidence intervals")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from training.artifacts import ModelLoadError
    from training.corpus import CorpusError
    from training.evaluate import evaluate_model, format_report
    from training.features.errors import InputError

    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    try:
        report = evaluate_model(args.model, args.corpus, jobs=args.jobs, baseline=args.baseline,
                                n_boot=args.bootstrap, progress=not args.quiet)
    except (ModelLoadError, CorpusError, InputError) as error:
        raise CliError(str(error)) from None
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_report(report))
    return 0
