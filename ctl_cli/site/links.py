"""Safe pieces of markup for the site's templates: relative links between pages, addresses that may
become links, JSON inside a <script>, and source marks turned into links. No I/O."""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any

# Addresses a page links to; any other scheme (javascript:, data:, vbscript:...) is shown as text.
LINKABLE = re.compile(r"^(?:https?://|mailto:)[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)
# What `ctl show`'s source marks are made into on a page (see pages.SitePage): private-use characters
# around the numbers, turned into links by cited() once the text around them has been escaped.
OPEN, CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{OPEN}([0-9a-z-]+){CLOSE}")


def relative(page: str, target: str) -> str:
    """The link from the page at site path `page` ("it/clusters/energy.html") to the site path `target`
    ("it/sources.html#src-x") as a relative URL ("../sources.html#src-x"), so that file:// works."""
    path, _, anchor = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def linkable(url: Any) -> str | None:
    """`url` when a page may make it a link (http, https, mailto, with no space or control character),
    else None: a javascript: or data: address is never an href."""
    return url if isinstance(url, str) and LINKABLE.match(url) else None


def script_json(value: Any) -> str:
    """`value` as JSON that is safe inside an HTML <script> element: <, >, & and the line separators
    U+2028/U+2029 written as \\u escapes, so no data closes the element or starts markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def cited(text: str | None, anchor: Any) -> Any:
    """`text` escaped for HTML, with each source mark (OPEN id CLOSE) made a link [n] to the source:
    anchor(source id) -> (number, href). Returns markupsafe.Markup."""
    from markupsafe import Markup, escape

    def link(m: re.Match) -> str:
        number, href = anchor(m.group(1))
        return f'<a href="{escape(href)}">[{number}]</a>'

    return Markup(_MARK.sub(link, str(escape(text or ""))))
