"""ctl site: the reference as a static, bilingual website in a folder (ctl_cli/site)."""

from typing import Annotated

import typer

from .options import DataOpt, LangOpt, settings


def run(
    ctx: typer.Context,
    output: Annotated[str, typer.Option("--output", "-o", metavar="DIR", show_default=False)],
    force: Annotated[bool, typer.Option("--force")] = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    import sys
    from pathlib import Path

    from ..cache import answer
    from ..errors import BadRequest
    from ..phrases import phrase
    from ..site.content import gather
    from ..site.write import build, check_target
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    if not output.strip():
        raise BadRequest("msg.site.empty_path")
    if output.strip() == "-":  # as for ctl export, '-' is standard output, where a folder cannot go
        raise BadRequest("msg.site.stdout")
    out = Path(output)
    check_target(out, force)  # said before the work, not after it
    content = answer(data, lambda idx: (gather(idx), idx.dataset()))
    terminal = sys.__stderr__  # the bar's own escape codes; ctl's stderr would make them inert (text.safe)
    if terminal is not None and terminal.isatty():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(file=terminal), transient=True) as bar:  # catalogue words only
            task = bar.add_task(phrase("msg.site.building", lang_), total=None)

            def step(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            count = build(*content, out, lang_, force, step)
    else:
        count = build(*content, out, lang_, force)
    err(phrase("msg.site.wrote", lang_, path=output, files=count, index=str(out / "index.html")))
