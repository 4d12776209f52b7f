"""The page of `ctl compare`: two clusters field by field, and the members they share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..labels import label
from .common import localised, published_total
from .formats import emit


def show(fmt: str, record: dict, lang: str) -> None:
    """Print a comparison record (query/reports.compare_record) in format `fmt`: CSV has one row per shared member."""
    a, b = record["a"], record["b"]
    headers = ["org_id", "name", "type", f"basis_{a}", f"basis_{b}"]
    rows = [[m["id"], m["name"], m["type"], m["basis_a"], m["basis_b"]] for m in record["shared_members"]]
    emit(fmt, record, (headers, rows), page(record, lang))


def _value(v: Any, lang: str) -> str:
    """A field of a cluster record as one line of text."""
    if v is None or v == [] or v == {}:
        return label("unknown", lang)
    if isinstance(v, dict):
        if set(v) <= {"it", "en"}:
            text = localised(v, lang)
            return ", ".join(text) if isinstance(text, list) else text or label("unknown", lang)
        if "qualifier" in v:
            return published_total(v, lang) + (f" ({label('as_of', lang)} {v['as_of']})" if v.get("as_of") else "")
        if "counts" in v:
            return ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in v["counts"].items())
        return v.get("name") or ", ".join(f"{k}: {x}" for k, x in v.items() if x)
    if isinstance(v, list):
        if v and isinstance(v[0], dict):
            return "; ".join(f"{label(p['role'], lang)}: {p['name']}" for p in v)
        return "; ".join(str(x) for x in v)
    return str(v)


def page(r: dict, lang: str) -> Callable[[], list]:
    from .terminal import Line, Table

    def blocks() -> list:
        rows = [[label(f["field"], lang), _value(f["a"], lang), _value(f["b"], lang)] for f in r["fields"]]
        out: list = [Table(["", r["a"], r["b"]], rows, ["bold", "", ""], wrap=True), Line()]
        shared = r["shared_members"]
        if lang == "it":
            head = f"Membri in comune: {len(shared)} (solo {r['a']}: {r['only_a']}, solo {r['b']}: {r['only_b']})"
        else:
            head = f"Shared members: {len(shared)} (only {r['a']}: {r['only_a']}, only {r['b']}: {r['only_b']})"
        out.append(Line(head, "bold underline"))
        if shared:
            headers = [label("name", lang), label("type", lang), f"{label('basis', lang)} ({r['a']})", r["b"]]
            rows = [[m["name"], m["type"], label(m["basis_a"], lang), label(m["basis_b"], lang)] for m in shared]
            out.append(Table(headers, rows, ["bold", "", "", ""]))
        return out

    return blocks
