"""The training corpus format, its validation, and loaders for the external corpora.

A corpus is a UTF-8 JSON lines file, one article per line::

    {"id": "fr-001", "language": "fr", "title": "...", "text": "...", "label": 1,
     "group": "le-quotidien", "date": "2024-05-02", "source": "https://..."}

- ``id`` (string, unique in the file), ``language`` (a code such as ``fr`` or ``en``);
- ``title`` (string or null) and ``text`` or ``html`` (at least one non-empty string);
- ``label``: 1 = credibly sourced, 0 = not (the integers 0 or 1, nothing else);
- ``group``: the unit that must never straddle a train/test split, usually the outlet;
- optional ``date`` and ``source`` (provenance: a URL or a dataset reference).

Other keys (for instance the hand ``annotation`` of the project corpus) are ignored.

The external corpora of ``../shared/eval`` are *mapped* into this format on the fly by the
loaders below; their texts are never copied into the repository. How each loader chooses the
``group`` matters more than anything else here, because a group that hides an outlet on both
sides of a split lets a model score well by recognising outlets instead of sourcing:

- **FreSaDa** has no outlet field. Its train and validation files come from different outlets,
  and by their signatures the train file is essentially one satirical site and one regular site
  (the lines are even sorted by label), so no finer outlet grouping can be recovered. The group
  is the split: ``fresada-train`` or ``fresada-validation``. No group straddles the two files;
  cross-validation *inside* ``fresada_train`` cannot be outlet-disjoint (the fit reports it as
  such), and the French model is measured on ``fresada_validation``, i.e. on other outlets.
- **ReCOVery**: ``group`` = ``publisher`` (29 outlets), label = ``reliability`` of the outlet.
- **Horne 2017 (BuzzFeed political)**: the file names no outlet. Grouping by label
  (``horne2017-real`` / ``horne2017-fake``) would make the group a copy of the label: every
  group would hold one class, group-wise folds would test "all fake" against "all real" blocks,
  per-group figures would be trivially perfect or undefined, and anything stratified or
  aggregated by group would see the answer. The whole file is one group,
  ``horne2017-buzzfeed``: the collection always sits on one side of a split, so none of its
  (unknown) outlets can straddle one. What it cannot rule out is that a Horne article comes from
  an outlet that also appears in ReCOVery under its own name (both contain mainstream US
  outlets); the two collections are four years and a topic apart (2016 politics, 2020 COVID-19).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Environment variable that points to the external corpora (default: ``<repo>/../shared/eval``).
EVAL_DIR_VARIABLE = "CREDIBILITY_EVAL_DIR"


class CorpusError(ValueError):
    """A corpus cannot be read: the message names the file and the 1-based line number."""


@dataclass
class Article:
    """One labelled article of a training or evaluation corpus."""

    id: str
    language: str
    label: int
    group: str
    title: str | None = None
    text: str | None = None
    html: str | None = None
    date: str | None = None
    source: str | None = None
    # 1-based line of the file it was read from, for error messages; not part of the article.
    line: int | None = field(default=None, compare=False, repr=False)

    def to_document(self) -> dict[str, Any]:
        """The request document the feature extractor (and the service) take."""
        document: dict[str, Any] = {"id": self.id, "language": self.language}
        if self.title:
            document["title"] = self.title
        if self.text:
            document["text"] = self.text
        else:
            document["html"] = self.html
        return document

    def to_dict(self) -> dict[str, Any]:
        """The corpus-format object (optional keys only when set)."""
        data: dict[str, Any] = {"id": self.id, "language": self.language, "title": self.title}
        if self.text is not None:
            data["text"] = self.text
        if self.html is not None:
            data["html"] = self.html
        data["label"] = self.label
        data["group"] = self.group
        if self.date is not None:
            data["date"] = self.date
        if self.source is not None:
            data["source"] = self.source
        return data


@dataclass
class Corpus:
    """Articles plus what a model directory records about where they came from."""

    name: str
    articles: list[Article]
    path: Path
    licence: str | None = None
    spec: str = ""
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return sha256_file(self.path)

    def record(self) -> dict[str, Any]:
        """The entry of ``metadata.json`` for this corpus (no text, only provenance)."""
        labels = [article.label for article in self.articles]
        return {
            "name": self.name,
            "spec": self.spec or self.name,
            "file": self.path.name,
            "sha256": self.sha256,
            "bytes": self.path.stat().st_size,
            "rows": len(self.articles),
            "positives": int(sum(labels)),
            "groups": len({article.group for article in self.articles}),
            "licence": self.licence,
        }


def language_mismatch(corpus: Corpus, language: str) -> str | None:
    """Why ``corpus`` cannot train or be scored by a model for ``language`` (its file and first
    offending line), or None when every article is in that language."""
    other = sorted({a.language for a in corpus.articles} - {language})
    if not other:
        return None
    first = next(a for a in corpus.articles if a.language != language)
    where = f"{corpus.path}: line {first.line}: " if first.line else f"{corpus.path}: "
    return (f"{where}corpus {corpus.name!r} has articles in {', '.join(other)}: "
            f"the model is for {language!r}")


# --------------------------------------------------------------------------- validation


def _problem(path: Path | str, line: int, message: str) -> CorpusError:
    return CorpusError(f"{path}: line {line}: {message}")


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string or null, not {type(value).__name__}")
    return value


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_SURROGATE = re.compile("[\ud800-\udfff]")


def article_from_dict(obj: Any) -> Article:
    """Validate one corpus-format object; raise ``ValueError`` with a short reason."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, found {type(obj).__name__}")
    identifier = obj.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int):
        raise ValueError("missing 'id' (a string)")
    identifier = str(identifier).strip()
    if not identifier:
        raise ValueError("empty 'id'")
    language = obj.get("language")
    if not isinstance(language, str) or not language.strip():
        raise ValueError("missing 'language' (a code such as 'fr' or 'en')")
    text = _optional_str(obj, "text")
    html = _optional_str(obj, "html")
    if not (text and text.strip()) and not (html and html.strip()):
        raise ValueError("no 'text' or 'html' (one of them must be a non-empty string)")
    for name, value in (("text", text), ("html", html)):
        # A blank field beside a filled one is a broken export, not an article to read from
        # the other field; zero-width characters count as blank (str.strip keeps them).
        if value is not None and not value.strip().strip(_ZERO_WIDTH):
            raise ValueError(f"{name!r} is blank")
    if html is not None and text is None:
        from training.features.intake import html_to_text  # lazy: features import this module

        if not html_to_text(html).strip().strip(_ZERO_WIDTH):
            raise ValueError("'html' has no visible text")
    for name in ("id", "title", "text", "html", "group"):
        value = obj.get(name)
        if isinstance(value, str) and _SURROGATE.search(value):
            # spaCy cannot encode one (and no output could print it): refused here, with the
            # line, rather than as a traceback halfway through featurising.
            raise ValueError(f"{name!r} has an unpaired surrogate escape (\\ud800-\\udfff), "
                             "which is not a character")
    if "label" not in obj:
        raise ValueError("missing 'label' (1 = credibly sourced, 0 = not)")
    label = obj["label"]
    # bool is an int subclass: true/false are refused so that a typo cannot pass as a label.
    if isinstance(label, bool) or label not in (0, 1) or not isinstance(label, int):
        raise ValueError(f"bad 'label' {label!r} (must be the integer 1 or 0)")
    group = obj.get("group")
    if isinstance(group, bool) or not isinstance(group, str | int) or not str(group).strip():
        raise ValueError("missing 'group' (the outlet, or whatever must not straddle a split)")
    return Article(
        id=identifier,
        language=language.strip().lower(),
        label=int(label),
        group=str(group).strip(),
        title=_optional_str(obj, "title"),
        text=text if text and text.strip() else None,
        html=html if html and html.strip() else None,
        date=_optional_str(obj, "date"),
        source=_optional_str(obj, "source"),
    )


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """``(line number, parsed object)`` for every non-blank line; errors name the line."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise CorpusError(f"{path}: cannot read: {error.strerror or error}") from error
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise _problem(path, number, f"not UTF-8 ({error.reason})") from error
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise _problem(path, number, f"bad JSON: {error.msg} (line {number}, column "
                                             f"{error.colno})") from error


def read_corpus(path: str | os.PathLike) -> list[Article]:
    """Read and validate a corpus-format file.

    Raises
    ------
    CorpusError
        On the first bad line (bad JSON, no text or html, no or bad label, no group, a
        duplicate id), naming the file and the 1-based line number.
    """
    return _read_articles(Path(path), lambda obj: obj)


def write_corpus(articles: Iterable[Article | dict], path: str | os.PathLike) -> Path:
    """Validate every article, then write the corpus atomically.

    Nothing is written when one article is invalid (the error names its 1-based position);
    the file appears complete or not at all (temporary file, then ``os.replace``).
    """
    path = Path(path)
    lines: list[str] = []
    seen: set[str] = set()
    for number, item in enumerate(articles, start=1):
        try:
            article = article_from_dict(item.to_dict() if isinstance(item, Article) else item)
        except ValueError as error:
            raise CorpusError(f"{path}: article {number}: {error}") from None
        if article.id in seen:
            raise CorpusError(f"{path}: article {number}: duplicate id {article.id!r}")
        seen.add(article.id)
        lines.append(json.dumps(article.to_dict(), ensure_ascii=False))
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + ("\n" if lines else ""))
        # mkstemp creates the file private (0600): give it the usual permissions instead.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def sha256_file(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- external corpora


def _require(obj: dict, key: str) -> Any:
    if key not in obj or obj[key] is None:
        raise ValueError(f"missing {key!r}")
    return obj[key]


def _read_articles(path: Path, convert: Callable[[dict], dict]) -> list[Article]:
    """Every line of ``path`` as an Article (``convert`` maps a line to the corpus format);
    the first bad line or duplicate id raises :class:`CorpusError` with its line number."""
    articles = []
    seen: dict[str, int] = {}
    for number, obj in _json_lines(path):
        try:
            if not isinstance(obj, dict):
                raise ValueError(f"expected a JSON object, found {type(obj).__name__}")
            article = article_from_dict(convert(obj))
        except ValueError as error:
            raise _problem(path, number, str(error)) from None
        if article.id in seen:
            raise _problem(path, number, f"duplicate id {article.id!r} (first on line "
                                         f"{seen[article.id]})")
        seen[article.id] = number
        article.line = number
        articles.append(article)
    if not articles:
        raise CorpusError(f"{path}: no articles")
    return articles


_FRESADA_LABELS = {"regular": 1, "satire": 0}


def _fresada(obj: dict) -> dict:
    label = _require(obj, "label")
    if label not in _FRESADA_LABELS:
        raise ValueError(f"bad FreSaDa label {label!r} (expected 'regular' or 'satire')")
    # The validation file says split "test", official_subsplit "validation": name the group
    # after the official split so that it reads like the file it came from.
    split = obj.get("official_subsplit") or _require(obj, "split")
    text_id = str(_require(obj, "text_id"))
    return {
        "id": f"fresada:{text_id}",
        "language": "fr",
        "title": obj.get("title"),
        "text": _require(obj, "text"),
        "label": _FRESADA_LABELS[label],
        "group": f"fresada-{split}",
        "source": f"FreSaDa {split} {text_id}",
    }


def load_fresada(path: str | os.PathLike) -> list[Article]:
    """FreSaDa (``fresada_*.jsonl``): regular = 1, satire = 0; group = the split."""
    return _read_articles(Path(path), _fresada)


def _recovery(obj: dict) -> dict:
    reliability = _require(obj, "reliability")
    if isinstance(reliability, bool) or reliability not in (0, 1):
        raise ValueError(f"bad ReCOVery reliability {reliability!r} (expected 1 or 0)")
    publisher = str(_require(obj, "publisher")).strip()
    # news_id restarts in every per-publisher CSV: the source file makes it unique.
    stem = Path(str(obj.get("source_path") or publisher)).stem
    return {
        "id": f"recovery:{stem}:{_require(obj, 'news_id')}",
        "language": "en",
        "title": obj.get("title"),
        "text": _require(obj, "body_text"),
        "label": int(reliability),
        "group": publisher,
        "date": obj.get("publish_date") or None,
        "source": obj.get("url") or None,
    }


def load_recovery(path: str | os.PathLike) -> list[Article]:
    """ReCOVery: label = ``reliability`` (of the outlet), group = ``publisher``."""
    return _read_articles(Path(path), _recovery)


_HORNE_LABELS = {"real": 1, "fake": 0}
HORNE_GROUP = "horne2017-buzzfeed"


def _horne(obj: dict) -> dict:
    label = _require(obj, "label")
    if label not in _HORNE_LABELS:
        raise ValueError(f"bad Horne 2017 label {label!r} (expected 'real' or 'fake')")
    zip_path = str(_require(obj, "zip_path"))
    return {
        "id": f"horne2017:{Path(zip_path).stem}",
        "language": "en",
        "title": obj.get("title"),
        "text": _require(obj, "text"),
        "label": _HORNE_LABELS[label],
        # One group for the whole file, never one per label: see the module docstring.
        "group": HORNE_GROUP,
        "source": f"Horne2017 {zip_path}",
    }


def load_horne2017(path: str | os.PathLike) -> list[Article]:
    """Horne and Adali 2017, BuzzFeed political news: real = 1, fake = 0; one group."""
    return _read_articles(Path(path), _horne)


@dataclass(frozen=True)
class ExternalCorpus:
    file: str
    loader: Callable[[str | os.PathLike], list[Article]]
    licence: str
    language: str
    description: str


NC = "CC BY-NC-SA 4.0 (non-commercial)"

#: Registry name -> external corpus (file under ``../shared/eval``, loader, licence).
EXTERNAL_CORPORA: dict[str, ExternalCorpus] = {
    "fresada_train": ExternalCorpus(
        "fresada_train.jsonl", load_fresada, NC, "fr",
        "FreSaDa train split: French satire (0) vs regular news (1)",
    ),
    "fresada_validation": ExternalCorpus(
        "fresada_validation.jsonl", load_fresada, NC, "fr",
        "FreSaDa validation split: other outlets than the train split",
    ),
    "recovery_public_outlets": ExternalCorpus(
        "recovery_public_outlets.jsonl", load_recovery, NC, "en",
        "ReCOVery COVID-19 news, reliability of the outlet (NewsGuard / MBFC), 29 outlets",
    ),
    "horne2017_buzzfeed": ExternalCorpus(
        "horne2017_buzzfeed.jsonl", load_horne2017, "BSD-style (cite Horne and Adali 2017)", "en",
        "Horne and Adali 2017, BuzzFeed 2016 political news, real (1) vs fake (0)",
    ),
}


#: The team's own corpus (data/corpus/*.jsonl), licensed as data/README.md says.
TEAM_CORPUS_DIR = ROOT / "data" / "corpus"
TEAM_CORPUS_LICENCE = "CC BY 4.0"


def file_licence(path: Path) -> str | None:
    """The licence of a corpus file when it is known: the team corpus's; None for any other
    file, whose licence only its owner can state."""
    resolved = path.resolve()
    return TEAM_CORPUS_LICENCE if resolved.parent == TEAM_CORPUS_DIR.resolve() else None


def _portable_spec(path: Path) -> str:
    """A file inside the repository is recorded relative to its root (any working directory
    can re-load it: see :func:`resolve_spec`); elsewhere, by its absolute path."""
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    return str(resolved)


def resolve_spec(spec: str) -> str:
    """A recorded spec as :func:`load_corpus` takes it from the current directory."""
    if Path(spec).is_file() or spec in EXTERNAL_CORPORA:
        return spec
    candidate = ROOT / spec
    return str(candidate) if candidate.is_file() else spec


def eval_dir() -> Path:
    """Where the external corpora live: ``$CREDIBILITY_EVAL_DIR`` or ``<repo>/../shared/eval``."""
    configured = os.environ.get(EVAL_DIR_VARIABLE)
    return Path(configured) if configured else ROOT.parent / "shared" / "eval"


def load_corpus(spec: str | os.PathLike, *, eval_directory: Path | None = None) -> Corpus:
    """Load a corpus from a corpus-format file or from a registry name (``fresada_train``).

    A path that exists wins over a registry name; a registry name is looked up in
    ``eval_directory`` (default: :func:`eval_dir`).
    """
    text = str(spec)
    path = Path(text)
    if path.is_file():
        return Corpus(name=path.stem, articles=read_corpus(path), path=path,
                      spec=_portable_spec(path), licence=file_licence(path))
    if text in EXTERNAL_CORPORA:
        entry = EXTERNAL_CORPORA[text]
        directory = eval_directory if eval_directory is not None else eval_dir()
        file = directory / entry.file
        if not file.is_file():
            raise CorpusError(f"corpus {text!r}: {file} not found (the external corpora live in "
                              f"../shared/eval, or set {EVAL_DIR_VARIABLE})")
        return Corpus(name=text, articles=entry.loader(file), path=file, spec=text,
                      licence=entry.licence, description=entry.description)
    if path.exists():
        raise CorpusError(f"corpus {text!r} is not a file")
    raise CorpusError(f"corpus {text!r}: no such file, and not one of the known corpora "
                      f"({', '.join(EXTERNAL_CORPORA)})")
