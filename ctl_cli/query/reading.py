"""How `ctl match` reads a word of a description that the index's vocabulary (ISTAT's ATECO 2025 texts,
NACE Rev. 2.1's English ones and the clusters' own words) does not have, before stemming it as it is:

1. a trade name in -ificio or -eria is read as the word it is made from: 'birrificio' -> 'birra',
   'maglificio' -> 'maglia', 'acciaieria' -> 'acciaio' (derived_bases); of two known bases, the one more
   ATECO entries use ('mobilificio': 'mobili', not 'mobilia'); when no base is known, as the base's
   adjective in -ario, which keeps the same root: 'caseificio' -> 'caseario' (related_adjectives); else,
   as a place named on a verb in -are, as that verb's action noun: 'distilleria' -> 'distillazione'
   (action_nouns); an adjective in -icolo, 'of growing or raising' its base, as that base: 'vinicola' ->
   'vino' (grown); an English noun in -ery, the place of an activity, as its base: 'winery' -> 'wine'
   (places_of);
2. a misspelt word is read as the known word one edit from it (a letter added, dropped, changed, or two
   neighbours swapped): 'fotovoltaci' -> 'fotovoltaici', 'agricolutra' -> 'agricoltura' (nearest). A word
   of under SHORTEST_TYPO letters, a word the Italian or English dictionary has (pyspellchecker's word
   lists: 'contrast' is not 'contract') and a word whose own stem an ATECO entry has are never read as
   another; nor is a word two edits from a known one, which is as often another real word ('serramenti',
   'sbarramenti'; 'tranciatura', 'troncatura') as a typo;
3. a compound is read as the longest known word it begins or ends with, if that word is at least half of it:
   'teleriscaldamento' -> 'riscaldamento' (compound_parts); 'differenziata' is not read as the English
   'differ'.

Italian forms the name of a place where something is made by putting -ificio after its base, whose last
vowel becomes i (calzatura > calzaturificio, burro > burrificio: Accademia della Crusca, "Mangificio e il
suffisso -ificio", 2023, https://doi.org/10.35948/2532-9006/2023.29119); -eria names the place of an
activity (acciaieria, birreria, distilleria: Treccani, "-eria"). Only a base that is itself a known word is
taken. A name made on a Latin root rather than on an Italian word shares that root with the root's
adjective in -ario (Latin -arius): 'caseificio' and 'caseario', 'of cheese', both come from the Latin
caseus, cheese, whose adjective is casearius (Wiktionary, "caseus", https://fr.wiktionary.org/wiki/caseus;
Wikipedia, "Formaggio", etymology), and ISTAT writes 'lattiero-caseari' (10.51). The Latin -cola (colere, to
grow, to dwell) makes Italian adjectives "of growing or raising" their first part: orticolo, avicolo (DISC, in
M. L. Ceccotti, M. Sassi, "Annotazioni su composti in -cola", ILC-CNR), melicolo, "of growing apples", from
mela (Treccani, Neologismi, "melicolo"). English -ery added to a verb or a noun names the place of an art, a
craft or a practice: bakery, distillery, brewery (Wiktionary, "-ery", https://en.wiktionary.org/wiki/-ery).
"""

from __future__ import annotations

from os.path import commonprefix
from typing import Any

from ..records.terms import SHORTEST_TYPO, WRITTEN_APART, language_of, query_stems, words

PART = 6  # the fewest letters of a known word taken as the head of an unknown compound
TAIL = 7  # the fewest letters of a known word taken as its tail (-azione, -amento, -mente are words too)
LONGEST = 40  # a longer unknown word is not looked into (no real compound is; its parts would be thousands)
SUFFIXES = ("ificio", "ifici", "eria", "erie")  # a place where the base is made or worked (module docstring)
ENDINGS = ("a", "ia", "i", "o", "e")  # the base's ending the suffix replaced (maglia, salumi, acciaio)
SAME_VERB = (("tore", "zione"), ("tori", "zioni"), ("trice", "zione"), ("trici", "zioni"), ("zione", "tore"),
             ("zioni", "tori"))  # fmt: skip  # agent noun <-> action noun (same_verb)
RELATED = ("ario", "aria", "ari", "arie")  # the forms of the root's adjective in -ario (caseario, caseari)
DOING = ("azione", "azioni")  # the action noun of a verb in -are on the root (distilleria: distillazione)
GROWING = ("icolo", "icola", "icoli", "icole")  # an adjective 'of growing or raising' its base (vinicolo: vino)
PLACE_OF = ("eries", "ery")  # an English noun naming the place of what its base names (winery: wine)


