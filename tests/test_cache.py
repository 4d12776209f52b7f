"""The index cache: used when valid, never stale, harmless when broken, and it answers exactly
what the query layer answers on the typed dataset."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctl_cli import cache
from ctl_cli.cache import index, store
from ctl_cli.dataset import locate, strict_yaml, validate
from ctl_cli.query.clusters import search_terms
from ctl_cli.query.scope import hidden
from ctl_cli.records.clusters import cluster_detail, cluster_summary

from . import oracle

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")


@pytest.fixture
def dataset(tmp_path) -> Path:
    p = tmp_path / "clusters.yaml"
    p.write_text(MINI, encoding="utf-8")
    return p


def forbid_parsing(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("the YAML parser or the validator ran although the index should have answered")

    monkeypatch.setattr(strict_yaml, "load", boom)
    monkeypatch.setattr(validate, "build", boom)


def only_index(private_cache) -> Path:
    [path] = private_cache.glob("index-*.sqlite")
    return path


def test_list_show_search_answer_from_the_index_without_parsing(dataset, private_cache, ctl, monkeypatch):
    first = {
        args: ctl("--data", str(dataset), *args, "--format", "json").stdout
        for args in [("list",), ("show", "alpha"), ("search", "--type", "startup")]
    }
    only_index(private_cache)
    forbid_parsing(monkeypatch)
    for args, out in first.items():
        assert ctl("--data", str(dataset), *args, "--format", "json").stdout == out


def test_an_edit_is_seen_on_the_next_run(dataset, ctl):
    before = json.loads(ctl("--data", str(dataset), "list", "--format", "json").stdout)
    assert before[0]["name"]["en"] == "Alpha Technology Cluster"
    dataset.write_text(MINI.replace("Alpha Technology Cluster", "Alpha Tech Cluster, edited"), encoding="utf-8")
    after = json.loads(ctl("--data", str(dataset), "list", "--format", "json").stdout)
    assert after[0]["name"]["en"] == "Alpha Tech Cluster, edited"
    search = json.loads(ctl("--data", str(dataset), "search", "beta", "--format", "json").stdout)
    assert [h["name"] for h in search] == ["Beta Srl"]


def test_an_edit_that_breaks_the_file_is_reported_not_hidden(dataset, ctl):
    assert ctl("--data", str(dataset), "list").exit_code == 0
    dataset.write_text(MINI.replace("type: sme,", "type: nonsense,"), encoding="utf-8")
    r = ctl("--data", str(dataset), "list")
    assert r.exit_code == 3 and "'nonsense' is not a member type" in r.stderr


def other_dataset_index(tmp_path) -> bytes:
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    index.write(con, validate.parse(MINI, "x"), "some-other-key")
    con.close()
    return other.read_bytes()


@pytest.mark.parametrize("content", ["empty", "garbage", "truncated", "foreign"])
def test_corrupt_or_foreign_index_is_ignored_and_rebuilt(dataset, private_cache, ctl, tmp_path, content):
    good = ctl("--data", str(dataset), "search", "--format", "json").stdout
    path = only_index(private_cache)
    data = {
        "empty": b"",
        "garbage": b"\x00\xff not a database" * 10,
        "truncated": path.read_bytes()[:3000],
        "foreign": other_dataset_index(tmp_path),
    }[content]
    path.write_bytes(data)
    r = ctl("--data", str(dataset), "search", "--format", "json")
    assert r.exit_code == 0 and r.stdout == good
    assert only_index(private_cache).read_bytes() != data


def test_an_index_that_breaks_while_read_is_rebuilt_once(dataset, private_cache, ctl, monkeypatch):
    ctl("--data", str(dataset), "list")
    calls = []
    real = index.Index.summaries

    def flaky(self):
        calls.append(1)
        if len(calls) == 1:
            raise index.Broken("database disk image is malformed")
        return real(self)

    monkeypatch.setattr(index.Index, "summaries", flaky)
    r = ctl("--data", str(dataset), "list", "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 2
    assert len(calls) == 2


def test_unwritable_or_missing_cache_directory_is_not_an_error(dataset, tmp_path, monkeypatch, ctl):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CTL_CACHE_DIR", str(blocker / "cache"))
    assert cache.load_path(dataset).clusters
    assert ctl("--data", str(dataset), "list").exit_code == 0


def test_cache_can_be_turned_off(dataset, private_cache, monkeypatch, ctl):
    monkeypatch.setenv("CTL_NO_CACHE", "1")
    assert ctl("--data", str(dataset), "show", "alpha").exit_code == 0
    assert list(private_cache.glob("*")) == []


def test_key_depends_on_bytes_and_version(monkeypatch):
    k = store.key(b"abc")
    assert k != store.key(b"abd")
    monkeypatch.setattr(store, "__version__", "999")
    assert k != store.key(b"abc")


def test_no_temporary_files_are_left_behind_and_old_indexes_are_pruned(dataset, private_cache, ctl):
    (private_cache / "dataset-0123.json").write_text("{}")  # the JSON cache of an older ctl
    for i in range(store.KEEP + 3):
        dataset.write_text(MINI.replace("Test dataset", f"Test dataset {i}"), encoding="utf-8")
        assert ctl("--data", str(dataset), "list").exit_code == 0
    names = [p.name for p in private_cache.iterdir()]
    assert len(names) == store.KEEP and all(n.startswith("index-") for n in names)
    assert all(os.access(p, os.R_OK) for p in private_cache.iterdir())


def test_classification_files_are_kept_only_for_the_newest_indexes(private_cache):
    # ten indexes with their classification files, the oldest first, and one classification file whose
    # index is gone: the KEEP newest indexes stay, with the KEEP_CLASSIFICATION newest of their tables
    for i in range(10):
        for prefix in (store.PREFIX, store.ATECO_PREFIX):
            path = private_cache / f"{prefix}{i:040d}.sqlite"
            path.write_bytes(b"x")
            os.utime(path, (1_000_000 + i, 1_000_000 + i))
    orphan = private_cache / f"{store.ATECO_PREFIX}{'f' * 40}.sqlite"
    orphan.write_bytes(b"x")
    store._prune(private_cache)
    left = sorted(p.name for p in private_cache.iterdir())
    assert [n for n in left if n.startswith(store.PREFIX)] == [f"{store.PREFIX}{i:040d}.sqlite" for i in range(2, 10)]
    assert [n for n in left if n.startswith(store.ATECO_PREFIX)] == [
        f"{store.ATECO_PREFIX}{i:040d}.sqlite" for i in range(7, 10)
    ]


# --------------------------------------------------------------------------- same answers

# built here, in memory: module-level code runs before the private-cache fixture exists
BUNDLED = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled")
_con = sqlite3.connect(":memory:")
index.write(_con, BUNDLED, "test")
INDEX = index.Index(_con, "bundled")
TYPES = [t.id for t in BUNDLED.member_types]
CLUSTERS = [c.id for c in BUNDLED.clusters]
WORDS = ["universita", "politecnico", "di", "milano", "srl", "spa", "a", "zz", "fondazione", "e", "polimi", "cnr"]
CITIES = ["Milano", "milano", "Brescia", "Varese", "Pavia", "Nowhere"]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), max_size=2),
    st.lists(st.sampled_from(TYPES), max_size=2),
    st.lists(st.sampled_from(CLUSTERS), max_size=2),
    st.none() | st.sampled_from(CITIES),
    st.none() | st.sampled_from(["MI", "mi", "BS", "VA", "Varese", "monza e della brianza", "CI", "RM"]),
    st.lists(st.sampled_from(["member_list", "founder", "board", "event"]), max_size=2),
    st.booleans(),
)
def test_index_search_equals_query_search(words, types, clusters, city, province, bases, everything):
    text = " ".join(words) or None
    expected = [
        oracle.hit(h, BUNDLED) for h in oracle.search(BUNDLED, text, types, clusters, city, province, bases, everything)
    ]
    terms, city_f, province_u = search_terms(text, city, province)
    wanted = list(dict.fromkeys(clusters))
    left_out = hidden(INDEX.summaries(), wanted, everything)
    got = INDEX.search(terms, types, wanted, city_f, province_u, bases, left_out)
    assert got == expected


def test_index_records_equal_the_views():
    assert INDEX.summaries() == [cluster_summary(c) for c in BUNDLED.clusters]
    for c in BUNDLED.clusters:
        assert INDEX.detail(c.id) == cluster_detail(BUNDLED, c)


# --------------------------------------------------------------------------- the model from the index

LEGACY_NOTE = "Two named in public sources, against about ten."
LEGACY_IT = "Due nominati da fonti pubbliche, su una decina."
LEGACY = MINI.replace(f'{{it: "{LEGACY_IT}", en: "{LEGACY_NOTE}"}}', f'"{LEGACY_NOTE}"')


@pytest.mark.parametrize(
    "text",
    [locate.bundled_path().read_text(encoding="utf-8"), MINI, LEGACY],
    ids=["bundled", "mini", "legacy-plain-string-prose"],
)
def test_the_model_from_the_index_equals_the_model_from_parsing(text, monkeypatch):
    parsed = validate.parse(text, "x.yaml")
    con = sqlite3.connect(":memory:")
    index.write(con, parsed, "k")
    forbid_parsing(monkeypatch)  # a warm run checks nothing again: the index holds only a valid dataset
    warm = index.Index(con, "x.yaml").dataset()
    assert warm.warnings == ()  # warnings are `ctl validate`'s, which always parses
    parsed.warnings = ()
    assert warm == parsed  # every field, and tuples stay tuples (a list would not compare equal)
    assert warm.raw == parsed.raw and warm.path == "x.yaml"


def test_plain_string_prose_from_the_index_is_read_as_english_as_when_parsed():
    assert LEGACY != MINI
    parsed = validate.parse(LEGACY, "x.yaml")
    assert [w.key for w in parsed.warnings] == ["check.one_language"]
    con = sqlite3.connect(":memory:")
    index.write(con, parsed, "k")
    warm = index.Index(con, "x.yaml").dataset()
    assert warm.clusters[0].members_note == parsed.clusters[0].members_note
    assert (warm.clusters[0].members_note.it, warm.clusters[0].members_note.en) == (None, LEGACY_NOTE)
