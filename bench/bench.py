"""Benchmarks for ctl: start-up against its dependencies' import time, and scale to 100x.

1. Start-up: every query command (list, show, search, org, match, compare, stats, sources,
   national, --help), each against `python -c "import typer, rich.console, rich.table, yaml"` in
   the same venv, in the same run, interleaved (so a noisy moment hits both), with a warm cache.
   With --before CTL (another checkout's venv ctl) its runs are interleaved too, in a column of
   their own.
2. Scale: synthetic datasets 10x and 100x the bundled one (bench/generate.py). For each size: the
   first run with a cold cache, `ctl search --type startup --format json` with a warm cache, and
   `jq` selecting the same rows from the same dataset exported as JSON; peak memory of ctl.
3. Cold build: the 100x dataset whose memberships all carry notes (generate.py --notes, ~6 MB),
   `ctl list` with an empty cache (bench/cold.py), median and min of --cold-runs runs; with
   --before, interleaved with the other ctl's (same dataset, same minutes).

Prints markdown tables. Not a test: nothing here asserts a time.

    python bench/bench.py [--runs N] [--scales 1,10,100] [--cold-runs 5] [--before OTHER/.venv/bin/ctl [--older]]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
CTL = str(BIN / "ctl")
BASELINE = [sys.executable, "-c", "import typer, rich.console, rich.table, yaml"]
GOALS = [
    ("ctl list", ["list"]),
    ("ctl show agrifood", ["show", "agrifood"]),
    ("ctl search --type startup", ["search", "--type", "startup"]),
    ("ctl org assolombarda", ["org", "assolombarda"]),
    ('ctl match "we build industrial robots"', ["match", "we build industrial robots"]),
    ("ctl compare energy smart-communities", ["compare", "energy", "smart-communities"]),
    ("ctl stats", ["stats"]),
    ("ctl sources", ["sources"]),
    ("ctl national", ["national"]),
    ("ctl --help", ["--help"]),
]
PEAK = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def once(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - t0) * 1000


def interleaved(cmds: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """Run every command once per round, for `runs` rounds: each gets the same share of noise."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for cmd in cmds.values():  # one warm-up each (file cache, bytecode)
        once(cmd, env)
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(once(cmd, env))
    return times


def peak_mb(cmd: list[str], env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK, *cmd], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def fmt(ts: list[float]) -> str:
    return f"{statistics.median(ts):.0f} ({min(ts):.0f})"


def startup(env: dict[str, str], runs: int, before: str | None) -> None:
    """Every query command with a warm cache against the import baseline (and the --before ctl)."""
    cmds = {"baseline": BASELINE}
    ctls = {"": CTL, "before: ": before} if before else {"": CTL}
    for label, ctl in ctls.items():
        subprocess.run([ctl, "list"], env=env, stdout=subprocess.DEVNULL, check=True)  # fill the cache
        cmds.update({label + name: [ctl, *args] for name, args in GOALS})
    times = interleaved(cmds, env, runs)
    base = statistics.median(times["baseline"])
    print(f"### Start-up (bundled dataset, warm cache; {runs} interleaved rounds, median (min) ms)\n")
    head = "| command | ms | vs baseline |" + (" before: ms | before: vs baseline |" if before else "")
    print(head)
    print("|" + " --- |" * head.count(" |"))
    print(f'| `python -c "import typer, rich.console, rich.table, yaml"` | {fmt(times["baseline"])} | 1.00× |')
    for name, _ in GOALS:
        row = f"| `{name}` |"
        for label in ctls:
            ts = times[label + name]
            row += f" {fmt(ts)} | {statistics.median(ts) / base:.2f}× |"
        print(row)
    print()


def cold_notes(runs: int, before: str | None, work: Path, older: bool = False) -> None:
    """Cold first runs on the 100x dataset with notes (bench/cold.py), interleaved with --before's
    (which reads the same data in the older schema, bench/older.py, when `older`)."""
    from cold import cold_series

    if runs < 1:  # --cold-runs 0: this part is skipped
        return
    path = work / "ctl-100x-notes.yaml"
    generate = [sys.executable, str(HERE / "generate.py"), "--scale", "100", "--notes", "-o", str(path)]
    subprocess.run(generate, check=True, stderr=subprocess.DEVNULL)
    if before and older:
        subprocess.run([sys.executable, str(HERE / "older.py"), str(path), str(work / "older.yaml")], check=True)
        before = f"{before}={work / 'older.yaml'}"
    ctls = {"before": before, "after": CTL} if before else {"ctl": CTL}
    times = cold_series(list(ctls.values()), str(path), runs)
    size = path.stat().st_size / 1e6
    print(f"### Cold build: 100× with notes ({size:.1f} MB), `ctl list` with an empty cache\n")
    print(f"{runs} interleaved runs, median (min) s.\n")
    print("| ctl | cold first run | vs before |" if before else "| ctl | cold first run |")
    print("| --- | --- | --- |" if before else "| --- | --- |")
    first = statistics.median(times[next(iter(ctls.values()))])
    for label, ctl in ctls.items():
        ts = times[ctl]
        ratio = f" {statistics.median(ts) / first:.0%} |" if before else ""
        print(f"| {label} | {statistics.median(ts):.2f} ({min(ts):.2f}) |{ratio}")
    print()


