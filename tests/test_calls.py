"""The Region's calls for the clusters (issue 15): the `calls` list of a dataset, validated; shown on
`ctl show` for a recognised cluster (never for a pending one), its sources numbered and listed by
`ctl sources CLUSTER`; in the exports, `ctl diff` and the site."""

from __future__ import annotations

import json
import re

import pytest

from ctl_cli.dataset import validate
from ctl_cli.errors import DatasetError
from tests.conftest import MINI

CALL = """calls:
  - id: call-2025
    title: "Call for Clusters – Edition 2025"
    publisher: Regione Test
    code: RLF0001
    published: "2026-01-15"
    opens: "2026-01-20"
    closes: "2026-03-05"
    budget_eur: 1000000
    eligible: recognised
    note: {it: "Un bando di prova.", en: "A test call."}
    sources: [src-b, src-a]
"""
TEXT = MINI.read_text(encoding="utf-8") + CALL


def problems(text: str) -> list[str]:
    try:
        validate.parse(text, "d.yaml")
    except DatasetError as e:
        return [p.text("en") for p in e.problems]
    return []


@pytest.fixture
def with_call(write_yaml) -> str:
    return write_yaml(TEXT)


# --------------------------------------------------------------------------- schema and validate


def test_a_call_loads_as_a_typed_record():
    ds = validate.parse(TEXT, "d.yaml")
    [call] = ds.calls
    assert (call.id, call.code, call.opens, call.closes, call.budget_eur) == (
        "call-2025",
        "RLF0001",
        "2026-01-20",
        "2026-03-05",
        1_000_000,
    )
    assert call.sources == ("src-b", "src-a") and call.note.en == "A test call."
    assert [c.id for c in ds.clusters if call.open_to(c)] == ["alpha-tech", "beta-green"]  # not the pending one


def test_calls_are_optional_and_code_and_budget_too():
    assert validate.parse(MINI.read_text(encoding="utf-8"), "d.yaml").calls == ()
    text = TEXT.replace("    code: RLF0001\n", "").replace("    budget_eur: 1000000\n", "")
    [call] = validate.parse(text, "d.yaml").calls
    assert call.code is None and call.budget_eur is None


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('closes: "2026-03-05"', 'closes: "2026-01-19"', "closes '2026-01-19' is before opens '2026-01-20'"),
        ('published: "2026-01-15"', 'published: "2026-01-21"', "opens '2026-01-20' is before published '2026-01-21'"),
        ('published: "2026-01-15"', 'published: "2026-02"', "opens '2026-01-20' is before published '2026-02'"),
        ("sources: [src-b, src-a]", "sources: [src-b, nosuch]", "source 'nosuch' is not in the dataset's sources"),
        ("sources: [src-b, src-a]", "sources: []", "needs at least one source"),
        ("eligible: recognised", "eligible: pending", "'pending' is not one of: recognised"),
        ("eligible: recognised", "eligible: everyone", "'everyone' is not one of: recognised"),
        ('opens: "2026-01-20"', 'opens: "2026-01-20 10:00"', "has an hour: write the date only, '2026-01-20'"),
        ('opens: "2026-01-20"', 'opens: "2026-01"', "'2026-01' must be a whole date written YYYY-MM-DD"),
        ('closes: "2026-03-05"', 'closes: "2026-02-30"', "'2026-02-30' is not a real date"),
        ("budget_eur: 1000000", "budget_eur: 0", "0 is not a plausible sum of euros (from 1 to 100,000,000,000)"),
        ("budget_eur: 1000000", "budget_eur: 1000000.5", "must be a whole number"),
        ("budget_eur: 1000000", 'budget_eur: "1 milione"', "must be a whole number"),
        ("    code: RLF0001", "    codes: RLF0001", "unknown field 'codes'"),
    ],
)
def test_a_wrong_call_is_refused_with_its_place(old, new, message):
    assert TEXT.count(old) == 1, old
    found = problems(TEXT.replace(old, new))
    assert len(found) == 1 and re.match(r"d\.yaml:\d+:\d+: calls\.0", found[0]), found
    assert message in found[0], found


def test_a_call_may_close_after_today_but_not_be_published_after_it():
    future = TEXT.replace('closes: "2026-03-05"', 'closes: "2999-03-05"')
    assert problems(future) == []
    assert "is in the future" in problems(future.replace('published: "2026-01-15"', 'published: "2999-01-01"'))[0]


def test_two_calls_with_one_id_are_refused():
    text = TEXT + CALL.split("\n", 1)[1]
    [found] = problems(text)
    assert "duplicate call id 'call-2025'" in found


def test_a_call_needs_its_required_fields():
    found = problems(TEXT.replace("    eligible: recognised\n", "").replace("    note: {it", "    nota: {it"))
    assert any("missing required field 'eligible'" in p for p in found), found
    assert any("unknown field 'nota'" in p for p in found), found


