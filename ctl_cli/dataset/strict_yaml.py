"""Strict, safe YAML reading: plain Python values plus the line/column of each one.

What this refuses, with the place it happens:
- anchors and aliases (an alias bomb is caught before anything walks the tree),
- tags other than the core ones (``!!python/...`` and any custom tag),
- duplicate keys in a mapping, and keys that are not strings.

It reads with libyaml (PyYAML's C parser) only: PyYAML's pure-Python parser gives another verdict
on some files (it refuses a tab before a comment, which libyaml accepts), so a dataset is judged
alike on every installation, or not read at all (NotInstalled, saying how to get libyaml).

What it defuses, so the YAML 1.1 traps cannot change a value silently:
- only ``true``/``false`` are booleans: ``NO``, ``yes``, ``on``... stay strings,
- an integer written with a leading zero (``0100``) stays a string, never octal,
- dates (``2019-03-01``) stay the strings they were written as.
"""

from __future__ import annotations

from typing import Any

import yaml

Path = tuple  # a path into the document: keys and list indexes
Marks = dict  # Path -> (line, column), both 1-based


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_KNOWN = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP, _MAP, _SEQ}
_KEY_TAGS = frozenset({"!", _STR, _INT, _BOOL, _NULL})  # besides None (plain): a key's text is kept as is
_NODE_TAGS = frozenset({_MAP, _SEQ, "!"})


class YamlProblem(Exception):
    """What is wrong and where (1-based line and column, None if unknown). message: the parser's own
    words, or a key of the phrase catalogue filled in with `values` (errors.Problem words it);
    hint: None, or advice for the line below it (yaml_hints.hint)."""

    def __init__(
        self, message: str, line: int | None, column: int | None, values: dict | None = None, hint: tuple | None = None
    ):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.values = values or {}
        self.hint = hint  # (catalogue key, values): a line of advice under the message (yaml_hints.py)


def _pos(mark: Any) -> tuple[int | None, int | None]:
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
MAX_DIGITS = 4300  # Python's default limit on turning digits into an int (sys.get_int_max_str_digits)


def _scalar_value(tag: str, value: str, mark: Any) -> Any:
    if tag == _STR or tag == _TIMESTAMP:
        return value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
        return value  # NO, yes, on, off...: a string, as the author most likely meant
    if tag == _INT:
        digits = value.lstrip("+-").replace("_", "")
        if digits.isdigit() and not (len(digits) > 1 and digits.startswith("0")):
            if len(digits) > MAX_DIGITS:  # past what Python turns into an int; no field holds one
                raise YamlProblem("check.number_too_long", *_pos(mark), {"digits": len(digits)})
            return int(value.replace("_", ""))
        return value  # 0100, 0x1F, 1:20 (sexagesimal): keep the text, never reinterpret it
    if tag == _FLOAT:
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    raise YamlProblem(f"unsupported YAML tag {tag}", *_pos(mark))


