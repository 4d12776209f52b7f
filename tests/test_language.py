"""Italian throughout (and English throughout): every command that prints prose, for every cluster,
speaks only the reader's language, outside the names and titles that stay as published; the bundled
dataset has both languages everywhere; a dataset written before (plain strings) still loads."""

from __future__ import annotations

import re
import string

import pytest

from ctl_cli import cache
from ctl_cli.commands import app
from ctl_cli.dataset import locate, validate
from ctl_cli.phrases import _ALL as CATALOGUE

from .conftest import MINI, older_bundled

BUNDLED = MINI.parent.parent.parent / "data" / "clusters.yaml"


OLDER = str(older_bundled())

DS = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled")
CLUSTERS = [c.id for c in DS.clusters]
OTHER = {"it": "en", "en": "it"}
# Words that give away the other language (a fixed list, as the issue asks).
STOP_WORDS = {
    "it": {"the", "and", "of", "with", "listed", "members", "which", "from", "is", "are"},  # English, under --lang it
    "en": {
        "il",
        "della",
        "sono",
        "elencati",
        "soci",
        "degli",
        "nella",
        "che",
        "delle",
        "gli",
    },  # Italian, under --lang en
}


def published_words() -> set[str]:
    """Names and titles that stay as published, in any language: removed before looking for stop-words."""
    import ateco

    out = []
    for c in DS.clusters:
        out += [c.id, *c.aliases, c.acronym or "", c.name.it or "", c.name.en or "", c.managing_body.name or ""]
        out += [w for _, words in c.keywords for w in words]
        out += [p.name for p in c.people]
        # ATECO titles as ISTAT publishes them (Italian only): shown as published in either language (issue 13)
        out += [ateco.lookup(r.code, edition="2025").title for r in c.ateco]
    for o in DS.organisations.values():
        out += [o.name, *(f.name for f in o.former_names), o.city or ""]
    for s in DS.sources.values():
        out += [s.title or "", s.publisher, s.url]
    for n in DS.national_clusters:
        out += [n.name, n.acronym or "", n.website or ""]
    return {w for w in out if w}


# Proper names that our texts use unquoted: names of publications, projects, networks and bodies.
NAMES_IN_PROSE = [
    "Il Sole 24 Ore", "Efficient and Sustainable Manufacturing", "Council of European BioRegions",
    "Polo Tecnologico della Cosmesi", "Polo della Cosmesi", "Scienze della Vita", "Feeding the Planet",
    "Ecosistema digitale integrato per la gestione sostenibile del territorio e delle sue risorse",
]  # fmt: skip
PUBLISHED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted({*published_words(), *NAMES_IN_PROSE}, key=len, reverse=True))
    + r")(?!\w)"
)
# Quoted original wording ('soci', "Giulio Natta"): a quote that opens after no letter (not an Italian
# apostrophe, as in l'energia) and closes before none; glosses in brackets that start with a capital.
QUOTED = re.compile(r"(?<![A-Za-zÀ-ÿ])'[^'\n]+'(?![A-Za-zÀ-ÿ])|\"[^\"\n]*\"|\([A-Z][^()\n]*\)")


def without_published(text: str) -> str:
    """text without URLs, names and titles as published, and quoted original wording."""
    text = re.sub(r"https?://\S+", " ", text)
    return QUOTED.sub(" ", PUBLISHED.sub(" ", text))


def catalogue_fragments(lang: str) -> list[str]:
    """The fixed parts (12+ characters) of the catalogue's phrases in `lang` that differ from the other language."""
    i = 0 if lang == "it" else 1
    out = []
    for pair in CATALOGUE.values():
        if pair[0] == pair[1]:
            continue
        parts = [p for p, *_ in string.Formatter().parse(pair[i]) if p]
        out += [p.strip() for p in parts if len(p.strip()) >= 12 and " " in p.strip() and p.strip() not in pair[1 - i]]
    return out


FRAGMENTS = {lang: catalogue_fragments(lang) for lang in ("it", "en")}
PROSE_COMMANDS = {
    "list": [["list", "--all"]],
    "show": [["show", c] for c in CLUSTERS],
    "search": [["search", "--type", "university"], ["search", "--type", "startup", "--cluster", "agrifood"]],
    "match": [["match", "pannelli fotovoltaici e idrogeno"]],
    "org": [["org", "Politecnico di Milano"], ["org", "aviometal"]],
    "compare": [["compare", "aerospace", "mobility"], ["compare", "energy", "smart-communities"]],
    "stats": [["stats", "--all"]],
    "sources": [["sources", c] for c in CLUSTERS],
    "national": [["national"]],
    "diff": [["diff", OLDER, str(BUNDLED)], ["diff", "--summary", str(BUNDLED), OLDER]],
}


def test_every_command_that_prints_prose_is_covered():
    # print data or a one-line summary, not prose (reconcile: a YAML fragment; test_reconcile.py checks its language)
    silent = {"export", "validate", "schema", "site", "reconcile"}
    assert set(PROSE_COMMANDS) == {c.name for c in app.registered_commands} - silent


CASES = [(lang, args) for lang in ("it", "en") for runs in PROSE_COMMANDS.values() for args in runs]
CASES += [(lang, [*runs[0], "--format", "markdown"]) for lang in ("it", "en") for runs in PROSE_COMMANDS.values()]


@pytest.mark.parametrize("lang,args", CASES, ids=[f"{lang}-{' '.join(a)}" for lang, a in CASES])
def test_one_language_on_the_page(ctl, lang, args):
    r = ctl("--lang", lang, *args, env={"COLUMNS": "2000"})  # no name wrapped across lines
    assert r.exit_code == 0, r.stderr
    page = r.stdout + r.stderr
    other = OTHER[lang]
    leaked = [f for f in FRAGMENTS[other] if f in page]
    assert leaked == [], f"phrases of the {other} catalogue on a --lang {lang} page"
    words = set(re.findall(r"[a-zà-ù]+", without_published(page).lower()))
    assert words & STOP_WORDS[lang] == set(), f"{other} words on a --lang {lang} page"


def test_the_bundled_dataset_has_both_languages_everywhere():
    ds = validate.parse(locate.bundled_path().read_text(encoding="utf-8"), "bundled", placed_warnings=True)
    assert [str(w) for w in ds.warnings] == []


def test_a_dataset_with_plain_strings_still_loads_and_validate_warns(ctl, write_yaml):
    text = (locate.bundled_path().parent.parent / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8")
    note = "Two named in public sources, against about ten."
    legacy = text.replace(f'{{it: "Due nominati da fonti pubbliche, su una decina.", en: "{note}"}}', f'"{note}"')
    assert legacy != text
    path = write_yaml(legacy)
    ds = cache.load(path)
    assert ds.clusters[0].members_note.en == "Two named in public sources, against about ten."
    r = ctl("validate", path)
    assert r.exit_code == 0
    assert "clusters.0.members_note: text in one language only" in r.stderr and ":35:" in r.stderr
    it = ctl("--lang", "it", "--data", path, "show", "alpha")
    assert "Two named in public sources, against about ten. [solo in inglese]" in it.stdout
    en = ctl("--lang", "en", "--data", path, "show", "alpha")
    assert "[English only]" not in en.stdout
