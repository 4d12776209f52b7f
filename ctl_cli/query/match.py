"""`ctl match`: rank the clusters by how well their own texts, and the ATECO entries a description
finds, fit a description of a business; or by an ATECO code (`--ateco`)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from os.path import commonprefix
from typing import Any

from ..records.nace import CLASSIFICATION as NACE
from ..records.nace import LANG as NACE_LANG
from ..records.terms import LANGS, language_of, query_stems, same_word, words
from ..text import fold
from .bayes import model, posterior, unmapped_odds
from .reading import known_and_read
from .reasons import ATECO, Reason, reasons

CANDIDATES = 400  # ATECO entries looked at, best first
ATECO_SHARE = 0.3  # the weight of the classification's evidence against the clusters' own words
WEAK = 1.5  # a best raw score below this is a weak fit (about one rare word in a cluster's own texts or its entries)
BAYES = 0.5  # the naive Bayes model's half of the mix (query.bayes): the other half is the word-by-word evidence
CONTENDER = 50.0  # a left-out (pending) cluster is named when it would score at least this (of the best's 100)
SURE = 0.5  # a first cluster the model gives at least this share of its belief is not a weak fit (is_weak)
COGNATE = 5  # letters a word must share at its beginning with a word of the other language's text to meet it
SHORT_STEM = 3  # a stem this short meets only the word typed or a form of it (terms.same_word): 'moda' is not 'modo'
RARE = 0.75  # a word is rare enough to count fully when its idf among ATECO entries is this share of the largest


@dataclass(frozen=True)
class Match:
    """One cluster's fit to a description."""

    cluster: dict[str, Any]  # its match entry (records/match.match_entry)
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[tuple[str, str, str], ...]  # (id, name, type) of members whose name shares words with it
    ateco: tuple[Reason, ...] = ()  # the ATECO entries that tell why (query.reasons.reasons), best first
    raw: float = 0.0  # the word-by-word evidence's score, before scaling (is_weak)
    belief: float = 0.0  # the naive Bayes model's share of its belief in this cluster, 0-1 (query.bayes; is_weak)
    unmapped: float | None = None  # log-odds of an activity no cluster covers against this cluster (is_weak)


def query_words(
    text: str, known: dict[str, tuple[str, ...]] | None = None, read: dict[str, str] | None = None
) -> dict[str, tuple[str, ...]]:
    """Each meaningful word of a description (records.terms.words), or the known word it was `read` as
    (query.reading.known_and_read: 'vinicola' -> 'vini'), -> the stems it may stand for, from `known` (the
    index's vocabulary) where it has the word, else stemmed now: its Italian and its English stem, or only
    the one of the description's language when its little words tell it (language_of)."""
    known, read = known or {}, read or {}
    lang = language_of(text)
    out = {read.get(w, w): known.get(w) or query_stems(w) for w in words(text)}
    if lang is None:
        return out
    at = LANGS.index(lang)  # stems come in LANGS' order, one when both languages' are the same
    return {w: (s[min(at, len(s) - 1)],) for w, s in out.items()}


def text_hits(
    entries: list[dict[str, Any]], query: dict[str, tuple[str, ...]], rarity: dict[str, float] | None = None
) -> list[list[tuple[float, str, str]]]:
    """Per cluster (in the order of `entries`), its (weight, own word, the query's word) hits: one per word of the query
    that one of its stems finds in the cluster's profile, weighted by the field it stands in, by how
    few clusters use it (log(n + 1) / clusters using it: a word k clusters say points to each of them with
    1/k of the weight of a word one cluster alone says, as a reader who knows only that word would share
    their guess among the k; a word every cluster says counts little) and
    by `rarity` (word -> 0-1, how rare the word is among the classification's entries, 1 if not given:
    'produzione' names thousands of activities, so it tells little about which one)."""
    n = len(entries)
    rarity = rarity or {}
    found: list[dict[str, list[Any]]] = []
    for c in entries:
        prof = c["profile"]

        def meets(w: str, s: str, prof: dict = prof) -> bool:  # a short stem: only a form of the word typed
            return s in prof and (len(s) > SHORT_STEM or any(same_word(w, x) for x in prof[s][1:]))

        found.append({w: max((prof[s] for s in stems if meets(w, s)), key=lambda h: h[0]) for w, stems in
                      query.items() if any(meets(w, s) for s in stems)})  # fmt: skip
    df = {w: sum(1 for f in found if w in f) for w in query}
    return [sorted(((weight * math.log(n + 1) / df[w] * rarity.get(w, 1.0), _likest(w, own), w) for w, (weight, *own)
                    in f.items()), reverse=True) for f in found]  # fmt: skip


