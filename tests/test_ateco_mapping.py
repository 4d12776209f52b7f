"""Issue 13: the ATECO -> cluster mapping is part of the dataset: each row cites a source, or is editorial with
a reason; validate refuses the rest; `ctl show` and the exports include it."""

from __future__ import annotations

import json

import yaml

from .conftest import TESTS

BUNDLED = (TESTS.parent / "data" / "clusters.yaml").read_text(encoding="utf-8")
ROW = "  - {code: '30.3', source: tech-plus-2022-06}\n"


def test_every_bundled_row_has_a_source_or_a_reason():
    doc = yaml.safe_load(BUNDLED)
    rows = [r for c in doc["clusters"] for r in c.get("ateco", [])]
    assert len(rows) >= 30 and {c["id"] for c in doc["clusters"] if c.get("ateco")} == {
        c["id"] for c in doc["clusters"]
    }
    for r in rows:
        if r.get("basis") == "editorial":
            assert r["reason"]["it"] and r["reason"]["en"] and "source" not in r, r
        else:
            assert r["source"], r


def test_validate_refuses_an_editorial_row_without_its_reason(ctl, write_yaml):
    assert ROW in BUNDLED
    bad = write_yaml(BUNDLED.replace(ROW, "  - {code: '30.3', basis: editorial}\n"))
    r = ctl("validate", bad)
    assert r.exit_code == 3 and "basis: editorial must say why" in r.stderr, r.stderr


def test_validate_refuses_a_row_without_source_or_basis(ctl, write_yaml):
    r = ctl("validate", write_yaml(BUNDLED.replace(ROW, "  - {code: '30.3'}\n")))
    assert r.exit_code == 3 and "must cite a source" in r.stderr, r.stderr


def test_validate_refuses_a_code_that_is_not_ateco_2025(ctl, write_yaml):
    r = ctl("validate", write_yaml(BUNDLED.replace(ROW, "  - {code: '30.39', source: tech-plus-2022-06}\n")))
    assert r.exit_code == 3 and "'30.39' is not an ATECO 2025 code" in r.stderr, r.stderr


def test_show_and_exports_include_the_mapping(ctl, tmp_path):
    record = json.loads(ctl("show", "aerospace", "--format", "json").stdout)
    row = next(a for a in record["ateco"] if a["code"] == "30.3")
    assert row["title"] == "Fabbricazione di aeromobili, veicoli spaziali e relativi equipaggiamenti"
    assert row["source"] in {s["id"] for s in record["sources"]}
    assert row["title_en"] == "Manufacture of air and spacecraft and related machinery"
    table = ctl("show", "aerospace", "--lang", "it").stdout
    assert "30.3 Fabbricazione di aeromobili" in table and "scelta editoriale" in table
    # the English page shows NACE's English title where NACE publishes one, ISTAT's below its class level
    english = ctl("show", "aerospace", "--lang", "en", env={"COLUMNS": "200"}).stdout
    assert "30.3 Manufacture of air and spacecraft" in english and "30.3 Fabbricazione" not in english
    deep = next(a for a in record["ateco"] if len(a["code"]) > 5)
    assert deep["title_en"] is None and f"{deep['code']} {deep['title']}" in english
    csv = ctl("export", "--format", "csv", "--table", "cluster_ateco").stdout
    assert csv.splitlines()[0] == "cluster_id,code,basis,source_id,reason_it,reason_en"
    assert "aerospace,30.3,source,tech-plus-2022-06,," in csv
    doc = json.loads(ctl("export", "--format", "json").stdout)
    assert any(c.get("ateco") for c in doc["clusters"])
