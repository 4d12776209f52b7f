"""The page of `ctl compare`: two clusters field by field, and the members they share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..phrases import LANGS, phrase
from .common import breakdown_text, localised, prose, published_total, word
from .formats import emit


def show(fmt: str, record: dict, type_labels: dict[str, str], lang: str) -> None:
    """Print a comparison record (query/reports.compare_record) in format `fmt`: CSV has one row per
    shared member; `type_labels`: member type id -> its label in `lang`."""
    a, b = record["a"], record["b"]
    headers = ["org_id", "name", "type", f"basis_{a}", f"basis_{b}"]
    rows = [[m["id"], m["name"], m["type"], m["basis_a"], m["basis_b"]] for m in record["shared_members"]]
    emit(fmt, record, (headers, rows), page(record, type_labels, lang))


def _value(v: Any, lang: str) -> str:
    """A field of a cluster record as one line of text."""
    unknown = phrase("label.unknown", lang)
    if v is None or v == [] or v == {}:
        return unknown
    if isinstance(v, dict):
        if set(v) <= set(LANGS):
            text = localised(v, lang)
            return ", ".join(text) if isinstance(text, list) else text or unknown
        if "qualifier" in v:
            total = published_total(v, lang)
            if v.get("as_of"):
                return phrase("msg.value.as_of", lang, value=total, date=v["as_of"])
            return phrase("msg.fresh.undated", lang, value=total)  # as show and stats say it: '140, undated'
        if "counts" in v:
            return breakdown_text(v["counts"], lang)
        return v.get("name") or ", ".join(f"{k}: {x}" for k, x in v.items() if x)
    if isinstance(v, list):
        if v and isinstance(v[0], dict) and "role" in v[0]:
            return "; ".join(f"{word('label.role', p['role'], lang)}: {p['name']}" for p in v)
        if v and isinstance(v[0], dict):  # prose: focus topics...
            return "; ".join(prose(x, lang) or "" for x in v)
        return "; ".join(str(x) for x in v)
    return str(v)


def _field_value(field: str, v: Any, lang: str) -> str:
    """_value, with a cluster's status in words ("recognised" -> "riconosciuto")."""
    if field == "status" and isinstance(v, str):
        return word("label.status", v, lang)
    if field == "member_count" and v is None:
        return published_total(None, lang)
    return _value(v, lang)


def page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .terminal import Line, Table

    def blocks() -> list:
        rows = [
            [
                word("label.field", f["field"], lang),
                _field_value(f["field"], f["a"], lang),
                _field_value(f["field"], f["b"], lang),
            ]
            for f in r["fields"]
        ]
        out: list = [Table(["", r["a"], r["b"]], rows, ["bold", "", ""], prose=True), Line()]
        shared = r["shared_members"]
        head = phrase(
            "msg.compare.shared", lang, n=len(shared), a=r["a"], b=r["b"], only_a=r["only_a"], only_b=r["only_b"]
        )
        out.append(Line(head, "bold underline"))
        if shared:
            headers = [phrase("label.col.name", lang), phrase("label.col.type", lang)]
            headers += [phrase("label.col.basis_of", lang, cluster=r[x]) for x in ("a", "b")]
            rows = [
                [
                    m["name"],
                    type_labels.get(m["type"], m["type"]),
                    word("label.basis", m["basis_a"], lang),
                    word("label.basis", m["basis_b"], lang),
                ]
                for m in shared
            ]
            out.append(Table(headers, rows, ["bold", "", "", ""]))
        return out

    return blocks
