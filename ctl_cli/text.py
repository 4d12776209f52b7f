"""Text helpers shared by the query layer and the renderers."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
# C0 and C1 control characters, DEL, the Unicode line separators and the bidi/zero-width
# formatting marks that can reorder or hide text on a terminal. Newline and tab are kept.
# safe() escapes these for the terminal; the JSON and YAML writers escape the same set.
UNSAFE_PATTERN = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
_UNSAFE = re.compile(UNSAFE_PATTERN)


@functools.lru_cache(maxsize=65536)  # the same names and cities are folded again and again
def fold(s: str) -> str:
    """Lower-case, strip accents, turn punctuation into single spaces: 'Università' -> 'universita'."""
    if not s.isascii():  # most names are plain ASCII: skip the Unicode work for them
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", s.casefold()).strip()


def compact(s: str) -> str:
    """fold() without the spaces: 'CAT.AL' -> 'catal', 'smart-factory' -> 'smartfactory'."""
    return fold(s).replace(" ", "")


# Legal-form words that do not tell two organisations apart ("Beta S.p.A." is "Beta SpA" is "Beta").
_LEGAL = re.compile(
    r"(?:\s(?:s ?p ?a|s ?r ?l ?s?|s ?c ?a ?r ?l|s ?c ?r ?l|s ?c ?p ?a|s ?n ?c|s ?a ?s|s ?a|s ?c|s ?b|soc coop|"
    r"societa cooperativa|societa consortile|cooperativa sociale|onlus|ets|aps|odv|ltd|limited|gmbh|ag|inc|llc|"
    r"bv|nv|plc|co|group|unipersonale|a ?r ?l|in liquidazione))+$"
)


def org_key(name: str) -> str:
    """A name with case, accents, punctuation and trailing legal forms ignored, to find duplicates."""
    folded = " " + fold(name)
    return (_LEGAL.sub("", folded) or folded).replace(" ", "")


def safe(s: str) -> str:
    """Make a data string inert for a terminal: control characters become visible escapes."""
    return _UNSAFE.sub(_escape, s)


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
