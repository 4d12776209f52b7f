"""The naive Bayes opinion `ctl match` mixes with its word-by-word evidence: how likely each cluster's text
(its own texts and its ATECO entries' titles and notes, records/bayes.py) makes a description, word by word,
each word weighted by how rare it is among ATECO entries (query.match.word_rarity: 'produzione' names
thousands of activities and says little; 'aeronautica' names a few)."""

from __future__ import annotations

import math
from typing import Any

from ..records.bayes import UNMAPPED

Model = tuple[dict[str, dict[str, float]], dict[str, float]]  # ({stem: {cluster: log P}}, {cluster: log P unseen})


def model(classification: Any, query: dict[str, tuple[str, ...]]) -> Model | None:
    """The model's likelihoods for a description's stems (classification.likelihoods: ({stem: {cluster: log
    P}}, {cluster: log P of a stem its text lacks})), read once for posterior() and unmapped_odds(); None
    without a classification or a word. Raises the index's Broken as classification.likelihoods does."""
    if classification is None or not query:
        return None
    return classification.likelihoods({s for ss in query.values() for s in ss})


def posterior(
    classification: Any,
    ids: list[str],
    query: dict[str, tuple[str, ...]],
    rarity: dict[str, float],
    read: Model | None = None,
) -> tuple[dict[str, float], set[str]]:
    """({cluster: its share of the model's belief, 0-1, the shares of `ids` summing to 1}, {the clusters whose
    text has at least one of the description's words}) for the clusters `ids` (those being ranked), with
    uniform priors: share(c) = exp(score(c)) / sum over ids, score(c) = sum over the description's words of
    rarity(word) * log P(word | c), a word's P its likeliest stem's. A word no cluster's text has is left
    out; ({}, set()) when no word is left, or without a classification or a model for the clusters. `read`:
    model() of this description, when already read.
    Raises the index's Broken as classification.likelihoods does."""
    read = read or model(classification, query)
    if read is None:
        return {}, set()
    found, unseen = read
    ids = [c for c in ids if c in unseen and c != UNMAPPED]
    found = {s: by for s, by in found.items() if set(by) - {UNMAPPED}}  # words only the unmapped entries have
    used = _used(found, query)
    if not ids or not used:
        return {}, set()
    score = {c: _score(c, used, found, unseen, rarity) for c in ids}
    top = max(score.values())
    weight = {c: math.exp(v - top) for c, v in score.items()}
    total = sum(weight.values())
    evidenced = {c for ss in used.values() for s in ss for c in found[s]}
    return {c: v / total for c, v in weight.items()}, evidenced & set(ids)


def unmapped_odds(
    classification: Any,
    ids: list[str],
    query: dict[str, tuple[str, ...]],
    rarity: dict[str, float],
    read: Model | None = None,
) -> dict[str, float]:
    """{cluster: log-odds that the description is of an activity no dataset row leads to a cluster (trade,
    consulting, hairdressing: records/bayes.UNMAPPED) rather than of that cluster}, for the clusters `ids`,
    by the same model and word weights as posterior() over the words that any cluster's text or the
    unmapped entries' text has. Above 0: the model finds the description likelier outside every cluster.
    {} without a classification, a model of the unmapped entries, or a word either has. `read`: model() of
    this description, when already read. Raises the index's Broken as classification.likelihoods does."""
    read = read or model(classification, query)
    if read is None:
        return {}
    found, unseen = read
    used = _used(found, query)
    if UNMAPPED not in unseen or not used:
        return {}
    outside = _score(UNMAPPED, used, found, unseen, rarity)
    return {c: outside - _score(c, used, found, unseen, rarity) for c in ids if c in unseen}


def _used(found: dict[str, dict[str, float]], query: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Each word of the description -> its stems the model has (in `found`); words with none left out."""
    used = {w: [s for s in stems if s in found] for w, stems in query.items()}
    return {w: ss for w, ss in used.items() if ss}


def _score(
    c: str, used: dict[str, list[str]], found: dict[str, dict[str, float]], unseen: dict[str, float], rarity: dict
) -> float:
    """log P(description | c)'s weighted form: the sum over the words of rarity(word) * log P of the word's
    likeliest stem in c's text (unseen[c] for a stem it lacks)."""
    return sum(rarity.get(w, 1.0) * max(found[s].get(c, unseen[c]) for s in ss) for w, ss in used.items())
