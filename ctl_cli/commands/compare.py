"""ctl compare: two clusters side by side, and the members they share."""

from typing import Annotated

import typer

from . import complete
from .options import DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="CLUSTER_A", show_default=False, autocompletion=complete.cluster)],
    b: Annotated[str, typer.Argument(metavar="CLUSTER_B", show_default=False, autocompletion=complete.cluster)],
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..errors import BadRequest
    from ..query.clusters import resolve_ref
    from ..query.inputs import free_text
    from ..query.reports import compare_record
    from ..render import compare as page
    from ..render.common import type_labels

    data, lang_ = settings(ctx, data, lang)
    a, b = free_text("CLUSTER_A", a), free_text("CLUSTER_B", b)

    def question(idx):
        keys = idx.cluster_keys()
        hints = idx.cluster_hints
        return idx.detail(resolve_ref(keys, a, hints)), idx.detail(resolve_ref(keys, b, hints)), idx.member_types()

    da, db, member_types = answer(data, question)
    if da["id"] == db["id"]:  # `ctl compare energy LE2C`: one cluster twice
        raise BadRequest("msg.usage.compare_same", a=a, b=b, id=da["id"])
    page.show(shown_format(fmt, excel), compare_record(da, db), type_labels(member_types, lang_), lang_)
