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

from collections import Counter
from collections.abc import Sequence

from ..text import safe
from .measure import cells, longest_word, widest_line, wrap

Segment = tuple[str, str]  # text, rich style ("" for none)
Drawn = list[Segment]

KINDS = ("text", "id", "number", "url", "bar")  # text wraps (a too-long word folds); the others never break a word
GAP = 2  # cells between columns
TEXT_MIN = 12  # a prose column is squeezed to no less than this (or its header's longest word)
CRAMPED = 4  # a table whose prose would stack a cell's words about one a line on this many lines is records
TALL = 8, 3  # a table that wraps a prose cell on more than 8 lines, 3 times the lines records give it, is records
BAR_MIN = 8  # a bar column narrower than this is dropped
LONE_INDENT = 4  # the most a token too long for its room is indented, on its own line
EMPTY = ("", "·", "—")  # cells a record leaves out


def hang(rows: Sequence[tuple[str, str]], width: int, lead_style: str = "", style: str = "") -> list[Drawn]:
    """Each (lead, text): the lead, then the text wrapped so continuation lines sit under it. A text with a
    word longer than the room left after the lead (a URL, an e-mail address) goes below its lead, the whole
    text wrapped at that indent (at most LONE_INDENT), its word on a line of its own only if still too long."""
    leads = [safe(lead) for lead, _ in rows]
    sizes = [cells(lead) for lead in leads]
    lead_width = max(sizes, default=0)
    room = max(20, width - lead_width)
    lone = " " * min(lead_width, LONE_INDENT)
    under = (" " * lead_width, "")  # before a continuation line
    out: list[Drawn] = []
    for lead, size, (_, value) in zip(leads, sizes, rows, strict=True):
        first = (lead + " " * (lead_width - size), lead_style)
        lines = wrap(safe(value), room)
        if lead_width > len(lone) and any(cells(line) > room for line in lines):  # a key's too long URL or address:
            out += [_trim([first])] if lead.strip() else []  # the whole text below the key, less indented
            out += [_trim([(lone + line, style)]) for line in wrap(safe(value), max(20, width - len(lone)))]
            continue
        for i, line in enumerate(lines):
            if cells(line) > room:  # a bullet's or an indent's lone URL or id: on a line of its own
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
    measured = [[widest_line(x) for x in row] for row in grid]  # each cell measured once
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
        words = max(longest_word(headers[i]), max((longest_word(row[i]) for row in grid), default=0))
        if kinds[i] == "number":  # one value, even with words in it ('41 / circa 150'): never wrapped
            least[i] = max([longest_word(headers[i])] + [m[i] for m in measured])
        else:
            least[i] = max(words, min(natural[i], TEXT_MIN)) if kinds[i] == "text" else words
    if sum(least.values()) + GAP * (len(cols) - 1) > width:
        return None  # a word would be cut ('advanced man' / 'ufacturing' at 60 columns): records read better
    for b in (i for i in range(n) if kinds[i] == "bar"):
        out[b] = 0
    lengths = {i: Counter(m[i] for m in measured) for i in cols}
    room = width - GAP * (len(cols) - 1)
    out = _squeeze(out, {i: (least[i], natural[i], lengths[i]) for i in cols}, room)
    wrapped = [(row[i], wrap(row[i], out[i])) for row in grid for i in cols if kinds[i] == "text"]  # once
    if any(_cramped(lines) for _, lines in wrapped):  # 'Lombardy / Green / Chemistry / Association': records
        return None
    return None if _tall(headers, wrapped, width) else out


def _tall(headers, wrapped, width: int) -> bool:
    """Whether a squeezed table wraps a prose cell on more than TALL[0] lines, TALL[1] times or more the lines
    the same cell takes as a record's value (the width less its labels: record_lines), as a match's reasons
    squeezed beside its members at 80 columns (16 lines a row, 5 as a record). `wrapped`: (cell, its lines in
    the table) for each prose cell."""
    most, times = TALL
    room = max(width - max((cells(f"  {h}  ") for h in headers[1:]), default=0), 1)
    return any(len(lines) > most and len(lines) >= times * len(wrap(cell, room)) for cell, lines in wrapped)


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
        cost = {w: sum(n * _lines(length, w) for length, n in lengths.items()) for w in range(least, top + 1)}
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


def _lines(length: int, width: int) -> int:
    """What a cell of `length` cells costs at `width` in _squeeze: about ceil(length / width) lines, each line past
    TALL[0] counted twice, so that of two ways to share the room the one that makes no cell tall wins (a table
    that fits at 190 columns is not drawn as records at 200 because one column was given 70 and the other 105)."""
    lines = -(-length // width)
    return lines + max(0, lines - TALL[0])


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
    """Each row as a small block: its first cell as a heading (the first cell that is not empty, when it
    is: a national cluster with no acronym is headed by its name), then the others under their headers
    (empty cells, bars and the heading's cell left out), a blank line between blocks."""
    labels = [f"  {safe(h)}  " for h in headers]
    pad = max((cells(label) for label in labels[1:]), default=0)
    leads = [label + " " * (pad - cells(label)) for label in labels]  # measured once, not for every row
    out: list[Drawn] = []
    for r, row in enumerate(grid):
        if r:
            out.append([])
        head = next((i for i, x in enumerate(row) if x not in EMPTY and kinds[i] != "bar"), 0)
        out += hang([("", row[head])], width, style=styles[0] or "bold")
        shown = [i for i in range(1, len(row)) if kinds[i] != "bar" and row[i] not in EMPTY and i != head]
        facts = [(leads[i], row[i]) for i in shown]
        out += hang(facts, width, lead_style="bold")
    return out
