"""No Docker engine runs here: check that the Dockerfile and the Makefile cannot drift apart."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def makefile_vars() -> dict[str, str]:
    values = {}
    for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Z_]+)\s*:?=\s*(.*)$", line)
        if match:
            values[match.group(1)] = match.group(2).strip()
    return values


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_install_commands_are_the_makefiles():
    make = makefile_vars()
    runs = [line.removeprefix("RUN ").strip() for line in dockerfile().splitlines()
            if line.startswith("RUN ")]
    assert make["PIP_INSTALL_LOCK"] in runs
    assert make["PIP_INSTALL_PROJECT"] in runs


def test_gunicorn_config_and_app_target_are_the_makefiles():
    make = makefile_vars()
    cmd = re.search(r"^CMD (\[.*\])$", dockerfile(), re.MULTILINE).group(1)
    argv = ast.literal_eval(cmd)
    assert argv[0] == "gunicorn"
    assert argv[argv.index("--config") + 1] == make["GUNICORN_CONFIG"]
    assert argv[-1] == make["APP_TARGET"]
    serve = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nserve:")[1].split("\n\n")[0]
    assert "--config $(GUNICORN_CONFIG)" in serve and "'$(APP_TARGET)'" in serve
    assert (ROOT / make["GUNICORN_CONFIG"]).is_file()


def test_one_committed_model_version_per_language():
    args = dict(re.findall(r"^ARG (\w+)=(\S+)$", dockerfile(), re.MULTILINE))
    copied = re.findall(r"^COPY models/\$\{(\w+)\}", dockerfile(), re.MULTILINE)
    assert sorted(copied) == ["EN_MODEL", "FR_MODEL"]
    for name in copied:
        path = ROOT / "models" / args[name]
        assert (path / "metadata.json").is_file(), path
    assert args["FR_MODEL"].startswith("credibility-fr/")
    assert args["EN_MODEL"].startswith("credibility-en/")


def test_runs_as_non_root_with_a_readiness_healthcheck():
    text = dockerfile()
    assert re.search(r"^USER (?!root)\w+", text, re.MULTILINE)
    assert "HEALTHCHECK" in text and "/readyz" in text
    assert text.startswith("#") and "FROM python:3.11-slim" in text


def test_image_builds_the_language_cache_as_the_service_user(tmp_path):
    import os
    import subprocess
    import sys

    text = dockerfile()
    run = re.search(r'^RUN python -c "(.*load_identifier.*)"$', text, re.MULTILINE)
    assert run and text.index("USER scorer") < run.start()
    env = {**os.environ, "SCORER_DATA_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", run.group(1)], check=True, env=env, cwd=ROOT)
    assert [p.name for p in tmp_path.glob("py3langid-*/manifest.json")] == ["manifest.json"]
