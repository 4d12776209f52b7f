"""ctl site: the static website, checked without a browser (tests/test_site_browser.py has the browser)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ctl_cli.commands import app

from .conftest import MINI
from .sitecheck import NS, broken_links, pages, parse

# bytes of the site, exports (downloads/) aside: the bundled data of 2026-12-01 (430 sources, 375 pages) makes
# 1.50 MB, most of it its sources pages; the budget leaves the data room to grow, and still catches a template
# that bloats every page
BUDGET = 1_600_000


def build(out: Path, *args: str, data: str | None = None, cache: Path) -> object:
    env = {"CTL_CACHE_DIR": str(cache), "LANG": "C.UTF-8", "CTL_LANG": "", "CTL_DATA": ""}
    argv = ["site", "-o", str(out), *args] + (["--data", data] if data else [])
    return CliRunner().invoke(app, argv, env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The site of the bundled dataset, index.html in Italian."""
    root = tmp_path_factory.mktemp("site") / "out"
    r = build(root, "--lang", "it", cache=tmp_path_factory.mktemp("cache"))
    assert r.exit_code == 0, r.stderr
    return root


def test_both_languages_and_the_top_index(site):
    assert (site / "index.html").is_file()
    it = {p.relative_to(site / "it") for p in (site / "it").rglob("*.html")}
    en = {p.relative_to(site / "en") for p in (site / "en").rglob("*.html")}
    assert it == en and len(it) > 100
    assert parse(site / "index.html").get("lang") == "it"
    for lang in ("it", "en"):
        assert parse(site / lang / "about.html").get("lang") == lang


def test_every_page_parses_strictly(site):
    for page in pages(site):
        parse(page)  # html5lib's ParseError on any error


def test_every_internal_link_and_anchor_resolves(site):
    assert broken_links(site) == []


def test_pages_have_landmarks_one_h1_headings_in_order_and_table_headers(site):
    for page in pages(site):
        tree = parse(page)
        tags = [el.tag.replace(NS, "") for el in tree.iter()]
        for landmark in ("header", "nav", "main", "footer"):
            assert tags.count(landmark) == 1, (page, landmark)
        levels = [int(t[1]) for t in tags if t in ("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, (page, levels)
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), (page, levels)
        for table in tree.iter(f"{NS}table"):
            assert table.find(f"{NS}thead") is not None, page
        first = next(el for el in tree.iter(f"{NS}a"))
        assert first.get("class") == "skip" and first.get("href") == "#main", page


def test_the_link_checker_sees_a_broken_link_and_anchor(tmp_path):
    (tmp_path / "a.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>a</title><p id="x"><a href="b.html">b</a> <a href="#y">y</a> '
        '<a href="a.html#x">x</a> <a href="https://example.org/">e</a>',
        encoding="utf-8",
    )
    assert broken_links(tmp_path) == ["a.html: b.html", "a.html: #y (no such anchor)"]


def test_the_language_switch_goes_to_the_same_page(site):
    for page in [site / "index.html", site / "it" / "clusters" / "energy.html", site / "en" / "orgs"]:
        if page.is_dir():
            page = sorted(page.glob("*.html"))[0]
        tree = parse(page)
        [switch] = [a for a in tree.iter(f"{NS}a") if a.get("class") == "switch"]
        target = (page.parent / switch.get("href")).resolve()
        lang = tree.get("lang")
        other = "en" if lang == "it" else "it"
        assert switch.get("hreflang") == other and target.is_file()
        if page.name != "index.html" or page.parent != site:
            assert target == (site / other / page.relative_to(site / lang)).resolve()
        assert parse(target).get("lang") == other


def test_size_budget(site):
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file() and "downloads" not in p.parts)
    assert total < BUDGET, f"{total:,} bytes"


def test_downloads_are_the_exports(site):
    import sqlite3

    con = sqlite3.connect(site / "downloads" / "ctl.sqlite")
    assert con.execute("SELECT count(*) FROM clusters").fetchone()[0] >= 9
    con.close()
    assert (site / "downloads" / "csv" / "organisations.csv").read_text(encoding="utf-8").startswith("id,")


def test_the_csv_download_is_a_valid_data_package(site):
    """The CSV tables come with their datapackage.json (ctl export --format datapackage), which frictionless
    validates as it does the export's."""
    from frictionless import validate

    package = site / "downloads" / "csv" / "datapackage.json"
    assert {r["path"] for r in json.loads(package.read_text(encoding="utf-8"))["resources"]} >= {"organisations.csv"}
    assert validate(str(package)).flatten(["type", "note"]) == []


