"""The history facts of issue 15 Part B as the bundled dataset holds them: renamed and merged
organisations with their status, successor and sources; Carlo Gavazzi Space kept as the record that
held its 2009 founder membership, linked to OHB Italia; CNR's institutes linked to CNR, so that
`ctl org CNR` lists them with their clusters in both languages at 80 columns."""

from __future__ import annotations

import json

import pytest


def org(ctl, *name: str) -> dict:
    r = ctl("org", *name, "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize(
    "oid, status, successor",
    [
        ("enel-distribuzione", "renamed", None),
        ("whirlpool-europe-s-r-l", "merged", None),
        ("alenia-aermacchi", "merged", "leonardo"),
        ("agustawestland", "merged", "leonardo"),
        ("selex-galileo", "merged", "leonardo"),
        ("fondazione-parco-tecnologico-padano", "in_liquidation", None),
        ("molmed-s-p-a", "renamed", None),
        ("carlo-gavazzi-space", "renamed", "ohb-italia"),
        ("api-lecco", "renamed", None),
    ],
)
def test_each_organisation_says_what_it_is_now_with_a_source_it_lists(ctl, oid, status, successor):
    o = org(ctl, oid)
    assert o["status"]["value"] == status
    assert (o["successor"] or {}).get("id") == successor
    cited = {s["id"] for s in o["sources"]}
    assert o["status"]["source"] in cited
    assert o["successor"] is None or o["successor"]["source"] in cited
    assert o["note"]["it"] and o["note"]["en"]  # the successor is named in words where it has no record


def test_a_successor_outside_the_dataset_is_named_in_the_note_and_memberships_stay(ctl):
    enel = org(ctl, "enel-distribuzione")
    assert "E-Distribuzione" in enel["note"]["en"] and enel["clusters"]
    assert "Beko Europe" in org(ctl, "whirlpool-europe-s-r-l")["note"]["it"]


def test_the_2009_founder_membership_stays_on_carlo_gavazzi_space_and_ohb_lists_it(ctl):
    cgs = org(ctl, "carlo-gavazzi-space")
    assert [(c["id"], c["basis"]) for c in cgs["clusters"]] == [("aerospace", "founder")]
    ohb = org(ctl, "ohb-italia")
    assert "aerospace" not in [c["id"] for c in ohb["clusters"] if c["basis"] == "founder"]
    assert [p["id"] for p in ohb["predecessors"]] == ["carlo-gavazzi-space"]
    assert ohb["former_names"][0]["source"] in {s["id"] for s in ohb["sources"]}


@pytest.mark.parametrize("lang, heading", [("en", "Institutes and units"), ("it", "Articolazioni e istituti")])
def test_ctl_org_cnr_lists_its_institutes_and_their_clusters_at_80_columns(ctl, lang, heading):
    r = ctl("--lang", lang, "org", "CNR", env={"COLUMNS": "80"})
    assert r.exit_code == 0 and heading in r.stdout
    assert "cnr-irea" in r.stdout and "itia-istituto-di-tecnologie-industriali" in r.stdout
    assert max(len(line) for line in r.stdout.splitlines() if "http" not in line) <= 80
    parts = {p["id"]: [c["id"] for c in p["clusters"]] for p in org(ctl, "CNR")["parts"]}
    assert set(parts) == {"cnr-irea", "itia-istituto-di-tecnologie-industriali"}
    for oid, clusters in parts.items():  # each institute's own memberships, none lost or moved to CNR
        assert clusters == [c["id"] for c in org(ctl, oid)["clusters"]] and clusters


def test_a_dated_former_name_carries_its_date_and_a_source_it_lists(ctl):
    varese = org(ctl, "Univa")
    assert varese["id"] == "confindustria-varese" and varese["former_names"]
    cited = {s["id"] for s in varese["sources"]}
    for former in varese["former_names"]:
        assert former["until"] and former["source"] in cited, former
    assert "(until 2022)" in ctl("org", "confindustria-varese", env={"COLUMNS": "80"}).stdout


@pytest.mark.parametrize("columns", ["60", "80", "200"])
def test_the_institutes_have_their_own_title_at_every_width(ctl, columns):
    """As records (a narrow terminal) the table's headers are not shown: its title is a line of its own,
    so the institutes never read as more clusters."""
    lines = ctl("--lang", "en", "org", "CNR", env={"COLUMNS": columns}).stdout.splitlines()
    at = lines.index("Institutes and units")
    assert any(line.startswith("cnr-irea") for line in lines[at + 1 : at + 4])