def _likest(typed: str, written: list[str]) -> str:
    """Of a cluster's words with one stem (as its texts write them), the one most like the folded word typed:
    the longest beginning in common, then the nearest length, then the first ('cosmetici' for 'cosmetici',
    where the cluster also says 'cosmetics')."""
    return max(written, key=lambda x: (len(commonprefix([fold(x), typed])), -abs(len(x) - len(typed))))


def word_rarity(classification: Any, query: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """Each word of a description -> how rare it is among ATECO 2025 entries, 0-1: the idf of its least
    rare stem over the largest idf (1 for a word no entry has). {} without a classification."""
    if classification is None or not query:
        return {}
    idf = classification.idf({s for ss in query.values() for s in ss})
    top = idf.pop("", 0.0) or 1.0
    return {w: min((min(1.0, idf[s] / (RARE * top)) for s in stems if s in idf), default=1.0)
            for w, stems in query.items()}  # fmt: skip


def ateco_entries(
    classification: Any, query: dict[str, tuple[str, ...]], lang: str | None = None
) -> list[tuple[float, str, str, list, dict, str]]:
    """The ATECO 2025 entries below section level that a description finds, best first, at most CANDIDATES:
    (score, code, title, [[cluster, weight, via]], {word: its part of the score}, ATECO or NACE, {word: the
    word of the entry's text it met, as written there}). A word
    counts in an entry by its stem's weight there (Italian title or notes, or the English title of the NACE
    Rev. 2.1 entry of the same code) times the stem's rarity across entries; the entry's score is their sum
    times the share of the description's words it has. The title given is the NACE English one (and NACE)
    when more of the words found the entry through it than through ISTAT's Italian text, else ISTAT's (and
    ATECO). Both languages' texts are searched whatever the description's language (its stems are already
    those of its language, query_words): an English description still meets the Italian words it shares
    ('plastic', 'robot'), but, when `lang` (the description's language, records.terms.language_of) is known,
    only as a cognate: the same word, or one with the same first COGNATE letters ('automation' meets
    'automazione'; 'lines' does not meet 'linea', nor 'pane' the English 'pans', though their stems are the
    same). Sections are left out: their notes list every activity of the section, so they say nothing about
    one."""
    if classification is None or not query:
        return []
    by_stem: dict[str, list[tuple[str, float, str]]] = {}
    for s, code, weight, idf, in_lang, written in classification.hits({s for ss in query.values() for s in ss}):
        if not code.isalpha():
            by_stem.setdefault(s, []).append((code, weight * idf, in_lang, written))
    parts: dict[str, dict[str, float]] = {}
    through: dict[str, dict[str, tuple[str, str]]] = {}  # code -> word -> (language, word) of its best part's text
    for w, stems in query.items():
        for s in stems:
            for code, v, in_lang, written in by_stem.get(s, ()):
                if lang and in_lang != lang and w != written and len(commonprefix([w, written])) < COGNATE:
                    continue  # another language's word with the same stem and not the same beginning
                if len(s) <= SHORT_STEM and not same_word(w, written):
                    continue  # a short stem another word has ('modo' for 'moda')
                got = parts.setdefault(code, {})
                if v > got.get(w, 0.0):
                    got[w] = v
                    through.setdefault(code, {})[w] = (in_lang, written)
    ranked = sorted(((sum(p.values()) * len(p) / len(query), code) for code, p in parts.items()),
                    key=lambda x: (-x[0], x[1]))  # fmt: skip
    nodes = classification.nodes(code for _, code in ranked[:CANDIDATES])
    out = []
    for v, code in ranked[:CANDIDATES]:
        if code not in nodes:
            continue
        _, title, clusters, title_en = nodes[code]
        met = through[code]
        english = title_en is not None and sum(x == NACE_LANG for x, _ in met.values()) * 2 > len(met)
        shown, scheme = (title_en, NACE) if english else (title, ATECO)
        out.append((v, code, shown, clusters, parts[code], scheme, {w: x for w, (_, x) in met.items()}))
    return out


def ateco_evidence(found: list[tuple], n_words: int) -> dict[str, tuple[float, list, int]]:
    """cluster -> (how well the ATECO entries leading to it (ateco_entries: score, code, title, clusters,
    parts[, ATECO or NACE[, written]]) cover the description, [(part, code, title, ATECO or NACE, (the
    description's words it has), written ({} if not given))] of those entries, best first, how plainly its best
    entry names the activity: minus the words of its title, 'Fabbricazione di mobili' before 'Fabbricazione di
    mobili per uso medico e dentistico'). Per word, the best part any of its entries gives it (times the row's
    weight); the sum times the share of the description's words covered: a cluster whose activities name every
    word ('mangimi' in 10.91, 'bovini' in 01.42) beats one whose single entry names one."""
    best: dict[str, dict[str, float]] = {}
    why: dict[str, list[tuple[float, str, str]]] = {}
    plain: dict[str, tuple[float, int]] = {}
    for v, code, title, clusters, parts, *rest in found:
        length = len(words(title)) if clusters else 0
        scheme = rest[0] if rest else ATECO
        written = rest[1] if len(rest) > 1 else {}
        for cid, weight, _ in clusters:
            got = best.setdefault(cid, {})
            for w, p in parts.items():
                got[w] = max(got.get(w, 0.0), p * weight)
            why.setdefault(cid, []).append((v * weight, code, title, scheme, tuple(parts), written))
            plain[cid] = max(plain.get(cid, (0.0, -999)), (v * weight, -length))
    return {cid: (sum(got.values()) * len(got) / n_words, sorted(why[cid], key=lambda x: (-x[0], x[1])), plain[cid][1])
            for cid, got in best.items()}  # fmt: skip


def match(entries: list[dict[str, Any]], text: str, limit_members: int = 3, classification: Any = None) -> list[Match]:
    """Rank the clusters (their match entries, records/match.match_entry, as the index stores them) by a mix, half
    and half (BAYES), of two opinions on a description, each a share of 1 over the clusters: how well it fits
    their own texts (text_hits, a word weighted by its rarity among ATECO entries too) and the ATECO entries it
    finds (ateco_entries and ateco_evidence, through the dataset's ATECO -> cluster rows), each cluster's score
    over their sum; and the naive Bayes model of each cluster's whole text (query.bayes.posterior). Only a
    cluster whose texts or entries share a word with the description scores above 0. `classification` is the
    index's, cache/ateco.Classification, or None (the first opinion alone). Ties are broken by the number of the
    description's words a cluster's texts share, then by how plainly its best ATECO entry names the activity
    (the fewer words its title has, the plainer), then by the number of ATECO entries that lead to it, then by
    id. A Match's `raw` is its first opinion's score and its `belief` the model's share: is_weak() reads both."""
    known, read = known_and_read(classification, text) if classification is not None else ({}, {})
    query, typed = query_words(text, known, read), {v: k for k, v in read.items()}  # typed: as the reader wrote it
    stems = {s for ss in query.values() for s in ss}
    via = ateco_evidence(ateco_entries(classification, query, language_of(text)), len(query) or 1)
    rarity = word_rarity(classification, query)
    ids, read = [c["id"] for c in entries], model(classification, query)  # the likelihoods, read once
    share, evidenced = posterior(classification, ids, query, rarity, read)
    odds = unmapped_odds(classification, ids, query, rarity, read)
    scored = []
    for c, hits in zip(entries, text_hits(entries, query, rarity), strict=True):
        led_score, led, plain = via.get(c["id"], (0.0, [], -999))
        scored.append([sum(h for h, _, _ in hits) + ATECO_SHARE * led_score, len(hits), plain, c, hits, led])
    total = sum(r[0] for r in scored if r[0] > 0) or 1.0
    bayes = BAYES if share else 0.0
    mixed = [(1 - bayes) * max(r[0], 0.0) / total + bayes * share.get(r[3]["id"], 0.0)
             if r[0] > 0 or r[3]["id"] in evidenced else 0.0 for r in scored]  # fmt: skip
    best = max(mixed, default=0.0) or 1.0
    ranked = sorted(
        ([m, *r] for m, r in zip(mixed, scored, strict=True)),
        key=lambda r: (-round(r[0], 9), -r[2], -r[3], -len({x[1] for x in r[6]}), r[4]["id"]),
    )
    out = []
    for m, raw, _, _, c, hits, led in ranked:
        members = [(oid, name, otype) for oid, name, otype, ms in c["members"] if hits and stems & set(ms)]
        matched = tuple(dict.fromkeys(own for _, own, _ in hits))
        why = tuple((code, title, scheme, tuple(typed.get(w, w) for w in found), notes) for code, title, scheme, found,
                    notes in reasons(led, query, {w for _, _, w in hits}, rarity))  # fmt: skip
        out.append(Match(c, round(100 * m / best, 1), matched, tuple(members[:limit_members]), why, raw,
                         share.get(c["id"], 0.0), odds.get(c["id"])))  # fmt: skip
    return out


def is_weak(ranked: list[Match]) -> bool:
    """Whether the clusters ranked (those that fit at all, best first; not empty) fit only weakly: when the
    naive Bayes model finds the description likelier among the ATECO activities that lead to no cluster
    (trade, consulting, hairdressing: query.bayes.unmapped_odds) than in the first cluster's text
    ('consulenza aziendale', 'software gestionale'; not 'we make cheese', 10.51, agrifood); always when the
    first cluster has no word of its texts and no ATECO entry to show, the model's guess alone ('moda'). Without that
    model: when neither opinion is sure, the word-by-word evidence below WEAK for every cluster (about one
    rare word) and the model giving the first one less than SURE of its belief."""
    if ranked[0].raw <= 0:  # no word of its texts and no ATECO entry: the model's guess alone
        return True
    if ranked[0].unmapped is not None:
        return ranked[0].unmapped > 0
    return max(m.raw for m in ranked) < WEAK and ranked[0].belief < SURE


def dotted(code: str) -> str:
    """An ATECO code as ISTAT writes it: '105110' -> '10.51.10', '1051' -> '10.51', 'c' -> 'C', '62,01' ->
    '62.01' (a decimal comma, as Italian numbers are written)."""
    code = code.strip().upper().replace(",", ".")
    if code.isdigit() and 3 <= len(code) <= 6:
        return ".".join(x for x in (code[:2], code[2:4], code[4:]) if x) if len(code) != 3 else f"{code[:2]}.{code[2]}"
    return code


def match_code(entries: list[dict[str, Any]], classification: Any, code: str) -> tuple[str | None, list[Match]]:
    """Rank the clusters for an ATECO code (any level; ATECO 2025 first, then 2022, then 2007 where unchanged
    in 2022): (the edition the code was read in, or None when no edition has it; the clusters its ATECO 2025
    entries lead to, best first, the other clusters after them with score 0). A 2007 code that ATECO 2022
    changed gives (edition '2007', []). An older code that ISTAT's correspondence splits among several ATECO
    2025 codes (2022's 41.20: 41.00, 43.99, 91.30) gives a cluster the weight of each part it covers over the
    number of parts: a cluster that one part of three leads to is a weak fit (is_weak), not a sure one."""
    found = _read(classification, code)
    if found is None:
        return None, []
    edition, _, targets = found
    nodes = classification.nodes(targets)
    known = [t for t in targets if t in nodes]
    weight: dict[str, float] = {}
    why: dict[str, list[tuple[str, str, str]]] = {}
    for t in known:  # a code ISTAT split among several: each part counts for its share (1 / parts)
        _, title, clusters, _ = nodes[t]
        here: dict[str, float] = {}
        for cid, w, _ in clusters:
            here[cid] = max(here.get(cid, 0.0), w)
        for cid, w in here.items():
            weight[cid] = weight.get(cid, 0.0) + w / len(known)
            why.setdefault(cid, []).append((t, title, ATECO, (), ()))
    best = max(weight.values(), default=0.0) or 1.0
    ranked = sorted(entries, key=lambda c: (-weight.get(c["id"], 0.0), c["id"]))
    return edition, [
        Match(c, round(100 * weight.get(c["id"], 0.0) / best, 1), (), (), tuple(why.get(c["id"], ())),
              weight.get(c["id"], 0.0) * WEAK)
        for c in ranked
    ]  # fmt: skip


def _read(classification: Any, code: str) -> tuple[str, str, list[str]] | None:
    """(edition, title, [ATECO 2025 codes]) of a code as typed, in the first edition that has it (2025, then
    2022, then 2007: cache/ateco.Classification.code); None if none has it."""
    found = classification.code(dotted(code))
    return found[0] if found else None


def rows_within(classification: Any, code: str) -> list[tuple[str, str]]:
    """(row code, cluster id) of the dataset's ATECO rows strictly below the ATECO 2025 entry `code` (as
    dotted() writes it), or below the ATECO 2025 entries an older code became, that lead its activities to a
    cluster, most specific code last: what a weak `--ateco 74` can point to (74.99.3, energy). A row above
    the entry (91 for 91.30) is no more specific code. [] when the entry is unknown or has no row below it."""
    found = _read(classification, code)
    targets = found[2] if found else []
    nodes = classification.nodes(targets)
    out = {(via, cid) for t in targets if t in nodes for cid, _, via in nodes[t][2] if via and via.startswith(f"{t}.")}
    return sorted(out)
