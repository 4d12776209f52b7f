"""Checks over a built site, without a browser: html5lib's strict parser and a link checker."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"


def pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def parse(path: Path):
    """The page's element tree; html5lib.html5parser.ParseError on any parse error (strict)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(path.read_bytes(), transport_encoding="utf-8")


def ids_and_links(tree) -> tuple[set[str], list[str]]:
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    links = []
    for el in tree.iter():
        for attr in ("href", "src"):
            if el.get(attr) is not None:
                links.append(el.get(attr))
    return ids, links


def broken_links(root: Path) -> list[str]:
    """Every internal href/src that does not resolve to a file of the site, or whose #anchor is no id
    of the page it points to, as 'page: link'. External http(s) and mailto links are not followed."""
    trees = {p: parse(p) for p in pages(root)}
    ids = {p.resolve(): ids_and_links(t)[0] for p, t in trees.items()}
    bad = []
    for page, tree in trees.items():
        for link in ids_and_links(tree)[1]:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            if parts.scheme or parts.netloc:
                bad.append(f"{page.relative_to(root)}: {link} (another host or scheme)")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not target.is_file() or root.resolve() not in target.parents:
                bad.append(f"{page.relative_to(root)}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in ids[target]:
                bad.append(f"{page.relative_to(root)}: {link} (no such anchor)")
    return bad
