"""ctl match: which cluster fits a description of a business or a research line, or an ATECO code."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import DataOpt, Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    text: Annotated[Optional[str], typer.Argument(metavar="[TEXT]", show_default=False)] = None,
    ateco: Annotated[Optional[str], typer.Option("--ateco", metavar="CODE", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=20)] = 3,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..errors import BadRequest
    from ..query.match import WEAK, match, match_code, match_record
    from ..render import match as page
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    if (text is None) == (ateco is None):
        raise BadRequest("msg.match.text_or_ateco")
    code = (ateco or "").strip().upper() if ateco is not None else None

    def ask(idx):  # noqa: ANN001 - the index
        entries = [e for e in idx.match_entries() if e["status"] != "pending"]
        if code is not None:
            return match_code(entries, idx.classification(), code)
        return None, match(entries, text or "", classification=idx.classification())

    edition, found = answer(data, ask)
    if code is not None and edition is None:
        raise BadRequest("msg.match.ateco_unknown", code=code)
    ranked = [m for m in found if m.score > 0][:top]
    if code is not None and not ranked and edition == "2007":
        raise BadRequest("msg.match.ateco_2007_changed", code=code)
    records = [match_record(i, m) for i, m in enumerate(ranked, 1)]
    if not records:
        err(page.no_match(lang_, code is not None))
        if fmt in (Format.table, Format.markdown):
            return
    elif ranked[0].raw < WEAK:
        err(page.weak(lang_))
    page.show(fmt.value, records, lang_)
