"""The extractor of this tree against the one of another git revision, in one process.

    python benchmarks/compare_extractors.py --old REV [--runs 60] [--languages fr,en]

Wall-clock figures on this shared machine swing by up to 2x from one minute to the next, so two
extractors timed in turn can disagree by more than what changed between them. Here both run in
one process, alternating on the same benchmark article, and each run is timed in CPU seconds
(``time.process_time``): the medians and their ratio are what to compare. The other revision's
``training`` package is exported with ``git archive`` into a temporary folder and imported under
the name ``training_old`` (its own spaCy pipelines load beside this tree's). Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

_ABSOLUTE = re.compile(r"\b(from|import) training\b")
# The package named in a string: resources.files("training.features") finds the lexicons, which
# must be the old revision's too.
_QUOTED = re.compile(r"""(["'])training(?=[."'])""")


def export_old(revision: str, folder: Path) -> Path:
    """The ``training`` package of ``revision``, as ``training_old`` under ``folder``."""
    archive = subprocess.run(["git", "archive", revision, "training"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder / "export", filter="data")
    package = folder / "training_old"
    (folder / "export" / "training").rename(package)
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        source = _ABSOLUTE.sub(r"\1 training_old", source)
        path.write_text(_QUOTED.sub(r"\1training_old", source), encoding="utf-8")
    return folder


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True, help="the git revision to compare against")
    parser.add_argument("--runs", type=int, default=60, help="pairs of runs per language")
    parser.add_argument("--languages", default="fr,en")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="compare-extractors-") as tmp:
        try:
            sys.path.insert(0, str(export_old(args.old, Path(tmp))))
        except subprocess.CalledProcessError as exc:
            print(f"error: git archive {args.old}: {exc.stderr.decode().strip()}", file=sys.stderr)
            return 2
        new = importlib.import_module("training.features").analyse_document
        old = importlib.import_module("training_old.features").analyse_document

        print(f"old = {args.old}, new = this tree; CPU ms per analysis, medians of {args.runs}")
        for language in args.languages.split(","):
            text = (HERE / "articles" / f"{language}.txt").read_text(encoding="utf-8")
            document = {"text": text}
            for analyse in (old, new):
                for _ in range(3):  # pipelines loaded, caches warm
                    analyse(document, language=language)
            times: dict[str, list[float]] = {"old": [], "new": []}
            for _ in range(args.runs):
                for name, analyse in (("old", old), ("new", new)):
                    started = time.process_time()
                    analyse(document, language=language)
                    times[name].append(time.process_time() - started)
            before, after = median_ms(times["old"]), median_ms(times["new"])
            print(f"{language}: old {before:.1f} ms, new {after:.1f} ms, "
                  f"new/old {after / before:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
