"""``python -m training fit``: train, cross-validate and save a model directory."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from training.cli_errors import CliError

DESCRIPTION = """\
Featurise the corpora (JSON-lines files in the corpus format, or names of the external corpora
such as fresada_train), fit features -> imputer -> scaler -> logistic regression, report
group-disjoint cross-validation, calibrate (Platt, folded into the coefficients) and write
MODELS_DIR/NAME/VERSION/ atomically. An existing version is never overwritten."""


def add_parser(subparsers) -> None:
    from training.corpus import EXTERNAL_CORPORA
    from training.features.language import SUPPORTED

    parser = subparsers.add_parser(
        "fit", help="train a model and write models/NAME/VERSION/", description=DESCRIPTION,
        epilog=f"known corpora: {', '.join(EXTERNAL_CORPORA)}",
    )
    parser.add_argument("--corpus", nargs="+", required=True, metavar="FILE_OR_NAME",
                        help="training corpora (files or known names)")
    parser.add_argument("--language", required=True, choices=SUPPORTED)
    parser.add_argument("--name", required=True, help="model name, e.g. credibility-fr")
    parser.add_argument("--version", required=True, help="model version, e.g. 2025.11.26")
    parser.add_argument("--models-dir", type=Path, default=Path("models"),
                        help="folder of model directories (default: models)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for features")
    parser.add_argument("--calibrate", action=argparse.BooleanOptionalAction, default=True,
                        help="Platt-calibrate on cross-validated logits (default: on)")
    parser.add_argument("--cv-folds", type=int, default=5, help="cross-validation folds")
    parser.add_argument("--C", dest="C", type=float, default=None,
                        help="inverse regularisation strength of the logistic regression "
                             "(default: chosen among 0.01, 0.1, 1 by inner group CV)")
    parser.add_argument("--group-weights", action=argparse.BooleanOptionalAction, default=True,
                        help="give every group (outlet) the same total weight (default: on)")
    parser.add_argument("--fixed-ratings", action="store_true",
                        help="rating thresholds at 1/3 and 2/3 instead of chosen on "
                             "cross-validated scores")
    parser.add_argument("--group-by-corpus", action="store_true",
                        help="treat each training corpus as one group: its articles weigh as "
                             "much as another corpus's and stay on one side of every split "
                             "(for corpora of different kinds, e.g. an outlet archive and a "
                             "hand-labelled set)")
    parser.add_argument("--heldout", nargs="+", default=[], metavar="FILE_OR_NAME",
                        help="corpora of other outlets to score and record in the card")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the folds")
    parser.add_argument("--bootstrap", type=int, default=1000,
                        help="bootstrap resamples of the confidence intervals")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip the bag-of-words baseline")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def train(args: argparse.Namespace, out=sys.stdout) -> Path:
    """Fit and save; raise :class:`CliError` for anything the user can fix."""
    from training.artifacts import ArtifactError, check_new, save_model_dir
    from training.card import write_card_and_plots
    from training.corpus import CorpusError, load_corpus
    from training.features.errors import InputError
    from training.fit import FitError, fit_model, input_example

    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    if args.cv_folds < 2:
        raise CliError("--cv-folds must be at least 2")
    if getattr(args, "C", None) is not None and not args.C > 0:
        raise CliError("--C must be positive")
    try:
        # Fail before a long featurisation, not after it.
        target = check_new(args.models_dir, args.name, args.version)
        corpora = [load_corpus(spec) for spec in args.corpus]
        heldout = [load_corpus(spec) for spec in args.heldout]
        _refuse_repeated_corpora(corpora, heldout)
        if getattr(args, "group_by_corpus", False):
            for corpus in corpora:
                for article in corpus.articles:
                    article.group = corpus.name
        result = fit_model(
            corpora, args.language, heldout=heldout, jobs=args.jobs, calibrate=args.calibrate,
            cv_folds=args.cv_folds, random_state=args.seed, n_boot=args.bootstrap,
            baseline=args.baseline, progress=not args.quiet,
            group_weighting=getattr(args, "group_weights", True), C=getattr(args, "C", None),
            fixed_ratings=getattr(args, "fixed_ratings", False),
        )
        result.metadata["reproduce"] = reproduce_commands(args, corpora, heldout)
        path = save_model_dir(
            args.models_dir, args.name, args.version, result.pipeline, result.metadata,
            input_example=input_example(args.language),
            write_extras=lambda folder, meta: write_card_and_plots(folder, meta, result.curves),
        )
    except (CorpusError, FitError, ArtifactError, InputError) as error:
        raise CliError(str(error)) from None
    assert path == target
    print(summary(result.metadata, path), file=out)
    return path


def _refuse_repeated_corpora(corpora: list, heldout: list) -> None:
    """A file given twice (by path or by content) is refused: twice to --corpus, its articles
    would count twice, as a duplicate id within one file would; to --corpus and --heldout, the
    model would be measured on what it learnt from (with --group-by-corpus its groups are
    renamed, so the shared-group check would not show it)."""
    from training.corpus import CorpusError

    seen: dict[str, Path] = {}
    for corpus in corpora:
        if corpus.sha256 in seen:
            raise CorpusError(f"{corpus.path}: given twice to --corpus (same content as "
                              f"{seen[corpus.sha256]}): its articles would count twice")
        seen[corpus.sha256] = corpus.path
    for corpus in heldout:
        if corpus.sha256 in seen:
            raise CorpusError(f"{corpus.path}: given to --heldout and to --corpus (same content "
                              f"as {seen[corpus.sha256]}): a model is not measured on its "
                              "training data")


def reproduce_commands(args: argparse.Namespace, corpora: list, heldout: list) -> dict:
    """The exact ``fit`` command that made the model (every option that changes it, defaults
    left out) and the ``evaluate`` command for its directory, for the model card."""
    def specs(items: list) -> list[str]:
        return [corpus.spec or corpus.name for corpus in items]

    parts = ["python", "-m", "training", "fit", "--corpus", *specs(corpora),
             "--language", args.language, "--name", args.name, "--version", args.version]
    models_dir = Path(args.models_dir)
    if models_dir != Path("models"):
        parts += ["--models-dir", str(models_dir)]
    if getattr(args, "group_by_corpus", False):
        parts.append("--group-by-corpus")
    if getattr(args, "fixed_ratings", False):
        parts.append("--fixed-ratings")
    if not args.calibrate:
        parts.append("--no-calibrate")
    if not getattr(args, "group_weights", True):
        parts.append("--no-group-weights")
    if getattr(args, "C", None) is not None:
        parts += ["--C", str(args.C)]
    if args.cv_folds != 5:
        parts += ["--cv-folds", str(args.cv_folds)]
    if args.seed != 0:
        parts += ["--seed", str(args.seed)]
    if args.bootstrap != 1000:
        parts += ["--bootstrap", str(args.bootstrap)]
    if not args.baseline:
        parts.append("--no-baseline")
    if heldout:
        parts += ["--heldout", *specs(heldout)]
    model = models_dir / args.name / args.version
    return {
        "fit": shlex.join(parts),
        "evaluate": shlex.join(["python", "-m", "training", "evaluate", "--model", str(model),
                                "--corpus"]) + " ...",
    }


def summary(metadata: dict, path: Path) -> str:
    cv = metadata["metrics"]["cross_validation"]
    pooled = cv["pooled"]["metrics"]
    ci = cv["pooled"]["ci95"].get("auc")
    scheme = cv["scheme"]
    lines = [f"wrote {path}"]
    disjoint = "group-disjoint" if scheme["group_disjoint"] else "NOT group-disjoint (1 group)"
    auc = "n/a" if pooled["auc"] is None else f"{pooled['auc']:.3f}"
    lines.append(f"cross-validation ({scheme['folds']} folds, {disjoint}): AUC {auc}"
                 + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "")
                 + f", Brier {pooled['brier']:.3f}, ECE {pooled['ece']:.3f}")
    if "baseline" in cv and cv["baseline"]["metrics"]["auc"] is not None:
        lines.append(f"  bag-of-words baseline, same folds: AUC "
                     f"{cv['baseline']['metrics']['auc']:.3f}")
    for name, held in metadata["metrics"]["heldout"].items():
        m = held["metrics"]
        auc = "n/a" if m["auc"] is None else f"{m['auc']:.3f}"
        line = f"held out {name}: AUC {auc}, accuracy {m['accuracy']:.3f}, Brier {m['brier']:.3f}"
        if "baseline" in held and held["baseline"]["metrics"]["auc"] is not None:
            line += f" (baseline AUC {held['baseline']['metrics']['auc']:.3f})"
        lines.append(line)
    t = metadata["rating_thresholds"]
    lines.append(f"ratings: low < {t['low']}, high >= {t['high']}")
    if metadata["training"]["excluded_count"]:
        lines.append(f"{metadata['training']['excluded_count']} article(s) could not be "
                     "analysed and were left out (see metadata.json)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    train(args)
    return 0