def derived_bases(word: str) -> list[str]:
    """The words an unknown -ificio or -eria name may be made from, its base with each ending of ENDINGS:
    'maglificio' -> ['magla', 'maglia', 'magli', 'maglo', 'magle']; [] for a word with neither ending or a
    base of fewer than three letters."""
    return _on_root(word, ENDINGS)


def related_adjectives(word: str) -> list[str]:
    """The forms of the adjective in -ario on the root of an unknown -ificio or -eria name (module docstring):
    'caseificio' -> ['caseario', 'casearia', 'caseari', 'casearie']; [] for a word with neither ending or a
    root of fewer than three letters."""
    return _on_root(word, RELATED)


def action_nouns(word: str) -> list[str]:
    """The action noun of the verb in -are whose root an unknown -eria or -ificio name is made on (module
    docstring, Treccani "-eria": from verbs as from nouns): 'distilleria' -> ['distillazione',
    'distillazioni']; [] for a word with neither ending or a root of fewer than three letters."""
    return _on_root(word, DOING)


def grown(word: str) -> list[str]:
    """The base of an unknown Italian adjective in -icolo ('of growing or raising': vinicolo, melicolo, orticolo;
    from the Latin -cola, colere, to grow: module docstring) with each ending of ENDINGS: 'vinicola' ->
    ['vina', 'vinia', 'vini', 'vino', 'vine']; [] for another word or a base of fewer than three letters."""
    return _on_root(word, ENDINGS, GROWING)


def places_of(word: str) -> list[str]:
    """The base of an unknown English noun in -ery, the place of an activity or a trade (bakery, brewery,
    winery: module docstring): 'winery' -> ['wine', 'win'], 'cannery' -> ['canne', 'cann', 'can']; [] for
    another word or a base of fewer than three letters."""
    for suffix in PLACE_OF:
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) >= 3:
            return [root + "e", root] + ([root[:-1]] if root[-1] == root[-2] else [])
    return []


