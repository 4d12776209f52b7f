"""Validation of a dataset, driven by its one schema declaration (schema.RECORDS).

One walker (walk.Checker) checks every record against RECORDS, each field through the checker of
its kind (kinds.KINDS); then the named cross-record rules of rules.RULES run on what the walk
checked; then, if nothing is wrong, assemble.py builds the typed model (model.py) from it. Adding a
field to the dataset is one line in schema.RECORDS.

Never prints. Every problem becomes a Problem with file, line and column and a message key of the
phrase catalogue (phrases/validation.py). Imported only when a dataset has to be parsed or checked
(the index answers the frequent commands without it).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..errors import DatasetError, Problem
from ..phrases import phrase
from .assemble import dataset
from .model import Dataset
from .rules import RULES, prepare
from .scalars import date_problem
from .walk import Checker


def parse(text: str, name: str, placed_warnings: bool = False, lenient: bool = False) -> Dataset:
    """YAML text -> the checked, typed Dataset (its .raw the plain data, its .path `name`, its
    .warnings what is worth fixing but does not stop it loading).

    Raises DatasetError with every problem found (YAML or schema), each with file:line:column.
    placed_warnings: give the warnings their line and column too (`ctl validate`), which costs a
    second parse when there are any. lenient: a file whose shape is right but that breaks a cross-record
    rule (rules.RULES: a rule added after an older release was written) still loads, its rule
    problems in .refused, as long as the model can be built (`ctl diff --lenient`)."""
    from . import strict_yaml as yamlsafe  # only when the cache misses: importing yaml costs start-up time
    from .halves import load_value

    try:
        value = load_value(text, meanwhile=prepare)  # a large text in two halves at once (halves.py)
        try:
            ds = build(value, {}, name, lenient)
            if not (placed_warnings and ds.warnings):
                return ds
            value, marks = yamlsafe.load(text, with_marks=True)
            return build(value, marks, name, lenient)
        except DatasetError:
            # Problems to report: parse again, this time noting where every value is.
            value, marks = yamlsafe.load(text, with_marks=True)
            return build(value, marks, name, lenient)
    except yamlsafe.YamlProblem as e:
        raise DatasetError([Problem(name, e.line, e.column, e.message, e.values, hint=e.hint)]) from None


def build(value: Any, marks: dict, name: str, lenient: bool = False) -> Dataset:
    """Plain data (parsed YAML or JSON: dicts, lists, str, int...) -> the typed Dataset.

    marks maps a path (a tuple of keys and list indexes) to its (line, column), as strict_yaml.load
    gives them; {} when unknown (problems then have no position). Raises DatasetError listing every
    problem, in the order they appear in the file. lenient: see parse()."""
    checker = Checker(name, marks)
    doc = checker.document(value)
    shape_problems = len(checker.problems)
    if doc is not None:
        for rule in RULES:
            rule(checker)
    broken = bool(lenient and doc is not None and shape_problems == 0 and checker.problems)
    if checker.problems and not broken:
        checker.problems.sort(key=lambda p: (p.line or 0, p.column or 0))  # stable: rules keep their order
        raise DatasetError(checker.problems, rules_only=doc is not None and shape_problems == 0)
    try:
        ds = dataset(doc, {n: spec.declared for n, spec in checker.specs.items()})
    except Exception:  # lenient only: a rule it breaks leaves the model unbuildable (a dangling reference)
        if not broken:
            raise
        problems = sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0))
        raise DatasetError(problems, rules_only=True) from None
    ds.path = name
    ds.raw = value
    ds.warnings = tuple(checker.warnings)
    ds.refused = tuple(checker.problems) if broken else ()
    return ds


def check_date(value: str) -> str | None:
    """None if value is a real, past date in YYYY[-MM[-DD]] form, else what is wrong (a message)."""
    problem = date_problem(value, _dt.date.today())
    return phrase(f"check.{problem[0]}", "en", **problem[1]) if problem else None
