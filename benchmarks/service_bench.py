"""Benchmark of the scoring service under gunicorn, against a naive Flask + spaCy baseline.

    .venv/bin/python benchmarks/service_bench.py [--models-dir models] [--duration 20]

Starts the service as `make serve` does (2 workers, preload) on 127.0.0.1 and drives it from
this process (a different process from the server's) with a bounded load: for a ~1,000-word
French article and an English one, at 1 and 4 requests in flight, it reports requests/s, p50
and p99. Then: proportional set size (PSS) of master plus workers, cold start to the first
scored request, and the latency of a cached repeat. The same run starts the naive baseline
(benchmarks/naive_app.py: every worker loads the full spaCy pipelines and runs them on each
request) and measures it the same way.

Each request carries a different amount of trailing whitespace, so that the service's answer
cache never serves the load cases (only the cached-repeat case). The load generator shares the
machine's cores with the server: figures are what a client on the same host sees. Nothing here
asserts a timing; the figures are printed (and written as JSON with --json).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"
BIN = Path(sys.executable).parent
LANGUAGES = ("fr", "en")


@dataclass
class LoadResult:
    server: str
    language: str
    in_flight: int
    seconds: float
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float
    cpu_ms_per_request: float | None = None


@dataclass
class ServerResult:
    name: str
    cold_start_s: float | None = None
    pss_mib: float | None = None
    processes: int = 0
    load: list[LoadResult] = field(default_factory=list)
    cached_p50_ms: float | None = None
    cached_p99_ms: float | None = None
    load_average: tuple[float, float] | None = None  # (1-minute, at start and at end)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(port: int, body: bytes, timeout: float = 60.0) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/v1/score", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not ordered:
        return float("nan")
    rank = max(1, int(round(q / 100 * len(ordered) + 0.5)))
    return ordered[min(rank, len(ordered)) - 1]


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (from /proc/<pid>/stat)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def pss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


class Server:
    """A gunicorn process tree on a loopback port."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path):
        self.name = name
        self.port = free_port()
        self.argv = argv
        self.env = {**os.environ, **env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.log_path = log
        self.process: subprocess.Popen | None = None

    def start_and_wait(self, first_body: bytes, timeout: float = 180.0) -> float:
        """Seconds from spawning gunicorn to the first 200 from POST /v1/score."""
        log = self.log_path.open("w")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [*self.argv, "--bind", f"127.0.0.1:{self.port}"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see {self.log_path}")
            try:
                if post(self.port, first_body, timeout=30) == 200:
                    return time.perf_counter() - started
            except OSError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} did not answer in {timeout} s; see {self.log_path}")

    def pids(self) -> list[int]:
        assert self.process is not None
        return [self.process.pid, *children(self.process.pid)]

    def pss(self) -> tuple[float, int]:
        pids = self.pids()
        return sum(pss_kib(pid) for pid in pids) / 1024, len(pids)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def drive(port: int, make_body: Callable[[int], bytes], in_flight: int,
          duration: float) -> tuple[list[float], int, float]:
    """``in_flight`` client threads posting back to back for ``duration`` seconds."""
    counter = itertools.count(1)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + duration

    def client() -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            body = make_body(next(counter))
            began = time.perf_counter()
            try:
                ok = post(port, body) == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - began
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(in_flight)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(latencies), errors, time.perf_counter() - started


def body_maker(text: str, language: str | None) -> Callable[[int], bytes]:
    def make(n: int) -> bytes:
        # Trailing spaces change the cache key and nothing the features see.
        body = {"text": text + " " * n}
        if language:
            body["language"] = language
        return json.dumps(body).encode()

    return make


def measure(server: Server, result: ServerResult, articles: dict[str, str], duration: float,
            levels: tuple[int, ...], detect: bool = False) -> None:
    for language, text in articles.items():
        make = body_maker(text, None if detect else language)
        for in_flight in levels:
            # Server CPU time per request does not inflate when other work shares the cores,
            # as wall-clock latency does: it is the figure to compare across runs.
            cpu_before = cpu_seconds(server.pids())
            ordered, errors, seconds = drive(server.port, make, in_flight, duration)
            cpu = cpu_seconds(server.pids()) - cpu_before
            result.load.append(LoadResult(
                server=server.name, language=language, in_flight=in_flight,
                seconds=round(seconds, 2), requests=len(ordered), errors=errors,
                rps=round(len(ordered) / seconds, 2),
                p50_ms=round(percentile(ordered, 50) * 1000, 1),
                p99_ms=round(percentile(ordered, 99) * 1000, 1),
                cpu_ms_per_request=round(cpu * 1000 / max(1, len(ordered) + errors), 1),
            ))
            print(f"  {server.name:8} {language} x{in_flight}: {result.load[-1].rps} req/s, "
                  f"p50 {result.load[-1].p50_ms} ms, p99 {result.load[-1].p99_ms} ms",
                  file=sys.stderr, flush=True)


def cached_repeat(port: int, body: bytes, repeats: int = 300) -> tuple[float, float]:
    # Every worker keeps its own cache: warm them all before timing.
    for _ in range(20):
        post(port, body)
    latencies = []
    for _ in range(repeats):
        began = time.perf_counter()
        post(port, body)
        latencies.append(time.perf_counter() - began)
    latencies.sort()
    return percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000


def run(args: argparse.Namespace) -> list[ServerResult]:
    workdir = Path(tempfile.mkdtemp(prefix="service-bench-"))
    try:
        results = _run(args, workdir)
    except BaseException:
        print(f"server logs kept in {workdir}", file=sys.stderr)
        raise
    shutil.rmtree(workdir, ignore_errors=True)
    return results


def _bench(server: Server, first: bytes, articles: dict[str, str], duration: float,
           levels: tuple[int, ...], *, cached: bool, detect: bool = False) -> ServerResult:
    """Start ``server``, time its first answer, run the load cases, read its memory (and, for
    our service, a cached repeat), stop it."""
    result = ServerResult(server.name)
    started_load = load_average()
    try:
        result.cold_start_s = round(server.start_and_wait(first), 2)
        measure(server, result, articles, duration, levels, detect)
        result.pss_mib, result.processes = server.pss()
        if cached:
            p50, p99 = cached_repeat(server.port, first)
            result.cached_p50_ms, result.cached_p99_ms = round(p50, 2), round(p99, 2)
    finally:
        server.stop()
    result.load_average = (started_load, load_average())
    return result


def _run(args: argparse.Namespace, workdir: Path) -> list[ServerResult]:
    articles = {code: (ARTICLES / f"{code}.txt").read_text(encoding="utf-8") for code in LANGUAGES}
    levels = (1, 4)
    results: list[ServerResult] = []
    first = body_maker(articles["fr"], None if args.detect_language else "fr")(0)

    service = Server(
        "service",
        [str(BIN / "gunicorn"), "--config", "service/gunicorn.conf.py", "service:create_app()"],
        {"SCORER_MODELS_DIR": str(args.models_dir), "SCORER_WORKERS": str(args.workers),
         "PROMETHEUS_MULTIPROC_DIR": str(workdir / "prometheus")},
        workdir / "service.log",
    )
    print("starting the service", file=sys.stderr, flush=True)
    results.append(_bench(service, first, articles, args.duration, levels, cached=True,
                          detect=args.detect_language))
    if not args.skip_baseline:
        naive = Server(
            "naive",
            [str(BIN / "gunicorn"), "--workers", str(args.workers), "--chdir", "benchmarks",
             "--timeout", "120", "naive_app:app"],
            {},
            workdir / "naive.log",
        )
        print("starting the naive baseline", file=sys.stderr, flush=True)
        results.append(_bench(naive, first, articles, args.duration, levels, cached=False))
    return results


def table(results: list[ServerResult]) -> str:
    cores = os.cpu_count() or 1
    lines = [
        f"{'server':8} {'article':8} {'in flight':>9} {'req/s':>7} {'/core':>6} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'n':>6} {'errors':>6} {'cpu ms/req':>10}",
    ]
    for result in results:
        for row in result.load:
            lines.append(
                f"{row.server:8} {row.language + ' 1k':8} {row.in_flight:>9} {row.rps:>7.1f} "
                f"{row.rps / cores:>6.1f} {row.p50_ms:>8.1f} {row.p99_ms:>8.1f} "
                f"{row.requests:>6} {row.errors:>6} {row.cpu_ms_per_request:>10.1f}"
            )
    lines.append("")
    for result in results:
        lines.append(
            f"{result.name:8} cold start to first score {result.cold_start_s} s; "
            f"PSS master+workers {result.pss_mib:.0f} MiB ({result.processes} processes); "
            f"load average {result.load_average[0]} -> {result.load_average[1]}"
        )
        if result.cached_p50_ms is not None:
            lines.append(
                f"{result.name:8} cached repeat p50 {result.cached_p50_ms} ms, "
                f"p99 {result.cached_p99_ms} ms (client side, new connection per request)"
            )
    lines.append(
        f"({cores} cores; the load generator runs on the same machine; cpu ms/req is the "
        "server's CPU time per request, which other load on the machine does not inflate)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models-dir", type=Path, default=ROOT / "models",
                        help="folder holding credibility-fr/ and credibility-en/ (default: models)")
    parser.add_argument("--duration", type=float, default=20.0,
                        help="seconds of load per case (default 20)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--detect-language", action="store_true",
                        help="send the articles without their language (the service detects "
                             "it), as a CMS that does not know it would")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    missing = [code for code in LANGUAGES
               if not any((args.models_dir / f"credibility-{code}").glob("*/metadata.json"))]
    if missing:
        parser.error(f"no credibility-{'/'.join(missing)} model in {args.models_dir} "
                     "(run `make model`, or give --models-dir)")
    args.models_dir = args.models_dir.resolve()
    results = run(args)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
