"""ctl match, issue 13 (ranking and reasons): how the ATECO entries a description finds and the clusters' own
words combine; what is shown as a reason; what is said when fewer clusters fit than --top asks for."""

from __future__ import annotations

import json

import pytest

from ctl_cli.cache import answer
from ctl_cli.query.match import ateco_entries, ateco_evidence, match, query_words, reasons, word_rarity
from ctl_cli.query.reading import compound_parts, known_words
from ctl_cli.records.terms import query_stems


def on_index(fn):  # noqa: ANN001, ANN201 - fn(classification, match entries) on the bundled dataset's index
    return answer(None, lambda idx: fn(idx.classification(), idx.match_entries()))


def test_a_word_of_thousands_of_activities_counts_less_than_a_trade_word():
    rarity = on_index(lambda cl, _: word_rarity(cl, query_words("produzione birra")))
    assert rarity["produzione"] < 0.5 < 0.95 < rarity["birra"]


def test_a_word_no_index_has_is_read_through_the_known_word_it_ends_or_begins_with():
    assert "riscaldamento" in compound_parts("teleriscaldamento") and "mobili" in compound_parts("mobilificio")
    known = on_index(lambda cl, _: known_words(cl, "teleriscaldamento mobilificio zzzzzzzzz"))
    assert known["teleriscaldamento"] == on_index(lambda cl, _: cl.known_stems(["riscaldamento"]))["riscaldamento"]
    assert known["mobilificio"] == on_index(lambda cl, _: cl.known_stems(["mobili"]))["mobili"]
    assert "zzzzzzzzz" not in known  # nothing known inside it: stemmed as it is
    assert "azione" not in compound_parts("condensazione")  # a suffix that is also a word is no part
    english = on_index(lambda cl, _: known_words(cl, "we develop thermoplastic blends"))
    # not 'thermo': an English description's words are not split (NACE's notes have the word: its own stems)
    assert english.get("thermoplastic", query_stems("thermoplastic")) == query_stems("thermoplastic")


def test_a_cluster_whose_activities_name_every_word_beats_one_entry_naming_one():
    # two entries of one cluster, each naming one word, against one entry of another naming one word
    found = [
        (3.0, "10.91", "Produzione di mangimi", [["agrifood", 1.0, "10"]], {"mangimi": 6.0}),
        (3.0, "01.41", "Allevamento di bovini", [["agrifood", 1.0, "01"]], {"bovini": 6.0}),
        (3.0, "20.15", "Fertilizzanti e mangimi", [["green-chemistry", 1.0, "20"]], {"mangimi": 6.0}),
    ]
    evidence = ateco_evidence(found, 2)
    assert evidence["agrifood"][0] == 12.0 and evidence["green-chemistry"][0] == 3.0


def test_a_title_repeated_at_two_levels_is_one_reason_with_its_most_specific_code():
    led = [(5.0, "52.21.3", "Gestione di stazioni per autobus"), (5.0, "52.21.30", "Gestione di stazioni per autobus"),
           (2.0, "29.10.00", "Fabbricazione di autoveicoli")]  # fmt: skip
    stations = ("52.21.30", "Gestione di stazioni per autobus", "ATECO 2025", (), ())
    cars = ("29.10.00", "Fabbricazione di autoveicoli", "ATECO 2025", (), ())
    assert reasons(led) == (stations, cars)


def test_an_entry_is_a_reason_only_when_it_tells_what_the_clusters_own_words_do_not():
    query = query_words("intelligenza artificiale")
    textile = (0.9, "28.94.10", "Fabbricazione di macchine tessili", "ATECO 2025", ("artificiale",))
    software = (0.8, "62.10", "Programmazione informatica", "ATECO 2025", ("intelligenza", "artificiale"))
    # its own texts have both words: one word of two in an entry's notes tells nothing more
    assert [r[0] for r in reasons([textile, software], query, {"intelligenza", "artificiale"})] == ["62.10"]
    # its own texts have one: an entry with the other word is a reason, one with the same word as many
    assert [r[0] for r in reasons([textile], query, {"intelligenza"})] == ["28.94.10"]
    assert [r[0] for r in reasons([textile], query, {"artificiale"})] == ["28.94.10"]
    assert [r[0] for r in reasons([textile, software], query, set())] == ["28.94.10", "62.10"]


