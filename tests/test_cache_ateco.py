"""The classification's tables (cache/ateco) are made only when `ctl match` first needs them, in a file of
their own beside the index, then read from it; a broken or foreign one is made again (issue 10: the cold
first run of every other command does not pay for the ATECO classification)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctl_cli.records import classification

BUNDLED = Path(__file__).parent.parent / "data" / "clusters.yaml"  # it has ATECO -> cluster rows


@pytest.fixture
def dataset(tmp_path) -> Path:
    p = tmp_path / "clusters.yaml"
    p.write_bytes(BUNDLED.read_bytes())
    return p


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts the calls of records.classification.build (the second of work a new file costs)."""
    calls: list[int] = []
    real = classification.build

    def counted(ds):  # noqa: ANN001, ANN202
        calls.append(1)
        return real(ds)

    monkeypatch.setattr(classification, "build", counted)
    return calls


def match(ctl, dataset: Path, *args: str):  # noqa: ANN001, ANN201
    return ctl("--data", str(dataset), "match", *args, "--format", "json")


def test_other_commands_never_make_the_classification(dataset, private_cache, ctl, builds):
    for args in (["list"], ["show", "agrifood"], ["search", "--type", "sme"], ["stats"], ["sources"]):
        assert ctl("--data", str(dataset), *args).exit_code == 0, args
    assert builds == []
    assert list(private_cache.glob("ateco-*.sqlite")) == []
    assert len(list(private_cache.glob("index-*.sqlite"))) == 1


def test_match_makes_it_once_then_reads_it(dataset, private_cache, ctl, builds):
    first = match(ctl, dataset, "--ateco", "10.51")
    assert first.exit_code == 0 and json.loads(first.stdout)[0]["id"] == "agrifood"
    assert len(builds) == 1
    [made] = private_cache.glob("ateco-*.sqlite")
    [idx] = private_cache.glob("index-*.sqlite")
    assert made.name.removeprefix("ateco-") == idx.name.removeprefix("index-")  # the dataset's own key
    again = match(ctl, dataset, "--ateco", "10.51")
    assert again.stdout == first.stdout and len(builds) == 1
    text = match(ctl, dataset, "formaggi e latte")
    assert text.exit_code == 0 and len(builds) == 1
    assert [p.name for p in private_cache.iterdir() if p.name.startswith(".tmp")] == []


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_a_broken_or_foreign_file_is_made_again(dataset, private_cache, ctl, builds, content, tmp_path):
    first = match(ctl, dataset, "--ateco", "10.51").stdout
    [made] = private_cache.glob("ateco-*.sqlite")
    if content is None:  # a real classification file, stamped with another dataset's key
        import sqlite3

        con = sqlite3.connect(made)
        con.execute("UPDATE ateco_key SET key = 'another'")
        con.commit()
        con.close()
    else:
        made.write_bytes(content)
    assert match(ctl, dataset, "--ateco", "10.51").stdout == first
    assert len(builds) == 2


def test_without_a_cache_it_is_made_in_memory(dataset, monkeypatch, ctl, builds, tmp_path):
    monkeypatch.setenv("CTL_NO_CACHE", "1")
    r = match(ctl, dataset, "--ateco", "10.51")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["id"] == "agrifood"
    assert len(builds) == 1


@pytest.mark.parametrize("cached", [True, False])
def test_the_command_is_told_only_while_the_tables_are_made(dataset, private_cache, monkeypatch, builds, cached):
    # `ctl match` shows "Preparing the ATECO classification..." through this hook: entered while the
    # tables are made (build runs inside it), never when they are read from their file
    from ctl_cli.cache import open_index

    if not cached:
        monkeypatch.setenv("CTL_NO_CACHE", "1")
    entered: list[int] = []

    class Busy:
        def __enter__(self):  # noqa: ANN204
            entered.append(len(builds))

        def __exit__(self, *exc):  # noqa: ANN002, ANN204
            entered.append(len(builds))

    open_index(dataset).classification(Busy)
    assert entered == [0, 1]  # around the one build
    if cached:
        open_index(dataset).classification(Busy)  # a new run: read from the file, nothing said
        assert entered == [0, 1] and len(builds) == 1


def test_the_preparing_line_goes_to_a_terminal_only(monkeypatch, capsys):
    from ctl_cli.render import match as page

    with page.preparing("en"):  # stderr is not a terminal under pytest: nothing drawn
        pass
    assert capsys.readouterr() == ("", "")
