"""`ctl match`: rank the clusters by how well their own texts fit a description of a business."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..text import fold

if TYPE_CHECKING:
    from ..dataset.model import Cluster, Dataset, Organisation

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


# How much a word counts, by where it stands in a cluster's record.
MATCH_FIELDS = (
    ("theme", 3.0),
    ("name", 2.0),
    ("aliases", 2.0),
    ("focus", 2.0),
    ("keywords", 2.0),
    ("description", 1.0),
    ("working_groups", 1.0),
    ("services", 0.5),
)


def cluster_texts(c: Cluster) -> list[tuple[float, str]]:
    """(weight, text) for every text of a cluster that match compares with, by MATCH_FIELDS."""
    out: list[tuple[float, str]] = []
    for name, weight in MATCH_FIELDS:
        value = getattr(c, name)
        if name == "keywords":
            out += [(weight, w) for _, words in value for w in words]
        elif hasattr(value, "as_dict"):
            out += [(weight, t) for t in value.as_dict().values() if t]
        else:  # a list: of strings (aliases) or of prose in both languages (focus, working groups...)
            for item in value:
                texts = item.as_dict().values() if hasattr(item, "as_dict") else (item,)
                out += [(weight, t) for t in texts if t]
    return out


@dataclass(frozen=True)
class Match:
    """One cluster's fit to a description."""

    cluster: Cluster
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[Organisation, ...]  # members whose name shares words with the description


def match(ds: Dataset, text: str, limit_members: int = 3) -> list[Match]:
    """Rank the clusters by how well their own texts (both languages) fit a description.

    Each word of the description is folded (case, accents) and cut to a light stem; a stem that a
    cluster's texts share adds the weight of the field it stands in, times how rare the stem is
    across clusters (so 'innovation', which every cluster says, counts little)."""
    import math

    query = dict.fromkeys(s for s, _ in terms(text))
    profiles: dict[str, dict[str, float]] = {}
    words: dict[str, dict[str, str]] = {}
    for c in ds.clusters:
        prof: dict[str, float] = {}
        seen: dict[str, str] = {}
        for weight, t in cluster_texts(c):
            for s, w in terms(t):
                prof[s] = max(prof.get(s, 0.0), weight)
                seen.setdefault(s, w)
        profiles[c.id], words[c.id] = prof, seen
    n = len(ds.clusters)
    df = {s: sum(1 for p in profiles.values() if s in p) for s in query}
    raw: list[tuple[float, Cluster, list[tuple[float, str]]]] = []
    for c in ds.clusters:
        hits = [(profiles[c.id][s] * math.log(1 + n / df[s]), s) for s in query if s in profiles[c.id]]
        raw.append((sum(h for h, _ in hits), c, sorted(hits, reverse=True)))
    best = max((r[0] for r in raw), default=0.0) or 1.0
    raw.sort(key=lambda r: (-r[0], r[1].id))
    out = []
    for score, c, hits in raw:
        stems = {s for _, s in hits}
        members = []
        if stems:
            for m in c.members:
                org = ds.organisations[m.org]
                if stems & {s for s, _ in terms(org.name)}:
                    members.append(org)
        out.append(
            Match(
                c, round(100 * score / best, 1), tuple(words[c.id][s] for _, s in hits), tuple(members[:limit_members])
            )
        )
    return out


def match_record(rank: int, m: Match) -> dict[str, Any]:
    """The record of `ctl match`: {rank, id, status, name {it,en}, theme {it,en}, score, matched, members}."""
    c = m.cluster
    return {
        "rank": rank,
        "id": c.id,
        "status": c.status,
        "name": c.name.as_dict(),
        "theme": c.theme.as_dict(),
        "score": m.score,
        "matched": list(m.matched),
        "members": [{"id": o.id, "name": o.name, "type": o.type} for o in m.members],
    }
