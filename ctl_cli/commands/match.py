"""ctl match: which cluster fits a description of a business or a research line, or an ATECO code."""

from typing import Annotated, Optional

import typer

from .options import AllOpt, DataOpt, ExcelOpt, Format, FormatOpt, LangOpt, settings, shown_format


def run(
    ctx: typer.Context,
    text: Annotated[Optional[list[str]], typer.Argument(metavar="[TEXT]...", show_default=False)] = None,
    ateco: Annotated[Optional[str], typer.Option("--ateco", metavar="CODE", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=20, metavar="N")] = 3,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    from ..cache import answer
    from ..errors import BadRequest
    from ..query.codes import code_reading
    from ..query.inputs import ateco_like, free_text
    from ..query.match import CONTENDER, dotted, is_weak, match, match_code, rows_within
    from ..query.match_record import match_record, titles
    from ..query.reading import readings
    from ..query.scope import hidden
    from ..render import match as page
    from .failures import err

    data, lang_ = settings(ctx, data, lang)
    text = free_text("TEXT", text)
    if (text is None) == (ateco is None):
        raise BadRequest("msg.match.text_or_ateco")
    code = ateco.strip().upper() if ateco is not None else None

    def ask(idx):  # noqa: ANN001 - the index
        entries = idx.match_entries()
        left_out = hidden(entries, (), all_)
        shown = [e for e in entries if e["id"] not in left_out]
        cl = idx.classification(lambda: page.preparing(lang_))  # a spinner while it is first made
        if code is not None:
            return entries, left_out, cl, code_reading(cl, code), *match_code(shown, cl, code)
        return entries, left_out, cl, None, None, match(shown, text or "", classification=cl)

    entries, left_out, cl, reading, edition, found = answer(data, ask)
    if code is not None and edition is None:
        raise BadRequest("msg.match.ateco_unknown", code=code)
    ranked = [m for m in found if m.score > 0][:top]
    if code is not None and not ranked and edition == "2007":
        raise BadRequest("msg.match.ateco_2007_changed", code=code)
    both = titles(cl, ranked)
    weak = bool(ranked) and is_weak(ranked)  # nothing fits well, whichever cluster the mix put first
    records = [match_record(i, m, both, weak) for i, m in enumerate(ranked, 1)]
    read = readings(cl, text) if text else {}
    if read:  # say how the description was read before what it found
        err(page.read_as(read, lang_))
    said = page.code_read(reading, lang_) if reading else None
    if said:  # a code of an older edition, or one whose meaning changed: say how it was read
        err(said)
    for_people = fmt in (Format.table, Format.markdown)
    if not records:
        if code is not None:
            err(page.no_match(lang_, dotted(code), reading["title"] if reading else None))
        else:  # a code typed as a description, one some edition has ('28.41', not '123'): say how to ask for it
            as_code = ateco_like(text) and code_reading(cl, text or "") is not None
            err(page.code_as_text(text or "", lang_) if as_code else page.no_match(lang_))
    elif weak:
        named = code  # the code the advice is about: the ATECO 2025 one an older code became, when one
        if code is not None and reading and reading["edition"] != "2025" and len(reading["targets"]) == 1:
            named = reading["targets"][0]
        err(page.weak(lang_, named, rows_within(cl, code) if code is not None else ()))  # a section: weak() advises
    if records or not for_people:
        page.show(shown_format(fmt, excel), records, lang_)
    asked = ctx.get_parameter_source("top").name != "DEFAULT"  # type: ignore[union-attr]
    if asked and records and len(records) < top and for_people:  # say why fewer than asked for are listed
        err(page.fewer(len(records), top, len(found), lang_, code is not None))
    if left_out and for_people and code is None:  # say so when a cluster left out (pending) would be listed
        with_all = [m for m in match(entries, text or "", classification=cl) if m.score > 0][:top]
        also = [m.cluster["id"] for m in with_all if m.cluster["id"] in left_out and m.score >= CONTENDER]
        if also:
            err(page.pending_note(also, lang_))
