"""Freshness shown (issue 15, Part A item 4): memberships carry as_of (their source's date when left
out); `ctl show` marks facts more than three years older than the dataset's date ("as of 2019") and
undated ones; `ctl sources --stale [YEARS]` lists them, in every format and both languages.

tests/data/fresh.yaml is dated 2026-06-30: with three years, a fact before 2023-06-30 is stale."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from ctl_cli.query.freshness import cutoff, newest, stale_facts, state

FRESH = str(Path(__file__).parent / "data" / "fresh.yaml")


# ------------------------------------------------------------------ the query layer


def test_cutoff_is_years_before_the_date():
    assert cutoff("2026-06-30", 3) == "2023-06-30"
    assert cutoff("2024-02-29", 1) == "2023-02-28"  # no 29 February in 2023
    assert cutoff("2026", 3) == "2023-01-01"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, "undated"),
        ("", "undated"),
        ("2019-03-01", "stale"),
        ("2023-06-29", "stale"),
        ("2023-06-30", "current"),
        ("2023", "current"),  # a year alone counts as its last day: not surely stale
        ("2023-05", "stale"),  # May 2023 ended before 30 June 2023
        ("2023-06", "current"),
        ("2022", "stale"),
    ],
)
def test_state_of_a_date(date, expected):
    assert state(date, "2023-06-30") == expected


def test_newest_compares_dates_of_different_precision():
    assert newest(["2023", "2023-11-02", None]) == "2023"  # 2023 may be as late as its last day
    assert newest(["2021-05", "2021-04-30"]) == "2021-05"
    assert newest([None, None]) is None


def test_stale_facts_of_the_fixture():
    from ctl_cli.cache import load
    from ctl_cli.records.sources import dated_facts

    ds = load(FRESH)
    facts_of = dated_facts(ds)
    found = stale_facts(facts_of, ds.info.as_of)
    facts = [(r["fact"], r["date"], r["state"]) for r, _ in found]
    assert facts == [  # undated first, then oldest first
        ("secretary_general: Carla Ignoti", None, "undated"),
        ("member: Senzadata Srl", None, "undated"),
        ("contacts", "2019-03-01", "stale"),
        ("member_count", "2019-03-01", "stale"),
        ("member: Università Vecchia", "2019-03-01", "stale"),
        ("president: Ada Vecchi", "2020-04-05", "stale"),
    ]
    assert [r["fact"] for r, _ in stale_facts(facts_of, ds.info.as_of, years=10)] == [
        f for f, _, s in facts if s == "undated"
    ]
    assert stale_facts(facts_of, ds.info.as_of, cluster="no-such") == []


def test_the_index_stores_the_dated_facts_and_a_warm_stale_list_needs_no_model():
    import sqlite3
    import subprocess
    import sys

    from ctl_cli.cache import index, load
    from ctl_cli.cache.lazy import LazyIndex
    from ctl_cli.records.sources import dated_facts

    from .test_process import ROOT, env

    code = (
        "import sys\nfrom ctl_cli.__main__ import main\n"
        f"code = main(['--data', {FRESH!r}, 'sources', '--stale', '--format', 'json'])\n"
        "print(code, 'ctl_cli.dataset.model' in sys.modules, file=sys.stderr)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env(), capture_output=True, text=True,
                           timeout=60) for _ in range(2)]  # fmt: skip
    assert runs[0].stderr.split()[-2:] == ["0", "True"]  # cold: parsed and checked
    assert runs[1].stderr.split()[-2:] == ["0", "False"]  # warm: the index's records only
    assert json.loads(runs[1].stdout) == json.loads(runs[0].stdout) != []
    ds = load(FRESH)
    con = sqlite3.connect(":memory:")
    index.write(con, ds, "k")
    assert index.Index(con, "fresh").dated_facts() == dated_facts(ds) == LazyIndex(ds, "k", "f").dated_facts()


# ------------------------------------------------------------------ memberships carry as_of


def test_membership_as_of_defaults_to_its_source_date(ctl):
    r = ctl("show", "fresh-one", "--data", FRESH, "-f", "json")
    assert r.exit_code == 0, r.stderr
    members = {m["id"]: m for m in json.loads(r.stdout)["members"]}
    assert members["uni-old"]["as_of"] == "2019-03-01"  # the source's date
    assert members["sme-rechecked"]["as_of"] == "2026-02"  # its own date wins over an undated source
    assert members["sme-nodate"]["as_of"] is None
    assert members["sme-rechecked"]["freshness"] == {"date": "2026-02", "state": "current"}
    assert members["uni-old"]["freshness"] == {"date": "2019-03-01", "state": "stale"}
    assert members["sme-nodate"]["freshness"] == {"date": None, "state": "undated"}


def test_a_bad_membership_as_of_is_refused(ctl, write_yaml):
    text = Path(FRESH).read_text(encoding="utf-8").replace('as_of: "2026-02"', 'as_of: "last spring"')
    r = ctl("validate", write_yaml(text))
    assert r.exit_code == 3
    assert "members.3.as_of" in r.stderr


# ------------------------------------------------------------------ ctl show


def test_show_marks_stale_and_undated_facts(ctl):
    r = ctl("show", "fresh-one", "--data", FRESH, "--lang", "en")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()

    def line(start: str) -> str:
        return next(x for x in lines if x.lstrip().startswith(start))

    assert "Ada Vecchi, as of 2020 [" in line("President")
    assert "Bruno Nuovi, as of 2025-05-10 [" in line("Director")  # current: its full date, no mark
    assert "Carla Ignoti, undated [" in line("Secretary general")
    assert "as of 2019 [" in line("Member count")
    assert "info@fresh.example.org, as of 2019 [" in line("Email")
    assert line("• Università Vecchia").endswith("member list, as of 2019 [2]")
    assert line("• Senzadata Srl").endswith("member list, undated [3]")
    assert line("• Nuova Srl").endswith("member list [1]")
    assert line("• Ricontrollata Srl").endswith("member list [3]")  # its own as_of is recent
    assert line("• Annata Srl").endswith("member list [4]")  # "2023": not surely stale
    assert "'as of YEAR': a fact more than 3 years older than the dataset's date (2026-06-30)" in r.stdout


def test_show_marks_in_italian_and_markdown(ctl):
    r = ctl("show", "fresh-one", "--data", FRESH, "--lang", "it", "-f", "markdown")
    assert r.exit_code == 0, r.stderr
    assert "Ada Vecchi, al 2020 [" in r.stdout
    assert "Carla Ignoti, senza data [" in r.stdout
    assert "- Università Vecchia — elenco dei soci, al 2019 [2]" in r.stdout or ", al 2019 [2]" in r.stdout
    assert "'al ANNO': dato di oltre 3 anni prima della data del dataset (2026-06-30)" in r.stdout
    assert " as of " not in r.stdout and "undated" not in r.stdout


def test_show_json_says_the_dataset_date_and_the_cutoff(ctl):
    d = json.loads(ctl("show", "fresh-one", "--data", FRESH, "-f", "json").stdout)
    assert d["freshness"] == {
        "as_of": "2026-06-30",
        "years": 3,
        "cutoff": "2023-06-30",
        "contacts": {"date": "2019-03-01", "state": "stale"},
    }
    assert [p["freshness"]["state"] for p in d["people"]] == ["stale", "current", "undated"]
    assert d["member_count"]["freshness"] == {"date": "2019-03-01", "state": "stale"}


def test_show_energy_reads_well_at_80_columns(ctl):
    """The bundled data: marks are there, no line is wider than the terminal, in both languages."""
    for lang, mark in (("en", ", as of 20"), ("it", ", al 20")):
        r = ctl("show", "energy", "--lang", lang, env={"COLUMNS": "80"})
        assert r.exit_code == 0, r.stderr
        assert mark in r.stdout
        wide = [x for x in r.stdout.splitlines() if len(x) > 80 and len(x.split()) > 1]  # one token: a long URL
        assert wide == []


# ------------------------------------------------------------------ ctl sources --stale


def test_sources_stale_table(ctl):
    r = ctl("sources", "--stale", "--data", FRESH, "--lang", "en")
    assert r.exit_code == 0, r.stderr
    assert "President: Ada Vecchi" in r.stdout
    assert "member: Senzadata Srl" in r.stdout and "undated" in r.stdout
    assert "Bruno Nuovi" not in r.stdout and "Nuova Srl" not in r.stdout and "Annata Srl" not in r.stdout
    assert "6 facts older than 2023-06-30 (3 years before the dataset's date, 2026-06-30) or undated; 2 undated." in (
        " ".join(r.stdout.split())
    )


def test_sources_stale_years_and_cluster(ctl):
    def facts(*args: str) -> list[str]:
        r = ctl("sources", *args, "--data", FRESH, "-f", "json")
        assert r.exit_code == 0, r.stderr
        return [x["fact"] for x in json.loads(r.stdout)]

    three = facts("--stale")
    assert len(three) == 6
    assert facts("--stale", "3") == three
    assert facts("--stale", "fresh-one") == three  # a cluster after a bare --stale
    assert facts("fresh", "one", "--stale", "3") == three
    assert facts("--stale", "10") == ["secretary_general: Carla Ignoti", "member: Senzadata Srl"]
    assert "member: Annata Srl" in facts("--stale", "0")  # 2023 is more than 0 years before 2026-06-30


@pytest.mark.parametrize("years", ["201", "99999999999999999999", "-1"])
def test_sources_stale_bad_years(ctl, years):
    r = ctl("sources", "--stale", "--data", FRESH, "--", years)
    assert r.exit_code == 2
    assert "--stale takes a number of years from 0 to 200" in r.stderr


def test_sources_stale_unknown_cluster(ctl):
    r = ctl("sources", "--stale", "nosuch", "--data", FRESH)
    assert r.exit_code == 1
    assert "nosuch" in r.stderr


@pytest.mark.parametrize("lang", ["it", "en"])
def test_sources_stale_every_format(ctl, lang):
    def out(fmt: str) -> str:
        r = ctl("sources", "--stale", "--data", FRESH, "--lang", lang, "-f", fmt)
        assert r.exit_code == 0, r.stderr
        return r.stdout

    records = json.loads(out("json"))
    assert records[0] == {
        "cluster": "fresh-one",
        "fact": "secretary_general: Carla Ignoti",
        "date": None,
        "state": "undated",
        "sources": ["nodate"],
    }
    assert yaml.safe_load(out("yaml")) == records
    rows = list(csv.DictReader(io.StringIO(out("csv"))))
    assert [(r["fact"], r["date"] or None, r["state"]) for r in rows] == [
        (x["fact"], x["date"], x["state"]) for x in records
    ]
    md = out("markdown").splitlines()
    assert len([x for x in md if x.startswith("| fresh-one |")]) == len(records)
    word = {"it": "senza data", "en": "undated"}[lang]
    assert f"| {word} |" in "\n".join(md)


def test_sources_stale_on_the_bundled_data(ctl):
    """Every fact listed is undated or older than the cutoff, and a current fact is not listed."""
    from ctl_cli.cache import load

    r = ctl("sources", "--stale", "-f", "json")
    assert r.exit_code == 0, r.stderr
    records = json.loads(r.stdout)
    ds = load()
    limit = cutoff(ds.info.as_of, 3)
    assert records
    for x in records:
        assert x["date"] is None or state(x["date"], limit) == "stale", x
        assert all(s in ds.sources for s in x["sources"])
    listed = {(x["cluster"], x["fact"]) for x in records}
    current = [
        (c.id, f"member: {ds.organisations[m.org].name}")
        for c in ds.clusters
        for m in c.members
        if state(m.as_of or ds.sources[m.source].date, limit) == "current"
    ]
    assert current, "the bundled data has recently dated memberships"
    assert not listed & set(current)


def test_export_memberships_carry_as_of(ctl):
    r = ctl("--data", FRESH, "export", "--format", "csv", "--table", "memberships")
    assert r.exit_code == 0, r.stderr
    rows = {row["org_id"]: row["as_of"] for row in csv.DictReader(io.StringIO(r.stdout))}
    assert rows == {
        "uni-old": "2019-03-01",
        "sme-new": "2025-05-10",
        "sme-nodate": "",
        "sme-rechecked": "2026-02",
        "sme-year": "2023",
    }


def test_sources_stale_keeps_the_pending_rule(ctl):
    """The bundled pending cluster (cosmetics): left out unless --all, or named; marked pending."""

    def clusters(*args: str) -> set[str]:
        r = ctl("sources", "--stale", *args, "-f", "json")
        assert r.exit_code == 0, r.stderr
        return {x["cluster"] for x in json.loads(r.stdout)}

    assert "cosmetics" not in clusters()
    assert "cosmetics" in clusters("--all")
    assert clusters("cosmetics") == {"cosmetics"}
    table = ctl("sources", "--stale", "cosmetics", "--lang", "en").stdout
    assert "cosmetics (pending recognition)" in table
