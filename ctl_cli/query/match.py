"""`ctl match`: rank the clusters by how well their own texts fit a description of a business."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..records.terms import query_stems, words


@dataclass(frozen=True)
class Match:
    """One cluster's fit to a description."""

    cluster: dict[str, Any]  # its match entry (records/match.match_entry)
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[tuple[str, str, str], ...]  # (id, name, type) of members whose name shares words with it


def query_words(text: str) -> dict[str, tuple[str, ...]]:
    """Each meaningful word of a description (records.terms.words) -> the stems it may stand for."""
    return {w: query_stems(w) for w in words(text)}


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


def match(entries: list[dict[str, Any]], text: str, limit_members: int = 3) -> list[Match]:
    """Rank the clusters (their match entries, records/match.match_entry, as the index stores them)
    by how well their own texts (both languages) fit a description: query_words, then text_hits.
    Ties are broken by the number of the description's words a cluster shares, then by id."""
    query = query_words(text)
    stems = {s for ss in query.values() for s in ss}
    scored = []
    for c, hits in zip(entries, text_hits(entries, query), strict=True):
        scored.append((sum(h for h, _ in hits), len(hits), c, hits))
    best = max((r[0] for r in scored), default=0.0) or 1.0
    scored.sort(key=lambda r: (-r[0], -r[1], r[2]["id"]))
    out = []
    for score, _, c, hits in scored:
        members = [(oid, name, otype) for oid, name, otype, ms in c["members"] if hits and stems & set(ms)]
        matched = tuple(dict.fromkeys(own for _, own in hits))
        out.append(Match(c, round(100 * score / best, 1), matched, tuple(members[:limit_members])))
    return out


def match_record(rank: int, m: Match) -> dict[str, Any]:
    """The record of `ctl match`: {rank, id, status, name {it,en}, theme {it,en}, score, matched, members}."""
    c = m.cluster
    return {
        "rank": rank,
        "id": c["id"],
        "status": c["status"],
        "name": c["name"],
        "theme": c["theme"],
        "score": m.score,
        "matched": list(m.matched),
        "members": [{"id": oid, "name": name, "type": otype} for oid, name, otype in m.members],
    }
