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

    data, _ = settings(ctx, data)
    ds = load(path or data)
    recognised = sum(1 for c in ds.clusters if c.recognised)
    memberships = sum(len(c.members) for c in ds.clusters)
    typer.echo(
        f"{ds.path}: valid. {len(ds.clusters)} clusters ({recognised} recognised), "
        f"{len(ds.organisations)} organisations, {memberships} memberships, {len(ds.sources)} sources."
    )
