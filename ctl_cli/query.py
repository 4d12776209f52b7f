"""Query layer: pure functions over the typed dataset. No printing, no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import NotFoundError, UsageError
from .text import compact, fold

if TYPE_CHECKING:  # the model is only needed to type-check: `show` and `search` run without importing it
    from .model import Cluster, Dataset, Membership, NationalCluster, Organisation, Source


def cluster_keys(cluster: Cluster) -> list[str]:
    """Every way a user may name a cluster: id, acronym, aliases, names and themes in both languages."""
    keys = [cluster.id, *cluster.aliases]
    if cluster.acronym:
        keys.append(cluster.acronym)
    for text in (cluster.name, cluster.theme):
        keys.extend(t for t in (text.it, text.en) if t)
    return keys


def resolve_cluster(ds: Dataset, ref: str) -> Cluster:
    """Find one cluster by id, alias, acronym, name or theme; any case, accents optional."""
    return ds.cluster(resolve_ref([(c.id, cluster_keys(c)) for c in ds.clusters], ref))


def resolve_ref(keyed: Sequence[tuple[str, Sequence[str]]], ref: str) -> str:
    """The id of the cluster that `ref` names, given each cluster's id and keys (cluster_keys)."""
    wanted = compact(ref)
    if wanted:
        for cid, keys in keyed:
            if any(compact(k) == wanted for k in keys):
                return cid
    raise NotFoundError("cluster", ref, suggest(keyed, ref))


def suggest(keyed: Sequence[tuple[str, Sequence[str]]], ref: str, limit: int = 3) -> list[str]:
    """Cluster ids whose names look like ref: close spellings first, then containment."""
    import difflib

    wanted = compact(ref)
    scored: dict[str, float] = {}
    for cid, keys in keyed:
        best = 0.0
        for key in keys:
            k = compact(key)
            if not k or not wanted:
                continue
            ratio = difflib.SequenceMatcher(None, wanted, k).ratio()
            if len(wanted) >= 3 and (wanted in k or k in wanted):
                ratio = max(ratio, 0.8)
            best = max(best, ratio)
        if best >= 0.6:
            scored[cid] = best
    return [cid for cid, _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]


@dataclass(frozen=True)
class OrgHit:
    """One organisation found by search, with every cluster it belongs to."""

    org: Organisation
    memberships: tuple[tuple[Cluster, Membership], ...]


def check_choices(option: str, values: Iterable[str], valid: Sequence[str]) -> None:
    for value in values:
        if value not in valid:
            raise UsageError(option, value, list(valid))


def search(
    ds: Dataset,
    text: str | None = None,
    types: Sequence[str] = (),
    clusters: Sequence[str] = (),
    city: str | None = None,
    province: str | None = None,
    bases: Sequence[str] = (),
) -> list[OrgHit]:
    """Member organisations matching every filter given; sorted by name.

    text: every word must appear in the name or a former name (case and accents ignored).
    clusters: references resolved like `ctl show` (an unknown one raises NotFoundError).
    """
    check_choices("--type", types, [t.id for t in ds.member_types])
    wanted_clusters = {resolve_cluster(ds, c).id for c in clusters}
    words, city_f, province_u = search_terms(text, city, province)
    hits = []
    for org in ds.organisations.values():
        memberships = ds.memberships_of(org.id)
        if not memberships:
            continue
        if types and org.type not in types:
            continue
        if city_f is not None and fold(org.city or "") != city_f:
            continue
        if province_u is not None and (org.province or "") != province_u:
            continue
        if wanted_clusters or bases:
            memberships = tuple(
                (c, m)
                for c, m in memberships
                if (not wanted_clusters or c.id in wanted_clusters) and (not bases or m.basis in bases)
            )
            if not memberships:
                continue
        if words:
            haystack = " ".join(fold(n) for n in (org.name, *org.former_names))
            if not all(w in haystack for w in words):
                continue
        hits.append(OrgHit(org, memberships))
    hits.sort(key=lambda h: (fold(h.org.name), h.org.id))
    return hits


def search_terms(text: str | None, city: str | None, province: str | None) -> tuple[list[str], str | None, str | None]:
    """How search compares: folded words of TEXT, the folded city, the upper-case province code."""
    words = fold(text).split() if text else []
    return words, (fold(city) if city else None), (province.strip().upper() if province else None)


def cluster_sources(ds: Dataset, cluster: Cluster) -> list[str]:
    """Every source id behind a cluster's facts, in order of first use."""
    ids: list[str] = []
    for _, srcs in cluster.field_sources:
        ids.extend(srcs)
    ids.extend(p.source for p in cluster.people)
    if cluster.member_count:
        ids.append(cluster.member_count.source)
    if cluster.member_breakdown:
        ids.append(cluster.member_breakdown.source)
    for m in cluster.members:
        ids.append(m.source)
        type_source = ds.organisations[m.org].type_source
        if type_source:
            ids.append(type_source)
    return list(dict.fromkeys(ids))