def test_no_request_to_another_host_at_view_time(site):
    """Only links (<a href>) may point elsewhere: no script, style, image or font from another host."""
    for page in pages(site):
        for el in parse(page).iter():
            tag = el.tag.replace(NS, "")
            for attr in ("src", "href"):
                value = el.get(attr) or ""
                if tag != "a" and value:
                    assert "//" not in value, f"{page}: <{tag} {attr}={value}>"
    for asset in (site / "assets").iterdir():
        text = asset.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "@import" not in text, asset


def test_cluster_page_has_what_ctl_show_has(site, ctl):
    record = json.loads(ctl("show", "aerospace", "--format", "json").stdout)
    html = (site / "en" / "clusters" / "aerospace.html").read_text(encoding="utf-8")
    tree = parse(site / "en" / "clusters" / "aerospace.html")
    for m in record["members"]:
        assert f'href="../orgs/{m["id"]}.html"' in html
    # a member no longer as it was (merged into another) carries the mark ctl show gives it, and only such a one
    gone = [m for m in record["members"] if m["status"]]
    assert gone, "the bundled aerospace cluster lists organisations merged into Leonardo"
    for m in gone:
        note = html.split(f'{m["name"]}</a><br><span class="note">', 1)[1].split("</span>", 1)[0]
        assert note.startswith(m["status"]["value"])
        assert (f"since {m['status']['since']}" in note) == bool(m["status"]["since"])
        assert (f"now {m['successor']['name']}" in note) == bool(m["successor"])
    assert html.count('</a><br><span class="note">') == len(gone)
    items = [li for li in tree.iter(f"{NS}li") if (li.get("id") or "").startswith("s")]
    assert len(items) == len(record["sources"])
    for n, (li, source) in enumerate(zip(items, record["sources"], strict=True), 1):
        assert li.get("id") == f"s{n}"
        hrefs = [a.get("href") for a in li.iter(f"{NS}a")]
        assert f"../sources.html#src-{source['id']}" in hrefs and source["url"] in hrefs
    assert record["managing_body"]["name"] in html
    assert f'<a href="{record["website"]}">{record["website"]}</a>' in html


def test_org_page_has_identifiers_and_its_place(site, ctl):
    record = json.loads(ctl("org", "leonardo", "--format", "json").stdout)
    html = (site / "en" / "orgs" / "leonardo.html").read_text(encoding="utf-8")
    for key in ("vat", "codice_fiscale"):
        assert record["identifiers"][key]["value"] in html
    assert record["istat_code"] in html and record["nuts3"] in html
    for c in record["clusters"]:
        assert f'href="../clusters/{c["id"]}.html"' in html


def test_an_identifier_with_a_page_is_a_link(tmp_path):
    alpha = 'name: "Università Alpha", type: university,'
    text = MINI.read_text(encoding="utf-8").replace(alpha, alpha + ' ror: {value: "01nffqt88", source: src-a},')
    data = tmp_path / "d.yaml"
    data.write_text(text, encoding="utf-8")
    out = tmp_path / "s"
    r = build(out, data=str(data), cache=tmp_path / "c")
    assert r.exit_code == 0, r.stderr
    html = (out / "it" / "orgs" / "uni-alpha.html").read_text(encoding="utf-8")
    assert '<a href="https://ror.org/01nffqt88">01nffqt88</a>' in html


def test_home_marks_the_pending_cluster_and_maps_twelve_provinces(site, ctl):
    tree = parse(site / "en" / "index.html")
    tiles = [li for li in tree.iter(f"{NS}li") if "tile" in (li.get("class") or "").split()]
    assert len(tiles) == 12
    stats = json.loads(ctl("stats", "--format", "json").stdout)
    by_code = {p["province"]: p["organisations"] for p in stats["by_province"]}
    for li in tiles:
        code = li.find(f".//{NS}span[@class='code']").text
        assert int(li.find(f".//{NS}span[@class='n']").text) == by_code.get(code, 0)
    pending = [li for li in tree.iter(f"{NS}li") if li.get("class") == "card pending"]
    assert len(pending) == 1 and "pending recognition" in "".join(pending[0].itertext())


# ------------------------------------------------------------------ escaping

EVIL = "</script><script>alert(1)</script>"


@pytest.fixture
def evil_data(tmp_path) -> str:
    text = MINI.read_text(encoding="utf-8").replace('name: "Beta Srl"', f'name: "{EVIL}"')
    path = tmp_path / "evil.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_nothing_from_the_data_becomes_markup_or_script(tmp_path, evil_data):
    out = tmp_path / "s"
    r = build(out, data=evil_data, cache=tmp_path / "c")
    assert r.exit_code == 0, r.stderr
    seen = 0
    for f in out.rglob("*"):
        if f.suffix in (".html", ".js"):
            text = f.read_text(encoding="utf-8")
            assert "<script>alert" not in text and "</script><script>" not in text, f
            seen += "alert(1)" in text
    assert seen > 4  # the name is there, as text: org pages, cluster pages, the search index
    for page in pages(out):
        tree = parse(page)
        scripts = [s for s in tree.iter(f"{NS}script") if s.get("src") is None]
        assert all(s.get("type") == "application/json" for s in scripts)
        for s in scripts:
            json.loads(s.text)  # still valid JSON
    index = (out / "assets" / "search-index.js").read_text(encoding="utf-8")
    assert "\\u003c/script\\u003e" in index


