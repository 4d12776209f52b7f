"""ctl sources: the sources behind the dataset or one cluster, and the facts each supports."""

from typing import Annotated, Optional

import typer

from . import complete
from .options import AllOpt, DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format

# `--stale [YEARS]`: a flag; a whole number among the words after the command is its YEARS (Typer
# cannot make an option whose value may be left out). No cluster is named by a number.
StaleOpt = Annotated[bool, typer.Option("--stale")]
UntitledOpt = Annotated[bool, typer.Option("--untitled")]
MOST_YEARS = 200


def run(
    ctx: typer.Context,
    cluster: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="[CLUSTER]", show_default=False, autocompletion=complete.cluster),
    ] = None,
    stale: StaleOpt = False,
    untitled_: UntitledOpt = False,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..query.inputs import free_text
    from ..query.reports import source_use, sources, untitled
    from ..render import sources as page

    data, lang_ = settings(ctx, data, lang)
    if stale and untitled_:
        from ..errors import BadRequest

        raise BadRequest("msg.usage.untitled_stale")
    if stale:
        years, cluster = stale_years(cluster)
        return stale_facts(years, cluster, all_, shown_format(fmt, excel), data, lang_)
    ref = free_text("CLUSTER", cluster)

    def question(idx):
        if ref is None:
            return sources(idx.sources())
        from ..query.clusters import resolve_ref  # only for a CLUSTER: the whole list needs no clusters

        cid = resolve_ref(idx.cluster_keys(), ref, idx.cluster_hints)
        return sources(idx.sources(), cid, [s["id"] for s in idx.detail(cid)["sources"]])

    found = answer(data, question)
    records = [source_use(i, record, uses) for i, (record, uses) in enumerate(found, 1)]
    facts = {r["number"]: uses for r, (_, uses) in zip(records, found, strict=True)}
    if untitled_:
        records = untitled(records)
    page.show(shown_format(fmt, excel), records, [facts[r["number"]] for r in records], ref is not None, lang_)


def stale_years(words: list[str] | None) -> tuple[int, list[str] | None]:
    """(YEARS, CLUSTER words) from the words after `ctl sources --stale`: the first or last word, when
    it is a whole number, is YEARS (else query.freshness.YEARS, three); the rest name the cluster.
    BadRequest (exit 2) for a number out of 0..MOST_YEARS."""
    from ..errors import BadRequest
    from ..query.freshness import YEARS

    words = list(words or [])
    for at in dict.fromkeys((0, len(words) - 1)) if words else ():
        text = words[at].strip()
        if text.lstrip("+-").isdigit():
            if not text.isdigit() or int(text) > MOST_YEARS:
                raise BadRequest("msg.usage.stale_years", value=words[at], most=MOST_YEARS)
            del words[at]
            return int(text), words or None
    return YEARS, words or None


def stale_facts(years: int, words: list[str] | None, everything: bool, fmt: str, data: str | None, lang: str):
    """`ctl sources --stale`: the facts older than `years` before the dataset's date, or undated;
    the pending cluster's only with --all (`everything`) or when it is the CLUSTER named."""
    from ..cache import answer
    from ..query.clusters import resolve_ref
    from ..query.freshness import cutoff
    from ..query.freshness import stale_facts as find
    from ..query.inputs import free_text
    from ..query.scope import hidden
    from ..render import sources as page

    ref = free_text("CLUSTER", words)

    def question(idx):  # the index's records: no typed model on a warm run
        cid = None if ref is None else resolve_ref(idx.cluster_keys(), ref)
        summaries = idx.summaries()
        left_out = hidden(summaries, [cid] if cid else (), everything)
        pending = [c["id"] for c in summaries if c["status"] != "recognised"]
        return idx.as_of(), find(idx.dated_facts(), idx.as_of(), years, cid, left_out), pending

    as_of, found, pending = answer(data, question)
    limits = {"as_of": as_of, "years": years, "cutoff": cutoff(as_of, years)}
    page.show_stale(fmt, found, limits, pending, lang)
