"""SCORER_* environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from service import config
from tests.service.helpers import FRENCH


def test_defaults():
    settings = config.load(environ={})
    assert settings["MAX_BATCH"] == 64
    assert settings["MAX_TEXT_CHARS"] == 200_000
    assert settings["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    assert settings["LANGUAGES"] == ("fr", "en")
    assert settings["MODEL_VERSIONS"] == {}
    assert settings["API_KEYS"] == ()
    assert settings["MODELS_DIR"].name == "models"


def test_environment_overrides():
    settings = config.load(environ={
        "SCORER_MODELS_DIR": "/srv/models",
        "SCORER_LANGUAGES": "FR",
        "SCORER_MODEL_VERSION_FR": "2025.1.0",
        "SCORER_API_KEYS": " one, two ,,",
        "SCORER_MAX_BATCH": "8",
        "SCORER_MAX_TEXT_CHARS": "1000",
        "SCORER_MAX_BODY_BYTES": "4096",
        "SCORER_CACHE_SIZE": "0",
        "SCORER_LOG_LEVEL": "debug",
        "SCORER_WARMUP": "off",
    })
    assert settings["MODELS_DIR"] == Path("/srv/models")
    assert settings["LANGUAGES"] == ("fr",)
    assert settings["MODEL_VERSIONS"] == {"fr": "2025.1.0"}
    assert settings["API_KEYS"] == ("one", "two")
    assert (settings["MAX_BATCH"], settings["MAX_TEXT_CHARS"]) == (8, 1000)
    assert settings["MAX_CONTENT_LENGTH"] == 4096
    assert settings["CACHE_SIZE"] == 0
    assert settings["LOG_LEVEL"] == "DEBUG"
    assert settings["WARMUP"] is False


def test_test_config_wins_over_the_environment():
    settings = config.load({"MAX_BATCH": 3}, environ={"SCORER_MAX_BATCH": "8"})
    assert settings["MAX_BATCH"] == 3


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("SCORER_MAX_BATCH", "many", "integer"),
        ("SCORER_CACHE_SIZE", "-1", "negative"),
        ("SCORER_WARMUP", "maybe", "true or false"),
        ("SCORER_LOG_LEVEL", "loud", "logging level"),
        ("SCORER_LANGUAGES", " , ", "no language"),
        ("SCORER_MODEL_VERSION_DE", "1.0", "not served"),
        # Set, but blank: refusing beats serving /v1 open when the operator meant keys.
        ("SCORER_API_KEYS", " , ", "names no key"),
        # No lexicon for German: refused at start, naming what is supported.
        ("SCORER_LANGUAGES", "fr,de", "unsupported languages: de (supported: fr, en)"),
    ],
)
def test_bad_values_stop_start_up_naming_the_variable(name, value, words):
    with pytest.raises(config.ConfigError) as error:
        config.load(environ={name: value})
    assert words in str(error.value)
    assert name in str(error.value) or "MODEL_VERSION" in str(error.value)


def test_create_app_reads_the_environment(monkeypatch, app_config):
    from service import create_app

    monkeypatch.setenv("SCORER_MAX_BATCH", "1")
    monkeypatch.setenv("SCORER_API_KEYS", "k")
    app = create_app({key: value for key, value in app_config.items() if key != "API_KEYS"})
    client = app.test_client()
    headers = {"Authorization": "Bearer k"}
    response = client.post("/v1/score/batch", json={"articles": [{"text": FRENCH}] * 2},
                           headers=headers)
    assert response.status_code == 422
    assert client.post("/v1/score", json={"text": FRENCH}).status_code == 401


def test_create_app_exits_with_one_line_on_a_bad_setting(monkeypatch, app_config):
    from service import create_app

    monkeypatch.setenv("SCORER_MAX_BATCH", "-1")
    with pytest.raises(SystemExit) as stop:
        create_app(app_config)
    message = str(stop.value.code)
    assert message == "Configuration error: SCORER_MAX_BATCH must not be negative, got -1"


@pytest.mark.parametrize(
    ("name", "value"),
    [("SCORER_MAX_BATCH", "-1"), ("SCORER_LANGUAGES", "fr,de"), ("SCORER_API_KEYS", " , ")],
)
def test_gunicorn_stops_on_a_bad_setting_with_one_line(name, value, models_dir):
    import os
    import subprocess

    from tests.service.test_gunicorn import GUNICORN, ROOT, free_port

    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(free_port()),
           "SCORER_MODELS_DIR": str(models_dir), name: value}
    done = subprocess.run(
        [str(GUNICORN), "--config", "service/gunicorn.conf.py", "service:create_app()"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode != 0
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Configuration error: {name}"), lines
