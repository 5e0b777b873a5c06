"""Issue #4: adding a language comes down to a lexicon, a spaCy pipeline name and tests.

The feature code may hold no word of a language: every word a rule reads comes from
lexicons/<code>.toml. This test reads the code of training/features with ``ast`` and fails on
any string constant that looks like a word (lower-case letters, perhaps with an apostrophe or a
hyphen) and is not in the allowlist below of strings that belong to no language.
"""

import ast
import re
from pathlib import Path

FEATURES = Path(__file__).resolve().parents[2] / "training" / "features"
WORD = re.compile(r"[a-zà-öø-ÿœæ]+(?:['’-][a-zà-öø-ÿœæ]*)*|['’-][a-zà-öø-ÿœæ]+")

# Strings that are no word of a language, by what they name. A word of French or English
# read by a rule belongs in the lexicons, never here.
ALLOWED = frozenset({
    # Universal Dependencies and ClearNLP (en_core_web_sm) dependency labels: the parser's
    # names, the same whatever the language of the text (the toml's [language] table names the
    # ones that differ between pipelines).
    "acl", "acomp", "advcl", "advmod", "amod", "appos", "aux", "auxpass", "case", "cc",
    "ccomp", "compound", "conj", "cop", "csubj", "dative", "dep", "det", "dobj", "flat",
    "iobj", "mark", "neg", "nmod", "npadvmod", "nsubj", "nummod", "obj", "obl", "oprd",
    "parataxis", "pobj", "poss", "prep", "punct", "quantmod", "relcl", "xcomp",
    # Source types and attribution kinds of the features' output (training/features/types.py).
    "anonymous", "collective", "definite", "media", "organisation", "person", "unresolved",
    "cited", "verb", "preposition", "dash", "colon", "phrase", "noun",
    # How a mistagged verb shows itself one, and why a subject is the clause's (internal
    # labels of attribution rules).
    "adverbial", "aside", "coordinated", "detached", "gerund", "infinitive", "inverted",
    "opening", "participle", "postposed", "preposed", "pronoun",
    # Keys of the lexicon's tables (lexicon.py, [reporting.mistagged]).
    "adjectives", "clitics", "close", "code", "conditional", "coordinators",
    "demonstratives", "denial", "documents", "forms", "institutions", "language",
    "lexicons", "mistagged", "mood", "open", "patterns", "pipeline", "possessives",
    "postposing", "quotes", "reflexives", "reporting", "roles", "sources", "stems",
    "things", "times",
    # Feature names, evidence fields and document keys (extract.py, messages.py, intake.py).
    "attributed", "attribution", "attributions", "hedge", "html", "id", "quotations", "quote",
    "source", "text", "title", "unattributed",
    # HTML tag and attribute names (intake.py).
    "blockquote", "class", "dd", "dt", "li", "navigation", "p", "pre", "role",
    # spaCy component names, span alignment modes, array methods.
    "blas", "contract", "exact", "expand", "lemmatizer", "loose", "model",
    "morphologizer", "ner", "parser", "senter", "tagger", "tolist",
    # py3langid's model arrays, file modes, settings values, a cache folder, float("inf"),
    # format specs.
    "classes", "files", "nextmove", "pc", "ptc", "none", "off", "r", "source-credibility",
    "inf", "g", "s",
})
# Per module: strings that are a language's but stay in code, and why.
ALLOWED_IN = {
    # The language codes of SUPPORTED: which lexicons exist (a new language adds its code).
    "language.py": frozenset({"fr", "en"}),
    # The letters of the French conditional's shape (future stem in -r, -er and -ir verbs) in
    # is_conditional_form, which only runs for a lexicon with [conditional] mood = true; its
    # word lists (endings, stems, verbs) are in the lexicon.
    "conditional.py": frozenset({"e", "i", "r", "er"}),
    # English UI sentences for auditors: "s" makes a plural (the messages are English whatever
    # the language of the article).
    "messages.py": frozenset({"s", "word"}),
    # HTML element and attribute names and values: a standard's vocabulary, the same whatever
    # the language of the page (the widget words of class names are in lexicons/intake.toml).
    "intake.py": frozenset({
        "a", "abbr", "area", "aria-hidden", "article", "audio", "b", "base", "bdi", "bdo",
        "big", "body", "br", "button", "canvas", "caption", "cite", "col", "colgroup", "data",
        "del", "dfn", "dialog", "em", "embed", "figcaption", "figure", "font", "footer", "form",
        "head", "hidden", "hr", "i", "iframe", "img", "input", "ins", "kbd", "keygen", "label",
        "link", "main", "math", "meta", "nav", "noscript", "object", "optgroup", "option",
        "param", "picture", "q", "rb", "rp", "rt", "rtc", "ruby", "samp", "script", "select",
        "small", "span", "strike", "strong", "style", "sub", "sup", "svg", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "time", "tr", "track", "true", "tt",
        "u", "var", "video", "wbr", "-text",
        # keys of lexicons/intake.toml
        "labels", "widgets", "words",
    }),
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def language_words(source: str, module: str) -> list[tuple[int, str]]:
    """(line, string) of the word-like string constants of ``source`` outside the allowlist."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    allowed = ALLOWED | ALLOWED_IN.get(module, frozenset())
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and WORD.fullmatch(node.value)
            and node.value not in allowed]


def test_the_feature_code_holds_no_word_of_a_language():
    found = [f"{path.relative_to(FEATURES)}:{line}: {word!r}"
             for path in sorted(FEATURES.rglob("*.py"))
             for line, word in language_words(path.read_text(encoding="utf-8"), path.name)]
    assert found == [], "words of a language belong in lexicons/<code>.toml:\n" + "\n".join(found)


def test_the_guard_sees_a_word_put_back_in_code():
    source = 'def opens(token):\n    return token.lower_ in ("que", "qu\'", ":")\n'
    assert language_words(source, "attribution.py") == [(2, "que"), (2, "qu'")]
    assert language_words('def f(t):\n    return t.dep_ == "nsubj"\n', "attribution.py") == []
