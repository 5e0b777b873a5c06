"""A lexicon's list of phrase patterns, searched in one pass over the text.

Lexicon patterns start with ``\\b`` and are case-insensitive, which keeps Python's ``re`` from
skipping ahead to a literal prefix: each pattern then costs a slow walk over the whole text, and a
list of twenty costs more than the tagger's share of an article. A :class:`PatternSet` walks the
text once with all of them as alternatives to find where any of them can match, then matches
each pattern at those few places only. The result is exactly ``[m for p in patterns for m in
p.finditer(text)]``, same matches in the same order (tests/features/test_patterns.py); a pattern
that could match the empty string or refers back to its own groups is searched as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

FLAGS = re.IGNORECASE
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _fast(source: str) -> bool:
    """Whether a pattern can be found through the shared scan: it starts at a word boundary,
    never matches the empty string and has no back-reference or inline flag."""
    if not source.startswith(r"\b") or _BACKREFERENCE.search(source) or source.startswith("(?"):
        return False
    return _sre_parse.parse(source, FLAGS).getwidth()[0] > 0


class PatternSet(Sequence):
    """Compiled patterns (iterable like a tuple of them) with one-pass :meth:`finditer`."""

    def __init__(self, sources: Sequence[str]) -> None:
        self.patterns = tuple(re.compile(source, FLAGS) for source in sources)
        self._fast = [i for i, source in enumerate(sources) if _fast(source)]
        self._scan = None
        if self._fast:
            # A zero-width match wherever one of the fast patterns can start.
            alternatives = "|".join(f"(?:{sources[i]})" for i in self._fast)
            try:
                self._scan = re.compile(rf"\b(?=(?:{alternatives}))", FLAGS)
            except re.error:  # e.g. two patterns naming a group alike: search each alone
                self._fast = []

    def __getitem__(self, index):
        return self.patterns[index]

    def __len__(self) -> int:
        return len(self.patterns)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Every pattern's matches in ``text``, pattern after pattern, as ``finditer`` gives."""
        starts = [m.start() for m in self._scan.finditer(text)] if self._scan else []
        fast = set(self._fast)
        for i, pattern in enumerate(self.patterns):
            if i not in fast:
                yield from pattern.finditer(text)
                continue
            end = 0
            for start in starts:
                if start < end:
                    continue  # finditer resumes after the previous match
                match = pattern.match(text, start)
                if match is not None:
                    end = match.end()
                    yield match
