"""A bad dataset exits 3 with file:line:column and what is wrong; YAML traps are defused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ctl_cli import cache
from ctl_cli.dataset import json_schema, locate, schema, validate
from ctl_cli.errors import DatasetError

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")


def problems(text: str) -> list[str]:
    with pytest.raises(DatasetError) as e:
        validate.parse(text, "x.yaml")
    return [str(p) for p in e.value.problems]


def test_mini_dataset_loads():
    ds = validate.parse(MINI, "mini.yaml")
    assert [c.id for c in ds.clusters] == ["alpha-tech", "beta-green", "waiting"]
    assert [c.id for c, _ in ds.memberships_of("uni-alpha")] == ["alpha-tech", "beta-green"]


def test_missing_file_exits_3(ctl, tmp_path):
    r = ctl("--data", str(tmp_path / "nope.yaml"), "list")
    assert r.exit_code == 3
    assert f"dataset file not found: {tmp_path / 'nope.yaml'}" in r.stderr
    assert "Traceback" not in r.stderr


def test_ctl_data_env_is_used(ctl, mini):
    r = ctl("list", "--format", "json", env={"CTL_DATA": mini})
    assert [c["id"] for c in json.loads(r.stdout)] == ["alpha-tech", "beta-green"]


def test_syntax_error_has_line_and_column(ctl, write_yaml):
    path = write_yaml("dataset:\n  title: [a, b\n  version: x\n")
    r = ctl("--data", path, "list")
    assert r.exit_code == 3
    assert re.search(rf"{re.escape(path)}:\d+:\d+: ", r.stderr), r.stderr


def test_schema_error_points_at_the_field(ctl, write_yaml):
    text = MINI.replace(
        '  - {id: beta-srl, name: "Beta Srl", type: sme,', '  - {id: beta-srl, name: "Beta Srl", type: smee,'
    )
    path = write_yaml(text)
    r = ctl("--data", path, "show", "alpha")
    assert r.exit_code == 3
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "type: smee" in s)
    assert f"{path}:{line}:" in r.stderr
    assert "'smee' is not a member type" in r.stderr


def test_unquoted_province_no_stays_novara():
    ds = validate.parse(MINI.replace('province: "NO"', "province: NO"), "x.yaml")
    assert ds.organisations["gamma"].province == "NO"


def test_octal_looking_number_is_not_reinterpreted():
    text = MINI.replace('version: "test-1"', "version: 0100")
    assert validate.parse(text, "x.yaml").info.version == "0100"


def test_unquoted_dates_stay_strings():
    text = MINI.replace('as_of: "2026-01-01"', "as_of: 2026-01-01")
    assert validate.parse(text, "x.yaml").info.as_of == "2026-01-01"


def test_duplicate_keys_are_refused():
    text = MINI.replace("  title: Test dataset\n", "  title: Test dataset\n  title: Again\n")
    [p] = problems(text)
    assert "duplicate key 'title'" in p and p.startswith("x.yaml:4:")


def test_python_tags_are_refused():
    text = MINI.replace("  title: Test dataset", "  title: !!python/object/apply:os.system [echo hi]")
    [p] = problems(text)
    assert "unsupported YAML tag" in p and "python" in p


def test_anchors_and_aliases_are_refused():
    text = MINI.replace("  title: Test dataset", "  title: &t Test dataset\n  licence: *t")
    [p] = problems(text)
    assert "anchor &t" in p and p.startswith("x.yaml:3:")


def test_alias_bomb_is_refused_without_expanding():
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: &d [*c,*c]\ne: &e [*d,*d]\nf: [*e,*e]\n'
    assert "anchor" in problems(bomb)[0]


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('province: "VA"', 'province: "XX"', "'XX' is not an Italian province code"),
        ('url: "https://example.org/a"', 'url: "ftp://example.org/a"', "is not an http(s) URL"),
        ('as_of: "2026-01-01"', 'as_of: "2026-02-30"', "is not a real date"),
        ('as_of: "2026-01-01"', 'as_of: "2999-01-01"', "is in the future"),
        (
            "{org: gamma, basis: member_list, source: src-a}",
            "{org: nobody, basis: member_list, source: src-a}",
            "organisation 'nobody' is not in organisations",
        ),
        (
            "{org: gamma, basis: member_list, source: src-a}",
            "{org: gamma, basis: member_list, source: src-z}",
            "source 'src-z' is not in the dataset's sources",
        ),
        (
            "{org: gamma, basis: member_list, source: src-a}",
            "{org: gamma, basis: gossip, source: src-a}",
            "'gossip' is not one of",
        ),
        ("  - id: beta-green", "  - id: Beta_Green", "is not a kebab-case id"),
        ("  - id: beta-green", "  - id: alpha-tech", "duplicate cluster id 'alpha-tech'"),
        (
            '    website: "https://alpha.example.org"\n',
            '    website: "https://alpha.example.org"\n    colour: red\n',
            "unknown field 'colour'",
        ),
        (
            "type: startup, type_source: src-a,",
            "type: startup,",
            "type 'startup' needs type_source",
        ),
        (
            '  - {id: gamma, name: "Gamma Start",',
            '  - {id: gamma, name: "BETA s.r.l.",',
            "'BETA s.r.l.' is the same name as organisation 'beta-srl' (line 19)",
        ),
        (
            '  - {id: gamma, name: "Gamma Start",',
            '  - {id: gamma, name: "Università  ALPHA S.p.A.",',
            "the same name as organisation 'uni-alpha'",
        ),
        (
            '    members_note: {it: "Due nominati da fonti pubbliche, su una decina.", '
            'en: "Two named in public sources, against about ten."}\n',
            "",
            "clusters.0.member_count: says about 10 members but 2 are listed; add members_note",
        ),
        (
            '    members_note: {it: "Nessun totale pubblicato.", en: "No total published."}\n',
            "",
            "lists 2 members but has no member_count; add members_note",
        ),
        (
            "    field_sources: {description: [src-b]}\n  - id: waiting",
            "  - id: waiting",
            "has no source: add field_sources.description",
        ),
    ],
)
def test_schema_rules(old, new, message):
    assert old in MINI
    found = problems(MINI.replace(old, new, 1))
    assert any(message in p for p in found), found


def test_a_new_field_is_one_line_in_the_schema(monkeypatch):
    """A field declared in schema.RECORDS alone is checked, kept in the raw data and in the JSON Schema."""
    text = MINI.replace("city: Milano,", 'city: Milano, vat_number: "IT0123",')
    assert any("unknown field 'vat_number'" in p for p in problems(text))

    monkeypatch.setitem(schema.RECORDS["organisation"], "vat_number", schema.F("string", doc="The VAT number."))
    ds = validate.parse(text, "x.yaml")
    assert ds.raw["organisations"][0]["vat_number"] == "IT0123"
    assert ds.organisations["uni-alpha"].city == "Milano"
    assert "vat_number" in json_schema.json_schema()["definitions"]["organisation"]["properties"]

    bad = text.replace('vat_number: "IT0123"', "vat_number: [IT, 123]")
    line = next(i for i, s in enumerate(bad.splitlines(), 1) if "vat_number" in s)
    column = bad.splitlines()[line - 1].index("[IT") + 1
    assert problems(bad) == [f"x.yaml:{line}:{column}: organisations.0.vat_number: must be a string, got a list"]


def test_problems_are_reported_in_the_reader_s_language(ctl, write_yaml):
    path = write_yaml(MINI.replace('url: "https://example.org/a"', 'url: "ftp://example.org/a"'))
    en = ctl("validate", path, "--lang", "en") if False else ctl("--lang", "en", "validate", path)
    it = ctl("--lang", "it", "validate", path)
    assert en.exit_code == it.exit_code == 3
    assert "is not an http(s) URL" in en.stderr
    assert "non è un URL http(s)" in it.stderr and "is not an" not in it.stderr


def test_empty_file(ctl, write_yaml):
    r = ctl("--data", write_yaml(""), "list")
    assert r.exit_code == 3
    assert "the file is empty" in r.stderr


def test_not_utf8(ctl, tmp_path):
    p = tmp_path / "latin1.yaml"
    p.write_bytes("dataset:\n  title: Universit\xe0\n".encode("latin-1"))
    r = ctl("--data", str(p), "list")
    assert r.exit_code == 3
    assert f"{p}:2:" in r.stderr and "UTF-8" in r.stderr


def test_too_large_file_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "big.yaml"
    p.write_text("x" * 200)
    monkeypatch.setattr(locate, "MAX_BYTES", 100)
    with pytest.raises(DatasetError) as e:
        cache.load_path(p)
    assert "the limit is" in str(e.value)
