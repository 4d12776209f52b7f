"""One line of advice under the YAML parser's own message, for the common mistakes it words in its
own jargon ("found character that cannot start any token"): a tab, an indentation, an unclosed quote
or bracket, a bracket that closes nothing, a value with ": " in it. The advice is a key of the
phrase catalogue (msg.yaml.hint.*) with its values; errors.Problem words it in the reader's language.

Only called when the parser has failed: never on the path of a valid dataset.
"""

from __future__ import annotations

from typing import Any

Hint = tuple[str, dict]  # a catalogue key and its values

INDENTATION = ("did not find expected key", "expected <block end>", "did not find expected '-' indicator")
OPENING = {"[": "]", "{": "}"}
QUOTES = "\"'"
LOOK_BACK = 3  # lines before the one at fault where an unclosed quote may have begun


def hint(text: str, problem: str, context: str, problem_at: Any, context_at: Any) -> Hint | None:
    """The advice for a parser error: `problem` and `context` are its words, `*_at` its marks (0-based
    .line and .column, or None), `text` the document. None when no advice fits."""
    lines = text.split("\n")

    def line_of(mark: Any) -> str:
        return lines[mark.line] if mark is not None and mark.line < len(lines) else ""

    def at(mark: Any) -> dict:
        return {"line": mark.line + 1, "column": mark.column + 1}

    where = line_of(problem_at)
    col = problem_at.column if problem_at is not None else 0
    if "tab" in problem or "\t" in where[: col + 1]:
        return "msg.yaml.hint.tab", {"line": problem_at.line + 1 if problem_at is not None else "?"}
    opened = line_of(context_at)[context_at.column : context_at.column + 1] if context_at is not None else ""
    if "quoted scalar" in context and opened:
        return "msg.yaml.hint.quote", {"quote": opened, **at(context_at)}
    if ("flow sequence" in context or "flow mapping" in context) and opened:
        bracket = opened
        return "msg.yaml.hint.bracket", {"bracket": bracket, "closing": OPENING.get(bracket, "]"), **at(context_at)}
    if problem_at is None:
        return None
    if where[col : col + 1] in ("]", "}"):
        return "msg.yaml.hint.stray", {"char": where[col], "line": problem_at.line + 1}
    for n in range(problem_at.line, max(-1, problem_at.line - LOOK_BACK - 1), -1):
        column = open_quote(lines[n]) if n < len(lines) else None
        if column is not None:
            return "msg.yaml.hint.quote", {"quote": lines[n][column], "line": n + 1, "column": column + 1}
    if problem.startswith("mapping values are not allowed"):
        return "msg.yaml.hint.colon", {"line": problem_at.line + 1}
    if problem.startswith(INDENTATION):
        return "msg.yaml.hint.indent", {"line": problem_at.line + 1}
    return None


def open_quote(line: str) -> int | None:
    """The column of a quote that starts a value on `line` (after the indentation, "- ", ": ", "[",
    "{" or ", ") and is not closed on it; None if there is none."""
    i, n = 0, len(line)
    starts = True  # a value may start here
    while i < n:
        ch = line[i]
        if ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return None  # a comment: the rest is not YAML
        if ch in QUOTES and starts:
            end = _closing(line, i)
            if end is None:
                return i
            i, starts = end + 1, False
            continue
        starts = ch in "[{," or (ch in ":-" and line[i + 1 : i + 2] in (" ", "")) or (starts and ch in " \t")
        i += 1
    return None


def _closing(line: str, start: int) -> int | None:
    """The column of the quote that closes the one at `start`, or None: in "..." a backslash escapes,
    in '...' a quote is written twice."""
    quote, i = line[start], start + 1
    while i < len(line):
        if quote == '"' and line[i] == "\\":
            i += 2
            continue
        if line[i] == quote:
            if quote == "'" and line[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None
