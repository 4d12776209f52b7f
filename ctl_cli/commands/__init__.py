"""The CLI layer: one module per command (its name is the command's name), registered here, in one
place, with the error wrapper; help texts attached from the phrase catalogue in the reader's language.

Each command module has `run(...)`: it parses nothing itself (Typer does), asks the layers below and
hands the result to its page in render/. Nothing else.

Command modules do not use `from __future__ import annotations`: Typer reads every parameter's
annotation, and a postponed one is a string it has typing evaluate, compiling each anew (552 evals to
build the fifteen commands of `ctl --help`: about 30 ms of its run). tests/test_help.py checks it.

Note: importing the submodule `list` binds the name `list` in this package's namespace, so the
builtin list() is not used in this file.
"""

import contextlib
import importlib
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..phrases import has, phrase, placeholder
from .complete import install_or_show, install_request
from .failures import guarded
from .options import READER, RootDataOpt, RootLangOpt, Settings, help_lang

# The commands, in the order `ctl --help` lists them.
COMMANDS = (
    "list", "show", "search", "match", "org", "compare", "stats",
    "sources", "national", "export", "validate", "schema", "diff", "site", "reconcile",
)  # fmt: skip


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ctl {__version__}")
        raise typer.Exit()


def root(
    ctx: typer.Context,
    data: RootDataOpt = None,
    lang: RootLangOpt = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    ctx.obj = Settings(data, lang)


# What an Italian reader may type for a command (the verb or noun Italian uses for it) -> the command: answered
# with the command's name, never run under it (commands keep one name, as DESIGN.md's contract gives them).
ITALIAN_NAMES = {
    "elenco": "list", "elenca": "list", "lista": "list", "mostra": "show", "scheda": "show", "cerca": "search",
    "ricerca": "search", "abbina": "match", "confronta": "compare", "statistiche": "stats", "fonti": "sources",
    "nazionali": "national", "esporta": "export", "valida": "validate", "verifica": "validate",
    "organizzazione": "org", "ente": "org", "aiuto": "help", "differenze": "diff", "sito": "site",
}  # fmt: skip


class CtlGroup(TyperGroup):
    """The root command: before it parses the arguments, every help text is set in the reader's
    language (help_lang), from the phrase catalogue."""

    def main(self, args=None, *rest, **kwargs):  # noqa: ANN001 - Click's signature
        arglist = [*(sys.argv[1:] if args is None else args)]
        READER["lang"] = help_lang(arglist)
        localise(self, READER["lang"])
        request = install_request(arglist)
        if request is not None:  # ctl's own: a shell's name accepted, $SHELL as the fallback
            raise SystemExit(install_completion(*request, READER["lang"]))
        return super().main(arglist, *rest, **kwargs)

    def resolve_command(self, ctx, args):  # noqa: ANN001 - Click's signature
        """Click's resolve_command; a command asked for by its Italian name ('cerca') is answered with the
        command's name ('search'), as a mistyped one is ("Did you mean 'search'?"), in the reader's language."""
        name = args[0] if args else None
        if name in ITALIAN_NAMES and self.get_command(ctx, name) is None:
            ctx.fail(f"No such command {name!r}. Did you mean {ITALIAN_NAMES[name]!r}?")
        return super().resolve_command(ctx, args)

    def make_context(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Click's signature
        """Click's make_context; its usage errors (the root's options) in the reader's language."""
        try:
            return super().make_context(*args, **kwargs)
        except Exception as e:
            usage = _usage(e)
            if usage is e:
                raise
            raise usage from None

    def invoke(self, ctx):  # noqa: ANN001 - Click's signature
        """Click's invoke; its usage errors (an unknown command, a command's arguments) in the reader's language."""
        try:
            return super().invoke(ctx)
        except Exception as e:
            usage = _usage(e)
            if usage is e:
                raise
            raise usage from None


def _usage(e: Exception) -> Exception:
    """A Click usage error as ctl shows it (commands/failures.ClickUsage), once; any other exception as it is,
    and so is Click's NoArgsIsHelpError, whose message is the whole help page (a bare `ctl`: Click shows it
    on stderr, exit 2)."""
    from .failures import ClickUsage, ClickUsageError

    if isinstance(e, ClickUsage) or not isinstance(e, ClickUsageError) or type(e).__name__ == "NoArgsIsHelpError":
        return e
    return ClickUsage(e, READER["lang"])


def install_completion(action: str, shell: str | None, lang: str) -> int:
    """`ctl --install-completion [SHELL]` or `--show-completion [SHELL]` (complete.install_or_show):
    the exit code, with ctl's errors said on stderr in `lang`."""
    from ..errors import CtlError
    from .failures import err, messages

    try:
        for line in install_or_show(action, shell, lang):
            err(line)
    except CtlError as e:
        for line in messages(e, lang):
            err(line)
        return e.exit_code
    return 0


def make_app(names: tuple[str, ...] = COMMANDS) -> typer.Typer:
    """The Typer app with the commands `names` (in COMMANDS order) registered, each with the error wrapper."""
    app = typer.Typer(
        name="ctl",
        cls=CtlGroup,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        no_args_is_help=True,
        add_completion=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(root)
    for name in names:
        app.command(name)(guarded(importlib.import_module(f"{__name__}.{name}").run))
    return app


# Root options that take a value: the word after them is not a command's name.
_VALUED = ("--data", "--lang")


def chosen(args: list[str]) -> str | None:
    """The command `args` run, when it is plain before they are parsed: the first word that is not a
    root option or its value, if it names a command. None (so every command is made) for help,
    --version, completion, no command or an unknown one."""
    if os.environ.get("_CTL_COMPLETE"):
        return None
    words = iter(args)
    for arg in words:
        if arg in _VALUED:
            next(words, None)
        elif not arg.startswith(_VALUED) or "=" not in arg:
            return arg if arg in COMMANDS else None
    return None


def help_words(args: list[str]) -> list[str]:
    """`args` with `help` in the place of a command read as a request for help, as git and pip take it:
    `ctl help` -> `ctl --help`, `ctl --lang it help match` -> `ctl --lang it match --help`; any other
    `args` as they are. `help` is not a command of ctl's, so nothing else is meant by it."""
    words = iter(enumerate(args))
    for i, arg in words:
        if arg in _VALUED:
            next(words, None)
        elif arg == "help":
            return [*args[:i], *args[i + 1 : i + 2], "--help"]
        elif not arg.startswith("-"):
            return args
    return args


def main(args: list[str]) -> None:
    """Run ctl with `args` (Click's standalone mode: ends with SystemExit). Only the command that
    runs is made (building a Click command from a signature costs start-up time), unless help,
    completion or an error needs them all. `ctl help [COMMAND]` is `ctl [COMMAND] --help` (help_words)."""
    args = help_words(args)
    name = chosen(args)
    make_app((name,) if name else COMMANDS)(args=args, prog_name="ctl", standalone_mode=True)


def __getattr__(name: str) -> Any:
    """`app`: the app with every command, made on first use (tests, tools); ctl itself runs main()."""
    if name == "app":
        globals()["app"] = made = make_app()
        return made
    raise AttributeError(name)


def localise(group: Any, lang: str) -> None:
    """Set every help text of the root command `group` and of its commands in `lang`, and the words Typer
    writes itself in a help page (Options, Arguments, required, default: ...: help.words.*), and the Usage:
    Click writes before a command's synopsis."""
    import typer.core

    from ..phrases import LANGS
    from ..phrases.help import PHRASES

    pairs = [PHRASES[k] for k in PHRASES if k.startswith("help.words.")]  # templates: {default} stays for Typer
    words = {pair[LANGS.index("en")]: pair[LANGS.index(lang)] for pair in pairs}
    typer.core._ = lambda text: words.get(text, text)  # Typer's gettext, as its module bound it
    usage = words.get("Usage:", "Usage:") + " "  # Click writes it as the default of write_usage's prefix
    for module in ("typer._click.formatting", "click.formatting"):  # Typer 0.28 writes with its own copy of Click
        if module.startswith("click") and module not in sys.modules:  # never imported for this (~15 ms)
            continue
        with contextlib.suppress(ImportError, AttributeError):
            importlib.import_module(module).HelpFormatter.write_usage.__defaults__ = ("", usage)
    _localise(group, "root", lang)
    group.subcommand_metavar = placeholder("COMMAND [ARGS]...", lang)
    for name, command in group.commands.items():
        _localise(command, name, lang)


def _localise(command: Any, name: str, lang: str) -> None:
    """Help, summary, epilog and every parameter's help of a (Typer-made) command, from the catalogue:
    help.NAME, help.NAME.short, help.NAME.epilog, help.NAME.opt.OPTION or help.opt.OPTION (OPTION: the
    long option without dashes), help.NAME.arg.ARGUMENT (the argument's metavar, lower case)."""
    command.help = phrase(f"help.{name}", lang)
    command.short_help = phrase(f"help.{name}.short", lang) if has(f"help.{name}.short") else None
    command.epilog = phrase(f"help.{name}.epilog", lang) if has(f"help.{name}.epilog") else None
    command.options_metavar = placeholder("[OPTIONS]", lang)
    for param in command.params:
        metavar = param.__dict__.setdefault("_ctl_metavar", param.metavar)  # as declared, in English
        if metavar:
            param.metavar = placeholder(metavar, lang)  # [TESTO]..., CODICE, PERCORSO in Italian
        if param.param_type_name == "argument":
            keys = [f"help.{name}.arg.{(metavar or param.name).strip('[].').lower()}"]
        else:
            long = max(param.opts, key=len).lstrip("-").replace("-", "_")
            keys = [f"help.{name}.opt.{long}", f"help.opt.{long}"]
        key = next((k for k in keys if has(k)), None)
        if key is not None:
            param.help = phrase(key, lang)
    help_option = command.get_help_option(typer.Context(command, help_option_names=["-h", "--help"]))
    if help_option is not None:
        help_option.help = phrase("help.opt.help", lang)
