"""ctl match, issue 13 (everyday words): how a word the index's vocabulary lacks is read (query/reading.py):
a trade name in -ificio / -eria through its base, a compound through its parts, a misspelling through the
nearest known word, and never a real word or a word whose stem ISTAT's texts have."""

from __future__ import annotations

import json

import pytest

from ctl_cli.cache import answer
from ctl_cli.query.inputs import ateco_like
from ctl_cli.query.reading import (
    action_nouns,
    derived_bases,
    known_words,
    most_off,
    readings,
    related_adjectives,
    same_verb,
)


def on_index(fn):  # noqa: ANN001, ANN201 - fn(classification) on the bundled dataset's index
    return answer(None, lambda idx: fn(idx.classification()))


def test_a_trade_name_in_ificio_or_eria_gives_its_base_with_each_final_vowel():
    assert "birra" in derived_bases("birrificio") and "calzatura" in derived_bases("calzaturificio")
    assert "salumi" in derived_bases("salumifici")  # the plural too
    assert "acciaio" in derived_bases("acciaieria") and "maglia" in derived_bases("maglificio")
    assert derived_bases("birra") == [] and derived_bases("serie") == []  # no suffix / a base under 3 letters


def test_a_trade_name_is_read_as_the_known_word_it_is_made_from():
    known = on_index(lambda cl: known_words(cl, "birrificio artigianale"))
    assert known["birrificio"] == on_index(lambda cl: cl.known_stems(["birra"]))["birra"]
    # of two known bases, the one more ATECO entries use: 'mobili' (31.0x's titles), not 'mobilia'; 'maglia',
    # not 'magli' (forging hammers)
    assert on_index(lambda cl: readings(cl, "mobilificio maglificio")) == {
        "mobilificio": ("mobili", "derived"),
        "maglificio": ("maglia", "derived"),
    }
    # a base the vocabulary lacks (caseificio: Latin caseus) is read through the root's adjective in -ario,
    # which ISTAT writes ('lattiero-caseari', 10.51); only when no base is known ('birrificio' stays 'birra')
    assert on_index(lambda cl: readings(cl, "caseificio birrificio")) == {
        "caseificio": ("caseario", "derived"),
        "birrificio": ("birra", "derived"),
    }
    assert related_adjectives("caseificio") == ["caseario", "casearia", "caseari", "casearie"]
    assert related_adjectives("casa") == [] and related_adjectives("sieria") == []  # no suffix / a root under 3


def typos(cl, text):  # noqa: ANN001, ANN201 - {typed: read as} of the words read as typos
    return {w: r for w, (r, how) in readings(cl, text).items() if how == "typo"}


def test_a_misspelt_word_is_read_as_the_known_word_one_edit_from_it():
    assert on_index(lambda cl: typos(cl, "impianti fotovoltaci")) == {"fotovoltaci": "fotovoltaici"}
    assert on_index(lambda cl: typos(cl, "agricolutra di precisione")) == {"agricolutra": "agricoltura"}  # a swap
    known = on_index(lambda cl: known_words(cl, "fotovoltaci"))
    assert known["fotovoltaci"] == on_index(lambda cl: cl.known_stems(["fotovoltaici"]))["fotovoltaici"]
    # a misspelt compound is read whole, not through its part: 'aerospaziale', not 'spaziale'
    assert on_index(lambda cl: readings(cl, "aereospaziale")) == {"aereospaziale": ("aerospaziale", "typo")}


def test_a_real_word_a_known_stem_a_short_word_or_a_far_word_is_never_a_typo():
    # 'contrast' is an English word one letter from 'contract': the dictionary keeps it as it is
    assert on_index(lambda cl: cl.in_dictionary(["contrast", "biciclette", "bicicllete"])) == {"contrast", "biciclette"}
    assert on_index(lambda cl: typos(cl, "contrast agents")) == {}
    assert on_index(lambda cl: typos(cl, "meteo")) == {}  # under six letters: too many words are near
    assert most_off("meteo") == 0 and most_off("stalle") == 1 and most_off("bicicllete") == 1
    # two edits from a known word is as often another real word as a typo: window frames are not dams
    assert on_index(lambda cl: typos(cl, "serramenti tranciatura bicicllete")) == {}
    assert on_index(lambda cl: typos(cl, "zzzzzzzzz")) == {}  # no known word within reach


