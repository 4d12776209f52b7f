"""EU projects of an organisation (issue 16), shown: `ctl org` (table at 60, 80 and 200 columns in
both languages, JSON, CSV, markdown), `ctl sources`, the exports (CSV, SQLite, the data package with
its foreign keys, which frictionless validates) and `ctl diff` (projects added and removed)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from .test_eu_projects import TEST_SET, with_projects

BETA = (
    "  eu_projects:\n"
    "  - id: '101000001'\n    acronym: ALPHAPROJ\n    source: src-a\n"
    "  - id: '101000002'\n    acronym: BETAPROJ\n    programme: HORIZON\n    source: src-b\n"
)
ALPHA = "  eu_projects:\n  - id: '101000001'\n    acronym: ALPHAPROJ\n    source: src-b\n"
URL1, URL2 = "https://cordis.europa.eu/project/id/101000001", "https://cordis.europa.eu/project/id/101000002"


def projects_text() -> str:
    return with_projects(with_projects(TEST_SET.read_text(encoding="utf-8"), "beta-srl", BETA), "uni-alpha", ALPHA)


@pytest.fixture
def data(tmp_path) -> Path:
    path = tmp_path / "projects.yaml"
    path.write_text(projects_text(), encoding="utf-8")
    return path


def org(ctl, data: Path, *args: str, lang: str = "en"):
    r = ctl("--lang", lang, "--data", str(data), "org", "beta-srl", *args)
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_org_json_lists_the_projects_with_their_page_and_source(ctl, data):
    record = json.loads(org(ctl, data, "--format", "json"))
    assert record["eu_projects"] == [
        {"id": "101000001", "acronym": "ALPHAPROJ", "programme": None, "url": URL1, "source": "src-a"},
        {"id": "101000002", "acronym": "BETAPROJ", "programme": "HORIZON", "url": URL2, "source": "src-b"},
    ]
    assert {"src-a", "src-b"} <= {s["id"] for s in record["sources"]}
    bare = json.loads(ctl("--data", str(TEST_SET), "org", "delta", "--format", "json").stdout)
    assert bare["eu_projects"] == []  # the key is always there


@pytest.mark.parametrize("columns", [60, 80, 200])
@pytest.mark.parametrize(
    "lang,heading,programme", [("en", "EU projects", "Programme"), ("it", "Progetti UE", "Programma")]
)
def test_org_table_shows_each_project_and_its_link_whole(ctl, data, monkeypatch, columns, lang, heading, programme):
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = org(ctl, data, lang=lang).split("\n")
    assert heading in lines
    for url in (URL1, URL2):  # a link is never cut
        assert any(url in line for line in lines), (columns, lang)
    text = "\n".join(lines)
    assert "ALPHAPROJ" in text and "(101000001)" in text and "HORIZON" in text and programme in text
    assert all(len(line) <= columns for line in lines if "https://" not in line)  # only a link may be longer
    numbers = [line for line in lines if "[1]" in line or "[2]" in line]
    assert numbers  # each project with its source's number


def test_org_csv_and_markdown(ctl, data):
    rows = list(csv.DictReader(org(ctl, data, "--format", "csv").splitlines()))
    assert rows[0]["eu_projects"] == "101000001; 101000002"
    md = org(ctl, data, "--format", "markdown")
    assert f"| BETAPROJ (101000002) | HORIZON | {URL2} |" in md


def test_sources_say_what_a_project_source_supports(ctl, data):
    records = json.loads(ctl("--data", str(data), "sources", "--format", "json").stdout)
    uses = {r["id"]: [u["fact"] for u in r["used_for"]] for r in records}
    assert "eu_projects of Beta Srl" in uses["src-b"] and "eu_projects of Università Alpha" in uses["src-b"]


def test_the_exports_carry_the_projects(ctl, data, tmp_path):
    out = tmp_path / "csv"
    assert ctl("--data", str(data), "export", "-f", "csv", "-o", str(out)).exit_code == 0
    with (out / "organisation_eu_projects.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["org_id", "project_id", "acronym", "programme", "source_id"],
        ["uni-alpha", "101000001", "ALPHAPROJ", "", "src-b"],
        ["beta-srl", "101000001", "ALPHAPROJ", "", "src-a"],
        ["beta-srl", "101000002", "BETAPROJ", "HORIZON", "src-b"],
    ]
    db = tmp_path / "ctl.db"
    assert ctl("--data", str(data), "export", "-f", "sqlite", "-o", str(db)).exit_code == 0
    con = sqlite3.connect(db)
    got = con.execute("SELECT org_id, project_id FROM organisation_eu_projects ORDER BY org_id, project_id").fetchall()
    assert got == [("beta-srl", "101000001"), ("beta-srl", "101000002"), ("uni-alpha", "101000001")]
    keys = {(r[3], r[2]) for r in con.execute("PRAGMA foreign_key_list(organisation_eu_projects)")}
    assert keys == {("org_id", "organisations"), ("source_id", "sources")}
    con.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO organisation_eu_projects VALUES ('nosuch', '1', 'X', NULL, 'src-a')")


def test_the_data_package_has_the_table_with_its_keys_and_validates(ctl, data, tmp_path):
    from frictionless import validate

    folder = tmp_path / "pkg"
    r = ctl("--data", str(data), "export", "-f", "datapackage", "-o", str(folder))
    assert r.exit_code == 0, r.stderr
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    schema = next(x["schema"] for x in package["resources"] if x["name"] == "organisation_eu_projects")
    assert schema["primaryKey"] == ["org_id", "project_id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in schema["foreignKeys"]} == {
        "org_id": "organisations",
        "source_id": "sources",
    }
    assert validate(str(folder / "datapackage.json")).flatten(["type"]) == []
    table = folder / "organisation_eu_projects.csv"
    table.write_text(table.read_text(encoding="utf-8").replace("uni-alpha,", "no-such-org,"), encoding="utf-8")
    assert ["foreign-key"] in validate(str(folder / "datapackage.json")).flatten(["type"])


def test_diff_says_which_projects_were_added_and_removed(ctl, data, tmp_path):
    new = tmp_path / "new.yaml"
    changed = projects_text().replace(
        "  - id: '101000002'\n    acronym: BETAPROJ\n    programme: HORIZON\n    source: src-b\n",
        "  - id: '101000007'\n    acronym: NEWPROJ\n    source: src-b\n",
    )
    new.write_text(changed, encoding="utf-8")
    record = json.loads(ctl("diff", str(data), str(new), "--format", "json").stdout)
    (beta,) = record["organisations"]["changed"]
    assert beta["id"] == "beta-srl" and beta["fields"] == []  # not the whole list as one field
    assert beta["eu_projects_added"] == [{"id": "101000007", "acronym": "NEWPROJ", "source": "src-b"}]
    assert [p["id"] for p in beta["eu_projects_removed"]] == ["101000002"]
    rows = list(csv.reader(ctl("diff", str(data), str(new), "--format", "csv").stdout.splitlines()))
    assert [r[:4] for r in rows[1:]] == [["organisations", "changed", "beta-srl", "eu_projects"]] * 2
    assert "101000002" in rows[1][4] and rows[1][5] == "" and "101000007" in rows[2][5]
    for lang, said in (("en", "EU project added"), ("it", "progetto UE aggiunto")):
        table = ctl("--lang", lang, "diff", str(data), str(new)).stdout
        assert said in table and "NEWPROJ" in table
    summary = ctl("diff", str(data), str(new), "--summary").stdout
    assert "eu_projects" in summary and "beta-srl" in summary
    # projects added where the old file had none: the organisation is changed, with the projects added
    record = json.loads(ctl("diff", str(TEST_SET), str(data), "--format", "json").stdout)
    added = {c["id"]: [p["id"] for p in c["eu_projects_added"]] for c in record["organisations"]["changed"]}
    assert added == {"uni-alpha": ["101000001"], "beta-srl": ["101000001", "101000002"]}


def test_the_site_s_organisation_page_links_each_project(data, tmp_path):
    from .sitecheck import broken_links, parse
    from .test_site import build

    out = tmp_path / "site"
    r = build(out, data=str(data), cache=tmp_path / "cache")
    assert r.exit_code == 0, r.stderr
    for lang, heading in (("en", "EU projects"), ("it", "Progetti UE")):
        page = out / lang / "orgs" / "beta-srl.html"
        parse(page)  # strict HTML5
        html = page.read_text(encoding="utf-8")
        assert f'<h2 id="h-eu-projects">{heading}</h2>' in html
        assert f'<a href="{URL2}">BETAPROJ (101000002)</a> · HORIZON' in html
        assert f'<a href="{URL1}">ALPHAPROJ (101000001)</a>' in html
    assert broken_links(out) == []
    delta = (out / "en" / "orgs" / "delta.html").read_text(encoding="utf-8")
    assert "h-eu-projects" not in delta  # no heading without projects
