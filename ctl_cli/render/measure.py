"""How much room text takes on a terminal, and prose wrapped to a width in it: the measuring that
layout.py fits tables and paragraphs with.

A string's width is in terminal cells, as rich measures them (rich.cells.cell_len); rich is imported
only for a character that is not one cell each as measured here (a wide CJK letter, an emoji, a
combining mark). Wrapping gives textwrap's lines, counted in cells, and skips textwrap where its
answer is known (a paragraph that fits, prose one space between words).
"""

from __future__ import annotations

import re
import textwrap

_ONE_CELL_END = "\u0300"  # Unicode's combining accents start here: below it, but for C1, one cell each
_C1 = re.compile("[\x80-\x9f]")  # the C1 controls: no cell (safe() makes them visible escapes anyway)
# Past U+0300, the punctuation and currency signs of Italian and English text are one cell each for rich
# too (tested): dashes, quotes, bullets and the ellipsis (U+2010-U+2027), per mille and primes
# (U+2030-U+205E), the euro and the other currency signs (U+20A0-U+20C0). Zero-width and bidi marks,
# and every other character, are rich's to measure.
_ONE_CELL = "\x00-\x7f\xa0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
_not_one_cell: re.Pattern | None = None  # compiled when first needed (1 ms, not on every run)


def cells(s: str) -> int:
    """Terminal cells a string takes, as rich measures them (rich.cells.cell_len: a wide CJK letter
    or an emoji 2, with its skin-tone modifier or as a joined sequence 2 as well, a combining mark
    0). rich.cells is imported only for a string with a character past Latin-1 and Latin Extended
    (U+0300 on) other than common punctuation and currency signs (_ONE_CELL), or a C1 control:
    every other character is one cell for rich too (tested), and Italian text is written in them
    (a few ms of import, after Typer)."""
    if s.isascii() or _one_cell_each(s):
        return len(s)
    from rich.cells import cell_len

    return cell_len(s)


def _one_cell_each(s: str) -> bool:
    """True if every character of `s` is below U+0300 and none is a C1 control, or is one of the
    _ONE_CELL signs past it (so one cell each)."""
    global _not_one_cell
    if not s or max(s) < _ONE_CELL_END:
        return not _C1.search(s)
    if _not_one_cell is None:
        _not_one_cell = re.compile(f"[^{_ONE_CELL}]")
    return not _not_one_cell.search(s)


def longest_word(s: str) -> int:
    """The longest word of `s`, in cells."""
    if s.isascii() or _one_cell_each(s):  # most cells: each word's length, without measuring it again
        return max(map(len, s.split()), default=0)
    return max((cells(w) for w in s.split()), default=0)


def widest_line(s: str) -> int:
    """The widest of the lines of `s`, in cells."""
    if "\n" not in s:
        return cells(s)
    return max(cells(x) for x in s.split("\n"))


def wrap(text: str, width: int, fold: bool = False) -> list[str]:
    """Lines of `text` (its own newlines kept) at most `width` cells, broken between words; a word
    longer than the width stays whole on its own line unless `fold`."""
    width = max(1, width)
    if text.isascii() and "\n" not in text and _fits(text, width):
        return [text]  # most cells of a table: what the loop below gives, without its work (427 rows of sources)
    out: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.isascii() and _uneven(paragraph):
            out += _wrap_cells(paragraph, width, fold)  # wide or zero-width characters: textwrap counts them 1
        elif _fits(paragraph, width):  # most cells: what textwrap would return, without its regexes
            out.append(paragraph)
        elif _single_spaced(paragraph) and not (fold and longest_word(paragraph) > width):
            out += _fill(paragraph, width)  # prose: textwrap's lines, without its regexes
        else:
            out += textwrap.wrap(paragraph, width, break_long_words=fold, break_on_hyphens=False) or [""]
    return out


def _uneven(text: str) -> bool:
    """True if a character of text is not one cell wide (a CJK letter, an emoji, a combining mark)."""
    return not _one_cell_each(text) and any(cells(ch) != 1 for ch in text if not ch.isascii())


def _wrap_cells(paragraph: str, width: int, fold: bool) -> list[str]:
    """textwrap's greedy fill of a paragraph, measured in terminal cells (cells); a word wider than
    the width is cut by rich.cells.chop_cells when `fold`, else kept whole on its own line."""
    from rich.cells import chop_cells

    lines: list[str] = []
    body = paragraph.expandtabs().lstrip()
    indent = " " * (len(paragraph.expandtabs()) - len(body)) if body else ""  # kept, as textwrap keeps it
    line, used = indent, len(indent)
    for word in body.split():
        size = cells(word)
        if line.strip() and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line == indent and used + size <= width:
            line, used = line + word, used + size
            continue
        if line.strip():
            lines.append(line)
        pieces = chop_cells(word, width) if fold and size > width else [word]
        lines += pieces[:-1]
        line, used = pieces[-1], cells(pieces[-1])
    return lines + [line] if line or not lines else lines


_NOT_SINGLE_SPACED = re.compile(r"[^\S ]|  |^ | \Z")  # whitespace but a space (a tab, U+00A0), two spaces, an edge one


def _single_spaced(paragraph: str) -> bool:
    """True if `paragraph`'s words are separated by one space each, with none before or after them,
    and no other whitespace (a tab, which textwrap rewrites; U+00A0, which it keeps but drops when a
    chunk is nothing else): textwrap's chunks are then its words and the spaces between them."""
    return not _NOT_SINGLE_SPACED.search(paragraph)


def _fill(paragraph: str, width: int) -> list[str]:
    """textwrap.wrap's lines of a _single_spaced paragraph of one-cell characters (no word folded):
    each line takes words while they fit; a word longer than the width goes whole on a line of its own."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in paragraph.split(" "):
        if line and used + 1 + len(word) <= width:
            line.append(word)
            used += 1 + len(word)
            continue
        if line:
            lines.append(" ".join(line))
        line, used = [word], len(word)
    lines.append(" ".join(line))
    return lines


_BREAKS = frozenset("\t\x0b\x0c\r")  # whitespace textwrap rewrites (besides the space, and "\n": split above)


def _fits(paragraph: str, width: int) -> bool:
    """True if textwrap.wrap would give `paragraph` back as its one line: it is no longer than the
    width (textwrap counts characters), has no whitespace for textwrap to rewrite and does not end in
    whitespace (which it drops); or it is empty (one empty line)."""
    if not paragraph:
        return True
    if len(paragraph) > width or paragraph[-1].isspace():
        return False
    return paragraph.isprintable() or _BREAKS.isdisjoint(paragraph)  # printable: none of _BREAKS
