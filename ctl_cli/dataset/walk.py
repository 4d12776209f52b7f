"""The walker of validation: checks plain data record by record against the compiled schema
(kinds.compile_specs) and reports each problem with its position and a catalogue key."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

from ..errors import Problem
from .kinds import Spec, compile_specs
from .scalars import got


def where(marks: dict, path: tuple) -> tuple[int | None, int | None]:
    """The (line, column) of path in marks, or of its nearest ancestor that has one; (None, None) if none has."""
    while True:
        if path in marks:
            return marks[path]
        if not path:
            return None, None
        path = path[:-1]


class Checker:
    """The walker: checks records against the compiled schema and keeps, for the rules, every
    record it checked, by record name (see each)."""

    def __init__(self, name: str, marks: dict):
        self.name = name
        self.marks = marks
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # not errors: the dataset loads, `ctl validate` shows them
        self.today = _dt.date.today()
        self.specs = compile_specs()
        # Flat, four items a record (no object per record for the garbage collector to chase):
        # base path, list index or None, raw mapping, checked mapping.
        self.records: dict[str, list] = {n: [] for n in self.specs}
        # Record names of which some record was lost (not a mapping, or its list missing or not a
        # list): references to that kind cannot be judged (rules.known_ids).
        self.lost: set[str] = set()
        self.memo: dict[str, Any] = {}  # what several rules need, made once by the first (org_rules._orgs)

    def each(self, name: str) -> Iterator[tuple[tuple, int | None, dict, dict]]:
        """(base, index, raw mapping, checked mapping) of every record `name` checked, in file order;
        its path is path(base, index)."""
        it = iter(self.records[name])
        return zip(it, it, it, it, strict=True)

    @staticmethod
    def path(base: tuple, index: int | None) -> tuple:
        """The path of a record from each(): base, or the list item base[index]."""
        return base if index is None else base + (index,)

    def err(self, path: tuple, code: str, **values: Any) -> None:
        """Report the problem `code` (the catalogue key check.CODE, phrases/validation.py) at path."""
        line, col = where(self.marks, path)
        label = ".".join(str(p) for p in path)
        self.problems.append(Problem(self.name, line, col, f"check.{code}", values, label))

    def warn(self, path: tuple, code: str, **values: Any) -> None:
        """Note something worth fixing that does not stop the dataset loading (catalogue key check.CODE)."""
        line, col = where(self.marks, path)
        self.warnings.append(Problem(self.name, line, col, f"check.{code}", values, ".".join(map(str, path))))

    def line(self, path: tuple) -> int | None:
        """The line path is on, if known."""
        return where(self.marks, path)[0]

    def document(self, root: Any) -> dict | None:
        """The checked top-level mapping, or None when there is nothing to check further."""
        if root is None:
            self.err((), "empty_file")
            return None
        doc = self.record(root, (), "document")
        return doc if doc else None

    def record(self, value: Any, base: tuple, name: str, index: int | None = None) -> dict | None:
        """Check the mapping at path(base, index) against the record `name`: its checked fields (a
        null field counts as absent, an invalid one is left out and reported), or None if value is
        not a mapping."""
        path = self.path(base, index)
        if not isinstance(value, dict):
            self.err(path, "not_mapping", got=got(value))
            self.lost.add(name)
            return None
        out = self.fields(value, path, self.specs[name])
        self.records[name].extend((base, index, value, out))
        return out

    def fields(self, value: dict, path: tuple, spec: Spec) -> dict:
        """Every field of a mapping through the checker of its kind: the checked mapping."""
        fields = spec.fields
        out = {}
        for key, v in value.items():
            field = fields.get(key)
            if field is None:
                self.err(path + (key,), "unknown_field", field=key, allowed=spec.allowed)
            elif v is not None:
                accepts, check, f = field
                try:
                    if accepts(v):
                        out[key] = v
                        continue
                except TypeError:  # a value of another type: check says what is wrong
                    pass
                checked = check(self, v, path, key, f)
                if checked is not None:
                    out[key] = checked
        for key in spec.required:
            if value.get(key) is None:
                self.err(path, "missing_field", field=key)
                if spec.declared[key].of:
                    self.lost.add(spec.declared[key].of)
        return out
