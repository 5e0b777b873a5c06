"""``python -m training analyze``: features and evidence of documents, one JSON line each."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from training.cli_errors import CliError
from training.features import ArticleFeatures, InputError
from training.features.language import SUPPORTED


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


def _documents(args: argparse.Namespace):
    if bool(args.files) == bool(args.jsonl):
        raise CliError("give either FILE arguments or --jsonl IN.jsonl")
    if args.jsonl:
        yield from _read_jsonl(args.jsonl)
        return
    for path in args.files:
        content = _read(path)
        yield {"id": str(path), ("html" if args.html else "text"): content}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}") from None


def _read_jsonl(path: Path):
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise CliError(f"{path}:{number}: each line must be a JSON object")
        obj.setdefault("id", str(number))
        yield obj


def run(args: argparse.Namespace) -> int:
    extractor = ArticleFeatures(language=args.language)
    # Read everything first: a bad line stops the run before anything is printed.
    documents = list(_documents(args))
    out = sys.stdout
    for document in documents:
        try:
            (analysis,) = extractor.analyse([document])
        except InputError as exc:
            raise CliError(f"document {document.get('id')}: {exc}") from None
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
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0
