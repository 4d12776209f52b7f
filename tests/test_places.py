"""Places (issue 15, Part A item 3): a city is a municipality of its province in ISTAT's list shipped
with ctl (ctl_cli/dataset/comuni.csv); its ISTAT code and NUTS-3 region are derived, never written by
hand; `city_source` names the source of the city. Checked by `ctl validate`, shown by `ctl org`,
carried by the exports and by `ctl sources`."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from ctl_cli.dataset import comuni

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
BETA = '{id: beta-srl, name: "Beta Srl", type: sme, type_source: src-b, city: Varese, province: "VA"}'


def with_beta(fields: str) -> str:
    """The mini dataset with Beta Srl's place replaced by `fields` (YAML flow-mapping entries)."""
    assert BETA in MINI
    return MINI.replace(BETA, '{id: beta-srl, name: "Beta Srl", type: sme, type_source: src-b, ' + fields + "}")


# --------------------------------------------------------------------------- the list


def test_the_list_finds_a_municipality_by_name_and_province_only():
    assert comuni.find("Milano", "MI") == ("015146", "Milano", "MI", "ITC4C")
    assert comuni.find("  milano ", "mi").istat == "015146"  # case and spaces aside
    assert comuni.find("Milano", "VA") is None  # the right name in the wrong province
    assert comuni.find("Bozen", "BZ").name == "Bolzano/Bozen"  # either half of a bilingual name
    assert comuni.find("Novara", "NO").nuts3 == "ITC15"  # outside Lombardy too


