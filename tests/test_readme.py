"""The README tells the truth: every number it states about the data equals the data, and every
command and option it lists equals the real ones (the README is parsed and compared with the Click
command tree, the way sqlite-utils tests its documentation).

A claim the README no longer makes in the words below fails too: then change the README and this
test together. Figures of the Speed section are measurements of generated datasets, not facts of the
data, except its 1x row, which is the bundled dataset.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import yaml

from ctl_cli.commands import COMMANDS, app
from ctl_cli.commands.export import ExportFormat
from ctl_cli.commands.options import Format
from ctl_cli.dataset import schema

from .test_match import EVAL, TOP1, TOP3, accuracy

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FLAT = re.sub(r"\s+", " ", README)  # the claims below read the text with its line breaks as spaces
DATA = yaml.safe_load((ROOT / "data" / "clusters.yaml").read_text(encoding="utf-8"))
WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
NOT_FIGURES = {"two clusters"}  # `ctl compare`: two clusters side by side
SHARED = {"--data", "--lang", "--format", "--excel", "--help"}  # described once, in the table of shared options


def kinds(kind: str) -> list[dict]:
    """The cases of one kind (phrase, sentence, ateco) in tests/data/match_eval.yaml."""
    cases = yaml.safe_load((ROOT / "tests" / "data" / "match_eval.yaml").read_text(encoding="utf-8"))
    return [c for c in cases if c.get("kind") == kind]


def before_speed(text: str) -> str:
    """The text without its Speed section."""
    return text.split(" ## Speed ")[0] + text.split(" ## Design ")[1]


# --------------------------------------------------------------------------- the data


def clusters(status: str | None = None) -> list[dict]:
    return [c for c in DATA["clusters"] if status is None or c["status"] == status]


def cluster(cid: str) -> dict:
    return next(c for c in DATA["clusters"] if c["id"] == cid)


def memberships() -> int:
    return sum(len(c.get("members", ())) for c in DATA["clusters"])


def keyword_counts() -> list[int]:
    return [len(words) for c in DATA["clusters"] for words in (c.get("keywords") or {}).values()]


def members(cid: str) -> tuple[str, str]:
    """(listed, published total) of a cluster."""
    c = cluster(cid)
    return str(len(c["members"])), str(c["member_count"]["value"])


def constituted() -> str:
    """When the dataset's notes say the pending cluster was constituted ("Dec 2025")."""
    notes = " ".join(n["en"] for n in DATA["dataset"]["notes"])
    return re.search(r"constituted in (\w+ \d{4})", notes).group(1)


def top_percent() -> tuple[str, str]:
    top1, top3, _ = accuracy()
    return f"{top1:.0%}".rstrip("%"), f"{top3:.0%}".rstrip("%")


# Each claim: a pattern the README states (its groups the figures), and what the data says they are.
def _membership_dates() -> tuple[int, int, int, int]:
    """(memberships, with their own as_of, dated by their source only, undated) in the bundled data."""
    dated = {x["id"] for x in DATA["sources"] if x.get("date")}
    members = [m for c in DATA["clusters"] for m in c.get("members") or []]
    own = sum(1 for m in members if m.get("as_of"))
    by_source = sum(1 for m in members if not m.get("as_of") and m["source"] in dated)
    return len(members), own, by_source, len(members) - own - by_source


