"""ctl national: the Italian national technology clusters (CTN) and their Lombard counterparts."""

import typer

from .options import DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..render import national as page

    data, lang_ = settings(ctx, data, lang)
    records = answer(data, lambda idx: idx.national())
    page.show(shown_format(fmt, excel), records, lang_)
