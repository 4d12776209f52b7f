"""ctl diff OLD NEW: each kind of change found (query/diff.py), its page in every format, its exit codes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from ctl_cli.cache import load_path
from ctl_cli.dataset.locate import bundled_path
from ctl_cli.query.diff import counts, diff

from .conftest import MINI

BASE = yaml.safe_load(MINI.read_text(encoding="utf-8"))


@pytest.fixture
def pair(tmp_path):
    """pair(change) -> (old path, new path): the mini dataset, and a copy that change(doc) edited."""

    def make(change) -> tuple[str, str]:
        doc = copy.deepcopy(BASE)
        change(doc)
        new = tmp_path / "new.yaml"
        new.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return str(MINI), str(new)

    return make


def record(old: str, new: str) -> dict:
    return diff(load_path(Path(old)), load_path(Path(new)))


def org(doc, oid):
    return next(o for o in doc["organisations"] if o["id"] == oid)


def cluster(doc, cid):
    return next(c for c in doc["clusters"] if c["id"] == cid)


def test_a_dataset_against_itself_has_no_difference():
    ds = load_path(bundled_path())
    r = diff(ds, ds)
    assert r["same"] and counts(r) == {} and r["dataset"] == []


def test_the_bundled_dataset_against_a_fresh_copy_of_itself(tmp_path):
    copy_ = tmp_path / "copy.yaml"
    copy_.write_bytes(bundled_path().read_bytes())
    assert record(str(bundled_path()), str(copy_))["same"]


def test_version_and_date(pair):
    def change(doc):
        doc["dataset"]["version"] = "test-2"
        doc["dataset"]["as_of"] = "2026-02-01"

    r = record(*pair(change))
    assert r["dataset"] == [
        {"field": "version", "old": "test-1", "new": "test-2"},
        {"field": "as_of", "old": "2026-01-01", "new": "2026-02-01"},
    ]
    assert (r["old"]["version"], r["new"]["version"]) == ("test-1", "test-2")
    assert not r["same"]


def test_cluster_fields_status_count_and_people(pair):
    def change(doc):
        c = cluster(doc, "alpha-tech")
        c["website"] = "https://alpha.example.net"
        c["member_count"]["value"] = 12
        c["people"] = [{"name": "Ada Rossi", "role": "president", "source": "src-a"}]
        cluster(doc, "waiting")["status"] = "recognised"

    r = record(*pair(change))
    changed = {c["id"]: c for c in r["clusters"]["changed"]}
    fields = {f["field"]: f for f in changed["alpha-tech"]["fields"]}
    assert fields["website"]["new"] == "https://alpha.example.net"
    assert fields["member_count"]["old"]["value"] == 10 and fields["member_count"]["new"]["value"] == 12
    assert changed["alpha-tech"]["people_added"] == [{"name": "Ada Rossi", "role": "president"}]
    assert changed["alpha-tech"]["people_removed"] == []
    assert changed["waiting"]["fields"] == [{"field": "status", "old": "pending", "new": "recognised"}]
    assert set(changed) == {"alpha-tech", "waiting"}


def test_clusters_added_and_removed(pair):
    def change(doc):
        gone = cluster(doc, "waiting")
        doc["clusters"].remove(gone)
        doc["clusters"].append({**gone, "id": "another", "name": {"it": "Altro", "en": "Another"}})

    r = record(*pair(change))
    assert [c["id"] for c in r["clusters"]["added"]] == ["another"]
    assert [c["id"] for c in r["clusters"]["removed"]] == ["waiting"]


def test_organisations_added_removed_and_changed(pair):
    def change(doc):
        doc["organisations"].append({"id": "delta", "name": "Delta Spa", "type": "other", "city": "Como"})
        cluster(doc, "beta-green")["members"] = [
            m for m in cluster(doc, "beta-green")["members"] if m["org"] != "gamma"
        ]
        doc["organisations"].remove(org(doc, "gamma"))
        o = org(doc, "beta-srl")
        o.update(type="large_company", city="Gallarate", pic={"value": "999999999", "source": "src-a"})

    r = record(*pair(change))
    orgs = r["organisations"]
    assert [o["id"] for o in orgs["added"]] == ["delta"]
    assert orgs["removed"] == [{"id": "gamma", "name": "Gamma Start", "type": "startup", "city": "Novara"}]
    fields = {f["field"]: (f["old"], f["new"]) for f in orgs["changed"][0]["fields"]}
    assert fields["type"] == ("sme", "large_company") and fields["city"] == ("Varese", "Gallarate")
    assert fields["pic"] == (None, {"value": "999999999", "source": "src-a"})
    assert orgs["renamed"] == []


def test_an_organisation_renamed_under_its_id(pair):
    r = record(*pair(lambda doc: org(doc, "beta-srl").update(name="Beta Spa")))
    assert r["organisations"]["renamed"] == [
        {"old_id": "beta-srl", "id": "beta-srl", "old_name": "Beta Srl", "name": "Beta Spa"}
    ]
    assert r["organisations"]["changed"] == [] and r["memberships"] == {"added": [], "removed": [], "changed": []}


def test_a_retired_id_on_another_organisation_is_a_renaming_and_its_memberships_follow(pair):
    def change(doc):
        o = org(doc, "beta-srl")
        o.update(id="beta-spa", name="Beta Spa", retired_ids=["beta-srl"])
        for m in cluster(doc, "alpha-tech")["members"]:
            if m["org"] == "beta-srl":
                m["org"] = "beta-spa"

    r = record(*pair(change))
    orgs = r["organisations"]
    assert orgs["renamed"] == [{"old_id": "beta-srl", "id": "beta-spa", "old_name": "Beta Srl", "name": "Beta Spa"}]
    assert orgs["added"] == [] and orgs["removed"] == []
    assert [f["field"] for f in orgs["changed"][0]["fields"]] == ["retired_ids"]
    assert r["memberships"] == {"added": [], "removed": [], "changed": []}


def test_merged_into_another_organisation(pair):
    def change(doc):
        org(doc, "gamma").update(status={"value": "merged", "since": "2025", "source": "src-a"},
                                 successor={"org": "beta-srl", "source": "src-a"})  # fmt: skip

    fields = {f["field"]: f for f in record(*pair(change))["organisations"]["changed"][0]["fields"]}
    assert fields["status"]["new"]["value"] == "merged" and fields["successor"]["new"]["org"] == "beta-srl"


def test_memberships_added_removed_and_changed_with_basis(pair):
    def change(doc):
        members = cluster(doc, "alpha-tech")["members"]
        members[1]["basis"] = "member_list"  # beta-srl: event -> member_list
        members.append({"org": "gamma", "basis": "own_statement", "source": "src-a"})
        cluster(doc, "beta-green")["members"].pop(0)  # uni-alpha

    r = record(*pair(change))
    m = r["memberships"]
    assert m["added"] == [
        {"cluster": "alpha-tech", "org": "gamma", "name": "Gamma Start", "basis": "own_statement", "source": "src-a"}
    ]
    assert m["removed"] == [
        {"cluster": "beta-green", "org": "uni-alpha", "name": "Università Alpha", "basis": "founder", "source": "src-b"}
    ]
    assert m["changed"][0]["fields"] == [{"field": "basis", "old": "event", "new": "member_list"}]
    listed = {c["id"]: c["members_listed"] for c in r["clusters"]["changed"]}
    assert listed == {"alpha-tech": {"old": 2, "new": 3}, "beta-green": {"old": 2, "new": 1}}


def test_sources_added_removed_and_changed(pair):
    def change(doc):
        doc["sources"][0]["title"] = "Page A"
        doc["sources"].append({"id": "src-c", "url": "https://example.org/c", "publisher": "example.org"})

    r = record(*pair(change))
    assert r["sources"]["added"] == [{"id": "src-c", "url": "https://example.org/c", "title": None}]
    assert r["sources"]["changed"][0]["fields"] == [{"field": "title", "old": None, "new": "Page A"}]
    assert r["sources"]["removed"] == []
    assert counts(r) == {"sources": {"added": 1, "changed": 1}}


# --------------------------------------------------------------------------- the command


def _everything(doc):
    doc["dataset"]["version"] = "test-2"
    org(doc, "beta-srl")["name"] = "Beta Spa"
    cluster(doc, "alpha-tech")["members"].append({"org": "gamma", "basis": "event", "source": "src-a"})
    doc["sources"][1]["title"] = "Pagina B, con un titolo abbastanza lungo da andare a capo in una colonna stretta"


def test_no_differences_is_said_on_stderr_and_exits_0(ctl, mini):
    r = ctl("diff", mini, mini)
    assert r.exit_code == 0
    assert "No differences" in r.stderr
    assert ctl("diff", mini, mini, "--lang", "it").stderr.startswith("Nessuna differenza")


def test_differences_exit_0_and_json_keys_are_stable(ctl, pair):
    old, new = pair(_everything)
    outs = [json.loads(ctl("diff", old, new, "-f", "json", "--lang", lang).stdout) for lang in ("it", "en")]
    assert outs[0] == outs[1]
    r = outs[0]
    assert list(r) == ["old", "new", "dataset", "clusters", "organisations", "memberships", "member_types",
                       "national_clusters", "calls", "sources", "same"]  # fmt: skip
    assert r["same"] is False and r["new"]["version"] == "test-2"
    assert ctl("diff", old, new).exit_code == 0


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("width", [60, 80, 200])
def test_the_table_fits_the_width(ctl, pair, lang, width):
    old, new = pair(_everything)
    r = ctl("diff", old, new, "--lang", lang, env={"COLUMNS": str(width)})
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert all(len(line) <= width for line in lines if "/" not in line), lines  # paths and URLs are never cut
    text = "\n".join(lines)
    assert "Beta Spa" in text and "gamma" in text and "test-2" in text
    assert ("Organizzazioni" if lang == "it" else "Organisations") in text


def test_markdown_for_release_notes(ctl, pair):
    old, new = pair(_everything)
    md = ctl("diff", old, new, "-f", "markdown").stdout
    assert md.startswith("### From ")
    assert "#### Organisations — renamed: 1" in md and "#### Memberships — added: 1" in md
    assert "| version | test-1 | test-2 |" in md


def test_csv_has_a_row_per_change(ctl, pair):
    old, new = pair(_everything)
    rows = ctl("diff", old, new, "-f", "csv").stdout.splitlines()
    assert rows[0] == "section,kind,id,field,old,new"
    assert "organisations,renamed,beta-srl,name,Beta Srl,Beta Spa" in rows
    assert "memberships,added,alpha-tech / gamma,,," in rows


def test_a_missing_file_exits_3_naming_it(ctl, mini, tmp_path):
    r = ctl("diff", mini, str(tmp_path / "nosuch.yaml"))
    assert r.exit_code == 3
    assert "nosuch.yaml" in r.stderr and "not found" in r.stderr and "OLD or NEW" in r.stderr
    assert "--lenient" not in r.stderr  # no help for a file that is not there


def test_an_invalid_file_exits_3_naming_it(ctl, mini, write_yaml):
    bad = write_yaml(MINI.read_text(encoding="utf-8").replace("type: sme,", "type: nosuch,"), "bad.yaml")
    r = ctl("diff", bad, mini)
    assert r.exit_code == 3 and "bad.yaml" in r.stderr
    assert (
        "is not valid (1 problem); if it is an older release that only today's rules refuse, --lenient reads it"
        in r.stderr
    )
    assert r.stdout == ""


def test_lenient_reads_an_older_release_that_todays_rules_refuse(ctl, mini, write_yaml):
    # An SME with no type_source: a cross-record rule added after the first release (the shape is right).
    older = write_yaml(
        MINI.read_text(encoding="utf-8").replace("type: sme, type_source: src-b,", "type: sme,"), "o.yaml"
    )
    assert ctl("diff", older, mini).exit_code == 3
    r = ctl("diff", older, mini, "--lenient", "-f", "json")
    assert r.exit_code == 0, r.stderr
    assert "o.yaml: 1 problem that today's rules find" in r.stderr
    changed = json.loads(r.stdout)["organisations"]["changed"]
    assert changed[0]["fields"] == [{"field": "type_source", "old": None, "new": "src-b"}]


def test_lenient_still_refuses_a_wrong_shape(ctl, mini, write_yaml):
    bad = write_yaml(MINI.read_text(encoding="utf-8").replace('version: "test-1"', "version: [1]"), "shape.yaml")
    assert ctl("diff", bad, mini, "--lenient").exit_code == 3


def test_summary_counts_the_changed_records_by_field(ctl, pair):
    def change(doc):
        for o in doc["organisations"]:
            o["city"] = "Como"
            o["province"] = "CO"

    old, new = pair(change)
    md = ctl("diff", old, new, "--summary", "-f", "markdown").stdout
    assert "| city | 3 | uni-alpha, beta-srl, gamma |" in md and "| province | 3 |" in md
    assert "Milano" not in md  # no values before and after
    full = ctl("diff", old, new, "-f", "markdown").stdout
    assert "| city | Milano | Como |" in full
    assert json.loads(ctl("diff", old, new, "--summary", "-f", "json").stdout) == json.loads(
        ctl("diff", old, new, "-f", "json").stdout
    )


def test_summary_names_at_most_twelve_records_per_field(ctl, tmp_path):
    def write(name: str, title: str | None) -> str:
        doc = copy.deepcopy(BASE)
        extra = [{"id": f"s-{i}", "url": f"https://example.org/{i}", "publisher": "example.org"} for i in range(13)]
        doc["sources"] += [{**s, "title": title} if title else s for s in extra]
        path = tmp_path / name
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        return str(path)

    text = ctl("diff", write("a.yaml", None), write("b.yaml", "T"), "--summary").stdout
    assert "over 12: without --summary it shows them all" in text and "s-0" not in text


def test_swapping_old_and_new_swaps_added_and_removed(pair):
    """diff(B, A) is diff(A, B) turned round: what one adds the other removes, each change's before and after swap."""

    def change(doc):
        _everything(doc)
        doc["organisations"].append({"id": "delta", "name": "Delta Spa", "type": "other"})
        doc["sources"].append({"id": "src-c", "url": "https://example.org/c", "publisher": "example.org"})
        cluster(doc, "beta-green")["members"].pop(0)

    old, new = pair(change)
    forward, back = record(old, new), record(new, old)
    for section in ("clusters", "organisations", "memberships", "member_types", "national_clusters", "sources"):
        assert sorted(map(str, forward[section]["added"])) == sorted(map(str, back[section]["removed"]))
        assert sorted(map(str, forward[section]["removed"])) == sorted(map(str, back[section]["added"]))
    swapped = [{"field": f["field"], "old": f["new"], "new": f["old"]} for f in forward["dataset"]]
    assert swapped == back["dataset"]
    assert back["memberships"]["removed"] and back["organisations"]["removed"] and back["sources"]["removed"]


