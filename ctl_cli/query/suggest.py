"""The "did you mean" of every command: what a user may have meant, for clusters (show, compare,
sources, search --cluster) and organisations (org, search), worked out in one way.

Words are compared, not whole strings: each word the user typed is matched (rapidfuzz's ratio, an
edit distance) with the words of every candidate's names, and a word counts by how rare its match is
among the candidates, so a shared common word ("universita", "cluster", "smart") cannot make a
suggestion on its own. Only the first MAX_COMPARED characters of what the user typed are compared: a
100 kB argument costs what 64 characters cost.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from ..text import MINOR_WORDS, fold, search_words

MAX_COMPARED = 64  # characters of the user's text that are compared with the candidates
# How close (0-100) a typed word and a name's word must be to count as the same word, and how much of
# the typed words (0-100, weighted) a candidate's names must cover to be suggested. Organisations are
# many and share words, so they must be close ('politecnco' ~ 'politecnico' is 95; 'universita' ~
# 'univerlecco' is 57); clusters are ten, so a looser match still helps ('city' ~ 'cities' is 60).
ORG_CUTOFFS = (75.0, 75.0)
CLUSTER_CUTOFFS = (60.0, 60.0)
# A typed word this short must be a word of the names as it is: one edit in three letters is another
# word ('foo' is not 'food', 'for' or 'fop').
SHORT = 3
# What a match with a weaker key (a cluster's keyword, not one of its names) is worth: 'salute' is one
# of life-sciences' keywords, worth 80, ahead of a name's word only like it.
WEAK = 0.8
WEAK_CLOSE = 85.0  # and only when the words are this close: keywords are many, a loose match is noise
# A suggestion this much (0-100) below the best is left out: 'enrgy' is energy (91), not also green-chemistry
# and agrifood (73, through their keywords 'energia' and 'energy'), as git offers only its nearest commands.
MARGIN = 15.0


def _scorer():
    """rapidfuzz's ratio (normalised Indel distance, 0-100): one place, so a test can count the work."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def typed_words(ref: str) -> list[str]:
    """The words of the first MAX_COMPARED characters of `ref`, folded, legal forms left out, each once."""
    return list(dict.fromkeys(search_words(ref[:MAX_COMPARED])))


def clusters(
    keyed: Sequence[tuple[str, Sequence[str]]],
    ref: str,
    limit: int = 3,
    hints: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """Up to `limit` ids of clusters that `ref` may mean, best first, given each cluster's id and the
    names a user may give it (records.clusters.cluster_keys, as the index stores them) and, as weaker
    keys (WEAK), its keywords (`hints`: id -> records.clusters.cluster_hints)."""
    weak = [(hints or {}).get(cid, ()) for cid, _ in keyed]
    return closest([(cid, (cid, *keys)) for cid, keys in keyed], ref, limit, CLUSTER_CUTOFFS, weak)


def closest(
    candidates: Sequence[tuple[str, Iterable[str]]],
    ref: str,
    limit: int = 3,
    cutoffs: tuple[float, float] = ORG_CUTOFFS,
    weak: Sequence[Iterable[str]] = (),
) -> list[str]:
    """Up to `limit` labels of `candidates` ((label, its names) pairs) whose names' words cover the
    words of `ref`, best first (ties: the closer whole name or weak name, then the label); [] when none is close.

    Each typed word (typed_words) is scored by rapidfuzz against every distinct word of the candidates'
    names (their folded words and, for names of several words, the name written as one word:
    'smartfactory'; articles and prepositions, text.MINOR_WORDS, left out), keeping matches >= cutoffs[0]
    (a typed word of SHORT letters or fewer: only the same word). `weak`, when given, holds for each
    candidate more names whose words are worth WEAK of a match, when at least WEAK_CLOSE (a cluster's
    keywords). A candidate's score (0-100) is the mean of its best
    match per typed word, weighted by how rare (log inverse frequency) that word's best match is among
    the candidates; a typed word that matches nothing counts as the rarest. Kept: scores >= cutoffs[1] and
    no more than MARGIN below the best."""
    words = typed_words(ref)
    if not words or not candidates:
        return []
    from rapidfuzz import process

    scorer = _scorer()
    users: dict[str, dict[int, float]] = {}  # a word of the names -> the candidates that have it, and its worth
    folded: list[list[str]] = []
    for i, (_, names) in enumerate(candidates):
        texts = [f for f in map(fold, names) if f]
        extra = [f for f in map(fold, weak[i] if i < len(weak) else ()) if f]
        texts_and_keywords = texts + extra  # ties go to the closer whole name or keyword
        for worth, group in ((1.0, texts), (WEAK, extra)):
            for text in group:
                split = text.split()
                if len(split) > 1:
                    split.append("".join(split))  # the name as one word: 'smartfactory'
                for w in split:
                    if w in MINOR_WORDS:
                        continue
                    have = users.setdefault(w, {})
                    have[i] = max(have.get(i, 0.0), worth)
        folded.append(texts_and_keywords)
    vocabulary = list(users)
    n = len(candidates)
    idf = {w: math.log((n + 1) / len(ids)) for w, ids in users.items()}
    rarest = math.log(n + 1)
    gained: dict[int, float] = {}
    total = 0.0
    for q in words:
        need = cutoffs[0] if len(q) > SHORT else 100.0
        found = process.extract(q, vocabulary, scorer=scorer, score_cutoff=need, limit=None)
        if not found:
            total += rarest  # a word no name has: it counts against every candidate
            continue
        best = max(score for _, score, _ in found)
        weight = max(idf[w] for w, score, _ in found if score == best)
        total += weight
        per: dict[int, float] = {}
        for w, score, _ in found:
            for i, worth in users[w].items():
                if worth == 1.0 or score >= WEAK_CLOSE:
                    per[i] = max(per.get(i, 0.0), score * worth)
        for i, score in per.items():
            gained[i] = gained.get(i, 0.0) + weight * score
    if total <= 0:
        return []
    shown = " ".join(words)
    ranked = []
    for i, g in gained.items():
        score = g / total
        if score >= cutoffs[1]:
            whole = max(scorer(shown, t) for t in folded[i])
            ranked.append((-score, -whole, candidates[i][0]))
    ranked.sort()
    near = [r for r in ranked if -r[0] >= -ranked[0][0] - MARGIN] if ranked else []
    return list(dict.fromkeys(label for _, _, label in near))[:limit]


def cities(known: Iterable[str], city: str, limit: int = 3) -> list[str] | None:
    """None when `city` is one of the `known` cities (as the data writes them; folded); else up to
    `limit` of them close to it, best first ('Milan' -> 'Milano', 'provaglio' -> "Provaglio d'Iseo"),
    [] when none is close. Scored as closest() scores organisations."""
    known = list(known)
    if fold(city) in {fold(c) for c in known}:
        return None
    return closest([(c, (c,)) for c in known], city, limit)
