"""gunicorn settings: ``gunicorn --config service/gunicorn.conf.py 'service:create_app()'``.

Environment: HOST (127.0.0.1), PORT (8000), SCORER_WORKERS (or WEB_CONCURRENCY; 2),
SCORER_THREADS (1), SCORER_TIMEOUT (120 s), SCORER_MAX_REQUESTS (2000),
SCORER_MAX_REQUESTS_JITTER (200), SCORER_ACCESS_LOG ("-" = stdout, "off" = none),
SCORER_MALLOC_MMAP_THRESHOLD (0 = glibc's adaptive threshold; e.g. 524288 trades CPU for memory),
PROMETHEUS_MULTIPROC_DIR (a fresh temporary folder when unset).
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from gunicorn.glogging import Logger


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"Configuration error: {name} must be an integer, not {raw!r}") from None


def _prepare_prometheus_dir() -> None:
    """Give prometheus_client its multiprocess folder before the app (and the library) load.

    The folder must be set before prometheus_client is first imported, and must not hold
    samples of an earlier run, or /metrics would add them to this one's. gunicorn re-reads
    this file on SIGHUP: the marker keeps a reload from wiping the live workers' files.
    """
    if os.environ.get("SCORER_PROMETHEUS_PREPARED") == str(os.getpid()):
        return
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path:
        Path(path).mkdir(parents=True, exist_ok=True)
        for stale in Path(path).glob("*.db"):
            stale.unlink()
    else:
        path = tempfile.mkdtemp(prefix="scorer-prometheus-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
        os.environ["SCORER_PROMETHEUS_CREATED"] = path
    os.environ["SCORER_PROMETHEUS_PREPARED"] = str(os.getpid())


# glibc's mallopt() parameter number for the mmap threshold.
M_MMAP_THRESHOLD = -3


def _glibc() -> ctypes.CDLL | None:
    if platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def _fix_mmap_threshold() -> int | None:
    """Serve every allocation of SCORER_MALLOC_MMAP_THRESHOLD bytes or more from mmap (off by
    default: a memory-for-CPU trade that the operator chooses).

    glibc starts at 128 KiB but raises its threshold, up to 32 MiB, each time it frees a block
    above it; loading the models frees many, after which the large temporary buffers of a
    request (tens of MiB for a 1,000-word article) are carved from the heap, and each worker's
    heap stays that much larger for good. At a fixed threshold they are unmapped when freed:
    about 20 MiB less per worker, at the price of mapping the pages anew for every request
    (about 7,000 page faults, 10 ms of CPU, at 512 KiB; 13,000 at 128 KiB). Called before the
    app loads; the workers inherit it. Measured with benchmarks/service_bench.py at 512 KiB:
    PSS of master + 2 workers 441 MiB instead of 490, but 89-91 ms of server CPU per article at
    4 in flight instead of 77-78 (22 instead of 25 articles/s), so the default, 0, keeps glibc's
    own adaptive threshold. An explicit MALLOC_MMAP_THRESHOLD_ or GLIBC_TUNABLES in the
    environment wins. Returns the threshold set.
    """
    threshold = _env_int("SCORER_MALLOC_MMAP_THRESHOLD", 0)
    if threshold <= 0 or "MALLOC_MMAP_THRESHOLD_" in os.environ or "GLIBC_TUNABLES" in os.environ:
        return None
    libc = _glibc()
    if libc is None or not libc.mallopt(M_MMAP_THRESHOLD, threshold):
        return None
    return threshold


def _trim_heap() -> None:
    """Hand the heap's free pages back to the system (loading leaves many MiB of them)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


# gunicorn executes this file as module "__config__". Anything else importing it (a test that
# reads the settings) must not switch its own process to multiprocess metrics.
if __name__ == "__config__":
    _prepare_prometheus_dir()
    _fix_mmap_threshold()

