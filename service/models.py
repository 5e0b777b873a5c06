"""The model registry: one model per served language, loaded with its checks, and readiness.

``training.artifacts.load_model_dir`` verifies the sha256 and the library versions recorded in
metadata.json before anything is unpickled (with scikit-learn's InconsistentVersionWarning an
error), and only from inside the configured folder. On top of that the registry checks that
the model is the one this language needs and, at warm-up, scores one document and checks the
explanation identity, so /readyz only says "ready" for a model that has actually produced a
sound answer in this process.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.config import MODEL_NAME_TEMPLATE
from service.explain import explain_document, identity_gap
from training.artifacts import LoadedModel, ModelLoadError, load_model_dir, newest_version
from training.features import FEATURE_NAMES, features_fingerprint
from training.features.language import load_identifier

log = logging.getLogger("service.models")

# A version is a directory name: no separators, no "..", nothing a path could escape with.
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$")

# Used when a model directory has no input_example.json: one reporting verb, one named source,
# so that warm-up runs every spaCy component (NER only runs on sentences with a source cue).
_WARMUP_TEXT = {
    "fr": "Selon Marie Dupont, porte-parole du ministère, la réforme « sera votée en juin ». "
    "Le syndicat n'a pas répondu à nos questions.",
    "en": "According to Mary Smith, a ministry spokeswoman, the reform \"will pass in June\". "
    "The union did not respond to requests for comment.",
}


class ModelUnavailable(Exception):
    """No usable model for a language (not configured, or refused at load)."""

    def __init__(self, language: str, reason: str):
        self.language = language
        self.reason = reason
        super().__init__(reason)


@dataclass
class ModelSlot:
    """One served language: the model loaded for it, or why there is none."""

    language: str
    name: str
    requested_version: str | None
    version: str | None = None
    loaded: LoadedModel | None = None
    error: str | None = None
    load_seconds: float | None = None

    @property
    def ready(self) -> bool:
        return self.loaded is not None

    @property
    def pipeline(self) -> Any:
        assert self.loaded is not None
        return self.loaded.pipeline

    @property
    def metadata(self) -> dict[str, Any]:
        assert self.loaded is not None
        return self.loaded.metadata

    @property
    def ident(self) -> tuple[str, str]:
        return (self.name, self.version or "")

    def status(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "name": self.name,
            "language": self.language,
            "version": self.version,
            "status": "ready" if self.ready else "failed",
        }
        if self.error:
            entry["reason"] = self.error
        return entry


class ModelRegistry:
    """Models by language, loaded from ``models_dir`` only."""

    def __init__(
        self,
        models_dir: Path,
        languages: tuple[str, ...],
        versions: dict[str, str] | None = None,
    ):
        self.models_dir = Path(models_dir)
        versions = versions or {}
        self.slots: dict[str, ModelSlot] = {
            language: ModelSlot(
                language=language,
                name=MODEL_NAME_TEMPLATE.format(language=language),
                requested_version=versions.get(language),
                error="not loaded yet",
            )
            for language in languages
        }

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.slots)

    @property
    def ready(self) -> bool:
        return all(slot.ready for slot in self.slots.values())

    def reasons(self) -> dict[str, str]:
        return {slot.name: slot.error or "" for slot in self.slots.values() if not slot.ready}

    def loaded(self) -> list[ModelSlot]:
        return [slot for slot in self.slots.values() if slot.ready]

    def by_name(self, name: str) -> ModelSlot | None:
        for slot in self.slots.values():
            if slot.name == name and slot.ready:
                return slot
        return None

    def for_language(self, language: str) -> ModelSlot:
        slot = self.slots.get(language)
        if slot is None:
            raise ModelUnavailable(language, f"language {language!r} is not served")
        if not slot.ready:
            raise ModelUnavailable(language, f"model {slot.name} is not loaded: {slot.error}")
        return slot

    def version_header(self) -> str:
        """Value of X-Model-Version when no single model answered: every loaded model."""
        loaded = [f"{slot.name}/{slot.version}" for slot in self.loaded()]
        return ", ".join(loaded) if loaded else "none"

    def _relative(self, reason: str) -> str:
        """``reason`` with paths inside the models folder written relative to it: /readyz is
        open without a key, and the server's directory layout is none of a caller's business.
        """
        for root in {str(self.models_dir.resolve()), str(self.models_dir)}:
            reason = (reason.replace(f"the models folder {root}", "the models folder")
                      .replace(root + "/", "").replace(root, "the models folder"))
        return reason

    def load(self, *, warmup: bool = True) -> None:
        for slot in self.slots.values():
            self._load(slot, warmup=warmup)
        if warmup and self.loaded():
            # The language identifier loads lazily too: load it here so that, under preload,
            # workers inherit it. Its model is memory-mapped from a cache folder (decompressed
            # there by the first start): its pages are read when a document comes without a
            # language, and are then shared by every process through the page cache. Without
            # a usable cache folder it is decompressed here, in memory the workers share.
            load_identifier()

    def _load(self, slot: ModelSlot, *, warmup: bool) -> None:
        started = time.perf_counter()
        slot.loaded, slot.version = None, slot.requested_version
        try:
            version = slot.requested_version or newest_version(self.models_dir, slot.name)
            if not version:
                raise ModelLoadError(f"no version of {slot.name} in {self.models_dir}")
            if not _VERSION.match(version):
                raise ModelLoadError(f"{version!r} is not a model version name")
            slot.version = version
            loaded = load_model_dir(
                self.models_dir / slot.name / version, models_root=self.models_dir
            )
            _check_identity(loaded, slot)
            if warmup:
                _self_check(loaded, slot)
        except ModelLoadError as exc:
            slot.error = f"refused: {self._relative(str(exc))}"
            log.error(
                "model %s %s refused: %s", slot.name, slot.version, exc,
                extra={"fields": {"event": "model_refused", "model": slot.name,
                                  "version": slot.version, "reason": str(exc)}},
            )
            return
        except Exception as exc:  # noqa: BLE001 - any failure leaves the service unready
            slot.error = f"failed to load: {type(exc).__name__}: {self._relative(str(exc))}"
            log.exception(
                "model %s %s failed to load", slot.name, slot.version,
                extra={"fields": {"event": "model_failed", "model": slot.name,
                                  "version": slot.version}},
            )
            return
        slot.loaded, slot.error = loaded, None
        slot.load_seconds = time.perf_counter() - started
        recorded = loaded.metadata.get("features_sha256")
        if not recorded:
            # Older models (2026.11.26) recorded no fingerprint: whether their features match
            # this code cannot be told, which an operator must hear as much as a mismatch.
            log.warning(
                "model %s %s recorded no feature fingerprint", slot.name, version,
                extra={"fields": {"event": "model_features_changed", "model": slot.name,
                                  "version": version, "recorded": None,
                                  "current": features_fingerprint(),
                                  "reason": "recorded no feature fingerprint"}},
            )
        elif recorded != features_fingerprint():
            # Served, but said: the lexicons or feature code changed since training, so the
            # model sees features it was not fitted on. Retrain to a new version.
            log.warning(
                "model %s %s was trained with other feature code or lexicons", slot.name,
                version, extra={"fields": {"event": "model_features_changed",
                                           "model": slot.name, "version": version,
                                           "recorded": recorded,
                                           "current": features_fingerprint()}},
            )
        log.info(
            "model loaded",
            extra={"fields": {"event": "model_loaded", "model": slot.name, "version": version,
                              "language": slot.language,
                              "seconds": round(slot.load_seconds, 3), "warmup": warmup}},
        )


def _check_identity(loaded: LoadedModel, slot: ModelSlot) -> None:
    metadata = loaded.metadata
    if metadata.get("name") not in (None, slot.name):
        raise ModelLoadError(f"metadata names {metadata.get('name')!r}, expected {slot.name!r}")
    if metadata.get("language") != slot.language:
        raise ModelLoadError(
            f"model language is {metadata.get('language')!r}, expected {slot.language!r}"
        )
    names = metadata.get("feature_names")
    if names is not None and tuple(names) != tuple(FEATURE_NAMES):
        raise ModelLoadError(
            "model features differ from this code's: "
            f"{', '.join(names)} vs {', '.join(FEATURE_NAMES)}"
        )
    if "features" not in getattr(loaded.pipeline, "named_steps", {}):
        raise ModelLoadError("the pipeline has no 'features' step")
    if "rating_thresholds" not in metadata:
        raise ModelLoadError("metadata.json has no rating_thresholds")


def _self_check(loaded: LoadedModel, slot: ModelSlot) -> None:
    document = _warmup_document(Path(loaded.path), slot.language)
    result = explain_document(
        loaded.pipeline, document, rating_thresholds=loaded.metadata["rating_thresholds"]
    )
    if not 0.0 <= result["score"] <= 1.0:
        raise ModelLoadError(f"self-check scored {result['score']!r}, outside [0, 1]")
    if 0.0 < result["score"] < 1.0 and identity_gap(result) > 1e-6:
        raise ModelLoadError(
            f"self-check: base_value + contributions misses logit(score) by "
            f"{identity_gap(result):.3g}"
        )


def _warmup_document(path: Path, language: str) -> dict[str, Any]:
    example = path / "input_example.json"
    if example.is_file():
        data = json.loads(example.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"][0] if data["articles"] else None
        if isinstance(data, list):
            data = data[0] if data else None
        if isinstance(data, dict) and ("text" in data or "html" in data):
            document = {key: data[key] for key in ("text", "html", "title") if key in data}
            document["language"] = language
            return document
    return {"text": _WARMUP_TEXT.get(language, _WARMUP_TEXT["en"]), "language": language}
