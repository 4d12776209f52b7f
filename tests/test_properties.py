"""Property-based tests (hypothesis): no input breaks ctl, and nothing from the data or the
arguments reaches the terminal raw.

- random and mutated datasets through the loader: a dataset or a DatasetError, never anything else;
- random arguments through every command, via the real entry point: exit 0, 1 or 2, never 4;
- random Unicode and rich markup in every free-text field, through every command and format:
  no raw control or bidi character out; JSON and YAML parse back to the same values; CSV to the
  same values as text.safe() shows them (CSV cannot escape);
- random numbers in every number of a dataset, through the loader and every export: refused with
  their place (exit 3), or held whole by JSON, YAML, CSV and SQLite (issue 14);
- random environments through the cache path (CTL_CACHE_DIR, XDG_CACHE_HOME, HOME, CTL_NO_CACHE):
  the same answer, and nothing written but in an absolute folder they name (issue 14).
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ctl_cli import __main__ as entry
from ctl_cli.commands import COMMANDS as REGISTERED
from ctl_cli.dataset import strict_yaml, validate
from ctl_cli.errors import DatasetError
from ctl_cli.render.formats import to_yaml
from ctl_cli.text import UNSAFE_PATTERN, safe

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
UNSAFE = re.compile(UNSAFE_PATTERN)
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colour codes rich writes itself


@contextlib.contextmanager
def forced_colour():
    import os

    saved = os.environ.get("FORCE_COLOR")
    os.environ["FORCE_COLOR"] = "1"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["FORCE_COLOR"]
        else:
            os.environ["FORCE_COLOR"] = saved


BASE = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: a CI failure can be reproduced
)


def examples(n: int) -> settings:
    return settings(BASE, max_examples=n)


PAYLOADS = [
    "[bold]x[/bold]",
    "[link=https://evil.example]click[/link]",
    "[/x]",
    "[red",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x85",
    "\u202eevil",
    "\u2066\u2069",
    "\u200b",
    "\ufeff",
    "\x00",
    "\r",
    "\x7f",
    "\u2028",
    "%s%n%d",
    "{0}{name}",
    "${HOME}",
    "../../etc/passwd",
    "\\",
    "'",
    '"',
    "|",
    "# not a comment",
    ": colon",
    "- dash",
    "NO",
    "0100",
    "2024-01-01",
    "~",
    "null",
    "&anchor",
    "*alias",
    "!!python/object/apply:os.system",
    "😀",
    "e\u0301",
    "\t",
    "\n",
    "x" * 300,
]

nasty = st.one_of(
    st.text(max_size=40),
    st.sampled_from(PAYLOADS),
    st.builds(lambda a, b, c: a + b + c, st.text(max_size=6), st.sampled_from(PAYLOADS), st.text(max_size=6)),
)
# a value a required text field accepts: not blank
nasty_text = nasty.map(lambda s: s if s.strip() else s + "x")


@contextlib.contextmanager
def _streams():
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        yield out, err
    finally:
        sys.stdout, sys.stderr = saved


def run_ctl(*args: str) -> tuple[int, str, str]:
    """Run ctl through its real entry point (the one `ctl` runs), capturing both streams."""
    with _streams() as (out, err):
        code = entry.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def plain_env(monkeypatch):
    for var in ("CTL_DATA", "CTL_LANG", "LC_ALL", "LC_MESSAGES", "CTL_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")


# --------------------------------------------------------------------------- datasets


@st.composite
def mutated_mini(draw) -> str:
    lines = MINI.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "splice", "truncate", "indent"]))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "insert":
            lines.insert(i, draw(nasty) + "\n")
        elif op == "splice":
            line = lines[i]
            a = draw(st.integers(0, len(line)))
            b = draw(st.integers(a, len(line)))
            lines[i] = line[:a] + draw(nasty) + line[b:]
        elif op == "truncate":
            lines = lines[:i] + [lines[i][: draw(st.integers(0, len(lines[i])))]]
        else:
            lines[i] = " " + lines[i]
    return "".join(lines)


def parse_or_reject(text: str) -> None:
    try:
        validate.parse(text, "x.yaml")
    except DatasetError as e:
        assert e.problems and all(p.message() for p in e.problems)
        assert all(len(p.lines(lang)) in (1, 2) for p in e.problems for lang in ("it", "en"))  # a hint words itself


@examples(300)
@given(mutated_mini())
def test_mutated_datasets_load_or_are_rejected(text):
    parse_or_reject(text)


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | nasty,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(nasty, children, max_size=4),
    max_leaves=20,
)


@examples(200)
@given(json_like)
def test_any_yaml_document_loads_or_is_rejected(value):
    parse_or_reject(yaml.safe_dump(value, allow_unicode=True))


@examples(200)
@given(
    st.dictionaries(
        st.sampled_from(["dataset", "member_types", "sources", "organisations", "clusters", "national_clusters"]),
        json_like,
    )
)
def test_any_cached_value_is_validated_not_trusted(value):
    # the cache stores plain JSON values; whatever one decodes to goes through the same checks
    try:
        validate.build(value, {}, "cache")
    except DatasetError:
        pass


@examples(25)
@given(mutated_mini())
def test_mutated_datasets_exit_0_or_3_through_the_cli(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("d") / "d.yaml"
    path.write_text(text, encoding="utf-8")
    for args in (["list"], ["show", "alpha"], ["validate", str(path)]):
        code, out, err = run_ctl("--data", str(path), *args)
        assert code in (0, 1, 3), (args, err)  # 1: the mutation renamed the cluster show asks for
        assert "Traceback" not in err
        assert not UNSAFE.search(out + err)


# --------------------------------------------------------------------------- arguments

COMMANDS = list(REGISTERED)  # fmt: skip
FLAGS = [
    "--format",
    "-f",
    "json",
    "csv",
    "yaml",
    "markdown",
    "table",
    "sqlite",
    "--lang",
    "it",
    "en",
    "--type",
    "-t",
    "startup",
    "sme",
    "--cluster",
    "-c",
    "agrifood",
    "LE2C",
    "--city",
    "Milano",
    "--province",
    "-p",
    "MI",
    "NO",
    "--basis",
    "board",
    "--all",
    "--table",
    "memberships",
    "-o",
    "--force",
    "--help",
    "-h",
    "--",
    "-",
    "--version",
]


@examples(150)
@given(st.sampled_from(COMMANDS), st.lists(st.one_of(st.sampled_from(FLAGS), nasty), max_size=5))
def test_random_arguments_get_a_normal_answer(tmp_path_factory, monkeypatch, command, rest):
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))  # export -o writes here, never into the repo
    code, out, err = run_ctl(command, *rest)
    # validate PATH and diff OLD NEW: a missing file is exit 3
    allowed = (0, 1, 2, 3) if command in ("validate", "diff") else (0, 1, 2)
    assert code in allowed, (command, rest, err)
    assert "Traceback" not in err and "internal error" not in err
    assert not UNSAFE.search(out + err), (command, rest)


@pytest.mark.parametrize(
    "arg",
    ["x" * 100_000, "a\x00b", "\u202eevil\u202c", "😀🇮🇹", "%s%s%s%n", "../../../etc/passwd", "-", "--", " ", ""],
)
@pytest.mark.parametrize("command", [["show"], ["search"], ["search", "--city"], ["sources"], ["search", "-c"]])
def test_long_and_odd_arguments(command, arg):
    code, out, err = run_ctl(*command, arg)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    assert not UNSAFE.search(out + err)
    assert len(err) < 2_000  # a 100 kB argument is not echoed back whole... or only once
    if code == 0:
        assert out or err


# --------------------------------------------------------------------------- renderers

MINI_VALUE, _ = strict_yaml.load(MINI)


def _free_text_paths(doc: dict) -> list[tuple]:
    """Paths of every free-text string in the mini dataset (not ids, references, enums, dates, URLs)."""
    paths: list[tuple] = [("dataset", "title")]
    for i, t in enumerate(doc["member_types"]):
        paths += [("member_types", i, "label", k) for k in t["label"]]
    for i, _ in enumerate(doc["sources"]):
        paths += [("sources", i, "publisher")]
    for i, _ in enumerate(doc["national_clusters"]):
        paths += [("national_clusters", i, "name"), ("national_clusters", i, "area", "en")]
    for i, o in enumerate(doc["organisations"]):
        paths += [("organisations", i, k) for k in ("name", "city") if k in o]
        paths += [("organisations", i, "aliases", j, "name") for j, _ in enumerate(o.get("aliases", []))]
        paths += [("organisations", i, "former_names", j) for j, _ in enumerate(o.get("former_names", []))]
    for i, c in enumerate(doc["clusters"]):
        for key in ("name", "theme", "description"):
            paths += [("clusters", i, key, k) for k in c[key]]
        paths += [("clusters", i, "acronym")] if "acronym" in c else []
        paths += [("clusters", i, "members_note", k) for k in c.get("members_note", {})]
        paths += [("clusters", i, "aliases", j) for j, _ in enumerate(c.get("aliases", []))]
    return paths


# the mini dataset with an alias and a former name, so that those texts are injected too; with no
# province, so that any text may stand as a city (a city with a province must be one of its comuni)
MINI_NAMED = copy.deepcopy(MINI_VALUE)
MINI_NAMED["organisations"][0].update(aliases=[{"name": "Alpha U", "source": "src-a"}], former_names=["Old Alpha"])
for _org in MINI_NAMED["organisations"]:
    _org.pop("province", None)
PATHS = _free_text_paths(MINI_NAMED)


def _set(doc, path, value):
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


@examples(20)
@given(st.lists(nasty_text, min_size=len(PATHS), max_size=len(PATHS)))
def test_any_text_in_any_field_is_inert_in_every_format(tmp_path_factory, texts):
    doc = copy.deepcopy(MINI_NAMED)
    for path, text in zip(PATHS, texts, strict=True):
        _set(doc, path, text)
    for i, org in enumerate(doc["organisations"]):  # names must stay distinct organisations
        org["name"] = f"{org['name']} {i}"
    path = tmp_path_factory.mktemp("d") / "d.yaml"
    path.write_text(to_yaml(doc), encoding="utf-8")
    data = ("--data", str(path))

    runs = [
        ["list", "--all"], ["show", "alpha-tech"], ["search"], ["sources"], ["sources", "alpha-tech"], ["national"],
        ["org", "uni-alpha"], ["compare", "alpha-tech", "beta-green"], ["stats", "--all"], ["match", "a " + texts[0]],
    ]  # fmt: skip
    for args in runs:
        for fmt in ("table", "json", "csv", "yaml", "markdown"):
            code, out, err = run_ctl(*data, *args, "--format", fmt)
            assert code == 0, (args, fmt, err)
            assert not UNSAFE.search(out + err), (args, fmt)
            if fmt == "json":
                parsed = json.loads(out)
                assert yaml.safe_load(run_ctl(*data, *args, "--format", "yaml")[1]) == parsed
        with forced_colour():  # the rich path: only rich's own colour codes may carry an ESC
            code, out, err = run_ctl(*data, *args)
        assert code == 0, (args, err)
        assert "\x1b[" in out or (args[0] == "match" and out == "")  # a match may find nothing
        assert not UNSAFE.search(SGR.sub("", out) + err), args

    show = json.loads(run_ctl(*data, "show", "alpha-tech", "--format", "json")[1])
    cluster = doc["clusters"][0]
    assert {k: v for k, v in show["name"].items() if v is not None} == cluster["name"]
    assert {k: v for k, v in show["description"].items() if v is not None} == cluster["description"]
    assert show["aliases"] == cluster.get("aliases", [])
    names = {o["id"]: o["name"] for o in doc["organisations"]}
    assert {m["id"]: m["name"] for m in show["members"]} == {m["org"]: names[m["org"]] for m in cluster["members"]}

    org = json.loads(run_ctl(*data, "org", "uni-alpha", "--format", "json")[1])
    first = doc["organisations"][0]
    assert (org["aliases"], [f["name"] for f in org["former_names"]]) == (first["aliases"], first["former_names"])

    rows = list(csv.DictReader(io.StringIO(run_ctl(*data, "search", "--format", "csv")[1])))
    assert {r["id"]: r["name"] for r in rows} == {oid: safe(n) for oid, n in names.items()}

    exported = json.loads(run_ctl(*data, "export", "--format", "json")[1])
    assert exported == doc  # the whole document, every injected value intact


# --------------------------------------------------------------------------- numbers (issue 14)

NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, 1799, 1800, 2026, 2027, 9999, 10_000, 1_000_000, 1_000_001, 2**63 - 1, 2**63, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)


def _numbered(values: list) -> dict:
    """The mini dataset with every kind of number: a member count, a total, a breakdown's count, a founding year."""
    doc = copy.deepcopy(MINI_VALUE)
    count, total, part, founded = values
    doc["dataset"]["total_members"] = {"value": total, "qualifier": "about", "source": "src-a"}
    alpha, beta = doc["clusters"][0], doc["clusters"][1]
    alpha["member_count"]["value"] = count
    alpha["founded"] = founded
    alpha["field_sources"]["founded"] = ["src-a"]
    beta["member_breakdown"] = {"counts": {"sme": part}, "source": "src-a"}
    return doc


