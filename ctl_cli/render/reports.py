"""Pages of the table format for `ctl org`, `ctl compare` and `ctl stats` (drawn by draw.py).

They only lay out the records of views.py: no filtering, no lookups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .labels import label
from .render import localised, published_total

BAR = 30  # the widest bar, in characters


def bar(value: int, top: int, width: int = BAR) -> str:
    """A bar of block characters, `width` long for `top`."""
    if top <= 0 or value <= 0:
        return ""
    return "█" * max(1, round(width * value / top))


def org_page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .draw import Bullets, Facts, Line, Table

    def blocks() -> list:
        numbers = {s["id"]: i for i, s in enumerate(r["sources"], 1)}
        unknown = label("unknown", lang)
        kind = type_labels.get(r["type"], r["type"])
        if r["type_source"]:
            kind += f" [{numbers[r['type_source']]}]"
        facts = [
            (label("name", lang), r["name"]),
            ("id", r["id"]),
            (label("type", lang), kind),
            (label("city", lang), r["city"] or unknown),
            (label("province", lang), r["province"] or unknown),
        ]
        if r["former_names"]:
            facts.append((label("aliases", lang), ", ".join(r["former_names"])))
        if r["note"]:
            facts.append((label("note", lang), r["note"]))
        rows = [
            [
                c["id"] + ("" if c["status"] == "recognised" else f" ({label('pending', lang)})"),
                label(c["basis"], lang),
                f"[{numbers[c['source']]}]",
                c["note"] or "",
            ]
            for c in r["clusters"]
        ]
        headers = [label(k, lang) for k in ("clusters", "basis", "source", "note")]
        out: list = [Facts(facts), Line(), Table(headers, rows, ["bold cyan", "", "dim", ""]), Line()]
        sources = [f"[{numbers[s['id']]}] {s['publisher']}, {s['date'] or 'n.d.'}: {s['url']}" for s in r["sources"]]
        out.append(Bullets(sources, label("sources", lang)))
        return out

    return blocks


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


def compare_page(r: dict, lang: str) -> Callable[[], list]:
    from .draw import Line, Table

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


def stats_page(r: dict, type_labels: dict[str, str], lang: str) -> Callable[[], list]:
    from .draw import Line, Table

    def blocks() -> list:
        clusters = r["clusters"]
        types = [t for t in type_labels if any(c["by_type"].get(t) for c in clusters)]
        top = max([c["members_listed"] for c in clusters] + [1])
        rows = []
        for c in clusters:
            mc = c["member_count"]
            rows.append(
                [
                    c["id"],
                    *(str(c["by_type"].get(t, 0) or "·") for t in types),
                    c["members_listed"],
                    published_total(mc, lang) if mc else "?",
                    bar(c["members_listed"], top),
                ]
            )
        short = {t: type_labels[t].split(" (")[0] for t in types}  # "Other (type not stated...)" -> "Other"
        headers = ["", *(short[t] for t in types), label("members_listed", lang), label("member_count", lang), ""]
        title = "Membri elencati, per tipo" if lang == "it" else "Members listed, by type"
        out: list = [Line(title, "bold underline"), Table(headers, rows, ["bold cyan"] + [""] * (len(headers) - 1))]
        prov = r["by_province"]
        top_p = max([p["organisations"] for p in prov] + [1])
        prov_rows = [[p["province"] or "?", p["organisations"], bar(p["organisations"], top_p)] for p in prov]
        title = "Organizzazioni per provincia" if lang == "it" else "Organisations by province"
        out += [Line(), Line(title, "bold underline"), Table([label("province", lang), "", ""], prov_rows)]
        several = r["in_several_clusters"]
        title = "In più cluster" if lang == "it" else "In several clusters"
        out += [Line(), Line(f"{title}: {len(several)}", "bold underline")]
        rows = [[o["name"], len(o["clusters"]), ", ".join(o["clusters"])] for o in several]
        out.append(Table([label("name", lang), "#", label("clusters", lang)], rows, ["bold", "", "cyan"]))
        note = (
            "Gli elenchi sono parziali: ? = totale non pubblicato."
            if lang == "it"
            else "Lists are partial: ? = no published total."
        )
        out.append(Line(note, "dim"))
        return out

    return blocks
