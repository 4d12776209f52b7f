"""The shape of ctl match's evaluation set (tests/data/match_eval.yaml), issue 13 "First, the measuring stick".

Only the file is checked here: how many cases of each kind, where each comes from, which clusters it expects.
How well `ctl match` does on it is measured by bench/match_eval.py (and, for the 45 sentences, test_match.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ctl_cli.text import fold

from .expected import NINE

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((ROOT / "tests" / "data" / "match_eval.yaml").read_text(encoding="utf-8"))
DATASET = yaml.safe_load((ROOT / "data" / "clusters.yaml").read_text(encoding="utf-8"))

SENTENCES_45 = [c for c in CASES if "kind" not in c]  # scored by test_match.py as before issue 13
NEW = [c for c in CASES if "kind" in c]
TEXT = [c for c in CASES if "text" in c]  # the 45 sentences and the new phrases and sentences
NEW_TEXT = [c for c in NEW if c["kind"] in ("phrase", "sentence")]
ATECO = [c for c in NEW if c["kind"] == "ateco"]
CLUSTER_IDS = {c["id"] for c in DATASET["clusters"]}
SOURCE_KINDS = {"org", "trade", "product", "ateco"}  # what a text case may come from
CODE = re.compile(r"^(?:[A-V]|\d{2}(?:\.\d(?:\d(?:\.\d\d?)?)?)?)$")  # section, division, group, class, category...


def words(text: str) -> int:
    return len(text.split())


def from_ateco_title(case: dict) -> bool:
    return "ateco" in case["from"]


def test_the_45_sentences_keep_their_single_label():
    assert len(SENTENCES_45) == 45
    assert all(isinstance(c["expected"], str) and c["expected"] in NINE for c in SENTENCES_45)


def test_counts_of_text_and_ateco_cases():
    assert len(TEXT) >= 150
    assert len(ATECO) >= 30
    assert {c["kind"] for c in NEW} <= {"phrase", "sentence", "ateco"}


def test_most_text_cases_are_short_everyday_phrases():
    short = [c for c in TEXT if 2 <= words(c["text"]) <= 5]
    assert len(short) / len(TEXT) >= 0.6
    # a phrase is what goes into a search box; a longer description is a sentence
    assert all(words(c["text"]) <= 5 for c in NEW_TEXT if c["kind"] == "phrase")
    assert all(words(c["text"]) > 5 for c in NEW_TEXT if c["kind"] == "sentence")


def test_at_most_a_third_of_the_text_cases_come_from_ateco_titles():
    assert sum(from_ateco_title(c) for c in NEW_TEXT) <= len(TEXT) / 3


def test_every_cluster_in_both_languages_and_in_the_ateco_codes():
    for lang in ("it", "en"):
        covered = {x for c in NEW_TEXT if c["lang"] == lang for x in c["expected"]}
        assert NINE <= covered, (lang, NINE - covered)
    assert NINE <= {x for c in ATECO for x in c["expected"]}


def test_every_new_case_lists_real_clusters_with_a_reason():
    for case in NEW:
        where = case.get("text") or case.get("ateco")
        assert isinstance(case["expected"], list) and case["expected"], where
        assert len(set(case["expected"])) == len(case["expected"]), where
        assert set(case["expected"]) <= CLUSTER_IDS, (where, set(case["expected"]) - CLUSTER_IDS)
        assert isinstance(case["reason"], str) and case["reason"].strip() and "\n" not in case["reason"], where
    for case in NEW_TEXT:
        assert case["lang"] in ("it", "en"), case["text"]


def test_every_new_case_says_where_it_comes_from():
    for case in NEW_TEXT:
        src = case["from"]
        assert isinstance(src, dict) and len(set(src) & SOURCE_KINDS) == 1, case["text"]
        if "org" in src:  # a company's or body's public description: its name and its page
            assert set(src) == {"org", "url"} and src["org"].strip(), case["text"]
            assert re.match(r"^https?://\S+$", src["url"]), case["text"]
        elif "ateco" in src:  # an ATECO title: the code and the title as published
            assert set(src) == {"ateco", "title"} and CODE.match(src["ateco"]) and src["title"].strip(), case["text"]
        else:
            assert len(src) == 1 and next(iter(src.values())).strip(), case["text"]
    for case in ATECO:
        assert case["from"] == {"classification": "ATECO 2025"}, case["ateco"]
        assert CODE.match(case["ateco"]) and case["title"].strip(), case["ateco"]


def test_no_case_text_is_a_cluster_keyword():
    lists = [c.get("keywords", {}).get(lang, []) for c in DATASET["clusters"] for lang in ("it", "en")]
    keywords = {fold(k) for words in lists for k in words}
    assert keywords  # the dataset has keyword lists to compare with
    same = [c["text"] for c in TEXT if fold(c["text"]) in keywords]
    assert not same


def test_texts_and_codes_are_not_repeated():
    texts = [fold(c["text"]) for c in TEXT]
    codes = [c["ateco"] for c in ATECO]
    assert len(set(texts)) == len(texts)
    assert len(set(codes)) == len(codes)


def test_ateco_codes_and_titles_are_istat_2025():
    """Every code (the code cases and the titles text cases come from) is in ATECO 2025, with its title as
    published, according to ISTAT's tables as shipped by the `ateco` package."""
    ateco = pytest.importorskip("ateco")
    pairs = [(c["ateco"], c["title"]) for c in ATECO]
    pairs += [(c["from"]["ateco"], c["from"]["title"]) for c in NEW_TEXT if from_ateco_title(c)]
    for code, title in pairs:
        node = ateco.lookup(code, edition="2025")
        assert node is not None, code
        assert node.title == title, (code, node.title)
    assert {ateco.lookup(c["ateco"], edition="2025").level for c in ATECO} >= {"section", "division", "class"}
