"""The design the tree shows: layers imported one way only (import-linter contracts in
pyproject.toml), no import cycle between any two modules, no code module over about 300 lines."""

from __future__ import annotations

import os
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ctl_cli"
MAX_LINES = 300
# Modules allowed past MAX_LINES, each with the reason. The phrase catalogue (ctl_cli/phrases) is
# prose, not code, and is exempt.
ALLOWED_LONGER: dict[str, str] = {
    "ctl_cli/dataset/model.py": "one small frozen dataclass per record the schema declares, and nothing else: "
    "the typed model read in one place (split by record, a reader would hunt for it)",
}


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("ctl_cli", cache_dir=None)  # every import, inside functions and TYPE_CHECKING too


def test_import_contracts_are_kept(monkeypatch):
    monkeypatch.chdir(ROOT)  # lint-imports reads pyproject.toml from the current folder
    assert lint_imports(no_cache=True) == 0, "an import breaks the layers: run `lint-imports` to see which"


def test_the_contract_catches_an_upward_import(graph):
    """The layers contract would see it: the query layer importing a renderer is an illegal chain."""
    graph.add_import(importer="ctl_cli.query.clusters", imported="ctl_cli.render.formats")
    layers = ["ctl_cli.commands", "ctl_cli.render", "ctl_cli.query"]
    illegal = graph.find_illegal_dependencies_for_layers(layers=layers)
    graph.remove_import(importer="ctl_cli.query.clusters", imported="ctl_cli.render.formats")
    assert illegal


def cycles(graph: grimp.ImportGraph) -> list[str]:
    """Every module that imports a module that imports it back, directly or not, with the chain."""
    out = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.chain_exists(importer=imported, imported=module):
                chain = graph.find_shortest_chain(importer=imported, imported=module)
                out.append(" -> ".join((module, *chain)))
    return out


def test_no_module_imports_itself_round_a_cycle(graph):
    assert cycles(graph) == []


def test_a_cycle_would_be_seen(graph):
    graph.add_import(importer="ctl_cli.render.terminal", imported="ctl_cli.render.formats")  # formats imports terminal
    found = cycles(graph)
    graph.remove_import(importer="ctl_cli.render.terminal", imported="ctl_cli.render.formats")
    assert any("ctl_cli.render.terminal" in c and "ctl_cli.render.formats" in c for c in found)


def test_the_index_does_not_import_the_query_layer(graph):
    assert not graph.chain_exists(importer="ctl_cli.cache.index", imported="ctl_cli.query", as_packages=True)


def code_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "phrases" not in p.relative_to(PACKAGE).parts)


def test_no_code_module_is_over_300_lines():
    over = {}
    for path in code_modules():
        name = str(path.relative_to(ROOT))
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and name not in ALLOWED_LONGER:
            over[name] = lines
    assert over == {}, f"split these modules (or allow one in ALLOWED_LONGER, with the reason): {over}"


def test_every_allowed_exception_still_needs_it():
    for name in ALLOWED_LONGER:
        path = ROOT / name
        assert path.is_file() and len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES, name


def test_each_command_lives_in_the_file_of_its_name():
    from ctl_cli.commands import COMMANDS, app

    registered = [c.name for c in app.registered_commands]
    assert registered == list(COMMANDS)
    files = {p.stem for p in (PACKAGE / "commands").glob("*.py")} - {"__init__", "options", "failures", "complete"}
    assert files == set(COMMANDS)
    for c in app.registered_commands:
        assert c.callback.__module__ == f"ctl_cli.commands.{c.name}"
        assert os.path.basename(c.callback.__wrapped__.__code__.co_filename) == f"{c.name}.py"
