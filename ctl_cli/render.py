"""Renderers: turn records (views.py) into text. They never filter or look anything up
beyond what they are given; every data string goes through text.safe().
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .labels import label
from .text import UNSAFE_PATTERN, safe

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
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        from .errors import PipeClosed

        raise PipeClosed from None


def emit(
    fmt: str,
    record: Any,
    table: tuple[Sequence[str], Sequence[Row]],
    blocks: Callable[[], list],
    markdown: Callable[[], str] | None = None,
) -> None:
    """Print one result in the chosen format.

    record: the JSON/YAML record; table: (csv headers, rows) for csv and markdown;
    blocks: makes the page of the table format (see draw.py); markdown: a richer markdown
    document, if any.
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
        from . import draw

        draw.page(blocks())


# --------------------------------------------------------------------------- the table format


def ref_marks(ids: Sequence[str], numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[i]}]" for i in ids if i in numbers)


def cluster_list_table(rows: Sequence[dict], lang: str, footer: str | None) -> Callable[[], list]:
    from .draw import Line, Table

    def blocks() -> list:
        headers = [label(k, lang) for k in ("id", "acronym", "name", "theme", "members", "website")]
        body = [
            [
                r["id"],
                r["acronym"],
                localised(r["name"], lang),
                localised(r["theme"], lang),
                count_text(r, lang),
                r["website"],
            ]
            for r in rows
        ]
        out: list = [Table(headers, body, ["bold cyan", "", "", "", "", ""])]
        if footer:
            out += [Line(f, "dim") for f in footer.split("\n")]
        return out

    return blocks


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


def search_table(hits: Sequence[dict], type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .draw import Table

    def blocks() -> list:
        headers = [label(k, lang) for k in ("name", "type", "city", "province", "clusters")]
        body = []
        for h in hits:
            clusters = ", ".join(
                c["id"] + ("" if c["status"] == "recognised" else f" ({label('pending', lang)})") for c in h["clusters"]
            )
            body.append([h["name"], type_labels.get(h["type"], h["type"]), h["city"], h["province"], clusters])
        return [Table(headers, body, ["bold", "", "", "", "cyan"])]

    return blocks


def uses_text(record: dict, per_cluster: bool) -> str:
    """What a source supports: the facts for one cluster, or the clusters across the dataset."""
    if per_cluster:
        return "; ".join(u["fact"] for u in record["used_for"])
    clusters = dict.fromkeys(u["cluster"] or u["fact"].split(":")[0] for u in record["used_for"])
    return ", ".join(clusters)


def sources_table(records: Sequence[dict], lang: str, per_cluster: bool, footer: str) -> Callable[[], list]:
    from .draw import Line, Table

    def blocks() -> list:
        headers = [label(k, lang) for k in ("#", "date", "source", "supports", "used_for")]
        body = []
        for r in records:
            title = f"{r['publisher']}: {r['title']}" if r["title"] else r["publisher"]
            used = uses_text(r, per_cluster)
            body.append([f"[{r['number']}]", r["date"] or "n.d.", f"{title}\n{r['url']}", r["supports"], used])
        return [Table(headers, body, ["dim", "", "", "", "cyan"]), Line(footer, "dim")]

    return blocks


def national_table(records: Sequence[dict], lang: str) -> Callable[[], list]:
    from .draw import Table

    def blocks() -> list:
        headers = [label(k, lang) for k in ("acronym", "name", "area", "website", "lombard_clusters")]
        body = [
            [
                r["acronym"] or r["id"],
                r["name"],
                localised(r["area"], lang),
                r["website"] or label("unknown", lang),
                ", ".join(c["id"] for c in r["lombard_clusters"]) or "—",
            ]
            for r in records
        ]
        return [Table(headers, body, ["bold cyan", "", "", "", ""])]

    return blocks


def match_table(records: Sequence[dict], lang: str) -> Callable[[], list]:
    from .draw import Table

    def blocks() -> list:
        headers = [label(k, lang) for k in ("#", "id", "theme", "score", "matched", "close_members")]
        body = [
            [
                r["rank"],
                r["id"] + ("" if r["status"] == "recognised" else f" ({label('pending', lang)})"),
                localised(r["theme"], lang),
                f"{r['score']:.0f}",
                ", ".join(r["matched"]),
                "; ".join(m["name"] for m in r["members"]),
            ]
            for r in records
        ]
        return [Table(headers, body, ["dim", "bold cyan", "", "bold", "", ""])]

    return blocks
