"""Shell completion from the dataset's index: no YAML is parsed on a TAB (once the index exists);
and installing it (`ctl --install-completion [SHELL]`, `--show-completion [SHELL]`).

What a TAB offers: for a cluster, its id first, and another of its names (an acronym, a one-word
alias) only when no id fits what was typed, one per cluster, never two spellings of one name;
zsh and fish show which cluster such a name stands for. For --province, only the provinces that
organisations in the data are in."""

import os
from collections.abc import Callable

import typer


def _data_of(ctx: typer.Context) -> str | None:
    while ctx is not None:
        if ctx.params.get("data"):
            return ctx.params["data"]
        ctx = ctx.parent
    return None


def _ask(ctx: typer.Context, question: Callable) -> list:
    try:
        from ..cache import answer

        return answer(_data_of(ctx), question)
    except Exception:  # noqa: BLE001 - a completion must never print an error into the shell
        return []


def _complete(ctx: typer.Context, incomplete: str, question: Callable) -> list[str]:
    low = incomplete.casefold()
    return [as_typed(v, incomplete) for v in dict.fromkeys(_ask(ctx, question)) if v.casefold().startswith(low)]


def as_typed(candidate: str, incomplete: str) -> str:
    """A candidate spelled the way the user started typing: Typer keeps only candidates that start
    with what was typed, letter for letter, while ctl takes names in any case. Lower case when
    the user typed lower case (`le` -> `le2c`), else what was typed plus the rest (`Ae` -> `Aerospace`)."""
    if not incomplete:
        return candidate
    if incomplete == incomplete.lower():
        return candidate.lower()
    return incomplete + candidate[len(incomplete) :]


def cluster_candidates(keyed: list[tuple[str, list[str]]], incomplete: str) -> list[tuple[str, str]]:
    """(candidate, the cluster id it names, or "" for an id) for what was typed, from each cluster's
    id and names (Index.cluster_keys): the ids that start with it; where none does, one other
    one-word name per cluster (its first in the dataset's order), in any case."""

    typed = incomplete.casefold()
    ids = [(as_typed(cid, incomplete), "") for cid, _ in keyed if cid.startswith(typed)]
    if ids:
        return ids
    out: list[tuple[str, str]] = []
    for cid, keys in keyed:
        name = next((k for k in keys if " " not in k and k.casefold().startswith(typed)), None)
        if name is not None:
            out.append((as_typed(name, incomplete), cid))
    return out


def cluster(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Cluster ids first; else an acronym or one-word alias, with the id it stands for."""
    return cluster_candidates(_ask(ctx, lambda idx: idx.cluster_keys()), incomplete)


def member_type(ctx: typer.Context, incomplete: str) -> list[str]:
    """Member type ids of the dataset."""
    return _complete(ctx, incomplete, lambda idx: [t["id"] for t in idx.member_types()])


def province(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The codes of the provinces that organisations in the data are in (with the province's name),
    or, for three letters or more, a one-word name of one (with its code)."""
    from ..dataset.provinces import NAMES

    typed = incomplete.casefold()
    out: list[tuple[str, str]] = []
    for code in _ask(ctx, lambda idx: idx.provinces()):
        name = NAMES.get(code, [code, code])[1]
        if code.casefold().startswith(typed):
            out.append((as_typed(code, incomplete), name))
        elif len(typed) > 2 and " " not in name and name.casefold().startswith(typed):
            out.append((as_typed(name, incomplete), code))
    return out


def basis(incomplete: str) -> list[str]:
    """Membership bases."""
    from ..dataset.schema import BASES

    return [b for b in BASES if b.startswith(incomplete)]


def choices(values: tuple[str, ...]) -> Callable[[str], list[str]]:
    """A completion of fixed choices (--format, --lang), in any case."""
    return lambda incomplete: [v for v in values if v.startswith(incomplete.casefold())]


# --------------------------------------------------------------------------- installing completion

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")  # what Typer writes completion scripts for
INSTALL, SHOW = "--install-completion", "--show-completion"
_ROOT_VALUED = ("--data", "--lang")


def install_request(args: list[str]) -> tuple[str, str | None] | None:
    """(INSTALL or SHOW, the shell named after it or None) when `args` ask to install or show
    completion (before any command's name: `ctl --lang it --install-completion zsh`,
    `--show-completion=fish`); None otherwise. Typer's own flags take no shell's name."""
    words = iter(args)
    for arg in words:
        if arg in _ROOT_VALUED:
            next(words, None)
            continue
        option, _, value = arg.partition("=")
        if option in (INSTALL, SHOW):
            if value or "=" in arg:
                return option, value
            following = next(words, None)
            return option, following if following is not None and not following.startswith("-") else None
        if not arg.startswith("-"):
            return None  # a command's name: its arguments are its own
    return None


def detected_shell() -> str | None:
    """The shell ctl runs under, as Typer detects it (shellingham: the parent processes), or None."""
    from typer.completion import _get_shell_name

    return _get_shell_name()


def pick_shell(named: str | None) -> str:
    """The shell to install for: `named` (a name or a path: bash, /bin/zsh, PowerShell), else the
    shell ctl runs under if completion is known for it, else $SHELL's (`sh -c 'ctl
    --install-completion'` from bash: bash). BadRequest (exit 2) naming the shells otherwise."""
    from ..errors import BadRequest

    def name_of(value: str) -> str:
        base = os.path.basename(value.strip()).lower()
        return base[:-4] if base.endswith(".exe") else base

    if named is not None:
        if name_of(named) in SHELLS:
            return name_of(named)
        raise BadRequest("msg.completion.unknown_shell", shell=named, shells=", ".join(SHELLS))
    found = list(dict.fromkeys(name_of(s) for s in (detected_shell() or "", os.environ.get("SHELL", "")) if s))
    for shell in found:
        if shell in SHELLS:
            return shell
    raise BadRequest("msg.completion.no_shell", found=", ".join(found) or "?", shells=", ".join(SHELLS))


def install_or_show(action: str, named: str | None, lang: str) -> list[str]:
    """Install completion for the shell (pick_shell) and return the lines that say what was written
    where (for stderr), or print its script (and return none). BadRequest for a shell ctl cannot
    complete in; WriteError when a file cannot be written."""
    from pathlib import Path

    from typer.completion import get_completion_script, install

    from ..errors import WriteError
    from ..phrases import phrase
    from ..render.output import write

    shell = pick_shell(named)
    if action == SHOW:
        write(get_completion_script(prog_name="ctl", complete_var="_CTL_COMPLETE", shell=shell) + "\n")
        return []
    home = Path.home()
    try:
        _, path = install(shell=shell, prog_name="ctl", complete_var="_CTL_COMPLETE")
    except OSError as e:
        raise WriteError(str(getattr(e, "filename", None) or home), e) from None
    rc = {"bash": home / ".bashrc", "zsh": home / ".zshrc"}.get(shell)
    key = "msg.completion.installed_rc" if rc else "msg.completion.installed"
    return [phrase(key, lang, shell=shell, path=str(path), rc=str(rc)), phrase("msg.completion.new_terminal", lang)]
