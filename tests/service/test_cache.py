"""The LRU answer cache and its key."""

from __future__ import annotations

import json

from service.cache import Answer, ResultCache, cache_key

MODELS = [("credibility-fr", "1.0.0")]


def test_key_depends_on_scored_fields_and_models_only():
    base = cache_key(MODELS, {"text": "a", "title": "t", "language": "fr"})
    assert base == cache_key(MODELS, {"language": "fr", "title": "t", "text": "a", "id": "x",
                                      "url": "u", "extra": 1})
    assert base != cache_key(MODELS, {"text": "a ", "title": "t", "language": "fr"})
    assert base != cache_key(MODELS, {"text": "a", "language": "fr"})
    assert base != cache_key(MODELS, {"html": "a", "title": "t", "language": "fr"})
    assert base != cache_key([("credibility-fr", "1.0.1")],
                             {"text": "a", "title": "t", "language": "fr"})
    assert len(base) == 64


def test_key_of_model_set_is_order_free():
    two = [("credibility-fr", "1"), ("credibility-en", "1")]
    assert cache_key(two, {"text": "a"}) == cache_key(list(reversed(two)), {"text": "a"})


def test_lone_surrogates_hash():
    assert cache_key(MODELS, {"text": "\ud800"})


def answer(n: int, **extra) -> Answer:
    return Answer.of({"language": "fr", "score": n / 10, "rating": "low", **extra})


def test_key_separates_its_parts_and_missing_from_empty_fields():
    assert cache_key(MODELS, {"text": "ab", "title": "c"}) != cache_key(
        MODELS, {"text": "a", "title": "bc"})
    assert cache_key(MODELS, {"text": "a", "title": ""}) != cache_key(MODELS, {"text": "a"})


def test_lru_eviction_and_counters():
    cache = ResultCache(2)
    cache.put("a", answer(1))
    cache.put("b", answer(2))
    assert cache.get("a") == answer(1)
    cache.put("c", answer(3))
    assert cache.get("b") is None
    assert cache.get("a") == answer(1) and cache.get("c") == answer(3)
    assert (cache.hits, cache.misses, len(cache)) == (3, 1, 2)


def test_size_zero_disables():
    cache = ResultCache(0)
    cache.put("a", answer(1))
    assert cache.get("a") is None and len(cache) == 0


def test_weight_bound_evicts_oldest_and_skips_oversized():
    cache = ResultCache(10, max_weight=100)
    cache.put("a", answer(1), weight=60)
    cache.put("b", answer(2), weight=30)
    cache.put("c", answer(3), weight=30)
    assert cache.get("a") is None and cache.weight == 60
    cache.put("huge", answer(4), weight=101)
    assert cache.get("huge") is None and len(cache) == 2
    cache.put("b", answer(5), weight=10)
    assert cache.get("b") == answer(5) and cache.weight == 40


def test_answers_come_back_equal_and_as_fresh_copies():
    cache = ResultCache(4)
    fields = {"nan": float("nan"), "text": "caf\u00e9 \ud800 \u00ab x \u00bb",
              "features": [{"value": 1e-300, "evidence": [{"start": 3, "end": 9}]}]}
    original = answer(3, **fields)
    cache.put("k", original)
    first = cache.get("k").as_dict()
    assert first["score"] == 0.3 and first["text"] == fields["text"]
    assert first["features"] == fields["features"] and first["nan"] != first["nan"]
    first["features"].clear()
    assert cache.get("k").as_dict()["features"] == fields["features"]
    assert (cache.get("k").language, cache.get("k").rating) == ("fr", "low")


def test_response_body_puts_the_id_first_around_the_cached_bytes():
    original = answer(2, text="\u00ab x \u00bb")
    for article_id in ("cms-1", None, 'a"b'):
        body = original.response_body(article_id)
        assert body.endswith(b"\n")
        decoded = json.loads(body)
        assert list(decoded)[0] == "id"
        assert decoded == {"id": article_id, **original.as_dict()}


def test_answers_are_kept_compressed():
    big = answer(1, features=[{"evidence": [{"text": "selon des sources proches", "start": i}
                                             for i in range(500)]}])
    cache = ResultCache(4)
    cache.put("k", big)
    packed, _ = cache._items["k"]
    assert len(packed.body) < len(big.body) / 5
    assert cache.get("k") == big
