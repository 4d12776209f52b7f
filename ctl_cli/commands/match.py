"""ctl match: which cluster fits a description of a business or a research line."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import DataOpt, Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    text: Annotated[list[str], typer.Argument(metavar="TEXT...", show_default=False)],
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=20)] = 3,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..query.inputs import free_text
    from ..query.match import match, match_record
    from ..render import match as page
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    description = free_text("TEXT", text)
    ranked = [m for m in match(answer(data, lambda idx: idx.match_entries()), description) if m.score > 0][:top]
    records = [match_record(i, m) for i, m in enumerate(ranked, 1)]
    if not records:
        err(page.no_match(lang_))
        if fmt in (Format.table, Format.markdown):
            return
    page.show(fmt.value, records, lang_)
