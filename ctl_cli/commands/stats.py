"""ctl stats: members by type for each cluster, by province, and in several clusters."""

from __future__ import annotations

import typer

from .options import AllOpt, DataOpt, Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import load
    from ..query.reports import stats_record
    from ..render import stats as page
    from ..render.common import type_labels

    data, lang_ = settings(ctx, data, lang)
    ds = load(data)
    record = stats_record(ds, [c for c in ds.clusters if all_ or c.recognised])
    member_types = [{"id": t.id, "label": t.label.as_dict()} for t in ds.member_types]
    page.show(fmt.value, record, [t["id"] for t in member_types], type_labels(member_types, lang_), lang_)
