"""Language registry and detection.

Adding a language is a lexicon file (lexicons/<code>.toml, which names its spaCy pipeline) and
an entry in SUPPORTED: no new code path.
"""

from __future__ import annotations

from functools import cache

from .errors import UnsupportedLanguageError

SUPPORTED: tuple[str, ...] = ("fr", "en")
# Below this many letters, identification is a guess: say so rather than mislabel.
_MIN_LETTERS = 12


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The language code of ``text`` if we support it.

    Raises
    ------
    UnsupportedLanguageError
        The text is in another language (named in the error), or too short to tell.
    """
    letters = sum(ch.isalpha() for ch in text)
    if letters < _MIN_LETTERS:
        raise UnsupportedLanguageError("unknown (text too short to identify)", SUPPORTED)
    code, _ = _identifier().classify(text[:5000])
    if code not in SUPPORTED:
        # langid confuses close languages on short texts; prefer a supported one when it is
        # nearly as likely as the winner.
        ranked = _identifier().rank(text[:5000])
        best = dict(ranked)
        top = ranked[0][1]
        for supported in SUPPORTED:
            if best.get(supported, 0.0) >= 0.5 * top and top < 0.9:
                return supported
        raise UnsupportedLanguageError(code, SUPPORTED)
    return code


def check_language(code: str) -> str:
    code = code.lower().strip()
    if code not in SUPPORTED:
        raise UnsupportedLanguageError(code, SUPPORTED)
    return code
