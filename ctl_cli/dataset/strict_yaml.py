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

import contextlib
import functools
from collections.abc import Callable, Iterator
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
    raise YamlProblem("check.yaml_tag", *_pos(mark), {"tag": tag})


def _events(text: str, marks: Marks | None) -> Any:
    """Build the value straight from the parser's events, in one pass: faster than composing
    nodes, and an anchor or alias is refused the moment it appears, before anything is built.
    (Hot at 100x the bundled data: hundreds of thousands of events, so the loop is kept flat, and the
    events come as light tuples: see _light_events.)"""
    loader = libyaml_loader()(text)
    Alias, DocStart, StreamEnd = yaml.AliasEvent, yaml.DocumentStartEvent, yaml.StreamEndEvent
    # Names the loop uses, as locals: a global or attribute lookup per event adds up.
    no_key, end, resolvers_of, str_tag, known = _NO_KEY, _END, _RESOLVERS.get, _STR, _KNOWN
    stack: list[tuple] = []
    container: Any = None  # the mapping or list being filled; None before the document's root
    is_map = False
    key: Any = no_key  # in a mapping: the key waiting for its value
    path: tuple = ()
    root: Any = no_key
    try:
        with _light_events(loader) as get_event:
            while True:
                ev = get_event()
                if ev is end:  # the end of a mapping or a list
                    container, is_map, path = stack.pop()
                    key = no_key
                    continue
                cls = type(ev)
                if cls is tuple and len(ev) == 7:  # a scalar
                    anchor, tag, implicit, value, mark, _, _ = ev
                    if anchor is not None:
                        raise YamlProblem("check.yaml_anchor", *_pos(mark), {"anchor": anchor})
                    if is_map and key is no_key:  # a mapping key
                        if tag is None:
                            if value == "<<" and implicit[0]:
                                raise YamlProblem("check.yaml_merge_key", *_pos(mark))
                        elif tag not in _KEY_TAGS:
                            raise YamlProblem("check.yaml_key_not_plain", *_pos(mark))
                        if value in container:
                            raise YamlProblem("check.yaml_duplicate_key", *_pos(mark), {"name": repr(value)})
                        key = value
                        continue
                    if tag is None:
                        if implicit[0]:  # plain: YAML 1.1 decides its type, within our rules
                            resolvers = resolvers_of(value[:1])
                            if resolvers:
                                for rtag, regexp in resolvers:
                                    if regexp.match(value):
                                        value = _scalar_value(rtag, value, mark)
                                        break
                    elif tag != "!" and tag != str_tag:
                        if tag not in known:
                            raise YamlProblem("check.yaml_tag", *_pos(mark), {"tag": tag})
                        value = _scalar_value(tag, value, mark)
                    if is_map:
                        if marks is not None:
                            marks[path + (key,)] = _pos(mark)
                        container[key] = value
                        key = no_key
                    elif container is not None:
                        if marks is not None:
                            marks[path + (len(container),)] = _pos(mark)
                        container.append(value)
                    else:
                        root = value
                elif cls is tuple:  # the start of a mapping or a list: (anchor, tag, mark, is a mapping)
                    anchor, tag, mark, mapping = ev
                    if anchor is not None:
                        raise YamlProblem("check.yaml_anchor", *_pos(mark), {"anchor": anchor})
                    if tag is not None and tag not in _NODE_TAGS:
                        raise YamlProblem("check.yaml_tag", *_pos(mark), {"tag": tag})
                    new: Any = {} if mapping else []
                    if is_map:
                        if key is no_key:
                            raise YamlProblem("check.yaml_key_not_plain", *_pos(mark))
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
                        marks[child] = _pos(mark)
                    stack.append((container, is_map, path))
                    container, is_map, key, path = new, mapping, no_key, child
                elif cls is Alias:
                    raise YamlProblem("check.yaml_alias", *_pos(ev.start_mark), {"anchor": ev.anchor})
                elif cls is DocStart and root is not no_key:
                    raise YamlProblem("check.yaml_one_document", *_pos(ev.start_mark))
                elif cls is StreamEnd:
                    break
    finally:
        loader.dispose()
    return None if root is no_key else root


