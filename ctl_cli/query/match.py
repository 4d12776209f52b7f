"""`ctl match`: rank the clusters by how well their own texts, and the ATECO entries a description
finds, fit a description of a business; or by an ATECO code (`--ateco`)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..records.terms import query_stems, words

CANDIDATES = 400  # ATECO entries looked at, best first
CLOSE = 0.6  # an entry counts when it scores at least this share of the best entry, mapped to a cluster or not
ATECO_SHARE = 0.6  # the weight of the classification's evidence against the clusters' own words
WEAK = 2.0  # a best raw score below this is a weak fit


@dataclass(frozen=True)
class Match:
    """One cluster's fit to a description."""

    cluster: dict[str, Any]  # its match entry (records/match.match_entry)
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[tuple[str, str, str], ...]  # (id, name, type) of members whose name shares words with it
    ateco: tuple[tuple[str, str], ...] = ()  # (code, title as published) of the ATECO entries that led to it
    raw: float = 0.0  # the score before scaling: below WEAK the fit is weak


def query_words(text: str, known: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """Each meaningful word of a description (records.terms.words) -> the stems it may stand for, from
    `known` (the index's vocabulary) where it has the word, else stemmed now."""
    known = known or {}
    return {w: known.get(w) or query_stems(w) for w in words(text)}


def text_hits(entries: list[dict[str, Any]], query: dict[str, tuple[str, ...]]) -> list[list[tuple[float, str]]]:
    """Per cluster (in the order of `entries`), its (weight, own word) hits: one per word of the query
    that one of its stems finds in the cluster's profile, weighted by the field it stands in and by how
    few clusters use it (log((n + 1) / clusters using it): a word every cluster says counts little)."""
    n = len(entries)
    found: list[dict[str, list[Any]]] = []
    for c in entries:
        prof = c["profile"]
        found.append({w: max((prof[s] for s in stems if s in prof), key=lambda h: h[0]) for w, stems in
                      query.items() if any(s in prof for s in stems)})  # fmt: skip
    df = {w: sum(1 for f in found if w in f) for w in query}
    return [sorted(((weight * math.log((n + 1) / df[w]), own) for w, (weight, own) in f.items()), reverse=True)
            for f in found]  # fmt: skip


def ateco_entries(classification: Any, query: dict[str, tuple[str, ...]]) -> list[tuple[float, str, str, list]]:
    """The ATECO 2025 entries a description finds nearly as well as the best one (CLOSE), best first: (score,
    code, title, [[cluster, weight, via]]). An entry scores the sum, over the description's words it has, of
    the stem's weight in it (title or notes) times its rarity across entries, times the share of the
    description's words it has. Entries that lead to no cluster stay in: they set the bar."""
    if classification is None or not query:
        return []
    by_stem: dict[str, list[tuple[str, float]]] = {}
    for s, code, weight, idf in classification.hits({s for ss in query.values() for s in ss}):
        by_stem.setdefault(s, []).append((code, weight * idf))
    scores: dict[str, list[float]] = {}
    for stems in query.values():
        best: dict[str, float] = {}
        for s in stems:
            for code, v in by_stem.get(s, ()):
                best[code] = max(best.get(code, 0.0), v)
        for code, v in best.items():
            scores.setdefault(code, [0.0, 0])[0] += v
            scores[code][1] += 1
    ranked = sorted(((v * n / len(query), code) for code, (v, n) in scores.items()), key=lambda x: (-x[0], x[1]))
    close = [(v, code) for v, code in ranked[:CANDIDATES] if v >= CLOSE * ranked[0][0]] if ranked else []
    nodes = classification.nodes(code for _, code in close)
    return [(v, code, nodes[code][1], nodes[code][2]) for v, code in close if code in nodes]


def match(entries: list[dict[str, Any]], text: str, limit_members: int = 3, classification: Any = None) -> list[Match]:
    """Rank the clusters (their match entries, records/match.match_entry, as the index stores them) by how well
    a description fits their own texts (text_hits) and the ATECO entries it finds (ateco_entries, through the
    dataset's ATECO -> cluster rows; `classification` is the index's, cache/ateco.Classification, or None).
    Ties are broken by the number of the description's words a cluster's texts share, then by the number of
    ATECO entries that lead to it, then by id."""
    known = classification.known_stems(words(text)) if classification is not None else None
    query = query_words(text, known)
    stems = {s for ss in query.values() for s in ss}
    found = ateco_entries(classification, query)
    via: dict[str, list[tuple[float, str, str]]] = {}
    for v, code, title, clusters in found:
        for cid, weight, _ in clusters:
            via.setdefault(cid, []).append((v * weight, code, title))
    scored = []
    for c, hits in zip(entries, text_hits(entries, query), strict=True):
        led = via.get(c["id"], [])
        score = sum(h for h, _ in hits) + ATECO_SHARE * max((v for v, _, _ in led), default=0.0)
        scored.append((score, len(hits), c, hits, led))
    best = max((r[0] for r in scored), default=0.0) or 1.0
    scored.sort(key=lambda r: (-r[0], -r[1], -len({code for _, code, _ in r[4]}), r[2]["id"]))
    out = []
    for score, _, c, hits, led in scored:
        members = [(oid, name, otype) for oid, name, otype, ms in c["members"] if hits and stems & set(ms)]
        matched = tuple(dict.fromkeys(own for _, own in hits))
        ateco = tuple(dict.fromkeys((code, title) for _, code, title in sorted(led, reverse=True)))
        out.append(Match(c, round(100 * score / best, 1), matched, tuple(members[:limit_members]), ateco, score))
    return out


def dotted(code: str) -> str:
    """An ATECO code as ISTAT writes it: '105110' -> '10.51.10', '1051' -> '10.51', 'c' -> 'C'."""
    code = code.strip().upper()
    if code.isdigit() and 3 <= len(code) <= 6:
        return ".".join(x for x in (code[:2], code[2:4], code[4:]) if x) if len(code) != 3 else f"{code[:2]}.{code[2]}"
    return code


def match_code(entries: list[dict[str, Any]], classification: Any, code: str) -> tuple[str | None, list[Match]]:
    """Rank the clusters for an ATECO code (any level; ATECO 2025 first, then 2022, then 2007 where unchanged
    in 2022): (the edition the code was read in, or None when no edition has it; the clusters its ATECO 2025
    entries lead to, best first, the other clusters after them with score 0). A 2007 code that ATECO 2022
    changed gives (edition '2007', [])."""
    found = classification.code(dotted(code))
    if not found:
        return None, []
    edition, _, targets = found[0]
    nodes = classification.nodes(targets)
    weight: dict[str, float] = {}
    why: dict[str, list[tuple[str, str]]] = {}
    for t in targets:
        if t not in nodes:
            continue
        _, title, clusters = nodes[t]
        for cid, w, _ in clusters:
            weight[cid] = max(weight.get(cid, 0.0), w)
            why.setdefault(cid, []).append((t, title))
    best = max(weight.values(), default=0.0) or 1.0
    ranked = sorted(entries, key=lambda c: (-weight.get(c["id"], 0.0), c["id"]))
    return edition, [
        Match(c, round(100 * weight.get(c["id"], 0.0) / best, 1), (), (), tuple(why.get(c["id"], ())),
              weight.get(c["id"], 0.0) * WEAK)
        for c in ranked
    ]  # fmt: skip


def match_record(rank: int, m: Match) -> dict[str, Any]:
    """The record of `ctl match`: {rank, id, status, name {it,en}, theme {it,en}, score, matched, ateco: [{code,
    title}], members}."""
    c = m.cluster
    return {
        "rank": rank,
        "id": c["id"],
        "status": c["status"],
        "name": c["name"],
        "theme": c["theme"],
        "score": m.score,
        "matched": list(m.matched),
        "ateco": [{"code": code, "title": title} for code, title in m.ateco],
        "members": [{"id": oid, "name": name, "type": otype} for oid, name, otype in m.members],
    }
