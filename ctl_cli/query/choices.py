"""Option values taken the way people type them: a choice by its id or by either label, in any case,
with or without accents, dashes or spaces (`--type Start-up`, `--type università`, `--format JSON`);
an Italian province by its code or its name (`--province mi`, `--province Varese`).

Pure functions: what is not a valid value raises UsageError (exit 2), with the valid values and a
"did you mean" when one is close.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..errors import UsageError
from ..text import compact

MAX_COMPARED = 40  # a typed value longer than this is compared by its first 40 characters only
CLOSE = 0.75  # how alike (difflib's ratio) a value and a name must be to be suggested


def names_of(records: Iterable[Mapping], headers: str = "") -> dict[str, list[str]]:
    """id -> the names it may be given by, from records {"id", "label": {"it", "en"}} (the member
    types as the index stores them): the id, each label and its part before a parenthesis ("Other
    (type not stated...)" -> "Other"), and the catalogue's `headers`.<id> in each language, if any
    ("label.col.type" -> "Start-ups", "Università")."""
    from ..phrases import LANGS, has, phrase

    out: dict[str, list[str]] = {}
    for r in records:
        labels = [v for v in (r.get("label") or {}).values() if v]
        known = [r["id"], *labels, *(v.split(" (")[0] for v in labels)]
        if headers and has(f"{headers}.{r['id']}"):
            known += [phrase(f"{headers}.{r['id']}", x) for x in LANGS]
        out[r["id"]] = list(dict.fromkeys(known))
    return out


def resolve(
    option: str,
    value: str,
    names: Mapping[str, Sequence[str]],
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The id whose names (`names`: id -> names, e.g. names_of) include `value`, folded (case,
    accents, punctuation and spaces ignored). Raises UsageError(option, value, the ids, suggestions,
    labels: {id: {language: label}} to show beside the ids)."""
    wanted = compact(value[:200])
    for cid, known in names.items():
        if any(compact(n) == wanted for n in known):
            return cid
    raise UsageError(option, value, list(names), suggest(value, names), labels=labels)


def resolve_all(
    option: str,
    values: Iterable[str],
    names: Mapping[str, Sequence[str]],
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> list[str]:
    """resolve() of each value, without repeats, in order."""
    return list(dict.fromkeys(resolve(option, v, names, labels) for v in values))


def suggest(value: str, names: Mapping[str, Sequence[str]], limit: int = 1) -> list[str]:
    """The ids (at most `limit`) with a name close to `value`: a few typos away, or starting with
    it (three letters or more), most alike first; of two as alike, the one with a name starting with it
    (`members`: memberships, not member_types). Compares at most MAX_COMPARED characters, so the work does
    not grow with the length of what was typed."""
    import difflib

    wanted = compact(value[: MAX_COMPARED * 4])[:MAX_COMPARED]
    if not wanted:
        return []
    scored: dict[str, tuple[float, bool]] = {}
    for cid, known in names.items():
        for name in known:
            key = compact(name)[:MAX_COMPARED]
            ratio = difflib.SequenceMatcher(None, wanted, key).ratio()
            begins = len(wanted) >= 3 and key.startswith(wanted)
            if begins:
                ratio = max(ratio, CLOSE)
            if ratio >= CLOSE:
                scored[cid] = max(scored.get(cid, (0.0, False)), (ratio, begins))
    return [cid for cid, _ in sorted(scored.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))][:limit]


MIN_PROVINCE_PREFIX = 3  # letters of a province's name that may stand for it (`mon` -> MB, `va` is not)


def province(value: str) -> str:
    """The code of the Italian province that `value` names: its code in any case (`mi`), its name
    or another name of it, folded (`Varese`, `monza e brianza`), or the beginning of a name
    (MIN_PROVINCE_PREFIX letters or more) that only one province's names have (`monza` -> MB;
    `reggio` is Calabria or Emilia: not resolved), from dataset.provinces. Raises
    UsageError("--province", value, no list, suggestions, a hint) for anything else."""
    from ..dataset.provinces import NAMES

    try:
        return resolve("--province", value, NAMES)
    except UsageError as e:
        wanted = compact(value[:200])
        begun = (
            {code for code, names in NAMES.items() if any(compact(n).startswith(wanted) for n in names[1:])}
            if len(wanted) >= MIN_PROVINCE_PREFIX
            else set()
        )
        if len(begun) == 1:
            return begun.pop()
        close = [f"{code} ({NAMES[code][1]})" for code in sorted(begun) or e.suggestions]
        raise UsageError("--province", value, [], close, "msg.usage.province.hint") from None


def province_name(code: str) -> str:
    """The name of the Italian province whose code is `code` ('BR' -> 'Brindisi'), from dataset.provinces;
    KeyError for a code that is no province's."""
    from ..dataset.provinces import NAMES

    return NAMES[code][1]


def nuts3(value: str) -> str:
    """The NUTS-3 code that `value` is, in any case ('itc4c' -> 'ITC4C'), from ISTAT's list
    (dataset/comuni.py). Raises UsageError("--nuts", value, no list, close codes, a hint) for anything else."""
    from ..dataset.comuni import nuts3_codes

    codes = nuts3_codes()
    try:
        return resolve("--nuts", value, {c: [c] for c in sorted(codes)})  # sorted: the same suggestion every run
    except UsageError as e:
        raise UsageError("--nuts", value, [], e.suggestions, "msg.usage.nuts.hint") from None


def basis_labels() -> dict[str, dict[str, str]]:
    """Membership basis id -> {language: its label} (label.basis.*): what an invalid --basis lists beside
    each id."""
    from ..dataset.schema import BASES
    from ..phrases import LANGS, phrase

    return {b: {x: phrase(f"label.basis.{b}", x) for x in LANGS} for b in BASES}


def basis_names() -> dict[str, list[str]]:
    """Membership basis id -> its names: the id and its label in each language (label.basis.*)."""
    from ..dataset.schema import BASES
    from ..phrases import LANGS, phrase

    return {b: [b, *(phrase(f"label.basis.{b}", x) for x in LANGS)] for b in BASES}
