"""Text as people type it (issue 12, "Text"): folding in every script, free text with no letter,
several words without quotes, legal forms, and "did you mean" for clusters and organisations."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ctl_cli.cache import index
from ctl_cli.query import suggest
from ctl_cli.text import fold, org_key, search_words

from .conftest import MINI

# The mini dataset with four organisations whose names are not plain ASCII (hand-made, not facts).
WORLD = (
    MINI.read_text(encoding="utf-8")
    .replace(
        '  - {id: gamma, name: "Gamma Start"',
        '  - {id: lukas, name: "Łukasiewicz Test Institute", type: university, city: Kraków}\n'
        '  - {id: moskva, name: "Москва Тест", type: university, city: Москва}\n'
        '  - {id: athina, name: "ΑΘΗΝΑ Lab", type: university}\n'
        '  - {id: kyiv, name: "Київ", type: university}\n'
        '  - {id: gamma, name: "Gamma Start"',
    )
    .replace(
        "      - {org: beta-srl, basis: event, source: src-b}\n",
        "      - {org: beta-srl, basis: event, source: src-b}\n"
        "      - {org: lukas, basis: event, source: src-b}\n"
        "      - {org: moskva, basis: event, source: src-b}\n"
        "      - {org: athina, basis: event, source: src-b}\n"
        "      - {org: kyiv, basis: event, source: src-b}\n",
        1,
    )
)


@pytest.fixture
def world(write_yaml) -> str:
    return write_yaml(WORLD)


def ids(r) -> list[str]:
    assert r.exit_code == 0, r.stderr
    return [h["id"] for h in json.loads(r.stdout)]


# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Łukasiewicz", "lukasiewicz"),
        ("ØRSTED Đuro", "orsted duro"),
        ("Æther Œuvre", "aether oeuvre"),
        ("Straße", "strasse"),
        ("Diyarbakır", "diyarbakir"),
        ("Università Cattolica", "universita cattolica"),
        ("S.p.A.", "s p a"),
        ("Москва", "москва"),  # other scripts: kept, lower-cased, not transliterated
        ("ΑΘΗΝΑ", "αθηνα"),
        ("北京 大学", "北京 大学"),
        ("Tech—2030 😀 €", "tech 2030"),  # dashes, emoji and symbols separate words, as punctuation does
        ("—", ""),
        ("«  »", ""),
    ],
)
def test_fold_spells_latin_letters_in_ascii_and_keeps_other_scripts(text, folded):
    assert fold(text) == folded


def test_duplicate_names_are_found_across_spellings_not_across_scripts():
    assert org_key("Łukasiewicz Institute S.p.A.") == org_key("Lukasiewicz Institute")
    assert org_key("Москва Tech") != org_key("Киев Tech")
    assert org_key("北京") != org_key("上海")


def test_a_dataset_with_names_in_other_scripts_is_valid(ctl, world):  # "Москва Тест" and "Київ" were both ""
    r = ctl("validate", world)
    assert r.exit_code == 0, r.stderr


def test_the_same_name_spelled_without_its_letters_is_a_duplicate(ctl, write_yaml):
    twin = WORLD.replace('name: "ΑΘΗΝΑ Lab"', 'name: "Lukasiewicz test institute srl"')
    r = ctl("validate", write_yaml(twin))
    assert r.exit_code == 3 and "lukas" in r.stderr


def test_search_finds_a_name_typed_without_its_letters(ctl, world):
    assert ids(ctl("--data", world, "search", "lukasiewicz", "-f", "json")) == ["lukas"]
    assert ids(ctl("--data", world, "search", "ŁUKASIEWICZ", "-f", "json")) == ["lukas"]
    assert ids(ctl("--data", world, "search", "--city", "krakow", "-f", "json")) == ["lukas"]


def test_search_in_another_script_finds_what_matches_not_everything(ctl, world):
    assert ids(ctl("--data", world, "search", "Москва", "-f", "json")) == ["moskva"]
    assert ids(ctl("--data", world, "search", "москва", "-f", "json")) == ["moskva"]
    assert ids(ctl("--data", world, "search", "αθηνα", "-f", "json")) == ["athina"]
    assert ids(ctl("--data", world, "search", "київ", "-f", "json")) == ["kyiv"]
    r = ctl("--data", world, "search", "Киев", "-f", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert json.loads(ctl("search", "Москва", "-f", "json").stdout) == []  # the bundled data


# --------------------------------------------------------------------------- no letter or digit


@pytest.mark.parametrize(
    "args, what",
    [
        (["search", "—"], "TEXT"),
        (["search", ""], "TEXT"),
        (["match", ""], "TEXT"),
        (["match", "?!", "…"], "TEXT"),
        (["org", "   "], "NAME"),
        (["show", "..."], "CLUSTER"),
        (["sources", "–"], "CLUSTER"),
        (["compare", "energy", "—"], "CLUSTER_B"),
        (["compare", "*", "energy"], "CLUSTER_A"),
        (["search", "--cluster", "–"], "--cluster"),
        (["search", "--city", "·"], "--city"),
    ],
)
def test_free_text_with_no_letter_or_digit_is_a_usage_error(ctl, args, what):
    r = ctl(*args)
    assert r.exit_code == 2 and r.stdout == ""
    assert f"{what} has no letter or digit" in r.stderr, r.stderr
    it = ctl(*args, "--lang", "it")
    named = {"TEXT": "TESTO", "NAME": "NOME"}.get(what, what)  # as the Italian help page names it
    assert it.exit_code == 2 and f"{named} non contiene né lettere né cifre" in it.stderr
    assert named in ctl(args[0], "--help", "--lang", "it").stdout or what.startswith("--")


def test_letters_of_another_script_are_text(ctl):
    r = ctl("show", "Москва")
    assert r.exit_code == 1 and "no cluster matches" in r.stderr


# --------------------------------------------------------------------------- several words without quotes


@pytest.mark.parametrize(
    "words",
    [
        ["search", "universita", "milano"],
        ["match", "produciamo", "robot", "industriali"],
        ["show", "fabbrica", "intelligente"],
        ["sources", "fabbrica", "intelligente"],
        ["org", "Politecnico", "di", "Milano"],
    ],
)
def test_several_words_without_quotes_are_one_text(ctl, words):
    joined = ctl(words[0], " ".join(words[1:]), "-f", "json")
    split = ctl(*words, "-f", "json")
    assert joined.exit_code == 0 and split.exit_code == 0, split.stderr
    assert split.stdout == joined.stdout and json.loads(split.stdout)


@pytest.mark.parametrize("command, usage", [("search", "[TEXT]..."), ("match", "[TEXT]..."), ("show", "CLUSTER")])
def test_usage_says_what_the_words_are(ctl, command, usage):
    out = ctl(command, "--help").stdout
    assert usage in out.splitlines()[0], out.splitlines()[0]


# --------------------------------------------------------------------------- legal forms


def test_legal_forms_are_not_search_words():
    assert search_words("Beta S.p.A.") == ["beta"]
    assert search_words("acme s.r.l. milano") == ["acme", "milano"]
    assert search_words("S.c.a r.l.") == search_words("SpA") == []
    assert search_words("spazio space") == ["spazio", "space"]


def test_search_for_only_a_legal_form_is_a_usage_error(ctl):
    r = ctl("search", "S.p.A.")
    assert r.exit_code == 2 and r.stdout == "" and "only a legal form" in r.stderr


def test_a_legal_form_after_a_name_does_not_narrow_the_search(ctl, mini):
    assert ids(ctl("--data", mini, "search", "beta", "S.p.A.", "-f", "json")) == ["beta-srl"]


# --------------------------------------------------------------------------- typos in a search


@pytest.mark.parametrize(
    "text, first", [("politecnco", "Politecnico di Milano"), ("universta pavia", "Università degli Studi di Pavia")]
)
def test_a_search_that_finds_nothing_offers_close_names(ctl, text, first):
    r = ctl("search", text)
    assert r.exit_code == 0 and r.stdout == ""
    assert f"Did you mean: {first}" in r.stderr
    data = ctl("search", text, "-f", "json")
    assert data.exit_code == 0 and json.loads(data.stdout) == [] and first in data.stderr
    assert "Forse cercavi:" in ctl("search", text, "--lang", "it").stderr


def test_search_suggestions_keep_the_other_filters(ctl):
    r = ctl("search", "politecnco", "--type", "sme")
    assert r.exit_code == 0 and "Politecnico" not in r.stderr


# --------------------------------------------------------------------------- suggestions that make sense


def test_show_smart_city_suggests_smart_communities_first(ctl):
    r = ctl("show", "smart city")
    assert r.exit_code == 1
    line = next(x for x in r.stderr.splitlines() if x.startswith("Did you mean:"))
    assert line.split(":", 1)[1].strip().startswith("smart-communities")


def _suggested(r) -> list[str]:
    line = next((x for x in r.stderr.splitlines() if x.startswith(("Did you mean:", "Forse cercavi:"))), "")
    return [s.strip() for s in line.split(":", 1)[1].rstrip("?").split(",")] if line else []


@pytest.mark.parametrize("ref", ["salute", "farmaci", "health"])
def test_a_clusters_keywords_are_weaker_keys_of_a_suggestion(ctl, ref):
    """'salute' is no name of a cluster but one of life-sciences' keywords: suggested first."""
    r = ctl("show", ref)
    assert r.exit_code == 1 and _suggested(r)[:1] == ["life-sciences"]
    assert _suggested(ctl("show", ref, "--lang", "it"))[:1] == ["life-sciences"]
    assert _suggested(ctl("search", "--cluster", ref))[:1] == ["life-sciences"]


