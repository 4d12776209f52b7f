"""CLI layer: parses arguments and wires data -> query -> render. Nothing else."""

import functools
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import BadRequest, CtlError, DatasetError, NotFoundError, UsageError
from .labels import default_lang

EPILOG_LIST = """\b
Examples:
  ctl list                      the nine recognised clusters
  ctl list --all                also the clusters pending recognition
  ctl list --format csv > clusters.csv
  ctl list --lang it --format markdown"""

EPILOG_SHOW = """\b
CLUSTER may be the id, an alias, the acronym or the theme in Italian or
English, in any case, with or without accents.

\b
Examples:
  ctl show agrifood
  ctl show LE2C
  ctl show mobilita
  ctl show "Fabbrica Intelligente" --lang it
  ctl show aerospace --format json
  ctl show afil --web           open the cluster's website"""

EPILOG_SEARCH = """\b
Member types: large_company, sme, startup, university, research_centre,
association, public_body, foundation, other.
Bases: member_list, founder, board, own_statement, event, inferred.

\b
Examples:
  ctl search universita
  ctl search --type startup
  ctl search --type university --type research_centre --cluster energy
  ctl search --province VA --format csv
  ctl search politecnico --format json"""


class Lang(str, Enum):
    it = "it"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"
    markdown = "markdown"