def _on_root(word: str, endings: tuple[str, ...], suffixes: tuple[str, ...] = SUFFIXES) -> list[str]:
    """The root of a word with one of `suffixes` (by default an -ificio / -eria name: SUFFIXES) with each of
    `endings`; [] for a word with none of them or a root of fewer than three letters."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return [word[: -len(suffix)] + v for v in endings]
    return []


def same_verb(word: str) -> list[str]:
    """The action noun of an Italian agent noun and the agent noun of an action noun, both made from the same
    verb by its suffix (-tore, -trice: who or what does it; -zione: the doing; Treccani, "-tore" and
    "-zione"): 'depuratore' -> ['depurazione'], 'depurazioni' -> ['depuratori'], 'generatrice' ->
    ['generazione']; [] for other words and for a root of fewer than four letters. Snowball's stems keep the
    two apart ('depurator', 'depurazion'), while ISTAT may name the activity by either."""
    for suffix, other in SAME_VERB:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return [word[: -len(suffix)] + other]
    return []


def compound_parts(word: str) -> list[str]:
    """The beginnings of a word of at least PART letters and its endings of at least TAIL, longest first, that
    could be a known word it is made from: 'teleriscaldamento' -> [..., 'riscaldamento', ...], 'mobilificio'
    -> [..., 'mobili']. An ending is longer than Italian's suffixes, which are words too: 'condensazione' is
    not read as 'azione'."""
    heads = [word[:i] for i in range(len(word) - 1, PART - 1, -1)]
    tails = [word[i:] for i in range(1, len(word) - TAIL + 1)]
    return sorted(heads + tails, key=len, reverse=True)


def most_off(word: str) -> int:
    """How many edits a word may be from the known word it is read as: 0 under SHORTEST_TYPO letters, else 1."""
    return 0 if len(word) < SHORTEST_TYPO else 1


def nearest(classification: Any, word: str) -> str | None:
    """The known word a misspelt one stands for: of the vocabulary's words that begin with the same letter
    and are at most most_off(word) edits from it (optimal string alignment distance, rapidfuzz: a letter
    added, dropped or changed, or two neighbours swapped, each one edit), the nearest; on a tie,
    the one sharing the longest beginning with it, then the first in alphabetical order. None when no word
    is that near, or the word is too short or too long (LONGEST) to be read so."""
    off = most_off(word)
    if not off or len(word) > LONGEST:
        return None
    from rapidfuzz.distance import OSA  # only for a word the vocabulary lacks

    best: tuple[int, int, str] | None = None
    for known in classification.similar(word, off):
        d = OSA.distance(word, known, score_cutoff=off)
        if d > off:
            continue
        key = (d, -len(commonprefix([word, known])), known)
        best = key if best is None or key < best else best
    return best[2] if best else None


def read_unknown(classification: Any, unknown: list[str], apart: bool) -> dict[str, tuple[str, str]]:
    """Each unknown word (folded, not in the vocabulary) -> (the known word it is read as, how: 'derived',
    'typo' or 'part'), by the rules in this module's docstring, tried in that order; a word none of them
    reads is left out. `apart`: the description is in a language whose compounds are written apart
    (English: 'thermoplastic' is not 'thermo'), so no word is cut into parts or derived from a base but an
    English one ('winery': places_of).
    Raises what classification.known_stems, .idf, .in_dictionary and .similar raise (the index's Broken)."""
    words = [w for w in unknown if len(w) <= LONGEST]
    out: dict[str, tuple[str, str]] = {}
    made_on = (places_of,) if apart else (derived_bases, related_adjectives, action_nouns, grown, places_of)
    if words:  # tried in this order (module docstring)
        found = classification.known_stems({b for w in words for made in made_on for b in made(w)})
        idf = classification.idf({s for stems in found.values() for s in stems}) if found else {}
        top = idf.pop("", 0.0)
        for w in words:  # of the known bases, the one ISTAT's texts use most (its stem's lowest idf)
            bases = next((known for made in made_on if (known := [b for b in made(w) if b in found])), [])
            if bases:
                out[w] = (min(bases, key=lambda b: min(idf.get(s, top) for s in found[b])), "derived")
    left = [w for w in words if w not in out and most_off(w)]
    found_as_is = classification.idf({s for w in left for s in query_stems(w)}) if left else {}
    real = classification.in_dictionary(left) if left else set()
    for w in left:
        if w not in real and not any(s in found_as_is for s in query_stems(w)):
            typo = nearest(classification, w)
            if typo is not None:
                out[w] = (typo, "typo")
    rest = [] if apart else [w for w in words if w not in out and len(w) > PART]
    parts = classification.known_stems({p for w in rest for p in compound_parts(w)}) if rest else {}
    for w in rest:
        part = next((p for p in compound_parts(w) if p in parts and 2 * len(p) >= len(w)), None)
        if part is not None:
            out[w] = (part, "part")
    return out


def known_words(classification: Any, text: str) -> dict[str, tuple[str, ...]]:
    """Each word of a description the index's vocabulary has -> its stems; a word it lacks -> the stems of
    the known word it is read as (read_unknown: 'birrificio' -> 'birra', 'telemedicina' -> 'medicina',
    'fotovoltaci' -> 'fotovoltaici'), when there is one; words read as none are left out (stemmed later,
    query_words). An agent or action noun also has the stems of the other made from the same verb, when
    the vocabulary has it (same_verb: 'depuratore' -> 'depurazione')."""
    return known_and_read(classification, text)[0]


def known_and_read(classification: Any, text: str) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(known_words(classification, text), {each word read through another: the known word it was read as}):
    'vinicola' -> 'vini', which ctl match then compares in its place (a stem as short as 'vin' meets only a
    form of the word compared: query.match.SHORT_STEM)."""
    known, read = _known_and_read(classification, text)
    stems = classification.known_stems({k for k, _ in read.values()}) if read else {}
    known.update({w: stems[k] for w, (k, _) in read.items() if k in stems})
    kin = {w: same_verb(w) for w in words(text)}
    found = classification.known_stems({k for ks in kin.values() for k in ks}) if any(kin.values()) else {}
    for w, ks in kin.items():  # 'depuratore' finds 'depurazione' (36.00, 37.00) too
        extra = [s for k in ks if k in found for s in found[k]]
        if extra:
            known[w] = tuple(dict.fromkeys((*(known.get(w) or query_stems(w)), *extra)))
    return known, {w: k for w, (k, _) in read.items() if k in stems}


def readings(classification: Any, text: str) -> dict[str, tuple[str, str]]:
    """How the words of a description that the vocabulary lacks were read (read_unknown):
    {typed: (read as, 'derived', 'typo' or 'part')}, in the description's order; {} without a classification."""
    return _known_and_read(classification, text)[1] if classification is not None else {}


def _known_and_read(classification: Any, text: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """({known word: its stems}, {unknown word: (known word it is read as, how)}: query.reading.read_unknown)."""
    ws = words(text)
    known = classification.known_stems(ws)
    unknown = [w for w in dict.fromkeys(ws) if w not in known]
    return known, read_unknown(classification, unknown, language_of(text) in WRITTEN_APART) if unknown else {}
