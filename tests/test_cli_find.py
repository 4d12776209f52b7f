"""ctl org, compare, stats, show --web, shell completion and command suggestions."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
import yaml

from .expected import NINE


def test_org_by_name_lists_every_cluster_and_source(ctl):
    r = ctl("org", "Politecnico di Milano", "--format", "json")
    assert r.exit_code == 0, r.stderr
    org = json.loads(r.stdout)
    assert org["id"] == "politecnico-di-milano" and org["type"] == "university" and org["province"] == "MI"
    clusters = {c["id"] for c in org["clusters"]}
    assert len(clusters) >= 5 and clusters <= NINE | {"cosmetics"}
    source_ids = {s["id"] for s in org["sources"]}
    assert all(c["source"] in source_ids for c in org["clusters"])
    search = json.loads(ctl("search", "politecnico di milano", "--all", "--format", "json").stdout)
    assert {c["id"] for c in next(h for h in search if h["id"] == org["id"])["clusters"]} == clusters
    # without --all, search leaves the pending cluster out (DESIGN.md)
    search = json.loads(ctl("search", "politecnico di milano", "--format", "json").stdout)
    assert {c["id"] for c in next(h for h in search if h["id"] == org["id"])["clusters"]} == clusters - {"cosmetics"}


def test_org_by_id_words_and_accents(ctl):
    by_id = json.loads(ctl("org", "universita-degli-studi-di-brescia", "--format", "json").stdout)
    by_words = json.loads(ctl("org", "universita", "brescia", "--format", "json").stdout)
    assert by_id == by_words and by_id["name"] == "Università degli Studi di Brescia"


def test_org_words_match_the_start_of_a_word_as_search_does(ctl):
    assert json.loads(ctl("org", "ttm", "las", "--format", "json").stdout)["name"] == "TTM Laser"
    r = ctl("org", "ttm", "aser")  # 'aser' is inside 'Laser', not the start of a word
    assert r.exit_code == 1 and r.stdout == ""


def test_org_ambiguous_lists_candidates(ctl):
    r = ctl("org", "politecnico")
    assert r.exit_code == 1 and r.stdout == ""
    assert "organisations match 'politecnico'" in r.stderr
    assert "politecnico-di-milano" in r.stderr and "fondazione-politecnico-di-milano" in r.stderr


def test_org_unknown_exits_1_with_suggestions(ctl):
    r = ctl("org", "Politecnco di Milano")
    assert r.exit_code == 1
    assert "no organisation matches" in r.stderr and "Did you mean: Politecnico di Milano" in r.stderr


def test_org_table_and_csv(ctl):
    table = ctl("org", "assolombarda")
    assert table.exit_code == 0 and "Assolombarda" in table.stdout and "[1]" in table.stdout
    rows = list(csv.DictReader(io.StringIO(ctl("org", "assolombarda", "--format", "csv").stdout)))
    assert rows and all(r["org_id"] == "assolombarda" for r in rows)


def test_compare_shows_fields_and_shared_members(ctl):
    r = ctl("compare", "energy", "SCC", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert (rec["a"], rec["b"]) == ("energy", "smart-communities")
    fields = {f["field"]: f for f in rec["fields"]}
    assert fields["acronym"]["a"] == "LE2C" and fields["acronym"]["b"] == "SCC"
    a = json.loads(ctl("show", "energy", "--format", "json").stdout)
    b = json.loads(ctl("show", "smart-communities", "--format", "json").stdout)
    shared = {m["id"] for m in a["members"]} & {m["id"] for m in b["members"]}
    assert {m["id"] for m in rec["shared_members"]} == shared and shared
    assert rec["only_a"] == len(a["members"]) - len(shared)
    table = ctl("compare", "energy", "smart-communities").stdout
    assert "Shared members" in table and "LE2C" in table


def test_compare_unknown_cluster_exits_1(ctl):
    r = ctl("compare", "energy", "nosuch")
    assert r.exit_code == 1 and "no cluster matches 'nosuch'" in r.stderr


def test_stats_agree_with_list_and_search(ctl):
    rec = json.loads(ctl("stats", "--format", "json").stdout)
    listed = {c["id"]: c for c in json.loads(ctl("list", "--format", "json").stdout)}
    assert {c["id"] for c in rec["clusters"]} == NINE
    for c in rec["clusters"]:
        assert sum(c["by_type"].values()) == c["members_listed"] == listed[c["id"]]["members_listed"]
    everyone = json.loads(ctl("search", "--all", "--format", "json").stdout)
    recognised = [[c for c in h["clusters"] if c["status"] == "recognised"] for h in everyone]
    assert sum(p["organisations"] for p in rec["by_province"]) == sum(1 for cs in recognised if cs)
    several = {h["id"] for h, cs in zip(everyone, recognised, strict=True) if len(cs) >= 2}
    assert {o["id"] for o in rec["in_several_clusters"]} == several
    # the pending cluster counts only with --all (DESIGN.md), and then in every section
    every = json.loads(ctl("stats", "--all", "--format", "json").stdout)
    assert sum(p["organisations"] for p in every["by_province"]) == len(everyone)
    assert "cosmetics" not in {c for o in rec["in_several_clusters"] for c in o["clusters"]}
    assert "cosmetics" in {c for o in every["in_several_clusters"] for c in o["clusters"]}


def test_stats_table_has_bars_and_formats_parse(ctl):
    table = ctl("stats", "--lang", "it")
    assert table.exit_code == 0 and "█" in table.stdout and "In più cluster" in table.stdout
    assert yaml.safe_load(ctl("stats", "--format", "yaml").stdout)["clusters"]
    rows = list(csv.DictReader(io.StringIO(ctl("stats", "--all", "--format", "csv").stdout)))
    assert len(rows) == 10 and "startup" in rows[0]


def test_show_web_opens_the_website(ctl, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "get", lambda using=None: object())
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    r = ctl("show", "afil", "--web")
    assert r.exit_code == 0 and opened == ["https://www.afil.it"] and r.stdout == ""


def test_show_web_without_a_website_exits_1(ctl, mini, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url: pytest.fail("nothing should be opened"))
    r = ctl("--data", mini, "show", "beta-green", "--web")
    assert r.exit_code == 1 and "no website is known" in r.stderr


def complete(words: str, env_extra: dict | None = None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTL_DATA")}
    env.update({"_CTL_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)})
    env.update(env_extra or {})
    r = subprocess.run([sys.executable, "-m", "ctl_cli"], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.split()


@pytest.mark.parametrize(
    "words, expected",
    [
        ("ctl show agr", {"agrifood"}),
        ("ctl compare energy sm", {"smart-factory", "smart-communities"}),
        ("ctl search --type st", {"startup"}),
        ("ctl search --province V", {"VA"}),
        ("ctl search --basis ev", {"event"}),
        ("ctl list --format ya", {"yaml"}),
        ("ctl sh", {"show"}),
    ],
)
def test_shell_completion(words, expected):
    assert set(complete(words)) >= expected


def test_completion_reads_the_index_not_the_yaml(tmp_path):
    cache = tmp_path / "cache"
    env = {"CTL_CACHE_DIR": str(cache)}
    assert "agrifood" in complete("ctl show agr", env)  # the first TAB builds the index
    code = (
        "import ctl_cli.dataset.strict_yaml as y\ndef boom(*a, **k): raise SystemExit('YAML parsed')\ny.load = boom\n"
    )
    code += "from ctl_cli.__main__ import run\nrun()\n"
    run_env = {**os.environ, **env, "_CTL_COMPLETE": "complete_bash", "COMP_WORDS": "ctl show LE", "COMP_CWORD": "2"}
    r = subprocess.run([sys.executable, "-c", code], env=run_env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "LE2C" in r.stdout.split(), r.stderr


def test_a_mistyped_command_suggests_the_right_one(ctl):
    r = ctl("shwo", "agrifood")
    assert r.exit_code == 2 and "Did you mean 'show'?" in r.stderr


@pytest.mark.parametrize(
    "args",
    [["match", "robotica industriale"], ["org", "assolombarda"], ["compare", "energy", "afil"], ["stats"]],
)
def test_every_format_works_for_the_new_commands(ctl, args):
    out = {fmt: ctl(*args, "--format", fmt) for fmt in ("table", "json", "yaml", "csv", "markdown")}
    assert all(r.exit_code == 0 for r in out.values()), {f: r.stderr for f, r in out.items()}
    assert yaml.safe_load(out["yaml"].stdout) == json.loads(out["json"].stdout)
    rows = list(csv.reader(io.StringIO(out["csv"].stdout)))
    assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
    assert "\n| --- |" in out["markdown"].stdout and out["table"].stdout.strip()


# --------------------------------------------------------------------------- what a TAB offers (issue 12)


def complete_next(words: str) -> list[str]:
    """What a TAB offers for the next word, after `words` and a space."""
    return complete(words + " ", {"COMP_CWORD": str(len(words.split()))})


def test_a_tab_after_show_offers_the_ids_only():
    from .expected import NINE

    offered = complete_next("ctl show")
    assert set(offered) == NINE | {"cosmetics"} and len(offered) == len(set(offered))


def test_a_tab_offers_one_name_per_cluster_and_no_case_duplicates():
    assert complete("ctl show agr") == ["agrifood"]  # the id, not also its alias "agroalimentare"
    assert complete("ctl show LE") == ["LE2C"]  # no id fits: the acronym, as typed
    assert complete("ctl show le") == ["le2c"]
    offered = complete("ctl show cosm")
    assert offered == ["cosmetics"]


def test_a_tab_after_province_offers_only_provinces_in_the_data(ctl):
    everyone = json.loads(ctl("search", "--all", "--format", "json").stdout)
    present = {h["province"] for h in everyone if h["province"]}
    offered = complete_next("ctl search --province")
    assert set(offered) == present and "SS" not in offered  # RM is in the data now (Leonardo, CNR)
    assert complete("ctl search --province mil") == ["milano"]  # a name, as typed


def test_a_tab_after_format_and_lang():
    assert complete("ctl list --format j") == ["json"]
    assert set(complete_next("ctl list --lang")) == {"it", "en"}
