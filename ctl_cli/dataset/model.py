"""Typed, immutable objects of the dataset. No I/O here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Text:
    """A text in Italian and English; either may be missing."""

    it: str | None = None
    en: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"it": self.it, "en": self.en}


@dataclass(frozen=True)
class Source:
    """A published source: where a fact comes from."""

    id: str
    url: str
    publisher: str
    date: str | None = None
    title: str | None = None
    supports: Text | None = None
    locator: str | None = None  # a downloaded file's name and row, for a source that is a registry's file


@dataclass(frozen=True)
class MemberType:
    """One member type of the taxonomy (large company, SME...), with its label."""

    id: str
    label: Text


@dataclass(frozen=True)
class Alias:
    """Another name of an organisation (a short name, acronym or spelling) and the source that uses it."""

    name: str
    source: str


@dataclass(frozen=True)
class FormerName:
    """An earlier name of an organisation, after a real renaming: until when, and its source (either may be unknown)."""

    name: str
    until: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class OrgStatus:
    """Where an organisation stands: active, renamed, merged, in_liquidation or dissolved; since when; its source."""

    value: str
    source: str
    since: str | None = None


@dataclass(frozen=True)
class OrgLink:
    """A link to another organisation (its successor, its parent), with the source that shows it."""

    org: str
    source: str


@dataclass(frozen=True)
class Identifier:
    """An identifier of an organisation (ROR, Wikidata, VAT, codice fiscale, PIC) and its source."""

    value: str
    source: str


@dataclass(frozen=True)
class EuProject:
    """An EU research project the organisation takes part in: CORDIS projectID (digits), acronym, the
    framework programme when its source says it (HORIZON, H2020), and that source."""

    id: str
    acronym: str
    source: str
    programme: str | None = None


@dataclass(frozen=True)
class Organisation:
    """A member organisation, once in the dataset."""

    id: str
    name: str
    type: str
    city: str | None = None
    province: str | None = None
    city_source: str | None = None
    aliases: tuple[Alias, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    type_source: str | None = None
    note: Text | None = None
    status: OrgStatus | None = None
    successor: OrgLink | None = None
    parent: OrgLink | None = None
    retired_ids: tuple[str, ...] = ()
    ror: Identifier | None = None
    wikidata: Identifier | None = None
    vat: Identifier | None = None
    codice_fiscale: Identifier | None = None
    pic: Identifier | None = None
    eu_projects: tuple[EuProject, ...] = ()


@dataclass(frozen=True)
class Membership:
    """An organisation's membership of a cluster: on what basis, from which source, as of when (None:
    the membership's own date is not given; its source's date stands for it)."""

    org: str
    basis: str
    source: str
    as_of: str | None = None
    note: Text | None = None


@dataclass(frozen=True)
class AtecoRow:
    """An ATECO 2025 code whose activities a cluster covers: from a source, or editorial with a reason."""

    code: str
    basis: str = "source"
    source: str | None = None
    reason: Text | None = None


@dataclass(frozen=True)
class Person:
    """A named person of a cluster (president, director...)."""

    name: str
    role: str
    source: str
    as_of: str | None = None
    as_of_note: Text | None = None
    role_note: Text | None = None


@dataclass(frozen=True)
class MemberCount:
    """A published number of members."""

    value: int
    qualifier: str
    source: str
    as_of: str | None = None
    as_of_note: Text | None = None
    note: Text | None = None


@dataclass(frozen=True)
class MemberBreakdown:
    """The published member totals by kind."""

    counts: tuple[tuple[str, int], ...]
    source: str
    as_of: str | None = None
    as_of_note: Text | None = None


@dataclass(frozen=True)
class ManagingBody:
    """Who runs a cluster, and its legal form."""

    name: str | None = None
    legal_form: Text | None = None
    legal_form_note: Text | None = None


@dataclass(frozen=True)
class NationalCluster:
    """A national technology cluster a regional one belongs to."""

    id: str
    name: str
    area: Text
    sources: tuple[str, ...]
    acronym: str | None = None
    website: str | None = None
    note: Text | None = None


@dataclass(frozen=True)
class Call:
    """A call (bando) of the Region open to the clusters: its window of applications (YYYY-MM-DD dates),
    its budget in whole euros (None: not published), who may apply (eligible: "recognised", every
    recognised cluster) and its sources, the first the publisher's page."""

    id: str
    title: str
    publisher: str
    published: str
    opens: str
    closes: str
    eligible: str
    note: Text
    sources: tuple[str, ...]
    code: str | None = None
    budget_eur: int | None = None

    def open_to(self, cluster: Cluster) -> bool:
        """Whether `cluster` may apply: eligible "recognised" admits every recognised cluster."""
        return self.eligible == "recognised" and cluster.recognised