def test_ctl_match_says_how_it_read_unknown_words_in_either_language(ctl):
    r = ctl("match", "fotovoltaci", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["id"] == "energy"
    assert "Perhaps a typo: 'fotovoltaci' read as 'fotovoltaici'." in r.stderr
    it = ctl("match", "fotovoltaci", "birrificio", "--lang", "it")
    assert "'fotovoltaci' letto come 'fotovoltaici'" in it.stderr
    assert "lette attraverso una parola nota: 'birrificio' letto come 'birra'" in it.stderr
    assert "read" not in ctl("match", "fotovoltaici").stderr  # nothing said when every word was known


def test_a_code_typed_as_a_description_is_pointed_to_ateco(ctl):
    assert ateco_like("28.41") and ateco_like(" 28,41 ") and ateco_like("2841") and ateco_like("10.51.1")
    assert not ateco_like("28 41 torni") and not ateco_like("C") and not ateco_like("4.0")
    r = ctl("match", "28.41", "--lang", "en")
    assert r.exit_code == 0 and "try 'ctl match --ateco 28.41'" in r.stderr and "e.g. 28.41" not in r.stderr


@pytest.mark.parametrize("number", ["123", "99.99"])
def test_a_number_no_ateco_edition_has_is_not_offered_as_a_code(ctl, number):
    """'123' reads as 12.3 and '99.99' as 99.99, which no edition has: `ctl match --ateco 123` would be refused
    (exit 2), so the advice is the usual one, not that command (a newcomer ran it and got an error)."""
    r = ctl("match", number, "--lang", "en")
    assert r.exit_code == 0 and "--ateco " + number not in r.stderr and "e.g. 28.41" in r.stderr
    assert ctl("match", "--ateco", number).exit_code == 2


def test_the_index_key_holds_the_dictionaries_version(monkeypatch):
    from ctl_cli.cache import store
    from ctl_cli.records import classification

    before = store.key(b"x")
    assert "pyspellchecker" in classification.stamp()
    real = classification._version_in
    monkeypatch.setattr(classification, "_version_in", lambda p: "9.9.9" if p.name == "info.py" else real(p))
    assert store.key(b"x") != before


def test_an_agent_noun_finds_the_action_noun_of_the_same_verb_and_back(ctl):
    assert same_verb("depuratore") == ["depurazione"] and same_verb("depurazioni") == ["depuratori"]
    assert same_verb("generatrice") == ["generazione"]
    assert same_verb("stazione") == [] and same_verb("motore") == []  # a root under four letters; no suffix
    # ISTAT names water treatment 'depurazione' (36.00, 37.00); the agent noun alone met only machinery (28.29.91)
    records = json.loads(ctl("match", "depuratore", "--format", "json").stdout)
    assert records[0]["id"] == "energy" and {"36.00.00", "37.00.00"} <= {a["code"] for a in records[0]["ateco"]}


def test_a_place_named_on_a_verb_is_read_as_the_verbs_action_noun_when_no_base_is_known(ctl):
    assert action_nouns("distilleria") == ["distillazione", "distillazioni"] and action_nouns("birra") == []
    # no 'distilla' or 'distillo' in ISTAT's texts, but 'distillazione' (11.01.00): a place where one distils
    assert on_index(lambda cl: readings(cl, "distilleria")) == {"distilleria": ("distillazione", "derived")}
    assert on_index(lambda cl: readings(cl, "birrificio"))["birrificio"][0] == "birra"  # a known base first
    records = json.loads(ctl("match", "distilleria", "--format", "json").stdout)
    assert records[0]["id"] == "agrifood" and "11.01.00" in [a["code"] for a in records[0]["ateco"]]


def test_a_compound_is_read_only_through_a_part_of_at_least_half_of_it(ctl):
    """'differenziata' (as in raccolta differenziata) was read as 'differ', six of its thirteen letters, an
    English word of NACE's texts, and matched living environments' "different"; 'teleriscaldamento' is
    still read as 'riscaldamento'."""
    r = ctl("match", "differenziata", "--lang", "en")
    assert "'differ'" not in r.stderr and "different" not in r.stdout
    assert "'teleriscaldamento' read as 'riscaldamento'" in ctl("match", "teleriscaldamento", "--lang", "en").stderr


def test_an_adjective_of_growing_and_a_place_in_ery_are_read_through_their_base():
    from ctl_cli.query.reading import grown, places_of

    assert "vino" in grown("vinicola") and "mela" in grown("melicolo") and "frutta" in grown("frutticole")
    assert grown("agricola") == ["agra", "agria", "agri", "agro", "agre"] and grown("vino") == []
    assert places_of("winery")[:2] == ["wine", "win"] and "distill" in places_of("distillery")
    assert "can" in places_of("canneries") and places_of("wine") == [] and places_of("ery") == []


@pytest.mark.parametrize("typed,read", [("vinicola", "vini"), ("winery", "wine")])
def test_a_wine_maker_described_in_one_word_finds_agrifood(ctl, typed, read):
    """`ctl match vinicola`, `ctl match winery` found nothing (a newcomer's run). 'vinicola' is read as 'vini'
    and compared as that word: its stem 'vin' is short, so it meets only a form of the word compared
    (query.match.SHORT_STEM), which the typed word was not."""
    r = ctl("match", typed, "--lang", "en")
    assert f"'{typed}' read as '{read}'" in r.stderr and "weak fit" not in r.stderr
    assert r.stdout.splitlines()[1].split()[1] == "agrifood"
