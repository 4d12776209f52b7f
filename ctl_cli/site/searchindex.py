"""The client-side search's index, written as a script (assets/search-index.js sets window.CTL_INDEX):
browsers refuse to fetch a JSON file from file://.

The search in the page (templates/search.js) must find what `ctl search` finds, so its rules come from
the product itself, computed here at build time rather than written twice by hand:
- each organisation's words are precomputed exactly as the index stores them (cache/index.py: text.fold
  of its name, aliases and former names, joined as text.word_starts), so the page folds only the query;
- the folding of the query: `fold` maps every code point that text.fold changes differently from the
  page's plain rule (NFKC, then a letter or digit lower-cased, a combining accent dropped, anything
  else a space): found by running text.fold over every assigned code point, so it holds every
  non-ASCII Latin letter (à -> a, Ł -> l, ß -> ss) and the few letters of other scripts whose
  case-folding differs from lower-casing (ς -> σ);
- the legal forms and minor words left out of a query (text.search_words), as text's own pattern and set.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ..dataset.provinces import canonical
from ..text import _ACCENT_BLOCKS, LEGAL_FORM, MINOR_WORDS, fold, word_starts
from .links import script_json

LAST = 0x2FFFF  # the Basic and Supplementary Multilingual and Ideographic Planes: every script in use


def plain(ch: str) -> str:
    """What the page's rule makes of one NFKC-normalised character when the fold table has no entry."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _ACCENT_BLOCKS):
        return ""
    if ch.isalnum():
        return ch.lower()
    return ch if unicodedata.category(ch).startswith("M") else " "


def fold_table(last: int = LAST) -> dict[str, str]:
    """Every non-ASCII code point up to `last` that NFKC leaves alone and text.fold turns into something
    else than plain() does -> what text.fold makes of it ("" dropped, " " a word break). Found by
    folding '0' + ch + '0' (digits compose with nothing) and keeping what is between the zeros."""
    table = {}
    for code in range(0x80, last + 1):
        ch = chr(code)
        if unicodedata.category(ch) in ("Cn", "Cs", "Co") or unicodedata.normalize("NFKC", ch) != ch:
            continue
        folded = fold(f"0{ch}0")
        value = folded[1:-1] if len(folded) >= 2 else ""
        if value != plain(ch):
            table[ch] = value
    return table


def entries(hits: list[dict[str, Any]], orgs: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """[id, name, type, province code (canonical) or "", words (' w1 w2 '), [[cluster id, basis], ...]]
    per organisation, in `ctl search`'s order (hits: Index.search() with no filter; orgs: org records)."""
    out = []
    for h in hits:
        o = orgs[h["id"]]
        names = [o["name"], *(a["name"] for a in o["aliases"]), *(f["name"] for f in o["former_names"])]
        words = word_starts(" ".join(fold(n) for n in names))
        memberships = [[c["id"], c["basis"]] for c in h["clusters"]]
        out.append([h["id"], h["name"], h["type"], canonical(h["province"]) or "", words, memberships])
    return out


def index_script(hits: list[dict[str, Any]], orgs: dict[str, dict[str, Any]], statuses: dict[str, str]) -> str:
    """The text of assets/search-index.js: `window.CTL_INDEX = {...};` with orgs (entries()), status
    (cluster id -> status), fold (fold_table()), legal (text's legal-form pattern), minor (MINOR_WORDS,
    sorted), accents ([first, last] code point ranges dropped). JSON escaped for a script (links.script_json)."""
    index = {
        "orgs": entries(hits, orgs),
        "status": statuses,
        "fold": fold_table(),
        "legal": LEGAL_FORM,
        "minor": sorted(MINOR_WORDS),
        "accents": [list(r) for r in _ACCENT_BLOCKS],
    }
    return f"window.CTL_INDEX = {script_json(index)};\n"
