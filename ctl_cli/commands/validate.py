"""ctl validate: check a dataset file."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import DataOpt, settings


def run(
    ctx: typer.Context,
    path: Annotated[Optional[str], typer.Argument(metavar="[PATH]", show_default=False)] = None,
    data: DataOpt = None,
) -> None:
    from ..cache import load
    from ..phrases import phrase

    data, lang = settings(ctx, data)
    ds = load(path or data)
    summary = phrase(
        "msg.validate.summary",
        lang,
        path=ds.path,
        clusters=len(ds.clusters),
        recognised=sum(1 for c in ds.clusters if c.recognised),
        organisations=len(ds.organisations),
        memberships=sum(len(c.members) for c in ds.clusters),
        sources=len(ds.sources),
    )
    typer.echo(summary)
