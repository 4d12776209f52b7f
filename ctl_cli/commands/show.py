"""ctl show: everything about one cluster, each fact with its source."""

from typing import Annotated

import typer

from . import complete
from .options import DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format

# Several words without quotes are one reference: `ctl show fabbrica intelligente`.
ClusterArg = Annotated[
    list[str], typer.Argument(metavar="CLUSTER", show_default=False, autocompletion=complete.cluster)
]


def run(
    ctx: typer.Context,
    cluster: ClusterArg,
    web: Annotated[bool, typer.Option("--web", "-w")] = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..errors import NotFoundError
    from ..query.clusters import resolve_ref, two_clusters
    from ..query.freshness import mark
    from ..query.inputs import free_text
    from ..render import show as page

    data, lang_ = settings(ctx, data, lang)
    ref = free_text("CLUSTER", cluster)

    def ask(idx):  # noqa: ANN001, ANN202 - the index; (record, member types)
        keyed = idx.cluster_keys()
        try:
            cid = resolve_ref(keyed, ref, idx.cluster_hints)
        except NotFoundError as e:  # two clusters named ('energy mobility'): say `ctl compare` shows them
            raise two_clusters(keyed, ref, e) from None
        return mark(idx.detail(cid), idx.as_of()), idx.member_types()

    record, member_types = answer(data, ask)
    if web:
        open_website(record, lang_)
        return
    page.show(shown_format(fmt, excel), record, member_types, lang_)


def open_website(record: dict, lang: str) -> None:
    """Open the cluster's website in the user's web browser (the standard webbrowser module, which
    honours BROWSER). UnknownFactError when no website is known; Unavailable (exit 1, the address in
    the message) when no browser is found, or the one found does not start."""
    import webbrowser

    from ..errors import Unavailable, UnknownFactError
    from ..phrases import phrase
    from .failures import err

    url = record["website"]
    if not url:
        raise UnknownFactError("website", record["id"])
    try:
        webbrowser.get()  # webbrowser.Error when none is registered (a server, a container, no display)
    except webbrowser.Error:
        raise Unavailable("msg.show.no_browser", id=record["id"], url=url) from None
    err(phrase("msg.show.opening", lang, url=url))
    if not webbrowser.open(url):
        raise Unavailable("msg.show.browser_failed", id=record["id"], url=url)
