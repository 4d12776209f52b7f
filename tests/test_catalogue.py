"""The phrase catalogue (ctl_cli/phrases): complete in both languages, consistent, light."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from ctl_cli import phrases
from ctl_cli.phrases import help as help_area
from ctl_cli.phrases import labels as labels_area
from ctl_cli.phrases import messages as messages_area
from ctl_cli.phrases import validation as validation_area

AREAS = {"label": labels_area, "msg": messages_area, "help": help_area, "check": validation_area}

# Deliberately empty in both languages: a published count "exactly 110" is shown as "110".
ALLOWED_EMPTY = {"label.qualifier.exact"}

HEADER_MAX = 14  # a column header must fit narrow (80-column) terminals
SHORT_HELP_MAX = 66  # Click cuts a command's one-line help in `ctl --help` beyond 80 - 6 - len("validate")
BLOCK_LINE_MAX = 56  # a line of a \b paragraph, which Click prints as written, indented by 2: fits 60 columns

# Words the Italian texts must not use: ctl says "soci" (as the clusters do), never "membri".
ITALIAN_BANNED = re.compile(r"\bmembr[oi]\b", re.IGNORECASE)


def all_entries():
    for prefix, module in AREAS.items():
        for key, pair in module.PHRASES.items():
            yield prefix, key, pair


ENTRIES = list(all_entries())
IDS = [key for _, key, _ in ENTRIES]


def fields(template: str) -> set[str]:
    """The named fields of a str.format template ("{n:,}" -> "n")."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_langs():
    assert phrases.LANGS == ("it", "en")


@pytest.mark.parametrize("prefix,key,pair", ENTRIES, ids=IDS)
def test_entry_shape(prefix, key, pair):
    assert isinstance(pair, tuple) and len(pair) == 2
    assert all(isinstance(s, str) for s in pair)
    assert key.startswith(prefix + "."), f"{key} belongs in the {prefix!r} area"
    assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", key), key


@pytest.mark.parametrize("prefix,key,pair", ENTRIES, ids=IDS)
def test_both_languages_present(prefix, key, pair):
    it, en = pair
    if key in ALLOWED_EMPTY:
        assert it == "" and en == ""
    else:
        assert it.strip(), f"{key}: Italian is empty"
        assert en.strip(), f"{key}: English is empty"


def test_allowed_empty_keys_exist():
    assert ALLOWED_EMPTY <= phrases.keys()


@pytest.mark.parametrize("prefix,key,pair", ENTRIES, ids=IDS)
def test_same_placeholders(prefix, key, pair):
    it, en = pair
    assert fields(it) == fields(en), f"{key}: {fields(it)} != {fields(en)}"
    for name in fields(it):
        assert name.isidentifier(), f"{key}: use named fields only, not {{{name}}}"
        assert name not in ("key", "lang"), f"{key}: {{{name}}} clashes with phrase()'s parameters"


@pytest.mark.parametrize("prefix,key,pair", ENTRIES, ids=IDS)
def test_formats_with_its_fields(prefix, key, pair):
    values = {name: 1234 for name in fields(pair[0])}
    for lang in phrases.LANGS:
        phrases.phrase(key, lang, **values)  # no stray brace, no bad format spec


def test_no_key_in_two_areas():
    seen: dict[str, str] = {}
    for prefix, key, _ in ENTRIES:
        assert key not in seen, f"{key} is in both {seen[key]} and {prefix}"
        seen[key] = prefix


def test_keys_is_the_union_of_the_areas():
    assert phrases.keys() == {key for _, key, _ in ENTRIES}


def test_phrase_picks_the_language():
    assert phrases.phrase("label.col.members", "it") == "Soci"
    assert phrases.phrase("label.col.members", "en") == "Members"
    assert phrases.phrase("msg.not_found.cluster", "en", ref="'x'") == "no cluster matches 'x'."


def test_phrase_unknown_key_raises():
    with pytest.raises(KeyError):
        phrases.phrase("no.such.key", "en")
    with pytest.raises(KeyError):
        phrases.phrase("msg.not_found.cluster", "it")  # a field without its value


