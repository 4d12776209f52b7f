"""ctl reconcile with the files people really have: a progress bar that is drawn (not printed as text) on a
terminal, registry files in the wrong encoding, cut off or of the wrong shape (exit 2 naming the file and
what is wrong, in both languages, never an internal error), an empty FILE, --write's count, and the YAML
fragment's comments saying 'record N' for JSON."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REG = DATA / "registries"
TEST_SET = DATA / "reconcile.yaml"
ROR_ID = "https://ror.org/0abcde712"


class Terminal(io.StringIO):
    """A stand-in for the process's own stderr on a terminal."""

    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_on_the_terminal_not_through_ctls_stderr(ctl, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "__stderr__", terminal)
    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(TEST_SET))
    assert r.exit_code == 0
    drawn = terminal.getvalue()
    size = (REG / "organization.csv").stat().st_size
    assert "\x1b[" in drawn and "organization.csv" in drawn  # rich's own escape codes, raw, on the terminal
    assert f"{size / 1000:.1f}/{size / 1000:.1f} kB" in drawn  # and it was filled at the end of the file
    assert "\\x1b" not in r.stderr and "\x1b" not in r.stderr  # nothing of the bar went through ctl's stderr


@pytest.mark.skipif(not Path("/usr/bin/script").exists(), reason="needs script(1) to give ctl a terminal")
def test_a_real_terminal_sees_no_escape_text(tmp_path):
    """Through a real terminal (script(1)): rich's escape codes are sent as codes, never as '\\x1b' text."""
    ctl = Path(sys.executable).parent / "ctl"
    env = {**os.environ, "CTL_CACHE_DIR": str(tmp_path / "c"), "LANG": "C.UTF-8", "CTL_LANG": "en", "COLUMNS": "80"}
    cmd = f"{ctl} reconcile {REG / 'organization.csv'} --data {TEST_SET}"
    r = subprocess.run(["/usr/bin/script", "-qec", cmd, "/dev/null"], capture_output=True, timeout=120, env=env)
    assert r.returncode == 0, r.stdout
    assert b"\x1b[?25l" in r.stdout and b"\\x1b" not in r.stdout and b"rows read" in r.stdout


def test_no_bar_when_the_terminal_is_not_one(ctl, monkeypatch):
    piped = io.StringIO()
    monkeypatch.setattr(sys, "__stderr__", piped)
    assert ctl("reconcile", str(REG / "organization.csv"), "--data", str(TEST_SET)).exit_code == 0
    assert piped.getvalue() == ""


def test_the_byte_counter_ticks_at_the_end_of_the_file(tmp_path):
    from ctl_cli.reconcile.formats import read

    seen: list[int] = []
    assert len(list(read(REG / "ror.json", "ror_json", tick=seen.append))) == 3
    assert seen and seen[-1] == (REG / "ror.json").stat().st_size


def latin1(tmp_path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("latin-1"))
    return path


@pytest.mark.parametrize("name", ["organization.csv", "ror.csv"])
def test_a_latin_1_csv_is_a_usage_error_saying_utf_8_and_the_line(ctl, tmp_path, name):
    text = (REG / name).read_text(encoding="utf-8").split("\n")
    line = next(i for i, x in enumerate(text) if i > 3 and "ALPHA" in x.upper())
    text[line] = text[line].replace("ALPHA", "ALPHÀ").replace("Alpha", "Alphà")
    path = latin1(tmp_path, name, "\n".join(text))
    said = {"en": f"not UTF-8 text (line {line + 1})", "it": f"non è testo UTF-8 (riga {line + 1})"}
    for lang, words in said.items():
        r = ctl("--lang", lang, "reconcile", str(path), "--data", str(TEST_SET))
        assert r.exit_code == 2, r.stderr
        assert str(path) in r.stderr and words in r.stderr and "iconv -f latin1" in r.stderr
        assert "UnicodeDecodeError" not in r.stderr and "internal" not in r.stderr


def test_a_latin_1_ror_json_is_a_usage_error_naming_the_record(ctl, tmp_path):
    records = json.loads((REG / "ror.json").read_text(encoding="utf-8").replace("Università", "Universita"))
    records[1]["names"][0]["value"] = "Delta Ricerca Università"  # the first byte that is not UTF-8
    path = latin1(tmp_path, "dump.json", json.dumps(records, ensure_ascii=False))
    for lang, words in {"en": "not UTF-8 text (in record 2)", "it": "non è testo UTF-8 (nel record 2)"}.items():
        r = ctl("--lang", lang, "reconcile", str(path), "--data", str(TEST_SET))
        assert r.exit_code == 2 and words in r.stderr and "lexical" not in r.stderr, r.stderr


