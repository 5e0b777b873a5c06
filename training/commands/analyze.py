"""``python -m training analyze``: features and evidence of documents, one JSON line each."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from training.cli_errors import CliError
from training.features import ArticleFeatures, InputError
from training.features.intake import read_document
from training.features.language import SUPPORTED

_SURROGATE = re.compile("[\ud800-\udfff]")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="print the features and evidence of documents as JSON lines",
        description="Analyse plain-text or HTML files, or a JSON-lines file of documents "
        "(objects with id, text or html, optional title and language).",
    )
    parser.add_argument("files", nargs="*", type=Path, help="plain-text (or --html) files")
    parser.add_argument("--jsonl", type=Path, help="a JSON-lines file of documents")
    parser.add_argument("--language", choices=SUPPORTED, help="force the language")
    parser.add_argument("--html", action="store_true", help="the files are HTML")
    parser.set_defaults(func=run)


def _documents(args: argparse.Namespace) -> list[tuple[str, dict]]:
    """``(where, document)`` for every input, ``where`` naming the file (and line)."""
    if bool(args.files) == bool(args.jsonl):
        raise CliError("give either FILE arguments or --jsonl IN.jsonl")
    if args.jsonl:
        return _read_jsonl(args.jsonl)
    return [(str(path), {"id": str(path), ("html" if args.html else "text"): _read(path)})
            for path in args.files]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}") from None


def _read_jsonl(path: Path) -> list[tuple[str, dict]]:
    documents = []
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise CliError(f"{where}: each line must be a JSON object")
        obj.setdefault("id", str(number))
        documents.append((where, obj))
    return documents


def _check(where: str, document: dict) -> None:
    """Refuse a document before anything is analysed or printed (one line, with its place)."""
    try:
        read_document(document)
    except InputError as exc:
        raise CliError(f"{where}: document {document.get('id')}: {exc}") from None
    for name, value in document.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            # spaCy cannot encode a lone surrogate, nor could stdout print it.
            raise CliError(f"{where}: {name!r} has an unpaired surrogate escape "
                           "(\\ud800-\\udfff), which is not a character")


def run(args: argparse.Namespace) -> int:
    extractor = ArticleFeatures(language=args.language)
    # Check every document, then analyse them all, then print: a bad document stops the run
    # before anything is printed, whichever line it is on.
    documents = _documents(args)
    for where, document in documents:
        _check(where, document)
    lines = []
    for where, document in documents:
        try:
            (analysis,) = extractor.analyse([document])
        except InputError as exc:
            raise CliError(f"{where}: document {document.get('id')}: {exc}") from None
        record = {
            "id": document.get("id"),
            "language": analysis.language,
            "features": {
                name: (None if value != value else value)
                for name, value in analysis.values.items()
            },
            "evidence": [item.to_dict() for item in analysis.evidence],
        }
        if analysis.from_html:
            record["text"] = analysis.text
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.writelines(lines)
    return 0