def members_by_type(ds: Dataset, cluster: Cluster) -> list[tuple[str, list[tuple[Organisation, Membership]]]]:
    """A cluster's members grouped by type, in taxonomy order, names sorted."""
    groups: dict[str, list[tuple[Organisation, Membership]]] = {t.id: [] for t in ds.member_types}
    for m in cluster.members:
        org = ds.organisations[m.org]
        groups.setdefault(org.type, []).append((org, m))
    return [(t, sorted(g, key=lambda om: fold(om[0].name))) for t, g in groups.items() if g]


@dataclass(frozen=True)
class SourceUse:
    """One source and the facts it supports: (cluster id or None for dataset-wide facts, fact)."""

    source: Source
    uses: tuple[tuple[str | None, str], ...]


def _uses(ds: Dataset) -> dict[str, list[tuple[str | None, str]]]:
    uses: dict[str, list[tuple[str | None, str]]] = {sid: [] for sid in ds.sources}

    def add(sid: str | None, cluster: str | None, fact: str) -> None:
        if sid in uses and (cluster, fact) not in uses[sid]:
            uses[sid].append((cluster, fact))

    for c in ds.clusters:
        for name, ids in c.field_sources:
            for sid in ids:
                add(sid, c.id, name)
        for p in c.people:
            add(p.source, c.id, f"{p.role}: {p.name}")
        if c.member_count:
            add(c.member_count.source, c.id, "member_count")
        if c.member_breakdown:
            add(c.member_breakdown.source, c.id, "member_breakdown")
        for m in c.members:
            org = ds.organisations[m.org]
            add(m.source, c.id, f"member: {org.name}")
            add(org.type_source, c.id, f"type of {org.name}")
    for n in ds.national_clusters:
        for sid in n.sources:
            add(sid, None, f"national cluster: {n.acronym or n.name}")
    if ds.info.total_members:
        add(ds.info.total_members.source, None, "total_members")
    return uses


def sources(ds: Dataset, cluster: Cluster | None = None) -> list[SourceUse]:
    """The sources of the whole dataset (by id), or of one cluster (in `ctl show`'s numbering)."""
    uses = _uses(ds)
    if cluster is None:
        return [SourceUse(ds.sources[sid], tuple(uses[sid])) for sid in sorted(ds.sources)]
    return [
        SourceUse(ds.sources[sid], tuple(u for u in uses[sid] if u[0] == cluster.id))
        for sid in cluster_sources(ds, cluster)
    ]


def national_clusters(ds: Dataset) -> list[tuple[NationalCluster, list[Cluster]]]:
    """Each national cluster with the Lombard clusters that correspond to it."""
    return [(n, [c for c in ds.clusters if c.national_cluster == n.id]) for n in ds.national_clusters]


# --------------------------------------------------------------------------- match

# Words that say nothing about a field of activity, in Italian and English (after fold()).
STOPWORDS = frozenset(
    """a ad al alla alle allo agli ai anche che chi ci con da dai dal dalla dalle dei del della delle dello
    degli di e ed gli i il in la le lo ma mi nei nel nella nelle noi nostra nostre nostri nostro o per piu
    poi quale quali questo questa se si sia siamo sono su sui sul sulla tra fra un una uno vostro nostre
    facciamo produciamo sviluppiamo realizziamo lavoriamo offriamo progettiamo costruiamo forniamo gestiamo
    azienda aziende impresa imprese societa srl spa settore soluzioni prodotti servizi attivita lavoro
    the an and or of for to in on at by with from we our us is are be it its as that this these those
    company companies firm business make makes making build builds building develop develops developing
    design designs provide provides offer offers products product services service solutions solution
    work works working based using use new also other into their they which who what how all any some
    lombard lombardy lombardia cluster clusters regional region regione members member association""".split()
)
# Endings cut before comparing words, so 'plastiche'/'plastics' and 'robotica'/'robots' meet.
_SUFFIXES = (
    "azioni", "azione", "zioni", "zione", "amenti", "amento", "mente", "ations", "ation", "ments", "ment",
    "ities", "ity", "ing", "iche", "ici", "ico", "ica", "ies", "ers", "er", "es", "s", "i", "e", "o", "a",
)  # fmt: skip
STEM = 6  # a stem is at most this long: enough to tell fields apart, short enough to meet across languages


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM]


def terms(text: str) -> list[tuple[str, str]]:
    """(stem, word) for each meaningful word of a text, in order."""
    return [(stem(w), w) for w in fold(text).split() if len(w) > 2 and w not in STOPWORDS and not w.isdigit()]


# How much a word counts, by where it stands in a cluster's record.
MATCH_FIELDS = (
    ("theme", 3.0),
    ("name", 2.0),
    ("aliases", 2.0),
    ("focus", 2.0),
    ("keywords", 2.0),
    ("description", 1.0),
    ("working_groups", 1.0),
    ("services", 0.5),
)


def cluster_texts(c: Cluster) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for name, weight in MATCH_FIELDS:
        value = getattr(c, name)
        if name == "keywords":
            out += [(weight, w) for _, words in value for w in words]
        elif hasattr(value, "as_dict"):
            out += [(weight, t) for t in value.as_dict().values() if t]
        else:
            out += [(weight, t) for t in value]
    return out


