"""Which organisation of the dataset a registry's row is about: by an identifier first (VAT number or
codice fiscale, PIC, ROR, Wikidata), then by name and municipality, then by name alone; each match says
which it used. A name is compared with case, accents, punctuation and trailing legal forms ignored
(text.org_key), against the organisation's name, aliases and former names. Acronyms are not matched by
name: too many organisations share one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..dataset.model import Dataset, Organisation
from ..text import fold, org_key
from .rows import Row

# How a row was matched, strongest first.
HOW = ("identifier", "name_city", "name")


def tax_number(value: str) -> str:
    """A VAT number or codice fiscale as compared: 'IT 01234567890' -> '01234567890'."""
    v = value.replace(" ", "").upper()
    return v[2:] if v.startswith("IT") and v[2:].isdigit() else v


def id_key(kind: str, value: str) -> tuple[str, str]:
    """The key an identifier is looked up by: VAT and codice fiscale are one (a company's codice fiscale
    is its VAT number, in Italy), ROR ids and Wikidata ids in any case."""
    if kind in ("vat", "codice_fiscale"):
        return ("tax", tax_number(value))
    return (kind, value.strip().lower())


@dataclass(frozen=True)
class Match:
    """The organisation a row is about and how it was found: how is one of HOW; detail the identifier
    field (pic, vat...) for "identifier", else ""."""

    org: Organisation
    how: str
    detail: str = ""


class Matcher:
    """Finds organisations of `ds` for rows. ambiguous: how many rows named more than one organisation
    at the first level that found any (they are left out, never guessed)."""

    def __init__(self, ds: Dataset):
        self.ids: dict[tuple[str, str], list[Organisation]] = defaultdict(list)
        self.names: dict[str, list[Organisation]] = defaultdict(list)
        self.ambiguous = 0
        for org in ds.organisations.values():
            for kind in ("vat", "codice_fiscale", "pic", "ror", "wikidata"):
                ident = getattr(org, kind)
                if ident is not None:
                    _add(self.ids[id_key(kind, ident.value)], org)
            keys = {org_key(org.name)} | {org_key(a.name) for a in org.aliases}
            keys |= {org_key(f.name) for f in org.former_names}
            for key in keys - {""}:
                _add(self.names[key], org)

    def find(self, row: Row) -> Match | None:
        """The organisation `row` is about, or None when none is, or several are at the same level."""
        for kind, value in row.ids.items():
            found = self.ids.get(id_key(kind, value), [])
            if len(found) == 1:
                return Match(found[0], "identifier", kind)
            if len(found) > 1:
                self.ambiguous += 1
                return None
        named: list[Organisation] = []
        for name in (row.name, *row.names):
            for org in self.names.get(org_key(name), []):
                _add(named, org)
        if not named:
            return None
        city = fold(row.city or "")
        same_place = [o for o in named if city and o.city and fold(o.city) == city]
        if len(same_place) == 1:
            return Match(same_place[0], "name_city")
        if len(named) == 1:  # the weakest: --write skips it unless --accept name
            return Match(named[0], "name")
        self.ambiguous += 1
        return None


def _add(items: list[Organisation], org: Organisation) -> None:
    if all(o.id != org.id for o in items):
        items.append(org)
