"""Behaviour of the committed reference models on pairs of articles the team wrote.

The sign constraints (training/constrained.py) make these hold by construction for the
constrained features; the pairs below keep the unconstrained ones (length, overall conditional
density) unchanged, so a failure means a feature or a coefficient went the wrong way.
"""

from pathlib import Path

import pytest

from training.artifacts import load_model_dir, newest_version
from training.explain import explain_row

MODELS = Path(__file__).resolve().parent.parent / "models"

FR_BASE = (
    "Le conseil municipal de Bressac a voté mardi soir la fermeture de la piscine Jean-Moulin "
    "pour dix-huit mois de travaux. {source} Le chantier coûtera 4,2 millions d'euros, financés "
    "pour moitié par la région. Les nageurs des clubs locaux seront accueillis à la piscine de "
    "Lormont, à douze kilomètres, avec des navettes le mercredi et le samedi. L'opposition "
    "regrette que la consultation des habitants ait été si courte."
)
EN_BASE = (
    "The Harbor City council voted on Tuesday night to close the Jean Moulin pool for eighteen "
    "months of repairs. {source} The work will cost $4.2 million, half of it paid by the state. "
    "Swimmers from local clubs will train at the Lormont pool, eight miles away, with shuttle "
    "buses on Wednesdays and Saturdays. Some residents complained that the consultation had "
    "been too short."
)
FR = {
    "named": "« Le bassin fuit depuis des années », a déclaré Marie Dupont, l'adjointe aux sports.",
    "two_named": "« Le bassin fuit depuis des années », a déclaré Marie Dupont, l'adjointe aux "
                 "sports. Pierre Garnier, l'architecte, a confirmé l'état du bâtiment.",
    "anonymous": "« Le bassin fuit depuis des années », a déclaré une source anonyme à la mairie.",
    "renamed": "« Le bassin fuit depuis des années », a déclaré Sophie Lambert, l'adjointe aux "
               "sports.",
}
EN = {
    "named": '"The pool has been leaking for years," said Mary Dupont, the deputy for sports.',
    "two_named": '"The pool has been leaking for years," said Mary Dupont, the deputy for sports. '
                 "Peter Garner, the architect, confirmed the state of the building.",
    "anonymous": '"The pool has been leaking for years," said an anonymous source at city hall.',
    "renamed": '"The pool has been leaking for years," said Sophie Lambert, the deputy for '
               "sports.",
}


def _model(language):
    name = f"credibility-{language}"
    version = newest_version(MODELS, name)
    if version is None:
        pytest.skip(f"no committed {name} model")
    return load_model_dir(MODELS / name / version, models_root=MODELS)


def _score(model, text, language):
    features = model.pipeline.named_steps["features"]
    (analysis,) = features.analyse([{"text": text, "language": language}])
    return explain_row(model.pipeline, analysis.row()).score, analysis.values


@pytest.mark.parametrize("language, base, variants", [("fr", FR_BASE, FR), ("en", EN_BASE, EN)])
def test_sourcing_pairs(language, base, variants):
    model = _model(language)
    score = {k: _score(model, base.format(source=v), language) for k, v in variants.items()}
    named, two, anonymous, renamed = (score[k] for k in ("named", "two_named", "anonymous",
                                                         "renamed"))
    # The pairs differ in what they should differ in.
    assert two[1]["named_sources"] == named[1]["named_sources"] + 1
    assert anonymous[1]["named_sources"] == named[1]["named_sources"] - 1
    assert anonymous[1]["anonymous_sources"] == named[1]["anonymous_sources"] + 1
    # Adding a named, attributed source does not lower the score.
    assert two[0] >= named[0] - 1e-12
    # Turning a named source into an anonymous one does not raise it.
    assert anonymous[0] <= named[0] + 1e-12
    # Renaming a person changes nothing.
    assert renamed[1] == named[1]
    assert renamed[0] == pytest.approx(named[0], abs=1e-12)
