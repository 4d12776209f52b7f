"""Write startups.xlsx, the fixture of the register of innovative start-ups (run it from this folder).

The list is published by the business register (InfoCamere, for the chambers of commerce) at
https://startup.registroimprese.it/ (download page
https://startup.registroimprese.it/isin/static/startup/index.html?slideJump=32) as an xlsx workbook. No page of
the publisher documenting the columns was found; their names are those of the published lists (2017 CSV, 2025
xlsx) as public code that reads them shows them. A few title lines, then a header row with
'denominazione', 'nat.giuridica', 'codice fiscale', 'pv', 'comune', 'data iscrizione alla sezione delle
startup', 'data iscrizione al Registro Imprese', 'ateco 2007', 'settore', 'attività', 'sito internet'...
The rows are made up, about tests/data/reconcile.yaml's organisations; the identifiers have valid check digits.
"""

import datetime as dt

from openpyxl import Workbook

HEADER = [
    "denominazione",
    "nat.giuridica",
    "codice fiscale",
    "pv",
    "comune",
    "data iscrizione alla sezione delle startup",
    "data iscrizione al Registro Imprese",
    "data inizio dell'esercizio effettivo dell'attività",
    "ateco 2007",
    "settore",
    "attività",
    "sito internet",
]
ROWS = [
    ["GAMMA START S.R.L.", "SR", "23456780032", "NO", "NOVARA", dt.date(2024, 3, 15), dt.date(2024, 2, 1),
     dt.date(2024, 3, 1), "62.01", "SERVIZI", "produzione di software", ""],
    ["BETA S.R.L.", "SR", "12345670124", "VA", "VARESE", dt.date(2023, 1, 10), dt.date(2022, 12, 1),
     dt.date(2023, 1, 2), "72.19", "SERVIZI", "ricerca e sviluppo", ""],
    ["OMEGA S.R.L.", "SR", "34567890156", "MI", "MILANO", dt.date(2022, 5, 5), dt.date(2022, 4, 1),
     dt.date(2022, 5, 1), "62.02", "SERVIZI", "consulenza informatica", ""],
]  # fmt: skip


def main() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Made-up rows in the layout of the list of innovative start-ups, https://startup.registroimprese.it/"]
    )
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save("startups.xlsx")


if __name__ == "__main__":
    main()