CLAIMS: dict[str, tuple[str, Callable[[], tuple]]] = {
    "recognised clusters": (r"the (\w+) Cluster Tecnologici Lombardi", lambda: (WORDS[len(clusters("recognised"))],)),
    "clusters, recognised, pending": (
        r"It holds the (\w+) clusters \((\w+) recognised, plus (\w+), constituted in (\w+ \d{4})",
        lambda: (
            WORDS[len(clusters())],
            WORDS[len(clusters("recognised"))],
            *[c["id"] for c in clusters("pending")],
            constituted(),
        ),
    ),
    "the pending one, in list's row": (
        r"adds the clusters pending recognition \(the (\w+), ([\w-]+)\)",
        lambda: (ORDINALS[len(clusters())], *[c["id"] for c in clusters("pending")]),
    ),
    "organisations and memberships": (
        r"\((\d+) organisations, (\d+) memberships\)",
        lambda: (str(len(DATA["organisations"])), str(memberships())),
    ),
    "national clusters": (r"the (\w+) national technology clusters", lambda: (WORDS[len(DATA["national_clusters"])],)),
    "national clusters, in the table": (
        r"`ctl national` \| the (\w+) Italian national",
        lambda: (WORDS[len(DATA["national_clusters"])],),
    ),
    "sources": (r"and (\d+) sources \(`ctl validate`", lambda: (str(len(DATA["sources"])),)),
    "membership dates": (
        r"of the (\d+) memberships, (\d+) carry an `as_of` of their own, (\d+) take their source's date and "
        r"(\d+) are undated",
        lambda: tuple(str(n) for n in _membership_dates()),
    ),
    "source titles": (
        r"Titles: (\d+) of the (\d+) sources have the title",
        lambda: (str(sum(1 for s in DATA["sources"] if s.get("title"))), str(len(DATA["sources"]))),
    ),
    "ror and wikidata": (
        r"So (\d+) organisations have a ROR id and (\d+) a Wikidata QID",
        lambda: tuple(str(sum(1 for o in DATA["organisations"] if o.get(k))) for k in ("ror", "wikidata")),
    ),
    "cities and identifiers": (
        r"(\d+) of the (\d+) organisations have a city, (\d+) of them with a `city_source`; (\d+) have a VAT "
        r"number and (\d+) a codice fiscale",
        lambda: tuple(
            str(n)
            for n in (
                sum(1 for o in DATA["organisations"] if o.get("city")),
                len(DATA["organisations"]),
                sum(1 for o in DATA["organisations"] if o.get("city") and o.get("city_source")),
                sum(1 for o in DATA["organisations"] if o.get("vat")),
                sum(1 for o in DATA["organisations"] if o.get("codice_fiscale")),
            )
        ),
    ),
    "partial lists": (
        r"name, for example, (\d+) of the (\d+) members of the aerospace cluster and (\d+) of the (\d+) of the "
        r"green-chemistry one",
        lambda: (*members("aerospace"), *members("green-chemistry")),
    ),
    "agrifood, in the excerpt": (
        r"Numero di soci (\d+) elencati qui, su (\w+) (\d+) dichiarati",
        lambda: (
            members("agrifood")[0],
            {"over": "oltre", "about": "circa"}.get(cluster("agrifood")["member_count"]["qualifier"], ""),
            members("agrifood")[1],
        ),
    ),
    "match evaluation set": (
        r"holds (\d+) descriptions written the way a founder or a lab would \((\d+) in Italian, (\d+) in English",
        lambda: tuple(str(n) for n in (len(EVAL), *(sum(c["lang"] == lang for c in EVAL) for lang in ("it", "en")))),
    ),
    "match evaluation set, everyday cases": (
        r"(\d+) everyday phrases \(mostly two to five words, (\d+) Italian, (\d+) English\), (\d+) longer "
        r"descriptions of real companies' activities and (\d+) ATECO 2025 codes",
        lambda: tuple(
            str(n)
            for n in (
                len(kinds("phrase")),
                sum(c["lang"] == "it" for c in kinds("phrase")),
                sum(c["lang"] == "en" for c in kinds("phrase")),
                len(kinds("sentence")),
                len(kinds("ateco")),
            )
        ),
    ),
    "match accuracy": (r"top-1 accuracy is (\d+)% and top-3 is (\d+)%", top_percent),
    "match thresholds": (
        r"the test fails below (\d+)% / (\d+)%",
        lambda: (f"{TOP1:.0%}".rstrip("%"), f"{TOP3:.0%}".rstrip("%")),
    ),
    "keywords": (
        r"each cluster carries (\d+)–(\d+) keywords per language",
        lambda: (str(min(keyword_counts())), str(max(keyword_counts()))),
    ),
    "member types": (
        r"Member types: ((?:`\w+`,\s+)+`\w+`) \(`other`",
        lambda: (",".join(t["id"] for t in DATA["member_types"]),),
    ),
    "bases": (
        r"Membership basis: (.*?)\. Exit codes",
        lambda: (",".join(schema.BASES),),
    ),
    "formats": (r"`--format ([a-z\\|]+)` \(`-f`\)", lambda: ("\\|".join(f.value for f in Format),)),
    "export formats": (r"`ctl export \[--format ([\w\\|]+)\]", lambda: ("\\|".join(f.value for f in ExportFormat),)),
    "the bundled dataset in Speed": (
        r"\| 1× \| (\d+) \| (\d+) \|",
        lambda: (str(len(DATA["organisations"])), str(memberships())),
    ),
    "regional calls": (r"The dataset holds (\w+) calls?:", lambda: (WORDS[len(DATA.get("calls") or ())],)),
    "commands that --help gets": (r"`--help` and completion still get all (\w+)\)", lambda: (WORDS[len(COMMANDS)],)),
}


def normal(group: str) -> str:
    """A list of backticked words as "a,b,c"; anything else as written."""
    ticked = re.findall(r"`(\w+)`", group)
    return ",".join(ticked) if ticked and "`" in group and "\\|" not in group else group


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_figure_the_readme_states_equals_the_data(claim):
    pattern, truth = CLAIMS[claim]
    found = [tuple(normal(g) for g in m.groups()) for m in re.finditer(pattern, FLAT)]
    assert found, f"the README no longer says this ({claim}): /{pattern}/"
    assert set(found) == {tuple(truth())}, f"{claim}: the README says {found}, the data {truth()}"


