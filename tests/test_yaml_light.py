"""The YAML reader takes its events as light tuples, made by PyYAML's C parser in place of its event
classes while a file is read (strict_yaml._light_events): the same values and problems as from the
event objects, and PyYAML as it was afterwards, whatever happened."""

from __future__ import annotations

import pytest
import yaml
from yaml import _yaml

from ctl_cli.dataset import locate, strict_yaml

BUNDLED = locate.bundled_path().read_text(encoding="utf-8")
TEXTS = [
    BUNDLED,
    "a: 1\nb: [x, {c: 0100, d: true, e: ~}]\nf: 2019-03-01\n",
    "a: 1\na: 2\n",  # a duplicate key
    "a: &x 1\nb: *x\n",  # an anchor
    "- [a, b]\n- c: !!python/object x\n",  # a tag
    "a: b: c\n",  # not YAML
    "a: 1\n---\nb: 2\n",  # two documents
    "",
]


def _read(text: str, with_marks: bool):
    try:
        return strict_yaml.load(text, with_marks)
    except strict_yaml.YamlProblem as e:
        return ("problem", e.message, e.line, e.column, e.values, e.hint)


def _untouched() -> bool:
    return all(getattr(_yaml, name) is getattr(yaml, name) for name in strict_yaml._LIGHT)


def test_this_pyyaml_makes_light_events():
    assert strict_yaml._stand_in_works()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("with_marks", [False, True])
def test_light_events_read_as_the_event_objects_do(text, with_marks, monkeypatch):
    light = _read(text, with_marks)
    assert _untouched()  # PyYAML's classes are back, after a problem too
    monkeypatch.setattr(strict_yaml, "_stand_in_works", lambda: False)  # each event object turned into one
    assert _read(text, with_marks) == light


def test_pyyaml_is_left_as_it_was_when_reading_is_interrupted(monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setitem(strict_yaml._LIGHT, "ScalarEvent", interrupted)
    with pytest.raises(KeyboardInterrupt):
        strict_yaml.load("a: b\n", with_marks=False)
    assert _untouched()
    assert yaml.load("a: b\n", Loader=yaml.CSafeLoader) == {"a": "b"}
