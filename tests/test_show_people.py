"""`ctl show`'s people: the name, its date and its source first, then the note on the role after a dash,
never inside brackets after the name (a note that ends in brackets gave "Crippa (Succeeded Valassi (... 2017).),
as of ...")."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_role_note_follows_the_name_date_and_source(ctl, lang):
    rec = json.loads(ctl("show", "living-environments", "-f", "json").stdout)
    president = next(p for p in rec["people"] if p["role"] == "president")
    assert president["role_note"][lang] and president["as_of"]
    page = " ".join(ctl("--lang", lang, "show", "living-environments", env={"COLUMNS": "200"}).stdout.split())
    line = page[page.index(president["name"]) :]
    assert line.startswith(f"{president['name']}, ")
    assert f"{president['as_of']} [" in line[: 40 + len(president["name"])]
    assert f"] — {president['role_note'][lang]}" in line
    assert f"{president['name']} (" not in page


@pytest.mark.parametrize(
    "words, a, b",
    [
        (["energy", "mobility"], "energy", "mobility"),
        (["fabbrica", "intelligente", "energia"], "smart-factory", "energy"),
    ],
)
def test_two_clusters_named_to_show_point_to_compare(ctl, words, a, b):
    r = ctl("show", *words)
    assert r.exit_code == 1 and f"ctl compare {a} {b}" in r.stderr
    assert "Did you mean" not in r.stderr  # no third cluster offered instead
    assert json.loads(ctl("compare", a, b, "-f", "json").stdout)  # the command it names works


def test_a_reference_that_is_not_two_clusters_keeps_its_suggestions(ctl):
    r = ctl("show", "energy", "energia")  # the same cluster twice
    assert r.exit_code == 1 and "ctl compare" not in r.stderr and "Run 'ctl list'" in r.stderr