# --------------------------------------------------------------------------- what a newcomer found


LENIENT_HINT = "--lenient reads it"


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xff\xfe not UTF-8",  # an xlsx (a zip): not UTF-8
        b"[1, 2]\n",  # a JSON array: not a mapping
        b"clusters: [\n",  # not YAML
        MINI.read_bytes().replace(b'version: "test-1"', b"version: [1]"),  # a wrong shape
    ],
    ids=["xlsx", "json-array", "not-yaml", "wrong-shape"],
)
@pytest.mark.parametrize("lenient", [False, True])
def test_lenient_is_advised_only_for_a_file_that_just_the_rules_refuse(ctl, mini, tmp_path, content, lenient):
    bad = tmp_path / "bad.data"
    bad.write_bytes(content)
    r = ctl("diff", str(bad), mini, *(["--lenient"] if lenient else []))
    assert r.exit_code == 3 and "bad.data" in r.stderr
    assert LENIENT_HINT not in r.stderr and "--lenient la legge" not in r.stderr
    assert "the dataset is not valid" in r.stderr


def test_lenient_is_not_advised_once_given():
    # A file that only the rules refuse, and that --lenient still cannot read (a rule it breaks leaves the
    # model unbuildable): no advice to give the option that was given.
    from ctl_cli.commands.failures import chosen_by, messages
    from ctl_cli.errors import DatasetError, Problem

    e = DatasetError([Problem("old.yaml", 3, 5, "some rule")], rules_only=True)
    assert chosen_by(None, {"old": "a", "new": "b", "lenient": True}) == "diff_lenient"
    assert chosen_by(None, {"old": "a", "new": "b", "lenient": False}) == "diff"
    assert LENIENT_HINT in messages(e, "en", "diff")[-1]
    assert messages(e, "en", "diff_lenient")[-1] == "ctl: the dataset is not valid (1 problem)."
    shape = DatasetError([Problem("old.yaml", 3, 5, "a wrong shape")])
    assert messages(shape, "en", "diff")[-1] == "ctl: the dataset is not valid (1 problem)."


