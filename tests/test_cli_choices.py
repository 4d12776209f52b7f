"""Choices taken the way people type them (issue 12, "Choices"): a member type, basis, format or
language by its id or its label, in any case, with or without accents and dashes; a province by
its code or its name; what is still unknown is exit 2 with the valid values and a close one."""

from __future__ import annotations

import json

import pytest

from ctl_cli.dataset.provinces import CODES, NAMES, canonical
from ctl_cli.query import choices


def ids(r) -> list[str]:
    assert r.exit_code == 0, r.stderr
    return [h["id"] for h in json.loads(r.stdout)]


@pytest.mark.parametrize("typed", ["University", "UNIVERSITY", "università", "Universita", "Universities"])
def test_a_member_type_by_its_label_in_any_case(ctl, typed):
    assert ids(ctl("search", "--type", typed, "-f", "json")) == ids(ctl("search", "--type", "university", "-f", "json"))


@pytest.mark.parametrize("typed", ["Start-up", "start-up", "START UP", "Startup", "Start-ups"])
def test_a_start_up_as_printed(ctl, typed):
    assert ids(ctl("search", "--type", typed, "-f", "json")) == ids(ctl("search", "--type", "startup", "-f", "json"))


def test_a_close_type_gets_a_did_you_mean_and_the_valid_values(ctl):
    r = ctl("search", "--type", "startupp")
    assert r.exit_code == 2
    assert "Did you mean: startup?" in r.stderr
    assert "Valid values: large_company, sme, startup" in r.stderr


def test_an_unknown_type_gets_no_suggestion_in_italian_either(ctl):
    r = ctl("--lang", "it", "search", "--type", "gadgets")
    assert r.exit_code == 2
    assert "Forse cercavi" not in r.stderr
    assert "Valori validi: large_company" in r.stderr


@pytest.mark.parametrize("typed", ["Member list", "elenco dei soci", "MEMBER-LIST"])
def test_a_basis_by_its_label(ctl, mini, typed):
    r = ctl("--data", mini, "search", "--basis", typed, "-f", "json")
    assert ids(r) == ids(ctl("--data", mini, "search", "--basis", "member_list", "-f", "json"))


@pytest.mark.parametrize("args", [["--lang", "IT", "list"], ["list", "--lang", "IT"], ["list", "--lang", "Italiano"]])
def test_a_language_in_any_case(ctl, args):
    r = ctl(*args)
    assert r.exit_code == 0, r.stderr
    assert "Sito web" in r.stdout


def test_ctl_lang_in_any_case(ctl):
    r = ctl("list", env={"CTL_LANG": "IT"})
    assert r.exit_code == 0, r.stderr
    assert "Sito web" in r.stdout


@pytest.mark.parametrize("command", [["list"], ["search", "--type", "startup"], ["stats"], ["show", "afil"]])
def test_a_format_in_any_case(ctl, command):
    r = ctl(*command, "--format", "JSON")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout) == json.loads(ctl(*command, "--format", "json").stdout)


def test_a_mistyped_format_names_the_close_one_and_every_format(ctl):
    r = ctl("list", "--format", "jsno")
    assert r.exit_code == 2
    assert "Did you mean: json?" in r.stderr
    assert "table, json, csv, yaml, markdown" in r.stderr
    r = ctl("--lang", "it", "list", "-f", "xyz")
    assert r.exit_code == 2
    assert "non è tra i valori validi: table, json, csv, yaml, markdown" in r.stderr


def test_a_mistyped_language_names_the_close_one(ctl):
    r = ctl("list", "--lang", "itt")
    assert r.exit_code == 2
    assert "Did you mean: it?" in r.stderr


# --------------------------------------------------------------------------- provinces


@pytest.mark.parametrize("typed", ["Varese", "varese", "VA", "va"])
def test_a_province_by_name_or_code(ctl, typed):
    got = ids(ctl("search", "--province", typed, "-f", "json"))
    assert got and got == ids(ctl("search", "--province", "VA", "-f", "json"))


def test_a_lower_case_code_and_a_two_word_name(ctl):
    assert ids(ctl("search", "-p", "mi", "-f", "json")) == ids(ctl("search", "-p", "MI", "-f", "json"))
    monza = ids(ctl("search", "-p", "Monza e della Brianza", "-f", "json"))
    assert monza and monza == ids(ctl("search", "-p", "MB", "-f", "json"))


def test_a_province_with_no_organisation_is_an_empty_result(ctl):
    r = ctl("search", "--province", "Sassari")  # none there (Torino has Iveco now)
    assert r.exit_code == 0
    assert r.stdout == ""
    assert "No organisation matches" in r.stderr and "partial" in r.stderr


@pytest.mark.parametrize("typed", ["XX", "Lombardia", "Atlantis", ""])
def test_what_is_no_province_is_exit_2_with_a_hint(ctl, typed):
    r = ctl("search", "--province", typed)
    assert r.exit_code == 2
    assert "invalid value" in r.stderr and "--province" in r.stderr
    assert "Give an Italian province by its code or its name" in r.stderr