@pytest.mark.parametrize(
    "record,field,kind",
    [
        ({"id": ROR_ID, "names": 5}, "names", "a list"),
        ({"id": ROR_ID, "names": "Università Alpha"}, "names", "a list"),  # a string where a list is expected
        ({"id": ROR_ID, "names": [{"value": ["x"], "types": ["label"]}]}, "names.value", "text"),
        ({"id": ROR_ID, "names": [{"value": "Alpha", "types": "label"}]}, "names.types", "a list"),
        ({"id": ROR_ID, "names": [5]}, "names", "a list of objects"),
        ({"id": ROR_ID, "locations": "Milan"}, "locations", "a list"),
        ({"id": ROR_ID, "locations": [{"geonames_details": {"name": 7}}]}, "locations.geonames_details.name", "text"),
        ({"id": ROR_ID, "external_ids": [{"type": "wikidata", "preferred": 5}]}, "external_ids.preferred", "text"),
        ({"id": ROR_ID, "external_ids": [{"type": "wikidata", "all": "Q1"}]}, "external_ids.all", "a list"),
        ({"id": ROR_ID, "admin": {"last_modified": "2025-01-01"}}, "admin.last_modified", "an object"),
        ({"id": ROR_ID, "name": "Alpha", "addresses": [{"city": 7}]}, "addresses.city", "text"),  # schema v1
        ({"id": ROR_ID, "name": "Alpha", "external_ids": []}, "external_ids", "an object"),  # v1: an object
    ],
)
def test_a_ror_record_of_the_wrong_shape_is_a_usage_error_naming_it(ctl, tmp_path, record, field, kind):
    good = json.loads((REG / "ror.json").read_text(encoding="utf-8"))[1]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([good, record]), encoding="utf-8")
    r = ctl("reconcile", str(path), "--data", str(TEST_SET))
    assert r.exit_code == 2, r.stderr
    assert f"{path}: record 2 is not shaped as a ROR record: {field} should be {kind}." in r.stderr


def test_the_wrong_shape_is_said_in_italian(ctl, tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"id": ROR_ID, "names": 5}]), encoding="utf-8")
    r = ctl("--lang", "it", "reconcile", str(path), "--data", str(TEST_SET))
    assert r.exit_code == 2
    assert "il record 1 non ha la forma di un record ROR: names dovrebbe essere una lista" in r.stderr


def test_a_record_that_is_not_an_object_is_a_usage_error(ctl, tmp_path):
    good = json.loads((REG / "ror.json").read_text(encoding="utf-8"))[1]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([good, "https://ror.org/0fghjk834"]), encoding="utf-8")
    r = ctl("reconcile", str(path), "--data", str(TEST_SET))
    assert r.exit_code == 2 and "record 2 is not shaped as a ROR record" in r.stderr


def test_json_nulls_are_absent_fields_not_errors(ctl, tmp_path):
    """ROR writes null for what it does not know (preferred, lang...): null anywhere is read as absent."""
    records = json.loads((REG / "ror.json").read_text(encoding="utf-8"))
    records[1]["names"] += [None, {"value": None, "types": None, "lang": None}]
    records[1]["external_ids"] += [None, {"type": "wikidata", "preferred": None, "all": None}]
    records[1]["locations"].append(None)
    records[1]["admin"] = {"last_modified": None, "created": None}
    records.append({"id": ROR_ID, "names": None, "locations": [None], "external_ids": None, "admin": None})
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    r = ctl("reconcile", str(path), "--data", str(TEST_SET), "-f", "json", "--date", "2026-06-23")
    assert r.exit_code == 0, r.stderr
    proposed = {(p["org"], p["field"], p["value"]) for p in json.loads(r.stdout)["proposals"]}
    assert ("delta", "ror", "0fghjk834") in proposed


def test_a_cut_off_ror_json_is_said_in_the_readers_language_without_the_parsers_text(ctl, tmp_path):
    text = (REG / "ror.json").read_text(encoding="utf-8")
    cut = tmp_path / "trunc.json"
    cut.write_text(text[: text.index('"id": "https://ror.org/0fghjk834"') + 10], encoding="utf-8")
    said = {
        "en": "the file ends before its JSON does, after 1 records read: it may be cut off",
        "it": "il file finisce prima del suo JSON, dopo 1 record letti: forse è troncato",
    }
    for lang, words in said.items():
        r = ctl("--lang", lang, "reconcile", str(cut), "--data", str(TEST_SET))
        assert r.exit_code == 2 and words in r.stderr, r.stderr
        assert "premature EOF" not in r.stderr and "^" not in r.stderr and "?" not in r.stderr


