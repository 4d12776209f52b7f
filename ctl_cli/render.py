"""Renderers: turn records (views.py) into text. They never filter or look anything up
beyond what they are given; every data string goes through text.safe().
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .labels import label
from .text import UNSAFE_PATTERN, safe

FORMATS = ("table", "json", "csv", "yaml", "markdown")

Row = Sequence[Any]


# --------------------------------------------------------------------------- plain formats


def to_json(record: Any) -> str:
    """JSON with the data unchanged: json escapes C0 controls itself; C1 controls and bidi marks,
    which it would write raw, become \\uXXXX escapes too, so the output still parses to the same values."""
    text = json.dumps(record, ensure_ascii=False, indent=2)
    return _UNSAFE_ANY.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


_UNSAFE_ANY = re.compile(UNSAFE_PATTERN)


def to_yaml(record: Any) -> str:
    """YAML that parses back to the same values, with no anchors, and no control or bidi
    character written raw: a string that has one is double-quoted with the character escaped."""
    import yaml

    if not _has_unsafe(record):

        class Fast(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
            def ignore_aliases(self, data):
                return True

        return yaml.dump(record, Dumper=Fast, allow_unicode=True, sort_keys=False, width=100)
    return yaml.dump(record, Dumper=_escaping_dumper(), allow_unicode=True, sort_keys=False, width=100)


def _has_unsafe(value: Any) -> bool:
    if isinstance(value, str):
        return _UNSAFE_ANY.search(value) is not None
    if isinstance(value, dict):
        return any(_has_unsafe(k) or _has_unsafe(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_unsafe(v) for v in value)
    return False


def _escaping_dumper():
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

        def choose_scalar_style(self):
            if self.event.value and _UNSAFE_ANY.search(self.event.value):
                return '"'
            return super().choose_scalar_style()

        def write_double_quoted(self, text, split=True):
            if not _UNSAFE_ANY.search(text):
                return super().write_double_quoted(text, split)
            saved, self.allow_unicode = self.allow_unicode, False  # escape every non-ASCII character
            try:
                return super().write_double_quoted(text, split)
            finally:
                self.allow_unicode = saved

    return Dumper


def to_csv(headers: Sequence[str], rows: Sequence[Row]) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else safe(str(v)) for v in row])
    return buf.getvalue()


def _md_cell(value: Any) -> str:
    text = "" if value is None else safe(str(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown_table(headers: Sequence[str], rows: Sequence[Row]) -> str:
    lines = ["| " + " | ".join(_md_cell(h) for h in headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def emit(
    fmt: str,
    record: Any,
    table: tuple[Sequence[str], Sequence[Row]],
    rich: Callable[[Any], None],
    markdown: Callable[[], str] | None = None,
) -> None:
    """Print one result in the chosen format.

    record: the JSON/YAML record; table: (csv headers, rows) for csv and markdown;
    rich: draws the table view on a console; markdown: a richer markdown document, if any.
    """
    if fmt == "json":
        write(to_json(record))
    elif fmt == "yaml":
        write(to_yaml(record))
    elif fmt == "csv":
        write(to_csv(*table))
    elif fmt == "markdown":
        write(markdown() if markdown else to_markdown_table(*table))
    else:
        rich(console())


# --------------------------------------------------------------------------- rich


def console(stderr: bool = False):
    """A rich Console; plain text with a wide line when not on a terminal."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # let main() end quietly with 141, not rich's exit 1
            raise BrokenPipeError

    stream = sys.stderr if stderr else sys.stdout
    width = None
    if not stream.isatty() and not os.environ.get("COLUMNS"):
        width = 160
    return _Console(file=stream, width=width, highlight=False, soft_wrap=False, emoji=False, markup=False)


def text(value: Any, style: str = ""):
    from rich.text import Text

    return Text("" if value is None else safe(str(value)), style=style)


def hanging(con, rows: Sequence[tuple[str, str]], style: str = "") -> None:
    """Rows of (lead, text), the text wrapped to the console's width with its continuation lines
    indented under it: a bulleted list, or labels and values. Wrapped here once and printed as
    one block, which is several times cheaper than a rich grid."""
    import textwrap

    from rich.text import Text

    lead_width = max((len(lead) for lead, _ in rows), default=0)
    width = max(20, con.width - lead_width)
    out = Text()
    for lead, value in rows:
        lines = []
        for paragraph in safe(value).split("\n"):
            lines += textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""]
        out.append(safe(lead).ljust(lead_width), style=style)
        out.append(lines[0])
        for line in lines[1:]:
            out.append("\n" + " " * lead_width + line)
        out.append("\n")
    out.rstrip()
    con.print(out, soft_wrap=True)


