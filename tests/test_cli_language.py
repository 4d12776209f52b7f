"""Every phrase a user reads follows the language (--lang, CTL_LANG, the locale): pages, footers,
notes, errors with their hints, "Wrote ..." lines; English stays as it was."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ctl_cli.commands.failures import messages
from ctl_cli.errors import BadRequest
from ctl_cli.phrases import phrase
from ctl_cli.records.sources import Use


def test_list_footer_in_italian(ctl):
    r = ctl("--lang", "it", "list")
    assert r.exit_code == 0
    assert "Soci: elencati qui / totale dichiarato dal cluster." in r.stdout
    assert "In attesa di riconoscimento: cosmetics (ctl list --all)" in r.stdout
    assert "Members: listed here" not in r.stdout and "Pending recognition" not in r.stdout


def test_list_footer_in_english(ctl):
    out = ctl("list").stdout
    assert "Members: listed here / total published by the cluster." in out
    assert "Pending recognition: cosmetics (ctl list --all)" in out


def test_show_unknown_cluster_in_italian_exit_1(ctl):
    r = ctl("--lang", "it", "show", "nosuch")
    assert r.exit_code == 1
    assert "ctl: nessun cluster corrisponde a 'nosuch'." in r.stderr
    assert "Esegui 'ctl list' per vedere tutti i cluster." in r.stderr
    assert "no cluster matches" not in r.stderr


def test_show_unknown_cluster_in_english_exit_1(ctl):
    r = ctl("show", "nosuch")
    assert r.exit_code == 1
    assert "ctl: no cluster matches 'nosuch'." in r.stderr
    assert "Run 'ctl list' to see every cluster." in r.stderr


def test_export_sqlite_without_output_in_italian_exit_2(ctl):
    r = ctl("--lang", "it", "export", "--format", "sqlite")
    assert r.exit_code == 2
    assert "ctl: un database SQLite è un file binario: dagli un nome con -o." in r.stderr
    assert "Esempio: ctl export --format sqlite -o ctl.db" in r.stderr


def test_export_errors_raised_below_the_cli_follow_ctl_lang(ctl, tmp_path):
    target = tmp_path / "d.json"
    target.write_text("{}", encoding="utf-8")
    r = ctl("export", "--format", "json", "-o", str(target), env={"CTL_LANG": "it"})
    assert r.exit_code == 2
    assert f"ctl: {target} esiste già." in r.stderr
    assert "Usa --force per sovrascriverlo" in r.stderr
    r = ctl("export", "--format", "json", "-o", str(target))
    assert r.exit_code == 2
    assert f"ctl: {target} already exists." in r.stderr
    assert "Use --force to replace it, or choose another -o path." in r.stderr


def test_export_wrote_lines_in_both_languages(ctl, tmp_path):
    r = ctl("--lang", "it", "export", "--format", "csv", "-o", str(tmp_path / "it"))
    assert r.exit_code == 0 and "Scritti " in r.stderr and " file CSV in " in r.stderr
    r = ctl("export", "--format", "sqlite", "-o", str(tmp_path / "ctl.db"))
    assert r.exit_code == 0 and r.stderr.startswith(f"Wrote {tmp_path / 'ctl.db'}: ") and " rows." in r.stderr
    r = ctl("export", "--format", "json", "-o", str(tmp_path / "d.json"))
    assert "bytes)." in r.stderr and "," in r.stderr  # English groups the digits
    r = ctl("--lang", "it", "export", "--format", "json", "-o", str(tmp_path / "e.json"))
    assert " byte)." in r.stderr and r.stderr.startswith("Scritto ")


def test_bad_request_carries_a_key_and_is_worded_per_language():
    e = BadRequest("msg.export.csv_needs_folder", tables="a, b")
    assert str(e).startswith("csv export writes one file per table")  # English, for debugging
    assert messages(e, "it") == [
        "ctl: " + phrase("msg.export.csv_needs_folder", "it"),
        "Tabelle: a, b",
    ]
    assert messages(e, "en")[1] == "Tables: a, b"
    assert messages(BadRequest("msg.export.table_needs_csv"), "en") == ["ctl: --table works with --format csv only."]


def test_stats_titles_follow_ctl_lang(ctl):
    out = ctl("stats", env={"CTL_LANG": "it"}).stdout
    for title in ("Soci elencati, per tipo", "Organizzazioni per provincia", "In più cluster: ",
                  "Gli elenchi dei soci sono parziali; ? = provincia non nota."):  # fmt: skip
        assert title in out
    assert "Members listed" not in out and "Organisations by province" not in out
    out = ctl("stats").stdout
    assert "Members listed, by type" in out and "In several clusters: " in out


def test_search_partial_note_in_italian(ctl):
    r = ctl("--lang", "it", "search", "--type", "startup")
    assert r.exit_code == 0
    assert (
        "Gli elenchi dei soci sono parziali: il dataset riporta " in r.stderr and "dichiarate dai cluster." in r.stderr
    )
    assert "Member lists are partial" not in r.stderr
    assert "Member lists are partial" in ctl("search", "--type", "startup").stderr


def test_search_no_startup_note_in_italian(ctl, mini):
    r = ctl("--data", mini, "--lang", "it", "search", "--type", "startup", "--cluster", "alpha-tech")
    assert r.exit_code == 0
    assert "Nessuna organizzazione corrisponde ai filtri." in r.stderr
    assert "Nessuna delle fonti pubbliche consultate nomina una start-up socia di alpha-tech." in r.stderr
    assert "elencat" in r.stderr and "listed" not in r.stderr


def test_match_without_result_in_italian(ctl):
    r = ctl("--lang", "it", "match", "zzzqqq xxyyzz")
    assert r.exit_code == 0
    assert r.stderr.startswith("Nessun cluster ha parole in comune")


def test_show_page_in_italian_has_no_english_labels(ctl):
    out = ctl("--lang", "it", "show", "agrifood").stdout
    assert "Numero di soci" in out and "elencati qui, su oltre 70 dichiarati" in out
    assert "Soci: 15 elencati qui" in out and "\nFonti\n" in out
    # labels and words of ctl's own (the data's notes and focus lists are English-only: a data gap)
    for english in ("listed here", "Members:", "\nSources\n", "Member count", "  unknown", "— member list"):
        assert english not in out, english


def test_org_page_in_italian(ctl):
    out = ctl("--lang", "it", "org", "universita-degli-studi-di-brescia").stdout
    assert "Provincia" in out and "Riscontro" in out and "dichiarazione propria" in out
    assert "own statement" not in out and "Basis" not in out


def test_ambiguous_org_in_italian(ctl):
    r = ctl("--lang", "it", "org", "universita")
    assert r.exit_code == 1
    assert "organizzazioni corrispondono a 'universita'; indicane una" in r.stderr


def test_compare_in_italian_words_status_types_and_bases(ctl):
    out = ctl("--lang", "it", "compare", "energy", "smart-communities").stdout
    assert "riconosciuto" in out and "Soci in comune: " in out and "Riscontro (energy)" in out
    assert "Università" in out and "seggio nel consiglio" in out
    assert "recognised" not in out and "board seat" not in out and "university" not in out


def test_sources_words_the_used_for_facts_but_json_keeps_english(ctl):
    out = ctl("--lang", "it", "sources", "energy").stdout
    assert "socio: Politecnico di Milano" in out and "Ente gestore" in out and "fonti; " in out
    assert "member:" not in out and "managing_body" not in out
    records = json.loads(ctl("--lang", "it", "sources", "energy", "--format", "json").stdout)
    facts = {u["fact"] for r in records for u in r["used_for"]}
    assert "member: Politecnico di Milano" in facts and "managing_body" in facts
    assert records == json.loads(ctl("sources", "energy", "--format", "json").stdout)
    out = ctl("sources", "energy").stdout
    assert "member: Politecnico di Milano" in out and "Managing body" in out


@pytest.mark.parametrize(
    "use,it,en",
    [
        (Use("x", "field", "member_count"), "Numero di soci", "Member count"),
        (Use("x", "person", "Ada Rossi", "president"), "Presidente: Ada Rossi", "President: Ada Rossi"),
        (Use("x", "member", "Beta"), "socio: Beta", "member: Beta"),
        (Use("x", "type_of", "Beta"), "tipo di Beta", "type of Beta"),
        (Use(None, "national_cluster", "CTN"), "cluster nazionale: CTN", "national cluster: CTN"),
    ],
)
def test_a_source_use_in_both_languages(use, it, en):
    from ctl_cli.render.sources import use_text

    assert use_text(use, "it") == it and use_text(use, "en") == en


def test_the_json_fact_of_a_use_is_stable():
    assert Use("x", "person", "Ada Rossi", "president").fact == "president: Ada Rossi"
    assert Use(None, "field", "total_members").fact == "total_members"


def test_validate_summary_in_italian(ctl, mini):
    r = ctl("--lang", "it", "validate", mini)
    assert r.exit_code == 0
    assert ": valido. Cluster: " in r.stdout and "fonti: " in r.stdout
    assert ": valid. Clusters: 3 (recognised: 2); " in ctl("validate", mini).stdout  # no "1 clusters" for one


def test_national_unknown_in_italian(ctl, mini):
    out = ctl("--data", mini, "--lang", "it", "national").stdout
    assert "In Lombardia" in out


@pytest.mark.parametrize("args", [["validate"], ["schema"], ["export", "--format", "json"]])
def test_every_command_takes_lang_after_its_name(ctl, args):
    r = ctl(*args, "--lang", "it")
    assert r.exit_code == 0, r.stderr


def test_validate_speaks_the_lang_given_after_it(ctl, write_yaml):
    r = ctl("validate", write_yaml("dataset: [\n"), "--lang", "it")
    assert r.exit_code == 3 and "il dataset non è valido" in r.stderr


def test_an_invalid_ctl_lang_names_the_variable(ctl):
    r = ctl("list", env={"CTL_LANG": "fr"})
    assert r.exit_code == 2 and "CTL_LANG" in r.stderr and "'fr'" in r.stderr and "it, en" in r.stderr
    r = ctl("--lang", "xx", "list")
    assert r.exit_code == 2 and "CTL_LANG" not in r.stderr and "'xx'" in r.stderr


def test_validate_of_a_file_gives_no_advice_about_data(ctl, tmp_path):
    r = ctl("validate", str(tmp_path / "nosuch.yaml"))
    assert r.exit_code == 3 and "not found" in r.stderr and "--data" not in r.stderr
    r = ctl("--data", str(tmp_path / "nosuch.yaml"), "list")
    assert r.exit_code == 3 and "--data" in r.stderr


def test_ambiguous_names_are_listed_in_one_column(ctl):
    r = ctl("org", "universita")
    assert r.exit_code == 1
    lines = [line for line in r.stderr.splitlines() if line.startswith("  ")]
    assert len(lines) > 2 and len({len(line) - len(line.lstrip()) + len(line.split()[0]) for line in lines}) > 1
    starts = {line.index(line.split(None, 1)[1].split()[0], len(line.split()[0]) + 2) for line in lines}
    assert len(starts) == 1  # every name starts in the same column


def test_stats_csv_keeps_the_qualifier_of_a_published_total(ctl):
    rows = {r["cluster_id"]: r for r in csv.DictReader(io.StringIO(ctl("stats", "--format", "csv").stdout))}
    assert rows["agrifood"]["member_count"] == "70" and rows["agrifood"]["member_count_qualifier"] == "over"


# --------------------------------------------------------------------------- Click's own usage errors


@pytest.mark.parametrize(
    "args, italian, english",
    [
        (["show"], "ctl: manca l'argomento 'CLUSTER'.", "ctl: missing argument 'CLUSTER'."),
        (["search", "--foo"], "ctl: l'opzione --foo non esiste", "ctl: no such option: --foo"),
        (["shwo"], "ctl: il comando 'shwo' non esiste. Forse cercavi 'show'?", "Did you mean 'show'?"),
        (["compare", "a", "b", "c"], "ctl: argomenti in più non previsti: c.", "ctl: unexpected extra arguments: c."),
        (["match", "--top", "x", "robot"], "'x' non è un numero intero", "'x' is not a whole number"),
    ],
)
def test_clicks_usage_errors_follow_the_language(ctl, args, italian, english):
    it = ctl("--lang", "it", *args)
    assert it.exit_code == 2 and italian in it.stderr
    assert "Error:" not in it.stderr and "Prova 'ctl" in it.stderr
    assert "Uso: ctl" in it.stderr  # Click's usage line, which DESIGN.md lets stay English, is Italian too
    en = ctl("--lang", "en", *args)
    assert en.exit_code == 2 and english in en.stderr and "Error:" not in en.stderr and "Usage: ctl" in en.stderr
    assert ctl(*args, env={"CTL_LANG": "it"}).stderr == it.stderr


def test_a_click_message_ctl_does_not_know_is_kept_as_click_wrote_it():
    from ctl_cli.commands.failures import sentence

    assert sentence("Something new from Click.", "it") == "Something new from Click."
    assert sentence("Missing argument 'X'.", "it") == "manca l'argomento 'X'."