def test_phrase_n():
    assert phrases.phrase_n("msg.sources.footer", 1, "en", undated=0) == "1 source; 0 undated (n.d.)."
    assert phrases.phrase_n("msg.sources.footer", 3, "it", undated=1) == "3 fonti; 1 senza data (s.d.)."
    with pytest.raises(KeyError):
        phrases.phrase_n("label.col.members", 2, "en")


def test_plural_keys_come_in_pairs():
    """Plural pairs live in messages (label.breakdown.other is a data key, not a plural form)."""
    all_keys = set(messages_area.PHRASES)
    for key in all_keys:
        if key.endswith(".one"):
            assert key[: -len(".one")] + ".other" in all_keys, key
        if key.endswith(".other"):
            assert key[: -len(".other")] + ".one" in all_keys, key


def test_column_headers_are_short():
    for key, pair in labels_area.PHRASES.items():
        if key.startswith("label.col."):
            for text in pair:
                bare = re.sub(r"\{[^}]*\}", "", text)
                assert len(bare) <= HEADER_MAX, f"{key}: {text!r} is longer than {HEADER_MAX}"


def test_one_line_help_fits_the_command_list():
    for key, pair in help_area.PHRASES.items():
        if key.endswith(".short"):
            for text in pair:
                assert "\n" not in text and len(text) <= SHORT_HELP_MAX, f"{key}: {text!r}"


def test_every_command_has_help_short_and_epilog():
    commands = {"list", "show", "search", "validate", "sources", "national", "match", "org", "compare", "stats",
                "export", "schema", "reconcile"}  # fmt: skip
    for c in commands:
        for suffix in ("", ".short", ".epilog"):
            assert f"help.{c}{suffix}" in help_area.PHRASES


def _blocks(text: str) -> list[list[str]]:
    """The lines of each \\b paragraph (the marker line left out)."""
    return [par.split("\n")[1:] for par in text.split("\n\n") if par.startswith("\b\n")]


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


@pytest.mark.parametrize("key", sorted(help_area.PHRASES))
def test_help_keeps_markers_and_examples(key):
    it, en = help_area.PHRASES[key]
    it_lines, en_lines = it.split("\n"), en.split("\n")
    # \b where the English has it: the same number of paragraphs, each opening with \b or not alike
    assert [line == "\b" for line in it_lines if line in ("\b", "")] == [
        line == "\b" for line in en_lines if line in ("\b", "")
    ], key
    assert it.count("\b") == en.count("\b"), key
    for it_block, en_block in zip(_blocks(it), _blocks(en), strict=True):
        # under the heading, the same example commands, and comments in the same places, in both languages
        it_block, en_block = it_block[1:], en_block[1:]
        assert [x for x in it_block if not _is_comment(x)] == [x for x in en_block if not _is_comment(x)], key
        assert [_is_comment(x) for x in it_block] == [_is_comment(x) for x in en_block], key


@pytest.mark.parametrize("key", sorted(help_area.PHRASES))
def test_only_examples_are_kept_as_written(key):
    """A \\b paragraph is an examples block: a heading, then indented lines, each a command or a
    "# " comment on a line of its own above a command, aligned with it. Prose is left to Click."""
    for text in help_area.PHRASES[key]:
        for block in _blocks(text):
            assert block[0] in ("Esempi:", "Examples:"), f"{key}: prose in a \\b paragraph: {block[0]!r}"
            lines = block[1:]
            assert lines and not _is_comment(lines[-1]), f"{key}: a comment with no command below it"
            for line, below in zip(lines, lines[1:], strict=False):
                if _is_comment(line):
                    assert line.lstrip().startswith("# "), f"{key}: {line!r}"
                    indent = len(line) - len(line.lstrip())
                    assert indent == len(below) - len(below.lstrip()), f"{key}: {line!r} not aligned with {below!r}"
            for line in lines:
                assert line.startswith("  ") and not line.startswith("   "), f"{key}: {line!r}"
                if not _is_comment(line):
                    assert not re.search(r"\S\s{3,}\S", line), f"{key}: a comment after the command: {line!r}"


