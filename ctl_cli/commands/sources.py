"""ctl sources: the sources behind the dataset or one cluster, and the facts each supports."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from . import complete
from .options import DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    cluster: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="[CLUSTER]", show_default=False, autocompletion=complete.cluster),
    ] = None,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..query.clusters import resolve_ref
    from ..query.inputs import free_text
    from ..query.reports import source_use, sources
    from ..render import sources as page

    data, lang_ = settings(ctx, data, lang)
    ref = free_text("CLUSTER", cluster)

    def question(idx):
        if ref is None:
            return sources(idx.sources())
        cid = resolve_ref(idx.cluster_keys(), ref, idx.cluster_hints)
        return sources(idx.sources(), cid, [s["id"] for s in idx.detail(cid)["sources"]])

    found = answer(data, question)
    records = [source_use(i, record, uses) for i, (record, uses) in enumerate(found, 1)]
    page.show(shown_format(fmt, excel), records, [uses for _, uses in found], ref is not None, lang_)
