"""ctl match: which cluster fits a description of a business or a research line."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import AllOpt, DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    text: Annotated[list[str], typer.Argument(metavar="TEXT...", show_default=False)],
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=20)] = 3,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..query.inputs import free_text
    from ..query.match import match, match_record
    from ..query.scope import hidden
    from ..render import match as page
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    description = free_text("TEXT", text)
    entries = answer(data, lambda idx: idx.match_entries())
    left_out = hidden(entries, (), all_)
    ranked = [m for m in match([e for e in entries if e["id"] not in left_out], description) if m.score > 0][:top]
    records = [match_record(i, m) for i, m in enumerate(ranked, 1)]
    for_people = fmt in (Format.table, Format.markdown)
    if not records:
        err(page.no_match(lang_))
    if records or not for_people:
        page.show(shown_format(fmt, excel), records, lang_)
    if left_out and for_people:  # say so when a cluster left out (pending recognition) would have matched
        also = [e["id"] for e in entries if e["id"] in left_out and match([e], description)[0].score > 0]
        if also:
            err(page.pending_note(also, lang_))