@dataclass(frozen=True)
class Match:
    cluster: Cluster
    score: float  # 0-100, the best cluster scoring 100 when anything matched
    matched: tuple[str, ...]  # the cluster's own words that matched, most telling first
    members: tuple[Organisation, ...]  # members whose name shares words with the description


def match(ds: Dataset, text: str, limit_members: int = 3) -> list[Match]:
    """Rank the clusters by how well their own texts (both languages) fit a description.

    Each word of the description is folded (case, accents) and cut to a light stem; a stem that a
    cluster's texts share adds the weight of the field it stands in, times how rare the stem is
    across clusters (so 'innovation', which every cluster says, counts little)."""
    import math

    query = dict.fromkeys(s for s, _ in terms(text))
    profiles: dict[str, dict[str, float]] = {}
    words: dict[str, dict[str, str]] = {}
    for c in ds.clusters:
        prof: dict[str, float] = {}
        seen: dict[str, str] = {}
        for weight, t in cluster_texts(c):
            for s, w in terms(t):
                prof[s] = max(prof.get(s, 0.0), weight)
                seen.setdefault(s, w)
        profiles[c.id], words[c.id] = prof, seen
    n = len(ds.clusters)
    df = {s: sum(1 for p in profiles.values() if s in p) for s in query}
    raw: list[tuple[float, Cluster, list[tuple[float, str]]]] = []
    for c in ds.clusters:
        hits = [(profiles[c.id][s] * math.log(1 + n / df[s]), s) for s in query if s in profiles[c.id]]
        raw.append((sum(h for h, _ in hits), c, sorted(hits, reverse=True)))
    best = max((r[0] for r in raw), default=0.0) or 1.0
    raw.sort(key=lambda r: (-r[0], r[1].id))
    out = []
    for score, c, hits in raw:
        stems = {s for _, s in hits}
        members = []
        if stems:
            for m in c.members:
                org = ds.organisations[m.org]
                if stems & {s for s, _ in terms(org.name)}:
                    members.append(org)
        out.append(
            Match(
                c, round(100 * score / best, 1), tuple(words[c.id][s] for _, s in hits), tuple(members[:limit_members])
            )
        )
    return out


# --------------------------------------------------------------------------- organisations


def find_orgs(ds: Dataset, ref: str) -> list[Organisation]:
    """Organisations that `ref` names: its id, or its name (or a former name) in full, else every
    organisation whose name contains all of ref's words; case and accents ignored."""
    wanted = fold(ref)
    if not wanted:
        return []
    if ref in ds.organisations:
        return [ds.organisations[ref]]
    names = {o.id: [fold(n) for n in (o.name, *o.former_names)] for o in ds.organisations.values()}
    exact = [ds.organisations[i] for i, ns in names.items() if wanted in ns or compact(ref) == i.replace("-", "")]
    if exact:
        return exact
    words = wanted.split()
    found = [ds.organisations[i] for i, ns in names.items() if any(all(w in n for w in words) for n in ns)]
    return sorted(found, key=lambda o: fold(o.name))


def suggest_orgs(ds: Dataset, ref: str, limit: int = 3) -> list[str]:
    import difflib

    names = {fold(o.name): o.name for o in ds.organisations.values()}
    return [names[n] for n in difflib.get_close_matches(fold(ref), list(names), n=limit, cutoff=0.6)]


def org_sources(ds: Dataset, org: Organisation) -> list[str]:
    ids = [m.source for _, m in ds.memberships_of(org.id)]
    if org.type_source:
        ids.append(org.type_source)
    return list(dict.fromkeys(ids))


# --------------------------------------------------------------------------- compare and stats


def shared_members(ds: Dataset, a: Cluster, b: Cluster) -> list[tuple[Organisation, Membership, Membership]]:
    in_b = {m.org: m for m in b.members}
    out = [(ds.organisations[m.org], m, in_b[m.org]) for m in a.members if m.org in in_b]
    return sorted(out, key=lambda t: fold(t[0].name))


def members_by_type_counts(ds: Dataset, cluster: Cluster) -> dict[str, int]:
    counts = {t.id: 0 for t in ds.member_types}
    for m in cluster.members:
        t = ds.organisations[m.org].type
        counts[t] = counts.get(t, 0) + 1
    return counts


def members_by_province(ds: Dataset) -> list[tuple[str | None, int]]:
    """Organisations that belong to a cluster, by province (None: not known), most first."""
    counts: dict[str | None, int] = {}
    for org in ds.organisations.values():
        if ds.memberships_of(org.id):
            counts[org.province] = counts.get(org.province, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "~"))


def in_several_clusters(ds: Dataset, minimum: int = 2) -> list[tuple[Organisation, list[Cluster]]]:
    out = []
    for org in ds.organisations.values():
        clusters = [c for c, _ in ds.memberships_of(org.id)]
        if len(clusters) >= minimum:
            out.append((org, clusters))
    return sorted(out, key=lambda t: (-len(t[1]), fold(t[0].name)))
