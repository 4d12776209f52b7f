"""Data layer: check a dataset's plain data against the schema and build the typed model.

Never prints. Every problem becomes a Problem with file, line and column. Imported only when a
dataset has to be parsed or checked (the index answers the frequent commands without it).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from ..errors import DatasetError, Problem
from ..text import org_key
from .model import (
    Cluster,
    Dataset,
    DatasetInfo,
    ManagingBody,
    MemberBreakdown,
    MemberCount,
    Membership,
    MemberType,
    NationalCluster,
    Organisation,
    Person,
    Source,
    Text,
)
from .schema import (
    BASES,
    CITED_FIELDS,
    DATE_RE,
    EMAIL_RE,
    ID_RE,
    PROVINCES,
    QUALIFIERS,
    RECORDS,
    ROLES,
    SNAKE_RE,
    STATUSES,
    URL_RE,
    keys,
)

PROVINCE_SET = frozenset(PROVINCES)
# Types that say how big an organisation is: only a source may say so.
SIZED_TYPES = ("large_company", "sme", "startup")


def parse(text: str, name: str) -> Dataset:
    from . import strict_yaml as yamlsafe  # only when the cache misses: importing yaml costs start-up time

    try:
        value, _ = yamlsafe.load(text, with_marks=False)
        try:
            return build(value, {}, name)
        except DatasetError:
            # Problems to report: parse again, this time noting where every value is.
            value, marks = yamlsafe.load(text, with_marks=True)
            return build(value, marks, name)
    except yamlsafe.YamlProblem as e:
        raise DatasetError([Problem(name, e.line, e.column, e.message)]) from None


def build(value: Any, marks: dict, name: str) -> Dataset:
    builder = _Builder(name, marks)
    dataset = builder.build(value)
    if builder.problems:
        raise DatasetError(builder.problems)
    assert dataset is not None
    dataset.path = name
    dataset.raw = value
    return dataset


# --------------------------------------------------------------------------- checking


def check_date(value: str) -> str | None:
    """None if value is a real, past date in YYYY[-MM[-DD]] form, else what is wrong."""
    m = DATE_RE.match(value)
    if not m:
        return "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        first = _dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return f"{value!r} is not a real date"
    if first > _dt.date.today():
        return f"{value!r} is in the future"
    return None


_KEYS = {name: keys(name) for name in RECORDS}


class _Builder:
    """Walks the plain data, collects every problem, and builds the model if there are none."""

    def __init__(self, name: str, marks: dict):
        self.name = name
        self.marks = marks
        self.problems: list[Problem] = []

    # -- primitives

    def err(self, path: tuple, message: str) -> None:
        line, col = where(self.marks, path)
        label = ".".join(str(p) for p in path)
        self.problems.append(Problem(self.name, line, col, f"{label}: {message}" if label else message))

    def mapping(self, value: Any, path: tuple, required: tuple = (), optional: tuple = ()) -> dict:
        if not isinstance(value, dict):
            self.err(path, f"must be a mapping, got {_kind(value)}")
            return {}
        for key in required:
            if value.get(key) is None:
                self.err(path, f"missing required field {key!r}")
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed:
                self.err(path + (key,), f"unknown field {key!r} (allowed: {', '.join(sorted(allowed))})")
        return value

    def record(self, value: Any, path: tuple, name: str) -> dict:
        """A mapping with the fields schema.RECORDS declares for `name`."""
        required, optional = _KEYS[name]
        return self.mapping(value, path, required, optional)

    def string(
        self, d: dict, key: str, path: tuple, *, pattern: re.Pattern | None = None, what: str = ""
    ) -> str | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.err(path + (key,), f"must be a string, got {_kind(value)}")
            return None
        if not value.strip():
            self.err(path + (key,), "must not be empty")
            return None
        if pattern is not None and not pattern.match(value):
            self.err(path + (key,), f"{value!r} is not {what}")
            return None
        return value

    def ident(self, d: dict, key: str, path: tuple) -> str | None:
        return self.string(d, key, path, pattern=ID_RE, what="a kebab-case id (a-z, 0-9, -)")

    def url(self, d: dict, key: str, path: tuple) -> str | None:
        return self.string(d, key, path, pattern=URL_RE, what="an http(s) URL")

    def date(self, d: dict, key: str, path: tuple) -> str | None:
        value = self.string(d, key, path)
        if value is not None:
            problem = check_date(value)
            if problem:
                self.err(path + (key,), problem)
                return None
        return value

    def choice(self, d: dict, key: str, path: tuple, choices: tuple) -> str | None:
        value = self.string(d, key, path)
        if value is not None and value not in choices:
            self.err(path + (key,), f"{value!r} is not one of: {', '.join(choices)}")
            return None
        return value

    def integer(self, d: dict, key: str, path: tuple) -> int | None:
        value = d.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(path + (key,), f"must be a whole number, got {_kind(value)}")
            return None
        if value < 0:
            self.err(path + (key,), "must not be negative")
            return None
        return value

    def strings(self, d: dict, key: str, path: tuple) -> tuple[str, ...]:
        value = d.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.err(path + (key,), f"must be a list of strings, got {_kind(value)}")
            return ()
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.err(path + (key, i), f"must be a non-empty string, got {_kind(item)}")
            else:
                out.append(item)
        return tuple(out)

    def items(self, d: dict, key: str, path: tuple) -> list[tuple[tuple, Any]]:
        value = d.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.err(path + (key,), f"must be a list, got {_kind(value)}")
            return []
        return [(path + (key, i), item) for i, item in enumerate(value)]

    def text(self, d: dict, key: str, path: tuple, required: bool = False) -> Text:
        value = d.get(key)
        if value is None:
            if required:
                self.err(path, f"missing required field {key!r}")
            return Text()
        t = self.mapping(value, path + (key,), optional=("it", "en"))  # schema: definitions.text
        it = self.string(t, "it", path + (key,))
        en = self.string(t, "en", path + (key,))
        if required and not (it or en):
            self.err(path + (key,), "needs an 'it' or an 'en' text")
        return Text(it=it, en=en)

    def words(self, d: dict, key: str, path: tuple) -> tuple[tuple[str, tuple[str, ...]], ...]:
        value = d.get(key)
        if value is None:
            return ()
        w = self.mapping(value, path + (key,), optional=("it", "en"))
        return tuple((lang, self.strings(w, lang, path + (key,))) for lang in ("it", "en") if w.get(lang) is not None)

    # -- document

    def build(self, root: Any) -> Dataset | None:
        if root is None:
            self.err((), "the file is empty")
            return None
        doc = self.record(root, (), "document")
        if not doc:
            return None
        types = self.member_types(doc)
        sources = self.sources(doc)
        self.source_ids = set(sources)
        info = self.info(doc.get("dataset"), ("dataset",))
        self.type_ids = {t.id for t in types}
        nationals = self.national_clusters(doc)
        self.national_ids = {n.id for n in nationals}
        orgs = self.organisations(doc)
        self.org_ids = set(orgs)
        self.no_org_twice(doc, orgs)
        clusters = self.clusters(doc)
        if self.problems:
            return None
        return Dataset(info, clusters, orgs, types, nationals, sources)

    def info(self, value: Any, path: tuple) -> DatasetInfo:
        d = self.record(value, path, "dataset")
        return DatasetInfo(
            title=self.string(d, "title", path) or "",
            version=self.string(d, "version", path) or "",
            as_of=self.date(d, "as_of", path) or "",
            licence=self.string(d, "licence", path),
            notes=self.strings(d, "notes", path),
            total_members=self.member_count(d, path, "total_members"),
        )

    def unique(self, seen: dict, key: str | None, path: tuple, kind: str) -> bool:
        if key is None:
            return False
        if key in seen:
            line, _ = where(self.marks, seen[key])
            self.err(path + ("id",), f"duplicate {kind} id {key!r} (first defined on line {line})")
            return False
        seen[key] = path
        return True

    def member_types(self, doc: dict) -> tuple[MemberType, ...]:
        out, seen = [], {}
        for path, item in self.items(doc, "member_types", ()):
            d = self.record(item, path, "member_type")
            tid = self.string(d, "id", path, pattern=SNAKE_RE, what="a snake_case id")
            label = self.text(d, "label", path, required=True)
            if self.unique(seen, tid, path, "member type"):
                out.append(MemberType(tid, label))
        return tuple(out)

    def sources(self, doc: dict) -> dict[str, Source]:
        out: dict[str, Source] = {}
        seen: dict = {}
        for path, item in self.items(doc, "sources", ()):
            d = self.record(item, path, "source")
            sid = self.ident(d, "id", path)
            url = self.url(d, "url", path)
            src = Source(
                id=sid or "",
                url=url or "",
                publisher=self.string(d, "publisher", path) or "",
                date=self.date(d, "date", path),
                title=self.string(d, "title", path),
                supports=self.string(d, "supports", path),
            )
            if self.unique(seen, sid, path, "source") and url:
                out[src.id] = src
        return out

    def source_ref(self, d: dict, key: str, path: tuple, required: bool = True) -> str | None:
        sid = d.get(key)
        if sid is None:
            if required:
                self.err(path, f"missing required field {key!r}")
            return None
        if not isinstance(sid, str) or sid not in self.source_ids:
            self.err(path + (key,), f"source {sid!r} is not in the dataset's sources")
            return None
        return sid

    def national_clusters(self, doc: dict) -> tuple[NationalCluster, ...]:
        out, seen = [], {}
        for path, item in self.items(doc, "national_clusters", ()):
            d = self.record(item, path, "national_cluster")
            nid = self.ident(d, "id", path)
            srcs = self.source_list(d, "sources", path)
            nc = NationalCluster(
                id=nid or "",
                name=self.string(d, "name", path) or "",
                area=self.text(d, "area", path, required=True),
                sources=srcs,
                acronym=self.string(d, "acronym", path),
                website=self.url(d, "website", path),
                note=self.string(d, "note", path),
            )
            if self.unique(seen, nid, path, "national cluster"):
                out.append(nc)
        return tuple(out)

    def source_list(self, d: dict, key: str, path: tuple) -> tuple[str, ...]:
        out = []
        for i, sid in enumerate(self.strings(d, key, path)):
            if sid not in self.source_ids:
                self.err(path + (key, i), f"source {sid!r} is not in the dataset's sources")
            else:
                out.append(sid)
        return tuple(out)

    def organisations(self, doc: dict) -> dict[str, Organisation]:
        out: dict[str, Organisation] = {}
        seen: dict = {}
        for path, item in self.items(doc, "organisations", ()):
            d = self.record(item, path, "organisation")
            oid = self.ident(d, "id", path)
            otype = self.string(d, "type", path)
            if otype is not None and otype not in self.type_ids:
                self.err(path + ("type",), f"{otype!r} is not a member type ({', '.join(sorted(self.type_ids))})")
            province = d.get("province")
            if province is not None:
                if not isinstance(province, str):
                    self.err(path + ("province",), f"must be a quoted province code, got {_kind(province)}")
                    province = None
                elif province not in PROVINCE_SET:
                    self.err(path + ("province",), f"{province!r} is not an Italian province code")
                    province = None
            if otype in SIZED_TYPES and d.get("type_source") is None:
                self.err(
                    path + ("type",),
                    f"type {otype!r} needs type_source: the source that calls it so or gives its size "
                    "(otherwise the type is 'other')",
                )
            org = Organisation(
                id=oid or "",
                name=self.string(d, "name", path) or "",
                type=otype or "other",
                city=self.string(d, "city", path),
                province=province,
                former_names=self.strings(d, "former_names", path),
                type_source=self.source_ref(d, "type_source", path, required=False),
                note=self.string(d, "note", path),
            )
            if self.unique(seen, oid, path, "organisation"):
                out[org.id] = org
        return out

    def no_org_twice(self, doc: dict, orgs: dict[str, Organisation]) -> None:
        """The same organisation must not be written twice under two spellings of its name."""
        paths: dict = {}
        first: dict[str, Organisation] = {}
        for org in orgs.values():
            key = org_key(org.name)
            if key in first:
                other = first[key]
                if not paths:  # only now: where each organisation is written
                    items = self.items(doc, "organisations", ())
                    paths = {item.get("id"): path for path, item in items if isinstance(item, dict)}
                line, _ = where(self.marks, paths.get(other.id, ()))
                at = f" (line {line})" if line else ""
                self.err(
                    paths.get(org.id, ()) + ("name",),
                    f"{org.name!r} is the same name as organisation {other.id!r}{at} once case, accents, "
                    "punctuation and legal forms are ignored; write it once and refer to that id",
                )
            else:
                first[key] = org

    def count_agrees(self, d: dict, path: tuple, listed: int, count: MemberCount | None) -> None:
        """A cluster's member list and its member_count agree, or members_note says why not."""
        if listed == 0 or d.get("members_note") is not None:
            return
        if count is None:
            self.err(
                path + ("members",),
                f"lists {listed} members but has no member_count; add members_note saying that the total is unknown",
            )
        elif count.qualifier != "exact" or count.value != listed:
            total = {"about": "about ", "over": "over "}.get(count.qualifier, "") + str(count.value)
            self.err(
                path + ("member_count",),
                f"says {total} members but {listed} are listed; add members_note "
                "saying why (a partial public list is a fine reason)",
            )

    def clusters(self, doc: dict) -> tuple[Cluster, ...]:
        out, seen = [], {}
        for path, item in self.items(doc, "clusters", ()):
            cluster = self.cluster(item, path)
            if cluster and self.unique(seen, cluster.id, path, "cluster"):
                out.append(cluster)
        if not out and not self.problems:
            self.err(("clusters",), "must list at least one cluster")
        return tuple(out)

    def cluster(self, item: Any, path: tuple) -> Cluster | None:
        d = self.record(item, path, "cluster")
        if not d:
            return None
        cid = self.ident(d, "id", path)
        mb = d.get("managing_body")
        managing = ManagingBody()
        if mb is not None:
            m = self.record(mb, path + ("managing_body",), "managing_body")
            managing = ManagingBody(
                name=self.string(m, "name", path + ("managing_body",)),
                legal_form=self.string(m, "legal_form", path + ("managing_body",)),
                legal_form_note=self.string(m, "legal_form_note", path + ("managing_body",)),
            )
        contacts: list[tuple[str, str]] = []
        if d.get("contacts") is not None:
            cpath = path + ("contacts",)
            c = self.record(d["contacts"], cpath, "contacts")
            for key in ("email", "phone", "address"):
                value = self.string(
                    c, key, cpath, pattern=EMAIL_RE if key == "email" else None, what="an email address"
                )
                if value:
                    contacts.append((key, value))
        national = self.ident(d, "national_cluster", path)
        if national is not None and national not in self.national_ids:
            self.err(path + ("national_cluster",), f"{national!r} is not in national_clusters")
        founded = self.integer(d, "founded", path)
        if founded is not None and not 1800 <= founded <= _dt.date.today().year:
            self.err(path + ("founded",), f"{founded} is not a plausible founding year")
        members = self.memberships(d, path)
        member_count = self.member_count(d, path)
        self.count_agrees(d, path, len(members), member_count)
        field_sources = self.field_sources(d, path)
        return Cluster(
            id=cid or "",
            status=self.choice(d, "status", path, STATUSES) or "pending",
            name=self.text(d, "name", path, required=True),
            theme=self.text(d, "theme", path, required=True),
            description=self.text(d, "description", path, required=True),
            acronym=self.string(d, "acronym", path),
            aliases=self.strings(d, "aliases", path),
            managing_body=managing,
            founded=founded,
            founded_note=self.string(d, "founded_note", path),
            website=self.url(d, "website", path),
            contacts=tuple(contacts),
            people=self.people(d, path),
            national_cluster=national,
            national_cluster_note=self.string(d, "national_cluster_note", path),
            s3_link=self.text(d, "s3_link", path),
            focus=self.strings(d, "focus", path),
            working_groups=self.strings(d, "working_groups", path),
            services=self.strings(d, "services", path),
            networks=self.strings(d, "networks", path),
            keywords=self.words(d, "keywords", path),
            member_count=member_count,
            member_breakdown=self.member_breakdown(d, path),
            members=members,
            members_note=self.string(d, "members_note", path),
            notes=self.strings(d, "notes", path),
            field_sources=field_sources,
        )

    def people(self, d: dict, path: tuple) -> tuple[Person, ...]:
        out = []
        for ppath, item in self.items(d, "people", path):
            p = self.record(item, ppath, "person")
            out.append(
                Person(
                    name=self.string(p, "name", ppath) or "",
                    role=self.choice(p, "role", ppath, ROLES) or "",
                    source=self.source_ref(p, "source", ppath) or "",
                    as_of=self.date(p, "as_of", ppath),
                    as_of_note=self.string(p, "as_of_note", ppath),
                    role_note=self.string(p, "role_note", ppath),
                )
            )
        return tuple(out)

    def member_count(self, d: dict, path: tuple, key: str = "member_count") -> MemberCount | None:
        if d.get(key) is None:
            return None
        mpath = path + (key,)
        m = self.record(d[key], mpath, "member_count")
        value = self.integer(m, "value", mpath)
        return MemberCount(
            value=value or 0,
            qualifier=self.choice(m, "qualifier", mpath, QUALIFIERS) or "exact",
            source=self.source_ref(m, "source", mpath) or "",
            as_of=self.date(m, "as_of", mpath),
            as_of_note=self.string(m, "as_of_note", mpath),
            note=self.string(m, "note", mpath),
        )

    def member_breakdown(self, d: dict, path: tuple) -> MemberBreakdown | None:
        if d.get("member_breakdown") is None:
            return None
        bpath = path + ("member_breakdown",)
        b = self.record(d["member_breakdown"], bpath, "member_breakdown")
        counts = []
        raw = b.get("counts")
        if raw is not None:
            c = raw if isinstance(raw, dict) else self.mapping(raw, bpath + ("counts",))
            for key in c:
                if not re.match(r"^[a-z][a-z0-9_]*$", key):
                    self.err(bpath + ("counts", key), f"{key!r} is not a snake_case category")
                value = self.integer(c, key, bpath + ("counts",))
                if value is not None:
                    counts.append((key, value))
        return MemberBreakdown(
            counts=tuple(counts),
            source=self.source_ref(b, "source", bpath) or "",
            as_of=self.date(b, "as_of", bpath),
            as_of_note=self.string(b, "as_of_note", bpath),
        )

    def memberships(self, d: dict, path: tuple) -> tuple[Membership, ...]:
        out, seen = [], set()
        for mpath, item in self.items(d, "members", path):
            m = self.record(item, mpath, "membership")
            org = m.get("org")
            if org is not None and org not in self.org_ids:
                self.err(mpath + ("org",), f"organisation {org!r} is not in organisations")
                continue
            if org in seen:
                self.err(mpath + ("org",), f"organisation {org!r} is listed twice in this cluster")
                continue
            seen.add(org)
            out.append(
                Membership(
                    org=org or "",
                    basis=self.choice(m, "basis", mpath, BASES) or "",
                    source=self.source_ref(m, "source", mpath) or "",
                    note=self.string(m, "note", mpath),
                )
            )
        return tuple(out)

    def field_sources(self, d: dict, path: tuple) -> tuple[tuple[str, tuple[str, ...]], ...]:
        fpath = path + ("field_sources",)
        raw = d.get("field_sources")
        fs = self.mapping(raw, fpath, optional=CITED_FIELDS) if raw is not None else {}
        out = []
        for key in fs:
            out.append((key, self.source_list(fs, key, fpath)))
        cited = dict(out)
        for key in CITED_FIELDS:
            present = d.get(key) is not None and d.get(key) != [] and d.get(key) != {}
            if present and key not in ("name", "aliases") and not cited.get(key):
                self.err(path + (key,), f"has no source: add field_sources.{key}")
        return tuple(out)


def where(marks: dict, path: tuple) -> tuple[int | None, int | None]:
    """The position of path, or of its nearest ancestor that has one."""
    while True:
        if path in marks:
            return marks[path]
        if not path:
            return None, None
        path = path[:-1]


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)
