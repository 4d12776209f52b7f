"""Words as `ctl match` compares them: folded, stop words dropped, cut to a Snowball stem.

A cluster's texts are stemmed in their own language (Italian or English) when the index is built; a
description's words, whose language is not known, get both stems. A stem must keep at least MIN_STEM
letters, else only the word's inflection is cut (a final vowel in Italian, a final s in English):
'mobili' -> 'mobil' but 'mobilità' -> 'mobilit' and 'mobility' stays whole, so furniture and mobility
never meet, while 'vino'/'vini' and 'solare'/'solari' still do. The stemmers come from the
`snowballstemmer` package (BSD), imported only when a word must be stemmed (about 20 ms).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..text import fold

MIN_STEM = 6
SHORTEST_TYPO = 6  # a shorter unknown word is never read as a misspelling (query.reading): too many are near it
LANGS = ("it", "en")

# Words that say nothing about a field of activity, in Italian and English (after fold()).
STOPWORDS = frozenset(
    """a ad al alla alle allo agli ai anche che chi ci con da dai dal dalla dalle dei del della delle dello
    degli di e ed gli i il in la le lo ma mi nei nel nella nelle noi nostra nostre nostri nostro o per piu
    poi quale quali questo questa se si sia siamo sono su sui sul sulla tra fra un una uno vostro nostre
    facciamo produciamo sviluppiamo realizziamo lavoriamo offriamo progettiamo costruiamo forniamo gestiamo
    faccio fa fanno produco produce producono sviluppa sviluppano realizza realizzano lavora lavorano offre
    offrono progetta progettano costruisce costruiscono fornisce forniscono gestisce gestiscono abbiamo hanno
    piccola piccolo piccole piccoli small medium sized family mia mio miei mie
    azienda aziende impresa imprese societa srl spa settore soluzioni prodotti servizi attivita lavoro
    the an and or of for to in on at by with from we our us is are be it its as that this these those
    company companies firm business make makes making build builds building develop develops developing
    design designs provide provides offer offers products product services service solutions solution
    work works working based using use new also other into their they which who what how all any some
    lombard lombardy lombardia cluster clusters regional region regione members member association
    cui non altri altre altro altra eccetera ecc esclusi escluse esclusa escluso include incluse inclusi
    cfr vedi nca n
    dell dall nell sull coll quell quest
    milano milan bergamo brescia como cremona lecco lodi mantova monza brianza pavia sondrio varese""".split()
)  # the last two lines: articles elided before a vowel (dell'aria); Lombard provinces, places, not activities
# Words that mark a remark about where a fact comes from, not about what a cluster does: a sentence or a
# bracketed aside with one of them is never compared (issue 13: "never score notes about sources").
EDITORIAL = frozenset(
    """fonte fonti source sources dichiarata dichiarate dichiarato dichiarati stated declared confermata
    confermato confermate confermati confirmed citata citato citate citati cited""".split()
)
# Little words only one of the two languages has: a description with some of one and none of the other is
# read in that language alone (its words' stems in the other language are false friends: 'cured' -> 'cur',
# as in 'cura'; 'cars' -> 'car', as in 'care'). Words both have ('a', 'in') are not here.
MARKERS = {
    "it": frozenset(
        """di del della dei delle degli dello e ed il lo la gli le per con nel nella nei da dal dalla che un una
        uno al alla ai dell dall nell sull""".split()
    ),
    "en": frozenset("the of and for with we our to from by on at an is are that this which".split()),
}
WRITTEN_APART = frozenset({"en"})  # languages whose compounds are mostly written as separate words
_ALGORITHM = {"it": "italian", "en": "english"}  # Snowball's names of the two languages' stemmers
_INFLECTION = {"it": "aeiou", "en": "s"}  # the endings cut when a stem would be too short
_ASIDE = re.compile(r"\(([^()]*)\)")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@functools.lru_cache(maxsize=2)
def _stemmer(lang: str) -> Any:
    from snowballstemmer import stemmer  # only when a word is not in the index's vocabulary

    return stemmer(_ALGORITHM[lang])


@functools.lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a folded word in `lang` ("it" or "en"); when that leaves fewer than MIN_STEM
    letters, the word with only its inflection cut (it: a final vowel; en: a final s):
    stem('mobili', 'it') == 'mobil', stem('mobilita', 'it') == 'mobilit', stem('mobility', 'en') == 'mobility'."""
    s = _stemmer(lang).stemWord(word)
    if len(s) >= MIN_STEM:
        return s
    cut = word[:-1] if word[-1] in _INFLECTION[lang] else word
    return cut if len(cut) >= 3 else word


def words(text: str) -> list[str]:
    """The meaningful folded words of a text, in order: no stop word, no number, none under 3 letters."""
    return [w for w in fold(text).split() if len(w) > 2 and w not in STOPWORDS and not w.isdigit()]


def terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(stem, word) for each meaningful word of a text written in `lang`."""
    return [(stem(w, lang), w) for w in words(text)]


def language_of(text: str) -> str | None:
    """'it' or 'en' when a text has little words (MARKERS) of that language and none of the other, else None
    ('pompe di calore' -> 'it', 'heat pumps for homes' -> 'en', 'pannelli solari' -> None)."""
    tokens = set(fold(text).split())
    found = [lang for lang in LANGS if tokens & MARKERS[lang]]
    return found[0] if len(found) == 1 else None


def query_stems(word: str) -> tuple[str, ...]:
    """The stems a word of a description may stand for: its Italian and its English stem (one if equal)."""
    return tuple(dict.fromkeys(stem(word, lang) for lang in LANGS))


def what_it_does(text: str) -> str:
    """A text without its remarks about sources: sentences and bracketed asides with an EDITORIAL word
    are left out. 'Agritech (aree dichiarate nel profilo ECCP)' -> 'Agritech '."""

    def keep(part: str) -> bool:
        return not EDITORIAL.intersection(fold(part).split())

    text = _ASIDE.sub(lambda m: m.group(0) if keep(m.group(1)) else "", text)
    return " ".join(s for s in _SENTENCE.split(text) if keep(s))


INFLECTED = ({"a", "e"}, {"o", "i"}, {"e", "i"})  # the final vowels of an Italian noun's singular and plural


def same_word(typed: str, written: str) -> bool:
    """Whether two words are one word in two forms, as a short stem (query.match.SHORT_STEM letters or
    fewer) needs them to be before they meet: equal when folded; an English plural in -s or -es ('car',
    'cars'); an Italian noun's singular and plural, whose last vowel changes, a / e, o / i or e / i ('casa',
    'case'; 'caso', 'casi'), or whose -io is -i ('olio', 'oli': Treccani, "plurale dei nomi"). Snowball
    stems 'moda' and 'modo', 'casa' and 'caso' alike ('mod', 'cas'): they are not the same word."""
    a, b = fold(typed), fold(written)
    if a == b or a.rstrip("s") == b.rstrip("s") or a.removesuffix("es") == b or b.removesuffix("es") == a:
        return True
    if (a.endswith("io") and b == a[:-1]) or (b.endswith("io") and a == b[:-1]):
        return True
    return len(a) == len(b) > 1 and a[:-1] == b[:-1] and {a[-1], b[-1]} in INFLECTED
