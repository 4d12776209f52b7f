"""ctl match, issue 13 (principled ranking rules), each on made-up clusters rather than on the evaluation set:
what a cluster is called is not what it does; an entry above a row leads to the row's cluster by the share
of its activities the row holds; a word several clusters share counts less in each."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ctl_cli.dataset.model import Text
from ctl_cli.query.match import match, query_words, text_hits
from ctl_cli.records.match import cluster_texts, profile


def made_up(cid: str, theme: str, name: str = "", description: str = "", aliases: tuple[str, ...] = ()) -> dict:
    """A match entry (records/match.match_entry's shape) of a cluster with these Italian texts only."""
    c = SimpleNamespace(
        theme=Text(it=theme), name=Text(it=name), aliases=aliases, focus=(), keywords=(),
        description=Text(it=description), working_groups=(), services=(),
    )  # fmt: skip
    return {"id": cid, "status": "recognised", "name": {"it": name}, "theme": {"it": theme},
            "profile": profile(cluster_texts(c)), "members": []}  # fmt: skip


def test_a_clusters_name_and_aliases_are_not_compared():
    dairy = made_up("dairy", "formaggi e latte", name="Cluster di Alta Tecnologia Lattiero", aliases=("Alta Tec",))
    grid = made_up("grid", "reti elettriche", description="linee ad alta tensione")
    assert "alt" not in dairy["profile"] and "lattier" not in dairy["profile"]
    ranked = [m.cluster["id"] for m in match([dairy, grid], "cavi per alta tensione") if m.score > 0]
    assert ranked == ["grid"]


def test_an_entry_above_a_row_leads_to_its_cluster_by_the_share_of_its_activities_the_row_holds():
    from ctl_cli.records.classification import leaves_below, node_clusters

    nodes = {  # a made-up division: two groups of two classes each, and a third group of one class
        "99": {}, "99.1": {"parent": "99"}, "99.11": {"parent": "99.1"}, "99.12": {"parent": "99.1"},
        "99.2": {"parent": "99"}, "99.21": {"parent": "99.2"}, "99.22": {"parent": "99.2"},
        "99.3": {"parent": "99"}, "99.30": {"parent": "99.3"},
    }  # fmt: skip
    rows = {"99.3": ["optics"], "99.21": ["tools", "optics"]}
    below = leaves_below(nodes, rows)
    assert node_clusters("99", nodes, rows, below) == [["optics", 0.4, "99.21"], ["tools", 0.2, "99.21"]]
    assert node_clusters("99.2", nodes, rows, below) == [["tools", 0.5, "99.21"], ["optics", 0.5, "99.21"]]
    assert node_clusters("99.30", nodes, rows, below) == [["optics", 1.0, "99.3"]]
    assert node_clusters("99.1", nodes, rows, below) == []


def test_a_word_k_clusters_share_counts_one_kth_in_each():
    alone = made_up("alone", "formaggi")
    a, b = made_up("a", "robot saldatura"), made_up("b", "robot verniciatura")
    other = made_up("other", "vini")
    hits = text_hits([alone, a, b, other], query_words("formaggi robot"))
    assert hits[0][0][0] == pytest.approx(2 * hits[1][0][0]) and hits[1] == hits[2] and hits[3] == []


def test_a_matched_word_is_shown_as_the_cluster_writes_it_accents_and_all():
    city = made_up("city", "Mobilità sostenibile nelle Città")
    assert city["profile"]["citt"] == [3.0, "città"]  # the stem of the folded word; the word as written, lower-cased
    got = match([city], "mobilita in citta")[0]
    assert set(got.matched) == {"mobilità", "città"}  # typed without accents, shown as written


def test_of_a_clusters_words_with_one_stem_the_one_most_like_the_word_typed_is_shown():
    texts = [(2.0, "en", "Cosmetics and perfumes"), (2.0, "it", "Cosmetici e profumi"), (1.0, "it", "cosmetica")]
    prof = profile(texts)
    assert prof["cosmet"] == [2.0, "cosmetics", "cosmetici", "cosmetica"]  # the first at the top weight first
    entry = {"id": "beauty", "status": "recognised", "name": {}, "theme": {}, "profile": prof, "members": []}
    assert match([entry], "cosmetici")[0].matched == ("cosmetici",)
    assert match([entry], "cosmetics")[0].matched == ("cosmetics",)
    assert match([entry], "cosmetica")[0].matched == ("cosmetica",)
