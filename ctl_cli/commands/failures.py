"""One wrapper, applied to every command where it is registered: ctl's own errors become a message
on stderr in the reader's language and the exit code the README promises."""

import functools
import os
import sys
from collections.abc import Callable
from typing import IO, Any

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
INVALID = {"data": "msg.dataset.invalid", "env": "msg.dataset.invalid_env", "diff": "msg.dataset.invalid_diff"}


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
    """What chose the dataset file a command read: "path" (`ctl validate PATH`), "diff" (`ctl diff OLD
    NEW`; "diff_lenient" with --lenient), "data" (--data), "env" (CTL_DATA) or "bundled" (none of
    them: the dataset shipped with ctl)."""
    if kwargs.get("path") is not None:
        return "path"
    if kwargs.get("old") is not None:  # ctl diff OLD NEW (--lenient already given: no advice to give it)
        return "diff_lenient" if kwargs.get("lenient") else "diff"
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
        return [problem, phrase(f"msg.dataset.from.{origin.removesuffix('_lenient')}", lang)]
    if isinstance(e, DatasetError):
        # --lenient is advised only for a file that just the cross-record rules refuse
        invalid = INVALID.get(origin if origin != "diff" or e.rules_only else "", "msg.dataset.invalid_file")
        return [line for p in e.problems for line in p.lines(lang)] + [
            phrase("msg.error", lang, message=phrase_n(invalid, len(e.problems), lang))
        ]
    if isinstance(e, NotFoundError):
        out = [error(f"msg.not_found.{e.kind}", ref=quoted(e.ref))]
        if e.suggestions:
            out.append(phrase("msg.not_found.suggestions", lang, suggestions=", ".join(e.suggestions)))
        if e.hint:
            return out + [phrase(e.hint[0], lang, **e.hint[1])]
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
            out.append(
                phrase("msg.usage.valid_values", lang, values=", ".join(_labelled(v, e.labels, lang) for v in e.valid))
            )
        return out + ([phrase(e.hint, lang)] if e.hint else [])
    if isinstance(e, BadRequest):
        hint, values = f"{e.key}.hint", e.values_in(lang)
        if not has(hint) and getattr(e, "reason", None):  # a WriteError: the hint of its reason, if any
            hint = f"msg.write.why.{e.reason}.hint"
        return [error(e.key, **values)] + ([phrase(hint, lang, **values)] if has(hint) else [])
    return [phrase("msg.error", lang, message=str(e))]  # pragma: no cover - every subclass is handled above


def _labelled(value: str, labels: dict, lang: str) -> str:
    """A valid value with its label in `lang` after it, when it has one that is not the value written
    otherwise ('sme (PMI)', 'event (solo presenza a un evento)'; 'sme', not 'sme (SME)'), the label cut
    before its own brackets ('Altro (tipo non indicato...)' -> 'Altro')."""
    from ..text import compact

    label = ((labels.get(value) or {}).get(lang) or "").split(" (")[0]
    return f"{value} ({label})" if label and compact(label) != compact(value) else value


# --------------------------------------------------------------------------- Click's own usage errors
# Click writes its parse errors in English ("Error: Missing argument 'CLUSTER'."). CtlGroup
# (commands/__init__.py) catches each Click UsageError where Click raises it (making the root
# context, resolving and parsing a command: public methods it overrides) and raises ClickUsage
# instead: the same exit code and context, Click's usage line kept (in the reader's language: commands.localise),
# the sentence translated from the catalogue when it is one of Click's known templates (msg.click.*),
# else kept as Click wrote it, after 'ctl: ' as ctl's own messages.

# Click's UsageError, the base of its parse errors, as the Click that Typer runs on has it (Typer
# vendors Click; its public typer.BadParameter is Click's BadParameter, a UsageError by Click's
# documented hierarchy): found by name on that hierarchy, not imported from a private module.
ClickUsageError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")

# Click's English templates (click/exceptions.py, click/core.py, click/types.py, Click 8.x), each with
# the catalogue key of its sentence. The groups are what Click filled in (names, values, hints).
TEMPLATES = (
    (r"Missing argument (.+)\.", "msg.click.missing_argument"),
    (r"Missing option (.+)\.", "msg.click.missing_option"),
    (r"No such option: (\S+) \(Possible options: (.+)\)", "msg.click.no_such_option_close"),
    (r"No such option: (\S+)", "msg.click.no_such_option"),
    (r"No such command (.+?)\. Did you mean (.+)\?", "msg.click.no_such_command_close"),
    (r"No such command (.+?)\.", "msg.click.no_such_command"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", "msg.click.extra_arguments"),
    (r"Missing command\.", "msg.click.missing_command"),
    (r"Option (\S+) requires an argument\.", "msg.click.needs_value"),
    (r"Option (\S+) requires \d+ arguments\.", "msg.click.needs_value"),
    (r"Invalid value for (.+?): (.+) is not a valid (?:int range|integer|integer range)\.",
     "msg.click.not_integer"),
    (r"Invalid value for (.+?): (.+) is not in the range (.+)\.", "msg.click.out_of_range"),
    (r"Invalid value for (.+?): (.+)", "msg.click.invalid_value"),
)  # fmt: skip


# a --format a spreadsheet program names ('xlsx', 'excel', 'ods'...): ctl writes CSV for one (--excel)
SPREADSHEET = r"'--format'.*'(?:xlsx|xlsm|xls|excel|ods|spreadsheet|sheet|foglio)'"


def sentence(message: str, lang: str) -> str:
    """Click's error sentence `message` in `lang` (catalogue msg.click.*), or `message` as it is when
    it is none of Click's known TEMPLATES."""
    import re  # only when Click has an error to say

    for pattern, key in TEMPLATES:
        m = re.fullmatch(pattern, message, re.S)
        if m:
            return phrase(key, lang, **{f"a{i}": g for i, g in enumerate(m.groups(), 1)})
    return message


class ClickUsage(ClickUsageError):  # type: ignore[misc,valid-type]
    """A Click usage error shown as ctl shows its own: Click's usage line, the help hint and
    'ctl: ' + the sentence in the reader's language. Exit code 2, as Click's."""

    def __init__(self, original: Any, lang: str):
        message = original.format_message()
        said = sentence(message, lang)
        import re  # only when Click has an error to say

        if re.search(SPREADSHEET, message, re.I | re.S):  # '--format xlsx': the format that opens in a spreadsheet
            said += "\n" + phrase("msg.click.spreadsheet", lang)
        super().__init__(said, original.ctx)
        self.lang = lang

    def show(self, file: IO[Any] | None = None) -> None:
        """Write the error to stderr (or `file`): usage, hint, then the sentence."""
        err = file if file is not None else typer.get_text_stream("stderr")
        ctx = self.ctx
        if ctx is not None:
            typer.echo(ctx.get_usage(), file=err, color=ctx.color)
            if ctx.command.get_help_option(ctx) is not None:
                helper = ctx.help_option_names[0]  # as Click names it: -h
                typer.echo(phrase("msg.click.try_help", self.lang, command=f"{ctx.command_path} {helper}"), file=err)
            typer.echo(file=err)
        typer.echo(f"ctl: {self.message}", file=err, color=ctx.color if ctx is not None else None)
