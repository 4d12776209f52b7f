"""ctl stats: members by type for each cluster, by province, and in several clusters."""

import typer

from .options import AllOpt, DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..query.reports import stats_record
    from ..render import stats as page
    from ..render.common import type_labels

    data, lang_ = settings(ctx, data, lang)
    summaries, hits, member_types = answer(data, lambda idx: (idx.summaries(), idx.search(), idx.member_types()))
    type_ids = [t["id"] for t in member_types]
    record = stats_record([s for s in summaries if all_ or s["status"] == "recognised"], hits, type_ids)
    page.show(shown_format(fmt, excel), record, type_ids, type_labels(member_types, lang_), lang_)
