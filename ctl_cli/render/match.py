"""The page of `ctl match`: the clusters ranked for a description, with the words that matched."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence

from ..phrases import phrase, phrase_n
from .common import cluster_id, localised
from .formats import emit

CSV_HEADERS = ["rank", "id", "score", "matched", "ateco", "members", "weak_fit"]


def no_match(lang: str, code: str | None = None, title: dict | None = None) -> str:
    """What `ctl match` says when no cluster shares a word with the description (with where else to look:
    --ateco, ctl list), or when the ATECO `code` (with its `title` {it, en}, in the reader's language where it
    is published in it, so the reader sees how it was read) leads to none."""
    if code is not None:
        return phrase("msg.match.none_ateco", lang, code=code, title=localised(title or {}, lang) or "")
    return phrase("msg.match.none", lang) + "\n" + phrase("msg.match.none.hint", lang)


def code_read(reading: dict, lang: str) -> str | None:
    """How an ATECO code was read (query.codes.code_reading), when the reader may not expect it: a code of an
    older edition, with the ATECO 2025 codes it is now; an ATECO 2025 code that meant another activity in the
    older edition, with what it meant. None for an ATECO 2025 code that kept its meaning."""
    title = localised(reading["title"], lang) or ""
    if reading["edition"] != "2025":
        targets = ", ".join(reading["targets"]) or "—"
        return phrase("msg.match.ateco_edition", lang, edition=reading["edition"], code=reading["code"],
                      title=title, targets=targets)  # fmt: skip
    before = reading["before"]
    if before is None:
        return None
    return phrase("msg.match.ateco_meant", lang, code=reading["code"], title=title, edition=before["edition"],
                  old=before["title"], targets=", ".join(before["targets"]))  # fmt: skip


def code_as_text(text: str, lang: str) -> str:
    """What `ctl match` says when the description it found nothing for is an ATECO code ('28.41')."""
    return phrase("msg.match.code_as_text", lang, code=text.strip())


def weak(lang: str, code: str | None = None, within: Sequence[tuple[str, str]] = ()) -> str:
    """What `ctl match` says when its best cluster fits only weakly: for a description, to try an ATECO
    code; for the ATECO `code` given (--ateco), to give a more specific one (a division after a
    section letter), naming the codes `within` it that lead to a cluster ((row code, cluster id):
    query.match.rows_within) when there are any."""
    if code is None:
        return phrase("msg.match.weak", lang)
    if code.isalpha():
        return phrase("msg.match.weak_section", lang, code=code)
    if within:
        rows = ", ".join(f"{row} ({cid})" for row, cid in within[:4])
        return phrase("msg.match.weak_code_rows", lang, code=code, rows=rows)
    return phrase("msg.match.weak_code", lang, code=code)


def read_as(read: dict[str, tuple[str, str]], lang: str) -> str:
    """What `ctl match` says of the words of a description its vocabulary lacks and that it read as others
    ({typed: (read as, 'derived', 'typo' or 'part')}: query.match.readings), one line per kind, so the reader
    sees how the description was read: the words taken for typos, then those read through a known word."""
    lines = []
    for key, kinds in (("msg.match.read_as", ("typo",)), ("msg.match.read_through", ("derived", "part"))):
        each = [phrase("msg.match.read_pair", lang, typed=t, read=r) for t, (r, how) in read.items() if how in kinds]
        if each:
            lines.append(phrase(key, lang, pairs="; ".join(each)))
    return "\n".join(lines)


def fewer(n: int, top: int, ranked: int, lang: str, code: bool = False) -> str:
    """What `ctl match --top N` (`top`) says when only n < N clusters fit at all (for a description, or an
    ATECO `code`), of the `ranked` clusters it ranks: 'Only 2 of the 5 clusters asked for', or, when N is
    as many as it ranks or more, 'Only 2 of the 9 clusters'."""
    key = "msg.match.fewer_ateco" if code else "msg.match.fewer"
    if top >= ranked:
        return phrase_n(f"{key}_of_all", n, lang, top=ranked)
    return phrase_n(key, n, lang, top=top)


def entry(a: dict, lang: str) -> str:
    """One entry that led to a cluster, {code, title, classification, title_it, title_en, words_in_notes}, in the
    reader's language where its title is published in it: 'code title' for ISTAT's Italian title, 'NACE code
    title' for NACE Rev. 2.1's English one; else the title its classification publishes. The description's
    words the entry has only in its explanatory notes follow it, so a title that names none of them is not a riddle
    ('33.14.00 Riparazione e manutenzione di apparecchiature elettriche (nelle sue note: parrucchiere)'); those
    of NACE Rev. 2.1's English notes, when the entry was found through them and is shown under ISTAT's Italian
    title, as NACE's ('(nelle note NACE: solar)')."""
    title = localised({"it": a.get("title_it"), "en": a.get("title_en")}, lang)
    if title is not None and title != a.get("title_en"):
        shown = f"{a['code']} {title}"
    elif title is not None:
        shown = phrase("label.match.nace_entry", lang, code=a["code"], title=title)
    elif a.get("classification") == "NACE Rev. 2.1":
        shown = phrase("label.match.nace_entry", lang, code=a["code"], title=a["title"])
    else:
        shown = f"{a['code']} {a['title']}"
    notes = a.get("words_in_notes") or []
    if not notes:
        return shown
    # found through NACE's English text but shown under ISTAT's title: its notes are NACE's, say so
    nace = a.get("classification") == "NACE Rev. 2.1" and title is not None and title != a.get("title_en")
    return (
        shown
        + " "
        + phrase("label.match.in_nace_notes" if nace else "label.match.in_notes", lang, words=", ".join(notes))
    )


