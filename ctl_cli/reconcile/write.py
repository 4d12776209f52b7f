"""Apply changes to a dataset file, keeping every byte that does not change: ruamel.yaml reads the file
round trip only to say where each organisation and each source is (line and column); the new fields and
the new sources are then inserted as lines of text there, so the file's order, comments, quoting and
line wrapping stay as they were (re-emitting the whole document would re-wrap thousands of lines). An
organisation written as a one-line flow mapping ({id: x, ...}) gets its new fields inside the braces.
The result must pass validation, or nothing is written; the file is replaced atomically.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from ..errors import BadRequest, DatasetError, ExitCode, WriteError

# The one list field --write appends to (its new items are records; the others are values): eu_projects.
LISTED = "eu_projects"


class WouldBeInvalid(BadRequest):
    """The changes would make the dataset invalid (a bug of ctl, or a dataset edited meanwhile): exit 3,
    nothing written. Its message names the file and the first problem."""

    exit_code = ExitCode.INVALID_DATASET


def _dump(value, flow: bool) -> str:
    import yaml

    width = 1 << 30 if flow else 120  # a flow mapping stays on its one line
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, default_flow_style=flow, width=width)
    return text.strip() if flow else text


def _pair(key: str, value) -> str:
    """'key: value' as a flow mapping's entry: 'pic: {value: '999999901', source: cordis-999999901}'."""
    return _dump({key: value}, True)[1:-1]


def _indent(text: str, first: str, rest: str) -> list[str]:
    lines = text.rstrip("\n").split("\n")
    return [first + lines[0]] + [rest + line for line in lines[1:]]


def _block_end(lines: list[str], start: int, stop: int) -> int:
    """The line after the last one of the block that starts at `start`, before `stop` (the next block),
    comments and blank lines at its end left outside it."""
    end = stop
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return end


def _next_top(doc, key: str, total: int) -> int:
    """The line of the top-level key after `key` in the document, else the end of the file."""
    keys = list(doc)
    at = keys.index(key)
    return doc.lc.key(keys[at + 1])[0] if at + 1 < len(keys) else total


def insert(text: str, orgs: dict[str, dict], sources: list[dict]) -> str:
    """`text` (a dataset's YAML) with the fields `orgs` (org id -> {field: value}) added to those
    organisations and the source records `sources` added to `sources` (at their place by id when the list
    is sorted by id, else at its end). BadRequest (exit 2) if an organisation is not in the file or is
    written in a way this cannot edit (a flow mapping over several lines)."""
    from ruamel.yaml import YAML

    doc = YAML(typ="rt").load(text)
    lines = text.split("\n")
    edits: list[tuple[int, list[str], tuple[int, str] | None]] = []  # (line, new lines, or (col, flow text))
    seq = doc["organisations"]
    where = {str(m.get("id")): i for i, m in enumerate(seq)}
    stop = _next_top(doc, "organisations", len(lines))
    for org, fields in orgs.items():
        fields = dict(fields)
        if org not in where:
            raise BadRequest("msg.reconcile.no_org_in_file", org=org)
        i = where[org]
        line, col = seq.lc.item(i)
        item = seq[i]
        flow = getattr(item, "fa", None) is not None and item.fa.flow_style()
        if flow and line != (seq.lc.item(i + 1)[0] - 1 if i + 1 < len(seq) else line):
            raise BadRequest("msg.reconcile.cannot_edit", org=org)
        listed = fields.pop(LISTED, None) if item.get(LISTED) is not None else None  # appended to its list
        for k in [k for k in fields if k in item]:  # a value replaced (only 'other' by a sourced type)
            pair = _pair(k, fields.pop(k))
            if flow:
                lines[line] = re.sub(rf"\b{k}:\s*[^,}}]+", lambda m, p=pair: p, lines[line], count=1)
            else:
                at, col = item.lc.key(k)
                lines[at] = " " * col + pair
        if listed:  # recorded before the organisation's own edit: its ']' lies left of the mapping's '}'
            org_stop = seq.lc.item(i + 1)[0] if i + 1 < len(seq) else stop
            edits.append(_append_edit(lines, item, listed, _block_end(lines, line, org_stop)))
        if not fields:
            continue
        if flow:
            extra = "".join(f", {_pair(k, v)}" for k, v in fields.items())
            edits.append((line, [], (lines[line].rfind("}"), extra)))
            continue
        end = _block_end(lines, line, seq.lc.item(i + 1)[0] if i + 1 < len(seq) else stop)
        key_col = item.lc.key(next(iter(item)))[1]
        new = [x for k, v in fields.items() for x in _indent(_dump({k: v}, False), " " * key_col, " " * key_col)]
        edits.append((end, new, None))
    edits += _source_edits(doc, lines, sources)
    # from the end, so that earlier line numbers hold; at one line, the edits inside it (a flow mapping's, right
    # to left) before the lines inserted above it, and the later edit first, so they stay in order
    order = sorted(enumerate(edits), key=lambda e: (e[1][0], e[1][2] is not None, e[0]), reverse=True)
    for _, (line, new, flow) in order:
        if flow is not None:
            close, extra = flow
            lines[line] = lines[line][:close] + extra + lines[line][close:]
        else:
            lines[line:line] = new
    return "\n".join(lines)