def test_a_line_search_and_the_table_give_the_same_answer():
    """find() searches the file's text for a few places, then asks the table: both must agree, on names
    with apostrophes, slashes, accents, odd case and spacing, and on misses."""
    rows = sorted(set(comuni.table().values()))
    odd = [c for c in rows if "'" in c.name or "/" in c.name or "-" in c.name or not c.name.isascii()]
    sample = odd[:150] + rows[:: max(1, len(rows) // 150)]
    asks = [(c.name, c.province) for c in sample]
    asks += [(f"  {c.name.upper()} ", c.province.lower()) for c in sample[::5]]
    asks += [(half, c.province) for c in sample if "/" in c.name for half in c.name.split("/")]
    asks += [("Milano", "VA"), ("Nowhere", "MI"), ("Sant’Angelo Lodigiano", "LO"), ("Milan", "MI")]
    for city, province in asks:
        by_line = comuni._find_line(city, province)
        assert by_line == comuni.table().get((comuni._key(city), province.upper())), (city, province)
    assert comuni._find_line("Sant’Angelo Lodigiano", "LO") is not None


def test_many_lookups_read_the_table_once_rather_than_the_text_each_time(monkeypatch):
    lines = []
    monkeypatch.setattr(comuni, "_asked", set())
    monkeypatch.setattr(comuni, "_find_line", lambda city, province: lines.append(city) or None)
    places = sorted(set(comuni.table().values()))[:200]
    found = [comuni.find(c.name, c.province) for c in places]
    assert len(lines) == comuni.LOOKUPS  # the first few by a line search, the rest from the table
    assert found[comuni.LOOKUPS :] == places[comuni.LOOKUPS :]


def test_find_many_asks_the_table_at_once_for_many_places_and_finds_what_find_finds(monkeypatch):
    lines = []
    monkeypatch.setattr(comuni, "_asked", set())
    places = sorted(set(comuni.table().values()))[:40]
    asks = [(c.name, c.province) for c in places] + [("Nowhere", "MI"), (" milano ", "mi")]
    expected = {place: comuni.table().get((comuni._key(place[0]), place[1].upper())) for place in asks}
    monkeypatch.setattr(comuni, "_find_line", lambda city, province: lines.append(city) or None)
    assert comuni.find_many(asks) == expected and lines == []  # no line searched: 42 > LOOKUPS places
    assert expected[(" milano ", "mi")].name == "Milano" and expected[("Nowhere", "MI")] is None
    few = asks[:3]
    assert comuni.find_many(few) == {p: None for p in few} and lines == [p[0] for p in few]  # a line each


def test_every_row_of_the_list_has_its_four_fields_in_their_form():
    rows = list(comuni.table().values())
    assert len({c.istat for c in rows}) > 7800
    for c in rows:
        assert len(c.istat) == 6 and c.istat.isdigit(), c
        assert len(c.province) == 2 and c.province.isupper(), c
        assert c.nuts3.startswith("IT") and len(c.nuts3) == 5, c


# --------------------------------------------------------------------------- validate


def test_a_city_of_its_province_and_a_city_source_are_valid(ctl, write_yaml):
    r = ctl("validate", write_yaml(with_beta('city: "Cantù", province: "CO", city_source: src-a')))
    assert r.exit_code == 0, r.stderr


@pytest.mark.parametrize(
    "fields, message",
    [
        ('city: Varese, province: "MI"', "'Varese' is not a municipality of the province MI"),
        ('city: Varrese, province: "VA"', "'Varrese' is not a municipality of the province VA; did you mean 'Varese'?"),
        ('city: Brembilla, province: "BG"', "did you mean 'Val Brembilla'?"),  # merged into Val Brembilla, 2014
        ('city: "Milano-Nerviano", province: "MI"', "'Milano-Nerviano' is not a municipality"),
        ('city: Varese, province: "VA", city_source: src-zz', "src-zz"),
    ],
    ids=["wrong-province", "typo", "merged", "two-places", "unknown-source"],
)
def test_validate_refuses_a_city_that_is_not_a_municipality_of_its_province(ctl, write_yaml, fields, message):
    r = ctl("validate", write_yaml(with_beta(fields)))
    assert r.exit_code == 3, r.stdout
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_the_refusal_is_in_italian_too(ctl, write_yaml):
    r = ctl("--lang", "it", "validate", write_yaml(with_beta('city: Varrese, province: "VA"')))
    assert "'Varrese' non è un comune della provincia VA; forse 'Varese'?" in r.stderr


# --------------------------------------------------------------------------- ctl org and the exports


@pytest.fixture
def placed(write_yaml):
    return write_yaml(with_beta('city: Varese, province: "VA", city_source: src-a'))


def test_org_shows_the_city_with_its_source_istat_code_and_nuts3(ctl, placed):
    r = ctl("--data", placed, "org", "beta-srl")
    assert r.exit_code == 0, r.stderr
    city = next(line for line in r.stdout.splitlines() if line.startswith("City"))
    assert "Varese" in city and "ISTAT code 012133" in city and "NUTS-3 ITC41" in city
    number = {line.split("]")[0].strip(" •[") for line in r.stdout.splitlines() if "example.org/a" in line}
    assert f"[{number.pop()}]" in city  # the city cites src-a by its number
    it = ctl("--data", placed, "--lang", "it", "org", "beta-srl").stdout
    assert "codice ISTAT 012133" in it


def test_org_json_and_csv_carry_istat_code_and_nuts3(ctl, placed):
    doc = json.loads(ctl("--data", placed, "org", "beta-srl", "--format", "json").stdout)
    assert (doc["city_source"], doc["istat_code"], doc["nuts3"]) == ("src-a", "012133", "ITC41")
    assert "src-a" in [s["id"] for s in doc["sources"]]
    rows = list(csv.DictReader(ctl("--data", placed, "org", "beta-srl", "--format", "csv").stdout.splitlines()))
    assert (rows[0]["istat_code"], rows[0]["nuts3"]) == ("012133", "ITC41")


def test_an_organisation_without_a_city_has_no_codes(ctl, write_yaml):
    path = write_yaml(with_beta('province: "VA"'))
    doc = json.loads(ctl("--data", path, "org", "beta-srl", "--format", "json").stdout)
    assert (doc["city"], doc["istat_code"], doc["nuts3"]) == (None, None, None)


def test_csv_and_sqlite_exports_carry_the_derived_codes(ctl, placed, tmp_path):
    out = tmp_path / "csv"
    assert ctl("--data", placed, "export", "--format", "csv", "-o", str(out)).exit_code == 0
    rows = {r["id"]: r for r in csv.DictReader((out / "organisations.csv").open(encoding="utf-8"))}
    assert (rows["beta-srl"]["city_source_id"], rows["beta-srl"]["istat_code"], rows["beta-srl"]["nuts3"]) == (
        "src-a", "012133", "ITC41")  # fmt: skip
    assert rows["gamma"]["istat_code"] == "003106"  # Novara
    db = tmp_path / "x.db"
    assert ctl("--data", placed, "export", "--format", "sqlite", "-o", str(db)).exit_code == 0
    con = sqlite3.connect(db)
    got = con.execute("SELECT istat_code, nuts3, city_source_id FROM organisations WHERE id = 'beta-srl'").fetchone()
    assert got == ("012133", "ITC41", "src-a")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sources_says_which_city_a_source_shows(ctl, placed):
    doc = json.loads(ctl("--data", placed, "sources", "--format", "json").stdout)
    facts = [f for s in doc if s["id"] == "src-a" for f in json.dumps(s).split('"') if "city of" in f]
    assert facts == ["city of Beta Srl"]


# --------------------------------------------------------------------------- ctl search --nuts


def test_search_nuts_keeps_the_organisations_whose_city_lies_in_the_region(ctl, placed):
    def ids(*args):
        r = ctl("--data", placed, "search", *args, "--format", "json")
        assert r.exit_code == 0, r.stderr
        return sorted(h["id"] for h in json.loads(r.stdout))

    assert ids("--nuts", "ITC41") == ["beta-srl"]  # Varese
    assert ids("--nuts", " itc15 ") == ["gamma"]  # Novara, outside Lombardy; case and spaces aside
    assert ids("--nuts", "ITC4C") == ["uni-alpha"]  # Milano
    assert ids("--nuts", "ITC4C", "--city", "Varese") == []


@pytest.mark.parametrize(
    "value, said", [("ITC4X", "Did you mean: ITC"), ("Milano", "NUTS-3"), ("", "--nuts has no letter or digit")]
)
def test_search_refuses_what_is_no_nuts3_code(ctl, placed, value, said):
    r = ctl("--data", placed, "search", "--nuts", value)
    assert r.exit_code == 2 and said in r.stderr and "Traceback" not in r.stderr


def test_a_city_of_a_province_newer_than_the_list_is_not_judged(ctl, write_yaml):
    """Sardinia's provinces of 2026 (OT, CI...) came after the copy of ISTAT's list that ctl ships."""
    assert "OT" not in comuni.provinces() and "MI" in comuni.provinces()
    path = write_yaml(with_beta('city: Olbia, province: "OT"'))
    assert ctl("validate", path).exit_code == 0
    doc = json.loads(ctl("--data", path, "org", "beta-srl", "--format", "json").stdout)
    assert (doc["city"], doc["istat_code"], doc["nuts3"]) == ("Olbia", None, None)


def test_named_finds_a_municipality_in_every_province_that_has_one():
    """comuni.named: the same answer as a scan of the whole table, for names in one province and in several."""
    for city in ("Milano", "  castelnuovo  ", "Bozen", "Nowhere", "Samarate"):
        scan = {c for (name, _), c in comuni.table().items() if name == comuni._key(city)}
        assert set(comuni.named(city)) == scan, city
    assert len(comuni.named("Samarate")) == 1 and comuni.named("Nowhere") == []
