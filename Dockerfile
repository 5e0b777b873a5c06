# The scoring service: gunicorn + Flask, the locked dependencies, one model version per language.
# Build: docker build -t source-credibility .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    SCORER_MODELS_DIR=/app/models \
    PROMETHEUS_MULTIPROC_DIR=/tmp/prometheus

RUN useradd --create-home --uid 10001 scorer
WORKDIR /app

# Dependencies first (hash-pinned, the same command as `make install`), then the project.
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY training ./training
COPY service ./service
RUN pip install --no-cache-dir --no-deps .

# Exactly one model version per language (tests/test_dockerfile.py checks they exist).
ARG FR_MODEL=credibility-fr/2026.11.28.9
ARG EN_MODEL=credibility-en/2026.11.28.9
COPY models/${FR_MODEL} ./models/${FR_MODEL}
COPY models/${EN_MODEL} ./models/${EN_MODEL}

USER scorer
# py3langid's model, decompressed once into the scorer's cache folder (SCORER_DATA_CACHE_DIR's
# default) so that every container start memory-maps it instead of decompressing 64 MB.
RUN python -c "from training.features.language import load_identifier; load_identifier()"
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8000'), timeout=4)"
CMD ["gunicorn", "--config", "service/gunicorn.conf.py", "service:create_app()"]
