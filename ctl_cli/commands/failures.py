"""One wrapper, applied to every command where it is registered: ctl's own errors become a message
on stderr in the reader's language and the exit code the README promises."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import typer

from ..errors import AmbiguousError, BadRequest, CtlError, DatasetError, NotFoundError, UnknownFactError, UsageError
from ..text import safe, shorten
from .options import help_lang, settings

MAX_CANDIDATES = 20


def err(line: str) -> None:
    """One line to stderr, made inert for the terminal (text.safe)."""
    sys.stderr.write(safe(line) + "\n")


def guarded(func: Callable) -> Callable:
    """func (a command's run), with CtlError subclasses reported on stderr in the command's
    language and turned into typer.Exit(the error's exit code)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CtlError as e:
            ctx = kwargs.get("ctx")
            lang = settings(ctx, None, kwargs.get("lang"))[1] if ctx is not None else help_lang([])
            for line in messages(e, lang):
                err(line)
            raise typer.Exit(e.exit_code) from None

    return wrapper


def messages(e: CtlError, lang: str) -> list[str]:
    """The lines that report error e."""
    if isinstance(e, DatasetError):
        n = len(e.problems)
        return [str(p) for p in e.problems] + [
            f"ctl: the dataset is not valid ({n} problem{'s' if n != 1 else ''}); "
            "fix it, or drop --data/CTL_DATA to use the bundled one."
        ]
    if isinstance(e, NotFoundError):
        out = [f"ctl: no {e.kind} matches {shorten(e.ref)!r}."]
        if e.suggestions:
            out.append(f"Did you mean: {', '.join(e.suggestions)}?")
        out.append("Run 'ctl list' to see every cluster." if e.kind == "cluster" else "Try a shorter text.")
        return out
    if isinstance(e, AmbiguousError):
        out = [
            f"ctl: {len(e.candidates)} organisations match {shorten(e.ref)!r}; name one of them (its id or full name):"
        ]
        out += [f"  {cid}  {name}" for cid, name in e.candidates[:MAX_CANDIDATES]]
        if len(e.candidates) > MAX_CANDIDATES:
            out.append(f"  ... and {len(e.candidates) - MAX_CANDIDATES} more")
        return out
    if isinstance(e, UnknownFactError):
        return [f"ctl: no {e.fact} is known for {e.subject}.", "Run 'ctl show' without --web for its contacts."]
    if isinstance(e, UsageError):
        return [f"ctl: invalid value {shorten(e.value)!r} for {e.option}.", f"Valid values: {', '.join(e.valid)}"]
    if isinstance(e, BadRequest):
        return [f"ctl: {e.message}"] + ([e.hint] if e.hint else [])
    return [f"ctl: {e}"]  # pragma: no cover - every subclass is handled above
