"""Errors raised on bad input: each carries a one-line message fit for a user."""


class InputError(ValueError):
    """The document cannot be analysed as given."""


class EmptyDocumentError(InputError):
    """No text left to analyse (empty, whitespace only, or only markup)."""


class UnsupportedLanguageError(InputError):
    """The document's language has no lexicon and pipeline."""

    def __init__(self, detected: str, supported: tuple[str, ...]):
        self.detected = detected
        self.supported = supported
        super().__init__(
            f"unsupported language {detected!r}; supported: {', '.join(supported)}"
        )
