"""The bundled dataset: complete where the research is, honest where it is not."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ctl_cli.dataset import locate, validate
from ctl_cli.records.orgs import org_sources
from ctl_cli.text import fold

from .expected import NINE


@pytest.fixture(scope="module")
def ds():
    path = locate.bundled_path()  # parsed directly: a module fixture runs outside the private cache
    return validate.parse(path.read_text(encoding="utf-8"), str(path))


def test_nine_recognised_and_one_pending(ds):
    assert {c.id for c in ds.clusters if c.recognised} == NINE
    assert [c.id for c in ds.clusters if not c.recognised] == ["cosmetics"]


def test_every_cluster_has_descriptions_in_both_languages(ds):
    for c in ds.clusters:
        assert c.description.it and c.description.en, c.id
        assert c.description.it != c.description.en, c.id
        assert c.name.it and c.theme.it and c.theme.en, c.id


def test_every_cluster_lists_members_and_says_the_list_is_partial(ds):
    for c in ds.clusters:
        assert c.members, c.id
        assert c.members_note, c.id
        if c.member_count:
            assert len(c.members) <= c.member_count.value or c.member_count.qualifier != "exact", c.id


def test_the_twelve_national_clusters(ds):
    assert len(ds.national_clusters) == 12
    linked = {c.national_cluster for c in ds.clusters if c.recognised}
    assert None not in linked and len(linked) == 9


def test_no_organisation_twice_under_two_spellings(ds):
    suffixes = re.compile(r"\b(s p a|spa|s r l|srl|s c p a|scpa|soc coop)\b")
    names = Counter()
    for org in ds.organisations.values():
        names[suffixes.sub("", fold(org.name)).strip()] += 1
    assert [n for n, k in names.items() if k > 1] == []


def test_every_organisation_belongs_to_a_cluster(ds):
    assert all(ds.memberships_of(oid) for oid in ds.organisations)


def test_every_source_is_used(ds):
    used = set()
    for c in ds.clusters:
        used.update(s for _, ids in c.field_sources for s in ids)
        used.update(p.source for p in c.people)
        used.update(m.source for m in c.members)
        for x in (c.member_count, c.member_breakdown):
            if x:
                used.add(x.source)
    # type, aliases, former names, status, successor, parent and identifiers (records.orgs says which)
    used.update(s for o in ds.organisations.values() for s in org_sources(ds, o))
    used.update(s for n in ds.national_clusters for s in n.sources)
    used.update(s for call in ds.calls for s in call.sources)
    if ds.info.total_members:
        used.add(ds.info.total_members.source)
    assert set(ds.sources) - used == set()
