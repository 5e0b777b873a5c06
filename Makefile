# Two commands for a new machine: `make serve` and `make test`. Both install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# The one install command; the Dockerfile runs the same two pip lines (tests/test_dockerfile.py).
PIP_INSTALL_LOCK := pip install --no-cache-dir --require-hashes -r requirements.lock
PIP_INSTALL_PROJECT := pip install --no-cache-dir --no-deps .
GUNICORN_CONFIG := service/gunicorn.conf.py
APP_TARGET := service:create_app()

.PHONY: install serve test lint bench eval model lock clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m $(PIP_INSTALL_LOCK) --quiet
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

serve: install
	HOST=$(HOST) PORT=$(PORT) $(VENV)/bin/gunicorn --config $(GUNICORN_CONFIG) '$(APP_TARGET)'

lint: install
	$(VENV)/bin/ruff check .

test: install lint
	$(VENV)/bin/pytest

bench: install
	$(PY) benchmarks/run_all.py

# Accuracy against ../shared/eval: the tables first, then the floors as slow tests.
eval: install
	$(PY) -m training.evaluation --out build/eval
	$(VENV)/bin/pytest -m slow -q tests/evaluation

model: install
	$(PY) -m training.reference_models --models-dir models

# Regenerate the hash-pinned lock from pyproject.toml (needs network access to PyPI).
lock:
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 --python-platform x86_64-unknown-linux-gnu -o requirements.lock

clean:
	rm -rf $(VENV) build .ruff_cache
