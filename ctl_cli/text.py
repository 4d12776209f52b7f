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
# The combining accents of the Latin, Greek and Cyrillic alphabets (Unicode's "Combining Diacritical
# Marks" blocks): left over after NFKC only on a letter with no precomposed form, they are dropped.
_ACCENT_BLOCKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))


class _CharFold(dict):
    """What fold() turns one (NFKC-normalised, case-folded) character into, worked out on first use and
    kept: a Latin letter its ASCII spelling (the letter without its accent: à -> a; else anyascii's
    table: Ł -> l, ß -> ss, Æ -> ae, ı -> i), a letter, digit or vowel sign of another script itself, a
    Latin accent nothing, anything else (punctuation, symbols, spaces, emoji) a space. str.translate()
    looks every character up here. Only Latin letters go through anyascii: it would spell other scripts
    in Latin letters (Москва -> Moskva) and symbols as words (€ -> EUR)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if "LATIN" in unicodedata.name(ch, ""):
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            if not plain.isascii():  # Ł, ß, Æ, ı...: the letters that are not a letter plus an accent
                from anyascii import anyascii  # its tables cost start-up time: only when needed

                plain = anyascii(ch)
            out = _NON_WORD.sub(" ", plain.lower())
        elif any(lo <= code <= hi for lo, hi in _ACCENT_BLOCKS):
            out = ""
        elif ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out = ch
        else:
            out = " "
        self[code] = out
        return out


_CHAR_FOLD = _CharFold({code: chr(code) if chr(code).isalnum() else " " for code in range(128)})


@functools.lru_cache(maxsize=65536)  # the same names and cities are folded again and again
def fold(s: str) -> str:
    """Lower-case, Latin letters in ASCII, punctuation and symbols as single spaces:
    'Università' -> 'universita', 'Łukasiewicz' -> 'lukasiewicz', 'Straße' -> 'strasse',
    'S.p.A.' -> 's p a'. Letters and digits of other scripts are kept, lower-cased, never
    transliterated: 'Москва' -> 'москва'. '' when s has no letter or digit in any script."""
    if s.isascii():  # most names are plain ASCII: none of the Unicode work for them (nor a regex)
        return " ".join(s.lower().translate(_CHAR_FOLD).split())
    return " ".join(unicodedata.normalize("NFKC", s).casefold().translate(_CHAR_FOLD).split())


def compact(s: str) -> str:
    """fold() without the spaces: 'CAT.AL' -> 'catal', 'smart-factory' -> 'smartfactory'."""
    return fold(s).replace(" ", "")


# Legal-form words that do not tell two organisations apart ("Beta S.p.A." is "Beta SpA" is "Beta"),
# folded; " ?" is an optional space, "?" makes the letter before it optional.
_LEGAL_FORMS = (
    "s ?p ?a", "s ?r ?l ?s?", "s ?c ?a ?r ?l", "s ?c ?r ?l", "s ?c ?p ?a", "s ?n ?c", "s ?a ?s", "s ?a", "s ?c",
    "s ?b", "soc coop", "societa cooperativa", "societa consortile", "cooperativa sociale", "onlus", "ets", "aps",
    "odv", "ltd", "limited", "gmbh", "ag", "inc", "llc", "bv", "nv", "plc", "co", "group", "unipersonale",
    "a ?r ?l", "in liquidazione",
)  # fmt: skip
# (Patterns kept as text: re compiles and caches them on first use, not at every command's import.)
LEGAL = r"(?:\s(?:" + "|".join(_LEGAL_FORMS) + r"))+$"
# Every word a legal form can end with, and more (every run of letters within one): a name whose last
# word is none of these ends with no legal form, and skips LEGAL's search (17,300 names at 100x).
_LEGAL_ENDS = frozenset(
    letters[i:j]
    for letters in (form.replace("?", "").replace(" ", "") for form in _LEGAL_FORMS)
    for i in range(len(letters))
    for j in range(i + 1, len(letters) + 1)
)


def org_key(name: str) -> str:
    """A name with case, accents, punctuation and trailing legal forms ignored, to find duplicates."""
    folded = " " + fold(name)
    if folded[folded.rfind(" ") + 1 :] not in _LEGAL_ENDS:
        return folded.replace(" ", "")
    return (re.sub(LEGAL, "", folded) or folded).replace(" ", "")


def safe(s: str) -> str:
    """Make a data string inert for a terminal: control characters become visible escapes."""
    if s.isprintable():  # every character _UNSAFE names is one Python calls not printable
        return s
    return _UNSAFE.sub(_escape, s)


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Legal forms as people write them after a name, folded: 'S.p.A.' -> 's p a', 'S.c.a r.l.' -> 's c a r l'.
# They say nothing about which organisation is meant, so they are not search words.
LEGAL_FORM = (
    r"(?<!\S)(?:s ?p ?a|s ?r ?l ?s?|s ?c ?a ?r ?l|s ?c ?r ?l|s ?c ?p ?a|s ?a ?p ?a|s ?n ?c|s ?a ?s|a ?r ?l|"
    r"soc ?coop|soc ?cons|societa cooperativa|societa consortile|onlus|gmbh|ltd|llc|plc)(?!\S)"
)


# Words that do not tell organisations apart: articles and prepositions (Italian, English) and the
# pieces of legal forms, folded. They are not search words on their own ('di' would find 'Arendi'),
# and a name is covered (query/orgs.find_orgs) when the words typed cover all of its other words.
MINOR_WORDS = frozenset(
    """a al alla d da dal dalla de dei del della delle degli dell di e ed i il in l la le lo per
    and for of the s p r c spa srl scarl scpa snc sas onlus""".split()
)


def search_words(text: str) -> list[str]:
    """The words of `text` to look for in names: folded, legal forms and MINOR_WORDS (articles,
    prepositions) left out. 'Beta S.p.A.' -> ['beta']; 'Politecnico di Milano' -> ['politecnico',
    'milano']; 'S.r.l.' -> []; 'di' -> []; 'Москва' -> ['москва']."""
    return [w for w in re.sub(LEGAL_FORM, " ", fold(text)).split() if w not in MINOR_WORDS]


def word_starts(words: str) -> str:
    """Folded words as a search looks them up: ' w1 w2 ', so that ' ' + a word typed is found only at
    the start of a word ('di' is not in ' arendi ')."""
    return f" {words} "
