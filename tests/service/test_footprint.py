"""What keeps the service's memory down: glibc settings in the gunicorn config, lean imports.

Each check runs in a fresh interpreter, because malloc settings, the heap and sys.modules are
per process and the test process has already been through everything.
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "service" / "gunicorn.conf.py"


def _has_mallinfo2() -> bool:
    if platform.libc_ver()[0] != "glibc":
        return False
    return hasattr(ctypes.CDLL(None), "mallinfo2")  # glibc >= 2.33


glibc_only = pytest.mark.skipif(not _has_mallinfo2(), reason="glibc >= 2.33 malloc settings")

# Loads the gunicorn settings as a test does (not as "__config__", so nothing runs on import),
# and reports through glibc's mallinfo2 how the allocator served a 600 KB block after an 8 MiB
# one was freed (the free that makes glibc raise an adaptive threshold above 600 KB).
_PROBE = """
import ctypes, importlib.util, json, sys

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
spec = importlib.util.spec_from_file_location("scorer_gunicorn_conf", sys.argv[1])
conf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conf)
threshold = conf._fix_mmap_threshold()
big = bytearray(8 << 20)
del big
before = libc.mallinfo2().hblks
block = bytearray(600_000)
mapped = libc.mallinfo2().hblks - before
print(json.dumps({"threshold": threshold, "mapped": mapped}))
"""


def probe(**env: str) -> dict:
    environ = {name: value for name, value in os.environ.items()
               if name not in {"MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES",
                               "SCORER_MALLOC_MMAP_THRESHOLD"}}
    environ.update(env)
    out = subprocess.run([sys.executable, "-c", _PROBE, str(CONF)], env=environ, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


@glibc_only
def test_large_blocks_stay_mmapped_after_a_large_free_when_asked():
    assert probe(SCORER_MALLOC_MMAP_THRESHOLD="524288") == {"threshold": 512 * 1024, "mapped": 1}


@glibc_only
def test_glibcs_adaptive_threshold_by_default():
    assert probe() == {"threshold": None, "mapped": 0}


@glibc_only
def test_the_threshold_is_configurable_and_zero_keeps_glibcs_own():
    assert probe(SCORER_MALLOC_MMAP_THRESHOLD="1048576") == {"threshold": 1 << 20, "mapped": 0}
    # glibc's adaptive threshold rose to 8 MiB with the free: the block comes from the heap.
    assert probe(SCORER_MALLOC_MMAP_THRESHOLD="0") == {"threshold": None, "mapped": 0}


@glibc_only
def test_an_explicit_glibc_setting_wins():
    assert probe(MALLOC_MMAP_THRESHOLD_="33554432")["threshold"] is None
    assert probe(GLIBC_TUNABLES="glibc.malloc.mmap_threshold=33554432")["threshold"] is None


_WHEN_READY = """
import gc, importlib.util, json, sys

def anon_kib():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1])

spec = importlib.util.spec_from_file_location("scorer_gunicorn_conf", sys.argv[1])
conf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conf)
# 40 MB of 1 KB blocks from the C heap, then all freed but the last, which pins the heap's top:
# free memory inside the heap that glibc keeps unless trimmed.
blocks = [bytearray(1000) for _ in range(40_000)]
keep = blocks.pop()
del blocks
before = anon_kib()
conf.when_ready(None)
print(json.dumps({"freed_kib": before - anon_kib(), "frozen": gc.get_freeze_count()}))
"""


@glibc_only
def test_when_ready_freezes_the_heap_objects_and_returns_free_heap_pages():
    out = subprocess.run([sys.executable, "-c", _WHEN_READY, str(CONF)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["frozen"] > 0
    assert result["freed_kib"] > 20_000


_IMPORTS = """
import json, sys
from service import create_app

app = create_app({"MODELS_DIR": sys.argv[1], "LOG_LEVEL": "WARNING"})
assert app.extensions["scorer"].registry.ready
print(json.dumps(sorted(name for name in ("matplotlib", "pandas", "training.card",
                                          "training.evaluate", "training.fit")
                        if name in sys.modules)))
"""


def test_the_service_loads_no_plotting_or_training_only_module(models_dir):
    # matplotlib alone would add tens of MiB to every process; the model cards' plots and the
    # training code stay out of the service.
    out = subprocess.run([sys.executable, "-c", _IMPORTS, str(models_dir)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == []
