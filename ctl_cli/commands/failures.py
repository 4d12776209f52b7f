"""One wrapper, applied to every command where it is registered: ctl's own errors become a message
on stderr in the reader's language and the exit code the README promises."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable

import typer

from ..errors import (
    AmbiguousError,
    BadRequest,
    CtlError,
    DatasetError,
    DatasetFileError,
    NotFoundError,
    UnknownFactError,
    UsageError,
)
from ..phrases import has, phrase, phrase_n
from ..text import safe
from .options import help_lang, settings

MAX_CANDIDATES = 20
MAX_QUOTED = 80  # a user's argument longer than this is cut in a message, with its length
# An invalid dataset that --data or CTL_DATA chose gets the advice to leave them out (chosen_by).
INVALID = {"data": "msg.dataset.invalid", "env": "msg.dataset.invalid_env"}


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
            for line in messages(e, lang, chosen_by(ctx, kwargs)):
                err(line)
            raise typer.Exit(e.exit_code) from None

    return wrapper


def chosen_by(ctx: typer.Context | None, kwargs: dict) -> str:
    """What chose the dataset file a command read: "path" (`ctl validate PATH`), "data" (--data),
    "env" (CTL_DATA) or "bundled" (none of them: the dataset shipped with ctl)."""
    if kwargs.get("path") is not None:
        return "path"
    if kwargs.get("data") is not None:
        return "data"
    root = ctx.find_root() if ctx is not None else None
    if root is not None and root.params.get("data") is not None:
        source = getattr(root.get_parameter_source("data"), "name", "")  # Click's ParameterSource
        return "env" if source == "ENVIRONMENT" else "data"
    return "env" if os.environ.get("CTL_DATA") else "bundled"


def messages(e: CtlError, lang: str, origin: str = "bundled") -> list[str]:
    """The lines that report error e, in `lang`. `origin`: what chose the dataset file (chosen_by);
    only a file that --data or CTL_DATA chose gets the advice to leave them out."""

    def error(key: str, **values: object) -> str:
        return phrase("msg.error", lang, message=phrase(key, lang, **values))

    def quoted(text: str) -> str:
        if len(text) > MAX_QUOTED:
            text = phrase("msg.text.shortened", lang, head=text[:MAX_QUOTED], n=len(text))
        return repr(text)

    if isinstance(e, DatasetFileError):  # not found, a folder, unreadable: not "1 problem"
        path = e.path if os.path.isabs(e.path) else f"{e.path} ({os.path.abspath(e.path)})"
        problem = error(f"msg.dataset.{e.kind}", path=path, **e.problems[0].values)
        return [problem, phrase(f"msg.dataset.from.{origin}", lang)]
    if isinstance(e, DatasetError):
        invalid = INVALID.get(origin, "msg.dataset.invalid_file")
        return [line for p in e.problems for line in p.lines(lang)] + [
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
        out = [error("msg.usage.invalid_value", value=quoted(e.value), option=e.option)]
        if e.suggestions:
            out.append(phrase("msg.not_found.suggestions", lang, suggestions=", ".join(e.suggestions)))
        if e.valid:
            out.append(phrase("msg.usage.valid_values", lang, values=", ".join(e.valid)))
        return out + ([phrase(e.hint, lang)] if e.hint else [])
    if isinstance(e, BadRequest):
        hint, values = f"{e.key}.hint", e.values_in(lang)
        return [error(e.key, **values)] + ([phrase(hint, lang, **values)] if has(hint) else [])
    return [phrase("msg.error", lang, message=str(e))]  # pragma: no cover - every subclass is handled above
