"""What a user typed as free text (a cluster, an organisation's name, words to search or to match,
a city): the words joined, and checked before anything is looked up.

The rule (DESIGN.md, "Rules that every command shares"): free text that folds to no letter or digit,
in any script, is a usage error (exit 2). Several words without quotes are one text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import BadRequest
from ..text import fold, search_words

SHOWN = 40  # characters of the user's text quoted in a message


def free_text(what: str, value: str | Sequence[str] | None) -> str | None:
    """`value` as one text (a list of words joined by spaces), or None when nothing was given.

    what: how the help names the argument or option (TEXT, CLUSTER, --city...), for the message.
    Raises BadRequest("msg.usage.no_word", exit 2) when the text has no letter or digit (text.fold)."""
    if value is None or (not isinstance(value, str) and not value):
        return None
    text = value if isinstance(value, str) else " ".join(value)
    if not fold(text):
        raise BadRequest("msg.usage.no_word", what=what, value=shown(text))
    return text


def search_text(value: str | Sequence[str] | None, what: str = "TEXT") -> str | None:
    """free_text() of words looked for in names (`ctl search`'s TEXT, `ctl org`'s NAME), which must
    also have a word that is not a legal form.

    Raises BadRequest ("msg.usage.no_word", or "msg.search.legal_form_only" for 'S.p.A.', exit 2)."""
    text = free_text(what, value)
    if text is not None and not search_words(text):
        raise BadRequest("msg.search.legal_form_only", value=shown(text))
    return text


def shown(text: str) -> str:
    """`text` quoted for a message, cut after SHOWN characters."""
    return repr(text if len(text) <= SHOWN else text[:SHOWN] + "…")


def ateco_like(text: str | None) -> bool:
    """Whether a description is nothing but an ATECO code as people write it ('28.41', '28,41', '10.51.1',
    '2841'), which `ctl match --ateco` reads and a description's words never match."""
    import re

    return bool(text) and re.fullmatch(r"\d{2}(?:[.,]\d{1,2}){0,2}|\d{3,6}", text.strip()) is not None