def test_words_an_entry_has_only_in_its_notes_are_told_apart_from_those_in_its_title():
    query = query_words("parrucchiere formaggi")
    repair = (5.0, "33.14.00", "Riparazione e manutenzione di apparecchiature elettriche", "ATECO 2025",
              ("parrucchiere",), {"parrucchiere": "parrucchieri"})  # fmt: skip
    cheese = (5.0, "10.51.20", "Produzione di formaggi", "ATECO 2025", ("formaggi",), {"formaggi": "formaggi"})
    got = {r[0]: r for r in reasons([repair, cheese], query)}
    assert got["33.14.00"][3:] == (("parrucchiere",), ("parrucchieri",))  # the notes' word, as they write it
    assert got["10.51.20"][3:] == (("formaggi",), ())  # 'formaggi' in the title, by its stem


def test_an_entry_reached_only_through_words_thousands_of_activities_have_is_no_reason():
    query = query_words("produzione pannelli")
    rarity = on_index(lambda cl, _: word_rarity(cl, query))
    metals = (3.0, "24.4", "Produzione di metalli di base preziosi", "ATECO 2025", ("produzione",))
    panels = (2.0, "24.33.02", "Profilatura di pannelli stratificati", "ATECO 2025", ("pannelli",))
    assert [r[0] for r in reasons([metals, panels], query, set(), rarity)] == ["24.33.02"]
    assert [r[0] for r in reasons([metals, panels], query, set())] == ["24.4", "24.33.02"]  # no rarity: both


@pytest.mark.parametrize(("lang", "says"), [("it", "(nelle sue note: parrucchieri)"),
                                            ("en", "(in its notes: parrucchieri)")])  # fmt: skip
def test_the_page_says_when_an_entry_was_found_through_its_notes(ctl, lang, says):
    r = ctl("match", "parrucchiere", "--lang", lang, "--top", "9", "--format", "json")
    notes = [a for rec in json.loads(r.stdout) for a in rec["ateco"] if a["words_in_notes"]]
    assert notes and all(a["words"] == ["parrucchiere"] for a in notes)
    assert ["parrucchieri"] in [a["words_in_notes"] for a in notes]  # 33.14.00's notes: 'per parrucchieri'
    page = ctl("match", "parrucchiere", "--lang", lang, "--top", "9").stdout
    assert says in " ".join(page.split())


def test_the_notes_word_a_reading_met_is_shown_not_the_word_typed(ctl):
    # 'pizzeria' is read as 'pizza', whose stem is that of 'pizzi' (lace) in 28.94.10's notes: the page says
    # 'pizzi', so the reader sees what was met
    recs = json.loads(ctl("match", "pizzeria", "--top", "9", "--format", "json").stdout)
    textile = [a for rec in recs for a in rec["ateco"] if a["code"] == "28.94.10"]
    assert textile and textile[0]["words_in_notes"] == ["pizzi"] and textile[0]["words"] == ["pizzeria"]


@pytest.mark.parametrize("text", ["pneumatici ricaricabili", "vernici", "autobus a idrogeno", "mobili e arredamento"])
def test_section_titles_are_never_reasons_and_no_title_is_shown_twice(ctl, text):
    r = ctl("match", *text.split(), "--format", "json", "--top", "9")
    assert r.exit_code == 0
    for rec in json.loads(r.stdout):
        codes = [a["code"] for a in rec["ateco"]]
        assert not any(code.isalpha() for code in codes), codes
        titles = [a["title"] for a in rec["ateco"]]
        assert len(titles) == len(set(titles)), titles


def test_furniture_in_everyday_words_finds_the_living_environments_cluster(ctl):
    # before: 'mobili e arredamento' found nothing (the best entries were trade and repair, with no cluster)
    r = ctl("match", "mobili", "e", "arredamento", "--format", "json")
    assert json.loads(r.stdout)[0]["id"] == "living-environments"


@pytest.mark.parametrize(("lang", "says"), [("en", "Only 3 of the 5 clusters"), ("it", "Solo 3 dei 5 cluster")])
def test_top_n_says_why_fewer_are_listed(ctl, lang, says):
    r = ctl("match", "vernici", "--top", "5", "--lang", lang)
    assert r.exit_code == 0 and says in r.stderr
    assert says not in ctl("match", "vernici", "--lang", lang).stderr  # not asked for: the default 3
    one = ctl("match", "--ateco", "10.51", "--top", "4", "--lang", lang)
    assert ("Only 1 of the 4" if lang == "en" else "Solo 1 dei 4 cluster") in one.stderr
    # more asked for than there are clusters: not '9 clusters asked for' when 20 were
    many = ctl("match", "vernici", "--top", "20", "--lang", lang).stderr
    assert ("Only 3 of the 9 clusters have" if lang == "en" else "Solo 3 dei 9 cluster hanno") in many
    assert "asked for" not in many and "richiesti" not in many


