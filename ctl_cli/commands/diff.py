"""ctl diff: what changed between two dataset files (for reviews and the data changelog)."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import Format, FormatOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", show_default=False)],
    fmt: FormatOpt = Format.table,
    lenient: Annotated[bool, typer.Option("--lenient")] = False,
    lang: LangOpt = None,
) -> None:
    from ..cache import load_lenient, load_path
    from ..dataset.locate import resolve_path
    from ..phrases import phrase, phrase_n
    from ..query.diff import diff
    from ..render import diff as page
    from .failures import err

    _, lang_ = settings(ctx, None, lang)
    paths = [resolve_path(p) for p in (old, new)]
    if lenient:
        (a, a_lenient), (b, b_lenient) = (load_lenient(p) for p in paths)
        for ds, used in ((a, a_lenient), (b, b_lenient)):
            if used:
                err(phrase_n("msg.diff.lenient", len(ds.warnings), lang_, path=ds.path))
    else:
        a, b = (load_path(p) for p in paths)
    record = diff(a, b)
    if record["same"]:  # exit 0 all the same: in ctl, 1 means "not found"
        err(phrase("msg.diff.none", lang_, old=old, new=new))
    page.show(fmt.value, record, lang_)
