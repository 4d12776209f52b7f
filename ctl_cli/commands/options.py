"""The options every command shares, declared once: --data, --lang, --format, --all; and the
settings a command runs with (the dataset and the language).

Help texts are not written here: commands/__init__.py attaches them from the phrase catalogue, in
the reader's language, by the parameter's name.
"""

import os
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from .complete import choices


class Lang(str, Enum):
    it = "it"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"
    markdown = "markdown"


# Other names a language may be given by (besides its code, in any case).
LANG_NAMES = {"it": ["it", "italiano", "italian"], "en": ["en", "english", "inglese"]}


def lang_code(value: str | None) -> str | None:
    """The language code `value` names ("IT", "italiano" -> "it"), or None if none."""
    from ..text import compact

    wanted = compact(value or "")
    return next((code for code, names in LANG_NAMES.items() if wanted in names), None)


# The language of the run, as far as it is known before the arguments are parsed (CtlGroup.main sets
# it): Click's messages about a bad option value are worded in it.
READER = {"lang": None}


def reader_lang() -> str:
    """The language set by CtlGroup.main for this run, else CTL_LANG, else the locale."""
    return READER["lang"] or help_lang([])


def choice_parser(option: str, ids: tuple[str, ...], names: dict[str, list[str]] | None = None):
    """A Typer `parser` for an option with fixed choices (`ids`; `names`: other names of each):
    any case, accents, dashes and spaces ignored; anything else a usage error (exit 2) that lists
    the choices and names a close one."""

    def parse(value: str) -> str:
        from ..errors import UsageError
        from ..phrases import phrase
        from ..query.choices import resolve

        try:
            return resolve(option, value, {i: (names or {}).get(i, [i]) for i in ids})
        except UsageError as e:
            key = "msg.usage.bad_choice.close" if e.suggestions else "msg.usage.bad_choice"
            text = phrase(key, reader_lang(), value=value, valid=", ".join(ids), suggestions=", ".join(e.suggestions))
            raise typer.BadParameter(text, param_hint=f"'{option}'") from None

    return parse


def choice_option(values: type[Enum], *flags: str, names: dict[str, list[str]] | None = None) -> Any:
    """A typer.Option with the fixed choices of the enum `values` (flags: "--format", "-f"): shown
    as <a|b|c>, parsed by choice_parser (any case, a did-you-mean), completed with the ids."""
    ids = tuple(values.__members__)
    return typer.Option(
        *flags,
        metavar=f"<{'|'.join(ids)}>",
        parser=choice_parser(flags[0], ids, names),
        autocompletion=choices(ids),
    )


def _check_lang(ctx: typer.Context, value: str | None) -> str | None:
    """--lang on the root command, or CTL_LANG: one of the languages in any case ("IT"), else a
    usage error (exit 2) that names where the value came from."""
    if value is None or lang_code(value):
        return lang_code(value)
    from ..phrases import phrase

    env = getattr(ctx.get_parameter_source("lang"), "name", "") == "ENVIRONMENT"  # Click's ParameterSource
    key = "msg.usage.bad_ctl_lang" if env else "msg.usage.bad_lang"
    raise typer.BadParameter(phrase(key, locale_lang(), value=value, valid=", ".join(Lang.__members__)))


# On the root command the environment fills them (an invalid CTL_LANG is then a usage error, exit 2);
# on each command they are only what the user typed after the command's name, which wins.
RootDataOpt = Annotated[Optional[str], typer.Option("--data", metavar="PATH", envvar="CTL_DATA", show_envvar=False)]
RootLangOpt = Annotated[
    Optional[str], typer.Option("--lang", envvar="CTL_LANG", show_envvar=False, metavar="[it|en]", callback=_check_lang)
]
DataOpt = Annotated[Optional[str], typer.Option("--data", metavar="PATH")]
LangOpt = Annotated[Optional[Lang], choice_option(Lang, "--lang", names=LANG_NAMES)]
FormatOpt = Annotated[Format, choice_option(Format, "--format", "-f")]
AllOpt = Annotated[bool, typer.Option("--all", "-a")]
# CSV for a spreadsheet (render.formats.to_csv): with --format csv only.
ExcelOpt = Annotated[bool, typer.Option("--excel")]


def shown_format(fmt: Format, excel: bool) -> str:
    """The format a page is written in: fmt's name, or "excel" for --format csv --excel (CSV with a
    byte-order mark and formula-like cells made text). BadRequest (exit 2) for --excel with another format."""
    if not excel:
        return fmt.value
    if fmt is not Format.csv:
        from ..errors import BadRequest

        raise BadRequest("msg.usage.excel_needs_csv", format=fmt.value)
    return "excel"


def locale_lang() -> str:
    """'it' when the locale (LC_ALL, LC_MESSAGES, LANG, the first one set) is Italian, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "it" if value.lower().startswith("it") else "en"
    return "en"


def help_lang(args: list[str]) -> str:
    """The language help is written in: a valid --lang in args, else CTL_LANG, else the locale.
    (An invalid value is reported when the arguments are parsed; help itself never fails on it.)"""
    for i, arg in enumerate(args):
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg[7:] if arg.startswith("--lang=") else ""
        if lang_code(value):
            return lang_code(value)
    return lang_code(os.environ.get("CTL_LANG", "")) or locale_lang()


class Settings:
    """What the root command was given: the dataset path (--data or CTL_DATA) and the language
    (--lang or CTL_LANG); None where neither was."""

    def __init__(self, data: str | None = None, lang: str | None = None):
        self.data = data
        self.lang = lang


def settings(ctx: typer.Context, data: str | None = None, lang: Lang | None = None) -> tuple[str | None, str]:
    """(dataset path or None for the bundled one, language) for a command: what was typed after the
    command wins over the root's options and the environment, then the locale decides the language."""
    root = ctx.find_object(Settings) or Settings()
    chosen = (lang.value if lang else None) or root.lang or locale_lang()
    return data or root.data, chosen
