"""Fixtures of the service tests: a small real model per language, an app, a client.

The models are the real pipeline (ArticleFeatures -> SimpleImputer -> StandardScaler ->
LogisticRegression) fitted on a few short articles written for these tests, saved with
``save_model_dir`` into a temporary models folder, so the service is tested on exactly the
loading, checking and explaining path it runs in production.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from service import create_app
from training.artifacts import save_model_dir
from training.features import FEATURE_NAMES, ArticleFeatures
from training.fit import align_scaler_to_imputer

TEST_VERSION = "0.0.1-test"

# (text, credibly sourced?) — short, but each above the 20 words the features need.
TRAINING = {
    "fr": [
        ("Le maire de Lyon, Grégory Doucet, a déclaré lundi que le budget serait voté en mars. "
         "« Nous tiendrons nos engagements », a-t-il précisé devant le conseil municipal. "
         "L'opposition, par la voix de Pierre Oliver, a dénoncé un budget insincère.", 1),
        ("Selon l'Insee, le chômage a reculé de 0,2 point au troisième trimestre. Le ministre "
         "du Travail, Olivier Dussopt, a salué « une bonne nouvelle pour l'emploi ». La CGT "
         "estime pour sa part que les chiffres masquent une hausse de la précarité.", 1),
        ("La préfecture du Rhône a confirmé mardi la fermeture de trois écoles après les "
         "inondations. « Aucun élève n'a été blessé », a indiqué le préfet Fabienne Buccio. "
         "Les parents ont été prévenus par courriel, a précisé le rectorat.", 1),
        ("Le directeur de l'hôpital, Jean Martin, a expliqué que les urgences manquaient de "
         "personnel. « Nous avons recruté dix infirmiers », a-t-il affirmé. L'agence régionale "
         "de santé a confirmé ces chiffres dans un communiqué publié jeudi.", 1),
        ("Interrogée par l'AFP, la porte-parole de la SNCF, Marie Durand, a assuré que les "
         "trains circuleraient normalement vendredi. Le syndicat SUD-Rail a indiqué maintenir "
         "son appel à la grève, selon son secrétaire fédéral Fabien Villedieu.", 1),
        ("Le gouvernement préparerait en secret une hausse des impôts, selon une source "
         "proche du dossier. Le projet pourrait être présenté dès l'automne et toucherait "
         "les classes moyennes. Contacté, le ministère n'a pas répondu à nos sollicitations.", 0),
        ("D'après des rumeurs persistantes, le club serait sur le point d'être vendu à un "
         "fonds étranger. Le montant de la transaction atteindrait plusieurs centaines de "
         "millions d'euros. Plusieurs sources évoquent une annonce imminente.", 0),
        ("Un proche du dossier affirme que l'entreprise aurait dissimulé des pertes "
         "importantes. Les comptes seraient falsifiés depuis des années, et la direction "
         "pourrait démissionner. L'entreprise dément toute irrégularité.", 0),
        ("Le scandale pourrait éclabousser plusieurs ministres, croit savoir un conseiller "
         "qui a requis l'anonymat. Des documents compromettants auraient circulé dans les "
         "couloirs du pouvoir. Personne n'a souhaité réagir à ces informations.", 0),
        ("Il se murmure que la chanteuse préparerait un retour surprise sur scène. Le concert "
         "aurait lieu au printemps et réunirait des invités prestigieux, selon des sources "
         "concordantes qui souhaitent rester anonymes.", 0),
    ],
    "en": [
        ("The mayor of Leeds, James Lewthwaite, said on Monday that the budget would be voted "
         "in March. \"We will keep our promises,\" he told the city council. The opposition "
         "leader, Alan Lamb, called the plan dishonest in a statement.", 1),
        ("According to the Office for National Statistics, unemployment fell by 0.2 points in "
         "the third quarter. The employment minister, Jo Churchill, welcomed \"good news for "
         "jobs\". The TUC said the figures hide a rise in insecure work.", 1),
        ("The county council confirmed on Tuesday that three schools would close after the "
         "floods. \"No pupil was hurt,\" said council leader Sarah Jones. Parents were told "
         "by email, a spokesman for the education department added.", 1),
        ("The hospital's chief executive, John Martin, said the emergency department was short "
         "of staff. \"We have hired ten nurses,\" he said. NHS England confirmed the figures "
         "in a statement published on Thursday.", 1),
        ("A spokeswoman for Network Rail, Mary Duran, told Reuters that trains would run "
         "normally on Friday. The RMT union said it would keep its strike call, according to "
         "its general secretary Mick Lynch.", 1),
        ("The government is secretly preparing a tax rise, according to a source close to the "
         "matter. The plan could be unveiled in the autumn and would hit middle earners. "
         "The Treasury did not respond to requests for comment.", 0),
        ("Persistent rumours suggest the club may be about to be sold to a foreign fund. The "
         "deal could be worth several hundred million pounds. Several sources point to an "
         "imminent announcement.", 0),
        ("Someone familiar with the matter claims the company may have hidden large losses. "
         "The accounts might have been falsified for years, and the board could resign. The "
         "company denies any wrongdoing.", 0),
        ("The scandal could engulf several ministers, an adviser who asked not to be named "
         "believes. Damaging documents may have circulated in the corridors of power. Nobody "
         "wished to comment on these reports.", 0),
        ("It is whispered that the singer might be preparing a surprise comeback. The concert "
         "would take place in the spring and could bring together famous guests, according "
         "to sources who wish to remain anonymous.", 0),
    ],
}

EXAMPLES = {
    "fr": "Selon le ministre de l'Économie, Bruno Le Maire, la croissance atteindrait 1 % "
          "cette année. « Nous restons prudents », a-t-il déclaré mardi. Un conseiller, qui "
          "a requis l'anonymat, juge ces prévisions optimistes. Contacté, le FMI n'a pas "
          "répondu à nos questions.",
    "en": "According to the chancellor, Rachel Reeves, growth could reach 1% this year. \"We "
          "remain cautious,\" she said on Tuesday. An adviser who asked not to be named called "
          "the forecast optimistic. The IMF did not respond to requests for comment.",
}


def build_pipeline(language: str) -> Pipeline:
    documents = [{"text": text, "language": language} for text, _ in TRAINING[language]]
    labels = [label for _, label in TRAINING[language]]
    pipeline = Pipeline(
        [
            ("features", ArticleFeatures()),
            ("impute", SimpleImputer(strategy="mean", keep_empty_features=True)),
            ("scale", StandardScaler()),
            ("clf", LogisticRegression(C=1.0)),
        ]
    )
    # As training does: the scaler's mean is the imputer's, bit for bit, so that a feature that
    # does not apply gets z == 0 exactly and contributes exactly 0.
    return align_scaler_to_imputer(pipeline.fit(documents, labels))


def write_models(models_dir: Path, languages: tuple[str, ...] = ("fr", "en")) -> Path:
    for language in languages:
        save_model_dir(
            models_dir,
            f"credibility-{language}",
            TEST_VERSION,
            build_pipeline(language),
            {
                "language": language,
                "feature_names": list(FEATURE_NAMES),
                "rating_thresholds": {"low": 0.35, "high": 0.65},
                "metrics": {"note": "test model: fitted on ten inline articles"},
                "training_data": "tests/service/conftest.py",
            },
            input_example={"text": EXAMPLES[language], "language": language},
            write_extras=lambda folder, _meta, lang=language: (folder / "README.md").write_text(
                f"# credibility-{lang} (test model)\n\nFitted on ten inline articles.\n",
                encoding="utf-8",
            ),
        )
    return models_dir


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder holding credibility-fr and credibility-en, version TEST_VERSION."""
    return write_models(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="session")
def app_config(models_dir: Path) -> dict:
    return {"TESTING": True, "MODELS_DIR": models_dir, "API_KEYS": (), "LANGUAGES": ("fr", "en")}


@pytest.fixture(scope="session")
def app(app_config: dict):
    """One app for the session: loading two models (and spaCy) once keeps the suite quick.

    Tests that change the configuration build their own app with ``make_app``.
    """
    return create_app(app_config)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_app(app_config: dict):
    def build(**overrides):
        return create_app({**app_config, **overrides})

    return build


@pytest.fixture
def tampered_models_dir(models_dir: Path, tmp_path: Path) -> Path:
    """A copy of the models folder whose French model.joblib has one byte changed."""
    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    model_file = copy / "credibility-fr" / TEST_VERSION / "model.joblib"
    data = bytearray(model_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_file.write_bytes(bytes(data))
    return copy
