"""The parse cache: used when valid, never stale, harmless when broken."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ctl_cli import cache, loader, yamlsafe

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")


@pytest.fixture
def dataset(tmp_path) -> Path:
    p = tmp_path / "clusters.yaml"
    p.write_text(MINI, encoding="utf-8")
    return p


def forbid_yaml(monkeypatch):
    def boom(text):
        raise AssertionError("the YAML parser ran although the cache should have answered")

    monkeypatch.setattr(yamlsafe, "load", boom)


def test_second_load_comes_from_the_cache(dataset, private_cache, monkeypatch):
    first = loader.load_path(dataset)
    assert list(private_cache.glob("dataset-*.json"))
    forbid_yaml(monkeypatch)
    second = loader.load_path(dataset)
    assert [c.id for c in second.clusters] == [c.id for c in first.clusters]
    assert second.organisations == first.organisations


def test_an_edit_is_seen_on_the_next_run(dataset, ctl):
    before = json.loads(ctl("--data", str(dataset), "list", "--format", "json").stdout)
    assert before[0]["name"]["en"] == "Alpha Technology Cluster"
    dataset.write_text(MINI.replace("Alpha Technology Cluster", "Alpha Tech Cluster, edited"), encoding="utf-8")
    after = json.loads(ctl("--data", str(dataset), "list", "--format", "json").stdout)
    assert after[0]["name"]["en"] == "Alpha Tech Cluster, edited"


def test_an_edit_that_breaks_the_file_is_reported_not_hidden(dataset, ctl):
    assert ctl("--data", str(dataset), "list").exit_code == 0
    dataset.write_text(MINI.replace("type: sme,", "type: nonsense,"), encoding="utf-8")
    assert ctl("--data", str(dataset), "list").exit_code == 3


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"key": "other", "data": {}}', b"\x00\xff" * 10, b"[]"])
def test_corrupt_or_foreign_cache_is_ignored_and_rebuilt(dataset, private_cache, content):
    loader.load_path(dataset)
    [cached] = private_cache.glob("dataset-*.json")
    cached.write_bytes(content)
    ds = loader.load_path(dataset)
    assert [c.id for c in ds.clusters] == ["alpha-tech", "beta-green", "waiting"]
    assert json.loads(cached.read_bytes())["data"]["dataset"]["title"] == "Test dataset"


def test_a_cache_that_decodes_to_a_bad_dataset_is_still_validated(dataset, private_cache):
    ds = loader.load_path(dataset)
    [cached] = private_cache.glob("dataset-*.json")
    data = json.loads(cached.read_bytes())
    data["data"]["organisations"][0]["type"] = "nonsense"
    cached.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(loader.DatasetError):
        loader.load_path(dataset)
    assert ds.organisations["uni-alpha"].type == "university"


def test_unwritable_or_missing_cache_directory_is_not_an_error(dataset, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CTL_CACHE_DIR", str(blocker / "cache"))
    assert loader.load_path(dataset).clusters


def test_cache_can_be_turned_off(dataset, private_cache, monkeypatch):
    monkeypatch.setenv("CTL_NO_CACHE", "1")
    loader.load_path(dataset)
    assert list(private_cache.glob("*")) == []


def test_key_depends_on_bytes_and_version(monkeypatch):
    k = cache.key(b"abc")
    assert k != cache.key(b"abd")
    monkeypatch.setattr(cache, "__version__", "999")
    assert k != cache.key(b"abc")


def test_no_temporary_files_are_left_behind(dataset, private_cache):
    loader.load_path(dataset)
    assert [p.name for p in private_cache.iterdir() if p.name.startswith(".tmp")] == []
    assert all(os.access(p, os.R_OK) for p in private_cache.iterdir())
