"""`ctl org` answers from the records the index stores (cache index org_records and the org_names meta
value), not from the typed model: the record read from the index equals the one built from the model
(records.orgs.org_record), for every organisation of the bundled dataset and of the fixtures with
history and EU projects, and looking up a name through the index's names finds what the model's did."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ctl_cli.cache import index
from ctl_cli.cache.lazy import LazyIndex
from ctl_cli.dataset import locate, validate
from ctl_cli.query.orgs import find_orgs, found_as, suggest_orgs
from ctl_cli.records.orgs import org_entries, org_names, org_record, packed, unpacked

from .test_eu_projects_show import projects_text
from .test_org_history import history
from .test_process import cold_then_warm

DATASETS = {
    "bundled": locate.bundled_path().read_text(encoding="utf-8"),
    "history": history(),
    "projects": projects_text(),
}


def indexed(text: str, name: str):
    """(the typed dataset, its index written to a database in memory, the same index made lazily)."""
    ds = validate.parse(text, name)
    con = sqlite3.connect(":memory:")
    index.write(con, ds, "k")
    return ds, index.Index(con, name), LazyIndex(ds, "k", name)


@pytest.mark.parametrize("name", DATASETS)
def test_every_organisation_record_from_the_index_equals_the_one_from_the_model(name):
    ds, full, lazy = indexed(DATASETS[name], name)
    assert len(ds.organisations) > 2
    for org in ds.organisations.values():
        expected = org_record(ds, org)
        assert full.org(org.id) == expected, org.id
        assert lazy.org(org.id) == expected, org.id
        # the same text, key for key and in the same order, as --format json prints it
        assert json.dumps(full.org(org.id)) == json.dumps(expected)
    assert full.org_names() == {o.id: org_names(o) for o in ds.organisations.values()}
    assert list(full.org_names()) == list(ds.organisations)  # in the dataset's order


def test_the_index_stores_a_record_without_its_empty_values():
    ds, full, _ = indexed(DATASETS["history"], "history")
    stored = dict(full.con.execute("SELECT id, record FROM org_records"))
    assert json.loads(stored["gamma"]) == {
        "id": "gamma", "name": "Gamma Start", "type": "startup", "type_source": "src-a", "city": "Novara",
        "province": "NO", "istat_code": "003106", "nuts3": "ITC15", "clusters": json.loads(stored["gamma"])["clusters"],
        "sources": ["src-a"],
    }  # fmt: skip
    delta = json.loads(stored["delta-institute"])
    assert set(delta["identifiers"]) == {"ror", "wikidata", "vat", "codice_fiscale", "pic"}
    assert "found_as" not in delta and "parts" not in delta and delta["retired_ids"] == ["delta-lab"]
    assert unpacked(packed(org_entry_of(ds, "uni-alpha"))) == org_entry_of(ds, "uni-alpha")


def org_entry_of(ds, oid: str) -> dict:
    return dict(org_entries(ds))[oid]


def test_found_as_is_put_in_its_place():
    ds, full, _ = indexed(DATASETS["history"], "history")
    how = {"kind": "retired_id", "value": "delta-lab"}
    record = full.org("delta-institute", how)
    assert record == org_record(ds, ds.organisations["delta-institute"], how)
    assert list(record).index("found_as") == list(record).index("eu_projects") + 1


def test_a_record_with_a_parent_lists_its_parts_and_the_successor_its_predecessors():
    _, full, _ = indexed(DATASETS["history"], "history")
    assert [p["id"] for p in full.org("uni-alpha")["parts"]] == ["delta-institute"]
    assert [p["id"] for p in full.org("beta-srl")["predecessors"]] == ["delta-institute"]
    assert full.org("gamma")["parts"] == full.org("gamma")["predecessors"] == []


@pytest.mark.parametrize(
    "typed",
    ["assolombarda", "Univa", "universita", "universita milano", "milano", "polimi", "cnr", "S.p.A.", "spazio",
     "consiglionazionaledellericerche", "Unione degli Industriali della Provincia di Varese", "nosuch", "assolombrda"],
)  # fmt: skip
def test_the_index_names_find_what_the_model_finds(typed):
    ds, full, _ = indexed(DATASETS["bundled"], "bundled")
    from_model = {o.id: org_names(o) for o in ds.organisations.values()}
    found = find_orgs(full.org_names(), typed)
    assert found == find_orgs(from_model, typed)
    assert [found_as(o, typed) for o in found] == [found_as(o, typed) for o in find_orgs(from_model, typed)]
    assert suggest_orgs(full.org_names(), typed) == suggest_orgs(from_model, typed)


def test_a_stored_record_citing_a_source_the_index_lacks_is_broken():
    _, full, _ = indexed(DATASETS["history"], "history")
    full.con.execute("UPDATE org_records SET record = ? WHERE id = 'gamma'", (json.dumps({"sources": ["nosuch"]}),))
    with pytest.raises(index.Broken):
        full.org("gamma")
    with pytest.raises(ValueError):
        full.org("nosuch")
    full.con.execute("UPDATE meta SET value = '[[1]]' WHERE key = 'org_names'")
    with pytest.raises(index.Broken):
        full.org_names()
    with pytest.raises(ValueError):
        indexed(DATASETS["history"], "history")[2].org("nosuch")  # the lazy index too


def test_a_warm_org_answers_from_the_index_without_the_typed_model():
    runs = cold_then_warm("org", "univa", "--format", "json")
    assert runs[0].stderr.split()[-2:] == ["0", "True"]  # cold: parsed and checked
    assert runs[1].stderr.split()[-2:] == ["0", "False"]  # warm: the index's records only
    record = json.loads(runs[1].stdout)
    assert record == json.loads(runs[0].stdout)
    assert record["id"] == "confindustria-varese" and record["found_as"] == {"kind": "former_name", "value": "Univa"}