def test_a_mistyped_province_names_the_close_one(ctl):
    r = ctl("search", "--province", "Varesse")
    assert r.exit_code == 2
    assert "Did you mean: VA (Varese)?" in r.stderr


def test_the_unique_beginning_of_a_province_name_resolves(ctl):
    assert choices.province("monza") == choices.province("Monza") == "MB"
    assert choices.province("monza e") == "MB"
    got = ids(ctl("search", "--province", "monza", "-f", "json"))
    assert got and got == ids(ctl("search", "--province", "MB", "-f", "json"))


def test_a_beginning_of_several_provinces_or_too_short_is_exit_2(ctl):
    r = ctl("search", "--province", "reggio")
    assert r.exit_code == 2
    assert "RC (Reggio Calabria)" in r.stderr and "RE (Reggio nell'Emilia)" in r.stderr
    assert ctl("search", "--province", "cu").exit_code == 2  # only Cuneo begins so, but two letters are a code's length
    assert ctl("search", "--province", "mon").exit_code == 0  # Monza e Brianza alone begins so


def test_the_province_list_has_every_unit_of_istat_and_the_sardinian_reform():
    # 107 units in ISTAT's list of 2025, and the Sardinian provinces of 2026 (OT, OG, VS; CI as SU)
    assert len(NAMES) == 110 and len(CODES) == 111
    assert {"MI", "VA", "MB", "BT", "SU", "OT", "OG", "VS", "CI"} <= set(CODES)
    for name, code in [
        ("Gallura Nord-Est Sardegna", "OT"),
        ("Ogliastra", "OG"),
        ("Medio Campidano", "VS"),
        ("Sulcis Iglesiente", "SU"),
        ("Sud Sardegna", "SU"),
        ("CI", "SU"),
        ("Bozen", "BZ"),
        ("Reggio Emilia", "RE"),
    ]:
        assert choices.province(name) == code
    assert canonical("ci") == "SU" and canonical("mi") == "MI" and canonical(None) is None


def test_a_dataset_may_write_a_new_sardinian_code(ctl, mini, write_yaml):
    from pathlib import Path

    text = Path(mini).read_text(encoding="utf-8").replace('province: "NO"', 'province: "OT"')
    r = ctl("--data", write_yaml(text), "search", "--province", "Gallura Nord-Est Sardegna", "-f", "json")
    assert ids(r) == ["gamma"]


def test_an_organisation_written_with_ci_is_found_as_sulcis_iglesiente(ctl, mini, write_yaml):
    from pathlib import Path

    text = Path(mini).read_text(encoding="utf-8").replace('province: "NO"', 'province: "CI"')
    path = write_yaml(text)
    for typed in ("SU", "ci", "Sulcis Iglesiente"):
        assert ids(ctl("--data", path, "search", "--province", typed, "-f", "json")) == ["gamma"]


def test_a_suggestion_compares_a_bounded_text(monkeypatch):
    """The work of a "did you mean" does not grow with what was typed: count the characters compared."""
    import difflib

    compared: list[int] = []
    real = difflib.SequenceMatcher

    def counting(isjunk, a, b):
        compared.append(len(a))
        return real(isjunk, a, b)

    monkeypatch.setattr(difflib, "SequenceMatcher", counting)
    for size in (10, 100_000):
        with pytest.raises(Exception) as e:
            choices.province("v" * size)
        assert e.value.exit_code == 2
    assert compared and max(compared) <= choices.MAX_COMPARED


def test_the_valid_values_carry_their_label_in_the_readers_language_where_it_differs(ctl):
    it = ctl("--lang", "it", "search", "--type", "azienda").stderr
    assert "sme (PMI)" in it and "large_company (Grande impresa)" in it and "startup," in it  # Start-up: same
    assert ctl("--lang", "it", "search", "--type", "PMI").exit_code == 0  # what it lists is taken
    en = ctl("--lang", "en", "search", "--type", "company").stderr
    assert "Valid values: large_company, sme, startup" in en and "(SME)" not in en  # the same words: not repeated
    basis = ctl("--lang", "it", "search", "--basis", "evento").stderr
    assert "event (solo presenza a un evento)" in basis
    assert ctl("--lang", "it", "search", "--basis", "solo presenza a un evento").exit_code == 0


@pytest.mark.parametrize("value", ["xlsx", "Excel", "ods"])
def test_a_spreadsheet_format_points_to_csv_for_a_spreadsheet(ctl, value):
    """`ctl export --format xlsx` listed the formats only; a reader who wants a spreadsheet is told which one
    opens in one, in the reader's language."""
    en = ctl("export", "--format", value, "--lang", "en")
    assert en.exit_code == 2 and "For a spreadsheet: --format csv --excel" in en.stderr
    it = ctl("list", "-f", value, "--lang", "it")
    assert it.exit_code == 2 and "Per un foglio di calcolo: --format csv --excel" in it.stderr
    assert "spreadsheet" not in ctl("list", "-f", "xml", "--lang", "en").stderr
