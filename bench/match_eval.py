"""How well `ctl match` does on its evaluation set (tests/data/match_eval.yaml), by kind of case.

A case is a hit at top-1 when the first cluster ranked is one of its `expected` clusters, at top-3 when one of
them is among the first three; a cluster ranks only if it shares a word with the text (score > 0).

- the 45 sentences (no `kind`): one expected cluster each, every cluster ranked, as tests/test_match.py does;
- phrases and longer sentences (issue 13): ranked among the recognised clusters, as DESIGN.md has `match`
  do by default; a case that expects only the pending cluster is ranked with it (`--all`);
- ATECO codes: ranked by `ctl match --ateco` among the recognised clusters.

Not a test: nothing here asserts a figure (tests/test_match_ateco.py does). In-process, on the bundled
dataset's index (in the user's cache), with the query layer's match() and match_code().

    python bench/match_eval.py [--misses] [--split even|odd]

`--split` keeps the phrase cases at even or at odd positions among the phrases (counted from 0, in the
file's order) and scores only those; the sentences, longer sentences and codes are scored whole. A change to
the ranking is designed on the even half (the development set: only its misses are looked at) and judged on
the odd half (held out), so a rule that merely fits the cases it was made from shows as such.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from ctl_cli.cache import open_index
from ctl_cli.dataset import locate
from ctl_cli.query.match import match, match_code

EVAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "match_eval.yaml"


CLASSIFICATION = None  # the bundled dataset's index's (main() opens it)


def ranked(entries: list[dict], text: str) -> list[str]:
    """Cluster ids in match order, those that share a word with the text (or its ATECO entries)."""
    return [m.cluster["id"] for m in match(entries, text, classification=CLASSIFICATION) if m.score > 0]


def score(cases: list[dict], rank) -> tuple[int, int, list[str]]:
    """(top-1 hits, top-3 hits, misses) of rank(case) -> ids against each case's expected clusters."""
    top1 = top3 = 0
    misses = []
    for case in cases:
        expected = case["expected"] if isinstance(case["expected"], list) else [case["expected"]]
        got = rank(case)
        top1 += bool(got[:1]) and got[0] in expected
        top3 += any(x in expected for x in got[:3])
        if not got[:1] or got[0] not in expected:
            misses.append(f"  {case['text']!r} ({case['lang']}): expected {expected}, got {got[:3] or 'nothing'}")
    return top1, top3, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the cases whose first cluster is not expected")
    parser.add_argument("--split", choices=("even", "odd"), help="only the phrases at even / odd positions")
    args = parser.parse_args()

    global CLASSIFICATION
    idx = open_index(locate.bundled_path())
    CLASSIFICATION = idx.classification()
    every = idx.match_entries()
    recognised = [e for e in every if e["status"] != "pending"]
    pending = {e["id"] for e in every} - {e["id"] for e in recognised}

    def by_default(case: dict) -> list[str]:
        return ranked(every if set(case["expected"]) <= pending else recognised, case["text"])

    cases = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    if args.split:
        phrases = [c for c in cases if c.get("kind") == "phrase"]
        keep = {id(c) for c in phrases[args.split == "odd" :: 2]}
        cases = [c for c in cases if c.get("kind") != "phrase" or id(c) in keep]
    groups = [
        ("sentences (the 45, single label)", [c for c in cases if "kind" not in c], lambda c: ranked(every, c["text"])),
        (f"phrases ({args.split or 'all'})", [c for c in cases if c.get("kind") == "phrase"], by_default),
        ("  of which Italian", [c for c in cases if c.get("kind") == "phrase" and c["lang"] == "it"], by_default),
        ("  of which English", [c for c in cases if c.get("kind") == "phrase" and c["lang"] == "en"], by_default),
        ("longer sentences (issue 13)", [c for c in cases if c.get("kind") == "sentence"], by_default),
    ]
    print("| cases | n | top-1 | top-3 |\n| --- | --- | --- | --- |")
    all_misses = []
    for label, group, rank in groups:
        top1, top3, misses = score(group, rank)
        print(f"| {label} | {len(group)} | {top1 / len(group):.0%} ({top1}) | {top3 / len(group):.0%} ({top3}) |")
        if not label.startswith("  "):
            all_misses += [f"{label}:"] + misses

    def by_code(case: dict) -> list[str]:
        pool = every if set(case["expected"]) <= pending else recognised
        return [m.cluster["id"] for m in match_code(pool, CLASSIFICATION, case["ateco"])[1] if m.score > 0]

    codes = [dict(c, text=c["ateco"], lang="-") for c in cases if c.get("kind") == "ateco"]
    top1, top3, misses = score(codes, by_code)
    print(f"| ATECO codes | {len(codes)} | {top1 / len(codes):.0%} ({top1}) | {top3 / len(codes):.0%} ({top3}) |")
    all_misses += ["ATECO codes:"] + misses
    if args.misses:
        print("\n" + "\n".join(all_misses))


if __name__ == "__main__":
    main()
