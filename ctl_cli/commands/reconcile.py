"""ctl reconcile FILE: propose sourced changes to the dataset's organisations from a registry's file."""

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import DataOpt, LangOpt, choice_option, settings


class PatchFormat(str, Enum):
    yaml = "yaml"
    json = "json"


class Accept(str, Enum):
    name = "name"


def run(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", show_default=False)],
    write: Annotated[bool, typer.Option("--write")] = False,
    accept: Annotated[Optional[list[Accept]], choice_option(Accept, "--accept")] = None,
    date: Annotated[Optional[str], typer.Option("--date", metavar="YYYY-MM-DD")] = None,
    fmt: Annotated[PatchFormat, choice_option(PatchFormat, "--format", "-f")] = PatchFormat.yaml,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    import json

    from ..errors import BadRequest
    from ..phrases import phrase, phrase_n
    from ..reconcile import patch, session
    from ..reconcile.formats import detect
    from ..reconcile.write import apply
    from ..render import reconcile as page
    from ..render.output import write as out
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    if not file.strip():  # Path("") is ".", the current folder: say what is wrong, not that
        raise BadRequest("msg.reconcile.empty_file")
    src = Path(file).expanduser()
    fmt_ = detect(src)
    target = session.writable(data) if write else None  # before the work: an installed ctl's copy is refused
    with page.progress(None if fmt_ == "startups" else src.stat().st_size, src.name) as tick:
        result = session.run(src, fmt_, data, date, tick)
    if fmt is PatchFormat.json:
        out(json.dumps(patch.as_json(result), ensure_ascii=False, indent=2) + "\n")
    else:
        text = patch.fragment(result, lang_)
        out(text) if text else err(phrase("msg.reconcile.nothing", lang_, file=src.name))
    if date is None:  # say where the sources' date came from, when it is the file's modification date
        mtime = session.file_date(src, None)
        if any(s.get("date") == mtime for s in result.sources.values()):
            err(phrase("msg.reconcile.date_from_file", lang_, date=mtime, file=src.name))
    orgs = {p.org for p in result.proposals}
    page.summary(
        {
            "lang": lang_,
            "rows": result.rows,
            "matched": result.matched,
            "ambiguous": result.ambiguous,
            "proposals": len(result.proposals),
            "organisations": len(orgs),
            "conflicts": len(result.conflicts),
        }
    )
    if target is None:
        return
    accepted = patch.ALWAYS + tuple(a.value for a in accept or ())
    changes, sources = patch.changes(result, accepted)
    n = patch.written(result, accepted)  # the proposals written, not the fields (a city brings its city_source)
    if apply(target, changes, sources):
        err(phrase_n("msg.reconcile.written", n, lang_, path=str(target)))
    else:
        err(phrase("msg.reconcile.not_written", lang_, path=str(target)))
    skipped = sum(1 for p in result.proposals if p.how not in accepted)
    if skipped:
        err(phrase_n("msg.reconcile.skipped_name", skipped, lang_))
