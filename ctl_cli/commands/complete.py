"""Shell completion from the dataset's index: no YAML is parsed on a TAB (once the index exists).

What a TAB offers: for a cluster, its id first, and another of its names (an acronym, a one-word
alias) only when no id fits what was typed, one per cluster, never two spellings of one name;
zsh and fish show which cluster such a name stands for. For --province, only the provinces that
organisations in the data are in."""

from __future__ import annotations

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
