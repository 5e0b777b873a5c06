"""Retrain the two reference models the service ships with.

    python -m training.reference_models --models-dir models [--jobs 2] [--version 2025.11.26]

- ``credibility-fr`` on ``fresada_train`` plus the team's own French corpus
  (``data/corpus/fr.jsonl``: sourcing labels written on purpose, not outlet proxies), scored on
  ``fresada_validation`` (other outlets); FreSaDa's train split is one group, so its
  cross-validation is not outlet-disjoint and the held-out split is the figure that counts
  (floor: AUC >= 0.95).
- ``credibility-en`` on ``recovery_public_outlets`` + ``horne2017_buzzfeed`` with
  publisher-grouped cross-validation (floor: AUC >= 0.80).

Both are written beside a bag-of-words baseline (TF-IDF + logistic regression) on the same
splits. Without ../shared/eval (a fresh clone) the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from training.corpus import EXTERNAL_CORPORA, eval_dir

TEAM_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


@dataclass(frozen=True)
class Reference:
    name: str
    language: str
    corpora: tuple[str, ...]
    heldout: tuple[str, ...]
    floor_on: str  # "heldout:<corpus>" or "cv"
    floor: float
    group_by_corpus: bool = False
    calibrate: bool = True


REFERENCES = (
    # FreSaDa's train split is one outlet pair whose "regular" side is opinion blogs: sourcing
    # features point the wrong way there (README, "Reference models"). The team's corpus, as
    # one group of equal weight, teaches what sourcing means; cross-validation then runs across
    # the two corpora, whose logits are no calibration set, so the scores are the weighted
    # maximum-likelihood probabilities of the logistic model itself.
    Reference("credibility-fr", "fr", ("fresada_train", str(TEAM_CORPUS / "fr.jsonl")),
              ("fresada_validation",), "heldout:fresada_validation", 0.95,
              group_by_corpus=True, calibrate=False),
    Reference("credibility-en", "en", ("recovery_public_outlets", "horne2017_buzzfeed"), (),
              "cv", 0.80),
)


def floor_auc(metadata: dict, reference: Reference) -> float | None:
    metrics = metadata["metrics"]
    if reference.floor_on == "cv":
        return metrics["cross_validation"]["pooled"]["metrics"]["auc"]
    corpus = reference.floor_on.split(":", 1)[1]
    return metrics["heldout"][corpus]["metrics"]["auc"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.reference_models",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--models-dir", type=Path, default=Path("models"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--version", default=None,
                        help="version of both models (default: today, YYYY.MM.DD, or the next "
                             "free .N when that would not sort after every existing version)")
    parser.add_argument("--only", nargs="+", choices=[r.name for r in REFERENCES],
                        help="retrain only these models")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    if args.version is None:
        from training.artifacts import default_version

        selected = [r.name for r in REFERENCES if not args.only or r.name in args.only]
        args.version = default_version(args.models_dir, selected)
    directory = eval_dir()
    if not directory.is_dir():
        print(f"skipped: {directory} is absent (the external corpora live in ../shared/eval)")
        return 0
    from training.cli_errors import CliError
    from training.commands import fit as fit_command

    status = 0
    for reference in REFERENCES:
        if args.only and reference.name not in args.only:
            continue
        missing = [c for c in (*reference.corpora, *reference.heldout) if c in EXTERNAL_CORPORA
                   and not (directory / EXTERNAL_CORPORA[c].file).is_file()]
        if missing:
            print(f"{reference.name}: skipped, missing {', '.join(missing)} in {directory}")
            continue
        print(f"== {reference.name} {args.version}", flush=True)
        fit_args = argparse.Namespace(
            corpus=list(reference.corpora), heldout=list(reference.heldout),
            language=reference.language, name=reference.name, version=args.version,
            models_dir=args.models_dir, jobs=args.jobs, calibrate=reference.calibrate,
            group_by_corpus=reference.group_by_corpus, fixed_ratings=reference.group_by_corpus,
            cv_folds=5, seed=0,
            bootstrap=1000, baseline=True, quiet=args.quiet, C=None, group_weights=True,
        )
        try:
            path = fit_command.train(fit_args)
        except CliError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        from training.artifacts import read_metadata

        auc = floor_auc(read_metadata(path), reference)
        met = auc is not None and auc >= reference.floor
        print(f"{reference.name}: AUC {'n/a' if auc is None else f'{auc:.3f}'} "
              f"({reference.floor_on}), floor {reference.floor}: {'met' if met else 'NOT MET'}")
    # A floor not met is reported, not hidden, and the model is still written: the figures in
    # its card are the honest ones. The exit status is for errors.
    return status


if __name__ == "__main__":
    sys.exit(main())
