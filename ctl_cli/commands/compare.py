"""ctl compare: two clusters side by side, and the members they share."""

from __future__ import annotations

from typing import Annotated

import typer

from . import complete
from .options import DataOpt, Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="CLUSTER_A", show_default=False, autocompletion=complete.cluster)],
    b: Annotated[str, typer.Argument(metavar="CLUSTER_B", show_default=False, autocompletion=complete.cluster)],
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import load
    from ..query.clusters import resolve_cluster
    from ..query.reports import compare_record
    from ..render import compare as page
    from ..render.common import type_labels

    data, lang_ = settings(ctx, data, lang)
    ds = load(data)
    labels = type_labels([{"id": t.id, "label": t.label.as_dict()} for t in ds.member_types], lang_)
    page.show(fmt.value, compare_record(ds, resolve_cluster(ds, a), resolve_cluster(ds, b)), labels, lang_)
