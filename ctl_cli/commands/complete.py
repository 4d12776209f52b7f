"""Shell completion from the dataset's index: no YAML is parsed on a TAB (once the index exists)."""

from __future__ import annotations

from collections.abc import Callable

import typer


def _data_of(ctx: typer.Context) -> str | None:
    while ctx is not None:
        if ctx.params.get("data"):
            return ctx.params["data"]
        ctx = ctx.parent
    return None


def _complete(ctx: typer.Context, incomplete: str, question: Callable) -> list[str]:
    try:
        from ..cache import answer

        values = answer(_data_of(ctx), question)
    except Exception:  # noqa: BLE001 - a completion must never print an error into the shell
        return []
    low = incomplete.casefold()
    return [v for v in dict.fromkeys(values) if v.casefold().startswith(low)]


def cluster(ctx: typer.Context, incomplete: str) -> list[str]:
    """Cluster ids, acronyms and one-word aliases: what a shell can take without quotes."""

    def ids_and_names(idx):
        return [k for cid, keys in idx.cluster_keys() for k in [cid, *keys] if " " not in k]

    return _complete(ctx, incomplete, ids_and_names)


def member_type(ctx: typer.Context, incomplete: str) -> list[str]:
    """Member type ids of the dataset."""
    return _complete(ctx, incomplete, lambda idx: [t["id"] for t in idx.member_types()])


def province(incomplete: str) -> list[str]:
    """Italian province codes."""
    from ..dataset.schema import PROVINCES

    return [p for p in PROVINCES if p.startswith(incomplete.upper())]


def basis(incomplete: str) -> list[str]:
    """Membership bases."""
    from ..dataset.schema import BASES

    return [b for b in BASES if b.startswith(incomplete)]
