"""ctl match, issue 13 (ranking): the naive Bayes half of the mix (records/bayes.py builds it with the index,
query/bayes.py reads it): a cluster's whole text, its own words and its ATECO entries' titles and notes."""

from __future__ import annotations

import math

from ctl_cli.cache import answer
from ctl_cli.query.bayes import posterior, unmapped_odds
from ctl_cli.query.match import match, query_words
from ctl_cli.records.bayes import ALPHA, UNMAPPED, likelihoods


def test_a_word_counts_more_in_a_small_text_than_in_a_large_one_that_has_it_as_often():
    # 'pomp' once in each; the broad cluster's text also names forty other things
    terms = [("pomp", "28.13", 1.0, "it"), ("calor", "28.21", 1.0, "it")]
    terms += [(f"s{i}", "28.99", 1.0, "it") for i in range(40)]
    nodes = {"28.13": [["broad", 1.0, "28"], ["narrow", 1.0, "28.13"]], "28.21": [["narrow", 1.0, "28.21"]],
             "28.99": [["broad", 1.0, "28"]]}  # fmt: skip
    rows, unseen = likelihoods(terms, nodes, {"broad": {}, "narrow": {"calor": [3.0, "calore"]}})
    logp = {(s, c): v for s, c, v in rows}
    assert logp[("pomp", "narrow")] > logp[("pomp", "broad")]
    stems = 2 + 40
    assert math.isclose(logp[("calor", "narrow")], math.log((1.0 + 3.0 + ALPHA) / (1 + 4.0 + ALPHA * stems)))
    assert dict(unseen)["broad"] < logp[("pomp", "broad")]  # a stem a text lacks is less likely than one it has
    assert ("calor", "broad") not in logp  # only what a text has is stored


def test_texts_without_a_stem_give_no_model_rather_than_a_division_by_zero():
    # a dataset whose texts are all one letter (the property test's 'x') has no stem anywhere
    assert likelihoods([], {}, {"a": {}, "b": {}}) == ([], [])
    rows, unseen = likelihoods([], {}, {"a": {}, "b": {"calor": [1.0, "calore"]}})
    assert [c for c, _ in unseen] == ["a", "b"] and rows == [("calor", "b", math.log((1.0 + ALPHA) / (1.0 + ALPHA)))]


def test_the_entries_no_row_leads_to_a_cluster_are_one_more_text_the_unmapped():
    terms = [("consul", "70.22", 1.0, "it"), ("pomp", "28.13", 1.0, "it")]
    rows, unseen = likelihoods(terms, {"28.13": [["pumps", 1.0, "28.13"]], "70.22": []}, {"pumps": {}})
    logp = {(s, c): v for s, c, v in rows}
    assert ("consul", UNMAPPED) in logp and ("pomp", UNMAPPED) not in logp and UNMAPPED in dict(unseen)
    assert ("consul", "pumps") not in logp  # the unmapped text is no cluster's


def test_unmapped_odds_compare_each_cluster_with_the_unmapped_entries_and_posterior_ignores_them():
    found = {"consul": {UNMAPPED: -1.0}, "pomp": {"pumps": -1.0}}
    cl = Fake(found, {"pumps": -9.0, UNMAPPED: -9.0})
    assert unmapped_odds(cl, ["pumps"], {"consulenza": ("consul",)}, {})["pumps"] > 0  # a word only trade has
    assert unmapped_odds(cl, ["pumps"], {"pompe": ("pomp",)}, {})["pumps"] < 0
    assert posterior(cl, ["pumps"], {"consulenza": ("consul",)}, {}) == ({}, set())  # no cluster has the word
    assert unmapped_odds(Fake(found, {"pumps": -9.0}), ["pumps"], {"pompe": ("pomp",)}, {}) == {}  # no such model


class Fake:
    def __init__(self, found, unseen):
        self.found, self.unseen = found, unseen

    def likelihoods(self, stems):  # noqa: ANN001, ANN201
        return {s: v for s, v in self.found.items() if s in stems}, self.unseen


def test_the_shares_sum_to_one_and_a_rare_word_outweighs_a_common_one():
    found = {"aeronaut": {"air": -2.0}, "material": {"fab": -1.0, "air": -3.0}}
    cl = Fake(found, {"air": -9.0, "fab": -9.0, "x": -9.0})
    query = {"aeronautica": ("aeronaut",), "materiali": ("material",), "zzz": ("zzz",)}
    share, evidenced = posterior(cl, ["air", "fab", "x"], query, {"aeronautica": 1.0, "materiali": 0.1})
    assert math.isclose(sum(share.values()), 1.0) and share["air"] > share["fab"] > share["x"]
    assert evidenced == {"air", "fab"}  # 'x' has no word of the description: it is not evidenced
    flat, _ = posterior(cl, ["air", "fab", "x"], query, {"aeronautica": 0.1, "materiali": 1.0})
    assert flat["fab"] > flat["air"]  # the weights decide: the same texts, the other word rarer
    assert posterior(cl, ["air"], {"zzz": ("zzz",)}, {}) == ({}, set())  # no word any text has
    assert posterior(None, ["air"], query, {}) == ({}, set())


def test_on_the_bundled_data_the_model_has_every_cluster_and_shares_sum_to_one():
    def run(idx):  # noqa: ANN001, ANN202
        entries = idx.match_entries()
        cl = idx.classification()
        query = query_words("trasformatori elettrici", None)
        share, evidenced = posterior(cl, [e["id"] for e in entries], query, {})
        return entries, share, evidenced, match(entries, "trasformatori elettrici", classification=cl)

    entries, share, evidenced, found = answer(None, run)
    assert set(share) == {e["id"] for e in entries} and math.isclose(sum(share.values()), 1.0)
    assert max(share, key=share.get) == "energy" and "energy" in evidenced  # 27.11: transformers
    assert found[0].cluster["id"] == "energy" and found[0].score == 100
    listed = {m.cluster["id"] for m in found if m.score > 0}
    assert listed <= evidenced | {m.cluster["id"] for m in found if m.raw > 0}  # nothing listed on no evidence
