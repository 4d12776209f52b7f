"""The record `ctl match` prints for each cluster ranked (query.match.Match), with the title of each ATECO
entry that led to it in both languages where both are published."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .match import ATECO, NACE, Match


def titles(classification: Any, ranked: Iterable[Match]) -> dict[str, tuple[str, str | None]]:
    """ATECO 2025 code -> (ISTAT's Italian title, the English title of the NACE Rev. 2.1 entry of the same code
    or None below NACE's class level) for every entry that led to one of the clusters `ranked`, read from
    the index's classification (cache/ateco.Classification.nodes); {} without one. Raises the index's
    Broken as Classification.nodes does."""
    codes = {a[0] for m in ranked for a in m.ateco}
    if classification is None or not codes:
        return {}
    return {code: (node[1], node[3]) for code, node in classification.nodes(codes).items()}


def match_record(
    rank: int, m: Match, both: dict[str, tuple[str, str | None]] | None = None, weak: bool = False
) -> dict[str, Any]:
    """The record of `ctl match`: {rank, id, status, name {it,en}, theme {it,en}, score, weak_fit, matched, ateco:
    [{code, title, classification, title_it, title_en, words, words_in_notes}], members}. `weak_fit` is `weak`:
    whether the ranking it is part of fits only weakly (query.match.is_weak), the same on every record of it,
    so that a script reads what the page says on stderr ('A weak fit: ...'); a score is relative (the first
    cluster has 100), and says nothing of it. `words` are the description's
    words (folded) the entry has, in its title or explanatory notes, and `words_in_notes` those of them `title`
    lacks ([] for both with --ateco: query.reasons). An entry's `title` is the one its `classification`
    ('ATECO 2025' or 'NACE Rev. 2.1') publishes, the one whose words found it; `title_it` is ISTAT's and
    `title_en` NACE Rev. 2.1's (null below NACE's class level), from `both` (titles()) or, without it, from
    `title` in its own language only."""
    c = m.cluster
    both = both or {}

    def entry(code: str, title: str, scheme: str, found: tuple[str, ...] = (), notes: tuple[str, ...] = ()) -> dict:
        it, en = both.get(code, (title if scheme == ATECO else None, title if scheme == NACE else None))
        return {"code": code, "title": title, "classification": scheme, "title_it": it, "title_en": en,
                "words": list(found), "words_in_notes": list(notes)}  # fmt: skip

    return {
        "rank": rank,
        "id": c["id"],
        "status": c["status"],
        "name": c["name"],
        "theme": c["theme"],
        "score": m.score,
        "weak_fit": weak,
        "matched": list(m.matched),
        "ateco": [entry(*a) for a in m.ateco],
        "members": [{"id": oid, "name": name, "type": otype} for oid, name, otype in m.members],
    }
