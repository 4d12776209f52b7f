"""The checkers of the container field kinds (lists, records, texts, counts): each
`check(c, value, path, key, f) -> checked value | None`, reporting through the walker `c` (see
kinds.py); nested records go back through the walker."""

from __future__ import annotations

from .scalars import count, got
from .schema import SNAKE_RE


def strings(c, v, path, key, f):
    """A list of non-blank strings, as a tuple; None if any item is not one (each reported)."""
    if type(v) is list:
        for item in v:
            if type(item) is not str or not item or item.isspace():
                break
        else:
            return tuple(v)
    if not isinstance(v, list):
        c.err(path + (key,), "not_strings", got=got(v))
        return None
    ok = True
    for i, item in enumerate(v):
        if not isinstance(item, str) or not item.strip():
            c.err(path + (key, i), "not_string_item", got=got(item))
            ok = False
    return tuple(v) if ok else None


def record(c, v, path, key, f):
    return c.record(v, path + (key,), f.of)


def records(c, v, path, key, f):
    """A list of records `f.of`: the checked mappings of the items that are mappings."""
    if not isinstance(v, list):
        c.err(path + (key,), "not_list", got=got(v))
        c.lost.add(f.of)
        return None
    path += (key,)
    of = f.of
    spec = c.specs[of]
    fields, required, keep = spec.fields, spec.required_set, c.records[of].extend
    out = []
    for i, item in enumerate(v):
        # The common case, tested inline (a list may hold 20,000 records): a mapping whose every
        # field is declared, not null and passes its kind's fast test; then it is its own checked
        # form. Otherwise c.record checks it field by field, and reports.
        if type(item) is dict and item.keys() >= required:
            for k, x in item.items():
                field = fields.get(k)
                if field is None or x is None:
                    break
                try:
                    if not field[0](x):
                        break
                except TypeError:  # a value of another type
                    break
            else:
                keep((path, i, item, item))
                out.append(item)
                continue
        d = c.record(item, path, of, i)
        if d is not None:
            out.append(d)
    return out


def text(c, v, path, key, f):
    t = c.record(v, path + (key,), "text")
    if t is not None and not t and f.required:
        c.err(path + (key,), "needs_text")
        return None
    return t


_LANGS = frozenset(("it", "en"))


def prose_ok(v) -> bool:
    """The common valid case of prose, tested without the walker (20,000 membership notes at 100x):
    a mapping of "it" and/or "en" to non-blank strings. False means: ask prose()."""
    return type(v) is dict and bool(v) and v.keys() <= _LANGS and all(type(x) is str and x.strip() for x in v.values())


def prose(c, v, path, key, f):
    """Our own words: {it, en}, or (a dataset written before texts had two languages) a plain string,
    read as English with a warning."""
    if type(v) is str and v.strip():
        c.warn(path + (key,), "one_language")
        return {"en": v}
    return text(c, v, path, key, f)


def prose_list(c, v, path, key, f):
    """A list of prose, as a list of {it, en} mappings; None if any item is not one (each reported)."""
    if not isinstance(v, list):
        c.err(path + (key,), "not_list", got=got(v))
        return None
    out = [prose(c, item, path + (key,), i, f) for i, item in enumerate(v)]
    return None if any(t is None for t in out) else out


def words(c, v, path, key, f):
    return c.record(v, path + (key,), "words")


def field_sources(c, v, path, key, f):
    return c.record(v, path + (key,), "field_sources")


def counts(c, v, path, key, f):
    """snake_case name -> count, as a mapping in the order written."""
    path += (key,)
    if not isinstance(v, dict):
        c.err(path, "not_mapping", got=got(v))
        return None
    out = {}
    for name, n in v.items():
        if not (isinstance(name, str) and SNAKE_RE.match(name)):
            c.err(path + (name,), "not_category", field=name)
            out = None
        if n is not None:
            n = count(c, n, path, name, f)
            if n is None:
                out = None
            elif out is not None:
                out[name] = n
    return out
