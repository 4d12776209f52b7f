"""English `ctl show` says why some ATECO titles are in Italian: NACE Rev. 2.1 has English titles down to
class level only, so a row below it (30.92.3) keeps ISTAT's Italian title."""

from __future__ import annotations

import json

import pytest

NOTE = "titles in Italian are ISTAT's"


def untitled_in_english(ctl, cluster: str) -> int:
    return sum(1 for a in json.loads(ctl("show", cluster, "-f", "json").stdout)["ateco"] if not a.get("title_en"))


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_the_heading_says_why_when_a_row_has_only_an_italian_title(ctl, fmt):
    assert untitled_in_english(ctl, "living-environments") > 0
    page = " ".join(ctl("--lang", "en", "show", "living-environments", "-f", fmt).stdout.split())
    assert NOTE in page and "30.92.3 Fabbricazione di veicoli per disabili" in page


def test_no_note_when_every_row_has_an_english_title_nor_in_italian(ctl):
    assert untitled_in_english(ctl, "agrifood") == 0
    assert NOTE not in " ".join(ctl("--lang", "en", "show", "agrifood").stdout.split())
    page = " ".join(ctl("--lang", "it", "show", "living-environments").stdout.split())
    assert "Codici ATECO 2025" in page and "titoli in italiano" not in page