@pytest.mark.parametrize("key", sorted(k for k in help_area.PHRASES if k.endswith(".epilog") or k == "help.root"))
def test_help_block_lines_fit(key):
    """Lines of \\b paragraphs are printed as written: keep them narrow, example commands too."""
    for text in help_area.PHRASES[key]:
        for block in _blocks(text):
            for line in block:
                assert len(line) <= BLOCK_LINE_MAX, f"{key}: {line!r}"


def test_italian_terminology():
    for key, (it, _) in ((k, p) for _, k, p in ENTRIES):
        assert not ITALIAN_BANNED.search(it), f"{key}: say 'soci', not 'membri': {it!r}"


def test_catalogue_is_light():
    """Plain dict literals: the areas import nothing, the package imports only the areas."""
    folder = Path(phrases.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert path.name == "__init__.py" and node.level == 1, f"{path.name} imports {node.module}"
                assert node.module in {"help", "labels", "messages", "validation"}, node.module
            assert not isinstance(node, ast.Import), f"{path.name} imports a module"


_USE = re.compile(r"""\bphrase(_n)?\(\s*(["'])([a-z0-9_.]+)\2""")


PACKAGE = Path(phrases.__file__).parent.parent


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_key_used_in_the_code_exists():
    """Literal keys passed to phrase()/phrase_n() anywhere in ctl_cli, in every folder."""
    all_keys = phrases.keys()
    used = 0
    for path in _modules():
        for m in _USE.finditer(path.read_text(encoding="utf-8")):
            plural, key = m.group(1), m.group(3)
            wanted = [f"{key}.one", f"{key}.other"] if plural else [key]
            for k in wanted:
                assert k in all_keys, f"{path.relative_to(PACKAGE)} uses unknown key {k}"
            used += 1
    assert used > 40  # the scan does reach the commands and the pages


def test_the_scan_sees_phrase_n_and_nested_folders():
    assert _USE.search('phrase_n("msg.sources.footer", n, lang)').group(3) == "msg.sources.footer"
    assert PACKAGE / "render" / "show.py" in _modules()


# Modules allowed to pick a language themselves (none: the catalogue does it).
LANG_CHOICE_ALLOWED: set[str] = set()
_LANG_LITERALS = {"it", "en"}


def _picks_a_language(node: ast.AST) -> bool:
    """`x == "it"`, `"en" != lang`, `lang in ("it", ...)`: a comparison with a language literal."""
    if not isinstance(node, ast.Compare):
        return False
    for side in [node.left, *node.comparators]:
        if isinstance(side, ast.Constant) and side.value in _LANG_LITERALS:
            return True
        if isinstance(side, (ast.Tuple, ast.List, ast.Set)) and any(
            isinstance(e, ast.Constant) and e.value in _LANG_LITERALS for e in side.elts
        ):
            return True
    return False


def test_no_module_outside_the_catalogue_picks_a_language():
    """Every phrase a user reads comes from ctl_cli/phrases: no `if lang == "it"` elsewhere."""
    found = []
    for path in _modules():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("phrases/") or rel in LANG_CHOICE_ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{rel}:{n.lineno}" for n in ast.walk(tree) if _picks_a_language(n)]
    assert not found, f"a language chosen outside ctl_cli/phrases: {found}"


def test_the_language_check_sees_the_usual_shapes():
    for code in ('lang == "it"', 'lang_ == "it"', '"en" != lang', 'it = lang == "it"', 'lang in ("it", "x")'):
        assert any(_picks_a_language(n) for n in ast.walk(ast.parse(code))), code
    assert not any(_picks_a_language(n) for n in ast.walk(ast.parse('kind == "cluster"')))


def test_the_old_label_module_is_gone():
    assert not (PACKAGE / "labels.py").exists()


def test_a_source_without_a_date_is_s_d_in_italian_and_n_d_in_english(ctl):
    it = ctl("--lang", "it", "sources", "mobility").stdout
    en = ctl("--lang", "en", "sources", "mobility").stdout
    assert "s.d." in it and "n.d." not in it
    assert "n.d." in en and "s.d." not in en