def test_csv_leaves_a_missing_value_empty(ctl, pair):
    def change(doc):
        doc["dataset"]["licence_id"] = "CC-BY-4.0"
        org(doc, "beta-srl")["pic"] = {"value": "999999999", "source": "src-a"}

    old, new = pair(change)
    assert "licence_id" not in BASE["dataset"]
    rows = ctl("diff", old, new, "-f", "csv").stdout.splitlines()
    assert "dataset,changed,,licence_id,,CC-BY-4.0" in rows
    assert 'organisations,changed,beta-srl,pic,,"value: 999999999, source: src-a"' in rows
    assert "—" not in "\n".join(rows)
    assert json.loads(ctl("diff", old, new, "-f", "json").stdout)["dataset"][0]["old"] is None
    assert "| licence_id | — | CC-BY-4.0 |" in ctl("diff", old, new, "-f", "markdown").stdout  # people see a dash


@pytest.mark.parametrize("args, which", [(["", "NEW_PATH"], "OLD"), (["NEW_PATH", "  "], "NEW")])
def test_an_empty_old_or_new_is_a_usage_error_naming_which(ctl, mini, args, which):
    args = [mini if a == "NEW_PATH" else a for a in args]
    r = ctl("diff", *args)
    assert r.exit_code == 2
    assert f"{which} is empty" in r.stderr
    assert f"{which} è vuoto" in ctl("diff", *args, "--lang", "it").stderr