def _events(text: str, marks: Marks | None) -> Any:
    """Build the value straight from the parser's events, in one pass: faster than composing
    nodes, and an anchor or alias is refused the moment it appears, before anything is built.
    (Hot at 100x the bundled data: hundreds of thousands of events, so the loop is kept flat.)"""
    loader = libyaml_loader()(text)
    get_event = loader.get_event
    # Names the loop uses, as locals: a global or attribute lookup per event adds up.
    Scalar, MapStart, SeqStart = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    MapEnd, SeqEnd, Alias = yaml.MappingEndEvent, yaml.SequenceEndEvent, yaml.AliasEvent
    DocStart, StreamEnd = yaml.DocumentStartEvent, yaml.StreamEndEvent
    no_key, resolvers_of, str_tag, known = _NO_KEY, _RESOLVERS.get, _STR, _KNOWN
    stack: list[tuple] = []
    container: Any = None  # the mapping or list being filled; None before the document's root
    is_map = False
    key: Any = no_key  # in a mapping: the key waiting for its value
    path: tuple = ()
    root: Any = no_key
    try:
        while True:
            ev = get_event()
            cls = type(ev)
            if cls is Scalar:
                if ev.anchor is not None:
                    raise YamlProblem(
                        f"YAML anchor &{ev.anchor} is not allowed (write the value out)", *_pos(ev.start_mark)
                    )
                tag = ev.tag
                value = ev.value
                if is_map and key is no_key:  # a mapping key
                    if tag is None:
                        if value == "<<" and ev.implicit[0]:
                            raise YamlProblem("YAML merge keys (<<) are not allowed", *_pos(ev.start_mark))
                    elif tag not in _KEY_TAGS:
                        raise YamlProblem("mapping keys must be plain strings", *_pos(ev.start_mark))
                    if value in container:
                        raise YamlProblem(f"duplicate key {value!r}", *_pos(ev.start_mark))
                    key = value
                    continue
                if tag is None:
                    if ev.implicit[0]:  # plain: YAML 1.1 decides its type, within our rules
                        resolvers = resolvers_of(value[:1])
                        if resolvers:
                            for rtag, regexp in resolvers:
                                if regexp.match(value):
                                    value = _scalar_value(rtag, value, ev.start_mark)
                                    break
                elif tag != "!" and tag != str_tag:
                    if tag not in known:
                        raise YamlProblem(f"unsupported YAML tag {tag}", *_pos(ev.start_mark))
                    value = _scalar_value(tag, value, ev.start_mark)
                if is_map:
                    if marks is not None:
                        marks[path + (key,)] = _pos(ev.start_mark)
                    container[key] = value
                    key = no_key
                elif container is not None:
                    if marks is not None:
                        marks[path + (len(container),)] = _pos(ev.start_mark)
                    container.append(value)
                else:
                    root = value
            elif cls is MapStart or cls is SeqStart:
                if ev.anchor is not None:
                    raise YamlProblem(
                        f"YAML anchor &{ev.anchor} is not allowed (write the value out)", *_pos(ev.start_mark)
                    )
                if ev.tag is not None and ev.tag not in _NODE_TAGS:
                    raise YamlProblem(f"unsupported YAML tag {ev.tag}", *_pos(ev.start_mark))
                new: Any = {} if cls is MapStart else []
                if is_map:
                    if key is no_key:
                        raise YamlProblem("mapping keys must be plain strings", *_pos(ev.start_mark))
                    child = path + (key,)
                    container[key] = new
                    key = no_key
                elif container is not None:
                    child = path + (len(container),)
                    container.append(new)
                else:
                    child = ()
                    root = new
                if marks is not None:
                    marks[child] = _pos(ev.start_mark)
                stack.append((container, is_map, path))
                container, is_map, key, path = new, cls is MapStart, no_key, child
            elif cls is MapEnd or cls is SeqEnd:
                container, is_map, path = stack.pop()
                key = no_key
            elif cls is Alias:
                raise YamlProblem(f"YAML alias *{ev.anchor} is not allowed (write the value out)", *_pos(ev.start_mark))
            elif cls is DocStart and root is not no_key:
                raise YamlProblem("only one YAML document is allowed in a dataset file", *_pos(ev.start_mark))
            elif cls is StreamEnd:
                break
    finally:
        loader.dispose()
    return None if root is no_key else root


_NO_KEY = object()


def libyaml_loader() -> type:
    """PyYAML's libyaml loader (yaml.CSafeLoader). NotInstalled (exit 4) when PyYAML was built without it."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        from ..errors import NotInstalled

        raise NotInstalled("msg.install.no_libyaml", version=getattr(yaml, "__version__", "?"))
    return loader


def load(text: str, with_marks: bool = True) -> tuple[Any, Marks]:
    """Parse one YAML document; return (value, marks). Raises YamlProblem.

    with_marks=False skips recording where every value is (faster, less memory): the loader
    asks for marks only when it has problems to point at."""
    marks: Marks = {}
    try:
        value = _events(text, marks if with_marks else None)
    except yaml.MarkedYAMLError as e:
        from .yaml_hints import hint

        mark = e.problem_mark or e.context_mark
        what = e.problem or "invalid YAML"
        if e.context:
            what = f"{what} ({e.context})"
        advice = hint(text, e.problem or "", e.context or "", e.problem_mark, e.context_mark)
        raise YamlProblem(what, *_pos(mark), hint=advice) from None
    except yaml.YAMLError as e:
        raise YamlProblem(f"invalid YAML: {e}", None, None) from None
    return value, marks
