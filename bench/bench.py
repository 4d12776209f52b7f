"""Start-up benchmark for ctl: wall time and peak memory of real `ctl` processes.

Compares each command with the baseline `python -c "import typer, rich.console, rich.table, yaml"`
in the same venv and the same run, with a warm cache and with the cache turned off (the cost of
parsing the YAML). Prints a markdown table. Not a test: nothing here asserts a time.

    python bench/bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
CTL = str(BIN / "ctl")

CASES = [
    (
        "baseline: import typer, rich.console, rich.table, yaml",
        [sys.executable, "-c", "import typer, rich.console, rich.table, yaml"],
    ),
    ("ctl --help", [CTL, "--help"]),
    ("ctl list", [CTL, "list"]),
    ("ctl show agrifood", [CTL, "show", "agrifood"]),
    ("ctl search --type startup", [CTL, "search", "--type", "startup"]),
    ("ctl search --format json", [CTL, "search", "--format", "json"]),
]


def measure(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float, float]:
    """Median and min wall time (ms) and the peak RSS (MB) of the largest child."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times), min(times), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        base = {**os.environ, "CTL_CACHE_DIR": cache, "LANG": "C.UTF-8"}
        warm = dict(base)
        cold = {**base, "CTL_NO_CACHE": "1"}
        subprocess.run([CTL, "list"], env=warm, stdout=subprocess.DEVNULL, check=True)  # fill the cache
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()}; {args.runs} runs each, median (min) ms.\n"
        )
        print("| command | warm cache | no cache (YAML parsed) |")
        print("| --- | --- | --- |")
        for name, cmd in CASES:
            w_med, w_min, _ = measure(cmd, warm, args.runs)
            if cmd[0] == CTL and cmd[1:] != ["--help"]:
                c_med, c_min, _ = measure(cmd, cold, args.runs)
                cold_txt = f"{c_med:.0f} ({c_min:.0f})"
            else:
                cold_txt = "–"
            print(f"| `{name}` | {w_med:.0f} ({w_min:.0f}) | {cold_txt} |")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\nPeak memory of any run: {peak:.0f} MB.")


if __name__ == "__main__":
    main()