def test_italian_counts_agree_with_each_section(ctl, pair):
    def change(doc):
        _everything(doc)
        doc["organisations"].append({"id": "delta", "name": "Delta Spa", "type": "other"})
        doc["sources"].append({"id": "src-c", "url": "https://example.org/c", "publisher": "example.org"})
        org(doc, "gamma")["city"] = "Como"
        org(doc, "gamma")["province"] = "CO"
        cluster(doc, "alpha-tech")["website"] = "https://alpha.example.net"
        cluster(doc, "beta-green")["members"].pop(0)

    old, new = pair(change)
    md = ctl("diff", old, new, "-f", "markdown", "--lang", "it").stdout
    assert "#### Cluster — modificati: 2" in md  # masculine
    assert "#### Organizzazioni — aggiunte: 1, rinominate: 1, modificate: 1" in md
    assert "#### Adesioni — aggiunte: 1, tolte: 1" in md
    assert "#### Fonti — aggiunte: 1, modificate: 1" in md
    assert "Dataset: 1 campo cambiato" in md
    for wrong in ("Organizzazioni — aggiunti", "modificati: 1, ", "Fonti — aggiunti", "Adesioni — aggiunti"):
        assert wrong not in md
    en = ctl("diff", old, new, "-f", "markdown").stdout
    assert "#### Organisations — added: 1, renamed: 1, changed: 1" in en and "Dataset: 1 field changed" in en
