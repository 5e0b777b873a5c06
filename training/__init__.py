"""Model library of the source-credibility scorer: features, corpora, fitting, evaluation."""

__version__ = "0.1.0"
