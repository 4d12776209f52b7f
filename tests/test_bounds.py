"""Numbers the schema allows but nothing downstream can hold (issue 14, kind 2): every number of a
dataset has bounds, declared once in dataset/schema.py (BOUNDS), checked by `ctl validate` and on
every load, and stated by the JSON Schema. Counts are whole numbers from 0 to 1,000,000; founding
years lie between 1800 and the year of the dataset's as_of date. A number too long for Python to
read (over 4,300 digits) is a dataset error too, never an internal one."""

from __future__ import annotations

import sqlite3

import pytest

from ctl_cli.dataset import json_schema, schema, validate
from ctl_cli.errors import DatasetError

from .conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")
COUNT = "member_count: {value: 10,"
WEBSITE = '    website: "https://alpha.example.org"\n'
CITED = "field_sources: {acronym: [src-a],"


def with_count(value: str) -> str:
    assert COUNT in TEXT
    return TEXT.replace(COUNT, f"member_count: {{value: {value},", 1)


def with_founded(year: str, as_of: str = "2026-01-01") -> str:
    text = TEXT.replace(WEBSITE, f"{WEBSITE}    founded: {year}\n", 1)
    text = text.replace(CITED, "field_sources: {founded: [src-a], acronym: [src-a],", 1)
    return text.replace('as_of: "2026-01-01"', f'as_of: "{as_of}"', 1)


def problems(text: str) -> list[str]:
    try:
        validate.parse(text, "d.yaml")
    except DatasetError as e:
        return [p.text("en") for p in e.problems]
    return []


def test_the_bounds_are_declared_once_and_the_json_schema_states_them():
    assert schema.BOUNDS == {"count": (0, 1_000_000), "year": (1800, 9999), "euros": (1, 100_000_000_000)}
    defs = json_schema.json_schema()["definitions"]
    assert defs["member_count"]["properties"]["value"] == {"type": "integer", "minimum": 0, "maximum": 1_000_000}
    assert defs["member_breakdown"]["properties"]["counts"]["additionalProperties"]["maximum"] == 1_000_000
    founded = defs["cluster"]["properties"]["founded"]["anyOf"][0]
    assert (founded["minimum"], founded["maximum"]) == (1800, 9999)


@pytest.mark.parametrize("value", ["0", "1000000"])
def test_a_count_within_the_bounds_loads(value):
    assert problems(with_count(value)) == []


@pytest.mark.parametrize(
    "value, message",
    [
        ("99999999999999999999", "99999999999999999999 is too large: a count is at most 1,000,000"),
        ("1000001", "1000001 is too large"),
        ("-1", "must not be negative"),
        ("1" + "0" * 40, "1000000000…0000 is too large"),  # shortened in the message
        ("1_000_001", "1000001 is too large"),
    ],
)
def test_a_count_out_of_bounds_is_refused_with_its_place(value, message):
    found = problems(with_count(value))
    assert len(found) == 1 and found[0].startswith("d.yaml:31:") and message in found[0], found


TOTAL = "  total_members: {value: 12345678901, qualifier: about, source: src-a}\n"
BREAKDOWN = "    member_breakdown: {counts: {sme: 5, startup: 10000000000}, source: src-a}\n"


@pytest.mark.parametrize(
    "old, new",
    [
        ('  as_of: "2026-01-01"\n', '  as_of: "2026-01-01"\n' + TOTAL),
        ('    members_note: {it: "Nessun', BREAKDOWN + '    members_note: {it: "Nessun'),
    ],
)
def test_every_count_has_the_bounds(old, new):
    assert old in TEXT
    found = problems(TEXT.replace(old, new, 1))
    assert len(found) == 1 and "is too large: a count is at most 1,000,000" in found[0], found


def test_a_number_too_long_to_read_is_a_dataset_error(ctl, write_yaml):
    path = write_yaml(with_count("9" * 5000))
    for lang, words in (("en", "a number of 5000 digits"), ("it", "un numero di 5000 cifre")):
        r = ctl("--lang", lang, "validate", path)
        assert r.exit_code == 3, r.stderr
        assert f"{path}:31:" in r.stderr and words in r.stderr and "internal error" not in r.stderr


@pytest.mark.parametrize("year", ["1800", "2020"])
def test_a_founding_year_from_1800_to_the_as_of_year_loads(year):
    assert problems(with_founded(year, as_of="2020-06-30")) == []


@pytest.mark.parametrize(
    "year, as_of, message",
    [
        ("1799", "2026-01-01", "1799 is not a plausible founding year (from 1800"),
        ("2023", "2020-06-30", "2023 is after the year of the dataset's as_of date (2020)"),  # past, but after as_of
        ("99999999999999999999", "2026-01-01", "99999999999999999999 is not a plausible founding year"),
        ("-5", "2026-01-01", "-5 is not a plausible founding year"),
    ],
)
def test_a_founding_year_out_of_bounds_is_refused(year, as_of, message):
    found = problems(with_founded(year, as_of))
    assert len(found) == 1 and "clusters.0.founded" in found[0] and message in found[0], found


def test_the_sqlite_export_of_the_largest_counts_holds_them(ctl, write_yaml, tmp_path):
    text = with_count("1000000").replace("value: 1000000, qualifier: about", "value: 1000000, qualifier: over")
    path = write_yaml(text)
    assert ctl("--data", path, "validate").exit_code == 0
    db = tmp_path / "x.db"
    r = ctl("--data", path, "export", "--format", "sqlite", "-o", str(db))
    assert r.exit_code == 0, r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT member_count FROM clusters WHERE id = 'alpha-tech'").fetchone() == (1_000_000,)


def test_the_example_of_the_issue_is_exit_3_not_an_internal_error(ctl, write_yaml, tmp_path):
    path = write_yaml(with_count("99999999999999999999"))
    assert ctl("validate", path).exit_code == 3
    r = ctl("--data", path, "export", "--format", "sqlite", "-o", str(tmp_path / "x.db"))
    assert r.exit_code == 3 and "OverflowError" not in r.stderr
