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
from dataclasses import dataclass
from typing import Any

# The request fields that the answer depends on.
SCORED_FIELDS = ("text", "html", "title", "language")


def cache_key(models: Iterable[tuple[str, str]], article: Mapping[str, Any]) -> str:
    """sha256 of (model name, version) pairs and the scored fields of ``article``.

    Each part is hashed with its length in front, so that no two different inputs can give the
    same byte stream ("ab" + "c" vs "a" + "bc"), and a missing field differs from an empty one.
    """
    digest = hashlib.sha256()
    parts = [f"{name}/{version}" for name, version in models]
    parts.sort()
    parts.append("")
    for name in SCORED_FIELDS:
        value = article.get(name)
        parts.append("\x00" if value is None else "\x01" + value)
    for part in parts:
        # JSON bodies may carry lone surrogates (\ud800); they must hash, not raise.
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()


@dataclass(frozen=True)
class Answer:
    """A scored article as the service answers it, without the caller's ``id``.

    ``body`` is the answer as compact ASCII JSON (a lone surrogate survives the round trip);
    the other fields are what metrics and logs need without decoding it.
    """

    body: bytes
    language: str
    score: float
    rating: str

    @classmethod
    def of(cls, answer: Mapping[str, Any]) -> Answer:
        body = json.dumps(answer, separators=(",", ":")).encode("ascii")
        return cls(body, answer["language"], answer["score"], answer["rating"])

    def as_dict(self) -> dict[str, Any]:
        return json.loads(self.body)

    def response_body(self, article_id: str | None) -> bytes:
        """The JSON of ``{"id": article_id, **answer}``, built around the cached bytes: a
        cache hit is then a decompression, with no JSON decoding or encoding."""
        return b'{"id":' + json.dumps(article_id).encode("ascii") + b"," + self.body[1:] + b"\n"


class ResultCache:
    """A thread-safe LRU map from :func:`cache_key` to answers (:class:`Answer`).

    Bounded twice: by entries, and by a total weight (the caller passes the size of the
    article, which the size of its answer follows), so that a run of 200,000-character
    articles cannot grow a worker by gigabytes.

    Answer bodies are kept zlib-compressed: the answer to a 1,000-word article takes about
    37 KiB as Python objects, 9 KiB as JSON and 3 KiB compressed (a full cache, some 25 MiB
    less per worker), for about 0.1 ms of decompression per hit.
    """

    def __init__(self, maxsize: int, max_weight: int | None = None):
        self.maxsize = maxsize
        self.max_weight = max_weight
        self._items: OrderedDict[str, tuple[Answer, int]] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Answer | None:
        if self.maxsize <= 0:
            return None
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        packed = item[0]
        return Answer(zlib.decompress(packed.body), packed.language, packed.score, packed.rating)

    def put(self, key: str, answer: Answer, weight: int = 1) -> None:
        if self.maxsize <= 0 or (self.max_weight is not None and weight > self.max_weight):
            return
        packed = Answer(zlib.compress(answer.body, 1), answer.language, answer.score,
                        answer.rating)
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