def _closing(lines: list[str], line: int, col: int) -> tuple[int, int]:
    """(line, column) of the ']' that closes the flow sequence whose '[' is at (line, col), skipping
    quoted scalars (a plain scalar cannot hold a bracket in a flow collection)."""
    depth, quote = 0, ""
    while line < len(lines):
        text = lines[line]
        while col < len(text):
            ch = text[col]
            if quote:
                if ch == "\\" and quote == '"':
                    col += 1
                elif ch == quote and not (quote == "'" and text[col + 1 : col + 2] == "'"):
                    quote = ""
                elif ch == quote:  # '' inside single quotes
                    col += 1
            elif ch in "'\"":
                quote = ch
            elif ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return line, col
            col += 1
        line, col = line + 1, 0
    raise ValueError("unclosed flow sequence")  # pragma: no cover - ruamel.yaml parsed it


def _append_edit(lines: list[str], item, new: list, org_end: int) -> tuple[int, list[str], tuple[int, str] | None]:
    """The edit that appends the records `new` to the list LISTED the organisation `item` already has:
    inside its brackets when it is a flow sequence, else as block items after its last one (before the
    organisation's next key, or its end `org_end`), at the column of its dashes."""
    items = item[LISTED]
    line, col = item.lc.value(LISTED)
    if lines[line][col : col + 1] == "[":  # a flow sequence ([] too, which ruamel.yaml marks as block)
        at, close = _closing(lines, line, col)
        text = ", ".join(_dump(x, True) for x in new)
        return at, [], (close, (", " if len(items) else "") + text)
    keys = list(item)
    after = keys[keys.index(LISTED) + 1] if keys.index(LISTED) + 1 < len(keys) else None
    last, col = items.lc.item(len(items) - 1)
    end = _block_end(lines, last, item.lc.key(after)[0] if after is not None else org_end)
    first, col0 = items.lc.item(0)
    pad = " " * lines[first].rfind("-", 0, col0 + 1)
    return end, [x for rec in new for x in _indent(_dump(rec, False), pad + "- ", pad + "  ")], None


def _source_edits(doc, lines: list[str], sources: list[dict]) -> list[tuple[int, list[str], None]]:
    seq = doc["sources"]
    ids = [str(s.get("id")) for s in seq]
    ordered = ids == sorted(ids)
    stop = _next_top(doc, "sources", len(lines))
    line0, col0 = seq.lc.item(0)
    dash = lines[line0].rfind("-", 0, col0 + 1)
    flow = getattr(seq[0], "fa", None) is not None and seq[0].fa.flow_style()
    out = []
    for record in sources:
        at = next((i for i, x in enumerate(ids) if ordered and x > record["id"]), None)
        line = seq.lc.item(at)[0] if at is not None else _block_end(lines, seq.lc.item(len(seq) - 1)[0], stop)
        pad = " " * dash
        if flow:
            new = [f"{pad}- {_dump(record, True)}"]
        else:
            new = _indent(_dump(record, False), pad + "- ", pad + "  ")
        out.append((line, new, None))
    return out


def apply(path: Path, orgs: dict[str, dict], sources: list[dict]) -> bool:
    """Write the changes into the dataset file at `path`; False (the file untouched, byte for byte) when
    there are none. WouldBeInvalid (exit 3) if the result would not be a valid dataset (then nothing is
    written); WriteError (exit 2) if the file cannot be written."""
    from ..dataset.locate import decode, read_bytes
    from ..dataset.validate import parse

    if not orgs:
        return False
    text = decode(read_bytes(path), str(path))
    new = insert(text, orgs, sources)
    try:
        parse(new, str(path))
    except DatasetError as e:
        raise WouldBeInvalid("msg.reconcile.would_be_invalid", path=str(path), problem=str(e.problems[0])) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as e:
        raise WriteError(str(path), e) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(new)
        os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise WriteError(str(path), e) from None
    return True
