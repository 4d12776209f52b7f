"""ctl search: member organisations across all clusters, filtered."""

from typing import Annotated, Optional

import typer

from . import complete
from .options import AllOpt, DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    text: Annotated[Optional[list[str]], typer.Argument(metavar="[TEXT]...", show_default=False)] = None,
    types: Annotated[
        Optional[list[str]], typer.Option("--type", "-t", metavar="TYPE", autocompletion=complete.member_type)
    ] = None,
    clusters: Annotated[
        Optional[list[str]], typer.Option("--cluster", "-c", metavar="CLUSTER", autocompletion=complete.cluster)
    ] = None,
    city: Annotated[Optional[str], typer.Option("--city", metavar="CITY")] = None,
    province: Annotated[
        Optional[str], typer.Option("--province", "-p", metavar="XX", autocompletion=complete.province)
    ] = None,
    nuts: Annotated[Optional[str], typer.Option("--nuts", metavar="NUTS3")] = None,
    bases: Annotated[
        Optional[list[str]], typer.Option("--basis", metavar="BASIS", autocompletion=complete.basis)
    ] = None,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..phrases import phrase
    from ..query import suggest
    from ..query.choices import basis_labels, basis_names, names_of, nuts3, province_name, resolve_all
    from ..query.clusters import resolve_ref, search_terms
    from ..query.inputs import free_text, search_text, shown
    from ..query.scope import hidden
    from ..render import search as page
    from ..render.common import type_labels
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    bases = resolve_all("--basis", bases or [], basis_names(), basis_labels())
    refs = [free_text("--cluster", c) for c in clusters or []]
    words, city_f, province_u = search_terms(search_text(text), free_text("--city", city), province)
    nuts_u = nuts3(free_text("--nuts", nuts)) if nuts is not None else None

    def question(idx):
        member_types = idx.member_types()
        labels = {t["id"]: t.get("label") or {} for t in member_types}
        wanted_types = resolve_all("--type", types or [], names_of(member_types, "label.col.type"), labels)
        keyed = idx.cluster_keys()
        wanted = list(dict.fromkeys(resolve_ref(keyed, c, idx.cluster_hints) for c in refs))
        summaries = idx.summaries()
        left_out = hidden(summaries, wanted, all_)
        hits = idx.search(words, wanted_types, wanted, city_f, province_u, bases, left_out, nuts_u)
        # nothing found by TEXT: the names it may have meant, among those the other filters keep
        near = idx.search([], wanted_types, wanted, city_f, province_u, bases, left_out, nuts_u) if not hits else []
        near = near if words else []
        # start-ups: say that no source names one only if none is listed in these clusters at all
        startups = "startup" in wanted_types and not hits and bool(idx.search([], ["startup"], wanted, hidden=left_out))
        # a city that no organisation is in: the cities of the data it may mean
        cities = suggest.cities(idx.cities(), city) if city and not hits else None
        return hits, wanted, wanted_types, summaries, member_types, near, startups, cities

    hits, wanted, types, summaries, member_types, near, startups, cities = answer(data, question)
    for_people = fmt in (Format.table, Format.markdown)
    if not hits:
        said = [t for t in types if not (t == "startup" and startups)]  # the no-start-up note only if true
        if cities is not None:  # the city is why: say that alone, with the cities of the data it may mean
            err(phrase("msg.search.city_unknown", lang_, city=shown(city)))
            if cities:
                err(phrase("msg.not_found.suggestions", lang_, suggestions=", ".join(cities)))
        else:
            alone = words and not (types or refs or city or province or bases or nuts)  # only a name was given
            err(
                page.partial_note(
                    summaries, 0, said, wanted, lang_, all_, shown(" ".join(text or [])) if alone else None
                )
            )
            if province_u is not None:  # 'Br' is Brindisi's code, not Brescia's beginning: say how it was read
                err(phrase("msg.search.province_read", lang_, typed=shown(province or ""), code=province_u,
                           name=province_name(province_u)))  # fmt: skip
        if near:
            names = suggest.closest([(h["name"], (h["name"],)) for h in near], " ".join(words))
            if names:
                err(phrase("msg.not_found.suggestions", lang_, suggestions=", ".join(names)))
        if for_people:
            return
    page.show(shown_format(fmt, excel), hits, type_labels(member_types, lang_), lang_)
    if 0 < len(hits) < page.FEW and for_people:
        err(page.partial_note(summaries, len(hits), types, wanted, lang_, all_))