@pytest.mark.parametrize("ref", ["foo", "xyz", "qwerty"])
def test_a_word_close_to_no_name_suggests_nothing(ctl, ref):
    r = ctl("show", ref)
    assert r.exit_code == 1 and _suggested(r) == []
    assert "Run 'ctl list'" in r.stderr


@pytest.mark.parametrize(
    "ref, cid", [("fabbrica", "smart-factory"), ("life science", "life-sciences"), ("aerosp", "aerospace")]
)
def test_a_unique_beginning_of_a_name_resolves(ctl, ref, cid):
    r = ctl("show", ref, "-f", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["id"] == cid


def test_an_ambiguous_beginning_lists_the_clusters(ctl):
    r = ctl("show", "smart")
    assert r.exit_code == 1 and r.stdout == ""
    assert "2 clusters match 'smart'" in r.stderr
    assert "smart-factory" in r.stderr and "smart-communities" in r.stderr
    assert ctl("search", "--cluster", "smart").exit_code == 1


def test_org_suggests_only_names_that_share_a_telling_word(ctl):
    r = ctl("org", "Universita Bocconi")
    assert r.exit_code == 1 and "UniverLecco" not in r.stderr
    assert "Did you mean: Politecnico di Milano" in ctl("org", "politecnco di milano").stderr


# --------------------------------------------------------------------------- suggestions cost what the input costs


@pytest.fixture
def compared(monkeypatch):
    """Every pair of strings the suggestions hand to rapidfuzz's scorer, as (typed, candidate) lengths."""
    from rapidfuzz import fuzz

    pairs: list[tuple[int, int]] = []

    def counting(a, b, **kwargs):
        pairs.append((len(a), len(b)))
        return fuzz.ratio(a, b, **kwargs)

    monkeypatch.setattr(suggest, "_scorer", lambda: counting)
    return pairs


@pytest.mark.parametrize(
    "command, head",
    [
        # 'smart cities ' cut at 64 characters ends in 'citie'; 'smart city ' would end in 'sma', a word too
        # short to be matched but as it is (suggest.SHORT)
        (["show"], "smart cities "),
        (["compare", "energy"], "smart cities "),
        (["org"], "politecnco "),
        (["search"], "politecnco "),
    ],
)
def test_suggestions_compare_only_the_beginning_of_a_long_argument(ctl, compared, command, head):
    long = head * 10_000  # 110 kB
    r = ctl(*command, long)
    assert r.exit_code in (0, 1) and "Did you mean" in r.stderr
    work = list(compared)
    assert work and max(typed for typed, _ in work) <= suggest.MAX_COMPARED
    compared.clear()
    ctl(*command, long[: suggest.MAX_COMPARED])
    assert work == compared  # the same work as for its first MAX_COMPARED characters


def test_no_suggestion_uses_difflib(ctl, monkeypatch):
    import difflib

    def refuse(*args, **kwargs):
        raise AssertionError("difflib used")

    monkeypatch.setattr(difflib, "SequenceMatcher", refuse)
    monkeypatch.setattr(difflib, "get_close_matches", refuse)
    assert "smart-communities" in ctl("show", "smart city").stderr
    assert "Politecnico di Milano" in ctl("org", "Politecnco di Milano").stderr


# --------------------------------------------------------------------------- a search with very many words


def test_a_search_with_more_words_than_sqlite_takes_checks_them_all(ctl, mini, monkeypatch):
    from ctl_cli.cache import load

    ds = load(mini)
    con = sqlite3.connect(":memory:")
    index.write(con, ds, "test")
    idx = index.Index(con, "mini")
    monkeypatch.setattr(index, "SQL_WORDS", 4)  # a name has fewer word beginnings than 64: check 4 in SQL
    parts = sorted({w[:j] for w in fold("Università Alpha").split() for j in range(1, len(w) + 1)})
    assert len(parts) > 2 * index.SQL_WORDS
    assert [h["id"] for h in idx.search(parts)] == ["uni-alpha"]
    assert idx.search([*parts, "zzz"]) == [] and idx.search(["zzz", *parts]) == []
    r = ctl("search", " ".join(f"w{i}" for i in range(3000)))
    assert r.exit_code == 0 and "internal error" not in r.stderr


def test_articles_and_prepositions_are_not_search_words():
    assert search_words("Politecnico di Milano") == ["politecnico", "milano"]
    assert search_words("della e per") == search_words("di") == []
    assert search_words("Università dell'Insubria") == ["universita", "insubria"]


_PIECES = """beta s p a r l spa srl srls c coop soc societa cooperativa in liquidazione ltd co group onlus
S.p.A. s.r.l. Soc. x ag gmbh ar""".split()


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), st.sampled_from([" ", ". ", "-", " & "]))
def test_org_key_skips_the_legal_form_search_only_when_it_could_find_nothing(words, sep):
    import re

    from ctl_cli.text import LEGAL

    name = sep.join(words)
    folded = " " + fold(name)
    assert org_key(name) == (re.sub(LEGAL, "", folded) or folded).replace(" ", "")


@given(st.text(max_size=40))
def test_safe_skips_the_escape_search_only_for_text_it_would_leave_as_it_is(text):
    # the fast path (a printable string is returned as is) must give what the substitution gives
    import re

    from ctl_cli.text import UNSAFE_PATTERN, _escape, safe

    assert safe(text) == re.sub(UNSAFE_PATTERN, _escape, text)


@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_fold_of_ascii_text_is_letters_and_digits_lower_cased_between_single_spaces(text):
    # fold's ASCII fast path (str.translate, no regex) against the rule it keeps
    import re

    assert fold(text) == re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()
