"""The typed model (model.py) made from a document the walker checked and found valid.

Generic: the record `name` becomes MODELS[name], constructed with the checked fields the class
declares (a field only the raw data keeps is left out); the few fields whose model shape differs
from the checked value go through CONVERT, by kind. A record without a model class (contacts)
becomes (key, value) pairs in the order schema.RECORDS declares.

Two ways in, one way of making the objects: dataset() takes the document the walker checked
(validate.build); from_valid() takes plain data that already passed validation (what the index
stores) and gives it the checked form without checking it again (see SHAPE), for a warm run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from typing import Any

from .model import (
    Alias,
    AtecoRow,
    Call,
    Cluster,
    Dataset,
    DatasetInfo,
    EuProject,
    FormerName,
    Identifier,
    ManagingBody,
    MemberBreakdown,
    MemberCount,
    Membership,
    MemberType,
    NationalCluster,
    Organisation,
    OrgLink,
    OrgStatus,
    Person,
    Source,
    Text,
)
from .schema import IDENTIFIERS, INNER, RECORDS, F

MODELS: dict[str, type] = {
    "dataset": DatasetInfo,
    "member_type": MemberType,
    "source": Source,
    "national_cluster": NationalCluster,
    "organisation": Organisation,
    "alias": Alias,
    "cluster": Cluster,
    "managing_body": ManagingBody,
    "person": Person,
    "member_count": MemberCount,
    "member_breakdown": MemberBreakdown,
    "membership": Membership,
    "ateco_row": AtecoRow,
    "call": Call,
    "former_name": FormerName,
    "org_status": OrgStatus,
    "org_link": OrgLink,
    "eu_project": EuProject,
    **{key: Identifier for key in IDENTIFIERS},
}

# kind -> convert(maker, F) -> a function: checked value -> the model's value. Other kinds are kept as checked.
CONVERT: dict[str, Callable[[Any, Any], Callable[[Any], Any]]] = {
    "text": lambda m, f: lambda v: Text(v.get("it"), v.get("en")),
    "prose": lambda m, f: lambda v: Text(v.get("it"), v.get("en")),
    "prose_list": lambda m, f: lambda v: tuple(Text(t.get("it"), t.get("en")) for t in v),
    "record": lambda m, f: m.maker(f.of),
    "list": lambda m, f: m.list_maker(f.of),
    "words": lambda m, f: m.maker("words"),  # (language, words) pairs, it before en
    "counts": lambda m, f: lambda v: tuple(v.items()),  # (name, count) pairs as written
    "field_sources": lambda m, f: lambda v: tuple(v.items()),  # (field, source ids) pairs as written
    "former_names": lambda m, f: m.list_maker("former_name"),
}


# kind -> shape(checked, F) -> a function: valid plain value -> what the walker's checker of that
# kind returns for it (walk.py, containers.py). Other kinds are kept as written.
SHAPE: dict[str, Callable[[Any, F], Callable[[Any], Any]]] = {
    "record": lambda c, f: lambda v: c.record(v, f.of),
    "list": lambda c, f: lambda v: [c.record(x, f.of) for x in v],
    "text": lambda c, f: lambda v: c.record(v, "text"),
    "words": lambda c, f: lambda v: c.record(v, "words"),
    "field_sources": lambda c, f: lambda v: c.record(v, "field_sources"),
    "prose": lambda c, f: c.prose,
    "prose_list": lambda c, f: lambda v: [c.prose(x) for x in v],
    "strings": lambda c, f: tuple,
    "sources": lambda c, f: tuple,
    "counts": lambda c, f: lambda v: {name: n for name, n in v.items() if n is not None},
    "former_names": lambda c, f: lambda v: [{"name": x} if type(x) is str else c.record(x, "former_name") for x in v],
}


def dataset(doc: dict, records: dict[str, dict[str, F]]) -> Dataset:
    """The Dataset of a checked, valid document (walk.Checker.document); records: every record's
    declared fields, {**schema.RECORDS, **schema.INNER} (as the walker compiled them)."""
    m = _Maker(records)
    top = records["document"]

    def every(key: str) -> tuple:
        return m.list_maker(top[key].of)(doc.get(key) or ())

    return Dataset(
        info=m.maker("dataset")(doc["dataset"]),
        clusters=every("clusters"),
        organisations={},
        member_types=every("member_types"),
        national_clusters=every("national_clusters"),
        sources={s.id: s for s in every("sources")},
        calls=every("calls"),
    ).later(organisations=lambda: {o.id: o for o in every("organisations")})  # made when first asked for


def from_valid(value: dict, name: str) -> Dataset:
    """The Dataset of plain data (parsed YAML or JSON) that already passed validation, as the
    index stores it: given the form the walker would have checked it into (a null field left out,
    a list of strings a tuple, a plain-string prose {"en": ...}) and then made as dataset() makes
    it, without checking anything again. Its .path is `name`, its .raw `value`, its .warnings ()."""
    records = {**RECORDS, **INNER}
    ds = dataset(_Checked(records).record(value, "document"), records)
    ds.path = name
    ds.raw = value
    return ds


class _Checked:
    """Plain valid data -> its checked form, record by record (SHAPE, by kind)."""

    def __init__(self, records: dict[str, dict[str, F]]):
        self.records = records
        self.shapes: dict[str, dict[str, Callable[[Any], Any] | None]] = {}

    def record(self, d: dict, name: str) -> dict:
        """The checked form of the valid mapping `d` of the record `name`."""
        shapes = self.shapes.get(name)
        if shapes is None:
            shapes = self.shapes[name] = {
                key: SHAPE[f.kind](self, f) if f.kind in SHAPE else None for key, f in self.records[name].items()
            }
        out = {}
        for key, v in d.items():
            if v is not None:
                shape = shapes[key]
                out[key] = v if shape is None else shape(v)
        return out

    def prose(self, v: Any) -> dict:
        """A prose value: {it, en} checked as a text, or a plain string read as English."""
        return {"en": v} if type(v) is str else self.record(v, "text")


class _Maker:
    """Makes, once per record name, the function that turns its checked mappings into model objects."""

    def __init__(self, records: dict[str, dict[str, F]]):
        self.records = records
        self.makers: dict[str, Callable[[dict], Any]] = {}

    def direct(self, name: str) -> type | None:
        """The model class of `name` if a checked mapping is its keyword arguments as they are."""
        cls = MODELS.get(name)
        spec = self.records[name]
        if cls is None or not {f.name for f in fields(cls)}.issuperset(spec):
            return None
        return None if any(f.kind in CONVERT for f in spec.values()) else cls

    def settable(self, name: str, cls: type) -> bool:
        """True if a checked mapping of `name` may become a `cls` by setting its fields directly:
        what cls(**d) makes, without the frozen dataclass __init__, which sets each field through
        object.__setattr__ (3 times slower: 0.1 s for the 37,000 organisations and memberships of
        the 100x benchmark). So only when every field the walker may leave out has a plain default
        (a class attribute) and there is no __post_init__."""
        required = {key for key, f in self.records[name].items() if f.required}
        return not hasattr(cls, "__post_init__") and all(
            f.name in required or (f.default is not MISSING and f.default_factory is MISSING) for f in fields(cls)
        )

    def maker(self, name: str) -> Callable[[dict], Any]:
        """checked mapping of the record `name` -> its model object."""
        if name not in self.makers:
            self.makers[name] = self._compile(name)
        return self.makers[name]

    def list_maker(self, name: str) -> Callable[[list], tuple]:
        """list of checked mappings of the record `name` -> tuple of model objects."""
        cls = self.direct(name)
        if cls is not None and self.settable(name, cls):
            new = object.__new__

            def make_all(items: list) -> tuple:
                out = []
                for d in items:
                    obj = new(cls)
                    obj.__dict__.update(d)
                    out.append(obj)
                return tuple(out)

            return make_all
        if cls is not None:
            return lambda items: tuple([cls(**d) for d in items])
        make = self.maker(name)
        return lambda items: tuple([make(d) for d in items])

    def _compile(self, name: str) -> Callable[[dict], Any]:
        spec = self.records[name]
        cls = MODELS.get(name)
        if cls is None:
            order = [(key, CONVERT[f.kind](self, f) if f.kind in CONVERT else None) for key, f in spec.items()]
            return lambda d: tuple((key, conv(d[key]) if conv else d[key]) for key, conv in order if key in d)
        direct = self.direct(name)
        if direct is not None:
            return lambda d: direct(**d)
        declared = frozenset(f.name for f in fields(cls))
        convert = [(key, CONVERT[f.kind](self, f)) for key, f in spec.items() if f.kind in CONVERT and key in declared]
        settable, new = self.settable(name, cls), object.__new__

        def make(d: dict) -> Any:
            kw = {key: v for key, v in d.items() if key in declared}
            for key, conv in convert:
                if key in kw:
                    kw[key] = conv(kw[key])
            if settable:  # what cls(**kw) makes, without the frozen __init__ (see settable)
                obj = new(cls)
                obj.__dict__.update(kw)
                return obj
            return cls(**kw)

        return make