def bullets(con, items) -> None:
    """A bulleted list whose wrapped lines stay indented."""
    hanging(con, [("  • ", item) for item in items])


def ref_marks(ids: Sequence[str], numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[i]}]" for i in ids if i in numbers)


def cluster_list_table(rows: Sequence[dict], lang: str, footer: str | None) -> Callable[[Any], None]:
    def draw(con) -> None:
        from rich.table import Table

        t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for key in ("id", "acronym", "name", "theme", "members"):
            t.add_column(label(key, lang), overflow="fold")
        t.add_column(label("website", lang), no_wrap=True)
        for r in rows:
            t.add_row(
                text(r["id"], "bold cyan"),
                text(r["acronym"]),
                text(localised(r["name"], lang)),
                text(localised(r["theme"], lang)),
                text(count_text(r, lang)),
                text(r["website"]),
            )
        con.print(t)
        if footer:
            con.print(text(footer, "dim"))

    return draw


def localised(value: dict | None, lang: str) -> str | None:
    if not value:
        return None
    other = "en" if lang == "it" else "it"
    return value.get(lang) or value.get(other)


def published_total(mc: dict, lang: str) -> str:
    """'about 150', 'over 70', '110': a published member count with its qualifier."""
    return f"{label(mc['qualifier'], lang)} {mc['value']}".strip()


def count_text(summary: dict, lang: str) -> str:
    mc = summary["member_count"]
    listed = summary["members_listed"]
    if mc is None:
        return f"{listed} {label('listed', lang)}"
    return f"{listed} / {published_total(mc, lang)}"


def search_table(hits: Sequence[dict], type_labels: dict[str, str], lang: str) -> Callable[[Any], None]:
    def draw(con) -> None:
        from rich.table import Table

        t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for key in ("name", "type", "city", "province", "clusters"):
            t.add_column(label(key, lang), overflow="fold")
        for h in hits:
            clusters = ", ".join(
                c["id"] + ("" if c["status"] == "recognised" else f" ({label('pending', lang)})") for c in h["clusters"]
            )
            t.add_row(
                text(h["name"], "bold"),
                text(type_labels.get(h["type"], h["type"])),
                text(h["city"]),
                text(h["province"]),
                text(clusters, "cyan"),
            )
        con.print(t)

    return draw


def _table(con_lang: str, keys: Sequence[str]):
    from rich.table import Table

    t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for key in keys:
        t.add_column(label(key, con_lang), overflow="fold")
    return t


def uses_text(record: dict, per_cluster: bool) -> str:
    """What a source supports: the facts for one cluster, or the clusters across the dataset."""
    if per_cluster:
        return "; ".join(u["fact"] for u in record["used_for"])
    clusters = dict.fromkeys(u["cluster"] or u["fact"].split(":")[0] for u in record["used_for"])
    return ", ".join(clusters)


def sources_table(records: Sequence[dict], lang: str, per_cluster: bool, footer: str) -> Callable[[Any], None]:
    def draw(con) -> None:
        t = _table(lang, ("#", "date", "source", "supports", "used_for"))
        for r in records:
            title = f"{r['publisher']}: {r['title']}" if r["title"] else r["publisher"]
            t.add_row(
                text(f"[{r['number']}]", "dim"),
                text(r["date"] or "n.d."),
                text(f"{title}\n{r['url']}"),
                text(r["supports"]),
                text(uses_text(r, per_cluster), "cyan"),
            )
        con.print(t)
        con.print(text(footer, "dim"))

    return draw


def national_table(records: Sequence[dict], lang: str) -> Callable[[Any], None]:
    def draw(con) -> None:
        t = _table(lang, ("acronym", "name", "area", "website", "lombard_clusters"))
        for r in records:
            t.add_row(
                text(r["acronym"] or r["id"], "bold cyan"),
                text(r["name"]),
                text(localised(r["area"], lang)),
                text(r["website"] or label("unknown", lang)),
                text(", ".join(c["id"] for c in r["lombard_clusters"]) or "—"),
            )
        con.print(t)

    return draw