def why(r: dict, lang: str = "en") -> str:
    """A cluster's words that matched, then at most two entries (code and title as published: entry()) that
    led to it; when neither tells (a cluster the naive Bayes model ranks from all its texts, no one word or
    entry of them telling), a phrase saying so rather than an empty cell."""
    parts = [", ".join(r["matched"])] if r["matched"] else []
    said = "; ".join(parts + [entry(a, lang) for a in r["ateco"][:2]])
    return said or phrase("label.match.as_a_whole", lang)  # ranked by the model of all its texts alone


@contextlib.contextmanager
def preparing(lang: str) -> Iterator[None]:
    """While the classification's tables are made (the first `ctl match` on a dataset: a few seconds), a
    spinner and a line saying so, when the process's own stderr (sys.__stderr__) is a terminal; gone when
    done. Drawn with a Console of its own, as ctl site's bar is: ctl's sys.stderr makes escape codes inert."""
    terminal = sys.__stderr__
    if terminal is None or not terminal.isatty():
        yield
        return
    from rich.console import Console

    with Console(file=terminal).status(phrase("msg.match.preparing", lang)):
        yield


def pending_note(ids: Sequence[str], lang: str) -> str:
    """What `ctl match` says when clusters pending recognition, left out of the ranking, would fit too."""
    return phrase("msg.match.pending", lang, ids=", ".join(ids))


def show(fmt: str, records: Sequence[dict], lang: str) -> None:
    """Print match records (query/match_record.match_record), best first, in format `fmt`."""
    rows = [[r["rank"], r["id"], r["score"], " ".join(r["matched"]), " ".join(a["code"] for a in r["ateco"]),
             " ".join(m["id"] for m in r["members"]), str(r["weak_fit"]).lower()] for r in records]  # fmt: skip

    def blocks() -> list:
        from .terminal import Table

        keys = ("number", "id", "theme", "score", "matched", "close_members")
        headers = [phrase(f"label.col.{k}", lang) for k in keys]
        body = [
            [
                r["rank"],
                cluster_id(r["id"], r["status"], lang),
                localised(r["theme"], lang),
                f"{r['score']:.0f}",
                why(r, lang),
                "; ".join(m["name"] for m in r["members"]),
            ]  # fmt: skip
            for r in records
        ]
        kinds = ["number", "id", "text", "number", "text", "text"]
        styles = ["dim", "bold cyan", "", "bold", "", ""]
        if not any(row[-1] for row in body):  # no close member anywhere: no empty column to take the room
            headers, body, styles, kinds = headers[:-1], [row[:-1] for row in body], styles[:-1], kinds[:-1]
        return [Table(headers, body, styles, kinds)]

    emit(fmt, list(records), (CSV_HEADERS, rows), blocks)
