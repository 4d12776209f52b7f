"""CSV for people and for spreadsheets (issue 14, kind 8). By default CSV is exact: every value as
stored (two bundled phone numbers begin with +), no byte-order mark. `--excel`, on every command
that writes CSV (`--format csv`, `ctl export --format csv`), writes a byte-order mark (so that Excel
reads UTF-8: Università, not UniversitÃ) and an apostrophe before a cell that begins with = + - @
(which a spreadsheet would run as a formula). With another format it is a usage error."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctl_cli.commands import app
from ctl_cli.render.formats import FORMULA_START, to_csv
from ctl_cli.text import safe

from .conftest import MINI

BOM = "\ufeff"
FORMULAS = ['=HYPERLINK("https://evil.example","x")', "+39 02 1234", "-2+3", "@SUM(A1)"]
# Every command that writes CSV, with arguments that give rows.
CSV_COMMANDS = {
    "list": ["list"],
    "show": ["show", "agrifood"],
    "search": ["search", "universita"],
    "match": ["match", "robot industriali"],
    "org": ["org", "polimi"],
    "compare": ["compare", "energy", "aerospace"],
    "stats": ["stats"],
    "sources": ["sources", "energy"],
    "national": ["national"],
    "export": ["export", "--format", "csv", "--table", "organisations"],
    "diff": ["diff", str(MINI), str(MINI.parent.parent.parent / "data" / "clusters.yaml")],
}


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_every_command_that_writes_csv_has_excel():
    with_csv = {c.name for c in app.registered_commands} - {"validate", "schema", "site", "reconcile"}
    assert set(CSV_COMMANDS) == with_csv
    from typer.main import get_command

    group = get_command(app)
    for name in CSV_COMMANDS:
        assert any("--excel" in p.opts for p in group.commands[name].params), name


@pytest.mark.parametrize("name", list(CSV_COMMANDS))
def test_excel_writes_a_byte_order_mark_and_the_same_rows(ctl, name):
    args = CSV_COMMANDS[name] + ([] if name == "export" else ["--format", "csv"])
    exact = ctl(*args)
    excel = ctl(*args, "--excel")
    assert exact.exit_code == excel.exit_code == 0, excel.stderr
    assert not exact.stdout.startswith(BOM) and excel.stdout.startswith(BOM)
    plain, sheet = rows(exact.stdout), rows(excel.stdout[1:])
    assert len(plain) == len(sheet) > 1
    for a, b in zip(plain, sheet, strict=True):
        assert b == ["'" + v if v.startswith(FORMULA_START) else v for v in a]


def test_the_bundled_phone_numbers_stay_exact_by_default(ctl):
    exact = ctl("export", "--format", "csv", "--table", "clusters").stdout
    phones = [r["phone"] for r in csv.DictReader(io.StringIO(exact)) if r.get("phone")]
    assert len([p for p in phones if p.startswith("+")]) >= 2
    sheet = ctl("export", "--format", "csv", "--table", "clusters", "--excel").stdout
    excel_phones = [r["phone"] for r in csv.DictReader(io.StringIO(sheet[1:])) if r.get("phone")]
    assert excel_phones == ["'" + p if p.startswith("+") else p for p in phones]


@pytest.fixture
def formula_names(write_yaml):
    text = MINI.read_text(encoding="utf-8")
    for old, new in zip(['"Università Alpha"', '"Beta Srl"', '"Gamma Start"'], FORMULAS, strict=False):
        text = text.replace(f"name: {old}", f"name: {json.dumps(new)}", 1)
    return write_yaml(text)


def test_a_name_that_looks_like_a_formula_is_verbatim_by_default_and_text_with_excel(ctl, formula_names):
    exact = rows(ctl("--data", formula_names, "search", "--format", "csv").stdout)
    names = sorted(r[1] for r in exact[1:])
    assert names == sorted(FORMULAS[:3])
    sheet = rows(ctl("--data", formula_names, "search", "--format", "csv", "--excel").stdout[1:])
    assert sorted(r[1] for r in sheet[1:]) == sorted("'" + n for n in FORMULAS[:3])
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in sheet for cell in row)


def test_the_csv_export_to_a_folder_takes_excel_too(ctl, formula_names, tmp_path):
    r = ctl("--data", formula_names, "export", "--format", "csv", "-o", str(tmp_path / "x"), "--excel")
    assert r.exit_code == 0, r.stderr
    for path in (tmp_path / "x").glob("*.csv"):
        assert path.read_text(encoding="utf-8").startswith(BOM), path.name
    organisations = (tmp_path / "x" / "organisations.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in organisations
    plain = ctl("--data", formula_names, "export", "--format", "csv", "-o", str(tmp_path / "y"))
    assert plain.exit_code == 0
    assert not (tmp_path / "y" / "organisations.csv").read_text(encoding="utf-8").startswith(BOM)


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("args", [["list"], ["list", "--format", "json"], ["export"], ["export", "--format", "sqlite"]])
def test_excel_with_another_format_is_a_usage_error(ctl, args, lang):
    r = ctl("--lang", lang, *args, "--excel")
    assert r.exit_code == 2 and "--excel" in r.stderr and "--format csv" in r.stderr
    assert r.stdout == ""


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.one_of(st.none(), st.text(max_size=8), st.sampled_from(FORMULAS)), min_size=2, max_size=2)))
def test_excel_cells_are_the_exact_ones_with_formulas_made_text(table):
    exact = rows(to_csv(["a", "b"], table))
    sheet = to_csv(["a", "b"], table, excel=True)
    assert sheet.startswith(BOM)
    back = rows(sheet[1:])
    assert len(back) == len(exact)
    for a, b in zip(exact, back, strict=True):
        assert b == ["'" + v if v.startswith(FORMULA_START) else v for v in a]
        assert not any(v.startswith(FORMULA_START) for v in b)
    assert [r for r in exact[1:]] == [["" if v is None else safe(str(v)) for v in row] for row in table]
