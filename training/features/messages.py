"""One sentence per feature saying what was found, for auditors and CMS tooltips."""

from __future__ import annotations

import math
from collections.abc import Iterable

from .types import Evidence


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def feature_message(name: str, value: float, evidence: Iterable[Evidence] = ()) -> str:
    """A one-sentence description of a feature value and its evidence."""
    evidence = list(evidence)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "Not applicable: the text is too short to measure this."
    if name == "named_sources":
        names = []
        for item in evidence:
            if item.source and item.source not in names:
                names.append(item.source)
        shown = ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
        if not value:
            return "No named source is cited."
        return f"Cites {_plural(int(value), 'named source')}: {shown}."
    if name == "anonymous_sources":
        if not value:
            return "No claim is attributed to an unnamed source."
        return f"{_plural(int(value), 'attribution')} to unnamed sources."
    if name == "denial":
        if not value:
            return "No denial is reported."
        who = sorted({item.source for item in evidence if item.source})
        return "Reports a denial" + (f" by {', '.join(who)}." if who else ".")
    if name == "non_response":
        if not value:
            return "No unanswered request for comment is reported."
        who = sorted({item.source for item in evidence if item.source})
        if who:
            return f"Reports that {', '.join(who)} did not respond or declined to comment."
        return "Reports that someone did not respond or declined to comment."
    if name == "conditional_density":
        n = len(evidence)
        return (f"{_plural(n, 'conditional or hedged form')}, "
                f"{value:.1%} of finite verbs.")
    if name == "unattributed_conditional_density":
        n = sum(1 for item in evidence if item.type == "unattributed")
        return (f"{_plural(n, 'conditional or hedged form')} in sentences with no attribution, "
                f"{value:.1%} of finite verbs.")
    if name == "quotations":
        return f"{_plural(int(value), 'quoted passage')}."
    if name == "log_words":
        return f"About {_plural(round(math.expm1(value)), 'word')}."
    return f"{name} = {value:g}."