def scale(scales: list[int], env: dict[str, str], runs: int, work: Path) -> None:
    from cold import wait_for_index

    jq = shutil.which("jq")
    print(f"### Scale ({runs} rounds, median (min) ms; cold = first run after the cache is emptied)\n")
    print(
        "| dataset | organisations | memberships | YAML | cold first run | "
        "`ctl search --type startup --format json` | jq, same rows | peak memory |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in scales:
        path = work / f"ctl-{n}x.yaml"
        if n == 1:
            shutil.copy(HERE.parent / "data" / "clusters.yaml", path)
        else:
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), "--scale", str(n), "-o", str(path)],
                check=True,
                stderr=subprocess.DEVNULL,
            )
        e = {**env, "CTL_CACHE_DIR": str(work / f"cache-{n}")}
        exported = work / f"ctl-{n}x.json"
        with exported.open("w") as f:
            subprocess.run([CTL, "--data", str(path), "export", "--format", "json"], env=e, stdout=f, check=True)
        doc = json.loads(exported.read_text())
        n_orgs = len(doc["organisations"])
        n_members = sum(len(c.get("members", [])) for c in doc["clusters"])
        search = [CTL, "--data", str(path), "search", "--type", "startup", "--format", "json"]
        colds = []
        for _ in range(max(3, runs // 3)):
            shutil.rmtree(e["CTL_CACHE_DIR"], ignore_errors=True)
            colds.append(once(search, e))
            wait_for_index(Path(e["CTL_CACHE_DIR"]))  # a large dataset's index is written after the answer
        cmds = {"ctl": search}
        if jq:
            cmds["jq"] = [jq, '[.organisations[] | select(.type == "startup")]', str(exported)]
        times = interleaved(cmds, e, runs)
        peak = max(peak_mb(search, e), peak_mb([CTL, "--data", str(path), "list"], {**e, "CTL_NO_CACHE": "1"}))
        size = path.stat().st_size / 1e6
        jq_txt = fmt(times["jq"]) if jq else "jq not installed"
        print(
            f"| {n}× | {n_orgs:,} | {n_members:,} | {size:.1f} MB | {fmt(colds)} | {fmt(times['ctl'])} | "
            f"{jq_txt} | {peak:.0f} MB |"
        )
    print()


def alias_bomb() -> None:
    """How long the loader takes to refuse a 'billion laughs' document (it must not expand it)."""
    sys.path.insert(0, str(HERE.parent))
    from ctl_cli.dataset import strict_yaml, validate  # noqa: F401 - imported first: time the refusal, not imports
    from ctl_cli.errors import DatasetError

    levels = [f'l0: &l0 ["{"x" * 10}"]']
    levels += [f"l{i}: &l{i} [{', '.join(f'*l{i - 1}' for _ in range(10))}]" for i in range(1, 10)]
    bomb = "\n".join(levels) + "\n"  # 10^9 strings once expanded
    t0 = time.perf_counter()
    try:
        validate.parse(bomb, "bomb.yaml")
    except DatasetError as e:
        refused = str(e.problems[0])
    ms = (time.perf_counter() - t0) * 1000
    print(f"### Alias bomb\n\nA 10^9-element 'billion laughs' document is refused in {ms:.1f} ms: `{refused}`\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--cold-runs", type=int, default=5, help="cold runs on the 100x dataset with notes")
    parser.add_argument("--before", help="another ctl (e.g. an older checkout's venv ctl) to interleave with")
    parser.add_argument("--older", action="store_true", help="--before reads the cold dataset in the older schema")
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}.\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "CTL_CACHE_DIR": str(work / "cache"), "LANG": "C.UTF-8"}
        env.pop("CTL_NO_CACHE", None)
        env.pop("CTL_DATA", None)
        # An installed ctl has its bytecode compiled (pip does it); let an editable install write
        # its own on the warm-up run instead of compiling the sources on every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        startup(env, args.runs, args.before)
        alias_bomb()
        scale([int(s) for s in args.scales.split(",") if s], env, args.runs, work)
        cold_notes(args.cold_runs, args.before, work, args.older)


if __name__ == "__main__":
    main()
