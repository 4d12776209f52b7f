"""A large dataset read in two halves at once, on two processors, cut at the top-level section nearest
the middle of the text: the larger half by a forked process, which hands its value back through a pipe
(marshal: plain dicts, lists, strings and numbers only), the other here, which then does what the
caller gives it to do meanwhile.

Only when a second processor is free to do it (free_processor: else the halves would take turns on one,
and the fork and the hand-over cost more than they save), and only where that is sure to give what
reading the whole text gives (strict_yaml.load): the text is large, the process can fork, nothing at
the start of a line marks a document or a directive (---, ..., %), and the cut is at a line that is a
top-level key alone (`organisations:`), which, at column 0, ends whatever came before it in a valid
file; a cut inside an unclosed quote, bracket or block leaves the first half unfinished, which libyaml
refuses. Anything else (a half that does not read, is not a mapping, or repeats a key of the other
half; a fork or pipe that fails) reads the whole text as before, which also gives any problem its
place. Never prints.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
from collections.abc import Callable
from typing import Any

from .strict_yaml import YamlProblem, load

HALVES_FROM = 2_000_000  # characters: a smaller text is read in one go (at 100x the bundled data, 6.6 MB)
# A top-level key whose value is below it, and a document marker or directive, at the start of a line
# after the first: written from the newline, as re finds a literal first character fast (a pattern
# starting with ^ under re.M is tried at every character: 0.14 s for both on 6.6 MB, against 0.02 s).
_CUT = re.compile(r"\n[A-Za-z_][A-Za-z0-9_-]*:[ \t]*$", re.M)
_MARKER = re.compile(r"\n(?:---|\.\.\.|%)")
_MARKS = ("---", "...", "%")


def cut_at(text: str) -> int | None:
    """The offset of the top-level key line nearest the middle of `text` (never 0), or None if there is
    none or the text has a document marker or directive at the start of a line."""
    if text.startswith(_MARKS) or _MARKER.search(text):
        return None
    middle = len(text) // 2
    cuts = [m.start() + 1 for m in _CUT.finditer(text)]  # + 1: the line, after its newline
    return min(cuts, key=lambda at: abs(at - middle)) if cuts else None


def load_value(text: str, meanwhile: Callable[[], Any] | None = None) -> Any:
    """The value of one YAML document, as strict_yaml.load(text, with_marks=False) gives it (no marks).
    meanwhile: work to do while the other half is read, when the text is read in halves (validate.py
    loads what the rules will look things up in); its errors are ignored (the work is done again when
    needed, and fails there). Raises YamlProblem as load does (the whole text read again to say where)."""
    at = cut_at(text) if len(text) >= HALVES_FROM and hasattr(os, "fork") and free_processor() else None
    if at is not None:
        both = _in_halves(text, at, meanwhile)
        if both is not None:
            return both
    return load(text, with_marks=False)[0]


def free_processor() -> bool:
    """True if another processor than this process's is idle now: this process may run on two or more,
    and fewer tasks are running on the machine than it has processors (Linux's /proc/loadavg, whose
    fourth field counts the tasks running now, this one included; elsewhere the load average over the
    last minute). False when it cannot be told."""
    try:
        processors = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        if processors < 2:
            return False
        try:
            with open("/proc/loadavg", encoding="ascii") as f:
                running = int(f.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            return os.getloadavg()[0] <= processors - 1
        return running < processors
    except OSError:
        return False


def _in_halves(text: str, at: int, meanwhile: Callable[[], Any] | None = None) -> dict | None:
    """text[:at] and text[at:] read at the same time, the larger by a forked process and the other here
    (then `meanwhile` done here, while the child may still be reading), as one mapping in the text's
    order; None when that cannot be done or does not give mappings of distinct keys (the caller reads
    the text whole)."""
    head, tail = text[:at], text[at:]
    child_reads_head = len(head) >= len(tail)
    theirs, mine = (head, tail) if child_reads_head else (tail, head)
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: read its half, send it back, end (never returns)
        code = 1
        try:
            os.close(read_end)
            value, _ = load(theirs, with_marks=False)
            with os.fdopen(write_end, "wb") as out:
                out.write(marshal.dumps(value) if isinstance(value, dict) else b"")
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    own: Any = None
    data = b""
    try:
        try:
            own, _ = load(mine, with_marks=False)
        except YamlProblem:
            pass
        if isinstance(own, dict):
            if meanwhile is not None:
                with contextlib.suppress(Exception):
                    meanwhile()
            with os.fdopen(read_end, "rb") as pipe:
                read_end = -1
                data = pipe.read()
    finally:
        if read_end != -1:
            os.close(read_end)  # the child, if still writing, gets a broken pipe and ends
        _, status = os.waitpid(pid, 0)
    if not (isinstance(own, dict) and data and os.waitstatus_to_exitcode(status) == 0):
        return None
    other = marshal.loads(data)
    if not isinstance(other, dict) or own.keys() & other.keys():
        return None
    first, second = (other, own) if child_reads_head else (own, other)
    first.update(second)
    return first