@examples(40)
@given(st.lists(NUMBERS, min_size=4, max_size=4))
@example([10, 750, 5, 2012])
@example([1_000_000, 0, 1_000_000, 1800])
def test_any_number_is_refused_with_its_place_or_held_by_every_export(tmp_path_factory, values):
    folder = tmp_path_factory.mktemp("n")
    path = folder / "d.yaml"
    path.write_text(to_yaml(_numbered(values)), encoding="utf-8")
    try:
        validate.parse(path.read_text(encoding="utf-8"), str(path))
    except DatasetError as e:
        assert all(p.line for p in e.problems), [str(p) for p in e.problems]
        code, _, err = run_ctl("--data", str(path), "export", "--format", "sqlite", "-o", str(folder / "x.db"))
        assert code == 3 and "internal error" not in err, err
        return
    data = ("--data", str(path))
    count, total, part, founded = values
    assert 0 <= count <= 1_000_000 and 0 <= part <= 1_000_000 and 1800 <= founded <= 2026
    exported = json.loads(run_ctl(*data, "export", "--format", "json")[1])
    assert exported["clusters"][0]["member_count"]["value"] == count
    assert yaml.safe_load(run_ctl(*data, "export", "--format", "yaml")[1]) == exported
    code, out, err = run_ctl(*data, "export", "--format", "csv", "--table", "clusters")
    assert code == 0 and str(count) in out, err
    code, _, err = run_ctl(*data, "export", "--format", "sqlite", "-o", str(folder / "x.db"))
    assert code == 0, err
    import sqlite3

    con = sqlite3.connect(folder / "x.db")
    try:
        row = con.execute("SELECT member_count, founded FROM clusters WHERE id = 'alpha-tech'").fetchone()
    finally:
        con.close()
    assert row == (count, founded)