def test_json_that_is_not_json_is_said_without_the_parsers_text(ctl, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "https://ror.org/0abcde712", "names": [}]', encoding="utf-8")
    r = ctl("--lang", "it", "reconcile", str(bad), "--data", str(TEST_SET))
    assert r.exit_code == 2 and "JSON non valido dopo 0 record letti" in r.stderr
    assert "parse error" not in r.stderr and "(right here)" not in r.stderr


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_file_argument_says_file_is_empty(ctl, name):
    for lang, words in {"en": "FILE is empty", "it": "FILE è vuoto"}.items():
        r = ctl("--lang", lang, "reconcile", name, "--data", str(TEST_SET))
        assert r.exit_code == 2 and words in r.stderr and "folder" not in r.stderr and "cartella" not in r.stderr


def test_the_fragments_comments_say_record_for_json(ctl, tmp_path):
    r = ctl("reconcile", str(REG / "ror.json"), "--data", str(TEST_SET))
    assert "# delta: matched by name and municipality, record 2" in r.stdout and ", row " not in r.stdout
    r = ctl("--lang", "it", "reconcile", str(REG / "ror.json"), "--data", str(TEST_SET))
    assert "# delta: trovata per nome e comune, record 2" in r.stdout and ", riga " not in r.stdout
    records = json.loads((REG / "ror.json").read_text(encoding="utf-8"))
    records[1]["locations"][0]["geonames_details"]["name"] = "Lodi"  # the dataset says Pavia: a conflict
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    out = ctl("reconcile", str(path), "--data", str(TEST_SET)).stdout
    assert "(record 2)" in out and "(row 2)" not in out
    assert "matched by identifier (vat), row 5" in ctl("reconcile", str(REG / "organization.csv"), "--data",
                                                       str(TEST_SET)).stdout  # fmt: skip


def test_write_counts_the_changes_it_wrote(ctl, tmp_path):
    copy = tmp_path / "clusters.yaml"
    for lang, words in {"en": "Wrote 7 changes to", "it": "Scritte 7 modifiche in"}.items():
        shutil.copyfile(TEST_SET, copy)
        r = ctl("--lang", lang, "reconcile", str(REG / "organization.csv"), "--data", str(copy), "--write")
        # beta's pic, city, province and two EU projects; uni-alpha's pic and one project
        assert r.exit_code == 0 and words in r.stderr, r.stderr
    assert "2 changes matched by name only were not written" not in r.stderr  # Italian: said in Italian
    assert "2 modifiche trovate solo per nome non sono state scritte" in r.stderr, r.stderr
    shutil.copyfile(TEST_SET, copy)
    r = ctl("reconcile", str(REG / "organization.csv"), "--data", str(copy), "--write", "--accept", "name")
    assert "Wrote 9 changes to" in r.stderr and "not written" not in r.stderr


def test_the_readmes_examples_on_the_fixtures_name_their_dataset_and_propose_something(ctl, monkeypatch):
    """The fixtures are about tests/data/reconcile.yaml's organisations: against the bundled data they
    propose nothing, so each README example that reads one says --data (and the first proposes changes)."""
    import shlex

    root = Path(__file__).parents[1]
    lines = [x for x in (root / "README.md").read_text(encoding="utf-8").split("\n")
             if x.startswith("ctl reconcile tests/data/registries/")]  # fmt: skip
    assert lines and all(" --data " in x for x in lines), lines
    monkeypatch.chdir(root)
    for line in [x for x in lines if "--write" not in x]:
        r = ctl(*shlex.split(line.split("#")[0])[1:])
        assert r.exit_code == 0 and r.stdout.strip() and "Nothing to propose" not in r.stderr, (line, r.stderr)


def test_a_csv_the_csv_module_cannot_read_is_said_in_the_readers_language(ctl, tmp_path):
    import csv

    limit = csv.field_size_limit(131_072)  # Python's default: frictionless, imported by other tests, raises it
    header = (REG / "organization.csv").read_text(encoding="utf-8").split("\n")[3]
    path = tmp_path / "organization.csv"
    path.write_text(f'{header}\n1;A;2;;"{"x" * 200_000}"\n', encoding="utf-8")
    said = {
        "en": "cannot be read at row 2: a field is too long",
        "it": "non leggibile alla riga 2: un campo è troppo lungo",
    }
    try:
        for lang, words in said.items():
            r = ctl("--lang", lang, "reconcile", str(path), "--data", str(TEST_SET))
            assert r.exit_code == 2 and words in r.stderr and "field limit" not in r.stderr, r.stderr
    finally:
        csv.field_size_limit(limit)