def test_a_javascript_url_is_never_a_link(tmp_path, evil_data):
    from ctl_cli.cache import answer, load_path
    from ctl_cli.site.content import gather
    from ctl_cli.site.write import build as write_site

    content = answer(evil_data, gather)
    for record in content.details.values():
        record["website"] = "javascript:alert(1)"
        for s in record["sources"]:
            s["url"] = "javascript:alert(2)"
    for s in content.sources:
        s["url"] = "JavaScript:alert(3)"
    for o in content.orgs.values():
        for s in o["sources"]:
            s["url"] = "data:text/html,<script>alert(4)</script>"
    out = tmp_path / "s"
    write_site(content, load_path(Path(evil_data)), out, "en", False)
    for page in pages(out):
        for el in parse(page).iter():
            for attr in ("href", "src"):
                value = (el.get(attr) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:")), f"{page}: {value}"
    text = (out / "en" / "sources.html").read_text(encoding="utf-8")
    assert "JavaScript:alert(3)" in text  # shown, as text


def test_links_module_rules():
    from ctl_cli.site.links import linkable, relative, script_json

    assert linkable("https://a.example/x") and linkable("mailto:a@b.it")
    assert linkable("javascript:alert(1)") is None and linkable(" https://x") is None
    assert linkable("https://a b") is None and linkable(None) is None
    assert script_json({"a": "</script>&\u2028\u2029"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}'
    assert relative("it/clusters/x.html", "it/sources.html#src-a") == "../sources.html#src-a"
    assert relative("index.html", "en/index.html") == "en/index.html"


# ------------------------------------------------------------------ -o DIR: --force, whole or nothing, exit codes


def test_an_existing_folder_needs_force(tmp_path):
    out = tmp_path / "s"
    assert build(out, data=str(MINI), cache=tmp_path / "c").exit_code == 0  # a site ctl built (and marked)
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    r = build(out, data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "--force" in r.stderr
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep"
    r = build(out, "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 0, r.stderr
    assert not (out / "mine.txt").exists() and (out / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "s"]  # nothing left beside it


def test_a_file_is_not_a_folder_even_with_force(tmp_path):
    f = tmp_path / "f"
    f.write_text("x", encoding="utf-8")
    r = build(f, "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "is a file" in r.stderr
    assert f.read_text(encoding="utf-8") == "x"


def test_dot_is_the_current_folder_and_the_root_is_refused(tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert build(Path("."), data=str(MINI), cache=tmp_path / "c").exit_code == 2  # it exists: --force
    r = build(Path("."), "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "here" / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "here"]
    r = build(Path("/"), "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "cannot be replaced" in r.stderr


def test_force_never_deletes_files_ctl_did_not_write(tmp_path, monkeypatch):
    """--force replaces an empty folder or a site ctl built (it has the mark), never a folder of other files."""
    mine = tmp_path / "mine"
    (mine / "sub").mkdir(parents=True)
    (mine / "thesis.txt").write_text("precious", encoding="utf-8")
    r = build(mine, "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "did not write" in r.stderr
    assert (mine / "thesis.txt").read_text(encoding="utf-8") == "precious" and (mine / "sub").is_dir()
    monkeypatch.chdir(mine)
    assert build(Path("."), "--force", data=str(MINI), cache=tmp_path / "c").exit_code == 2
    assert sorted(p.name for p in mine.iterdir()) == ["sub", "thesis.txt"]
    site = tmp_path / "site"
    assert build(site, data=str(MINI), cache=tmp_path / "c").exit_code == 0
    (site / "left-over.html").write_text("x", encoding="utf-8")  # a site ctl built is replaced whole
    assert build(site, "--force", data=str(MINI), cache=tmp_path / "c").exit_code == 0
    assert not (site / "left-over.html").exists() and (site / "index.html").is_file()


def test_dash_is_standard_output_where_a_site_cannot_go(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = build(Path("-"), data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "standard output" in r.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("where", ["missing/parent/s", ""])
def test_an_unwritable_path_is_exit_2(tmp_path, where):
    out = str(tmp_path / where) if where else " "
    r = build(Path(out), data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2, r.stderr
    assert "Traceback" not in r.stderr and r.stderr.strip()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_exit_2(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        r = build(ro / "s", data=str(MINI), cache=tmp_path / "c")
    finally:
        ro.chmod(0o700)
    assert r.exit_code == 2 and "cannot" in r.stderr


def test_a_failure_half_way_leaves_nothing_and_the_old_site_whole(tmp_path, monkeypatch):
    from ctl_cli.site import pages as site_pages

    out = tmp_path / "s"
    assert build(out, data=str(MINI), cache=tmp_path / "c").exit_code == 0
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    real = site_pages.Pages.pages
    written = []

    def failing(self):
        for n, item in enumerate(real(self)):
            if n == 5:
                raise OSError(28, "No space left on device")
            written.append(item[0])
            yield item

    monkeypatch.setattr(site_pages.Pages, "pages", failing)
    r = build(out, "--force", data=str(MINI), cache=tmp_path / "c")
    assert r.exit_code == 2 and "disk is full" in r.stderr
    assert len(written) == 5
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "s"]


def test_help_has_examples(ctl):
    r = ctl("site", "--help")
    assert r.exit_code == 0 and "ctl site -o" in r.stdout
    r = ctl("--lang", "it", "site", "--help")
    assert "Esempi" in r.stdout


def test_missing_output_is_a_usage_error(ctl):
    r = ctl("site")
    assert r.exit_code == 2


# ------------------------------------------------------------------ the search index and jinja2 off the hot path


def test_the_fold_table_comes_from_the_products_fold():
    from ctl_cli.site.searchindex import fold_table, plain
    from ctl_cli.text import fold

    table = fold_table(0x24F)  # Latin-1 Supplement, Latin Extended-A and -B
    assert table["Ł"] == "l" and table["ß"] == "ss" and table["à"] == "a" and table["Æ"] == "ae"
    for ch, value in table.items():
        assert fold(f"x{ch}y") == " ".join(f"x{value}y".split())
    assert "×" not in table and plain("×") == " "  # a symbol: a word break, as the page's plain rule says
    assert "ς" in fold_table(0x3FF) and fold_table(0x3FF)["ς"] == "σ"  # casefold, not lower()


def test_search_index_words_are_the_index_words(site):
    from ctl_cli.cache import answer

    text = (site / "assets" / "search-index.js").read_text(encoding="utf-8")
    assert text.startswith("window.CTL_INDEX = ") and text.endswith(";\n")
    index = json.loads(text[len("window.CTL_INDEX = ") : -2])
    stored = dict(answer(None, lambda idx: idx._rows("SELECT id, words FROM orgs")))
    assert {o[0]: o[4] for o in index["orgs"]} == {oid: stored[oid] for oid in (o[0] for o in index["orgs"])}
    hits = answer(None, lambda idx: idx.search())
    assert [o[0] for o in index["orgs"]] == [h["id"] for h in hits]


@pytest.mark.parametrize("args", [["list"], ["show", "energy"], ["search", "universita"], ["site", "--help"]])
def test_the_query_commands_do_not_import_jinja2(args):
    code = f"import sys\nfrom ctl_cli.__main__ import main\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
    code += "print('jinja2' in sys.modules, 'markupsafe' in sys.modules, file=sys.stderr)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stderr.strip().splitlines()[-1] == "False False"


def test_the_import_check_sees_jinja2():
    code = "import sys\nfrom ctl_cli.site.pages import environment\nenvironment()\nprint('jinja2' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "True"


def test_templates_are_package_files():
    from importlib.resources import files

    names = {p.name for p in files("ctl_cli.site").joinpath("templates").iterdir()}
    assert {"base.html", "cluster.html", "search.js", "style.css"} <= names


@pytest.mark.skipif(not Path("/usr/bin/script").exists(), reason="needs script(1) to give ctl a terminal")
def test_a_terminal_sees_a_progress_bar_not_escaped_codes(tmp_path):
    """On a terminal the bar is drawn with real escape codes (ctl's stderr filter would print them as
    '\\x1b' text); in a pipe there is no bar, only the closing line."""
    out = tmp_path / "s"
    ctl = Path(sys.executable).parent / "ctl"
    env = {**os.environ, "CTL_CACHE_DIR": str(tmp_path / "c"), "LANG": "C.UTF-8", "CTL_LANG": "en"}
    cmd = f"{ctl} site -o {out} --data {MINI}"
    r = subprocess.run(["/usr/bin/script", "-qec", cmd, "/dev/null"], capture_output=True, timeout=300, env=env)
    assert r.returncode == 0, r.stdout
    assert b"Building the site" in r.stdout and b"\x1b[" in r.stdout and b"\\x1b" not in r.stdout
    piped = subprocess.run([str(ctl), "site", "-o", str(tmp_path / "p"), "--data", str(MINI)], capture_output=True,
                           env=env, timeout=300)  # fmt: skip
    assert piped.returncode == 0 and b"Building" not in piped.stderr and b"Wrote the site" in piped.stderr
