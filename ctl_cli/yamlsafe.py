"""Strict, safe YAML reading: plain Python values plus the line/column of each one.

What this refuses, with the place it happens:
- anchors and aliases (an alias bomb is caught before anything walks the tree),
- tags other than the core ones (``!!python/...`` and any custom tag),
- duplicate keys in a mapping, and keys that are not strings.

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

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_KNOWN = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP, _MAP, _SEQ}


class YamlProblem(Exception):
    def __init__(self, message: str, line: int | None, column: int | None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def _pos(mark: Any) -> tuple[int | None, int | None]:
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def _implicit_tag(value: str) -> str:
    """The tag YAML 1.1 gives a plain scalar (the same rules as PyYAML's resolver)."""
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return _STR


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers


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
    nodes, and an anchor or alias is refused the moment it appears, before anything is built."""
    stack: list[list] = []  # frames: [container, path, pending key (maps), key mark]
    root: Any = None
    done = False

    def put(value: Any, mark: Any) -> None:
        nonlocal root, done
        if not stack:
            root, done = value, True
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, list):
            if marks is not None:
                marks[frame[1] + (len(container),)] = _pos(mark)
            container.append(value)
        elif frame[2] is _NO_KEY:
            if not isinstance(value, str):
                raise YamlProblem("mapping keys must be plain strings", *_pos(mark))
            if value in container:
                raise YamlProblem(f"duplicate key {value!r}", *_pos(mark))
            frame[2], frame[3] = value, mark
        else:
            key = frame[2]
            if marks is not None:
                marks[frame[1] + (key,)] = _pos(mark)
            container[key] = value
            frame[2] = _NO_KEY

    def path_of_next() -> tuple:
        if not stack or marks is None:
            return ()
        frame = stack[-1]
        return frame[1] + ((len(frame[0]),) if isinstance(frame[0], list) else (frame[2],))

    for ev in yaml.parse(text, Loader=_Loader):
        cls = type(ev)
        if cls is yaml.AliasEvent:
            raise YamlProblem(f"YAML alias *{ev.anchor} is not allowed (write the value out)", *_pos(ev.start_mark))
        anchor = getattr(ev, "anchor", None)
        if anchor is not None:
            raise YamlProblem(f"YAML anchor &{anchor} is not allowed (write the value out)", *_pos(ev.start_mark))
        if cls is yaml.ScalarEvent:
            tag = ev.tag
            is_key = bool(stack) and isinstance(stack[-1][0], dict) and stack[-1][2] is _NO_KEY
            if tag is None or tag == "!":
                tag = _implicit_tag(ev.value) if ev.implicit[0] and tag is None else _STR
            elif tag not in _KNOWN:
                raise YamlProblem(f"unsupported YAML tag {tag}", *_pos(ev.start_mark))
            if is_key:
                if tag not in (_STR, _INT, _BOOL, _NULL):
                    if ev.value == "<<":
                        raise YamlProblem("YAML merge keys (<<) are not allowed", *_pos(ev.start_mark))
                    raise YamlProblem("mapping keys must be plain strings", *_pos(ev.start_mark))
                put(ev.value, ev.start_mark)
            else:
                put(_scalar_value(tag, ev.value, ev.start_mark), ev.start_mark)
        elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
            if ev.tag is not None and ev.tag not in (_MAP, _SEQ, "!"):
                raise YamlProblem(f"unsupported YAML tag {ev.tag}", *_pos(ev.start_mark))
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is _NO_KEY:
                raise YamlProblem("mapping keys must be plain strings", *_pos(ev.start_mark))
            container: Any = {} if cls is yaml.MappingStartEvent else []
            path = path_of_next()
            put(container, ev.start_mark)
            if marks is not None and not path:
                marks[()] = _pos(ev.start_mark)
            stack.append([container, path, _NO_KEY, None])
        elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            stack.pop()
        elif cls is yaml.DocumentStartEvent and done:
            raise YamlProblem("only one YAML document is allowed in a dataset file", *_pos(ev.start_mark))
    return root


_NO_KEY = object()


def load(text: str, with_marks: bool = True) -> tuple[Any, Marks]:
    """Parse one YAML document; return (value, marks). Raises YamlProblem.

    with_marks=False skips recording where every value is (faster, less memory): the loader
    asks for marks only when it has problems to point at."""
    marks: Marks = {}
    try:
        value = _events(text, marks if with_marks else None)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or "invalid YAML"
        if e.context:
            what = f"{what} ({e.context})"
        raise YamlProblem(what, *_pos(mark)) from None
    except yaml.YAMLError as e:
        raise YamlProblem(f"invalid YAML: {e}", None, None) from None
    return value, marks
