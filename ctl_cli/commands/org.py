"""ctl org: one organisation, every cluster it belongs to, and the sources."""

from typing import Annotated

import typer

from .options import DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    name: Annotated[list[str], typer.Argument(metavar="NAME", show_default=False)],
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..errors import AmbiguousError, BadRequest, NotFoundError
    from ..query.inputs import free_text, shown
    from ..query.orgs import find_orgs, found_as, suggest_orgs
    from ..render import org as page
    from ..render.common import type_labels
    from ..text import search_words

    data, lang_ = settings(ctx, data, lang)
    ref = free_text("NAME", name)

    def question(idx):  # the index's records: no typed model on a warm run
        every = idx.org_names()
        found = find_orgs(every, ref)
        if not found and not search_words(ref):  # an id, name or alias was looked for first: 'a-l-a' is one
            raise BadRequest("msg.search.legal_form_only", value=shown(ref))
        if not found:
            raise NotFoundError("organisation", ref, suggest_orgs(every, ref))
        if len(found) > 1:
            raise AmbiguousError("organisation", ref, [(o.id, o.name) for o in found])
        return idx.org(found[0].id, found_as(found[0], ref)), idx.member_types()

    record, member_types = answer(data, question)
    page.show(shown_format(fmt, excel), record, type_labels(member_types, lang_), lang_)
