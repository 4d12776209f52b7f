"""Which ATECO entries `ctl match` gives as the reasons a cluster was chosen, and which of the description's
words each one has only in its explanatory notes (ISTAT's, or NACE Rev. 2.1's for an English title), not
in its title."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records.terms import query_stems, words

ATECO = "ATECO 2025"  # the classification whose entries are matched, named in reasons beside NACE

# (code, title as published, ATECO or NACE, the description's words the entry has (its title or notes),
# those of them its title lacks: found in its explanatory notes only)
Reason = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def reasons(
    led: Iterable[tuple], query: Mapping[str, tuple[str, ...]] | None = None, said: Iterable[str] = ()
) -> tuple[Reason, ...]:
    """The entries that led to a cluster, as reasons (Reason), best first, one per title: a title ISTAT repeats
    at two levels (52.21.3 and 52.21.30) is shown once, with its best and most specific code. `led`: (part,
    code, title[, ATECO or NACE[, the description's words the entry has]]) as query.match.ateco_evidence
    gives them (ATECO and no words when left out).

    An entry is a reason only when it tells something the cluster's own texts do not: when it has one of the
    description's words that they lack, or as many of its words as they have. `said`: the description's words
    the cluster's own texts have (none: every entry is a reason). 'intelligenza artificiale' finds both words
    in smart factory's own texts, and 28.94.10 (textile machines) only 'artificiale', through 'fibre
    artificiali' in its notes: not a reason. `query`: the description's words -> their stems
    (query.match.query_words), to tell the words an entry has in its title from those only in its notes."""
    best: dict[str, tuple[float, str, str, tuple[str, ...]]] = {}
    for v, code, title, *rest in led:
        scheme, found = (rest[0] if rest else ATECO), tuple(rest[1]) if len(rest) > 1 else ()
        if title not in best or (v, len(code)) > (best[title][0], len(best[title][1])):
            best[title] = (v, code, scheme, found)
    ranked = sorted(best.items(), key=lambda x: (-x[1][0], x[1][1]))
    said = set(said)
    return tuple(
        (code, title, scheme, found, in_notes(title, found, query or {}))
        for title, (_, code, scheme, found) in ranked
        if not said or not found or set(found) - said or len(found) >= len(said)
    )


def in_notes(title: str, found: Iterable[str], query: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words of `found` (a description's words an entry has) that its `title` does not have, by stem (the
    Italian and the English stem of each word of the title, records.terms.query_stems): those the entry has
    only in its explanatory notes (ISTAT's, or NACE Rev. 2.1's when `title` is NACE's English one):
    'parrucchiere' in 33.14.00 'Riparazione e manutenzione di apparecchiature elettriche', whose notes name
    hair-dryers for hairdressers. A word `query` lacks is stemmed as it is."""
    have = {s for w in words(title) for s in query_stems(w)}
    return tuple(w for w in found if not have.intersection(query.get(w) or query_stems(w)))
