"""The rules on the Region's calls (issue 15) that a per-field table cannot say: a call is published
no later than it opens, and opens no later than it closes; it names at least one source. Rules as
rules.py has them: `rule(c) -> None`. (Unique ids and sources that exist are rules.py's, for every
record.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .walk import Checker

# (earlier, later) pairs of a call's dates. ISO dates compare as strings; a published date written
# YYYY or YYYY-MM compares as its first day (a prefix sorts first).
ORDER = (("published", "opens"), ("opens", "closes"))


def calls_in_order(c: Checker) -> None:
    """published <= opens <= closes, reported at the later field; a call with an empty list of sources
    is reported at `sources`."""
    for base, i, _, d in c.each("call"):
        where = c.path(base, i)
        for first, second in ORDER:
            a, b = d.get(first), d.get(second)
            if a is not None and b is not None and a > b:
                c.err(where + (second,), "call_order", field=second, value=b, other=first, other_value=a)
        if "sources" in d and not d["sources"]:
            c.err(where + ("sources",), "call_no_source")
