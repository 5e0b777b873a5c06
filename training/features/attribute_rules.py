"""The pipeline's attribute ruler, applied with dictionary lookups instead of spaCy's Matcher.

en_core_web_sm maps its tagger's tags to POS and morphology with an ``attribute_ruler`` of
about 180 token patterns. spaCy's Matcher tries every pattern at every token, which on a
1,000-word article costs more than the tagger itself. Here each pattern is filed under one
attribute value its first token must have (its lower-case form, dependency label, tag or
whitespace flag), so a token is checked against the few patterns that can start on it. The
result is the component's own: the matches are applied in the same order (later rules win)
with the same attributes (tests/features/test_attribute_rules.py compares the two token by
token). A pattern outside the small language below makes :func:`compile_rules` return None, and
the caller runs the component itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import intify_attr
from spacy.tokens._retokenize import set_token_attrs

# The token attributes patterns may test, in the column order of Doc.to_array.
_COLUMNS = ("LOWER", "DEP", "TAG", "IS_SPACE")


@dataclass(frozen=True)
class _Rule:
    order: int  # position in the ruler: later rules take precedence
    checks: tuple[tuple[tuple[int, Callable], ...], ...]  # per token: (column, test on value)
    attrs: dict
    index: int


def _test(key: str, value, strings) -> Callable | None:
    """A test on a token's attribute value as Doc.to_array gives it (a string hash or a flag)."""
    if key == "IS_SPACE":
        return (lambda v: v == int(value)) if isinstance(value, bool) else None
    if not isinstance(value, dict):
        wanted = strings.add(value)
        return lambda v: v == wanted
    if len(value) != 1:
        return None
    (op, operand), = value.items()
    if op == "IN":
        allowed = frozenset(strings.add(x) for x in operand)
        return lambda v: v in allowed
    if op == "NOT_IN":
        banned = frozenset(strings.add(x) for x in operand)
        return lambda v: v not in banned
    if op == "REGEX":
        pattern = re.compile(operand)

        @lru_cache(maxsize=1 << 16)  # bounded: a service sees new words forever
        def search(v: int) -> bool:
            return pattern.search(strings[v]) is not None

        return search
    return None


def _anchor(spec: dict, strings) -> tuple[int, list] | None:
    """The column and values a pattern is filed under: the first token must have one of them."""
    for column, key in enumerate(_COLUMNS):
        value = spec.get(key)
        if value is None:
            continue
        if isinstance(value, bool):
            return column, [int(value)]
        if not isinstance(value, dict):
            return column, [strings.add(value)]
        if set(value) == {"IN"}:
            return column, [strings.add(x) for x in value["IN"]]
    return None


class AttributeRules:
    """A compiled ``attribute_ruler``: call it on a Doc as you would the component."""

    def __init__(self, rules: list[_Rule], anchors: list, attr_ids: list[int]) -> None:
        self._attr_ids = attr_ids
        self._by_anchor: list[dict[int, list[_Rule]]] = [{} for _ in _COLUMNS]
        self._unanchored: list[_Rule] = []
        for rule, anchor in zip(rules, anchors, strict=True):
            if anchor is None:
                self._unanchored.append(rule)
                continue
            column, values = anchor
            for value in values:
                self._by_anchor[column].setdefault(value, []).append(rule)

    def __call__(self, doc):
        rows = doc.to_array(self._attr_ids).tolist() if len(doc) else []
        n = len(rows)
        matches = []
        for i, row in enumerate(rows):
            candidates = [self._unanchored]
            for column, table in enumerate(self._by_anchor):
                rules = table.get(row[column])
                if rules:
                    candidates.append(rules)
            for rules in candidates:
                for rule in rules:
                    checks = rule.checks
                    if len(checks) == 1:  # most rules: one token, often no test left
                        if all(test(row[column]) for column, test in checks[0]):
                            matches.append((rule.order, i, rule))
                    elif i + len(checks) <= n and all(
                        test(rows[i + k][column])
                        for k, tests in enumerate(checks)
                        for column, test in tests
                    ):
                        matches.append((rule.order, i, rule))
        # The component sorts its matches by rule, so that later rules overwrite earlier ones.
        matches.sort(key=lambda match: (match[0], match[1]))
        for _, start, rule in matches:
            index = rule.index if rule.index >= 0 else len(rule.checks) + rule.index
            set_token_attrs(doc[start + index], rule.attrs)
        return doc


def compile_rules(component) -> AttributeRules | None:
    """Compile a spaCy ``AttributeRuler``; None when one of its patterns is outside what this
    module evaluates (the caller then runs the component)."""
    strings = component.vocab.strings
    rules: list[_Rule] = []
    anchors: list = []
    for order, entry in enumerate(component.patterns):
        for pattern in entry["patterns"]:
            checks = []
            for spec in pattern:
                if not spec or any(key not in _COLUMNS for key in spec):
                    return None
                tests = tuple((_COLUMNS.index(key), _test(key, value, strings))
                              for key, value in spec.items())
                if any(test is None for _, test in tests):
                    return None
                checks.append(tests)
            anchor = _anchor(pattern[0], strings)
            if anchor is not None:  # the lookup has done that test already
                checks[0] = tuple(t for t in checks[0] if t[0] != anchor[0])
            rules.append(_Rule(order=order, checks=tuple(checks),
                               attrs=component.attrs[order], index=component.indices[order]))
            anchors.append(anchor)
    return AttributeRules(rules, anchors, [intify_attr(key) for key in _COLUMNS])
