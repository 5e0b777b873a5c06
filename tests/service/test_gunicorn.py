"""The service under gunicorn, as `make serve` runs it: 2 workers, preload, metrics across both."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.service.helpers import ENGLISH, FRENCH
from tests.service.test_metrics import sample

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(url: str, body: dict | None = None, timeout: float = 30) -> tuple[int, dict, str]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    if data:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def server(models_dir, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SCORER_WORKERS": "2",
        "SCORER_MODELS_DIR": str(models_dir),
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prometheus"),
    }
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [str(GUNICORN), "--config", "service/gunicorn.conf.py", "service:create_app()"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail("gunicorn exited:\n" + (tmp_path / "gunicorn.log").read_text())
            try:
                if call(base + "/readyz", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("not ready in 120 s:\n" + (tmp_path / "gunicorn.log").read_text())
            time.sleep(0.25)
        yield base, tmp_path / "gunicorn.log"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_scores_and_aggregates_metrics_across_workers(server):
    base, log_file = server
    status, headers, body = call(base + "/v1/score", {"text": FRENCH, "id": "g1"})
    assert status == 200, body
    answer = json.loads(body)
    assert answer["id"] == "g1" and answer["model"]["name"] == "credibility-fr"
    assert headers["X-Model-Version"].startswith("credibility-fr/")
    assert headers["X-Request-ID"]

    # Concurrent requests keep both workers busy, so both write samples.
    articles = [{"text": f"{text} ({i})"} for i in range(4) for text in (FRENCH, ENGLISH)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = [r[0] for r in pool.map(lambda a: call(base + "/v1/score", a), articles)]
    assert statuses == [200] * len(articles)

    status, _, metrics = call(base + "/metrics")
    assert status == 200
    scored = 1 + len(articles)
    assert sample(metrics, "scorer_http_request_total", method="POST", status="200") == scored
    assert sample(metrics, "scorer_score_count", language="fr") == 5
    assert sample(metrics, "scorer_score_count", language="en") == 4
    # Set once in the master before the fork, reported once.
    assert sample(metrics, "scorer_model_info", name="credibility-en") == 1
    assert metrics.count('scorer_model_info{') == 2

    lines = [json.loads(line) for line in log_file.read_text().splitlines()
             if line.startswith("{")]
    access = [line for line in lines if line.get("logger") == "gunicorn.access"]
    assert len(access) >= scored and all("request_id" in line for line in access)


CONF = ROOT / "service" / "gunicorn.conf.py"


def load_conf(monkeypatch, **env: str):
    import importlib.util

    for name in ("HOST", "PORT", "SCORER_WORKERS", "WEB_CONCURRENCY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("scorer_gunicorn_conf", CONF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_settings_defaults(monkeypatch):
    conf = load_conf(monkeypatch)
    assert conf.bind == "127.0.0.1:8000"
    assert conf.workers == 2
    assert conf.preload_app is True
    assert conf.max_requests > 0 and 0 < conf.max_requests_jitter < conf.max_requests
    assert conf.timeout > conf.graceful_timeout > 0
    assert callable(conf.child_exit) and callable(conf.when_ready)
    assert conf.control_socket_disable is True


def test_settings_from_the_environment(monkeypatch):
    conf = load_conf(monkeypatch, HOST="0.0.0.0", PORT="9000", SCORER_WORKERS="3")
    assert (conf.bind, conf.workers) == ("0.0.0.0:9000", 3)
    assert load_conf(monkeypatch, HOST="::1").bind == "[::1]:8000"
    assert load_conf(monkeypatch, WEB_CONCURRENCY="5").workers == 5


def test_reading_the_settings_leaves_metrics_alone(monkeypatch):
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    load_conf(monkeypatch)
    assert "PROMETHEUS_MULTIPROC_DIR" not in os.environ


def test_access_log_is_one_json_object_without_secrets(monkeypatch):
    import datetime
    import logging
    from types import SimpleNamespace

    from gunicorn.config import Config

    conf = load_conf(monkeypatch)
    cfg = Config()
    cfg.set("accesslog", "-")
    logger = conf.JSONLogger(cfg)
    lines: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: lines.append(record.getMessage())
    logger.access_log.handlers = [handler]
    response = SimpleNamespace(
        status_code=200, status="200 OK", sent=512,
        headers=[("X-Request-ID", "req-1"), ("X-Model-Version", "credibility-fr/1")],
    )
    environ = {
        "REMOTE_ADDR": "127.0.0.1", "REQUEST_METHOD": "POST", "PATH_INFO": "/v1/score",
        "QUERY_STRING": "token=hunter2", "HTTP_AUTHORIZATION": "Bearer s3cret",
        "HTTP_USER_AGENT": 'plugin "quoted" /1.0',
    }
    logger.access(response, None, environ, datetime.timedelta(milliseconds=12.5))
    (line,) = lines
    entry = json.loads(line)
    assert entry["status"] == 200 and entry["path"] == "/v1/score"
    assert entry["request_id"] == "req-1" and entry["model_version"] == "credibility-fr/1"
    assert entry["duration_ms"] == 12.5 and entry["user_agent"] == 'plugin "quoted" /1.0'
    assert "hunter2" not in line and "s3cret" not in line


def test_a_bad_gunicorn_setting_is_a_one_line_configuration_error(monkeypatch):
    with pytest.raises(SystemExit) as stopped:
        load_conf(monkeypatch, SCORER_WORKERS="abc")
    assert str(stopped.value) == "Configuration error: SCORER_WORKERS must be an integer, not 'abc'"
