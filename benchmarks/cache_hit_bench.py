"""What a cached repeat costs inside the service, without the network.

    python benchmarks/cache_hit_bench.py [--repeats 300]

Builds the app in this process (the committed models), scores each benchmark article once (the
miss, which fills the cache), then posts the same body ``--repeats`` times through Flask's test
client: the whole request path (routing, validation, cache key, cache, metrics, log line,
headers) without a socket. service_bench.py measures the same repeat over HTTP from a client
process, where a new connection per request adds its own fraction of a millisecond. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from extraction_bench import percentile  # noqa: E402 - the benchmarks folder is on sys.path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args(argv)
    os.environ.setdefault("SCORER_LOG_LEVEL", "warning")
    os.environ.setdefault("SCORER_DATA_CACHE_DIR", tempfile.mkdtemp(prefix="scorer-cache-"))
    from service import create_app

    app = create_app()
    logging.getLogger("service.request").setLevel(logging.WARNING)
    client = app.test_client()
    for language in ("fr", "en"):
        text = (HERE / "articles" / f"{language}.txt").read_text(encoding="utf-8")
        body = json.dumps({"id": "bench", "text": text, "language": language})
        started = time.perf_counter()
        response = client.post("/v1/score", data=body, content_type="application/json")
        miss_ms = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            print(f"{language}: HTTP {response.status_code}", file=sys.stderr)
            return 1
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            client.post("/v1/score", data=body, content_type="application/json")
            times.append((time.perf_counter() - started) * 1000)
        print(f"{language}: cache hit median {statistics.median(times):.2f} ms, "
              f"p99 {percentile(times, 0.99):.2f} ms over {args.repeats} repeats "
              f"(the miss before them: {miss_ms:.0f} ms; answer {len(response.data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