DataOpt = Annotated[
    Optional[str],
    typer.Option("--data", metavar="PATH", help="Use this dataset file instead of the bundled one [env: CTL_DATA]."),
]
LangOpt = Annotated[
    Optional[Lang],
    typer.Option("--lang", help="Language of labels and texts [env: CTL_LANG; default: from the locale]."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
AllOpt = Annotated[bool, typer.Option("--all", "-a", help="Include clusters pending recognition.")]


def _data_of(ctx: typer.Context) -> str | None:
    while ctx is not None:
        if ctx.params.get("data"):
            return ctx.params["data"]
        ctx = ctx.parent
    return None


def _complete(ctx: typer.Context, incomplete: str, question) -> list[str]:
    """Shell completion from the dataset's index: no YAML is parsed on a TAB (once the index exists)."""
    try:
        from .loader import answer

        values = answer(_data_of(ctx), question)
    except Exception:  # noqa: BLE001 - a completion must never print an error into the shell
        return []
    low = incomplete.casefold()
    return [v for v in dict.fromkeys(values) if v.casefold().startswith(low)]


def complete_cluster(ctx: typer.Context, incomplete: str) -> list[str]:
    def ids_and_names(idx):  # ids, acronyms and one-word aliases: what a shell can take without quotes
        return [k for cid, keys in idx.cluster_keys() for k in [cid, *keys] if " " not in k]

    return _complete(ctx, incomplete, ids_and_names)


def complete_type(ctx: typer.Context, incomplete: str) -> list[str]:
    return _complete(ctx, incomplete, lambda idx: [t["id"] for t in idx.member_types()])


def complete_province(incomplete: str) -> list[str]:
    from .schema import PROVINCES

    return [p for p in PROVINCES if p.startswith(incomplete.upper())]


def complete_basis(incomplete: str) -> list[str]:
    from .schema import BASES

    return [b for b in BASES if b.startswith(incomplete)]


app = typer.Typer(
    name="ctl",
    epilog="Run 'ctl COMMAND --help' for a command's options and examples.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Settings:
    def __init__(self, data: str | None = None, lang: str | None = None):
        self.data = data
        self.lang = lang


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ctl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: DataOpt = None,
    lang: LangOpt = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """The Lombardy Technology Clusters (Cluster Tecnologici Lombardi), offline and sourced.

    \b
    Examples:
      ctl list
      ctl show agrifood
      ctl search --type startup
      ctl match "we build industrial robots"
      ctl org "Politecnico di Milano"
      ctl export --format sqlite -o ctl.db
    """
    ctx.obj = Settings(data, lang.value if lang else None)


def _settings(ctx: typer.Context, data: str | None, lang: Lang | None) -> tuple[str | None, str]:
    parent = ctx.find_object(Settings) or Settings()
    chosen_lang = (lang.value if lang else None) or parent.lang or default_lang()
    return data or parent.data, chosen_lang


def _err(line: str) -> None:
    from .text import safe

    sys.stderr.write(safe(line) + "\n")


def shorten(value: str) -> str:
    from .text import shorten as _shorten

    return _shorten(value)


def guarded(func):
    """Turn ctl's own errors into a message on stderr and the contract's exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DatasetError as e:
            for p in e.problems:
                _err(str(p))
            n = len(e.problems)
            _err(
                f"ctl: the dataset is not valid ({n} problem{'s' if n != 1 else ''}); "
                "fix it, or drop --data/CTL_DATA to use the bundled one."
            )
            raise typer.Exit(e.exit_code) from None
        except NotFoundError as e:
            _err(f"ctl: no {e.kind} matches {shorten(e.ref)!r}.")
            if e.suggestions:
                _err(f"Did you mean: {', '.join(e.suggestions)}?")
            _err("Run 'ctl list' to see every cluster." if e.kind == "cluster" else "Try a shorter text.")
            raise typer.Exit(e.exit_code) from None
        except UsageError as e:
            _err(f"ctl: invalid value {shorten(e.value)!r} for {e.option}.")
            _err(f"Valid values: {', '.join(e.valid)}")
            raise typer.Exit(e.exit_code) from None
        except BadRequest as e:
            _err(f"ctl: {e.message}")
            if e.hint:
                _err(e.hint)
            raise typer.Exit(e.exit_code) from None
        except CtlError as e:  # pragma: no cover - every subclass is handled above
            _err(f"ctl: {e}")
            raise typer.Exit(e.exit_code) from None

    return wrapper


def _load(data: str | None):
    from .loader import load

    return load(data)


def _answer(data: str | None, question):
    """Ask the dataset's index (built once per dataset, see index.py): the fast path."""
    from .loader import answer

    return answer(data, question)


def _dataset_type_labels(ds, lang: str) -> dict[str, str]:
    return _type_labels([{"id": t.id, "label": t.label.as_dict()} for t in ds.member_types], lang)


def _type_labels(member_types: list[dict], lang: str) -> dict[str, str]:
    from .render import localised

    return {t["id"]: localised(t["label"], lang) or t["id"] for t in member_types}


@app.command("list", epilog=EPILOG_LIST)
@guarded
def list_command(
    ctx: typer.Context,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """List the clusters: id, name, theme, member count, website."""
    from . import render

    data, lang_ = _settings(ctx, data, lang)
    summaries = _answer(data, lambda idx: idx.summaries())
    records = [r for r in summaries if all_ or r["status"] == "recognised"]
    headers = [
        "id",
        "acronym",
        "name",
        "theme",
        "status",
        "members_listed",
        "member_count",
        "member_count_qualifier",
        "member_count_as_of",
        "website",
    ]
    rows = [
        [
            r["id"],
            r["acronym"],
            render.localised(r["name"], lang_),
            render.localised(r["theme"], lang_),
            r["status"],
            r["members_listed"],
            *(
                (r["member_count"]["value"], r["member_count"]["qualifier"], r["member_count"]["as_of"])
                if r["member_count"]
                else (None, None, None)
            ),
            r["website"],
        ]
        for r in records
    ]
    pending = [] if all_ else [r["id"] for r in summaries if r["status"] != "recognised"]
    footer = None
    if pending:
        ids = ", ".join(pending)
        footer = (
            f"In attesa di riconoscimento: {ids} (ctl list --all)"
            if lang_ == "it"
            else f"Pending recognition: {ids} (ctl list --all)"
        )
    note = (
        "Membri: elencati qui / totale pubblicato dal cluster."
        if lang_ == "it"
        else "Members: listed here / total published by the cluster."
    )
    footer = f"{note}\n{footer}" if footer else note
    render.emit(fmt.value, records, (headers, rows), render.cluster_list_table(records, lang_, footer))


@app.command("show", epilog=EPILOG_SHOW)
@guarded
def show_command(
    ctx: typer.Context,
    cluster: Annotated[
        str,
        typer.Argument(
            metavar="CLUSTER",
            help="Cluster id, alias, acronym or theme.",
            show_default=False,
            autocompletion=complete_cluster,
        ),
    ],
    web: Annotated[bool, typer.Option("--web", "-w", help="Open the cluster's website in a browser instead.")] = False,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """Everything about one cluster, with the sources behind each fact."""
    from . import query, render, render_show

    data, lang_ = _settings(ctx, data, lang)

    def question(idx):
        return idx.detail(query.resolve_ref(idx.cluster_keys(), cluster)), idx.member_types()

    record, member_types = _answer(data, question)
    if web:
        if not record["website"]:
            raise BadRequest(
                f"no website is known for {record['id']}.", "Run 'ctl show' without --web for its contacts.", 1
            )
        _err(f"Opening {record['website']}")
        typer.launch(record["website"])
        return
    page = render_show.ShowPage(record, _type_labels(member_types, lang_), lang_)
    headers = ["cluster_id", "org_id", "name", "type", "city", "province", "basis", "source"]
    rows = [
        [record["id"], m["id"], m["name"], m["type"], m["city"], m["province"], m["basis"], m["source"]]
        for m in record["members"]
    ]
    render.emit(
        fmt.value, record, (headers, rows), render_show.blocks(page), markdown=lambda: render_show.to_markdown(page)
    )


@app.command("search", epilog=EPILOG_SEARCH)
@guarded
def search_command(
    ctx: typer.Context,
    text: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[TEXT]", help="Words to find in organisation names (all must match).", show_default=False
        ),
    ] = None,
    types: Annotated[
        Optional[list[str]],
        typer.Option(
            "--type", "-t", metavar="TYPE", help="Member type; repeat for several.", autocompletion=complete_type
        ),
    ] = None,
    clusters: Annotated[
        Optional[list[str]],
        typer.Option(
            "--cluster",
            "-c",
            metavar="CLUSTER",
            help="Only members of this cluster; repeat for several.",
            autocompletion=complete_cluster,
        ),
    ] = None,
    city: Annotated[
        Optional[str], typer.Option("--city", metavar="CITY", help="Only organisations in this city.")
    ] = None,
    province: Annotated[
        Optional[str],
        typer.Option(
            "--province",
            "-p",
            metavar="XX",
            help="Only organisations in this province (e.g. MI, VA).",
            autocompletion=complete_province,
        ),
    ] = None,
    bases: Annotated[
        Optional[list[str]],
        typer.Option(
            "--basis",
            metavar="BASIS",
            help="Only memberships on this basis; repeat for several.",
            autocompletion=complete_basis,
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """Find member organisations across all clusters, with the clusters each belongs to."""
    from . import query, render
    from .schema import BASES

    data, lang_ = _settings(ctx, data, lang)
    query.check_choices("--basis", bases or [], BASES)
    words, city_f, province_u = query.search_terms(text, city, province)

    def question(idx):
        member_types = idx.member_types()
        query.check_choices("--type", types or [], [t["id"] for t in member_types])
        keyed = idx.cluster_keys()
        wanted = list(dict.fromkeys(query.resolve_ref(keyed, c) for c in clusters or []))
        hits = idx.search(words, types or [], wanted, city_f, province_u, bases or [])
        return hits, wanted, idx.summaries(), member_types

    records, wanted, summaries, member_types = _answer(data, question)
    headers = ["id", "name", "type", "city", "province", "clusters"]
    rows = [
        [r["id"], r["name"], r["type"], r["city"], r["province"], " ".join(c["id"] for c in r["clusters"])]
        for r in records
    ]
    if not records:
        _err(_partial_note(summaries, 0, types or [], wanted, lang_))
        if fmt in (Format.table, Format.markdown):
            return
    labels = _type_labels(member_types, lang_)
    render.emit(fmt.value, records, (headers, rows), render.search_table(records, labels, lang_))
    if 0 < len(records) < FEW and fmt in (Format.table, Format.markdown):
        _err(_partial_note(summaries, len(records), types or [], wanted, lang_))


@app.command(
    "validate",
    epilog="""\b
Examples:
  ctl validate                    check the bundled dataset
  ctl validate my-clusters.yaml   check your own copy before using it with --data""",
)
@guarded
def validate_command(
    ctx: typer.Context,
    path: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[PATH]", help="Dataset file (default: --data, CTL_DATA or the bundled one).", show_default=False
        ),
    ] = None,
    data: DataOpt = None,
) -> None:
    """Check a dataset; print every problem as file:line:column: message (exit 3), or a summary (exit 0)."""
    data, _ = _settings(ctx, data, None)
    ds = _load(path or data)
    recognised = sum(1 for c in ds.clusters if c.recognised)
    memberships = sum(len(c.members) for c in ds.clusters)
    typer.echo(
        f"{ds.path}: valid. {len(ds.clusters)} clusters ({recognised} recognised), "
        f"{len(ds.organisations)} organisations, {memberships} memberships, {len(ds.sources)} sources."
    )


EPILOG_SOURCES = """\b
With CLUSTER, the sources are numbered as in 'ctl show CLUSTER', whose facts
carry those numbers, e.g. [3].

\b
Examples:
  ctl sources                     every source in the dataset
  ctl sources agrifood            the sources behind one cluster
  ctl sources LE2C --format csv > le2c-sources.csv"""


@app.command("sources", epilog=EPILOG_SOURCES)
@guarded
def sources_command(
    ctx: typer.Context,
    cluster: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[CLUSTER]",
            help="Only the sources behind this cluster.",
            show_default=False,
            autocompletion=complete_cluster,
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """The sources behind the dataset or one cluster: title, URL, date, and what each supports."""
    from . import query, render, views

    data, lang_ = _settings(ctx, data, lang)
    ds = _load(data)
    c = query.resolve_cluster(ds, cluster) if cluster else None
    records = [views.source_use(i, su) for i, su in enumerate(query.sources(ds, c), 1)]
    headers = ["number", "id", "date", "publisher", "title", "url", "supports", "used_for"]
    rows = [
        [
            r["number"],
            r["id"],
            r["date"],
            r["publisher"],
            r["title"],
            r["url"],
            r["supports"],
            render.uses_text(r, c is not None),
        ]
        for r in records
    ]
    undated = sum(1 for r in records if not r["date"])
    if lang_ == "it":
        footer = f"{len(records)} fonti; {undated} senza data (n.d.)."
    else:
        footer = f"{len(records)} sources; {undated} undated (n.d.)."
    render.emit(fmt.value, records, (headers, rows), render.sources_table(records, lang_, c is not None, footer))


@app.command(
    "national",
    epilog="""\b
Examples:
  ctl national
  ctl national --format json""",
)
@guarded
def national_command(
    ctx: typer.Context,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """The Italian national technology clusters (CTN) and the Lombard cluster matching each."""
    from . import query, render, views

    data, lang_ = _settings(ctx, data, lang)
    ds = _load(data)
    records = [views.national_record(n, cs) for n, cs in query.national_clusters(ds)]
    headers = ["id", "acronym", "name", "area", "website", "lombard_clusters", "note"]
    rows = [
        [
            r["id"],
            r["acronym"],
            r["name"],
            render.localised(r["area"], lang_),
            r["website"],
            " ".join(c["id"] for c in r["lombard_clusters"]),
            r["note"],
        ]
        for r in records
    ]
    render.emit(fmt.value, records, (headers, rows), render.national_table(records, lang_))


EPILOG_MATCH = """\b
Describe a business or a research line in a sentence, in Italian or English.
ctl compares its words (without accents and endings) with each cluster's own
texts: themes, names, focus topics, keywords, descriptions, working groups.
The score is relative: 100 for the best fit.

\b
Examples:
  ctl match "produciamo bioplastiche da scarti agricoli"
  ctl match "we build industrial robots"
  ctl match "dispositivi medici per la riabilitazione" --top 5
  ctl match "hydrogen fuel cells for buses" --format json"""


@app.command("match", epilog=EPILOG_MATCH)
@guarded
def match_command(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="What your business or research does.", show_default=False)
    ],
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=20, help="How many clusters to show.")] = 3,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """Which cluster fits a description of your business or research."""
    from . import query, render, views

    data, lang_ = _settings(ctx, data, lang)
    ds = _load(data)
    ranked = [m for m in query.match(ds, text) if m.score > 0][:top]
    records = [views.match_record(i, m) for i, m in enumerate(ranked, 1)]
    if not records:
        _err(
            "Nessun cluster ha parole in comune con questa descrizione: prova con altre parole, in italiano o inglese."
            if lang_ == "it"
            else "No cluster's texts share a word with this description: try other words, in Italian or English."
        )
        if fmt in (Format.table, Format.markdown):
            return
    headers = ["rank", "id", "score", "matched", "members"]
    rows = [
        [r["rank"], r["id"], r["score"], " ".join(r["matched"]), " ".join(m["id"] for m in r["members"])]
        for r in records
    ]
    render.emit(fmt.value, records, (headers, rows), render.match_table(records, lang_))


EPILOG_ORG = """\b
NAME may be the organisation's id, its name (or a former name) in full, or
words of its name; case and accents do not matter.

\b
Examples:
  ctl org "Politecnico di Milano"
  ctl org universita brescia
  ctl org assolombarda --format json"""


@app.command("org", epilog=EPILOG_ORG)
@guarded
def org_command(
    ctx: typer.Context,
    name: Annotated[list[str], typer.Argument(metavar="NAME", help="Organisation id or name.", show_default=False)],
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """One organisation: type, city, province, every cluster it belongs to, and the sources."""
    from . import query, render, render_reports, views

    data, lang_ = _settings(ctx, data, lang)
    ref = " ".join(name)
    ds = _load(data)
    found = query.find_orgs(ds, ref)
    if not found:
        raise NotFoundError("organisation", ref, query.suggest_orgs(ds, ref))
    if len(found) > 1:
        lines = "\n".join(f"  {o.id}  {o.name}" for o in found[:20])
        more = f"\n  ... and {len(found) - 20} more" if len(found) > 20 else ""
        raise BadRequest(
            f"{len(found)} organisations match {shorten(ref)!r}; name one of them (its id or full name):",
            lines + more,
            exit_code=1,
        )
    record = views.org_record(ds, found[0])
    labels = _dataset_type_labels(ds, lang_)
    headers = ["org_id", "name", "type", "city", "province", "cluster_id", "basis", "source"]
    rows = [
        [
            record["id"],
            record["name"],
            record["type"],
            record["city"],
            record["province"],
            c["id"],
            c["basis"],
            c["source"],
        ]
        for c in record["clusters"]
    ]
    render.emit(fmt.value, record, (headers, rows), render_reports.org_page(record, labels, lang_))


@app.command(
    "compare",
    epilog="""\b
Examples:
  ctl compare energy smart-communities
  ctl compare LE2C AFIL --lang it
  ctl compare aerospace mobility --format json""",
)
@guarded
def compare_command(
    ctx: typer.Context,
    a: Annotated[
        str,
        typer.Argument(metavar="CLUSTER_A", help="A cluster.", show_default=False, autocompletion=complete_cluster),
    ],
    b: Annotated[
        str,
        typer.Argument(
            metavar="CLUSTER_B", help="Another cluster.", show_default=False, autocompletion=complete_cluster
        ),
    ],
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """Two clusters side by side, field by field, and the members they share."""
    from . import query, render, render_reports, views

    data, lang_ = _settings(ctx, data, lang)
    ds = _load(data)
    ca, cb = query.resolve_cluster(ds, a), query.resolve_cluster(ds, b)
    record = views.compare_record(ds, ca, cb)
    headers = ["org_id", "name", "type", f"basis_{ca.id}", f"basis_{cb.id}"]
    rows = [[m["id"], m["name"], m["type"], m["basis_a"], m["basis_b"]] for m in record["shared_members"]]
    render.emit(fmt.value, record, (headers, rows), render_reports.compare_page(record, lang_))


@app.command(
    "stats",
    epilog="""\b
Examples:
  ctl stats
  ctl stats --all --lang it
  ctl stats --format json | jq '.by_province'""",
)
@guarded
def stats_command(
    ctx: typer.Context,
    all_: AllOpt = False,
    fmt: FormatOpt = Format.table,
    data: DataOpt = None,
    lang: LangOpt = None,
) -> None:
    """Members by type for each cluster, by province, in several clusters, against published totals."""
    from . import render, render_reports, views

    data, lang_ = _settings(ctx, data, lang)
    ds = _load(data)
    clusters = [c for c in ds.clusters if all_ or c.recognised]
    record = views.stats_record(ds, clusters)
    types = [t.id for t in ds.member_types]
    headers = ["cluster_id", *types, "members_listed", "member_count"]
    rows = [
        [
            c["id"],
            *(c["by_type"].get(t, 0) for t in types),
            c["members_listed"],
            c["member_count"]["value"] if c["member_count"] else None,
        ]
        for c in record["clusters"]
    ]
    labels = _dataset_type_labels(ds, lang_)
    render.emit(fmt.value, record, (headers, rows), render_reports.stats_page(record, labels, lang_))


class ExportFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    csv = "csv"
    sqlite = "sqlite"


EPILOG_EXPORT = """\b
yaml and json are the dataset itself: the YAML export is a dataset that
'ctl --data FILE' and 'ctl validate FILE' accept unchanged. csv writes one
file per table into the folder given with -o (or one table to stdout with
--table); sqlite writes a database with primary and foreign keys that
sqlite3 or Datasette open directly, and needs -o.

\b
Tables: dataset, sources, member_types, national_clusters,
national_cluster_sources, clusters, organisations, memberships, people,
member_breakdowns, cluster_items, fact_sources.

\b
Examples:
  ctl export > clusters.yaml                  the whole dataset as YAML
  ctl export --format json -o clusters.json
  ctl export --format csv -o ctl-csv/         one CSV file per table
  ctl export --format csv --table memberships > memberships.csv
  ctl export --format sqlite -o ctl.db && sqlite3 ctl.db 'SELECT count(*) FROM memberships'"""


@app.command("export", epilog=EPILOG_EXPORT)
@guarded
def export_command(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.yaml,
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", metavar="PATH", help="File (or folder, for csv) to write; - for stdout."),
    ] = None,
    table: Annotated[Optional[str], typer.Option("--table", metavar="TABLE", help="csv only: just this table.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace files that already exist.")] = False,
    data: DataOpt = None,
) -> None:
    """Export the whole dataset as YAML, JSON, CSV tables or an SQLite database."""
    from pathlib import Path

    from . import export, render, tables

    data, _ = _settings(ctx, data, None)
    if table is not None and fmt is not ExportFormat.csv:
        raise BadRequest("--table works with --format csv only.")
    to_stdout = output in (None, "-")
    if fmt is ExportFormat.sqlite and to_stdout:
        raise BadRequest(
            "an SQLite database is a binary file: give it a name with -o.",
            "Example: ctl export --format sqlite -o ctl.db",
        )
    ds = _load(data)
    if fmt is ExportFormat.csv:
        chosen = export.pick(tables.tables(ds), table)
        if to_stdout:
            if len(chosen) != 1:
                raise BadRequest(
                    "csv export writes one file per table: give a folder with -o, or one table with --table.",
                    "Tables: " + ", ".join(t.name for t in chosen),
                )
            render.write(export.csv_document(chosen[0]))
            return
        written = export.write_csv_dir(Path(output), chosen, force)
        _err(f"Wrote {len(written)} CSV files to {output}: " + ", ".join(p.name for p in written))
        return
    if fmt is ExportFormat.sqlite:
        all_tables = tables.tables(ds)
        export.write_sqlite(Path(output), all_tables, force)
        rows = sum(len(t.rows) for t in all_tables)
        _err(f"Wrote {output}: {len(all_tables)} tables, {rows} rows.")
        return
    text = export.yaml_document(ds) if fmt is ExportFormat.yaml else export.json_document(ds)
    if to_stdout:
        render.write(text)
    else:
        size = export.write_text(Path(output), text, force)
        _err(f"Wrote {output} ({size:,} bytes).")


@app.command(
    "schema",
    epilog="""\b
The same file ships as ctl_cli/data/clusters.schema.json, and the bundled
clusters.yaml names it on its first line so that editors with a YAML language
server check the file while you type.

\b
Examples:
  ctl schema > clusters.schema.json
  ctl export --format yaml -o my-clusters.yaml   then edit it against the schema""",
)
@guarded
def schema_command() -> None:
    """Print the JSON Schema of a dataset file (generated from ctl's own model)."""
    import json

    from .schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


FEW = 5  # below this many hits, search reminds the reader that member lists are partial


def _partial_note(summaries: list[dict], hits: int, types: list[str], wanted: list[str], lang: str) -> str:
    """Why a search found few or no organisations: "N listed of about M" for the clusters searched
    (the --cluster ones, else the recognised ones)."""
    from . import render

    scope = (
        [s for s in summaries if s["id"] in wanted] if wanted else [s for s in summaries if s["status"] == "recognised"]
    )
    it = lang == "it"
    parts = []
    if hits == 0:
        none = "Nessuna organizzazione corrisponde ai filtri." if it else "No organisation matches these filters."
        parts.append(none)
        if "startup" in types:
            ids = [s["id"] for s in scope]
            joined = ", ".join(ids[:-1]) + (" o " if it else " or ") + ids[-1] if len(ids) > 1 else ids[0]
            where = joined if wanted else ("nessun cluster" if it else "any cluster")
            parts.append(
                f"Nessuna fonte pubblica consultata nomina una start-up socia di {where}."
                if it
                else f"No public source seen names a start-up member of {where}."
            )
    if len(scope) <= 3:
        counts = []
        for s in scope:
            mc, listed = s["member_count"], s["members_listed"]
            total = render.published_total(mc, lang) if mc else None
            if it:
                counts.append(f"{s['id']}: {listed} elencati qui" + (f" su {total} pubblicati" if total else ""))
            else:
                counts.append(f"{s['id']}: {listed} listed here" + (f" of {total} published" if total else ""))
        head = "Gli elenchi dei soci sono parziali" if it else "Member lists are partial"
        parts.append(f"{head} ({'; '.join(counts)}).")
    else:
        listed = sum(s["members_listed"] for s in scope)
        published = sum(s["member_count"]["value"] for s in scope if s["member_count"])
        parts.append(
            f"Gli elenchi dei soci sono parziali: il dataset ne nomina {listed} su almeno {published} dichiarati."
            if it
            else f"Member lists are partial: the dataset names {listed} memberships of at least {published}"
            " that the clusters report."
        )
    return " ".join(parts)
