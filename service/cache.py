"""In-process LRU cache of scoring answers.

A CMS posts the same article on every save; the answer is deterministic for a model version, so
a repeat can skip the NLP entirely. Keys hash the model identities and only the request fields
that change the answer, so an id, a URL or an unknown extra key never splits the cache.
"""

from __future__ import annotations

import hashlib
import json
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

# The request fields that the answer depends on.
SCORED_FIELDS = ("text", "html", "title", "language")


def cache_key(models: Iterable[tuple[str, str]], article: Mapping[str, Any]) -> str:
    """sha256 of (model name, version) pairs and the scored fields of ``article``."""
    canonical = {
        "models": sorted(f"{name}/{version}" for name, version in models),
        "input": {name: article.get(name) for name in SCORED_FIELDS},
    }
    encoded = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # JSON bodies may carry lone surrogates (\ud800); they must hash, not raise.
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


class ResultCache:
    """A thread-safe LRU map from :func:`cache_key` to answers (JSON-compatible dicts).

    Bounded twice: by entries, and by a total weight (the caller passes the size of the
    article, which the size of its answer follows), so that a run of 200,000-character
    articles cannot grow a worker by gigabytes.

    Answers are kept as zlib-compressed JSON, and each hit decodes a fresh copy: the answer
    to a 1,000-word article takes about 37 KiB as Python objects and 3 KiB compressed (a full
    cache, some 25 MiB less per worker), for about 0.2 ms of decoding per hit.
    """

    def __init__(self, maxsize: int, max_weight: int | None = None):
        self.maxsize = maxsize
        self.max_weight = max_weight
        self._items: OrderedDict[str, tuple[bytes, int]] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> dict[str, Any] | None:
        if self.maxsize <= 0:
            return None
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        return json.loads(zlib.decompress(item[0]))

    def put(self, key: str, value: dict[str, Any], weight: int = 1) -> None:
        if self.maxsize <= 0 or (self.max_weight is not None and weight > self.max_weight):
            return
        # ASCII JSON: a lone surrogate in a text (\ud800) survives the round trip.
        packed = zlib.compress(json.dumps(value, separators=(",", ":")).encode("ascii"), 1)
        with self._lock:
            previous = self._items.pop(key, None)
            if previous is not None:
                self._weight -= previous[1]
            self._items[key] = (packed, weight)
            self._weight += weight
            while len(self._items) > self.maxsize or (
                self.max_weight is not None and self._weight > self.max_weight
            ):
                _, (_, dropped) = self._items.popitem(last=False)
                self._weight -= dropped

    @property
    def weight(self) -> int:
        return self._weight

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weight = 0

    def __len__(self) -> int:
        return len(self._items)
