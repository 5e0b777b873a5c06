"""Logistic regression whose coefficients keep the signs sourcing practice prescribes.

A model that learned "more named sources, lower score" from one corpus's house style would
fail every newsroom that reads it: adding a named, attributed source must never lower the
score, and turning a named source into an anonymous one must never raise it. Coefficients with
a prescribed sign that the data would flip are set to zero (the feature is left out and the
rest refitted), the active-set way of fitting under sign constraints.

The class path ``training.constrained.SignConstrainedLogisticRegression`` is recorded in every
saved model: treat it as public API.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from training.features.types import FEATURE_SIGNS


class SignConstrainedLogisticRegression(LogisticRegression):
    """:class:`~sklearn.linear_model.LogisticRegression` with sign constraints.

    Parameters
    ----------
    signs : sequence of {-1, 0, 1} or None
        Per input column: +1 the coefficient may not be negative, -1 not positive, 0 free.
        None uses :data:`training.features.types.FEATURE_SIGNS` in feature order when the input
        has that many columns, and no constraint otherwise.
    Other parameters are LogisticRegression's.

    Attributes
    ----------
    dropped_ : ndarray of bool
        Columns whose coefficient the constraint set to zero.
    """

    def __init__(self, signs=None, *, C=1.0, max_iter=1000, random_state=None):
        super().__init__(C=C, max_iter=max_iter, random_state=random_state)
        self.signs = signs

    def fit(self, X, y, sample_weight=None):
        X = np.asarray(X, dtype=float)
        if self.signs is not None:
            signs = np.asarray(self.signs, dtype=float)
        elif X.shape[1] == len(FEATURE_SIGNS):
            signs = np.asarray(list(FEATURE_SIGNS.values()), dtype=float)
        else:
            signs = np.zeros(X.shape[1])
        if signs.shape != (X.shape[1],):
            raise ValueError(f"signs has {signs.size} entries for {X.shape[1]} columns")
        active = np.ones(X.shape[1], dtype=bool)
        while True:
            model = LogisticRegression(C=self.C, max_iter=self.max_iter,
                                       random_state=self.random_state)
            model.fit(X[:, active], y, sample_weight=sample_weight)
            coef = np.zeros(X.shape[1])
            coef[active] = model.coef_[0]
            wrong = active & (coef * signs < 0)
            if not wrong.any():
                break
            # Drop the worst offender only: dropping one column can fix the others' signs.
            worst = np.argmax(np.where(wrong, -coef * signs, -np.inf))
            active[worst] = False
            if not active.any():
                coef[:] = 0.0
                break
        self.classes_ = model.classes_
        self.coef_ = coef.reshape(1, -1)
        self.intercept_ = model.intercept_.copy() if active.any() else np.array(
            [np.log(np.mean(y) / (1 - np.mean(y)))])
        self.n_iter_ = model.n_iter_
        self.n_features_in_ = X.shape[1]
        self.dropped_ = ~active
        return self
