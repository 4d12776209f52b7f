"""The pages of the site, rendered with Jinja2 (templates/, autoescaped) from content.Content: for
each language a home page, one page per cluster and per organisation, the sources, the search and a
page about the data; and index.html at the top in the language asked for. Every word from the
phrase catalogue. No I/O: pages() yields (site path, text)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import __version__
from ..dataset.provinces import canonical
from ..phrases import LANGS, phrase, phrase_n
from ..render.common import localised, other_lang, prose, published_total, type_labels
from ..render.show import ShowPage
from ..render.sources import uses_text
from .content import Content, province_counts
from .links import CLOSE, OPEN, cited, linkable, relative, script_json

ASSETS = ("assets/style.css", "assets/search.js")  # static files, copied from templates/
INDEX_SCRIPT = "assets/search-index.js"


class SitePage(ShowPage):
    """`ctl show`'s page of one cluster, with source marks that pages make links (links.cited)."""

    def refs(self, field: str) -> str:
        return "".join(f"{OPEN}{s}{CLOSE}" for s in self.r["field_sources"].get(field, []) if s in self.numbers)

    def ref(self, source_id: str | None) -> str:
        return f"{OPEN}{source_id}{CLOSE}" if source_id in self.numbers else ""


def paths(lang: str) -> dict[str, str]:
    """The site path of each page kind in `lang` (an organisation's or cluster's: format with id=)."""
    return {
        "home": f"{lang}/index.html",
        "search": f"{lang}/search.html",
        "sources": f"{lang}/sources.html",
        "about": f"{lang}/about.html",
        "cluster": f"{lang}/clusters/{{id}}.html",
        "org": f"{lang}/orgs/{{id}}.html",
    }