# --------------------------------------------------------------------------- environments (issue 14)

CACHE_VARS = ("CTL_CACHE_DIR", "XDG_CACHE_HOME", "HOME")
PLACES = [
    "", " ", "relcache", "./x", "../x", ".", "~", "~/c", "~no-such-user-here/x", "c/../../x",
    "{tmp}/a", "{tmp}/a/b/../c", "{tmp}/file/x", "{tmp}/file", "{tmp}/with space/é", "{tmp}//double", "{tmp}/a\nb",
]  # fmt: skip
# random text, made relative: an absolute path is only ever one under the example's own folder
relative_text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12).map(
    lambda t: t.lstrip("/~")
)
place = st.one_of(st.sampled_from(PLACES), relative_text)


@contextlib.contextmanager
def _environment(values: dict, cwd: Path):
    saved, here = {k: os.environ.get(k) for k in values}, os.getcwd()
    try:
        for k, v in values.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        os.chdir(cwd)
        yield
    finally:
        os.chdir(here)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@examples(40)
@given(st.fixed_dictionaries({v: st.one_of(st.none(), place) for v in CACHE_VARS}), st.sampled_from(["", "0", "1"]))
def test_any_cache_environment_gives_the_same_answer_and_writes_nowhere_else(tmp_path_factory, values, no_cache):
    from ctl_cli.cache import store

    tmp = tmp_path_factory.mktemp("env")
    (tmp / "file").write_text("a file, not a folder", encoding="utf-8")
    cwd = tmp / "cwd"
    cwd.mkdir()
    env = {k: None if v is None else v.replace("{tmp}", str(tmp)) for k, v in values.items()}
    env["HOME"] = env["HOME"] if env["HOME"] is not None else str(tmp / "home")  # never the real home
    env["CTL_NO_CACHE"] = no_cache
    expected = run_ctl("--data", str(MINI_PATH), "list", "--format", "json")
    with _environment(env, cwd):
        folder = store.directory()
        code, out, err = run_ctl("--data", str(MINI_PATH), "list", "--format", "json")
        again = run_ctl("--data", str(MINI_PATH), "list", "--format", "json")  # warm, if it could be kept
    assert (code, out) == expected[:2] and again[:2] == expected[:2], err
    assert list(cwd.iterdir()) == []  # nothing in the folder ctl ran in
    assert folder is None or (folder.is_absolute() and str(folder).startswith(str(tmp)))


MINI_PATH = Path(__file__).parent / "data" / "mini.yaml"
