"""ctl search: text, filters, empty results, bad values."""

from __future__ import annotations

import json


def ids(r):
    return [h["id"] for h in json.loads(r.stdout)]


def test_search_text_ignores_case_and_accents(ctl):
    plain = json.loads(ctl("search", "universita", "--format", "json").stdout)
    accented = json.loads(ctl("search", "UNIVERSITÀ", "--format", "json").stdout)
    assert plain == accented
    assert plain and all("universit" in h["name"].lower() for h in plain)


def test_search_all_words_must_match(ctl):
    hits = json.loads(ctl("search", "politecnico milano", "--format", "json").stdout)
    assert any(h["name"] == "Politecnico di Milano" for h in hits)
    assert all("politecnico" in h["name"].lower() for h in hits)


def test_organisation_in_several_clusters_is_one_row_with_all_clusters(ctl):
    hits = json.loads(ctl("search", "Politecnico di Milano", "--format", "json").stdout)
    poli = [h for h in hits if h["name"] == "Politecnico di Milano"]
    assert len(poli) == 1
    assert len(poli[0]["clusters"]) >= 4


def test_type_filter_repeats(ctl, mini):
    r = ctl("--data", mini, "search", "--type", "startup", "--format", "json")
    assert ids(r) == ["gamma"]
    r = ctl("--data", mini, "search", "-t", "startup", "-t", "sme", "--format", "json")
    assert ids(r) == ["beta-srl", "gamma"]


def test_search_type_startup_on_bundled_data(ctl):
    r = ctl("search", "--type", "startup", "--format", "json")
    assert r.exit_code == 0
    assert all(h["type"] == "startup" for h in json.loads(r.stdout))


def test_unknown_type_exits_2_and_lists_valid_ones(ctl):
    r = ctl("search", "--type", "gadgets")
    assert r.exit_code == 2
    assert "'gadgets'" in r.stderr
    for t in (
        "large_company",
        "sme",
        "startup",
        "university",
        "research_centre",
        "association",
        "public_body",
        "foundation",
        "other",
    ):
        assert t in r.stderr


def test_unknown_basis_exits_2(ctl):
    r = ctl("search", "--basis", "rumour")
    assert r.exit_code == 2
    assert "member_list" in r.stderr


def test_cluster_filter_uses_cluster_references(ctl, mini):
    r = ctl("--data", mini, "search", "--cluster", "Mobilita", "--format", "json")
    assert ids(r) == ["beta-srl", "uni-alpha"]
    hits = json.loads(r.stdout)
    # each with every cluster it belongs to, not only the one searched (README: "each with the clusters it belongs to")
    assert [[c["id"] for c in h["clusters"]] for h in hits] == [["alpha-tech"], ["alpha-tech", "beta-green"]]


def test_unknown_cluster_filter_exits_1(ctl):
    r = ctl("search", "--cluster", "nosuch")
    assert r.exit_code == 1
    assert "no cluster matches 'nosuch'" in r.stderr


def test_city_and_province_filters(ctl, mini):
    assert ids(ctl("--data", mini, "search", "--city", "varese", "--format", "json")) == ["beta-srl"]
    assert ids(ctl("--data", mini, "search", "--province", "no", "--format", "json")) == ["gamma"]


def test_basis_filter(ctl, mini):
    assert ids(ctl("--data", mini, "search", "--basis", "event", "--format", "json")) == ["beta-srl"]


def test_empty_result_exits_0_with_message_on_stderr(ctl):
    r = ctl("search", "zzzz-no-such-organisation")
    assert r.exit_code == 0
    assert r.stdout == ""
    assert "No organisation's name matches 'zzzz-no-such-organisation'" in r.stderr
    assert "partial" in r.stderr


