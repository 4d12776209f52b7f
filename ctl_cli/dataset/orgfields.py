"""The checkers of the organisation fields of issue 15 (history and identifiers): each
`check(c, value, path, key, f) -> checked value | None`, reporting through the walker `c` (kinds.py).

python-stdnum checks the check digits of a partita IVA and a codice fiscale; it is imported here,
inside the checker, so only a cold run (validation, then the index) ever loads it.
"""

from __future__ import annotations

from .scalars import got, string


def former_names(c, v, path, key, f):
    """A list of earlier names: each a record {name, until?, source?} (schema 'former_name'), or a
    plain string (read as {name}, undated and unsourced). The checked list of mappings, or None."""
    if not isinstance(v, list):
        c.err(path + (key,), "not_list", got=got(v))
        return None
    out, ok = [], True
    for i, item in enumerate(v):
        if isinstance(item, str):
            if item.strip():
                out.append({"name": item})
                continue
            c.err(path + (key, i), "not_string_item", got=got(item))
            ok = False
            continue
        d = c.record(item, path + (key,), "former_name", i)
        if d is None or "name" not in d:
            ok = False
        else:
            out.append(d)
    return out if ok else None


def _digits(module_name: str, code: str):
    def check(c, v, path, key, f):
        v = string(c, v, path, key, f)
        if v is None:
            return None
        import importlib

        module = importlib.import_module(f"stdnum.it.{module_name}")
        if module.is_valid(v):
            return v
        c.err(path + (key,), code, value=v)
        return None

    return check


vat = _digits("iva", "not_vat")
codice_fiscale = _digits("codicefiscale", "not_codice_fiscale")
