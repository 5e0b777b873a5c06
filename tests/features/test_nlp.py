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


# --- spaCy's French token-match pattern, compiled in grouped form (nlp._fast_french_token_match)

def _stock_french_pattern() -> str:
    """The pattern exactly as spacy/lang/fr/tokenizer_exceptions.py builds it."""
    from spacy.lang.fr import tokenizer_exceptions

    return "(?iu)" + "|".join(f"(?:{m})" for m in tokenizer_exceptions._regular_exp)


@pytest.fixture(scope="module")
def stock_token_match():
    import re

    pattern = _stock_french_pattern()
    re.purge()  # the grouped pattern may sit in re's cache under this key
    return re.compile(pattern).match


def _shape(node):
    """A parsed regular expression as nested tuples (SubPattern has no equality)."""
    if hasattr(node, "data") and hasattr(node, "state"):
        return tuple(_shape(item) for item in node.data)
    if isinstance(node, (list, tuple)):
        return tuple(_shape(item) for item in node)
    return node


def _parse(pattern: str):
    import re

    parser = getattr(re, "_parser", None)
    if parser is None:  # Python < 3.11
        import sre_parse as parser
    return parser.parse(pattern, re.IGNORECASE | re.UNICODE)


def test_the_grouping_applies_to_the_installed_spacy():
    from training.features.nlp import french_token_match_pattern

    assert french_token_match_pattern(_stock_french_pattern()) is not None, (
        "spaCy's French token-match pattern changed: check the grouping and update its digest"
    )
    assert french_token_match_pattern(_stock_french_pattern() + "x") is None


def test_every_grouped_alternative_is_an_original_one():
    """A proof rather than a sample: each head + middle + tail parses to exactly the original
    alternative (concatenation of the three parses), the alternatives are the same list, and
    the grouped pattern is the alternation of the groups; a match exists iff one alternative
    matches, so the two patterns match the same strings."""
    from spacy.lang.fr import tokenizer_exceptions

    from training.features.nlp import french_token_match_groups, french_token_match_pattern

    pattern = _stock_french_pattern()
    groups = french_token_match_groups(pattern)
    rebuilt = [head + middle + tail for head, middles, tail in groups for middle in middles]
    assert sorted(rebuilt) == sorted(tokenizer_exceptions._regular_exp)
    assert len(rebuilt) == len(set(rebuilt)) == 266
    for head, middles, tail in groups:
        for middle in middles:
            parsed = _parse(head + middle + tail)
            parts = [_parse(piece) for piece in (head, middle, tail)]
            assert _shape(parsed) == sum((_shape(part) for part in parts), ())
            # No capturing group whose number the grouping could shift.
            assert parsed.state.groups == 1
    grouped = french_token_match_pattern(pattern)
    assert grouped == "(?iu)" + "|".join(
        f"(?:{head}(?:{'|'.join(middles)}){tail})" for head, middles, tail in groups
    )
    assert len(groups) < 10 and len(grouped) < len(pattern) / 50


def _probe_strings(texts):
    import itertools
    import random

    words = set()
    for text in texts:
        for chunk in text.split():
            words.update({chunk, chunk.strip(".,;:!?«»\"()"), chunk.lower(), chunk.upper()})
    heads = ["anti", "arrière", "auto", "après", "avant", "contre", "demi", "entre", "extra",
             "grand", "haut", "mi", "néo", "non", "pré", "post", "sous", "super", "vice", "ex",
             "Saint", "Sainte", "La Chapelle", "Le Mesnil", "Pierre", "Val", "Marie", "électro",
             "équi", "entr", "grandes", "r", "z", "binge", "black", "hip", "new", "États", "droits",
             "prud", "ch", "saut", "pet", "arc", "porte", "chou", "Jean", "Île", "VILLE", "trois",
             "aéro", "belle", "bas", "sans", "tire", "garde", "faux", "franco", "best", "ultra"]
    joins = ["-", "–", "—", "‐", "‑", "'", "’", "", " ", "_", "--"]
    tails = ["ski", "watché", "out", "outs", "york", "uni", "unis", "mère", "l'air", "l’air",
             "de-ski", "en-l'air", "de-l'homme", "la-Reine", "sur-Loire", "du-Rouvray", "à-porter",
             "aux-Dames", "et-un", "près-de", "saint-Denis", "", "42", "x", "É", "hop", "set",
             "Ⅻ", "ß", "ǅ", "ΣΑ", "été\n", "été\n\n", "ski.", "über"]
    for head, join, tail in itertools.product(heads, joins, tails):
        words.update({head + join + tail, (head + join + tail).upper(), "^" + head + join + tail})
    rng = random.Random(6)
    alphabet = "aeiouxyzlrstnÉéèàçœ'’-–‐ .1ǅΣß"
    for _ in range(5000):
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))))
    words.update({"https://example.org/a-b-c", "www.vernac-sur-loire.fr", "a-", "-a", "", "\n"})
    return sorted(words)


def _corpus_texts(data_dir, shared_dir=None):
    import json

    texts = []
    for path in sorted((data_dir / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts += [record.get("title") or "", record.get("text") or record.get("html")]
    if shared_dir is not None:
        seeds = sorted((shared_dir / "seeds").glob("*.txt"))
        texts += [path.read_text(encoding="utf-8") for path in seeds]
    return texts


def test_grouped_pattern_matches_the_same_strings(stock_token_match, data_dir):
    import re

    from training.features.nlp import french_token_match_pattern

    grouped = re.compile(french_token_match_pattern(_stock_french_pattern())).match
    probes = _probe_strings(_corpus_texts(data_dir))
    differ = [s for s in probes if bool(grouped(s)) != bool(stock_token_match(s))]
    assert not differ
    assert sum(bool(stock_token_match(s)) for s in probes) > 500  # the probes do reach it


def test_french_pipeline_uses_the_grouped_pattern_and_tokenises_the_same(stock_token_match,
                                                                       data_dir, request):
    from spacy.tokenizer import Tokenizer

    from training.features.nlp import french_token_match_pattern

    nlp = load_pipeline("fr_core_news_sm")
    ours = nlp.tokenizer
    assert ours.token_match.__self__.pattern == french_token_match_pattern(_stock_french_pattern())
    stock = Tokenizer(nlp.vocab, rules=ours.rules, prefix_search=ours.prefix_search,
                      suffix_search=ours.suffix_search, infix_finditer=ours.infix_finditer,
                      token_match=stock_token_match, url_match=ours.url_match,
                      faster_heuristics=ours.faster_heuristics)
    try:
        shared = request.getfixturevalue("shared_dir")
    except pytest.skip.Exception:
        shared = None
    texts = _corpus_texts(data_dir, shared) + [
        " ".join(_probe_strings([])),
        "Le saut-de-ski et le pet-en-l'air de Saint-Étienne-du-Rouvray ; l'entr'acte à "
        "La Chapelle-sur-Erdre, grand'mère z'yeutait l'électro-aimant du porte-à-porte. "
        "Voir https://www.vernac-sur-loire.fr/arrêtés-2026?x=1 et jean-marc@example.fr.",
    ]
    for text in texts:
        assert [(t.text, t.whitespace_) for t in ours(text)] == [
            (t.text, t.whitespace_) for t in stock(text)
        ]