def test_a_tie_goes_to_the_cluster_whose_entry_names_the_activity_most_plainly():
    found = [
        (2.0, "32.50.53", "Fabbricazione di mobili per uso medico e dentistico", [["life-sciences", 1.0, "32.5"]],
         {"mobili": 4.0}),
        (2.0, "31.00", "Fabbricazione di mobili", [["living-environments", 1.0, "31"]], {"mobili": 4.0}),
    ]  # fmt: skip
    evidence = ateco_evidence(found, 2)
    assert evidence["life-sciences"][0] == evidence["living-environments"][0]
    assert evidence["living-environments"][2] > evidence["life-sciences"][2]  # 2 words against 5
    entries = on_index(lambda _, e: e)
    ranked = on_index(lambda cl, e: [m.cluster["id"] for m in match(e, "mobili", classification=cl)])
    assert ranked.index("living-environments") < ranked.index("life-sciences"), ranked
    assert {e["id"] for e in entries} >= {"living-environments", "life-sciences"}


def test_one_trade_word_that_names_an_activity_is_not_a_weak_fit_but_an_unmapped_activity_is(ctl):
    wine = ctl("match", "vino", "--lang", "en")
    assert wine.exit_code == 0 and "weak fit" not in wine.stderr
    assert json.loads(ctl("match", "vino", "--format", "json").stdout)[0]["id"] == "agrifood"
    consulting = ctl("match", "consulenza", "aziendale", "--lang", "en")  # management consulting: no cluster's field
    assert consulting.exit_code == 0 and "weak fit" in consulting.stderr
    bicycles = ctl("match", "biciclette", "--lang", "en")  # in no cluster's own words, but the title of 30.92
    assert bicycles.exit_code == 0 and "weak fit" not in bicycles.stderr and "mobility" in bicycles.stdout


def test_a_fit_is_weak_when_the_model_finds_the_activity_likelier_outside_every_cluster(ctl):
    from ctl_cli.query.match import SURE, WEAK, Match, is_weak

    def ranked(raw: float, belief: float, unmapped: float | None) -> list[Match]:
        return [Match({"id": "a"}, 100.0, (), (), raw=raw, belief=belief, unmapped=unmapped),
                Match({"id": "b"}, 50.0, (), (), raw=0.1)]  # fmt: skip

    assert is_weak(ranked(WEAK * 2, 0.9, 0.5)) and not is_weak(ranked(0.1, 0.0, -0.5))  # the model decides
    assert is_weak(ranked(0.0, 0.9, -0.5))  # but no word and no entry at all is the model's guess alone: weak
    assert is_weak(ranked(WEAK / 2, SURE / 2, None))  # without it: neither opinion sure
    assert not is_weak(ranked(WEAK / 2, SURE, None)) and not is_weak(ranked(WEAK, 0.0, None))
    for text in ("software gestionale", "consulenza aziendale", "commercio all'ingrosso di abbigliamento"):
        assert "weak fit" in ctl("match", *text.split(), "--lang", "en").stderr, text
    for text in ("we make cheese", "furniture", "biciclette", "caseificio"):
        assert "weak fit" not in ctl("match", *text.split(), "--lang", "en").stderr, text


def test_a_very_long_unknown_word_is_not_cut_into_thousands_of_parts(monkeypatch):
    from ctl_cli.cache.ateco import Classification

    asked: list[int] = []
    real = Classification.known_stems

    def counting(self, ws):  # noqa: ANN001, ANN202
        ws = list(ws)
        asked.append(len(ws))
        return real(self, ws)

    monkeypatch.setattr(Classification, "known_stems", counting)
    long_word = "x" * 5000
    known = on_index(lambda cl, _: known_words(cl, f"teleriscaldamento {long_word}"))
    assert "teleriscaldamento" in known and long_word not in known
    assert max(asked) == len(compound_parts("teleriscaldamento"))  # the parts of the short word only


def test_a_prefix_before_a_hyphen_in_istat_s_notes_is_not_a_word():
    from ctl_cli.cache import answer

    # 88.10 and 88.99 (social work) name 'organizzazioni di auto-aiuto': self-help, not cars; 29.32.00 names
    # 'seggiolini auto', car seats
    codes = answer(None, lambda idx: {h[1] for h in idx.classification().hits({"aut"})})
    assert "29.32.00" in codes and not any(c.startswith("88") for c in codes)