# The five frequent events as the loop reads them, made by PyYAML's C parser (yaml._yaml) in place of
# its event classes, whose __init__ in Python is a quarter of reading a large file: a scalar is the
# 7-tuple of ScalarEvent's arguments (anchor, tag, implicit, value, start mark, end mark, style), the
# start of a mapping or a list is (anchor, tag, start mark, True for a mapping), and both ends are _END.
_END = object()
_LIGHT = {
    "ScalarEvent": lambda *a: a,
    "MappingStartEvent": lambda anchor, tag, implicit, mark, end, flow: (anchor, tag, mark, True),
    "SequenceStartEvent": lambda anchor, tag, implicit, mark, end, flow: (anchor, tag, mark, False),
    "MappingEndEvent": lambda mark, end: _END,
    "SequenceEndEvent": lambda mark, end: _END,
}


def _as_light(ev: Any) -> Any:
    """One of PyYAML's events in the light form of _LIGHT (other events as they are)."""
    if isinstance(ev, yaml.ScalarEvent):
        return (ev.anchor, ev.tag, ev.implicit, ev.value, ev.start_mark, ev.end_mark, ev.style)
    if isinstance(ev, yaml.CollectionStartEvent):
        return (ev.anchor, ev.tag, ev.start_mark, isinstance(ev, yaml.MappingStartEvent))
    return _END if isinstance(ev, yaml.CollectionEndEvent) else ev


@contextlib.contextmanager
def _light_events(loader: Any) -> Iterator[Callable[[], Any]]:
    """loader's get_event, giving the light events of _LIGHT: its C parser makes them while this lasts
    (the module's event classes stood in for, and put back after), or, if this PyYAML's C parser does
    not make its events from those names (_stand_in_works), each event is turned into one (_as_light:
    slower, the same)."""
    if not _stand_in_works():
        get = loader.get_event
        yield lambda: _as_light(get())
        return
    with _stood_in():
        yield loader.get_event


@contextlib.contextmanager
def _stood_in() -> Iterator[None]:
    from yaml import _yaml

    saved = {name: getattr(_yaml, name) for name in _LIGHT}
    try:
        for name, make in _LIGHT.items():
            setattr(_yaml, name, make)
        yield
    finally:
        for name, cls in saved.items():
            setattr(_yaml, name, cls)


@functools.cache
def _stand_in_works() -> bool:
    """True if PyYAML's C parser makes its events from the names of _LIGHT (tried once on a tiny text)."""
    from yaml import _yaml

    if any(getattr(_yaml, name, None) is not getattr(yaml, name) for name in _LIGHT):
        return False
    parser = libyaml_loader()("a: [b]\n")
    try:
        with _stood_in():
            events = [parser.get_event() for _ in range(9)]
    finally:
        parser.dispose()
    shapes = [len(e) if type(e) is tuple else "end" if e is _END else type(e).__name__ for e in events]
    expected = ["StreamStartEvent", "DocumentStartEvent", 4, 7, 4, 7, "end", "end", "DocumentEndEvent"]
    return shapes == expected and events[2][3] is True and events[4][3] is False and events[3][3] == "a"


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
        from .yaml_words import libyaml_words

        mark = e.problem_mark or e.context_mark
        advice = hint(text, e.problem or "", e.context or "", e.problem_mark, e.context_mark)
        key, values = libyaml_words(e.problem, e.context)
        raise YamlProblem(key, *_pos(mark), values, hint=advice) from None
    except yaml.YAMLError as e:
        raise YamlProblem("check.yaml_invalid", None, None, {"error": str(e)}) from None
    return value, marks
