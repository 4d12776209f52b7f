"""EU projects of an organisation (issue 16): the schema field eu_projects and its checks, what
ctl reconcile proposes from a CORDIS organization.csv (one proposal per project, several rows of one
organisation grouped) and how --write appends them, keeping every other byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REG = DATA / "registries"
TEST_SET = DATA / "reconcile.yaml"
HEADER = (
    "projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;city;country;"
    "nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;ecContribution;"
    "netEcContribution;totalCost;endOfParticipation;active"
)


def cordis_row(project: str, acronym: str, pic: str, name: str, city: str = "Varese", nuts: str = "ITC41") -> str:
    """A row in CORDIS's organization.csv layout (the columns of HEADER, as in registries/organization.csv)."""
    return (
        f"{project};{acronym};{pic};;{name};;true;PRC;Via 1;21100;{city};IT;{nuts};;;;2025-07-01 10:00:00;1;1;"
        "participant;1;1;1;false;true"
    )


def cordis(tmp_path: Path, *rows: str, name: str = "organization.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def with_projects(text: str, org: str, block: str) -> str:
    """tests/data/reconcile.yaml's text with `block` (lines of an organisation) after the line '- id: ORG'."""
    head = f"- id: {org}\n"
    at = text.index(head) + len(head)
    return text[:at] + block + text[at:]


# -- the schema and its checks ---------------------------------------------------------------------


def test_the_schema_declares_eu_projects(ctl):
    r = ctl("schema")
    schema = json.loads(r.stdout)
    org = schema["definitions"]["organisation"]["properties"]
    assert "eu_projects" in org
    project = schema["definitions"]["eu_project"]
    assert project["required"] == ["id", "acronym", "source"]
    assert set(project["properties"]) == {"id", "acronym", "programme", "source"}
    shipped = json.loads((Path(__file__).parents[1] / "data" / "clusters.schema.json").read_text(encoding="utf-8"))
    assert shipped == schema


def test_valid_projects_load_and_two_organisations_may_share_one(ctl, tmp_path):
    text = TEST_SET.read_text(encoding="utf-8")
    one = "  eu_projects:\n  - id: '101000001'\n    acronym: ALPHAPROJ\n    programme: HORIZON\n    source: src-a\n"
    text = with_projects(with_projects(text, "delta", one), "gamma", one)  # the same project, two partners
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    r = ctl("validate", str(path))
    assert r.exit_code == 0, r.stderr


@pytest.mark.parametrize(
    "block,said",
    [
        ("  - id: 10100x\n    acronym: X\n    source: src-a\n", "'10100x' is not a CORDIS project id"),
        ("  - id: 101000001\n    acronym: X\n    source: src-a\n", "must be a string, got a number"),
        ("  - id: '101000001'\n    acronym: X\n    source: nosuch\n", "source 'nosuch' is not in the dataset"),
        ("  - id: '101000001'\n    source: src-a\n", "missing required field 'acronym'"),
        (
            "  - id: '101000001'\n    acronym: X\n    source: src-a\n"
            "  - id: '101000001'\n    acronym: Y\n    source: src-b\n",
            "project '101000001' is already listed for this organisation (line 60)",
        ),
    ],
)
def test_a_bad_project_is_reported_where_it_is(ctl, tmp_path, block, said):
    path = tmp_path / "d.yaml"
    path.write_text(with_projects(TEST_SET.read_text(encoding="utf-8"), "delta", "  eu_projects:\n" + block), "utf-8")
    r = ctl("validate", str(path))
    assert r.exit_code == 3
    assert said in r.stderr, r.stderr
    assert f"{path}:6" in r.stderr  # file:line (delta's projects are on lines 59-66)
    it = ctl("--lang", "it", "validate", str(path))
    assert it.exit_code == 3 and "is not" not in it.stderr and "already" not in it.stderr


# -- ctl reconcile: proposals ----------------------------------------------------------------------


def projects(out: dict) -> list[tuple]:
    return [
        (p["org"], p["value"]["id"], p["value"]["acronym"], p["value"].get("programme"), p["row"], p["how"])
        for p in out["proposals"]
        if p["field"] == "eu_projects"
    ]


def run_json(ctl, csv: Path, data: Path = TEST_SET) -> dict:
    r = ctl("reconcile", str(csv), "--data", str(data), "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_cordis_proposes_each_project_an_organisation_does_not_list(ctl):
    out = run_json(ctl, REG / "organization.csv")
    assert projects(out) == [
        ("beta-srl", "101000001", "ALPHAPROJ", None, 5, "identifier"),  # two rows of one organisation
        ("beta-srl", "101000002", "BETAPROJ", None, 6, "identifier"),
        ("uni-alpha", "101000001", "ALPHAPROJ", None, 7, "name_city"),
        ("gamma", "101000003", "GAMMAPROJ", None, 8, "name"),
    ]
    sources = {s["id"]: s for s in out["sources"]}
    beta = [p for p in out["proposals"] if p["org"] == "beta-srl" and p["field"] == "eu_projects"]
    cited = {p["value"]["id"]: sources[p["source"]] for p in beta}
    assert cited["101000001"]["locator"] == "organization.csv, row 5"
    assert cited["101000002"]["locator"] == "organization.csv, row 6"  # its own row, its own source
    assert "BETAPROJ (101000002)" in cited["101000002"]["title"]


def test_several_rows_of_one_organisation_make_one_entry_in_the_fragment(ctl):
    import yaml

    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(TEST_SET))
    fragment = yaml.safe_load(r.stdout)
    beta = [o for o in fragment["organisations"] if o["id"] == "beta-srl"]
    assert len(beta) == 1
    assert [(p["id"], p["acronym"], p["source"]) for p in beta[0]["eu_projects"]] == [
        ("101000001", "ALPHAPROJ", "cordis-999999901"),
        ("101000002", "BETAPROJ", "cordis-999999901-2"),
    ]
    assert {"cordis-999999901", "cordis-999999901-2"} <= {s["id"] for s in fragment["sources"]}


def test_a_listed_project_is_not_proposed_again_and_another_acronym_is_a_conflict(ctl, tmp_path):
    data = tmp_path / "d.yaml"
    listed = "  eu_projects:\n  - id: '101000001'\n    acronym: ALPHA-OLD\n    source: src-a\n"
    data.write_text(with_projects(TEST_SET.read_text(encoding="utf-8"), "beta-srl", listed), encoding="utf-8")
    out = run_json(ctl, REG / "organization.csv", data)
    assert [p[:3] for p in projects(out) if p[0] == "beta-srl"] == [("beta-srl", "101000002", "BETAPROJ")]
    assert ("beta-srl", "eu_projects", "ALPHA-OLD (101000001)", "ALPHAPROJ (101000001)") in {
        (c["org"], c["field"], c["dataset"], c["file"]) for c in out["conflicts"]
    }


def test_the_programme_is_taken_only_when_the_file_or_its_name_says_it(ctl, tmp_path):
    row = cordis_row("101000005", "NEWPROJ", "999999901", "BETA SRL")
    assert projects(run_json(ctl, cordis(tmp_path, row)))[0][3] is None  # organization.csv says none
    named = cordis(tmp_path, row, name="cordis-h2020projects-organization.csv")
    assert projects(run_json(ctl, named))[0][3] == "H2020"
    horizon = cordis(tmp_path, row, name="HORIZON-organization.csv")
    assert projects(run_json(ctl, horizon))[0][3] == "HORIZON"


def test_a_row_without_a_well_formed_project_proposes_no_project(ctl, tmp_path):
    rows = [cordis_row("ABC", "NOPE", "999999901", "BETA SRL"), cordis_row("101000006", "", "999999901", "BETA SRL")]
    assert projects(run_json(ctl, cordis(tmp_path, *rows))) == []


# -- ctl reconcile --write -------------------------------------------------------------------------


@pytest.fixture
def dataset(tmp_path) -> Path:
    copy = tmp_path / "clusters.yaml"
    shutil.copyfile(TEST_SET, copy)
    return copy


def write(ctl, csv: Path, data: Path, *extra: str):
    r = ctl("reconcile", str(csv), "--data", str(data), "--write", *extra)
    assert r.exit_code == 0, r.stderr
    assert ctl("validate", str(data)).exit_code == 0
    return r


def inserted(before: str, after: str) -> list[str]:
    """The lines of `after` that are not in `before`, checking that `before`'s lines all stay, in order."""
    old, new = before.split("\n"), after.split("\n")
    out, i = [], 0
    for line in new:
        if i < len(old) and line == old[i]:
            i += 1
        else:
            out.append(line)
    assert i == len(old), "a line of the file was changed or lost"
    return out


def test_write_creates_the_key_when_the_organisation_has_none(ctl, dataset):
    before = dataset.read_text(encoding="utf-8")
    write(ctl, REG / "organization.csv", dataset)
    new = inserted(before, dataset.read_text(encoding="utf-8"))
    assert new.count("  eu_projects:") == 2  # beta-srl and uni-alpha (gamma: name only, skipped)
    assert "  - id: '101000002'" in new and "    acronym: BETAPROJ" in new and "    source: cordis-999999901-2" in new
    again = dataset.read_bytes()
    r = write(ctl, REG / "organization.csv", dataset)  # nothing new: byte-identical
    assert "No change to write" in r.stderr and dataset.read_bytes() == again


def test_write_appends_to_a_block_list_and_inserts_only_new_lines(ctl, dataset, tmp_path):
    listed = (
        "  eu_projects:\n  - id: '101000001'\n    acronym: ALPHAPROJ\n    source: src-a\n"
        "  # a comment after the list stays where it is\n"
    )
    dataset.write_text(with_projects(dataset.read_text(encoding="utf-8"), "beta-srl", listed), encoding="utf-8")
    before = dataset.read_text(encoding="utf-8")
    write(ctl, REG / "organization.csv", dataset)
    after = dataset.read_text(encoding="utf-8")
    new = inserted(before, after)
    assert new.count("  eu_projects:") == 1  # uni-alpha's new key only: beta's list is appended to
    lines = after.split("\n")
    at = lines.index("    source: src-a", lines.index("  - id: '101000001'"))
    assert lines[at + 1 : at + 4] == ["  - id: '101000002'", "    acronym: BETAPROJ", "    source: cordis-999999901-2"]
    assert lines[at + 4] == "  # a comment after the list stays where it is"
    import yaml

    beta = next(o for o in yaml.safe_load(after)["organisations"] if o["id"] == "beta-srl")
    assert [p["id"] for p in beta["eu_projects"]] == ["101000001", "101000002"]


def test_write_appends_inside_a_flow_list(ctl, dataset):
    listed = "  eu_projects: [{id: '101000001', acronym: \"A]B\", source: src-a}]  # flow, a bracket in quotes\n"
    dataset.write_text(with_projects(dataset.read_text(encoding="utf-8"), "beta-srl", listed), encoding="utf-8")
    before = dataset.read_text(encoding="utf-8")
    write(ctl, REG / "organization.csv", dataset)
    after = dataset.read_text(encoding="utf-8")
    line = next(x for x in after.split("\n") if x.startswith("  eu_projects: [{id: '101000001'"))
    assert line == (
        "  eu_projects: [{id: '101000001', acronym: \"A]B\", source: src-a}, {id: '101000002', acronym: BETAPROJ,"
        " source: cordis-999999901-2}]  # flow, a bracket in quotes"
    )
    # that line changed in place; every other line of the file stays, the new ones are inserted
    old = next(x for x in before.split("\n") if x.startswith("  eu_projects: ["))
    assert set(inserted(before, after.replace(line, old))).isdisjoint(before.split("\n"))


def test_write_into_a_one_line_flow_organisation(ctl, tmp_path):
    text = TEST_SET.read_text(encoding="utf-8").replace(
        "- id: beta-srl\n  name: Beta Srl\n  type: sme\n  type_source: src-b\n  vat:\n    value: '12345670124'\n"
        "    source: src-b\n",
        "- {id: beta-srl, name: Beta Srl, type: sme, type_source: src-b, vat: {value: '12345670124', source: src-b},"
        " eu_projects: [{id: '101000009', acronym: OLD, source: src-a}]}\n",
    )
    data = tmp_path / "flow.yaml"
    data.write_text(text, encoding="utf-8")
    write(ctl, REG / "organization.csv", data)
    line = next(x for x in data.read_text(encoding="utf-8").split("\n") if x.startswith("- {id: beta-srl"))
    assert (
        "eu_projects: [{id: '101000009', acronym: OLD, source: src-a}, {id: '101000001', acronym: ALPHAPROJ, source:"
        " cordis-999999901}, {id: '101000002', acronym: BETAPROJ, source: cordis-999999901-2}], pic: {value:"
        " '999999901'" in line
    )


def test_write_creates_the_key_in_a_flow_style_dataset(ctl, tmp_path, mini):
    copy = tmp_path / "mini.yaml"
    shutil.copyfile(mini, copy)
    write(ctl, REG / "organization.csv", copy, "--accept", "name")
    assert "eu_projects: [{id: '101000001', acronym: ALPHAPROJ, source: cordis-999999901}" in copy.read_text("utf-8")


def test_a_written_project_that_would_not_validate_writes_nothing(tmp_path):
    from ctl_cli.reconcile.write import WouldBeInvalid, apply

    copy = tmp_path / "d.yaml"
    shutil.copyfile(TEST_SET, copy)
    bad = {"beta-srl": {"eu_projects": [{"id": "101000001", "acronym": "A", "source": "no-such-source"}]}}
    with pytest.raises(WouldBeInvalid):
        apply(copy, bad, [])
    assert copy.read_bytes() == TEST_SET.read_bytes()


NEW = [{"id": "2", "acronym": "X", "source": "s"}]


@pytest.mark.parametrize(
    "before,after",
    [
        (
            "- {id: b, name: B, eu_projects: []}\n",
            "- {id: b, name: B, eu_projects: [{id: '2', acronym: X, source: s}]}\n",
        ),
        (
            "- id: b\n  eu_projects: []\n  name: B\n",
            "- id: b\n  eu_projects: [{id: '2', acronym: X, source: s}]\n  name: B\n",
        ),
        (
            "- id: b\n  eu_projects:\n  name: B\n",
            "- id: b\n  eu_projects: [{id: '2', acronym: X, source: s}]\n  name: B\n",
        ),
        (  # a list indented under its key, then a blank line and a comment before the next organisation
            "- id: b\n  eu_projects:\n    - id: '1'\n      acronym: Y\n      source: s\n\n# next\n- id: c\n",
            "- id: b\n  eu_projects:\n    - id: '1'\n      acronym: Y\n      source: s\n"
            "    - id: '2'\n      acronym: X\n      source: s\n\n# next\n- id: c\n",
        ),
    ],
)
def test_insert_appends_to_an_empty_null_or_indented_list(before, after):
    from ctl_cli.reconcile.write import insert

    text = "organisations:\n{}sources:\n- id: s\n"
    assert insert(text.format(before), {"b": {"eu_projects": NEW}}, []) == text.format(after)
