"""Organisations' aliases (short names, acronyms and spellings, each sourced) and former names:
found by `ctl org` and `ctl search`, shown by `ctl org` in every format and language, exported,
checked by `ctl validate`; and `ctl org` preferring the organisation whose name the words cover."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from ctl_cli.dataset import locate, validate
from ctl_cli.query.orgs import find_orgs
from ctl_cli.records.orgs import org_names
from ctl_cli.text import fold

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
BETA = '{id: beta-srl, name: "Beta Srl", type: sme, type_source: src-b, city: Varese, province: "VA"}'
BUNDLED = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled")
NAMES = {o.id: org_names(o) for o in BUNDLED.organisations.values()}  # what find_orgs looks through


def with_names(aliases: str = "", former: str = "") -> str:
    """The mini dataset with `aliases` (a YAML flow list) and `former_names` given to Beta Srl."""
    extra = "".join(f", {key}: {value}" for key, value in (("aliases", aliases), ("former_names", former)) if value)
    return MINI.replace(BETA, BETA[:-1] + extra + "}")


# --------------------------------------------------------------------------- look-up


@pytest.mark.parametrize(
    "typed, oid",
    [
        ("polimi", "politecnico-di-milano"),
        ("unimi", "universita-degli-studi-di-milano"),
        ("UniBS", "universita-degli-studi-di-brescia"),
        ("unipv", "universita-degli-studi-di-pavia"),
        ("unimib", "universita-degli-studi-di-milano-bicocca"),
        ("CNR", "consiglio-nazionale-delle-ricerche"),
        ("Like Comunity", "like-community"),
    ],
)
def test_an_alias_finds_its_organisation(ctl, typed, oid):
    r = ctl("org", typed, "--format", "json")
    assert r.exit_code == 0, r.stderr
    org = json.loads(r.stdout)
    assert org["id"] == oid and fold(typed) in {fold(a["name"]) for a in org["aliases"]}


def test_words_that_cover_a_whole_name_resolve_it(ctl):
    r = ctl("org", "Politecnico", "Milano", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "politecnico-di-milano"
    # the longer name is covered wholly only when its own word is typed too
    r = ctl("org", "politecnico milano fondazione", "--format", "json")
    assert json.loads(r.stdout)["id"] == "fondazione-politecnico-di-milano"


@pytest.mark.parametrize("typed", ["universita milano", "milano"])
def test_no_clear_winner_lists_the_candidates_best_covered_first(ctl, typed):
    r = ctl("org", typed)
    assert r.exit_code == 1 and r.stdout == ""
    listed = [line.split()[0] for line in r.stderr.splitlines()[1:] if not line.lstrip().startswith("...")]
    found = find_orgs(NAMES, typed)
    assert len(found) >= 2 and listed == [o.id for o in found][: len(listed)] and listed


def test_ranking_puts_the_best_covered_name_first_without_choosing_it():
    found = find_orgs(NAMES, "milano")
    assert len(found) > 2
    assert found[0].id == "politecnico-di-milano"  # 1 of its 2 telling words; the others cover less
    assert [o.id for o in find_orgs(NAMES, "universita milano")] == [
        "universita-degli-studi-di-milano",  # 2 of 3 telling words, against 2 of 4
        "universita-degli-studi-di-milano-bicocca",
    ]


def test_a_legal_form_alone_is_no_winner():
    # 'spa' starts 'Spaziosystem', the whole of its name, but a legal form names no organisation (nor all of them)
    assert find_orgs(NAMES, "spa") == []
    assert [o.id for o in find_orgs(NAMES, "spazio")] == ["spaziosystem"]  # a word of its name does


def test_an_alias_shared_by_two_organisations_is_ambiguous():
    ds = validate.parse(
        with_names(aliases="[{name: Alfa, source: src-a}]")
        .replace(
            '{id: gamma, name: "Gamma Start",', '{id: gamma, name: "Gamma Start", aliases: [{name: alfa, source: a}],'
        )
        .replace("source: a}", "source: src-b}"),
        "x.yaml",
    )
    names = {o.id: org_names(o) for o in ds.organisations.values()}
    assert [o.id for o in find_orgs(names, "ALFA")] == ["beta-srl", "gamma"]


def test_a_former_name_still_finds_the_organisation(ctl):
    r = ctl("org", "Unione degli Industriali della Provincia di Varese", "--format", "json")
    assert json.loads(r.stdout)["id"] == "confindustria-varese"


def test_search_matches_aliases(ctl):
    for typed, oid in [("polimi", "politecnico-di-milano"), ("ics maugeri", "istituti-clinici-scientifici-maugeri")]:
        hits = json.loads(ctl("search", typed, "--format", "json").stdout)
        assert oid in [h["id"] for h in hits], typed


# --------------------------------------------------------------------------- ctl org


def test_org_json_keeps_aliases_with_their_sources_and_former_names_apart(ctl):
    org = json.loads(ctl("org", "mm-s-p-a", "--format", "json").stdout)
    assert [a["name"] for a in org["aliases"]] == ["MM", "Metropolitana Milanese"]
    assert {a["source"] for a in org["aliases"]} <= {s["id"] for s in org["sources"]}
    assert org["former_names"] == []
    varese = json.loads(ctl("org", "confindustria-varese", "--format", "json").stdout)
    assert varese["aliases"] == []
    assert "Unione degli Industriali della Provincia di Varese" in [f["name"] for f in varese["former_names"]]


def test_org_table_numbers_each_alias_s_source_in_both_languages(ctl):
    org = json.loads(ctl("org", "polimi", "--format", "json").stdout)
    number = 1 + [s["id"] for s in org["sources"]].index(org["aliases"][0]["source"])
    en = ctl("org", "polimi").stdout.replace("\u00a0", " ")
    assert f"Also known as  Polimi [{number}]" in en
    assert "Altri nomi" in ctl("--lang", "it", "org", "polimi").stdout
    it = ctl("--lang", "it", "org", "confindustria", "varese").stdout
    assert "Nomi precedenti" in it and "Unione degli Industriali" in it
    assert "Former names" in ctl("org", "confindustria", "varese").stdout


def test_an_alias_keeps_its_source_number_when_the_cell_wraps(ctl):
    page = ctl("--lang", "it", "org", "itia", env={"COLUMNS": "60"}).stdout
    assert "CNR-STIIMA\u00a0[4]" in page and "\n            [4]" not in page


def test_org_csv_yaml_and_markdown_carry_the_names(ctl):
    rows = list(csv.DictReader(io.StringIO(ctl("org", "mm", "--format", "csv").stdout)))
    assert rows and all(r["aliases"] == "MM; Metropolitana Milanese" and r["former_names"] == "" for r in rows)
    assert yaml.safe_load(ctl("org", "mm", "--format", "yaml").stdout)["aliases"][0]["name"] == "MM"
    md = ctl("--lang", "it", "org", "assolombarda", "--format", "markdown").stdout
    assert "| Nomi precedenti | Assolombarda Confindustria Milano Monza e Brianza Lodi," in md


def test_sources_say_whose_alias_they_write(ctl):
    records = {s["id"]: s for s in json.loads(ctl("sources", "--format", "json").stdout)}
    assert {"cluster": None, "fact": "alias of Politecnico di Milano"} in records["md80-2020-10-02"]["used_for"]
    table = ctl("--lang", "it", "sources").stdout
    assert "Altri nomi (Consiglio Nazionale delle Ricerche, MM S.p.A.)" in " ".join(table.split())


# --------------------------------------------------------------------------- export


def test_csv_export_has_an_aliases_table(ctl):
    r = ctl("export", "--format", "csv", "--table", "organisation_aliases")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    expected = [(o.id, a.name, a.source) for o in BUNDLED.organisations.values() for a in o.aliases]
    assert [(r["org_id"], r["name"], r["source_id"]) for r in rows] == expected and expected


def test_sqlite_export_keys_the_aliases(ctl, tmp_path):
    db = tmp_path / "ctl.db"
    assert ctl("export", "--format", "sqlite", "-o", str(db)).exit_code == 0
    con = sqlite3.connect(db)
    pk = [row[1] for row in con.execute("PRAGMA table_info(organisation_aliases)") if row[5]]
    fks = {(row[3], row[2]) for row in con.execute("PRAGMA foreign_key_list(organisation_aliases)")}
    assert pk == ["org_id", "position"] and fks == {("org_id", "organisations"), ("source_id", "sources")}
    (n,) = con.execute("SELECT count(*) FROM organisation_aliases a JOIN sources s ON s.id = a.source_id").fetchone()
    assert n == sum(len(o.aliases) for o in BUNDLED.organisations.values())


# --------------------------------------------------------------------------- validate


def test_an_alias_source_that_does_not_exist_is_an_error_with_its_place(ctl, write_yaml):
    text = with_names(aliases="[{name: BSRL, source: nosuch}]")
    path = write_yaml(text)
    line_no, line = next((i, t) for i, t in enumerate(text.splitlines(), 1) if "nosuch" in t)
    r = ctl("validate", path)
    assert r.exit_code == 3
    expected = f"{path}:{line_no}:{line.index('nosuch') + 1}: organisations.1.aliases.0.source: source 'nosuch'"
    assert expected in r.stderr


@pytest.mark.parametrize(
    "aliases, former, field, at, message",
    [
        ('[{name: "beta SRL!", source: src-a}]', "", "aliases.0.name", '"beta', "'beta SRL!' is the organisation's"),
        ('[{name: BSRL, source: src-a}, {name: "bsrl.", source: src-b}]', "", "aliases.1.name", '"bsrl', "repeats"),
        ("[{name: BSRL, source: src-a}]", "[bsrl]", "former_names.0", "bsrl]", "'bsrl' repeats 'BSRL'"),
        ("", "[Beta, beta]", "former_names.1", "beta]", "'beta' repeats 'Beta'"),
        ("", "[Beta-SRL]", "former_names.0", "Beta-SRL", "is the organisation's name"),
    ],
)
def test_a_name_given_twice_is_a_warning_with_its_place(ctl, write_yaml, aliases, former, field, at, message):
    text = with_names(aliases, former)
    path = write_yaml(text)
    r = ctl("validate", path)
    assert r.exit_code == 0, r.stderr
    [warning] = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    line_no, line = next((i, t) for i, t in enumerate(text.splitlines(), 1) if "id: beta-srl" in t)
    assert warning.startswith(f"warning: {path}:{line_no}:{line.index(at) + 1}: organisations.1.{field}: ")
    assert message in warning


def test_distinct_names_give_no_warning(ctl, write_yaml):
    path = write_yaml(with_names("[{name: BSRL, source: src-a}, {name: Beta Due, source: src-b}]", "[Beta Vecchia]"))
    r = ctl("validate", path)
    assert r.exit_code == 0 and "warning" not in r.stderr


def test_an_alias_needs_a_name_and_a_source(ctl, write_yaml):
    r = ctl("validate", write_yaml(with_names(aliases="[{name: BSRL}, BSRL]")))
    assert r.exit_code == 3
    assert "organisations.1.aliases.0: missing required field 'source'" in r.stderr
    assert "organisations.1.aliases.1: must be a mapping" in r.stderr


# --------------------------------------------------------------------------- the bundled data


def test_bundled_aliases_are_sourced_and_former_names_are_not_spellings():
    for org in BUNDLED.organisations.values():
        assert all(a.source in BUNDLED.sources for a in org.aliases), org.id
        names = [fold(n) for n in (org.name, *(a.name for a in org.aliases), *(f.name for f in org.former_names))]
        assert len(set(names)) == len(names), org.id
    assert sum(len(o.aliases) for o in BUNDLED.organisations.values()) >= 30
