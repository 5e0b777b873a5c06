"""Language registry and detection.

Adding a language is a lexicon file (lexicons/<code>.toml, which names its spaCy pipeline) and
an entry in SUPPORTED: no new code path.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from training.corpus import sha256_file

from .errors import UnsupportedLanguageError

log = logging.getLogger(__name__)

SUPPORTED: tuple[str, ...] = ("fr", "en")
# Below this many letters, identification is a guess: say so rather than mislabel.
_MIN_LETTERS = 12


@cache
def _identifier():
    return compact_identifier(cache_dir())


def load_identifier() -> None:
    """Load the language identifier now (it otherwise loads on the first detection)."""
    _identifier()


# py3langid's model (data/model.npz.xz, 4.5 MB) decompresses to a 27 MB float16 matrix, a 37 MB
# table of DFA transitions and two 100,000-entry tables, which py3langid keeps as lists of
# Python ints: about 70 MiB of heap in every process that detects a language. The same arrays,
# decompressed once into a cache folder and memory-mapped read-only, cost no heap, no LZMA
# decompression at start (0.6 s), and only the pages that texts actually visit, shared by all
# processes and reclaimable by the kernel. The identifier is py3langid's own class over those
# arrays: the same numbers through the same code, so the same decisions
# (tests/features/test_language.py compares it with the stock identifier).
CACHE_ENV = "SCORER_DATA_CACHE_DIR"
_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
_MAPPED = ("ptc", "nextmove")


def cache_dir() -> Path | None:
    """Where decompressed model data is kept: $SCORER_DATA_CACHE_DIR ("off": nowhere), else
    $XDG_CACHE_HOME/source-credibility, else ~/.cache/source-credibility."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in {"off", "none", "0"}:
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(
        os.path.expanduser("~"), ".cache")
    return Path(base) / "source-credibility"


def _model_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def _decompress(model: Path) -> dict:
    """The model's arrays, read as py3langid.modelio.load_model reads them."""
    import lzma

    import numpy as np

    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(model) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with np.load(tmp, allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
            arrays["classes"] = data["classes"].tolist()
    return arrays


def _write_cache(folder: Path, arrays: dict, source: str) -> None:
    """Write the arrays as .npy files with a manifest of their digests, all at once (a
    temporary folder renamed into place: readers never see half a cache)."""
    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        files = {}
        for name in _ARRAYS:
            np.save(staging / f"{name}.npy", np.ascontiguousarray(arrays[name]))
            files[name] = sha256_file(staging / f"{name}.npy")
        manifest = {"source_sha256": source, "classes": arrays["classes"], "files": files}
        (staging / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        try:
            staging.rename(folder)
        except OSError:  # another process wrote it first
            pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _read_cache(folder: Path, source: str) -> dict | None:
    import numpy as np

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest["source_sha256"] != source or set(manifest["files"]) != set(_ARRAYS):
            return None
        arrays = {"classes": manifest["classes"]}
        for name in _ARRAYS:
            path = folder / f"{name}.npy"
            if sha256_file(path) != manifest["files"][name]:
                return None
            arrays[name] = np.load(path, mmap_mode="r" if name in _MAPPED else None,
                                   allow_pickle=False)
        return arrays
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_model_arrays(cache: Path | None) -> dict:
    """py3langid's model arrays: memory-mapped from ``cache`` (filled on first use) when it
    is usable, else decompressed in memory."""
    import py3langid

    model = _model_file()
    source = sha256_file(model)
    if cache is not None:
        version = getattr(py3langid, "__version__", "")
        folder = cache / f"py3langid-{version}-{source[:16]}"
        arrays = _read_cache(folder, source)
        if arrays is not None:
            return arrays
        shutil.rmtree(folder, ignore_errors=True)  # damaged or partial: replace it
        try:
            _write_cache(folder, _decompress(model), source)
        except OSError as exc:
            log.debug("cannot cache py3langid's model in %s: %s", cache, exc)
        else:
            arrays = _read_cache(folder, source)
            if arrays is not None:
                return arrays
    return _decompress(model)


def compact_identifier(cache: Path | None = None):
    """py3langid's LanguageIdentifier (normalised probabilities) over compact arrays: the
    transition table and the per-state tables as buffers of machine integers (indexing them
    gives the same Python ints as py3langid's arrays and lists), the feature matrix as is."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    arrays = load_model_arrays(cache)
    row = arrays["nextmove_row"]
    identifier = LanguageIdentifier(
        np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"],
        memoryview(np.ascontiguousarray(arrays["nextmove"])),
        memoryview(np.ascontiguousarray(arrays["out_feat"])),
        norm_probs=True, tk_row=(),
    )
    # py3langid would keep ``[r << 8 for r in tk_row]`` as a list of Python ints.
    identifier.tk_row = memoryview(np.ascontiguousarray(row))
    identifier._rowbase = memoryview(row.astype(np.int64) << 8)
    return identifier


def detect_language(text: str) -> str:
    """The language code of ``text`` if we support it.

    Raises
    ------
    UnsupportedLanguageError
        The text is in another language (named in the error), or too short to tell.
    """
    letters = sum(ch.isalpha() for ch in text)
    if letters < _MIN_LETTERS:
        raise UnsupportedLanguageError("unknown (text too short to identify)", SUPPORTED)
    code, _ = _identifier().classify(text[:5000])
    if code not in SUPPORTED:
        # langid confuses close languages on short texts; prefer a supported one when it is
        # nearly as likely as the winner.
        ranked = _identifier().rank(text[:5000])
        best = dict(ranked)
        top = ranked[0][1]
        for supported in SUPPORTED:
            if best.get(supported, 0.0) >= 0.5 * top and top < 0.9:
                return supported
        raise UnsupportedLanguageError(code, SUPPORTED)
    return code


def check_language(code: str) -> str:
    code = code.lower().strip()
    if code not in SUPPORTED:
        raise UnsupportedLanguageError(code, SUPPORTED)
    return code
