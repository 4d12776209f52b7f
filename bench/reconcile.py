"""ctl reconcile on a synthetic CORDIS organization.csv: time and peak memory (RSS) of a real process.

    python bench/reconcile.py [--rows 500000] [--keep FILE]

Writes ROWS participation rows in CORDIS's layout (tests/data/registries/organization.csv): made-up
organisations, with every 1,000th row naming an organisation of the bundled dataset by name and city,
so that matching, proposals and sources are exercised too. Then runs `ctl reconcile FILE --format json`
against the bundled dataset in a child process (its output to /dev/null) and reports the wall time and
the child's peak resident memory (ru_maxrss), with the machine. The target of issue 16: under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = (ROOT / "tests/data/registries/organization.csv").read_text(encoding="utf-8").split("\n")[3]
REAL = [("POLITECNICO DI MILANO", "Milano", "ITC4C"), ("UNIVERSITA DEGLI STUDI DI BERGAMO", "Bergamo", "ITC46")]


def write(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        for n in range(rows):
            other = (f"SYNTHETIC ORGANISATION {n} SRL", "Lyon", "FRK26")
            name, city, nuts = REAL[n // 1000 % 2] if n % 1000 == 0 else other
            f.write(
                f"{101000000 + n // 7};ACR{n // 7};{900000000 + n % 99999};;{name};SHORT{n};false;PRC;"
                f'"Rue {n}, bâtiment ""B""";69000;{city};{"IT" if n % 1000 == 0 else "FR"};{nuts};45.7,4.8;'
                f"https://example.org/{n};;2025-06-12 10:11:12;{n};{n % 9 + 1};participant;{n * 3 % 100000};"
                f"{n * 3 % 100000};{n * 5 % 200000};false;true\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    path = args.keep or Path(folder) / "organization.csv"
    write(path, args.rows)
    ctl = Path(sys.executable).with_name("ctl")
    env = {**os.environ, "CTL_CACHE_DIR": folder}
    start = time.perf_counter()
    with open(os.devnull, "w") as null:
        done = subprocess.run([str(ctl), "reconcile", str(path), "--format", "json"], stdout=null, env=env)
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kB
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    print(f"rows {args.rows:,}, file {path.stat().st_size / 1e6:.0f} MB, exit {done.returncode}")
    print(f"wall {wall:.1f} s, peak RSS {peak_mb:.0f} MB")
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}")


if __name__ == "__main__":
    main()