@dataclass(frozen=True)
class Cluster:
    """One Lombardy technology cluster, with its members."""

    id: str
    status: str
    name: Text
    theme: Text
    description: Text
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    managing_body: ManagingBody = field(default_factory=ManagingBody)
    founded: int | None = None
    founded_note: Text | None = None
    website: str | None = None
    contacts: tuple[tuple[str, str | Text], ...] = ()  # email and phone strings, address a Text
    people: tuple[Person, ...] = ()
    national_cluster: str | None = None
    national_cluster_note: Text | None = None
    s3_link: Text = field(default_factory=Text)
    focus: tuple[Text, ...] = ()
    working_groups: tuple[Text, ...] = ()
    services: tuple[Text, ...] = ()
    networks: tuple[Text, ...] = ()
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (language, words)
    ateco: tuple[AtecoRow, ...] = ()
    member_count: MemberCount | None = None
    member_breakdown: MemberBreakdown | None = None
    members: tuple[Membership, ...] = ()
    members_note: Text | None = None
    notes: tuple[Text, ...] = ()
    field_sources: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def recognised(self) -> bool:
        return self.status == "recognised"


@dataclass(frozen=True)
class DatasetInfo:
    """What the dataset file is: title, version, date, licence, notes."""

    title: str
    version: str
    as_of: str
    licence: Text | None = None
    notes: tuple[Text, ...] = ()
    total_members: MemberCount | None = None
    licence_id: str | None = None  # an SPDX id (schema.LICENCES)


@dataclass
class Dataset:
    """The whole typed dataset."""

    info: DatasetInfo
    clusters: tuple[Cluster, ...]
    organisations: dict[str, Organisation]
    member_types: tuple[MemberType, ...]
    national_clusters: tuple[NationalCluster, ...]
    sources: dict[str, Source]
    path: str = "<bundled>"
    calls: tuple[Call, ...] = ()  # the Region's calls open to the clusters (issue 15)
    raw: Any = field(default=None, repr=False)  # the plain data it was built from (what the cache stores)
    warnings: tuple[Any, ...] = field(default=(), repr=False)  # errors.Problem: worth fixing, not fatal
    refused: tuple[Any, ...] = field(default=(), repr=False)  # errors.Problem: rule problems read leniently

    def later(self, **makers: Callable[[], Any]) -> Dataset:
        """Leave the fields named to be made on first use, each by its maker, a function of no argument
        (assemble.py leaves the organisations: a cold `ctl list` never asks for the 17,300 of a large
        dataset). Returns the dataset itself."""
        for name in makers:
            self.__dict__.pop(name, None)
        self.__dict__.setdefault("_later", {}).update(makers)
        return self

    def __getattr__(self, name: str) -> Any:
        """A field left for later (later()), made now and kept; `_clusters_of` (organisation id ->
        its (cluster, membership) pairs, in the clusters' order) made on first use too."""
        makers = self.__dict__.get("_later") or {}
        if name in makers:
            value = makers.pop(name)()
        elif name == "_clusters_of":
            index: dict[str, list[tuple[Cluster, Membership]]] = {}
            for cluster in self.clusters:
                for m in cluster.members:
                    index.setdefault(m.org, []).append((cluster, m))
            value = {k: tuple(v) for k, v in index.items()}
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.__dict__[name] = value
        return value

    def cluster(self, cluster_id: str) -> Cluster:
        return next(c for c in self.clusters if c.id == cluster_id)

    def memberships_of(self, org_id: str) -> tuple[tuple[Cluster, Membership], ...]:
        """The clusters an organisation belongs to, with the membership record."""
        return self._clusters_of.get(org_id, ())

    def national(self, nc_id: str | None) -> NationalCluster | None:
        return next((n for n in self.national_clusters if n.id == nc_id), None)
