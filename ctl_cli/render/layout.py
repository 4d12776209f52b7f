"""How the table format fits a width: wrapping prose under a label, and the one decision of how a
table is drawn (one row per line, squeezed with its prose wrapped, or a list of records). Both
drawing paths (rich and plain text) take the lines from here and differ only in colour.

A drawn line is a list of (text, style) segments. The rules, at any width from 60 columns up:
ids, numbers and URLs are never cut (a column of them is at least as wide as its longest token; a
token longer than the room goes whole on a line of its own, indented: the only lines allowed past
the width); a header wraps between words, never inside one; a bar column shrinks or is dropped,
never wrapped; a table that cannot fit even so, or only by stacking a prose cell's words about one a
line (_cramped), becomes a list of records, one small block per row.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Sequence

from ..text import safe

Segment = tuple[str, str]  # text, rich style ("" for none)
Drawn = list[Segment]

_ONE_CELL_END = "\u0300"  # Unicode's combining accents start here: below it, but for C1, one cell each
_C1 = re.compile("[\x80-\x9f]")  # the C1 controls: no cell (safe() makes them visible escapes anyway)
# Past U+0300, the punctuation and currency signs of Italian and English text are one cell each for rich
# too (tested): dashes, quotes, bullets and the ellipsis (U+2010-U+2027), per mille and primes
# (U+2030-U+205E), the euro and the other currency signs (U+20A0-U+20C0). Zero-width and bidi marks,
# and every other character, are rich's to measure.
_ONE_CELL = "\x00-\x7f\xa0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
_not_one_cell: re.Pattern | None = None  # compiled when first needed (1 ms, not on every run)

KINDS = ("text", "id", "number", "url", "bar")  # text wraps (a too-long word folds); the others never break a word
GAP = 2  # cells between columns
TEXT_MIN = 12  # a prose column is squeezed to no less than this (or its header's longest word)
CRAMPED = 4  # a table whose prose would stack a cell's words about one a line on this many lines is records
BAR_MIN = 8  # a bar column narrower than this is dropped
LONE_INDENT = 4  # the most a token too long for its room is indented, on its own line
EMPTY = ("", "·", "—")  # cells a record leaves out


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


def _longest_word(s: str) -> int:
    """The longest word of `s`, in cells."""
    if s.isascii() or _one_cell_each(s):  # most cells: each word's length, without measuring it again
        return max(map(len, s.split()), default=0)
    return max((cells(w) for w in s.split()), default=0)


def _widest_line(s: str) -> int:
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
        elif _single_spaced(paragraph) and not (fold and _longest_word(paragraph) > width):
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


def hang(rows: Sequence[tuple[str, str]], width: int, lead_style: str = "", style: str = "") -> list[Drawn]:
    """Each (lead, text): the lead, then the text wrapped so continuation lines sit under it. A word
    longer than the room left after the lead goes on a line of its own, indented at most LONE_INDENT."""
    leads = [safe(lead) for lead, _ in rows]
    sizes = [cells(lead) for lead in leads]
    lead_width = max(sizes, default=0)
    room = max(20, width - lead_width)
    lone = " " * min(lead_width, LONE_INDENT)
    under = (" " * lead_width, "")  # before a continuation line
    out: list[Drawn] = []
    for lead, size, (_, value) in zip(leads, sizes, rows, strict=True):
        first = (lead + " " * (lead_width - size), lead_style)
        for i, line in enumerate(wrap(safe(value), room)):
            if cells(line) > room:  # a lone URL or id too long for the room
                if i == 0 and lead.strip():
                    out.append(_trim([first]))
                out.append(_trim([(lone + line, style)]))
            else:
                out.append(_trim([first if i == 0 else under, (line, style)]))
    return out


def _trim(line: Drawn) -> Drawn:
    """The line without trailing spaces."""
    line = [seg for seg in line if seg[0]]
    while line and not line[-1][0].strip():
        line.pop()
    if line and line[-1][0][-1].isspace():
        line[-1] = (line[-1][0].rstrip(), line[-1][1])
    return line


# --------------------------------------------------------------------------- tables


def widths(headers: Sequence[str], grid: Sequence[Sequence[str]], kinds: Sequence[str], width: int | None):
    """The width of each column (0: a bar column dropped), or None when the table cannot fit
    `width` with its prose squeezed and every word whole (draw it as records). `width` None: no limit."""
    n = len(headers)
    measured = [[_widest_line(x) for x in row] for row in grid]  # each cell measured once
    natural = [max([cells(headers[i])] + [m[i] for m in measured]) for i in range(n)]
    if width is None:
        return natural
    cols = [i for i in range(n) if kinds[i] != "bar"]
    out = list(natural)

    def total() -> int:
        used = [i for i in range(n) if out[i]]
        return sum(out[i] for i in used) + GAP * (len(used) - 1)

    for b in (i for i in range(n) if kinds[i] == "bar"):
        out[b] = 0
        room = width - total() - GAP
        out[b] = min(natural[b], room) if room >= BAR_MIN else 0
    if total() <= width:
        return out
    least = {}  # a column's least width: every word whole, a prose column no narrower than TEXT_MIN
    for i in cols:
        words = max(_longest_word(headers[i]), max((_longest_word(row[i]) for row in grid), default=0))
        if kinds[i] == "number":  # one value, even with words in it ('41 / circa 150'): never wrapped
            least[i] = max([_longest_word(headers[i])] + [m[i] for m in measured])
        else:
            least[i] = max(words, min(natural[i], TEXT_MIN)) if kinds[i] == "text" else words
    if sum(least.values()) + GAP * (len(cols) - 1) > width:
        return None  # a word would be cut ('advanced man' / 'ufacturing' at 60 columns): records read better
    for b in (i for i in range(n) if kinds[i] == "bar"):
        out[b] = 0
    lengths = {i: Counter(m[i] for m in measured) for i in cols}
    room = width - GAP * (len(cols) - 1)
    out = _squeeze(out, {i: (least[i], natural[i], lengths[i]) for i in cols}, room)
    cramped = any(_cramped(wrap(row[i], out[i])) for row in grid for i in cols if kinds[i] == "text")
    return None if cramped else out  # 'Lombardy / Green / Chemistry / Association': records read better


def _cramped(lines: list[str]) -> bool:
    """Whether a cell's wrapped lines stack its words about one a line: CRAMPED lines or more, with fewer
    than one and a half words a line ('Cluster di / Alta / Tecnologia / Agrofood / Lombardia': a column
    squeezed to a word's width; long prose at a fair width is not)."""
    return len(lines) >= CRAMPED and 2 * sum(len(line.split()) for line in lines) < 3 * len(lines)


def _squeeze(out: list[int], cols: dict[int, tuple[int, int, Counter]], room: int) -> list[int]:
    """`out` with each column of `cols` (index: (least, natural, its cells' lengths counted)) given a
    width between its least and natural ones, the widths summing to at most `room`, so that the
    cells take the fewest lines in all (a cell of length L at width w takes about ceil(L / w)): short
    labels (a type, a city) keep their room and long names wrap, rather than all squeezed alike.
    An exact search over the widths, column by column (a few columns, a few dozen widths each)."""
    spare = room - sum(least for least, _, _ in cols.values())
    best: dict[int, tuple[int, list[int]]] = {0: (0, [])}  # total width -> (fewest lines, widths)
    for least, natural, lengths in cols.values():
        top = min(natural, least + spare)
        cost = {w: sum(n * -(-length // w) for length, n in lengths.items()) for w in range(least, top + 1)}
        step: dict[int, tuple[int, list[int]]] = {}
        for used, (lines, chosen) in best.items():
            for w, c in cost.items():
                if used + w <= room and (used + w not in step or lines + c < step[used + w][0]):
                    step[used + w] = (lines + c, [*chosen, w])
        best, fewest = {}, None  # keep a total only if it takes no more lines than every narrower one
        for used in sorted(step):
            if fewest is None or step[used][0] <= fewest:
                best[used], fewest = step[used], step[used][0]
    _, chosen = min(best.values(), key=lambda v: (v[0], -sum(v[1])))
    for i, w in zip(cols, chosen, strict=True):
        out[i] = w
    return out


def grid_lines(headers, grid, kinds, styles, col_widths) -> list[Drawn]:
    """The table one row per line (or several, its cells wrapped), the header in bold."""
    shown = [i for i, w in enumerate(col_widths) if w]
    longest = {i: max(cells(x[i]) for x in grid) for i in shown if kinds[i] == "bar" and grid}
    gap = (" " * GAP, "")
    body = [(col_widths[i], kinds[i] == "number", styles[i]) for i in shown]  # each shown column's look
    heading = [(room, number, "bold") for room, number, _ in body]
    out = []
    for r, row in enumerate([headers, *grid]):
        parts = []  # each shown column's lines
        for i in shown:
            value, room = row[i], col_widths[i]
            if kinds[i] == "bar" and r:
                value = _scaled(value, longest[i], room)
            if value.isascii() and len(value) <= room and value.isprintable() and not value[-1:].isspace():
                parts.append((value,))  # most cells: what wrap() gives (it fits as it is), without the call
            else:
                parts.append(wrap(value, room, fold=kinds[i] == "text" and r > 0))
        looks = heading if r == 0 else body
        for k in range(max(map(len, parts))):
            line: Drawn = []
            for (room, number, style), lines in zip(looks, parts, strict=True):
                text = lines[k] if k < len(lines) else ""
                pad = " " * (room - (len(text) if text.isascii() else cells(text)))
                if line:
                    line.append(gap)
                if number:
                    line.append((pad + text, style))
                else:
                    line += ((text, style), (pad, ""))
            out.append(_trim(line))
    return out


def _scaled(bar: str, longest: int, room: int) -> str:
    """A bar drawn `longest` cells for the top value, redrawn for `room` cells."""
    if not bar or longest <= room:
        return bar
    return bar[0] * max(1, round(len(bar) * room / longest))


def record_lines(headers, grid, kinds, styles, width: int) -> list[Drawn]:
    """Each row as a small block: its first cell as a heading, then the others under their
    headers (empty cells and bars left out), a blank line between blocks."""
    labels = [f"  {safe(h)}  " for h in headers]
    pad = max((cells(label) for label in labels[1:]), default=0)
    leads = [label + " " * (pad - cells(label)) for label in labels]  # measured once, not for every row
    out: list[Drawn] = []
    for r, row in enumerate(grid):
        if r:
            out.append([])
        out += hang([("", row[0])], width, style=styles[0] or "bold")
        facts = [(leads[i], row[i]) for i in range(1, len(row)) if kinds[i] != "bar" and row[i] not in EMPTY]
        out += hang(facts, width, lead_style="bold")
    return out
