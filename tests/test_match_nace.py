"""ctl match in English (issue 13): NACE Rev. 2.1's English titles, from the `naceconverter` package's CSV
(Statistics Norway's KLASS, SN2025), are precomputed into the ATECO tables beside ISTAT's Italian text, so an
English description meets English titles and reaches the clusters through the same ATECO -> cluster rows."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ctl_cli.records import nace

TINY = (
    '"code";"parentCode";"level";"name";"shortName";"notes";"validFrom";"validTo"\n'
    '"C";"";"1";"Manufacturing";"";""\n'
    '"16.23";"16.2";"4";"Manufacture of other builders? carpentry and joinery";"";""\n'
    '"10.510";"10.51";"5";"Manufacture of dairy products";"";""\n'
)


def test_titles_are_levels_one_to_four_with_the_lost_apostrophe_given_back():
    got = nace.titles(TINY)
    assert got == {"C": "Manufacturing", "16.23": "Manufacture of other builders' carpentry and joinery"}
    with pytest.raises(ValueError):
        nace.titles('"a";"b"\n"1";"2"\n')


def test_the_package_titles_are_nace_rev_2_1_and_ateco_2025_has_every_code():
    titles = nace.titles()
    levels = {"C": 1, "10": 2, "10.5": 3, "10.51": 4}
    assert all(code in titles for code in levels) and titles["10.51"] == "Manufacture of dairy products"
    assert len(titles) == 22 + 87 + 287 + 651  # sections, divisions, groups, classes of NACE Rev. 2.1
    assert not any("?" in t for t in titles.values())
    assert not any(len(code.replace(".", "")) > 4 for code in titles)  # no Norwegian subclass (10.510)
    from ateco._load import load_nodes

    down_to_class = {
        c for c, n in load_nodes("2025").items() if n["level"] in ("section", "division", "group", "class")
    }
    assert down_to_class == set(titles)  # the first four digits of an ATECO 2025 code are the NACE class


def test_the_index_key_holds_the_nace_titles_version(monkeypatch):
    from ctl_cli.cache import store

    assert nace.stamp()  # installed: a version and the CSV's size
    before = store.key(b"x")
    monkeypatch.setattr(nace, "stamp", lambda: "9.9.9 1")
    assert store.key(b"x") != before


def test_an_english_description_meets_the_english_title_and_says_it_is_nace(ctl):
    r = ctl("match", "manufacture", "of", "dairy", "products", "--format", "json")
    first = json.loads(r.stdout)[0]
    assert first["id"] == "agrifood"
    nace_entries = [a for a in first["ateco"] if a["classification"] == "NACE Rev. 2.1"]
    assert {
        "code": "10.51",
        "title": "Manufacture of dairy products",
        "classification": "NACE Rev. 2.1",
    } in nace_entries
    table = ctl("match", "manufacture", "of", "dairy", "products", "--lang", "it")
    assert "NACE 10.51 Manufacture of dairy products" in table.stdout


def test_an_italian_description_keeps_istat_titles(ctl):
    first = json.loads(ctl("match", "fabbricazione", "di", "mobili", "--format", "json").stdout)[0]
    assert first["ateco"] and all(a["classification"] == "ATECO 2025" for a in first["ateco"])


def test_an_english_phrase_no_italian_word_finds_reaches_its_cluster(ctl):
    # 'furniture' is in no ATECO title (Italian) nor, before issue 13's NACE titles, anywhere it led to a cluster
    first = json.loads(ctl("match", "furniture", "--format", "json").stdout)[0]
    assert first["id"] == "living-environments"
    assert any(a["code"].startswith("31") and a["classification"] == "NACE Rev. 2.1" for a in first["ateco"])


def test_a_warm_run_never_reads_the_nace_titles(ctl, monkeypatch):
    assert ctl("match", "furniture").exit_code == 0  # builds the index and its classification tables

    def refuse(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the NACE titles were read on a warm run")

    monkeypatch.setattr(nace, "titles", refuse)
    r = ctl("match", "manufacture", "of", "beer", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["id"] == "agrifood"


def test_without_the_package_the_match_still_works_in_italian(monkeypatch):
    from ctl_cli.cache import answer
    from ctl_cli.cache.ateco import Classification, in_memory
    from ctl_cli.query.match import match

    monkeypatch.setattr(nace, "_csv", lambda: None)
    assert nace.titles() == {} and nace.stamp() == ""
    con = answer(None, lambda idx: in_memory(idx.dataset()))
    assert con.execute("SELECT count(*) FROM ateco_nodes WHERE title_en IS NOT NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM ateco_terms WHERE lang = 'en'").fetchone()[0] == 0
    cl = Classification(lambda sql, args: con.execute(sql, tuple(args)).fetchall())
    ranked = answer(None, lambda idx: match(idx.match_entries(), "vino", classification=cl))
    assert ranked[0].cluster["id"] == "agrifood"


def test_ctl_match_never_imports_the_package():
    code = "import sys\nfrom ctl_cli.__main__ import main\ntry:\n    main(['match', 'cheese', 'dairy'])\n"
    code += "except SystemExit:\n    pass\n"
    code += "print('naceconverter' in sys.modules, file=sys.stderr)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.stderr.strip().splitlines()[-1] == "False"
