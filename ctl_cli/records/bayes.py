"""The naive Bayes part of `ctl match`, computed once when a dataset's classification tables are built.

Each cluster is read as one long text: its own texts (records/match.profile: each stem once, with the weight
of the field it stands in) and the ISTAT titles and notes, Italian and English, of every ATECO 2025 entry
below section level that the dataset's rows lead to it (records/classification: each stem with its weight
in the entry, times the row's weight for the cluster). From that text, a multinomial naive Bayes model
(McCallum and Nigam, "A comparison of event models for naive Bayes text classification", AAAI-98 workshop
on learning for text categorization, 1998) gives how likely each stem is in the cluster's text, with
additive (Lidstone) smoothing ALPHA over the stems of all the clusters' texts:

    log P(stem | cluster) = log((weight of the stem in the cluster's text + ALPHA) /
                                (total weight of the cluster's text + ALPHA * number of stems))

A cluster with hundreds of entries (smart factory) spreads its probability over many more stems than one
with a few, so a word one of its many entries happens to name counts for less there than in a cluster
whose few entries are all about it. query/bayes.py reads the table; nothing here prints.
"""

from __future__ import annotations

import math
from typing import Any

ALPHA = 0.1  # Lidstone smoothing: the weight a stem a cluster's text lacks is counted with
UNMAPPED = ""  # the model's pseudo-cluster: the activities no row leads to any cluster (trade, consulting...)
OWN = 1.0  # the weight of a cluster's own texts against the ATECO entries' texts (as they stand: 1 each)


def likelihoods(
    terms: list[tuple[str, str, float, str]],
    node_clusters: dict[str, list[list[Any]]],
    profiles: dict[str, dict[str, list[Any]]],
) -> tuple[list[tuple[str, str, float]], list[tuple[str, float]]]:
    """([(stem, cluster, log P(stem | cluster))] for every stem a cluster's text has, [(cluster, log P of a
    stem its text lacks)]), by the formula in this module's docstring; and the same for UNMAPPED, the text of
    every entry below section level that leads to no cluster, as if it were one more cluster (what
    query.bayes.unmapped_odds compares a description's first cluster with).

    terms: (stem, ATECO 2025 code, weight in the entry, language[, word]) of every entry (records/classification);
    node_clusters: code -> [[cluster, weight, via code]] (records/classification.node_clusters); profiles:
    cluster id -> {stem: [weight, word, other words...]} (records/match.profile), one per cluster of the
    dataset, pending ones included (which clusters are ranked is the query's business). When no cluster's
    text has a stem, both lists are empty: there is nothing to model."""
    counts: dict[str, dict[str, float]] = {cid: {} for cid in profiles}
    unmapped: dict[str, float] = {}
    for s, code, weight, *_ in terms:
        if code.isalpha():  # a section's notes list every activity in it: they say nothing about one
            continue
        for cid, share, _ in node_clusters.get(code, ()):
            if cid in counts:
                counts[cid][s] = counts[cid].get(s, 0.0) + weight * share
        if not node_clusters.get(code):
            unmapped[s] = unmapped.get(s, 0.0) + weight
    for cid, prof in profiles.items():
        for s, (weight, *_) in prof.items():
            counts[cid][s] = counts[cid].get(s, 0.0) + OWN * weight
    stems = len(set().union(*counts.values())) if counts else 0
    rows: list[tuple[str, str, float]] = []
    unseen: list[tuple[str, float]] = []
    for cid, got in counts.items():
        total = sum(got.values()) + ALPHA * stems
        if total <= 0:  # no stem in any cluster's text (a dataset of one-letter texts): no model to give
            continue
        rows += [(s, cid, math.log((n + ALPHA) / total)) for s, n in got.items()]
        unseen.append((cid, math.log(ALPHA / total)))
    if rows and unmapped:  # the background: smoothed over its stems and the clusters' together
        total = sum(unmapped.values()) + ALPHA * len(set(unmapped).union(*counts.values()))
        rows += [(s, UNMAPPED, math.log((n + ALPHA) / total)) for s, n in unmapped.items()]
        unseen.append((UNMAPPED, math.log(ALPHA / total)))
    return rows, unseen