def test_ctl_schema_declares_the_call(ctl):
    schema = json.loads(ctl("schema").stdout)
    call = schema["definitions"]["call"]
    assert set(call["required"]) == {
        "id", "title", "publisher", "published", "opens", "closes", "eligible", "note", "sources"
    }  # fmt: skip
    assert call["properties"]["eligible"]["enum"] == ["recognised"]
    budget = call["properties"]["budget_eur"]["anyOf"][0]
    assert (budget["minimum"], budget["maximum"]) == (1, 100_000_000_000)
    assert call["properties"]["opens"]["pattern"] == r"^\d{4}-\d{2}-\d{2}$"
    assert schema["properties"]["calls"]["anyOf"][0]["items"] == {"$ref": "#/definitions/call"}


# --------------------------------------------------------------------------- ctl show and ctl sources


def test_show_json_lists_the_calls_open_to_a_recognised_cluster(ctl, with_call):
    record = json.loads(ctl("--data", with_call, "show", "alpha", "--format", "json").stdout)
    [call] = record["calls"]
    assert call == {
        "id": "call-2025",
        "title": "Call for Clusters – Edition 2025",
        "publisher": "Regione Test",
        "code": "RLF0001",
        "published": "2026-01-15",
        "opens": "2026-01-20",
        "closes": "2026-03-05",
        "budget_eur": 1000000,
        "eligible": "recognised",
        "note": {"it": "Un bando di prova.", "en": "A test call."},
        "sources": ["src-b", "src-a"],
    }
    assert {"src-a", "src-b"} <= {s["id"] for s in record["sources"]}


def test_the_pending_cluster_has_no_call(ctl, with_call):
    record = json.loads(ctl("--data", with_call, "show", "waiting", "--format", "json").stdout)
    assert record["calls"] == []
    for lang, heading in (("en", "Regional calls"), ("it", "Bandi regionali")):
        page = ctl("--data", with_call, "--lang", lang, "show", "waiting").stdout
        assert heading not in page and "Call for Clusters" not in page


@pytest.mark.parametrize(
    "lang, heading, line",
    [
        ("en", "Regional calls", "applications from 2026-01-20 to 2026-03-05; budget €1,000,000 [3][1]"),
        ("it", "Bandi regionali", "domande dal 2026-01-20 al 2026-03-05; dotazione 1.000.000 € [3][1]"),
    ],
)
def test_show_has_a_section_of_calls_at_80_columns(ctl, write_yaml, lang, heading, line):
    # src-c is the call's page: a source only the call cites, numbered after the cluster's own ones
    text = TEXT.replace("sources: [src-b, src-a]", "sources: [src-c, src-a]").replace(
        "sources:\n", 'sources:\n  - {id: src-c, url: "https://example.org/call", publisher: example.org}\n', 1
    )
    path = write_yaml(text)
    page = ctl("--data", path, "--lang", lang, "show", "alpha", env={"COLUMNS": "80"}).stdout
    assert heading in page
    block = page[page.index(heading) :].split("\n\n")[0]
    assert max(len(x) for x in block.splitlines()) <= 80
    assert line in " ".join(block.split()), block
    assert "Call for Clusters – Edition 2025 (RLF0001):" in block
    sources = page[page.rindex("[3]") :]
    assert "https://example.org/call" in sources
    md = ctl("--data", path, "--lang", lang, "show", "alpha", "--format", "markdown").stdout
    assert f"## {heading}\n\n- Call for Clusters – Edition 2025 (RLF0001): " in md


def test_a_call_without_code_or_budget_says_neither(ctl, write_yaml):
    path = write_yaml(TEXT.replace("    code: RLF0001\n", "").replace("    budget_eur: 1000000\n", ""))
    page = " ".join(ctl("--data", path, "show", "alpha").stdout.split())
    assert "Call for Clusters – Edition 2025: applications from 2026-01-20 to 2026-03-05 [2][1]" in page
    assert "budget" not in page


@pytest.mark.parametrize("lang, used", [("en", "call: Call for Clusters"), ("it", "bando: Call for Clusters")])
def test_sources_of_a_cluster_say_they_are_used_for_the_call(ctl, with_call, lang, used):
    records = json.loads(ctl("--data", with_call, "sources", "beta", "--format", "json").stdout)
    facts = {r["id"]: [u["fact"] for u in r["used_for"]] for r in records}
    assert "call: Call for Clusters – Edition 2025" in facts["src-a"] and facts["src-b"]
    assert used in ctl("--data", with_call, "--lang", lang, "sources", "beta").stdout
    pending = json.loads(ctl("--data", with_call, "sources", "waiting", "--format", "json").stdout)
    assert not any(u["fact"].startswith("call:") for r in pending for u in r["used_for"])
