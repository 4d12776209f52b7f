"""ctl diff: what changed between two dataset files (for reviews and the data changelog)."""

from typing import Annotated

import typer

from .options import ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", show_default=False)],
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    summary: Annotated[bool, typer.Option("--summary")] = False,
    lenient: Annotated[bool, typer.Option("--lenient")] = False,
    lang: LangOpt = None,
) -> None:
    from ..cache import load_lenient, load_path
    from ..dataset.locate import resolve_path
    from ..errors import BadRequest
    from ..phrases import phrase, phrase_n
    from ..query.diff import diff
    from ..render import diff as page
    from .failures import err

    _, lang_ = settings(ctx, None, lang)
    shown = shown_format(fmt, excel)  # --excel without --format csv: exit 2 before any file is read
    for which, path in (("OLD", old), ("NEW", new)):
        if not path.strip():  # ctl diff "$UNSET" new.yaml: a usage error, not a dataset that cannot be read
            raise BadRequest("msg.diff.empty_path", which=which)
    a, b = (load_lenient(p) if lenient else load_path(p) for p in (resolve_path(old), resolve_path(new)))
    for ds in (a, b):
        if ds.refused:
            err(phrase_n("msg.diff.lenient", len(ds.refused), lang_, path=ds.path))
    record = diff(a, b)
    if record["same"]:  # exit 0 all the same: in ctl, 1 means "not found"
        err(phrase("msg.diff.none", lang_, old=old, new=new))
    page.show(shown, record, lang_, summary)
