"""ctl match in English (issue 13): NACE Rev. 2.1's English titles and explanatory notes (Includes, Includes
also; never Excludes), Eurostat's, shipped trimmed inside the package (ctl_cli/records/nace21_en.csv.gz,
docs/nace.md), are precomputed into the ATECO tables beside ISTAT's Italian text, so an English description
meets English titles and notes and reaches the clusters through the same ATECO -> cluster rows."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ctl_cli.records import nace

HEADER = "NACE Rev. 2.1, a test\nsecond line"
EUROSTAT = (
    "URI,IDENTIFIER,PARENT_IDENTIFIER,NACE_CODE,PARENT_CODE,NAME,LEVEL,LEVEL_Depth,Includes,Includes_Also,"
    "Excludes,Case_Law_if_applicable\n"
    "http://data.europa.eu/ux2/nace2.1/C,C,,C,,C MANUFACTURING,sections,1,This section includes making.,,,\n"
    'http://data.europa.eu/ux2/nace2.1/1051,1051,105,10.51,10.5,10.51 Manufacture of dairy products,classes,4,"This'
    ' class includes:\n- manufacture of quokkacheese","This class also includes:\n- manufacture of kefir",'
    '"This class excludes:\n- zebrafoo farming, see 01.41",\n'
)
MIRROR = Path("/work/.mirror/statisticsnorway+statbus/repo")  # where the bundled file was made from (docs/nace.md)
COMMIT = "99371ab9b1e72dea64b0aa9e282bfd13264b665a"


def test_trim_keeps_titles_and_includes_and_drops_the_excludes():
    made = nace.trim(EUROSTAT, HEADER)
    assert made == nace.trim(EUROSTAT, HEADER)  # no timestamp: the same input, the same bytes
    text = gzip.decompress(made).decode("utf-8")
    assert text.startswith("# NACE Rev. 2.1, a test\n# second line\ncode,level,title,includes,includes_also\n")
    assert "zebrafoo" not in text and "excludes" not in text
    got = nace.entries(text)
    assert got["C"] == ("MANUFACTURING", "This section includes making.")
    assert got["10.51"] == (
        "Manufacture of dairy products",
        "This class includes:\n- manufacture of quokkacheese\n\nThis class also includes:\n- manufacture of kefir",
    )
    assert nace.titles(text) == {"C": "MANUFACTURING", "10.51": "Manufacture of dairy products"}
    with pytest.raises(ValueError):
        nace.trim("a,b\n1,2\n", HEADER)
    with pytest.raises(ValueError):
        nace.entries("# a header\ncode,level,name\nC,1,x\n")


def test_the_bundled_file_is_nace_rev_2_1_down_to_class_the_codes_of_ateco_2025():
    got = nace.entries()
    levels = [len(code.replace(".", "")) if not code.isalpha() else 1 for code in got]
    assert [levels.count(n) for n in (1, 2, 3, 4)] == [22, 87, 287, 651]  # sections .. classes: 1,047
    assert got["10.51"][0] == "Manufacture of dairy products" and "cheese" in got["10.51"][1]
    assert got["C"][0] == "MANUFACTURING"  # as Eurostat publishes a section's title
    from ateco._load import load_nodes

    down_to_class = {
        c for c, n in load_nodes("2025").items() if n["level"] in ("section", "division", "group", "class")
    }
    assert down_to_class == set(got)  # the first four digits of an ATECO 2025 code are the NACE class


def test_the_bundled_file_says_where_it_comes_from_and_holds_no_excludes_note():
    text = gzip.decompress(nace.BUNDLED.read_bytes()).decode("utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    for needed in (COMMIT, "statisticsnorway/statbus", "data.europa.eu/ux2/nace2.1", "2011/833/EU", "Eurostat"):
        assert needed in header
    # 'crocodile' is only in the Excludes note of 01.48 ("crocodile farms ..., see 03.21") in Eurostat's file
    assert "crocodile" not in text.lower() and "this class excludes" not in text.lower()


@pytest.mark.skipif(not MIRROR.is_dir() or not shutil.which("git"), reason="the statbus snapshot is not here")
def test_the_bundled_file_is_trim_of_eurostats_csv_at_the_cited_commit():
    path = f"{COMMIT}:dbseed/activity-category-standards/NACE2.1_Structure_Label_Notes_EN.csv"
    raw = subprocess.run(["git", f"--git-dir={MIRROR}", "show", path], capture_output=True, check=True).stdout
    bundled = gzip.decompress(nace.BUNDLED.read_bytes()).decode("utf-8")
    header = "\n".join(line[2:] for line in bundled.splitlines() if line.startswith("# "))
    made = nace.trim(raw.decode("utf-8").replace("\r\n", "\n"), header)
    assert nace.entries(gzip.decompress(made).decode("utf-8")) == nace.entries()


def test_a_changed_bundled_file_changes_the_index_key(monkeypatch, tmp_path):
    from ctl_cli.cache import store

    assert len(nace.stamp()) == 16
    before = store.key(b"x")
    other = tmp_path / "nace21_en.csv.gz"
    other.write_bytes(nace.trim(EUROSTAT, HEADER))
    monkeypatch.setattr(nace, "BUNDLED", other)
    assert nace.stamp() != "" and store.key(b"x") != before
    monkeypatch.setattr(nace, "BUNDLED", tmp_path / "missing.csv.gz")
    assert nace.stamp() == "" and store.key(b"x") != before


def test_a_word_only_in_the_notes_finds_the_entry_and_one_only_in_excludes_finds_nothing(monkeypatch, tmp_path):
    from ctl_cli.cache import answer
    from ctl_cli.cache.ateco import Classification, in_memory

    tiny = tmp_path / "nace21_en.csv.gz"
    tiny.write_bytes(nace.trim(EUROSTAT, HEADER))
    monkeypatch.setattr(nace, "BUNDLED", tiny)
    con = answer(None, lambda idx: in_memory(idx.dataset()))
    cl = Classification(lambda sql, args: con.execute(sql, tuple(args)).fetchall())
    english = {(s, code) for s, code, _, _, lang, _ in cl.hits(["quokkachees", "quokkacheese"]) if lang == "en"}
    assert english and {code for _, code in english} == {"10.51"}
    assert [h for h in cl.hits(["zebrafoo"]) if h[4] == "en"] == []  # only in 10.51's Excludes note
    weights = dict(con.execute("SELECT stem, weight FROM ateco_terms WHERE code = '10.51' AND lang = 'en'").fetchall())
    assert weights["manufactur"] == 1.0 and max(w for s, w in weights.items() if s.startswith("quokka")) == 0.4


def test_we_make_cheese_finds_dairy_through_the_notes_and_shows_the_nace_title(ctl):
    r = ctl("match", "we", "make", "cheese", "--format", "json")
    assert r.exit_code == 0
    first = json.loads(r.stdout)[0]
    assert first["id"] == "agrifood"
    dairy = {
        "code": "10.51", "title": "Manufacture of dairy products", "classification": "NACE Rev. 2.1",
        "title_it": "Produzione di prodotti lattiero-caseari", "title_en": "Manufacture of dairy products",
        "words": ["cheese"], "words_in_notes": ["cheese"],  # NACE's notes of 10.51 name cheese, its title does not
    }  # fmt: skip
    assert dairy in first["ateco"]
    # each page shows the title published in its reader's language: ISTAT's in Italian, NACE's in English
    table = ctl("match", "we", "make", "cheese", "--lang", "it", env={"COLUMNS": "250"}).stdout
    assert "10.51 Produzione di prodotti lattiero-caseari" in table and "Manufacture of dairy" not in table
    assert (
        "NACE 10.51 Manufacture of dairy products"
        in ctl("match", "we", "make", "cheese", env={"COLUMNS": "250"}).stdout
    )


def test_an_ateco_code_is_shown_with_the_title_in_the_readers_language(ctl):
    assert "NACE 10.51 Manufacture of dairy products" in ctl("match", "--ateco", "10.51", "--lang", "en").stdout
    assert "10.51 Produzione di prodotti lattiero-caseari" in ctl("match", "--ateco", "10.51", "--lang", "it").stdout
    # below NACE's class level only ISTAT publishes a title: the English page shows it as published
    english = json.loads(ctl("match", "--ateco", "10.51.20", "--format", "json").stdout)[0]["ateco"][0]
    assert english["title_en"] is None and english["title_it"] == english["title"]
    assert f"10.51.20 {english['title']}" in ctl("match", "--ateco", "10.51.20", env={"COLUMNS": "200"}).stdout


def test_a_word_only_in_an_excludes_note_finds_nothing_through_that_entry(ctl):
    r = ctl("match", "crocodile", "--format", "json")
    found = [a["code"] for m in json.loads(r.stdout or "[]") for a in m["ateco"]]
    assert "01.48" not in found


def test_an_italian_description_keeps_istat_titles(ctl):
    first = json.loads(ctl("match", "fabbricazione", "di", "mobili", "--format", "json").stdout)[0]
    assert first["ateco"] and all(a["classification"] == "ATECO 2025" for a in first["ateco"])


def test_an_english_phrase_no_italian_word_finds_reaches_its_cluster(ctl):
    # 'furniture' is in no ATECO title (Italian); NACE's English title of 31.00 has it
    first = json.loads(ctl("match", "furniture", "--format", "json").stdout)[0]
    assert first["id"] == "living-environments"
    assert any(a["code"].startswith("31") and a["classification"] == "NACE Rev. 2.1" for a in first["ateco"])


def test_a_warm_run_never_reads_the_nace_file(ctl, monkeypatch):
    assert ctl("match", "furniture").exit_code == 0  # builds the index and its classification tables

    def refuse(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the NACE file was read on a warm run")

    monkeypatch.setattr(nace, "entries", refuse)
    r = ctl("match", "manufacture", "of", "beer", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["id"] == "agrifood"


def test_without_the_file_the_match_still_works_in_italian(monkeypatch, tmp_path):
    from ctl_cli.cache import answer
    from ctl_cli.cache.ateco import Classification, in_memory
    from ctl_cli.query.match import match

    monkeypatch.setattr(nace, "BUNDLED", tmp_path / "missing.csv.gz")
    assert nace.entries() == {} and nace.stamp() == ""
    con = answer(None, lambda idx: in_memory(idx.dataset()))
    assert con.execute("SELECT count(*) FROM ateco_nodes WHERE title_en IS NOT NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM ateco_terms WHERE lang = 'en'").fetchone()[0] == 0
    cl = Classification(lambda sql, args: con.execute(sql, tuple(args)).fetchall())
    ranked = answer(None, lambda idx: match(idx.match_entries(), "vino", classification=cl))
    assert ranked[0].cluster["id"] == "agrifood"
