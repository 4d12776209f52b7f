"""What ISTAT's ATECO classification contributes to `ctl match`, computed once when a dataset is indexed.

From the `ateco` package (ISTAT's ATECO 2007, 2022 and 2025 tables, offline) and the dataset's ATECO ->
cluster rows (each cluster's `ateco` list):
- every ATECO 2025 entry with its title and the clusters it leads to (nodes): those of the nearest row at
  or above it, else those of the rows below it by the share of its activities they hold (node_clusters);
- every ATECO 2022 and 2007 code with the ATECO 2025 codes it stands for (codes): a 2022 code through
  ISTAT's 2025<->2022 correspondence; a 2007 code only where ATECO 2022 has the same code with the same
  title (unchanged), else none (refused);
- the stems of each 2025 entry's title and notes (exclusions left out), with their weight and language
  (terms): the Italian stems of ISTAT's text, and the English stems of the NACE Rev. 2.1 English title
  and notes (Includes, Includes also; never Excludes) of the same code down to class level
  (records/nace.py), weighted as ISTAT's title and notes, so English words meet English text; how rare
  each stem is across entries (idf), and the stems of every word seen (vocab), so a warm run never
  parses the classification nor imports a stemmer for a known word.
Nothing here prints. Imported only when an index is built.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from . import nace
from .terms import LANGS, SHORTEST_TYPO, query_stems, stem, words

if TYPE_CHECKING:
    from ..dataset.model import Dataset

EDITION = "2025"  # the edition of the dataset's rows and of the entries matched
TITLE, NOTE = 1.0, 0.4  # weight of a stem in an entry's title, in its notes
_EXCLUDED = re.compile(r"\besclus[aeio]\b[^;]*", re.IGNORECASE)  # 'esclusi i mobili': what a title is not
_EXCEPT = re.compile(r"\b(except|other than|excluding)\b[^;]*", re.IGNORECASE)  # the same in an English title
_PREFIX = re.compile(r"(?<![\w-])\w{1,4}-(?=\w)")  # 'auto-aiuto', 'post-scolastica': a prefix, not the word 'auto'
_NEGATED = re.compile(r"\bnon[\s-]+\w+", re.IGNORECASE)  # 'da fonti non rinnovabili', 'non-food': what it is not
NOTES = ("centrale", "inclusione", "inclusione_aggiuntiva")  # not "esclusione": what the entry is not


def stamp() -> str:
    """The `ateco` package's version and default edition, and the `pyspellchecker` package's version, read
    from their files without importing them (the index's key: another version of the classification or of
    the dictionaries builds a new index). '' for a package that is not installed."""
    import json

    root = _package_dir("ateco")
    if root is None:
        return ""
    try:
        version = _version_in(root / "__init__.py")
        edition = json.loads((root / "data" / "editions.json").read_text("utf-8")).get("default")
    except (OSError, ValueError):
        return ""
    spelling = _package_dir("spellchecker")
    return f"{version} {edition} pyspellchecker {_version_in(spelling / 'info.py') if spelling else ''}"


def _package_dir(name: str) -> Any:
    """The folder of an installed package (a Path), found without importing it; None if not installed."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent if spec is not None and spec.origin is not None else None


def _version_in(path: Any) -> str:
    """The `__version__ = "..."` a package file sets, '?' if none; '' if the file cannot be read."""
    try:
        found = re.search(r'__version__\s*=\s*"([^"]+)"', path.read_text("utf-8"))
    except OSError:
        return ""
    return found.group(1) if found else "?"


def dictionary_words() -> list[str]:
    """The folded words of at least SHORTEST_TYPO letters in the Italian and English word lists of the
    `pyspellchecker` package (MIT; word frequencies from the OpenSubtitles corpus, cleaned by its author),
    sorted: the words of the two languages, which query.reading never reads as a misspelling of another.
    [] if the package is not installed."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - a dependency; without it every unknown word may be a typo
        return []
    from ..text import fold

    out: set[str] = set()
    for lang in LANGS:
        out.update(fold(w) for w in SpellChecker(language=lang, distance=1).word_frequency.keys())
    return sorted(w for w in out if len(w) >= SHORTEST_TYPO and w.isalpha())


def rows_by_code(ds: Dataset) -> dict[str, list[str]]:
    """ATECO 2025 code -> the clusters whose rows name it, in dataset order."""
    out: dict[str, list[str]] = {}
    for c in ds.clusters:
        for r in c.ateco:
            out.setdefault(r.code, []).append(c.id)
    return out


def node_clusters(
    code: str, nodes: dict[str, dict], rows: dict[str, list[str]], below: dict[str, list[Any]] | None = None
) -> list[list[Any]]:
    """[[cluster, weight, via code]] for one ATECO 2025 entry: the clusters of the nearest row at or above
    it (weight 1); else of the rows below it, each weighted by the share of the entry's most detailed
    activities (the leaves below it) whose nearest row names the cluster: division 26 (computers,
    electronics, optics...) leads to the cluster of a row for group 26.6 (electromedical equipment) by the
    share of 26's activities that 26.6 holds, not fully; [] if none. `below` is leaves_below(nodes, rows),
    made once for all entries (made here if not given)."""
    up: str | None = code
    while up is not None:
        if up in rows:
            return [[cid, 1.0, up] for cid in rows[up]]
        up = nodes[up].get("parent") if up in nodes else None
    if below is None:
        below = leaves_below(nodes, rows)
    leaves = below.get(code, ())
    counts: dict[str, list[Any]] = {}
    for _, row in leaves:
        for cid in rows.get(row, ()) if row else ():
            counts.setdefault(cid, [cid, 0.0, row])[1] += 1.0 / len(leaves)
    return sorted(counts.values(), key=lambda x: -x[1])


def leaves_below(nodes: dict[str, dict], rows: dict[str, list[str]]) -> dict[str, list[Any]]:
    """ATECO code -> [(leaf, the code of its nearest row at or above it, or None)] for every leaf strictly
    below it (an entry no other entry has as parent); each leaf's chain of parents walked once."""
    parents = {n.get("parent") for n in nodes.values()}
    out: dict[str, list[Any]] = {}
    for leaf in nodes:
        if leaf in parents:
            continue
        chain = []
        up = nodes[leaf].get("parent")
        while up is not None:
            chain.append(up)
            up = nodes.get(up, {}).get("parent")
        row = next((c for c in [leaf, *chain] if c in rows), None)
        for c in chain:
            out.setdefault(c, []).append((leaf, row))
    return out


