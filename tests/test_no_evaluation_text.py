"""The repository holds no text of the evaluation corpora (../shared/eval): examples in code,
lexicons and tests, and the team's own corpus, are written by the team.

Every double-quoted run of prose in the code, lexicons and tests, and every document of
data/corpus, is cut into runs of consecutive words; a run that also occurs in an evaluation
corpus is a copy. Stock phrases and institution names are shorter than the runs checked
("n'a pas répondu à nos sollicitations", "l'Office central de lutte contre la corruption et les
infractions financières et fiscales"); a copied sentence is longer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Words in a row shared with a corpus: for a quoted example, and for a team article.
EXAMPLE_RUN = 10
ARTICLE_RUN = 16
_QUOTED = re.compile(r'"([^"\n]{30,})"')


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _examples() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for folder in ("training", "service", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".toml") or path == Path(__file__).resolve():
                continue
            for quoted in _QUOTED.findall(path.read_text(encoding="utf-8")):
                if quoted.count(" ") < 5:
                    continue  # not prose: "Mood=Ind|Number=Sing|...", a file path
                for run in _runs(quoted, EXAMPLE_RUN):
                    found.setdefault(run, f"{path.relative_to(ROOT)}: {quoted[:60]}")
    return found


def _articles() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for path in sorted((ROOT / "data" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            text = " ".join(article.get(k) or "" for k in ("title", "text", "html"))
            for run in _runs(text, ARTICLE_RUN):
                found.setdefault(run, f"{path.relative_to(ROOT)}: {article['id']}")
    return found


def test_no_example_or_team_article_copies_an_evaluation_corpus(shared_dir):
    examples, articles = _examples(), _articles()
    assert examples and articles
    copies: set[str] = set()
    corpora = sorted((shared_dir / "eval").glob("*.jsonl"))
    assert corpora
    for corpus in corpora:
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                words = _words(line)
                for n, mine in ((EXAMPLE_RUN, examples), (ARTICLE_RUN, articles)):
                    for i in range(len(words) - n + 1):
                        where = mine.get(tuple(words[i:i + n]))
                        if where is not None:
                            copies.add(f"{where} (in {corpus.name})")
    assert not copies, sorted(copies)
