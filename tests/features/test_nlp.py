"""How the spaCy pipelines are loaded: numpy's BLAS on one thread, no lemmatizer."""

import pytest
from threadpoolctl import threadpool_info

from training.features.nlp import load_pipeline


@pytest.mark.parametrize("name", ["fr_core_news_sm", "en_core_web_sm"])
def test_pipeline_runs_on_numpy_ops(name):
    nlp = load_pipeline(name)
    assert "lemmatizer" not in nlp.pipe_names
    nodes = [node for _, pipe in nlp.pipeline if hasattr(pipe, "model")
             for node in pipe.model.walk()]
    assert nodes and all(node.ops.name == "numpy" and not node.ops.use_blis for node in nodes)


def test_one_blas_thread_once_a_pipeline_is_loaded():
    load_pipeline("fr_core_news_sm")
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