_host = os.environ.get("HOST", "127.0.0.1")
bind = f"[{_host}]:{os.environ.get('PORT', '8000')}" if ":" in _host else (
    f"{_host}:{os.environ.get('PORT', '8000')}"
)
workers = _env_int("SCORER_WORKERS", _env_int("WEB_CONCURRENCY", 2))
# Scoring is CPU-bound: one request per worker process at a time. More threads only help
# with slow clients, and gunicorn switches to its threaded worker when threads > 1.
threads = _env_int("SCORER_THREADS", 1)
# Load the app, its models and spaCy once, in the master: workers share those pages.
preload_app = True
# A 200,000-character article takes seconds, and a 2 MB batch of long English articles over a
# minute on a busy core; a worker silent for longer than this is stuck, and is replaced.
timeout = _env_int("SCORER_TIMEOUT", 120)
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then (memory creep), staggered so they never restart together.
max_requests = _env_int("SCORER_MAX_REQUESTS", 2000)
max_requests_jitter = _env_int("SCORER_MAX_REQUESTS_JITTER", 200)
# The worker heartbeat file: on tmpfs, so a slow disk cannot make gunicorn kill workers.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
proc_name = "source-credibility"
# gunicorn >= 25 opens a control socket at one fixed path per user ($HOME/.gunicorn): two
# instances (tests, benchmark, a dev server) would fight over it, and a container's user may
# have no writable home. Nothing here uses gunicornc.
control_socket_disable = True
errorlog = "-"
loglevel = os.environ.get("SCORER_LOG_LEVEL", "info").lower()
_access = os.environ.get("SCORER_ACCESS_LOG", "-")
accesslog = None if _access.lower() in {"", "off", "none"} else _access


def _utc_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class _JSONErrorFormatter(logging.Formatter):
    """gunicorn's own messages (boot, worker exits) as JSON lines, like everything else."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": _utc_now(),
            "level": record.levelname,
            "logger": "gunicorn.error",
            "message": record.getMessage(),
            "pid": os.getpid(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class JSONLogger(Logger):
    """gunicorn's logger, writing each access-log entry as one JSON object.

    Built with json.dumps rather than access_log_format, whose atoms are not escaped: a
    quote in a user agent would break the line. No query string (it may carry tokens) and
    no request headers beyond the user agent (Authorization carries the API key).
    """

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.setFormatter(_JSONErrorFormatter())

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        headers = {name.lower(): value for name, value in (resp.headers or [])}
        entry = {
            "ts": _utc_now(),
            "level": "INFO",
            "logger": "gunicorn.access",
            "remote_addr": environ.get("REMOTE_ADDR"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": resp.status_code if hasattr(resp, "status_code") else str(resp.status),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 3),
            "request_id": headers.get("x-request-id"),
            "model_version": headers.get("x-model-version"),
            "user_agent": (environ.get("HTTP_USER_AGENT") or "")[:200] or None,
            "pid": os.getpid(),
        }
        try:
            self.access_log.info(json.dumps(entry, ensure_ascii=False))
        except Exception:  # noqa: BLE001 - logging must never fail a request
            self.exception("access log failed")


logger_class = JSONLogger


def when_ready(server) -> None:
    # The app is loaded (preload): move everything alive to the permanent generation so the
    # workers' garbage collector never writes to, and thereby copies, the shared pages; and
    # return the heap's free pages, which every process would otherwise carry (about 15 MiB).
    gc.collect()
    _trim_heap()
    gc.freeze()


def child_exit(server, worker) -> None:
    # Imported here: prometheus_client must first see PROMETHEUS_MULTIPROC_DIR (set above).
    from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

    GunicornInternalPrometheusMetrics.mark_process_dead_on_child_exit(worker.pid)


def on_exit(server) -> None:
    created = os.environ.get("SCORER_PROMETHEUS_CREATED")
    if created:
        shutil.rmtree(created, ignore_errors=True)
