"""Time ctl's cold first run: `ctl --data DATASET list` with an empty cache, every run.

Runs one or more `ctl` executables (by default the one installed next to the Python that runs
this script) as subprocesses, each time with CTL_CACHE_DIR set to a fresh empty directory. With
several (`--ctl /work/wt-orig/.venv/bin/ctl --ctl .venv/bin/ctl`) the runs alternate, one of each
per round, so a noisy moment on a shared machine hits them all. One warm-up run each first (file
cache, bytecode), not counted. Prints the median and the min of the wall times of each. A ctl given
as CTL=FILE reads FILE instead of DATASET (an older ctl that cannot read today's schema, given the
same data in its own: bench/older.py).

    .venv/bin/python bench/cold.py /tmp/ctl-100x-notes.yaml 7
    .venv/bin/python bench/cold.py /tmp/ctl-100x-notes.yaml 9 --ctl OLD/.venv/bin/ctl --ctl .venv/bin/ctl
    .venv/bin/python bench/cold.py DATASET 9 --ctl OLD/.venv/bin/ctl=/tmp/older.yaml --ctl .venv/bin/ctl
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CTL = str(Path(sys.executable).parent / "ctl")


def cold_env() -> dict[str, str]:
    """The environment of a timed run: C.UTF-8, bytecode allowed, no cache or dataset overrides."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    for name in ("PYTHONDONTWRITEBYTECODE", "CTL_NO_CACHE", "CTL_DATA"):
        env.pop(name, None)
    return env


def cold_run(ctl: str, dataset: str, env: dict[str, str], args: tuple[str, ...] = ("list",)) -> float:
    """Seconds that `ctl --data DATASET ARGS` takes with a fresh, empty cache directory (until it
    has answered and ended; a large dataset's index file is written after that by a process of its
    own, which is waited for, uncounted, so that it neither slows the next run nor outlives its folder)."""
    with tempfile.TemporaryDirectory(prefix="ctl-cold-") as cache:
        t0 = time.perf_counter()
        subprocess.run(
            [ctl, "--data", dataset, *args],
            env={**env, "CTL_CACHE_DIR": cache},
            stdout=subprocess.DEVNULL,
            check=True,
        )
        took = time.perf_counter() - t0
        wait_for_index(Path(cache))
        return took


def wait_for_index(folder: Path, limit: float = 120.0) -> bool:
    """Wait until `folder` holds an index file and no temporary one (at most `limit` seconds)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        names = [p.name for p in folder.iterdir()]
        if any(n.startswith("index-") for n in names) and not any(n.startswith(".tmp-") for n in names):
            return True
        time.sleep(0.05)
    return False


def cold_series(ctls: list[str], dataset: str, runs: int) -> dict[str, list[float]]:
    """`runs` interleaved cold runs of every executable in `ctls` (CTL, or CTL=FILE to read FILE rather
    than `dataset`), after one warm-up run each; keyed as given."""
    env = cold_env()
    pairs = {ctl: (ctl.split("=", 1) + [dataset])[:2] for ctl in ctls}
    for exe, data in pairs.values():
        cold_run(exe, data, env)  # warm-up: not counted
    times: dict[str, list[float]] = {ctl: [] for ctl in ctls}
    for _ in range(runs):
        for ctl, (exe, data) in pairs.items():
            times[ctl].append(cold_run(exe, data, env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("runs", type=int, nargs="?", default=7)
    parser.add_argument("--ctl", action="append", help="a ctl executable (repeat to interleave several)")
    args = parser.parse_args()
    times = cold_series(args.ctl or [CTL], args.dataset, args.runs)
    for ctl, ts in times.items():
        print(
            f"{ctl}: cold `ctl list`, {args.runs} runs: median {statistics.median(ts):.3f} s, "
            f"min {min(ts):.3f} s ({' '.join(f'{t:.2f}' for t in ts)})"
        )


if __name__ == "__main__":
    main()
