"""The one catalogue of every phrase a user reads, in Italian and English, looked up by key.

Shapes:
  LANGS = ("it", "en"): the languages, in the order of each entry's pair.
  Each area module (labels, messages, help) has PHRASES: dict[str, tuple[str, str]], mapping a
  dotted key to (italian, english). Keys say where a phrase belongs: "label.col.members",
  "msg.not_found.cluster", "help.search.opt.type", "help.search.epilog". No key is in two areas.
  Templates use str.format named fields ({n}, {ids}, {total}, ...); both languages of a key use
  the same set of fields (a format spec such as "{n:,}" may differ).
  No field is called "key" or "lang" (phrase's own parameters).
  Plural pairs (messages only) are two keys, "<key>.one" and "<key>.other": phrase_n() picks one.

Imported on every run: plain dict literals only, nothing else is imported.
"""

from .help import PHRASES as _HELP
from .labels import PHRASES as _LABELS
from .messages import PHRASES as _MESSAGES
from .validation import PHRASES as _VALIDATION

LANGS = ("it", "en")

_ALL: dict[str, tuple[str, str]] = {**_LABELS, **_MESSAGES, **_HELP, **_VALIDATION}


def phrase(key: str, lang: str, **values) -> str:
    """The template of `key` in `lang`, formatted with str.format(**values).

    lang: "it" or "en"; any other value falls back to English (the locale decides lang upstream,
    see labels.default_lang). Raises KeyError for an unknown key, and KeyError too (from
    str.format) when the template names a field that `values` does not give. Extra values are
    ignored. No template has a literal brace, so one without fields is returned unchanged.
    """
    it, en = _ALL[key]
    return (it if lang == "it" else en).format(**values)


def phrase_n(key: str, n: int, lang: str, **values) -> str:
    """phrase() of "<key>.one" when n == 1, else of "<key>.other", with n among the values.

    Raises KeyError if that key does not exist.
    """
    return phrase(f"{key}.one" if n == 1 else f"{key}.other", lang, n=n, **values)


def keys() -> set[str]:
    """Every key of the catalogue."""
    return set(_ALL)


def has(key: str) -> bool:
    """Whether the catalogue has `key`."""
    return key in _ALL


def placeholder(text: str, lang: str) -> str:
    """A help page's placeholder, or a text of them ('[TEXT]...', 'COMMAND [ARGS]...', 'YYYY-MM-DD'), with
    each name the catalogue has (help.placeholder.NAME, NAME in lower case; YYYY-MM-DD as yyyy_mm_dd) in
    `lang`: 'TESTO', 'COMANDO [ARGOMENTI]...', 'AAAA-MM-GG' in Italian; names it lacks ('CLUSTER', 'N',
    'XX') as they are. A name is a run of capital letters, digits and '_' that begins with a letter."""
    text = text.replace("YYYY-MM-DD", phrase("help.placeholder.yyyy_mm_dd", lang))
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j].isascii() and (text[j].isupper() or text[j].isdigit() or text[j] == "_"):
            j += 1
        key = "help.placeholder." + text[i:j].lower()
        out.append(phrase(key, lang) if j > i and text[i].isalpha() and key in _ALL else text[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "".join(out)
