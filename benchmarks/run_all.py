"""``make bench``: every benchmark, one after the other, figures printed (nothing asserted).

    python benchmarks/run_all.py [--quick]

1. extraction_bench.py: feature extraction vs the full spaCy pipeline, one core, plus memory;
2. service_bench.py: the service under gunicorn vs a naive Flask + spaCy handler;
3. cache_hit_bench.py: a cached repeat inside the service process, without the network;
4. hostile_input_bench.py: inputs built to be slow (a run without sentence ends, deeply nested
   HTML) at growing sizes, to show the time grows in proportion.
``--quick`` shortens them (fewer runs, 5 s per load case, smaller inputs) for a smoke run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    build = HERE.parent / "build" / "bench"
    build.mkdir(parents=True, exist_ok=True)
    runs = [
        [sys.executable, str(HERE / "extraction_bench.py"), "--runs", "20" if quick else "100",
         "--json", str(build / "extraction.json")],
        [sys.executable, str(HERE / "service_bench.py"), "--duration", "5" if quick else "20",
         "--json", str(build / "service.json")],
        [sys.executable, str(HERE / "cache_hit_bench.py"), "--repeats", "50" if quick else "300"],
        [sys.executable, str(HERE / "hostile_input_bench.py"),
         "--sizes", "100,200" if quick else "250,500,1000,2000"],
    ]
    status = 0
    for command in runs:
        print("$", " ".join(Path(part).name if part.endswith(".py") else part
                            for part in command[1:]), flush=True)
        status |= subprocess.run(command, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
