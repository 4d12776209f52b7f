"""The JSON Schema is generated from ctl_cli/dataset/schema.py (json_schema.py), shipped, and agrees with the loader."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ctl_cli import cache
from ctl_cli.dataset import json_schema, locate, schema, validate
from ctl_cli.errors import DatasetError

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "clusters.schema.json"
MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def validator():
    s = json.loads(SHIPPED.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(s)
    return jsonschema.Draft7Validator(s)


def test_shipped_schema_is_the_generated_one():
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == json_schema.json_schema(), (
        "data/clusters.schema.json is stale: run python -m ctl_cli.dataset.json_schema > data/clusters.schema.json"
    )


def test_dataset_file_points_editors_at_the_schema():
    first = (ROOT / "data" / "clusters.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    assert (ROOT / "data" / first.split("=", 1)[1]).resolve() == SHIPPED


def test_bundled_and_mini_datasets_satisfy_the_schema(validator):
    for ds in (cache.load_path(locate.bundled_path()), validate.parse(MINI, "mini.yaml")):
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(ds.raw)]
        assert errors == []


@pytest.mark.parametrize(
    "old, new",
    [
        ('    website: "https://alpha.example.org"\n', '    website: "https://alpha.example.org"\n    colour: red\n'),
        ("{org: gamma, basis: member_list, source: src-a}", "{org: gamma, basis: gossip, source: src-a}"),
        ('province: "VA"', 'province: "XX"'),
        ('url: "https://example.org/a"', 'url: "ftp://example.org/a"'),
        ("  - id: beta-green", "  - id: Beta_Green"),
        ("member_count: {value: 10,", "member_count: {value: -1,"),
        ("member_count: {value: 10,", "member_count: {value: 99999999999999999999,"),
        ("member_count: {value: 10,", "member_count: {value: 1000001,"),
        ("  title: Test dataset\n", ""),
    ],
)
def test_schema_and_loader_refuse_the_same_mistakes(validator, old, new):
    assert old in MINI
    text = MINI.replace(old, new, 1)
    with pytest.raises(DatasetError):
        validate.parse(text, "x.yaml")
    from ctl_cli.dataset import strict_yaml

    value, _ = strict_yaml.load(text)
    assert list(validator.iter_errors(value)), "the JSON Schema accepted what the loader refused"


def test_every_record_field_is_known_to_the_schema():
    generated = json_schema.json_schema()["definitions"]
    for name, fields in schema.RECORDS.items():
        if name == "document":
            continue
        assert set(generated[name]["properties"]) == set(fields)
        assert set(generated[name].get("required", [])) == {k for k, f in fields.items() if f.required}


def test_ctl_schema_prints_it(ctl):
    r = ctl("schema")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == json_schema.json_schema()
