"""ctl sources: the sources behind the dataset or one cluster, and the facts each supports."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from . import complete
from .options import DataOpt, Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    cluster: Annotated[
        Optional[str], typer.Argument(metavar="[CLUSTER]", show_default=False, autocompletion=complete.cluster)
    ] = None,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import load
    from ..query.clusters import resolve_cluster
    from ..query.reports import source_use, sources
    from ..render import sources as page

    data, lang_ = settings(ctx, data, lang)
    ds = load(data)
    chosen = resolve_cluster(ds, cluster) if cluster else None
    found = sources(ds, chosen)
    records = [source_use(i, su) for i, su in enumerate(found, 1)]
    page.show(fmt.value, records, [su.uses for su in found], chosen is not None, lang_)