def test_empty_result_is_valid_json(ctl):
    r = ctl("search", "zzzz-no-such-organisation", "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == []


def test_search_table_shows_clusters(ctl, mini):
    out = ctl("--data", mini, "search", "alpha").stdout
    assert "Università Alpha" in out
    assert "alpha-tech, beta-green" in out


def test_search_csv(ctl, mini):
    out = ctl("--data", mini, "search", "--format", "csv").stdout.splitlines()
    assert out[0] == "id,name,type,city,province,clusters,status,successor_id"
    assert "uni-alpha,Università Alpha,university,Milano,MI,alpha-tech beta-green,," in out


def test_control_characters_and_markup_in_data_are_inert(ctl, write_yaml, mini):
    from pathlib import Path

    evil = "Evil [bold]Srl[/bold] [/x] \x1b[31mred\x1b]0;title\x07 \u009b2J \u202eabc"
    text = (
        Path(mini)
        .read_text(encoding="utf-8")
        .replace('name: "Beta Srl"', f'name: "{evil.encode("unicode_escape").decode()}"')
    )
    path = write_yaml(text)
    for fmt in ("table", "csv", "markdown", "yaml"):
        r = ctl("--data", path, "search", "evil", "--format", fmt)
        assert r.exit_code == 0, (fmt, r.stderr)
        assert "Evil" in r.stdout
        assert not any(ch in r.stdout for ch in "\x1b\x07\u009b\u202e"), fmt
    assert "[bold]Srl[/bold] [/x]" in ctl("--data", path, "search", "evil").stdout
    r = ctl("--data", path, "search", "evil", "--format", "json")
    assert not any(ch in r.stdout for ch in "\x1b\x07\u009b\u202e")
    assert json.loads(r.stdout)[0]["name"] == evil  # JSON escapes them and parses back to the same value


def test_empty_search_says_how_partial_the_list_is(ctl):
    summary = {c["id"]: c for c in json.loads(ctl("list", "--format", "json").stdout)}["agrifood"]
    r = ctl("search", "--type", "startup", "--cluster", "agrifood")
    assert r.exit_code == 0 and r.stdout == ""
    mc = summary["member_count"]
    assert "No public source seen names a start-up member of agrifood." in r.stderr
    qualifier = {"about": "about ", "over": "over ", "exact": ""}[mc["qualifier"]]
    assert f"agrifood: {summary['members_listed']} listed here of {qualifier}{mc['value']} published" in r.stderr


def test_few_hits_come_with_the_partial_list_note_in_italian(ctl, mini):
    r = ctl("--data", mini, "search", "gamma", "--lang", "it")
    assert r.exit_code == 0 and "Gamma Start" in r.stdout
    assert "Gli elenchi dei soci sono parziali" in r.stderr
    assert "alpha-tech: 2 elencati qui su circa 10 dichiarati" in r.stderr
    assert "beta-green: 2 elencati qui" in r.stderr
    # machine formats keep stderr quiet when something was found
    r = ctl("--data", mini, "search", "gamma", "--format", "json")
    assert r.stderr == ""


def test_a_search_word_matches_the_start_of_a_word_not_inside_one(ctl):
    """'ase' is inside 'Laser', 'universita' inside 'Interuniversitario': neither is the start of a word."""
    assert not any("laser" in h["name"].lower() for h in json.loads(ctl("search", "ase", "--format", "json").stdout))
    unis = json.loads(ctl("search", "universita", "--format", "json").stdout)
    assert unis and not any("Interuniversitario" in h["name"] for h in unis)
    assert all(any(w.startswith("univ") for w in h["name"].lower().split()) for h in unis)
    interuni = json.loads(ctl("search", "interuniv", "--format", "json").stdout)
    assert any("Interuniversitario" in h["name"] for h in interuni)
    assert any(h["name"] == "TTM Laser" for h in json.loads(ctl("search", "las", "--format", "json").stdout))


def test_articles_and_prepositions_alone_are_not_search_words(ctl):
    r = ctl("search", "di")
    assert r.exit_code == 2
    assert "Arendi" not in r.stdout and "preposition" in r.stderr
    r = ctl("search", "della", "--lang", "it")
    assert r.exit_code == 2 and "preposizione" in r.stderr
    # with another word they are left out, not required
    hits = json.loads(ctl("search", "politecnico", "di", "milano", "--format", "json").stdout)
    assert any(h["name"] == "Politecnico di Milano" for h in hits)


def test_a_city_not_in_the_data_gets_a_did_you_mean(ctl):
    r = ctl("search", "--city", "Milan")
    assert r.exit_code == 0 and r.stdout == ""
    assert r.stderr.startswith("No organisation in the data is in 'Milan'.\nDid you mean: Milano?")
    assert "matches these filters" not in r.stderr  # the city is why; nothing else to say
    r = ctl("search", "--city", "provaglio", "--lang", "it")
    assert r.exit_code == 0 and "Forse cercavi: Provaglio d'Iseo?" in r.stderr


def test_a_known_city_or_a_far_one_gets_no_city_suggestion(ctl):
    # Milano is in the data: no hint even when the other filters find nothing there
    r = ctl("search", "zzzz", "--city", "milano")
    assert r.exit_code == 0 and "No organisation in the data is in" not in r.stderr
    r = ctl("search", "--city", "qwxzv")
    assert r.exit_code == 0 and "No organisation in the data is in" in r.stderr
    assert "Did you mean" not in r.stderr


def test_a_name_found_nowhere_is_said_as_such(ctl):
    r = ctl("search", "Bosch")
    assert r.exit_code == 0 and r.stderr.startswith("No organisation's name matches 'Bosch'.")
    assert ctl("--lang", "it", "search", "Bosch").stderr.startswith(
        "Nessuna organizzazione ha un nome che corrisponde a 'Bosch'."
    )
    # with another filter too, it is the filters together that find nothing
    assert ctl("search", "bosch", "--type", "sme").stderr.startswith("No organisation matches these filters.")


def test_an_empty_search_by_province_says_which_province_it_read(ctl):
    """`ctl search -p Br`: BR is Brindisi's code (Brescia is BS), and no organisation is there; the empty result
    now says so, in the reader's language, so a reader who meant Brescia sees why."""
    en = ctl("search", "-p", "Br", "--lang", "en")
    assert en.exit_code == 0 and "--province 'Br' was read as BR, Brindisi." in en.stderr
    it = ctl("search", "-p", "Br", "--lang", "it")
    assert "--province 'Br' è stato letto come BR, Brindisi." in it.stderr
    found = ctl("search", "-p", "BS", "--lang", "en")  # results show their province: nothing more said
    assert found.exit_code == 0 and "was read as" not in found.stderr and "BS" in found.stdout
