"""The page of `ctl stats`: members by type per cluster with bars, by province, in several clusters."""

from __future__ import annotations

from collections.abc import Callable

from ..phrases import has, phrase
from .common import cluster_id, count_csv, published_total
from .formats import emit

BAR = 30  # the widest bar, in characters


def bar(value: int, top: int, width: int = BAR) -> str:
    """A bar of block characters, `width` long for `top`."""
    if top <= 0 or value <= 0:
        return ""
    return "█" * max(1, round(width * value / top))


NBSP = "\u00a0"  # inside a legend entry, so that "EP = Enti pubblici" never breaks across lines


def show(fmt: str, record: dict, type_ids: list[str], type_labels: dict[str, str], lang: str) -> None:
    """Print a statistics record (query/reports.stats_record) in format `fmt`: CSV has one row per
    cluster, a column per member type id (`type_ids`, taxonomy order), then the published total, then a
    column `basis_<basis>` per membership basis (the record's by_basis order)."""
    bases = list(record["clusters"][0]["by_basis"]) if record["clusters"] else []
    headers = [
        "cluster_id", "status", *type_ids, "members_listed",
        "member_count", "member_count_qualifier", "member_count_as_of", *(f"basis_{b}" for b in bases),
    ]  # fmt: skip
    rows = [
        [c["id"], c["status"], *(c["by_type"].get(t, 0) for t in type_ids), c["members_listed"]]
        + list(count_csv(c["member_count"]))
        + [c["by_basis"].get(b, 0) for b in bases]
        for c in record["clusters"]
    ]
    emit(fmt, record, (headers, rows), page(record, type_labels, lang))


def _type_header(type_id: str, type_label: str, lang: str) -> str:
    """A short header for a member type: the catalogue's, else the dataset's label without its
    parenthesis ("Other (type not stated...)" -> "Other")."""
    key = f"label.col.type.{type_id}"
    return phrase(key, lang) if has(key) else type_label.split(" (")[0]


def _abbreviation(type_id: str, header: str, lang: str) -> str:
    """An abbreviation of a member type's header for a narrow table: the catalogue's, else the
    header's first three letters."""
    key = f"label.col.abbr.type.{type_id}"
    return phrase(key, lang) if has(key) else header[:3]


def as_of_line(clusters: list[dict], lang: str) -> str:
    """When each published total was stated: "Published totals, as of: aerospace 2023-11, ...;
    undated: agrifood, energy." (the clusters of a stats record that have a total)."""
    dated = [f"{c['id']} {c['member_count']['as_of']}" for c in clusters if (c["member_count"] or {}).get("as_of")]
    undated = [c["id"] for c in clusters if c["member_count"] and not c["member_count"].get("as_of")]
    parts = [phrase("msg.stats.as_of", lang, dates=", ".join(dated))] if dated else []
    if undated:
        parts.append(phrase("msg.stats.undated", lang, ids=", ".join(undated)))
    return "; ".join(parts) + "."


def event_line(clusters: list[dict], lang: str) -> str | None:
    """How many of each cluster's members listed are known only from an appearance with it at an event
    (basis `event`): "Of the members listed, known only from an event appearance: aerospace 28, ... (ctl
    search ...)"; None when no cluster of the stats record has one."""
    counts = [f"{c['id']} {c['by_basis']['event']}" for c in clusters if c["by_basis"].get("event")]
    return phrase("msg.stats.event", lang, counts=", ".join(counts)) if counts else None


def page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .terminal import Line, Table

    def blocks() -> list:
        clusters = r["clusters"]
        types = [t for t in type_labels if any(c["by_type"].get(t) for c in clusters)]
        top = max([c["members_listed"] for c in clusters] + [1])
        rows = []
        for c in clusters:
            mc = c["member_count"]
            rows.append(
                [
                    cluster_id(c["id"], c["status"], lang),
                    *(str(c["by_type"].get(t, 0) or "·") for t in types),
                    c["members_listed"],
                    published_total(mc, lang),
                    bar(c["members_listed"], top),
                ]
            )
        full = {t: _type_header(t, type_labels[t], lang) for t in types}
        counts = [phrase("label.col.members_listed", lang), phrase("label.col.member_count", lang)]
        headers = ["", *(full[t] for t in types), *counts, ""]
        abbr = {t: _abbreviation(t, full[t], lang) for t in types}
        counts_abbr = [phrase(f"label.col.abbr.{k}", lang) for k in ("members_listed", "member_count")]
        short = ["", *(abbr[t] for t in types), *counts_abbr, ""]
        pairs = [*((abbr[t], full[t]) for t in types), *zip(counts_abbr, counts, strict=True)]
        entries = [f"{a} = {f}".replace(" ", NBSP) for a, f in pairs if a != f]
        legend = phrase("label.legend", lang) + ": " + ", ".join(entries)
        kinds = ["id", *["number"] * (len(headers) - 2), "bar"]
        title = phrase("msg.stats.by_type", lang)
        table = Table(headers, rows, ["bold cyan"] + [""] * (len(headers) - 1), kinds, short, legend)
        out: list = [Line(title, "bold underline"), table, Line(as_of_line(clusters, lang), "dim")]
        event = event_line(clusters, lang)
        if event:
            out.append(Line(event, "dim"))
        prov = r["by_province"]
        top_p = max([p["organisations"] for p in prov] + [1])
        prov_rows = [[p["province"] or "?", p["organisations"], bar(p["organisations"], top_p)] for p in prov]
        title = phrase("msg.stats.by_province", lang)
        out += [
            Line(),
            Line(title, "bold underline"),
            Table([phrase("label.col.province", lang), "", ""], prov_rows, kinds=["id", "number", "bar"]),
        ]
        several = r["in_several_clusters"]
        out += [Line(), Line(phrase("msg.stats.several", lang, n=len(several)), "bold underline")]
        status = {c["id"]: c["status"] for c in r["clusters"]}
        rows = [
            [o["name"], len(o["clusters"]), ", ".join(cluster_id(c, status[c], lang) for c in o["clusters"])]
            for o in several
        ]
        headers = [phrase(f"label.col.{k}", lang) for k in ("name", "number", "clusters")]
        out.append(Table(headers, rows, ["bold", "", "cyan"], ["text", "number", "id"]))
        out.append(Line(phrase("msg.stats.note", lang), "dim"))
        return out

    return blocks
