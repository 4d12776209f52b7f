"""ctl export --format datapackage: the CSV tables and a datapackage.json that Frictionless validates
(frictionless is a test-only dependency), and the data's licence (an SPDX id in the dataset)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from frictionless import validate

from ctl_cli.cache import load_path
from ctl_cli.dataset.locate import bundled_path
from ctl_cli.export.tables import tables

from .conftest import MINI


def export(ctl, folder: Path, *args: str) -> Path:
    r = ctl("export", "--format", "datapackage", "-o", str(folder), *args)
    assert r.exit_code == 0, r.stderr
    assert "datapackage.json" in r.stderr
    return folder / "datapackage.json"


def errors(descriptor: Path) -> list[list[str]]:
    return validate(str(descriptor)).flatten(["type", "note"])


def test_the_bundled_data_package_validates(ctl, tmp_path):
    descriptor = export(ctl, tmp_path / "pkg")
    assert errors(descriptor) == []
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    ds = load_path(bundled_path())
    assert package["version"] == ds.info.version and package["title"] == ds.info.title
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 International",
        }
    ]
    assert {s["path"] for s in package["sources"]} == {s.url for s in ds.sources.values()}
    names = [r["name"] for r in package["resources"]]
    assert names == [t.name for t in tables(ds)]
    assert all((tmp_path / "pkg" / r["path"]).is_file() for r in package["resources"])
    by_name = {r["name"]: r["schema"] for r in package["resources"]}
    assert by_name["memberships"]["primaryKey"] == ["cluster_id", "org_id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in by_name["memberships"]["foreignKeys"]} == {
        "cluster_id": "clusters",
        "org_id": "organisations",
        "source_id": "sources",
    }
    assert {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["id"]}} in by_name["fact_sources"][
        "foreignKeys"
    ]
    founded = next(f for f in by_name["clusters"]["fields"] if f["name"] == "founded")
    assert founded["type"] == "integer"


def test_a_fixture_data_package_validates(ctl, tmp_path):
    r = ctl("--data", str(MINI), "export", "-f", "datapackage", "-o", str(tmp_path / "mini"))
    assert r.exit_code == 0, r.stderr
    descriptor = tmp_path / "mini" / "datapackage.json"
    assert errors(descriptor) == []
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    assert package["version"] == "test-1" and "licenses" not in package  # the fixture names no licence


def _edit(path: Path, column: str, value: str) -> None:
    """Set `column` of the first data row of the CSV file at path to value."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def test_a_broken_foreign_key_fails_validation(ctl, tmp_path):
    descriptor = export(ctl, tmp_path / "pkg")
    _edit(tmp_path / "pkg" / "memberships.csv", "org_id", "no-such-org")
    found = errors(descriptor)
    assert [e[0] for e in found] == ["foreign-key"] and "no-such-org" in found[0][1]


def test_a_value_outside_its_choices_fails_validation(ctl, tmp_path):
    descriptor = export(ctl, tmp_path / "pkg")
    _edit(tmp_path / "pkg" / "memberships.csv", "basis", "rumour")
    assert [e[0] for e in errors(descriptor)] == ["constraint-error"]


def test_a_duplicate_primary_key_fails_validation(ctl, tmp_path):
    descriptor = export(ctl, tmp_path / "pkg")
    path = tmp_path / "pkg" / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    assert "primary-key" in [e[0] for e in errors(descriptor)]


def test_created_is_reproducible_with_source_date_epoch(ctl, tmp_path):
    r = ctl("export", "-f", "datapackage", "-o", str(tmp_path / "a"), env={"SOURCE_DATE_EPOCH": "1764460800"})
    assert r.exit_code == 0
    descriptor = tmp_path / "a" / "datapackage.json"
    assert json.loads(descriptor.read_text(encoding="utf-8"))["created"] == "2025-11-30T00:00:00Z"


def test_it_needs_a_folder_and_keeps_the_export_rules(ctl, tmp_path):
    r = ctl("export", "-f", "datapackage")
    assert r.exit_code == 2 and "-o" in r.stderr
    assert ctl("export", "-f", "datapackage", "--table", "sources", "-o", str(tmp_path / "x")).exit_code == 2
    export(ctl, tmp_path / "pkg")
    again = ctl("export", "-f", "datapackage", "-o", str(tmp_path / "pkg"))
    assert again.exit_code == 2 and "already exists" in again.stderr
    export(ctl, tmp_path / "pkg", "--force")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert ctl("export", "-f", "datapackage", "-o", str(blocker)).exit_code == 2


def test_a_file_as_its_folder_is_named_a_data_package_not_csv(ctl, tmp_path):
    blocker = tmp_path / "new.yaml"
    blocker.write_text("x", encoding="utf-8")
    r = ctl("export", "-f", "datapackage", "-o", str(blocker))
    assert r.exit_code == 2 and "a data package is a folder" in r.stderr and "CSV export" not in r.stderr
    assert (
        "un data package è una cartella"
        in ctl("export", "-f", "datapackage", "-o", str(blocker), "--lang", "it").stderr
    )
    assert "CSV export writes one file per table" in ctl("export", "-f", "csv", "-o", str(blocker)).stderr
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("fmt, says", [("datapackage", "folder to write the data package"), ("sqlite", "SQLite")])
def test_an_empty_output_offers_no_standard_output_where_the_format_cannot_go(ctl, fmt, says):
    for lang in ("en", "it"):
        r = ctl("export", "-f", fmt, "-o", "", "--lang", lang)
        assert r.exit_code == 2 and "-o" in r.stderr
        assert "standard output" not in r.stderr
    assert says in ctl("export", "-f", fmt, "-o", "").stderr
    assert "or - for standard output" in ctl("export", "-f", "json", "-o", "").stderr  # json can go there


@pytest.mark.parametrize("bad", ["CC-BY-4", "MIT", "cc-by-4.0"])
def test_the_licence_id_is_an_open_data_spdx_id(ctl, write_yaml, bad):
    text = MINI.read_text(encoding="utf-8").replace('as_of: "2026-01-01"', f'as_of: "2026-01-01"\n  licence_id: {bad}')
    r = ctl("validate", write_yaml(text))
    assert r.exit_code == 3 and "licence_id" in r.stderr and "CC-BY-4.0" in r.stderr


def test_the_bundled_data_is_cc_by_4():
    assert load_path(bundled_path()).info.licence_id == "CC-BY-4.0"
