"""ctl validate: check a dataset file."""

from typing import Annotated, Optional

import typer

from .options import DataOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    path: Annotated[Optional[str], typer.Argument(metavar="[PATH]", show_default=False)] = None,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..dataset.locate import decode, read_bytes, resolve_path
    from ..dataset.validate import parse
    from ..phrases import phrase
    from .failures import err

    data, lang = settings(ctx, data, lang)
    chosen = resolve_path(path if path is not None else data)
    ds = parse(decode(read_bytes(chosen), str(chosen)), str(chosen), placed_warnings=True)
    for w in ds.warnings:  # worth fixing, but the dataset is valid: exit 0
        err(phrase("check.warning", lang, message=w.text(lang)))
    summary = phrase(
        "msg.validate.summary",
        lang,
        path=ds.path,
        clusters=len(ds.clusters),
        recognised=sum(1 for c in ds.clusters if c.recognised),
        organisations=len(ds.organisations),
        memberships=sum(len(c.members) for c in ds.clusters),
        sources=len(ds.sources),
    )
    typer.echo(summary)
