"""`ctl match`: rank the clusters by how well their own texts fit a description of a business."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..text import fold

if TYPE_CHECKING:
    pass

# Words that say nothing about a field of activity, in Italian and English (after fold()).
STOPWORDS = frozenset(
    """a ad al alla alle allo agli ai anche che chi ci con da dai dal dalla dalle dei del della delle dello
    degli di e ed gli i il in la le lo ma mi nei nel nella nelle noi nostra nostre nostri nostro o per piu
    poi quale quali questo questa se si sia siamo sono su sui sul sulla tra fra un una uno vostro nostre
    facciamo produciamo sviluppiamo realizziamo lavoriamo offriamo progettiamo costruiamo forniamo gestiamo
    azienda aziende impresa imprese societa srl spa settore soluzioni prodotti servizi attivita lavoro
    the an and or of for to in on at by with from we our us is are be it its as that this these those
    company companies firm business make makes making build builds building develop develops developing
    design designs provide provides offer offers products product services service solutions solution
    work works working based using use new also other into their they which who what how all any some
    lombard lombardy lombardia cluster clusters regional region regione members member association""".split()
)
# Endings cut before comparing words, so 'plastiche'/'plastics' and 'robotica'/'robots' meet.
_SUFFIXES = (
    "azioni", "azione", "zioni", "zione", "amenti", "amento", "mente", "ations", "ation", "ments", "ment",
    "ities", "ity", "ing", "iche", "ici", "ico", "ica", "ies", "ers", "er", "es", "s", "i", "e", "o", "a",
)  # fmt: skip
STEM = 6  # a stem is at most this long: enough to tell fields apart, short enough to meet across languages


def stem(word: str) -> str:
    """A folded word cut to a light stem: one ending of _SUFFIXES off, at most STEM characters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM]


def terms(text: str) -> list[tuple[str, str]]:
    """(stem, word) for each meaningful word of a text, in order."""
    return [(stem(w), w) for w in fold(text).split() if len(w) > 2 and w not in STOPWORDS and not w.isdigit()]


@dataclass(frozen=True)
class Match:
    """One cluster's fit to a description."""

    cluster: dict[str, Any]  # its match entry (records/match.match_entry)
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[tuple[str, str, str], ...]  # (id, name, type) of members whose name shares words with it


def match(entries: list[dict[str, Any]], text: str, limit_members: int = 3) -> list[Match]:
    """Rank the clusters (their match entries, records/match.match_entry, as the index stores them)
    by how well their own texts (both languages) fit a description.

    Each word of the description is folded (case, accents) and cut to a light stem; a stem that a
    cluster's texts share adds the weight of the field it stands in, times how rare the stem is
    across clusters (so 'innovation', which every cluster says, counts little)."""
    import math

    query = dict.fromkeys(s for s, _ in terms(text))
    profiles: dict[str, dict[str, float]] = {}
    words: dict[str, dict[str, str]] = {}
    for c in entries:
        prof: dict[str, float] = {}
        seen: dict[str, str] = {}
        for weight, t in c["texts"]:
            for s, w in terms(t):
                prof[s] = max(prof.get(s, 0.0), weight)
                seen.setdefault(s, w)
        profiles[c["id"]], words[c["id"]] = prof, seen
    n = len(entries)
    df = {s: sum(1 for p in profiles.values() if s in p) for s in query}
    raw: list[tuple[float, dict[str, Any], list[tuple[float, str]]]] = []
    for c in entries:
        prof = profiles[c["id"]]
        hits = [(prof[s] * math.log(1 + n / df[s]), s) for s in query if s in prof]
        raw.append((sum(h for h, _ in hits), c, sorted(hits, reverse=True)))
    best = max((r[0] for r in raw), default=0.0) or 1.0
    raw.sort(key=lambda r: (-r[0], r[1]["id"]))
    out = []
    for score, c, hits in raw:
        stems = {s for _, s in hits}
        members = [tuple(m) for m in c["members"] if stems and stems & {s for s, _ in terms(m[1])}]
        matched = tuple(words[c["id"]][s] for _, s in hits)
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