def build(ds: Dataset) -> dict[str, Any]:
    """{nodes: [(code, level, title, clusters, English title or None)], codes: [(edition, code, title, [2025
    codes])], terms: [(stem, code, weight, 'it' or 'en', the word as the entry's text writes it, folded, where it
    weighs most)], idf: [(stem, idf)], vocab: [(word, stems)], lexicon: [word] (dictionary_words), nb: [(stem,
    cluster, log P(stem | cluster))], nb_unseen: [(cluster, log P of an unseen stem)] (records/bayes.py)} for
    the index (cache/ateco.py). English titles and notes: records/nace.entries(), for the codes ATECO 2025 has."""
    from ateco._load import load_correspondence_2025_2022, load_nodes

    from .bayes import likelihoods
    from .match import cluster_texts, profile

    nodes = load_nodes(EDITION)
    rows = rows_by_code(ds)
    below = leaves_below(nodes, rows)
    english = {code: e for code, e in nace.entries().items() if code in nodes}  # (title, notes)
    out_nodes = [
        (code, n["level"], n["title"], node_clusters(code, nodes, rows, below), english.get(code, (None,))[0])
        for code, n in nodes.items()
    ]
    n22, n07 = load_nodes("2022"), load_nodes("2007")
    to25: dict[str, list[str]] = {}
    for m in load_correspondence_2025_2022()["mappings"]:
        to25.setdefault(m["code_2022"], [])
        if m["code_2025"] not in to25[m["code_2022"]]:
            to25[m["code_2022"]].append(m["code_2025"])
    codes = [(EDITION, code, n["title"], [code]) for code, n in nodes.items()]
    codes += [("2022", code, n["title"], to25.get(code, [])) for code, n in n22.items()]
    for code, n in n07.items():
        same = code in n22 and _same(n22[code]["title"], n["title"])
        codes.append(("2007", code, n["title"], to25.get(code, []) if same else []))
    weights: dict[tuple[str, str, str], float] = {}
    said: dict[tuple[str, str, str], str] = {}  # the same key -> the word as the text writes it, where it weighs most
    seen: set[str] = set()
    for code, n in nodes.items():
        notes = " ".join(v for k, v in (n.get("notes") or {}).items() if k in NOTES)
        texts = [(_EXCLUDED.sub("", n["title"]), TITLE, "it"), (notes, NOTE, "it")]
        if code in english:
            texts += [(_EXCEPT.sub("", english[code][0]), TITLE, nace.LANG), (english[code][1], NOTE, nace.LANG)]
        for text, w, lang in texts:
            for word in words(_PREFIX.sub("", _NEGATED.sub("", text))):
                seen.add(word)
                key = (stem(word, lang), code, lang)
                if w > weights.get(key, 0.0):
                    weights[key], said[key] = w, word
    df: dict[str, int] = {}
    for s, _ in {(s, code) for s, code, _ in weights}:  # entries having the stem, in either language
        df[s] = df.get(s, 0) + 1
    total = len(nodes)
    idf = [(s, math.log(total / d)) for s, d in df.items()]
    for c in ds.clusters:  # the clusters' own words, stemmed in their language, are in the vocabulary too
        for lang in LANGS:
            seen.update(w for t in _texts(c, lang) for w in words(t))
    vocab = [(w, " ".join(query_stems(w))) for w in sorted(seen)]
    terms = [(s, code, w, lang, said[s, code, lang]) for (s, code, lang), w in weights.items()]
    profiles = {c.id: profile(cluster_texts(c)) for c in ds.clusters}
    nb, unseen = likelihoods(terms, {n[0]: n[3] for n in out_nodes}, profiles)
    return {
        "nb": nb,
        "nb_unseen": unseen,
        "lexicon": dictionary_words(),
        "nodes": out_nodes,
        "codes": codes,
        "terms": terms,
        "idf": idf,
        "vocab": vocab,
    }


def _same(a: str, b: str) -> bool:
    """Two titles that differ only in case, accents, spaces or punctuation ('nca' / 'n.c.a.')."""
    from ..text import compact

    return compact(a) == compact(b)


def _texts(c: Any, lang: str) -> list[str]:
    from .match import cluster_texts

    return [t for _, lng, t in cluster_texts(c) if lng == lang]
