"""ctl list: the clusters, one row each."""

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
    from ..render import list as page

    data, lang_ = settings(ctx, data, lang)
    summaries = answer(data, lambda idx: idx.summaries())
    shown = [r for r in summaries if all_ or r["status"] == "recognised"]
    pending = [r["id"] for r in summaries if r not in shown]
    page.show(shown_format(fmt, excel), shown, pending, lang_)
