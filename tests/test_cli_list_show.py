"""ctl list and ctl show, over the bundled dataset and the small test dataset."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from .expected import NINE


def test_list_json_has_the_nine_recognised_clusters(ctl):
    r = ctl("list", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert {row["id"] for row in rows} == NINE
    assert all(row["status"] == "recognised" for row in rows)
    assert set(rows[0]) == {"id", "acronym", "status", "name", "theme", "member_count", "members_listed", "website"}


def test_list_all_adds_the_pending_cluster(ctl):
    rows = json.loads(ctl("list", "--all", "--format", "json").stdout)
    pending = [row for row in rows if row["status"] == "pending"]
    assert [row["id"] for row in pending] == ["cosmetics"]
    assert len(rows) == 10


def test_list_table_mentions_pending_and_partial_lists(ctl):
    r = ctl("list")
    assert r.exit_code == 0
    assert "aerospace" in r.stdout and "https://www.afil.it" in r.stdout
    assert "cosmetics" in r.stdout  # only in the footer line
    assert "\x1b[" not in r.stdout  # no escape codes when not on a terminal


def test_list_csv_and_yaml_and_markdown_parse(ctl):
    rows = list(csv.DictReader(io.StringIO(ctl("list", "--format", "csv").stdout)))
    assert len(rows) == 9 and rows[0]["id"] == "aerospace"
    assert rows[0]["member_count"] == "110"
    data = yaml.safe_load(ctl("list", "--format", "yaml").stdout)
    assert {d["id"] for d in data} == NINE
    md = ctl("list", "--format", "markdown").stdout
    assert md.splitlines()[0].startswith("| id | Acronym | Name |")  # the table format's headers, not CSV's
    assert sum(1 for line in md.splitlines() if line.startswith("| ")) == 1 + 1 + 9  # header, rule, rows
    it = ctl("--lang", "it", "list", "--format", "markdown").stdout
    assert it.splitlines()[0].startswith("| id | Sigla | Nome |")


def test_json_is_the_same_in_every_language(ctl):
    assert ctl("list", "--format", "json", "--lang", "it").stdout == ctl("list", "--format", "json").stdout


def test_lang_switches_labels_and_texts(ctl, mini):
    en = ctl("--data", mini, "list").stdout
    it = ctl("--data", mini, "list", "--lang", "it").stdout
    assert "Theme" in en and "Mobility" in en
    assert "Tema" in it and "Mobilità" in it
    env_it = ctl("--data", mini, "list", env={"CTL_LANG": "it"}).stdout
    assert env_it == it


@pytest.mark.parametrize("ref", ["agrifood", "AGRIFOOD", "CAT.AL", "catal", "agroalimentare"])
def test_show_resolves_id_acronym_alias(ctl, ref):
    r = ctl("show", ref, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "agrifood"


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("mobilita", "mobility"),
        ("Mobilità", "mobility"),
        ("Fabbrica Intelligente", "smart-factory"),
        ("AFIL", "smart-factory"),
        ("LE2C", "energy"),
        ("LGCA", "green-chemistry"),
        ("TAV", "living-environments"),
        ("CLM", "mobility"),
        ("LAC", "aerospace"),
        ("Scienze della vita", "life-sciences"),
        ("life sciences", "life-sciences"),
        ("Chimica verde", "green-chemistry"),
        ("aerospazio", "aerospace"),
    ],
)
def test_show_resolves_themes_in_both_languages(ctl, ref, expected):
    r = ctl("show", ref, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["id"] == expected


def test_show_table_has_every_section(ctl):
    r = ctl("show", "aerospace")
    assert r.exit_code == 0
    out = r.stdout
    for part in (
        "Lombardia Aerospace Cluster (LAC)",
        "Managing body",
        "Founded",
        "2009",
        "President",
        "Paolo Cerabolini",
        "National cluster",
        "CTNA",
        "Member count",
        "110",
        "Focus topics",
        "Working groups",
        "Services",
        "Networks",
        "Members",
        "Sources",
        "[1]",
    ):
        assert part in out, part


def test_show_says_unknown_for_missing_fields(ctl, mini):
    out = ctl("--data", mini, "show", "beta-green").stdout
    assert "Founded" in out and "unknown" in out
    out_it = ctl("--data", mini, "show", "beta-green", "--lang", "it").stdout
    assert "non disponibile" in out_it


def test_show_json_members_and_sources_resolve(ctl):
    d = json.loads(ctl("show", "aerospace", "--format", "json").stdout)
    assert d["members_listed"] == len(d["members"]) > 0
    source_ids = {s["id"] for s in d["sources"]}
    assert all(m["source"] in source_ids for m in d["members"])
    assert all(s["url"].startswith("http") for s in d["sources"])
    assert d["member_count"]["value"] == 110
    assert d["national_cluster"]["id"] == "ctna"


def test_show_csv_lists_members(ctl):
    rows = list(csv.DictReader(io.StringIO(ctl("show", "agrifood", "--format", "csv").stdout)))
    assert {r["cluster_id"] for r in rows} == {"agrifood"}
    assert any(r["name"] == "Politecnico di Milano" for r in rows)


def test_show_markdown_is_a_document(ctl):
    md = ctl("show", "energy", "--format", "markdown").stdout
    assert md.startswith("# Lombardy Energy Cleantech Cluster (LE2C)")
    assert "## Sources" in md
    assert "\n| Field | Value |\n| --- | --- |\n| id | energy |\n" in md  # a header that names both columns
    assert "\n| Campo | Valore |\n" in ctl("--lang", "it", "show", "energy", "--format", "markdown").stdout


def test_show_unknown_exits_1_with_suggestions(ctl):
    r = ctl("show", "aerospase")
    assert r.exit_code == 1
    assert r.stdout == ""
    assert "no cluster matches 'aerospase'" in r.stderr
    assert "Did you mean: aerospace" in r.stderr


def test_a_clear_nearest_cluster_is_suggested_alone_and_equals_together(ctl):
    # 'enrgy' is one edit from energy; green-chemistry and agrifood only have keywords like it
    assert "Did you mean: energy?" in ctl("show", "enrgy").stderr
    # two as near as each other are both offered; one MARGIN below the best is not
    from ctl_cli.query.suggest import MARGIN, closest

    names = [("a", ["tornado"]), ("b", ["tornade"]), ("c", ["tondo"])]  # 86, 86 and 67 like 'tornadx'
    assert MARGIN < 86 - 67
    assert closest(names, "tornadx", cutoffs=(50.0, 50.0)) == ["a", "b"]


def test_show_nothing_alike_exits_1_without_bad_guess(ctl):
    r = ctl("show", "zzzzqqq")
    assert r.exit_code == 1
    assert "Did you mean" not in r.stderr
    assert "ctl list" in r.stderr


def test_bad_format_exits_2_and_lists_values(ctl):
    r = ctl("list", "--format", "xml")
    assert r.exit_code == 2
    for fmt in ("table", "json", "csv", "yaml", "markdown"):
        assert fmt in r.stderr


def test_version(ctl):
    r = ctl("--version")
    assert r.exit_code == 0
    assert r.stdout.startswith("ctl ")


def test_lang_defaults_to_the_locale_and_ctl_lang_wins(ctl, mini):
    assert "Tema" in ctl("--data", mini, "list", env={"LANG": "it_IT.UTF-8"}).stdout
    assert "Theme" in ctl("--data", mini, "list", env={"LANG": "it_IT.UTF-8", "CTL_LANG": "en"}).stdout
    assert "Theme" in ctl("--data", mini, "list", env={"LANG": "de_DE.UTF-8"}).stdout


@pytest.mark.parametrize("args", [["list"], ["show", "agrifood"], ["search", "politecnico"], ["national"]])
def test_plain_text_off_a_terminal_and_rich_on_one(ctl, args):
    plain = ctl(*args)
    assert plain.exit_code == 0 and "\x1b" not in plain.stdout
    rich = ctl(*args, env={"FORCE_COLOR": "1"})
    assert rich.exit_code == 0 and "\x1b[" in rich.stdout
    words = [w for w in plain.stdout.split() if w.isalpha() and len(w) > 6][:20]
    assert words and all(w in rich.stdout for w in words)


def test_plain_tables_keep_one_row_per_line(ctl):
    """With no width known (no COLUMNS, no terminal on stderr), a plain table is whole rows for grep;
    with one, it fits it (tests/test_width.py)."""
    lines = ctl("search", "--format", "table", env={"COLUMNS": None}).stdout.splitlines()
    hits = ctl("search", "--format", "json").stdout
    import json as _json

    assert len(lines) == 1 + len(_json.loads(hits))
