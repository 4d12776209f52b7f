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
