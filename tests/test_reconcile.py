"""ctl reconcile FILE: formats detected from content, matching (identifier, name and municipality, name),
sourced proposals, conflicts never applied, --write keeping every other byte, streaming readers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ctl_cli.reconcile.formats import detect, read

DATA = Path(__file__).parent / "data"
REG = DATA / "registries"
TEST_SET = DATA / "reconcile.yaml"
CORDIS_PAGE = "https://data.europa.eu/data/datasets/cordis-eu-research-projects-under-horizon-europe-2021-2027"


@pytest.fixture
def dataset(tmp_path) -> Path:
    """A copy of tests/data/reconcile.yaml that --write may change."""
    copy = tmp_path / "clusters.yaml"
    shutil.copyfile(TEST_SET, copy)
    return copy


def proposals(ctl, name: str, *extra: str) -> dict:
    r = ctl("reconcile", str(REG / name), "--data", str(TEST_SET), "--format", "json", *extra)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def triples(out: dict) -> set[tuple]:
    """(org, field, value, how) of the proposals other than EU projects (test_eu_projects.py has those)."""
    return {(p["org"], p["field"], p["value"], p["how"]) for p in out["proposals"] if p["field"] != "eu_projects"}


@pytest.mark.parametrize(
    "name,fmt",
    [("organization.csv", "cordis"), ("ror.json", "ror_json"), ("ror.csv", "ror_csv"), ("startups.xlsx", "startups")],
)
def test_the_format_is_told_by_the_content(tmp_path, name, fmt):
    renamed = tmp_path / "download.dat"  # the name says nothing
    shutil.copyfile(REG / name, renamed)
    assert detect(renamed) == fmt


def test_a_file_in_no_known_format_is_a_usage_error_naming_the_formats(ctl, tmp_path):
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    said = {"en": "Expected: CORDIS organization.csv", "it": "Formati attesi: organization.csv di CORDIS"}
    for lang, words in said.items():
        r = ctl("--lang", lang, "reconcile", str(other), "--data", str(TEST_SET))
        assert r.exit_code == 2 and words in r.stderr and "Traceback" not in r.stderr


def test_prose_that_names_the_register_s_columns_is_not_the_register(ctl):
    r = ctl("reconcile", str(Path(__file__).parents[1] / "README.md"), "--data", str(TEST_SET))
    assert r.exit_code == 2 and "not a format" in r.stderr


def test_the_older_bar_separated_start_up_list_is_read(ctl, tmp_path):
    old = tmp_path / "startup.csv"
    old.write_text(
        "Elenco\n\ndenominazione|nat.giuridica|codice fiscale|pv|comune|data iscrizione alla sezione delle startup\n"
        "GAMMA START S.R.L.|SR|23456780032|NO|NOVARA|15/03/2024\n",
        encoding="utf-8",
    )
    r = ctl("reconcile", str(old), "--data", str(TEST_SET), "--format", "json", "--date", "2026-11-01")
    out = json.loads(r.stdout)
    assert triples(out) == {("gamma", "type", "startup", "name_city")}
    assert "2024-03-15" in out["sources"][0]["supports"]["en"] and out["sources"][0]["locator"] == "startup.csv, row 4"


def test_an_older_start_up_list_in_latin_1_keeps_its_accents(ctl, tmp_path):
    old = tmp_path / "startup.csv"  # the 2017-2020 lists were written in Latin-1 (Windows-1252)
    old.write_bytes(
        "denominazione|codice fiscale|pv|comune|data iscrizione alla sezione delle startup\n"
        "GAMMA START S.R.L.|23456780032|NO|NOVARA|15/03/2024\n"
        "ALTRA S.R.L.|12345670124|CO|CANTÙ|01/02/2024\n".encode("cp1252")
    )
    from ctl_cli.reconcile.startups import rows

    found = {r.name: r for r in rows(old)}
    assert found["ALTRA S.R.L."].city == "Cantù" and found["GAMMA START S.R.L."].startup_since == "2024-03-15"
    r = ctl("reconcile", str(old), "--data", str(TEST_SET), "--format", "json", "--date", "2026-11-01")
    assert r.exit_code == 0 and triples(json.loads(r.stdout)) == {("gamma", "type", "startup", "name_city")}


def test_a_start_up_in_liquidation_is_not_proposed(ctl, tmp_path):
    listed = tmp_path / "startup.csv"
    listed.write_text(
        "denominazione|codice fiscale|pv|comune|data iscrizione alla sezione delle startup|stato\n"
        "GAMMA START S.R.L.|23456780032|NO|NOVARA|15/03/2024|in liquidazione\n",
        encoding="utf-8",
    )
    r = ctl("reconcile", str(listed), "--data", str(TEST_SET), "--format", "json", "--date", "2026-11-01")
    assert r.exit_code == 0 and triples(json.loads(r.stdout)) == set()
    listed.write_text(listed.read_text(encoding="utf-8").replace("in liquidazione", "attiva"), encoding="utf-8")
    r = ctl("reconcile", str(listed), "--data", str(TEST_SET), "--format", "json", "--date", "2026-11-01")
    assert triples(json.loads(r.stdout)) == {("gamma", "type", "startup", "name_city")}


def test_the_list_of_incubators_is_not_read_as_start_ups(ctl, tmp_path):
    incubators = tmp_path / "incubatori.csv"  # the same layout, with the incubators' section date
    incubators.write_text(
        "denominazione|codice fiscale|pv|comune|data iscrizione alla sezione degli incubatori\n"
        "GAMMA START S.R.L.|23456780032|NO|NOVARA|15/03/2024\n",
        encoding="utf-8",
    )
    r = ctl("reconcile", str(incubators), "--data", str(TEST_SET))
    assert r.exit_code == 2 and "not a format" in r.stderr, r.stderr


@pytest.mark.parametrize("name", ["a\x00b", "x" * 5000, "-", ""])
def test_odd_file_names_are_usage_errors(ctl, name):
    r = ctl("reconcile", name, "--data", str(TEST_SET))
    assert r.exit_code == 2 and len(r.stderr) < 1000


def test_a_missing_file_is_a_usage_error(ctl, tmp_path):
    r = ctl("reconcile", str(tmp_path / "nosuch.csv"))
    assert r.exit_code == 2 and "no such file" in r.stderr and "CORDIS" in r.stderr


def test_cordis_matches_by_identifier_then_name_and_city_then_name(ctl):
    out = proposals(ctl, "organization.csv")
    assert triples(out) == {
        ("beta-srl", "pic", "999999901", "identifier"),  # by its VAT number
        ("beta-srl", "city", "Varese", "identifier"),
        ("beta-srl", "province", "VA", "identifier"),
        ("uni-alpha", "pic", "999999902", "name_city"),  # 'UNIVERSITA ALPHA' in Milano
        ("gamma", "pic", "999999903", "name"),  # 'Gamma Start S.r.l.', elsewhere
    }
    assert out["matched"] == {"identifier": 2, "name_city": 1, "name": 1} and out["rows"] == 5
    # the dataset's Novara is kept: the file's Torino is a conflict, never a change
    assert {(c["org"], c["field"], c["dataset"], c["file"]) for c in out["conflicts"]} == {
        ("gamma", "city", "Novara", "Torino"),
        ("gamma", "province", "NO", "TO"),
    }


def test_every_change_carries_its_evidence(ctl):
    out = proposals(ctl, "organization.csv")
    sources = {s["id"]: s for s in out["sources"]}
    assert {p["source"] for p in out["proposals"]} == set(sources)
    beta = sources[next(p["source"] for p in out["proposals"] if p["org"] == "beta-srl")]
    assert beta["url"] == CORDIS_PAGE and beta["date"] == "2025-06-12"
    assert beta["locator"] == "organization.csv, row 5"  # three comment lines, the header, then the row
    assert "101000001" in beta["title"]


@pytest.mark.parametrize("name", ["ror.json", "ror.csv"])
def test_ror_gives_ror_and_wikidata_ids_citing_the_record(ctl, name):
    out = proposals(ctl, name)
    assert triples(out) == {
        ("uni-alpha", "ror", "0abcde712", "name"),  # its Italian label; ROR says Milan, the dataset Milano
        ("uni-alpha", "wikidata", "Q99999901", "name"),
        ("delta", "ror", "0fghjk834", "name_city"),
        ("delta", "wikidata", "Q99999902", "name_city"),
    }
    assert out["sources"][0]["locator"] == f"{name}, {'record 1' if name.endswith('json') else 'row 5'}"
    urls = {s["url"]: s["date"] for s in out["sources"]}
    assert urls == {"https://ror.org/0abcde712": "2025-01-22", "https://ror.org/0fghjk834": "2024-12-11"}


def test_the_start_up_register_gives_the_status_and_its_date_only(ctl):
    out = proposals(ctl, "startups.xlsx", "--date", "2026-11-01")
    assert triples(out) == {("gamma", "type", "startup", "name_city")}  # not its codice fiscale, not its place
    (source,) = out["sources"]
    assert source["date"] == "2026-11-01" and source["locator"] == "startups.xlsx, row 4"
    assert "2024-03-15" in source["supports"]["it"] and "2024-03-15" in source["supports"]["en"]
    # Beta is an SME in the dataset: the register's start-up is a conflict
    assert [(c["org"], c["field"], c["dataset"]) for c in out["conflicts"]] == [("beta-srl", "type", "sme")]


def test_the_patch_is_a_yaml_fragment_in_the_readers_language(ctl):
    import yaml

    heads = {"en": "matched by identifier (vat), row 5", "it": "trovata per identificativo (vat), riga 5"}
    for lang, said in heads.items():
        r = ctl("--lang", lang, "reconcile", str(REG / "organization.csv"), "--data", str(TEST_SET))
        assert r.exit_code == 0 and said in r.stdout
        fragment = yaml.safe_load(r.stdout)
        assert [o["id"] for o in fragment["organisations"]] == ["beta-srl", "uni-alpha", "gamma"]
        assert {"locator", "url", "publisher", "date", "title"} <= set(fragment["sources"][0])
    assert "righe lette" in r.stderr and "conflitti" in r.stderr  # the summary, in Italian


def test_write_inserts_lines_and_keeps_every_other_byte(ctl, dataset):
    before = dataset.read_text(encoding="utf-8").split("\n")
    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(dataset), "--write")
    assert r.exit_code == 0, r.stderr
    after = dataset.read_text(encoding="utf-8").split("\n")
    it = iter(after)
    assert all(line in it for line in before)  # the old lines, comments too, in their order
    assert "# the university: known by name and city only" in after
    assert ctl("validate", str(dataset)).exit_code == 0
    assert "  pic:" in after and "  city: Varese" in after
    assert "999999903" not in "\n".join(after)  # Gamma was matched by name only: skipped
    assert "--accept name" in r.stderr


def test_accept_name_writes_the_name_only_matches(ctl, dataset):
    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(dataset), "--write", "--accept", "name")
    assert r.exit_code == 0, r.stderr
    assert "999999903" in dataset.read_text(encoding="utf-8")
    assert ctl("validate", str(dataset)).exit_code == 0


def test_write_replaces_the_placeholder_type_with_the_sourced_start_up(ctl, dataset):
    r = ctl("reconcile", str(REG / "startups.xlsx"), "--data", str(dataset), "--write", "--date", "2026-11-01")
    assert r.exit_code == 0, r.stderr
    text = dataset.read_text(encoding="utf-8")
    assert "  type: startup\n" in text and "type_source: registro-startup-23456780032" in text
    assert ctl("validate", str(dataset)).exit_code == 0


def test_an_empty_patch_leaves_the_file_byte_identical(ctl, dataset):
    assert ctl("reconcile", str(REG / "ror.json"), "--data", str(dataset), "--write", "--accept", "name").exit_code == 0
    written = dataset.read_bytes()
    r = ctl("reconcile", str(REG / "ror.json"), "--data", str(dataset), "--write", "--accept", "name")
    assert r.exit_code == 0 and "Nothing to propose" in r.stderr
    assert dataset.read_bytes() == written


def test_write_into_a_flow_style_dataset(ctl, tmp_path, mini):
    copy = tmp_path / "mini.yaml"
    shutil.copyfile(mini, copy)
    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(copy), "--write", "--accept", "name")
    assert r.exit_code == 0, r.stderr
    assert ctl("validate", str(copy)).exit_code == 0
    assert "pic: {value: '999999901'" in copy.read_text(encoding="utf-8")


def test_an_installed_ctls_own_dataset_is_never_written(ctl, tmp_path, monkeypatch):
    installed = tmp_path / "site-packages" / "ctl_cli" / "data" / "clusters.yaml"
    installed.parent.mkdir(parents=True)
    shutil.copyfile(TEST_SET, installed)
    monkeypatch.setattr("ctl_cli.dataset.locate.bundled_path", lambda: installed)
    r = ctl("reconcile", str(REG / "organization.csv"), "--write")
    assert r.exit_code == 2 and "--data" in r.stderr
    assert installed.read_bytes() == TEST_SET.read_bytes()


def test_a_result_that_would_not_validate_is_not_written(tmp_path):
    from ctl_cli.reconcile.write import WouldBeInvalid, apply

    copy = tmp_path / "d.yaml"
    shutil.copyfile(TEST_SET, copy)
    with pytest.raises(WouldBeInvalid):
        apply(copy, {"gamma": {"pic": {"value": "999999903", "source": "no-such-source"}}}, [])
    assert copy.read_bytes() == TEST_SET.read_bytes()


def test_one_record_of_ror_records_is_read(ctl, tmp_path):
    one = tmp_path / "0fghjk834.json"
    one.write_text(json.dumps(json.loads((REG / "ror.json").read_text(encoding="utf-8"))[1]), encoding="utf-8")
    r = ctl("reconcile", str(one), "--data", str(TEST_SET), "--format", "json")
    assert triples(json.loads(r.stdout)) == {
        ("delta", "ror", "0fghjk834", "name_city"),
        ("delta", "wikidata", "Q99999902", "name_city"),
    }


def test_a_record_of_ror_s_schema_v1_is_read(ctl, tmp_path):
    """Older releases of ror-community/ror-records hold records in schema v1 (name, labels, addresses)."""
    v1 = {
        "id": "https://ror.org/0fghjk834",
        "name": "Delta Research",
        "labels": [{"label": "Delta Ricerche", "iso639": "it"}],
        "aliases": [],
        "acronyms": ["DR"],
        "addresses": [{"city": "Pavia"}],
        "country": {"country_name": "Italy", "country_code": "IT"},
        "external_ids": {"Wikidata": {"preferred": None, "all": ["Q99999902"]}},
        "status": "active",
    }
    one = tmp_path / "v1.json"
    one.write_text(json.dumps([v1]), encoding="utf-8")
    out = json.loads(ctl("reconcile", str(one), "--data", str(TEST_SET), "-f", "json", "--date", "2026-06-23").stdout)
    assert triples(out) == {("delta", "ror", "0fghjk834", "name_city"), ("delta", "wikidata", "Q99999902", "name_city")}
    assert out["sources"][0]["date"] == "2026-06-23"  # v1 records have no date: the file's


def test_a_withdrawn_ror_record_proposes_nothing(ctl, tmp_path):
    records = json.loads((REG / "ror.json").read_text(encoding="utf-8"))
    records[1]["status"] = "withdrawn"
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(records), encoding="utf-8")
    out = json.loads(ctl("reconcile", str(dump), "--data", str(TEST_SET), "-f", "json").stdout)
    assert {p["org"] for p in out["proposals"]} == {"uni-alpha"}


def test_a_bad_date_is_a_usage_error(ctl):
    r = ctl("reconcile", str(REG / "startups.xlsx"), "--data", str(TEST_SET), "--date", "yesterday")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def test_a_broken_file_is_a_usage_error_not_a_traceback(ctl, tmp_path):
    broken = tmp_path / "ror.json"
    broken.write_text((REG / "ror.json").read_text(encoding="utf-8")[:900], encoding="utf-8")
    r = ctl("reconcile", str(broken), "--data", str(TEST_SET))
    assert r.exit_code == 2 and "the file ends before its JSON does" in r.stderr


def _big_cordis(path: Path, rows: int) -> Path:
    head = (REG / "organization.csv").read_text(encoding="utf-8").split("\n")
    header, row = head[3], head[7]  # Gamma's row
    with path.open("w", encoding="utf-8") as f:
        f.write(header + "\n")
        for n in range(rows):
            f.write(row.replace("999999903", f"{100000000 + n}") + "\n")
    return path


def test_csv_is_read_row_by_row(tmp_path):
    path = _big_cordis(tmp_path / "organization.csv", 20_000)
    from ctl_cli.reconcile.rows import Counting

    seen = []
    rows = read(path, "cordis", tick=seen.append)
    assert next(rows).ids["pic"] == "100000000"
    (stream,) = [v for v in rows.gi_frame.f_locals.values() if isinstance(v, Counting)]
    size = path.stat().st_size
    assert size > 2_000_000 and stream.done < size / 20  # after the first row, only the first buffers are read
    assert sum(1 for _ in rows) == 19_999 and seen  # the progress callback was called on the way


def test_ror_json_is_read_one_record_at_a_time(tmp_path):
    from ctl_cli.reconcile.rows import Counting

    record = json.loads((REG / "ror.json").read_text(encoding="utf-8"))[1]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([record] * 5000), encoding="utf-8")
    done = []
    rows = read(path, "ror_json", tick=done.append)
    next(rows)
    counted = [v for v in rows.gi_frame.f_locals.values() if isinstance(v, Counting)]
    assert counted and counted[0].done < path.stat().st_size / 4  # the rest is still unread


def test_reconcile_does_not_slow_the_everyday_commands():
    """ruamel.yaml, openpyxl and ijson are imported only inside reconcile: `ctl list` loads none of them."""
    code = (
        "import sys\nsys.argv = ['ctl', 'list']\nfrom ctl_cli.__main__ import main\nmain()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'ruamel', 'openpyxl', 'ijson', 'ctl_cli.reconcile'}),"
        " 'ctl_cli.reconcile' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip().endswith("[] False"), done.stderr


def test_other_that_a_source_gave_is_kept_and_the_start_up_list_is_a_conflict(ctl, tmp_path):
    """'other' with a type_source is what a source says (MoxOff: its start-up status had lapsed), not the
    type of an organisation no source typed: the register's 'startup' is a conflict, never written over it."""
    data = tmp_path / "d.yaml"
    data.write_text(
        TEST_SET.read_text(encoding="utf-8").replace(
            "- id: gamma\n  name: Gamma Start\n  type: other\n",
            "- id: gamma\n  name: Gamma Start\n  type: other\n  type_source: src-b\n",
        ),
        encoding="utf-8",
    )
    before = data.read_bytes()
    out = json.loads(ctl("reconcile", str(REG / "startups.xlsx"), "--data", str(data), "--format", "json",
                         "--date", "2026-11-01").stdout)  # fmt: skip
    assert triples(out) == set()
    assert ("gamma", "type", "other") in [(c["org"], c["field"], c["dataset"]) for c in out["conflicts"]]
    r = ctl("reconcile", str(REG / "startups.xlsx"), "--data", str(data), "--write", "--date", "2026-11-01")
    assert r.exit_code == 0 and data.read_bytes() == before


def test_sources_dated_by_the_file_s_modification_say_so_unless_date_is_given(ctl, tmp_path):
    import os
    import shutil

    copy = tmp_path / "startups.xlsx"  # the list's rows carry no date of their own (CORDIS's rows do)
    shutil.copy(REG / "startups.xlsx", copy)
    os.utime(copy, (1262304000, 1262304000))  # 2010-01-01
    r = ctl("reconcile", str(copy), "--data", str(TEST_SET))
    assert r.exit_code == 0 and "2010-01-01" in r.stdout
    assert "when startups.xlsx was last modified" in r.stderr and "--date" in r.stderr
    r = ctl("reconcile", str(copy), "--data", str(TEST_SET), "--date", "2026-11-01")
    assert "last modified" not in r.stderr
