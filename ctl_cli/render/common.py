"""Small pieces of text that several pages share: a text in the reader's language, a published
member count, source reference marks."""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import label


def localised(value: dict | None, lang: str) -> str | None:
    """A {"it": ..., "en": ...} text in `lang`, else in the other language; None if neither."""
    if not value:
        return None
    other = "en" if lang == "it" else "it"
    return value.get(lang) or value.get(other)


def published_total(mc: dict, lang: str) -> str:
    """'about 150', 'over 70', '110': a member_count record's value with its qualifier."""
    return f"{label(mc['qualifier'], lang)} {mc['value']}".strip()


def count_text(summary: dict, lang: str) -> str:
    """'52 / 110': members listed in the dataset against the published total (a cluster summary)."""
    mc = summary["member_count"]
    listed = summary["members_listed"]
    if mc is None:
        return f"{listed} {label('listed', lang)}"
    return f"{listed} / {published_total(mc, lang)}"


def ref_marks(ids: Sequence[str], numbers: dict[str, int]) -> str:
    """'[1][4]': the numbers of the given source ids, as `ctl show` and `ctl sources` number them."""
    return "".join(f"[{numbers[i]}]" for i in ids if i in numbers)


def type_labels(member_types: list[dict], lang: str) -> dict[str, str]:
    """Member type id -> its label in `lang` ({"id", "label": {it, en}} records, as the index stores)."""
    return {t["id"]: localised(t["label"], lang) or t["id"] for t in member_types}


def pending_mark(status: str, lang: str) -> str:
    """'' for a recognised cluster, ' (pending recognition)' otherwise."""
    return "" if status == "recognised" else f" ({label('pending', lang)})"