def test_a_word_istat_negates_is_not_a_word_of_the_entry():
    from ctl_cli.cache import answer
    from ctl_cli.records.terms import stem

    # 35.11.00 is electricity 'da fonti non rinnovabili': not evidence for 'energia rinnovabile'; 35.12.00 is
    codes = answer(None, lambda idx: {h[1] for h in idx.classification().hits({stem("rinnovabili", "it")})})
    assert "35.12.00" in codes and "35.11.00" not in codes


def test_a_description_meets_the_other_languages_words_only_as_cognates():
    def met(text: str, lang: str | None) -> set[tuple[str, str]]:  # (word typed, word of the entry's text)
        found = on_index(lambda cl, _: ateco_entries(cl, query_words(text, known_words(cl, text)), lang))
        return {(w, x) for *_, written in found for w, x in written.items()}

    english = met("automation lines for the automotive sector", "en")
    assert ("lines", "linea") not in english and ("lines", "linee") not in english  # same stem 'line', no cognate
    assert any(w == "lines" for w, _ in english)  # NACE's English notes still have 'lines'
    # the language unknown: both languages' texts, as before
    assert ("lines", "linea") in met("automation lines for the automotive sector", None)
    assert ("robot", "robot") in met("robot", "en") or ("robot", "robots") in met("robot", "en")


@pytest.mark.parametrize(("lang", "says"), [("it", "(dai suoi testi nel complesso)"),
                                            ("en", "(from its texts as a whole)")])  # fmt: skip
def test_a_cluster_ranked_by_its_texts_as_a_whole_says_so_rather_than_leave_why_empty(ctl, lang, says):
    # 'salumi' is only in ISTAT's trade entries, which no cluster maps: the model still ranks agrifood from
    # all its texts, with no one word or entry of them to show
    r = ctl("match", "produzione", "di", "salumi", "--lang", lang, "--format", "json")
    bare = [rec["id"] for rec in json.loads(r.stdout) if not rec["matched"] and not rec["ateco"]]
    assert bare
    page = ctl("match", "produzione", "di", "salumi", "--lang", lang).stdout
    rows = [line for line in page.splitlines() if any(f" {cid} " in line for cid in bare)]
    assert rows and all(line.rstrip().endswith(says) for line in rows)


@pytest.mark.parametrize(("typed", "other"), [("moda", "modo"), ("casa", "caso")])
def test_a_short_stem_meets_only_a_form_of_the_word_typed(ctl, typed, other):
    from ctl_cli.query.match import same_word

    # Snowball stems both words alike ('mod', 'cas'); fashion is not a way, a house is not a case
    assert not same_word(typed, other) and same_word("casa", "case") and same_word("olio", "oli")
    assert same_word("car", "cars") and same_word("caso", "casi") and not same_word("auto", "autori")
    records = json.loads(ctl("match", typed, "--format", "json", "--top", "9").stdout)
    assert all(other not in a["words_in_notes"] for rec in records for a in rec["ateco"])
    assert all(other not in rec["matched"] for rec in records)


def test_a_first_cluster_with_no_word_and_no_entry_is_a_weak_fit(ctl):
    # 'moda' (fashion): no cluster's texts and no mapped ATECO entry have the word; the model still ranks
    r = ctl("match", "moda", "--lang", "en")
    assert r.exit_code == 0 and "weak fit" in r.stderr and "(from its texts as a whole)" in r.stdout


def test_words_of_nace_notes_under_an_istat_title_are_said_to_be_nace_s(ctl):
    # 20.41 was found through NACE's English notes ('cosmetic'): under ISTAT's Italian title, they are named
    # NACE's notes; under NACE's own English title, its notes
    records = json.loads(ctl("match", "cosmetici", "--format", "json", "--top", "9").stdout)
    entries = [a for rec in records for a in rec["ateco"]]
    nace = [a for a in entries if a["classification"] == "NACE Rev. 2.1" and a["words_in_notes"]]
    assert nace and any(a["title_it"] for a in nace)
    it = " ".join(ctl("match", "cosmetici", "--lang", "it", "--top", "9").stdout.split())
    en = " ".join(ctl("match", "cosmetici", "--lang", "en", "--top", "9").stdout.split())
    assert "(nelle note NACE: cosmetic)" in it and "(nelle sue note: cosmetic)" not in it
    assert "(in its notes: cosmetic)" in en and "NACE's notes" not in en
