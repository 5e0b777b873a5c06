"""Evaluation of the feature extractor against externally labelled corpora (``make eval``).

Each module measures one feature on ../shared/eval (or the seed article) and returns a
:class:`Result`: tables to print, floors to check, and details (error lists) for the JSON
report under ``build/eval``. Only figures, names and hashes may ever be committed: the corpora's
texts stay out of the repository (see ../shared/eval/README.md), which is why error lists go to
``build/`` and never to a tracked file.

The helpers here are the harness's own logic (span overlap, precision/recall arithmetic,
tables); they are tested on tiny inline examples in tests/evaluation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

# Short name (as given to --only) -> module of this package.
EVALUATIONS: dict[str, str] = {
    "conditional": "conditional_fr",
    "attribution": "attribution_fr",
    "denial": "denial_fr",
    "hedges": "hedges_en",
    "polnear": "polnear_en",
    "seed": "seed",
}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether half-open character spans [a_start, a_end) and [b_start, b_end) share a char."""
    return a_start < b_end and b_start < a_end


def ratio(num: int | float, den: int | float) -> float:
    """num / den, NaN when there is nothing to divide (an empty set has no precision)."""
    return num / den if den else float("nan")


@dataclass
class PRF:
    """Counts behind precision, recall and F1.

    ``tp_pred`` and ``tp_gold`` may differ: with overlap matching one prediction can cover two
    gold items (or the reverse), so precision counts matched predictions and recall matched gold
    items.
    """

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp_pred, self.n_pred)

    @property
    def recall(self) -> float:
        return ratio(self.tp_gold, self.n_gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if p != p or r != r:  # NaN: undefined when either side is empty
            return float("nan")
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> PRF:
        return PRF(self.tp_pred + other.tp_pred, self.n_pred + other.n_pred,
                   self.tp_gold + other.tp_gold, self.n_gold + other.n_gold)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "tp_pred": self.tp_pred, "n_pred": self.n_pred,
            "tp_gold": self.tp_gold, "n_gold": self.n_gold,
        }


def match_spans(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> PRF:
    """Overlap matching: a prediction is right when it overlaps a gold span, and vice versa."""
    tp_pred = sum(1 for p in pred if any(overlaps(*p, *g) for g in gold))
    tp_gold = sum(1 for g in gold if any(overlaps(*p, *g) for p in pred))
    return PRF(tp_pred, len(pred), tp_gold, len(gold))


def context(text: str, start: int, end: int, width: int = 30) -> str:
    """A short window around a span, the span in [brackets] (for build/ error lists only)."""
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield json.loads(line)


@dataclass
class Floor:
    """A bar a figure must reach; ``at_least`` is inclusive."""

    name: str
    value: float
    at_least: float

    @property
    def passed(self) -> bool:
        return self.value == self.value and self.value >= self.at_least

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "at_least": self.at_least,
                "passed": self.passed}


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]

    def render(self) -> str:
        cells = [[_cell(v) for v in row] for row in self.rows]
        widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
                  for i, h in enumerate(self.headers)]
        lines = [self.title,
                 "  ".join(h.ljust(w) for h, w in zip(self.headers, widths, strict=True)),
                 "  ".join("-" * w for w in widths)]
        for row in cells:
            lines.append("  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ))
        return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return "n/a" if value != value else f"{value:.3f}"
    return str(value)


@dataclass
class Result:
    """What one evaluation hands back to the runner."""

    name: str
    tables: list[Table] = field(default_factory=list)
    floors: list[Floor] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        # Short on purpose: details hold corpus snippets, which must not spill into test logs.
        floors = ", ".join(f"{f.name}={f.value:.3f}" for f in self.floors)
        return f"Result({self.name!r}, floors: {floors})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "notes": self.notes,
            "floors": [f.to_dict() for f in self.floors],
            "tables": [{"title": t.title, "headers": t.headers, "rows": t.rows}
                       for t in self.tables],
            "details": self.details,
        }


def prf_row(label: str, prf: PRF) -> list[Any]:
    return [label, prf.precision, prf.recall, prf.f1, prf.tp_gold, prf.n_gold, prf.n_pred]


PRF_HEADERS = ["system", "P", "R", "F1", "gold hit", "gold", "predicted"]
