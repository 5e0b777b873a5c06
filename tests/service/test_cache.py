"""The LRU answer cache and its key."""

from __future__ import annotations

from service.cache import ResultCache, cache_key

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


def test_lru_eviction_and_counters():
    cache = ResultCache(2)
    cache.put("a", {"n": 1})
    cache.put("b", {"n": 2})
    assert cache.get("a") == {"n": 1}
    cache.put("c", {"n": 3})
    assert cache.get("b") is None
    assert cache.get("a") == {"n": 1} and cache.get("c") == {"n": 3}
    assert (cache.hits, cache.misses, len(cache)) == (3, 1, 2)


def test_size_zero_disables():
    cache = ResultCache(0)
    cache.put("a", {"n": 1})
    assert cache.get("a") is None and len(cache) == 0


def test_weight_bound_evicts_oldest_and_skips_oversized():
    cache = ResultCache(10, max_weight=100)
    cache.put("a", {"n": 1}, weight=60)
    cache.put("b", {"n": 2}, weight=30)
    cache.put("c", {"n": 3}, weight=30)
    assert cache.get("a") is None and cache.weight == 60
    cache.put("huge", {"n": 4}, weight=101)
    assert cache.get("huge") is None and len(cache) == 2
    cache.put("b", {"n": 5}, weight=10)
    assert cache.get("b") == {"n": 5} and cache.weight == 40


def test_answers_come_back_equal_and_as_fresh_copies():
    cache = ResultCache(4)
    answer = {"score": 0.1 + 0.2, "nan": float("nan"), "text": "caf\u00e9 \ud800 \u00ab x \u00bb",
              "features": [{"value": 1e-300, "evidence": [{"start": 3, "end": 9}]}]}
    cache.put("k", answer)
    first = cache.get("k")
    assert first["score"] == answer["score"] and first["text"] == answer["text"]
    assert first["features"] == answer["features"] and first["nan"] != first["nan"]
    first["features"].clear()
    assert cache.get("k")["features"] == answer["features"]


def test_answers_are_kept_compressed():
    answer = {"features": [{"evidence": [{"text": "selon des sources proches", "start": i}
                                          for i in range(500)]}]}
    cache = ResultCache(4)
    cache.put("k", answer)
    packed, _ = cache._items["k"]
    assert isinstance(packed, bytes) and len(packed) < len(repr(answer)) / 5
