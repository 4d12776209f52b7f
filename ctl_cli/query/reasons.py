"""Which ATECO entries `ctl match` gives as the reasons a cluster was chosen, and which of the description's
words each one has only in its explanatory notes (ISTAT's, or NACE Rev. 2.1's for an English title), not
in its title."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records.terms import query_stems, words

ATECO = "ATECO 2025"  # the classification whose entries are matched, named in reasons beside NACE

GENERIC = 0.5  # an entry whose every word is this common among ATECO entries (query.match.word_rarity) is no reason

# (code, title as published, ATECO or NACE, the description's words the entry has (its title or notes), the
# words of its explanatory notes that met those its title lacks, as the notes write them)
Reason = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def reasons(
    led: Iterable[tuple],
    query: Mapping[str, tuple[str, ...]] | None = None,
    said: Iterable[str] = (),
    rarity: Mapping[str, float] | None = None,
) -> tuple[Reason, ...]:
    """The entries that led to a cluster, as reasons (Reason), best first, one per title: a title ISTAT repeats
    at two levels (52.21.3 and 52.21.30) is shown once, with its best and most specific code. `led`: (part,
    code, title[, ATECO or NACE[, the description's words the entry has[, {word: the word of the entry's text
    it met}]]]) as query.match.ateco_evidence gives them (ATECO, no words when left out).

    An entry is a reason only when it tells something the cluster's own texts do not: when it has one of the
    description's words that they lack, or as many of its words as they have. `said`: the description's words
    the cluster's own texts have (none: every entry is a reason). 'intelligenza artificiale' finds both words
    in smart factory's own texts, and 28.94.10 (textile machines) only 'artificiale', through 'fibre
    artificiali' in its notes: not a reason. Nor is an entry whose every word is common among ATECO entries
    (`rarity` below GENERIC: 'manufacture', 'produzione'), which names no activity in particular. `query`: the
    description's words -> their stems (query.match.query_words), to tell the words an entry has in its title
    from those only in its notes."""
    best: dict[str, tuple[float, str, str, tuple[str, ...], dict[str, str]]] = {}
    for v, code, title, *rest in led:
        scheme, found = (rest[0] if rest else ATECO), tuple(rest[1]) if len(rest) > 1 else ()
        if title not in best or (v, len(code)) > (best[title][0], len(best[title][1])):
            best[title] = (v, code, scheme, found, rest[2] if len(rest) > 2 else {})
    ranked = sorted(best.items(), key=lambda x: (-x[1][0], x[1][1]))
    said, rarity = set(said), rarity or {}
    return tuple(
        (code, title, scheme, found, in_notes(title, found, query or {}, written))
        for title, (_, code, scheme, found, written) in ranked
        if not found
        or (
            (not said or set(found) - said or len(found) >= len(said))
            and max(rarity.get(w, 1.0) for w in found) >= GENERIC
        )
    )


def in_notes(
    title: str, found: Iterable[str], query: Mapping[str, tuple[str, ...]], written: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """For the words of `found` (a description's words an entry has) that its `title` does not have, by stem (the
    Italian and the English stem of each word of the title, records.terms.query_stems), the words of the entry's
    explanatory notes (ISTAT's, or NACE Rev. 2.1's when `title` is NACE's English one) they met, as `written`
    there ({description's word: the entry's word}; the description's word where it has none), each once:
    'parrucchieri' for 'parrucchiere' in 33.14.00 'Riparazione e manutenzione di apparecchiature elettriche',
    whose notes name hair-dryers for hairdressers; 'pizzi' (lace) for 'pizzeria' read as 'pizza' in 28.94.10,
    so the reader sees what the stem met. A word `query` lacks is stemmed as it is."""
    have = {s for w in words(title) for s in query_stems(w)}
    written = written or {}
    notes = (written.get(w, w) for w in found if not have.intersection(query.get(w) or query_stems(w)))
    return tuple(dict.fromkeys(notes))
