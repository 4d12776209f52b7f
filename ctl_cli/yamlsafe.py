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


def _refuse_anchors(text: str) -> None:
    """One pass over the event stream: no anchor and no alias may appear."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(
                f"YAML alias *{event.anchor} is not allowed (write the value out)",
                *_pos(event.start_mark),
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlProblem(
                f"YAML anchor &{anchor} is not allowed (write the value out)",
                *_pos(event.start_mark),
            )


def _scalar(node: yaml.ScalarNode) -> Any:
    tag, value = node.tag, node.value
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
    raise YamlProblem(f"unsupported YAML tag {tag}", *_pos(node.start_mark))


def _construct(node: yaml.Node, path: Path, marks: Marks) -> Any:
    marks[path] = _pos(node.start_mark)
    if node.tag not in _KNOWN:
        raise YamlProblem(f"unsupported YAML tag {node.tag}", *_pos(node.start_mark))
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, path + (i,), marks) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT, _BOOL, _NULL):
                raise YamlProblem("mapping keys must be plain strings", *_pos(key_node.start_mark))
            key = key_node.value
            if key == "<<":
                raise YamlProblem("YAML merge keys (<<) are not allowed", *_pos(key_node.start_mark))
            if key in result:
                raise YamlProblem(f"duplicate key {key!r}", *_pos(key_node.start_mark))
            result[key] = _construct(value_node, path + (key,), marks)
        return result
    raise YamlProblem("unsupported YAML node", *_pos(node.start_mark))  # pragma: no cover


def load(text: str) -> tuple[Any, Marks]:
    """Parse one YAML document; return (value, marks). Raises YamlProblem."""
    try:
        _refuse_anchors(text)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or "invalid YAML"
        if e.context:
            what = f"{what} ({e.context})"
        raise YamlProblem(what, *_pos(mark)) from None
    except yaml.YAMLError as e:
        raise YamlProblem(f"invalid YAML: {e}", None, None) from None
    marks: Marks = {}
    if root is None:
        return None, marks
    return _construct(root, (), marks), marks