def environment() -> Any:
    """The Jinja2 environment: templates from the package, autoescape on for every template."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("ctl_cli.site", "templates"),
        autoescape=True,  # every template, whatever its name: nothing from the data becomes markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class Pages:
    """Renders the pages of `content`; `top` is the language of index.html."""

    def __init__(self, content: Content, top: str, downloads: list[str]):
        self.c = content
        self.top = top
        self.downloads = downloads  # the CSV files beside the site (downloads/csv/NAME)
        self.env = environment()
        self.total = 2 * (len(content.details) + len(content.orgs) + 4) + 1

    def context(self, lang: str, page: str, switch: str, own_sources: list[str]) -> dict[str, Any]:
        """What every template may use, for the page at site path `page` in `lang`; `switch` is the
        same page in the other language; `own_sources` the ids of the sources the page numbers."""
        c = self.c
        where = paths(lang)
        # a cluster's or an organisation's page numbers its own sources as `ctl show` and `ctl org` do;
        # a mark [n] goes to the page's list of sources, whose entries go to the sources page
        local = {sid: n for n, sid in enumerate(own_sources, 1)}

        def url(target: str, **ids: str) -> str:
            return relative(page, target.format(**ids) if ids else target)

        def source_link(sid: str) -> tuple[int, str]:
            return local.get(sid, 0), f"#s{local.get(sid, 0)}"

        return {
            "lang": lang,
            "other": other_lang(lang),
            "other_name": phrase("label.site.lang_name", other_lang(lang)),
            "t": lambda key, **v: phrase(key, lang, **v),
            "tn": lambda key, n, **v: phrase_n(key, n, lang, **v),
            "loc": lambda value: localised(value, lang),
            "prose": lambda value: prose(value, lang),
            "url": url,
            "where": where,
            "switch": relative(page, switch),
            "linkable": linkable,
            "cited": lambda text: cited(text, source_link),
            "number": local,
            "global_source": lambda sid: url(f"{where['sources']}#src-{sid}"),
            "cite": lambda sid: cited(f"{OPEN}{sid}{CLOSE}" if sid else "", source_link),
            "org_pages": c.orgs,
            "types": type_labels(c.member_types, lang),
            "names": {s["id"]: localised(s["name"], lang) or s["id"] for s in c.summaries},
            "status": {s["id"]: s["status"] for s in c.summaries},
            "as_of": c.as_of,
            "title": c.title,
            "version": __version__,
            "assets": {name: relative(page, name) for name in (*ASSETS, INDEX_SCRIPT)},
        }

    def render(self, template: str, lang: str, page: str, switch: str, **values: Any) -> str:
        own = [s["id"] for s in values["r"]["sources"]] if "r" in values else []
        return self.env.get_template(template).render(**self.context(lang, page, switch, own), **values)

    def pages(self) -> Iterator[tuple[str, str]]:
        """(site path, HTML) of every page: both languages, then index.html."""
        for lang in LANGS:
            yield from self.language(lang)
        yield "index.html", self.home(self.top, "index.html", paths(other_lang(self.top))["home"])

    def language(self, lang: str) -> Iterator[tuple[str, str]]:
        mine, theirs = paths(lang), paths(other_lang(lang))
        yield mine["home"], self.home(lang, mine["home"], theirs["home"])
        for cid in self.c.details:
            here, there = mine["cluster"].format(id=cid), theirs["cluster"].format(id=cid)
            yield here, self.cluster(lang, cid, here, there)
        for oid, record in self.c.orgs.items():
            here, there = mine["org"].format(id=oid), theirs["org"].format(id=oid)
            yield here, self.render("org.html", lang, here, there, r=record)
        yield mine["sources"], self.sources(lang, mine["sources"], theirs["sources"])
        yield mine["about"], self.about(lang, mine["about"], theirs["about"])
        yield mine["search"], self.search(lang, mine["search"], theirs["search"])

    def home(self, lang: str, page: str, switch: str) -> str:
        c = self.c
        tiles, outside, unknown = province_counts(c)
        by_type = {row["id"]: row["by_type"] for row in c.stats["clusters"]}
        most = max([n for row in by_type.values() for n in row.values()] + [1])
        counts = {s["id"]: listed(s, lang) for s in c.summaries}
        return self.render(
            "home.html", lang, page, switch, summaries=c.summaries, counts=counts, tiles=tiles, outside=outside,
            unknown=unknown, by_type=by_type, most=most, rows=max(t["row"] for t in tiles),
        )  # fmt: skip

    def cluster(self, lang: str, cid: str, page: str, switch: str) -> str:
        record = self.c.details[cid]
        view = SitePage(record, type_labels(self.c.member_types, lang), lang)
        groups: dict[str, list[dict]] = {}
        for m in record["members"]:
            groups.setdefault(m["type"], []).append(m)
        return self.render("cluster.html", lang, page, switch, r=record, view=view, groups=groups)

    def sources(self, lang: str, page: str, switch: str) -> str:
        used = [uses_text(uses, False, lang) for uses in self.c.uses]
        return self.render("sources.html", lang, page, switch, sources=list(zip(self.c.sources, used, strict=True)))

    def about(self, lang: str, page: str, switch: str) -> str:
        counts: dict[str, int] = {}
        for h in self.c.hits:
            counts[h["type"]] = counts.get(h["type"], 0) + 1
        return self.render(
            "about.html", lang, page, switch, member_types=self.c.member_types, type_counts=counts,
            bases=self.c.bases, summaries=self.c.summaries, details=self.c.details, csv_files=self.downloads,
        )  # fmt: skip

    def search(self, lang: str, page: str, switch: str) -> str:
        c = self.c
        codes = sorted({canonical(h["province"]) for h in c.hits if h["province"]})
        provinces = [(code, c.provinces.get(code, code)) for code in codes]
        labels = {
            "types": type_labels(c.member_types, lang),
            "clusters": {s["id"]: localised(s["name"], lang) or s["id"] for s in c.summaries},
            "pending": phrase("label.status.pending", lang),
            "bases": {b: phrase(f"label.basis.{b}", lang) for b in c.bases},
            "none": phrase("msg.site.search.none", lang),
            "no_word": phrase("msg.site.search.no_word", lang),
            "legal_only": phrase("msg.site.search.legal_only", lang),
            "one": phrase("msg.site.search.count.one", lang, n="{n}"),
            "other": phrase("msg.site.search.count.other", lang, n="{n}"),
            "org": paths(lang)["org"].split("/", 1)[1],
        }
        return self.render(
            "search.html", lang, page, switch, labels=script_json(labels), provinces=provinces,
            bases=c.bases, summaries=c.summaries,
        )  # fmt: skip


def listed(summary: dict[str, Any], lang: str) -> str:
    """'52 members listed of 110 published', '7 members listed; no published total' (a cluster summary)."""
    n, mc = summary["members_listed"], summary["member_count"]
    if mc is None:
        return phrase_n("msg.site.listed_no_total", n, lang)
    return phrase_n("msg.site.listed", n, lang, total=published_total(mc, lang))
