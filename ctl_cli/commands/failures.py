"""One wrapper, applied to every command where it is registered: ctl's own errors become a message
on stderr in the reader's language and the exit code the README promises."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import typer

from ..errors import AmbiguousError, BadRequest, CtlError, DatasetError, NotFoundError, UnknownFactError, UsageError
from ..phrases import has, phrase, phrase_n
from ..text import safe
from .options import help_lang, settings

MAX_CANDIDATES = 20
MAX_QUOTED = 80  # a user's argument longer than this is cut in a message, with its length


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
            for line in messages(e, lang, checking=func.__module__.endswith(".validate")):
                err(line)
            raise typer.Exit(e.exit_code) from None

    return wrapper


def messages(e: CtlError, lang: str, checking: bool = False) -> list[str]:
    """The lines that report error e, in `lang`; `checking`: the user asked to check a file (`ctl
    validate`), so an invalid dataset gets no advice to drop --data."""

    def error(key: str, **values: object) -> str:
        return phrase("msg.error", lang, message=phrase(key, lang, **values))

    def quoted(text: str) -> str:
        if len(text) > MAX_QUOTED:
            text = phrase("msg.text.shortened", lang, head=text[:MAX_QUOTED], n=len(text))
        return repr(text)

    if isinstance(e, DatasetError):
        invalid = "msg.dataset.invalid_file" if checking else "msg.dataset.invalid"
        return [p.text(lang) for p in e.problems] + [
            phrase("msg.error", lang, message=phrase_n(invalid, len(e.problems), lang))
        ]
    if isinstance(e, NotFoundError):
        out = [error(f"msg.not_found.{e.kind}", ref=quoted(e.ref))]
        if e.suggestions:
            out.append(phrase("msg.not_found.suggestions", lang, suggestions=", ".join(e.suggestions)))
        return out + [phrase(f"msg.not_found.{e.kind}.hint", lang)]
    if isinstance(e, AmbiguousError):
        key = "msg.cluster.ambiguous" if e.kind == "cluster" else "msg.org.ambiguous"
        out = [error(key, n=len(e.candidates), ref=quoted(e.ref))]
        shown = e.candidates[:MAX_CANDIDATES]
        width = max(len(cid) for cid, _ in shown)
        out += [f"  {cid:<{width}}  {name}" for cid, name in shown]  # names in one column
        if len(e.candidates) > MAX_CANDIDATES:
            out.append(phrase_n("msg.org.ambiguous.more", len(e.candidates) - MAX_CANDIDATES, lang))
        return out
    if isinstance(e, UnknownFactError):
        return [error(f"msg.show.no_{e.fact}", id=e.subject), phrase(f"msg.show.no_{e.fact}.hint", lang)]
    if isinstance(e, UsageError):
        return [
            error("msg.usage.invalid_value", value=quoted(e.value), option=e.option),
            phrase("msg.usage.valid_values", lang, values=", ".join(e.valid)),
        ]
    if isinstance(e, BadRequest):
        hint = f"{e.key}.hint"
        return [error(e.key, **e.values)] + ([phrase(hint, lang, **e.values)] if has(hint) else [])
    return [phrase("msg.error", lang, message=str(e))]  # pragma: no cover - every subclass is handled above
