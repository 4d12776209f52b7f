"""Text as people type it (issue 12, "Text"): folding in every script."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ctl_cli.cache import index
from ctl_cli.text import fold, org_key

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


# --------------------------------------------------------------------------- a search with very many words


def test_a_search_with_more_words_than_sqlite_takes_checks_them_all(ctl, mini):
    from ctl_cli.cache import load

    ds = load(mini)
    con = sqlite3.connect(":memory:")
    index.write(con, ds, "test")
    idx = index.Index(con, "mini")
    name = fold("Università Alpha")
    parts = sorted({name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)} - {" "})
    assert len(parts) > 2 * index.SQL_WORDS
    assert [h["id"] for h in idx.search(parts)] == ["uni-alpha"]
    assert idx.search([*parts, "zzz"]) == [] and idx.search(["zzz", *parts]) == []
    r = ctl("search", " ".join(f"w{i}" for i in range(3000)))
    assert r.exit_code == 0 and "internal error" not in r.stderr
