"""Small pieces of text that several pages share: a text in the reader's language, a published
member count, a cluster id with its status, words of the catalogue with a fallback, source marks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..phrases import LANGS, has, phrase


def localised(value: dict | None, lang: str) -> str | None:
    """A {"it": ..., "en": ...} text in `lang`, else in the other language; None if neither."""
    if not value:
        return None
    return next((value[x] for x in (lang, *LANGS) if value.get(x)), None)


def prose(value: dict | None, lang: str) -> str | None:
    """Our own words ({"it": ..., "en": ...}) in `lang`; when only the other language has them, that
    text marked as such ("… [English only]"); None if neither."""
    if not value:
        return None
    if value.get(lang):
        return value[lang]
    other = other_lang(lang)
    return phrase(f"msg.only_in.{other}", lang, text=value[other]) if value.get(other) else None


def both(value: dict | None) -> tuple[str | None, ...]:
    """A {"it": ..., "en": ...} text as one value per language, in LANGS order (for CSV columns)."""
    return tuple((value or {}).get(x) for x in LANGS)


def other_lang(lang: str) -> str:
    """The language that is not `lang`."""
    return next(x for x in LANGS if x != lang)


def word(prefix: str, key: str, lang: str) -> str:
    """The catalogue's `prefix.key` in `lang` ("label.field", "managing_body" -> "Managing body"),
    or the key itself with spaces for underscores when the catalogue has no such entry."""
    return phrase(f"{prefix}.{key}", lang) if has(f"{prefix}.{key}") else key.replace("_", " ")


def published_total(mc: dict | None, lang: str) -> str:
    """'about 150', 'over 70', '110': a member_count record's value with its qualifier; for no
    record (no published total) the one phrase that says so, msg.total.unknown ('unknown')."""
    if mc is None:
        return phrase("msg.total.unknown", lang)
    return phrase(f"msg.total.{mc['qualifier']}", lang, value=mc["value"])


def grouped(n: int, lang: str) -> str:
    """A whole number with its thousands grouped as `lang` writes them: 1.000.000 (it), 1,000,000 (en)."""
    return f"{n:,}".replace(",", phrase("label.number.thousands", lang))


def count_csv(mc: dict | None) -> tuple:
    """(member_count, member_count_qualifier, member_count_as_of) CSV cells of a member_count
    record; with no published total: (None, "unknown", None)."""
    return (mc["value"], mc["qualifier"], mc["as_of"]) if mc else (None, "unknown", None)


def count_text(summary: dict, lang: str) -> str:
    """'52 / 110', '7 / unknown': members listed in the dataset against the published total (a
    cluster summary)."""
    total = published_total(summary["member_count"], lang)
    return phrase("msg.count.cell", lang, listed=summary["members_listed"], total=total)


def breakdown_text(counts: Mapping[str, int], lang: str) -> str:
    """'companies 40, universities 5': a member breakdown's counts in `lang`."""
    return ", ".join(f"{word('label.breakdown', k, lang)} {n}" for k, n in counts.items())


def ref_marks(ids: Sequence[str], numbers: dict[str, int]) -> str:
    """'[1][4]': the numbers of the given source ids, as `ctl show` and `ctl sources` number them."""
    return "".join(f"[{numbers[i]}]" for i in ids if i in numbers)


def type_labels(member_types: list[dict], lang: str) -> dict[str, str]:
    """Member type id -> its label in `lang` ({"id", "label": {it, en}} records, as the index stores)."""
    return {t["id"]: localised(t["label"], lang) or t["id"] for t in member_types}


def standing(record: Mapping, lang: str) -> str | None:
    """What an organisation (a search hit or a member record, with `status` {value, since} and `successor`
    {id, name}: records.standing.standing) is now, when it is not as it was: 'merged since 2016-01, now
    Leonardo', 'dissolved'; None for one that is active or has no status."""
    s = record.get("status")
    if not s:
        return None
    text = phrase(f"label.org_status.{s['value']}", lang)
    if s.get("since"):
        text += " " + phrase("label.since", lang, date=s["since"])
    if record.get("successor"):
        text = phrase("msg.org.standing.now", lang, status=text, successor=record["successor"]["name"])
    return text


def cluster_id(cid: str, status: str, lang: str) -> str:
    """'energy' for a recognised cluster, 'cosmetics (pending recognition)' otherwise."""
    return cid if status == "recognised" else phrase("msg.cluster.pending", lang, id=cid)