def test_every_figure_about_the_data_is_a_checked_claim():
    """A number next to a word of the data (sources, organisations, members...) outside the Speed
    section is inside one of the claims above, so a new figure cannot go stale unchecked."""
    text = before_speed(FLAT)
    covered = [m.span() for pattern, _ in CLAIMS.values() for m in re.finditer(pattern, text)]
    nouns = r"(?:sources|organisations|memberships|members|descriptions|keywords|clusters|national)"
    numbers = "|".join([r"\d[\d,]*", *WORDS[2:]])
    loose = [
        m.group(0)
        for m in re.finditer(rf"\b(?:{numbers}) (?:\w+ )?{nouns}\b", text)
        if not any(a <= m.start() and m.end() <= b for a, b in covered) and m.group(0) not in NOT_FIGURES
    ]
    assert loose == []


# --------------------------------------------------------------------------- commands and options


@functools.cache
def tree():
    """The Click command tree of ctl, every command made."""
    return typer.main.get_command(app)


def options(command) -> dict[str, str]:
    """Every option string of a Click command (long and short) -> its parameter's name."""
    return {o: p.name for p in command.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}


def rows() -> dict[str, str]:
    """The command table (the one headed "| command | what it does |"): name -> the synopsis after `ctl NAME`."""
    table = README.split("| command | what it does |")[1].split("\n\n")[0]
    return dict(re.findall(r"^\| `ctl (\w+)([^`]*)` \|", table, re.M))


def test_the_command_table_lists_every_command_in_order():
    assert list(rows()) == list(COMMANDS) == list(tree().commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_s_synopsis_names_its_real_options_and_arguments(name):
    command = tree().commands[name]
    real = options(command)
    synopsis = rows()[name]
    listed = re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", synopsis)
    assert set(listed) <= set(real), f"ctl {name} has no {set(listed) - set(real)}"
    own = {max(p.opts, key=len) for p in command.params if p.param_type_name == "option"} - SHARED
    assert own <= {max((o for o in real if real[o] == real[opt]), key=len) for opt in listed}, (
        f"the README's `ctl {name}` lacks {own}"
    )
    args = [p for p in command.params if p.param_type_name == "argument"]
    # options in brackets, and a required option with its value (`-o DIR`), are not arguments
    words = re.sub(r"\[-[^\]]*\](\.\.\.)?|(?<![\w\[])--?[a-z][\w-]* [A-Z]+", "", synopsis).split()
    assert len(words) == len(args), f"ctl {name}: {words} against {[a.name for a in args]}"
    for word, arg in zip(words, args, strict=True):
        assert word.startswith("[") == (not arg.required), f"ctl {name} {word}: required is {arg.required}"


def shared_table() -> dict[str, set[str]]:
    """The table of shared options: option -> the commands it says have it."""
    out = {}
    for option, where in re.findall(r"^\| `(--\w+)[^|]*(?:\\\|[^|]*)*\| [^|]+ \| ([^|]+) \|$", README, re.M):
        named = set(re.findall(r"`(\w+)`", where))
        if where.startswith("every command except"):
            named = set(COMMANDS) - named
        elif where.startswith("every command"):
            named = set(COMMANDS)
        out[option] = named
    return out


def test_the_shared_options_are_on_exactly_the_commands_the_readme_says():
    table = shared_table()
    assert set(table) == {"--data", "--lang", "--format", "--excel"}, table
    commands = tree().commands
    has = {opt: {n for n, c in commands.items() if opt in options(c)} for opt in ("--data", "--lang", "--excel")}
    shared = f"<{'|'.join(f.value for f in Format)}>"
    has["--format"] = {n for n, c in commands.items() for p in c.params if "--format" in p.opts and p.metavar == shared}
    assert table == has


def test_every_option_the_readme_names_exists():
    """`--x` anywhere in the README is an option of ctl (root or a command), or of the script named."""
    real = {"--help", "-h"} | set(options(tree())) | {o for c in tree().commands.values() for o in options(c)}
    elsewhere = {"--debug": "ctl_cli/__main__.py", "--before": "bench/bench.py", "--notes": "bench/generate.py"}
    elsewhere["--older"] = "bench/bench.py"
    elsewhere["--split"] = "bench/match_eval.py"
    elsewhere["--runs"] = elsewhere["--cold-runs"] = elsewhere["--scales"] = "bench/bench.py"
    for option, path in elsewhere.items():
        assert f'"{option}"' in (ROOT / path).read_text(encoding="utf-8"), f"{path} has no {option}"
    named = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", README))
    assert named - real - set(elsewhere) == set()


def test_every_root_option_is_in_the_readme():
    assert {o for o in options(tree()) if o.startswith("--")} - {"--help"} <= set(re.findall(r"--[\w-]+", README))


def test_the_first_example_is_what_ctl_prints(ctl):
    """The excerpt of `ctl --lang it show agrifood` at 80 columns that opens the README: each of its lines
    is a line of the real page, in order."""
    excerpt = README.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    page = ctl("--lang", "it", "show", "agrifood", env={"COLUMNS": "80"}).stdout.splitlines()
    assert len(excerpt) > 10
    start = page.index(excerpt[0])
    assert page[start : start + len(excerpt)] == excerpt
