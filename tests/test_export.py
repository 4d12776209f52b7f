"""ctl export: YAML round trip, JSON, CSV tables, SQLite with keys."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from .expected import NINE


def test_yaml_export_is_a_dataset_that_round_trips(ctl, tmp_path):
    first = tmp_path / "a.yaml"
    r = ctl("export", "-o", str(first))
    assert r.exit_code == 0, r.stderr
    assert "Wrote" in r.stderr and r.stdout == ""
    r = ctl("validate", str(first))
    assert r.exit_code == 0 and "valid" in r.stdout
    # the exported file, used as the dataset, answers like the bundled one...
    for args in (["list", "--all"], ["show", "agrifood"], ["search", "--type", "university"], ["national"]):
        bundled = ctl(*args, "--format", "json").stdout
        assert ctl("--data", str(first), *args, "--format", "json").stdout == bundled
    # ...and exporting it again gives the same bytes
    second = tmp_path / "b.yaml"
    assert ctl("--data", str(first), "export", "-o", str(second)).exit_code == 0
    assert second.read_bytes() == first.read_bytes()


def test_yaml_export_of_awkward_values_round_trips(ctl, tmp_path, mini):
    text = Path(mini).read_text(encoding="utf-8")
    text = text.replace("title: Test dataset", "title: \"NO \\e[31m \\u202e yes: #1 'q' @x\"")
    text = text.replace('version: "test-1"', 'version: "0100"')
    src = tmp_path / "odd.yaml"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert ctl("--data", str(src), "export", "-o", str(out)).exit_code == 0
    exported = out.read_text(encoding="utf-8")
    assert "\x1b" not in exported and "\u202e" not in exported
    a = json.loads(ctl("--data", str(src), "export", "--format", "json").stdout)
    b = json.loads(ctl("--data", str(out), "export", "--format", "json").stdout)
    assert a == b
    assert b["dataset"]["title"] == "NO \x1b[31m \u202e yes: #1 'q' @x"
    assert b["dataset"]["version"] == "0100"


def test_json_export_to_stdout_is_the_whole_dataset(ctl):
    r = ctl("export", "--format", "json")
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert set(doc) >= {"dataset", "clusters", "organisations", "sources", "member_types", "national_clusters"}
    assert NINE <= {c["id"] for c in doc["clusters"]}
    listed = json.loads(ctl("list", "--all", "--format", "json").stdout)
    assert sum(len(c.get("members", [])) for c in doc["clusters"]) == sum(c["members_listed"] for c in listed)


def test_csv_export_writes_one_file_per_table(ctl, tmp_path):
    folder = tmp_path / "csv"
    r = ctl("export", "--format", "csv", "-o", str(folder))
    assert r.exit_code == 0, r.stderr
    names = {p.stem for p in folder.glob("*.csv")}
    assert {"clusters", "organisations", "memberships", "sources"} <= names
    read = {n: list(csv.DictReader((folder / f"{n}.csv").open(encoding="utf-8"))) for n in names}
    org_ids = {o["id"] for o in read["organisations"]}
    source_ids = {s["id"] for s in read["sources"]}
    assert {c["id"] for c in read["clusters"]} >= NINE
    assert read["memberships"] and all(m["org_id"] in org_ids for m in read["memberships"])
    assert all(m["source_id"] in source_ids for m in read["memberships"])
    counts = {c["id"]: int(c["members_listed"]) for c in read["clusters"]}
    for cid, n in counts.items():
        assert n == sum(1 for m in read["memberships"] if m["cluster_id"] == cid)


def test_csv_single_table_to_stdout(ctl):
    r = ctl("export", "--format", "csv", "--table", "memberships")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert set(rows[0]) == {"cluster_id", "org_id", "basis", "source_id", "note_it", "note_en", "as_of"}


def test_sqlite_export_has_keys_and_joins(ctl, tmp_path):
    db = tmp_path / "ctl.db"
    r = ctl("export", "--format", "sqlite", "-o", str(db))
    assert r.exit_code == 0, r.stderr
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"clusters", "organisations", "memberships", "sources", "national_clusters", "people"} <= tables
    listed = {c["id"]: c["members_listed"] for c in json.loads(ctl("list", "--all", "--format", "json").stdout)}
    joined = dict(
        con.execute(
            "SELECT c.id, count(o.id) FROM clusters c JOIN memberships m ON m.cluster_id = c.id "
            "JOIN organisations o ON o.id = m.org_id GROUP BY c.id"
        ).fetchall()
    )
    assert joined == {k: v for k, v in listed.items() if v}
    pk = [row[1] for row in con.execute("PRAGMA table_info(memberships)") if row[5]]
    assert pk == ["cluster_id", "org_id"]
    fks = {(row[3], row[2]) for row in con.execute("PRAGMA foreign_key_list(memberships)")}
    assert fks == {("cluster_id", "clusters"), ("org_id", "organisations"), ("source_id", "sources")}
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO memberships VALUES ('agrifood', 'no-such-org', 'event', 'unimi', NULL, NULL, NULL)")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "sqlite"], "binary file"),
        (["--format", "csv"], "one file per table"),
        (["--format", "json", "--table", "clusters"], "--table works with --format csv only"),
        (["--format", "csv", "--table", "nosuch"], "Valid values: dataset, sources"),
        (["--format", "xml"], "xml"),
    ],
)
def test_export_usage_errors_exit_2(ctl, args, message):
    r = ctl("export", *args)
    assert r.exit_code == 2
    assert message in r.stderr
    assert r.stdout == ""


def test_export_never_overwrites_without_force(ctl, tmp_path):
    target = tmp_path / "keep.yaml"
    target.write_text("precious", encoding="utf-8")
    r = ctl("export", "-o", str(target))
    assert r.exit_code == 2 and "already exists" in r.stderr
    assert target.read_text(encoding="utf-8") == "precious"
    assert ctl("export", "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# A ctl dataset")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.yaml"]  # no temporary file left behind


def test_export_into_a_missing_folder_is_a_clear_error(ctl, tmp_path):
    r = ctl("export", "-o", str(tmp_path / "no" / "such" / "x.yaml"))
    assert r.exit_code == 2
    assert "cannot write" in r.stderr and "Traceback" not in r.stderr


def test_a_table_name_is_taken_in_any_case_and_a_near_miss_is_suggested(ctl):
    r = ctl("export", "--format", "csv", "--table", "Memberships")
    assert r.exit_code == 0 and r.stdout.count("\n") > 100
    assert r.stdout == ctl("export", "--format", "csv", "--table", "memberships").stdout
    r = ctl("export", "--format", "csv", "--table", "organisation")
    assert r.exit_code == 2 and "Did you mean: organisations?" in r.stderr


@pytest.mark.parametrize("lang, word", [("en", "Tables"), ("it", "Tabelle")])
def test_the_help_and_the_readme_name_every_exported_table(ctl, lang, word):
    import re

    from ctl_cli.cache import load
    from ctl_cli.export.tables import tables

    names = [t.name for t in tables(load())]
    assert len(names) >= 16
    help_text = " ".join(ctl("export", "--help", "--lang", lang).stdout.split())
    listed = re.search(rf"{word}: ([a-z_, ]+)\.", help_text)
    assert listed, help_text
    assert listed.group(1).split(", ") == names  # all of them, in the order they are written
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    exported = readme[readme.index("`ctl export --format csv` writes the tables") :]
    exported = exported[: exported.index("the SQLite export has the same tables")]
    assert [n for n in names if f"`{n}`" not in exported] == []


def test_a_table_name_typed_short_suggests_the_table_it_begins(ctl, tmp_path):
    r = ctl("export", "--format", "csv", "--table", "members", "-o", str(tmp_path / "x"))
    assert r.exit_code == 2 and "Did you mean: memberships?" in r.stderr  # not member_types, as alike


def test_one_table_to_a_path_ending_in_csv_is_that_file_and_every_table_to_one_is_refused(ctl, tmp_path):
    one = tmp_path / "clusters-2026.csv"
    r = ctl("export", "--format", "csv", "--table", "clusters", "-o", str(one))
    assert r.exit_code == 0 and one.is_file() and f"Wrote {one}" in r.stderr
    rows = list(csv.DictReader(one.open(encoding="utf-8")))
    assert NINE <= {row["id"] for row in rows}
    assert ctl("export", "--format", "csv", "--table", "clusters", "-o", str(one)).exit_code == 2  # no --force
    every = tmp_path / "all.csv"
    r = ctl("export", "--format", "csv", "-o", str(every))
    assert r.exit_code == 2 and not every.exists()
    assert "names a file" in r.stderr and f"--table clusters -o {every}" in r.stderr
    folder = tmp_path / "tables.csv"  # an existing folder is a folder, whatever its name
    folder.mkdir()
    assert ctl("export", "--format", "csv", "-o", str(folder)).exit_code == 0 and (folder / "clusters.csv").is_file()
