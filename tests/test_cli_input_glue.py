"""Where the parts of issue 12 meet: `ctl org` reads a name as `ctl search` reads text (legal forms
are not words of a name), suggests through aliases too, and `ctl compare` needs two clusters."""

from __future__ import annotations

import json

import pytest

from ctl_cli.dataset import locate, validate
from ctl_cli.query.orgs import find_orgs, suggest_orgs
from ctl_cli.records.orgs import org_names

BUNDLED = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled")
NAMES = {o.id: org_names(o) for o in BUNDLED.organisations.values()}  # what find_orgs looks through


@pytest.mark.parametrize("typed", ["S.p.A.", "srl", "S.r.l. spa"])
def test_org_given_only_a_legal_form_is_a_usage_error(ctl, typed):
    r = ctl("org", typed)
    assert r.exit_code == 2
    assert "legal form" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("typed", ["a-l-a", "A.L.A.", "ala"])
def test_an_id_or_name_made_of_legal_form_letters_still_finds_its_organisation(ctl, typed):
    """'a-l-a' folds to the words a, l, a, which are no search words: the id and name come first."""
    r = ctl("org", typed, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "a-l-a"


def test_only_minor_words_find_no_organisation_rather_than_all_of_them():
    assert find_orgs(NAMES, "di") == [] and find_orgs(NAMES, "S.p.A.") == []


def test_a_legal_form_after_a_name_does_not_widen_the_org_look_up():
    # 'spa' used to be one more word to find, matched as a prefix inside other words
    assert [o.id for o in find_orgs(NAMES, "Ancorotti Cosmetics S.p.A.")] == ["ancorotti-cosmetics"]


def test_a_typo_in_an_alias_is_suggested_through_the_alias():
    assert suggest_orgs(NAMES, "unimibb")[:1] == ["Università degli Studi di Milano-Bicocca"]  # UniMiB
    assert suggest_orgs(NAMES, "polimii") == ["Politecnico di Milano"]  # Polimi


def test_the_org_not_found_hint_gives_a_way_forward_in_both_languages(ctl):
    r = ctl("org", "zzqqxxw")
    assert r.exit_code == 1 and "ctl search" in r.stderr and "shorter" not in r.stderr
    r = ctl("--lang", "it", "org", "zzqqxxw")
    assert r.exit_code == 1 and "ctl search" in r.stderr and "più breve" not in r.stderr


@pytest.mark.parametrize("a, b", [("energy", "energy"), ("energy", "LE2C"), ("AFIL", "fabbrica intelligente")])
def test_compare_one_cluster_with_itself_is_a_usage_error(ctl, a, b):
    r = ctl("compare", a, b)
    assert r.exit_code == 2 and "same cluster" in r.stderr and r.stdout == ""


def test_compare_two_clusters_still_works(ctl):
    r = ctl("compare", "energy", "agrifood", "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)


def test_the_no_start_up_note_is_said_only_when_no_start_up_is_listed(ctl, write_yaml):
    """`--type startup --province VA` finding nothing is no reason to say that no source names a
    start-up member, when one is listed elsewhere (here MoxOff typed as one again, in Milano)."""
    text = locate.bundled_path().read_text(encoding="utf-8")
    at = text.index("\n  type: ", text.index("- id: moxoff-spa"))
    path = write_yaml(text[:at] + "\n  type: startup" + text[text.index("\n", at + 1) :])
    r = ctl("--data", path, "search", "--type", "startup", "--province", "VA")
    assert r.exit_code == 0 and r.stdout == "" and "start-up member" not in r.stderr
    assert "MOXOFF" in ctl("--data", path, "search", "--type", "startup").stdout
    r = ctl("search", "--type", "startup", "--province", "VA")  # the bundled data lists none
    assert "No public source seen names a start-up member" in r.stderr


def test_the_stats_key_explains_the_question_mark_it_prints(ctl):
    """The '?' of `ctl stats` is the province row of organisations with no known province; an unknown
    published total is written 'unknown' (issue 12: one way), so the key must say what '?' is."""
    out = ctl("stats").stdout
    assert "\n?" in out and "? = province not known" in out
    assert "unknown" in out.split("Organisations by province")[0]


@pytest.mark.parametrize("args", [("compare", "energy", "smart-communities"), ("org", "Politecnico di Milano")])
def test_prose_tables_wrap_at_100_where_nothing_gives_a_width(ctl, args):
    """In a pipe or a file with no COLUMNS, a table of sentences (compare's fields, org's notes) is
    wrapped at 100 like the rest of the page; only a lone URL may stick out."""
    out = ctl(*args, env={"COLUMNS": None}).stdout
    long = [line for line in out.splitlines() if len(line) > 100 and "://" not in line]
    assert out and long == []
