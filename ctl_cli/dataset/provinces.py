"""The Italian provinces (and metropolitan cities, and the units that stand for them in statistics):
code, official name, other names people use. `--province` takes any of them; a dataset's
`province` field must be one of the codes.

Sources (checked 2026-11-30):
- ISTAT, "Codici statistici delle unità amministrative territoriali" (update of 2025-07-17),
  https://www.istat.it/it/archivio/6789, and its list of comuni,
  https://www.istat.it/storage/codici-unita-amministrative/Elenco-comuni-italiani.csv (columns
  "Sigla automobilistica" and "Denominazione dell'Unità territoriale sovracomunale"): the 107 units
  of 2025, Sud Sardegna (SU) among them.
- The same ISTAT page, notice of 2025-07-17: Sardinia's final reform (Regional Law 7/2021; Giunta
  decision 36/34 of 2025-07-09, B.U.R.A.S. 39 of 2025-07-17) makes the metropolitan cities of
  Cagliari and Sassari and the provinces of Nuoro, Oristano, Gallura Nord-Est Sardegna, Ogliastra,
  Sulcis Iglesiente and Medio Campidano; ISTAT uses the new names and codes from 2026-01-01.
- ISTAT, administrative boundaries at 2026-01-01 (layer ProvCM01012026),
  https://www.istat.it/storage/cartografia/confini_amministrativi/generalizzati/2026/Limiti01012026_g.zip:
  the codes OT (Gallura Nord-Est Sardegna), OG (Ogliastra), VS (Medio Campidano) and CI (Sulcis
  Iglesiente). ISTAT's SITUAS (https://situas.istat.it, 2026-06-18) gives SU for Sulcis Iglesiente:
  both codes are taken, SU (the newer) first. Read through public copies of these files; the
  files themselves were not reachable from here.

Sud Sardegna (SU until 2025-12-31) is kept as another name of SU, so that data written before the
reform still reads.
"""

from __future__ import annotations

# (code, official name, other names): the official name is ISTAT's; the other names are its
# bilingual halves and the short forms in common use.
PROVINCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("AG", "Agrigento", ()),
    ("AL", "Alessandria", ()),
    ("AN", "Ancona", ()),
    ("AO", "Valle d'Aosta/Vallée d'Aoste", ("Valle d'Aosta", "Vallée d'Aoste", "Aosta")),
    ("AP", "Ascoli Piceno", ()),
    ("AQ", "L'Aquila", ()),
    ("AR", "Arezzo", ()),
    ("AT", "Asti", ()),
    ("AV", "Avellino", ()),
    ("BA", "Bari", ()),
    ("BG", "Bergamo", ()),
    ("BI", "Biella", ()),
    ("BL", "Belluno", ()),
    ("BN", "Benevento", ()),
    ("BO", "Bologna", ()),
    ("BR", "Brindisi", ()),
    ("BS", "Brescia", ()),
    ("BT", "Barletta-Andria-Trani", ()),
    ("BZ", "Bolzano/Bozen", ("Bolzano", "Bozen")),
    ("CA", "Cagliari", ()),
    ("CB", "Campobasso", ()),
    ("CE", "Caserta", ()),
    ("CH", "Chieti", ()),
    ("CL", "Caltanissetta", ()),
    ("CN", "Cuneo", ()),
    ("CO", "Como", ()),
    ("CR", "Cremona", ()),
    ("CS", "Cosenza", ()),
    ("CT", "Catania", ()),
    ("CZ", "Catanzaro", ()),
    ("EN", "Enna", ()),
    ("FC", "Forlì-Cesena", ()),
    ("FE", "Ferrara", ()),
    ("FG", "Foggia", ()),
    ("FI", "Firenze", ()),
    ("FM", "Fermo", ()),
    ("FR", "Frosinone", ()),
    ("GE", "Genova", ()),
    ("GO", "Gorizia", ()),
    ("GR", "Grosseto", ()),
    ("IM", "Imperia", ()),
    ("IS", "Isernia", ()),
    ("KR", "Crotone", ()),
    ("LC", "Lecco", ()),
    ("LE", "Lecce", ()),
    ("LI", "Livorno", ()),
    ("LO", "Lodi", ()),
    ("LT", "Latina", ()),
    ("LU", "Lucca", ()),
    ("MB", "Monza e della Brianza", ("Monza e Brianza",)),
    ("MC", "Macerata", ()),
    ("ME", "Messina", ()),
    ("MI", "Milano", ()),
    ("MN", "Mantova", ()),
    ("MO", "Modena", ()),
    ("MS", "Massa-Carrara", ()),
    ("MT", "Matera", ()),
    ("NA", "Napoli", ()),
    ("NO", "Novara", ()),
    ("NU", "Nuoro", ()),
    ("OG", "Ogliastra", ()),
    ("OR", "Oristano", ()),
    ("OT", "Gallura Nord-Est Sardegna", ()),
    ("PA", "Palermo", ()),
    ("PC", "Piacenza", ()),
    ("PD", "Padova", ()),
    ("PE", "Pescara", ()),
    ("PG", "Perugia", ()),
    ("PI", "Pisa", ()),
    ("PN", "Pordenone", ()),
    ("PO", "Prato", ()),
    ("PR", "Parma", ()),
    ("PT", "Pistoia", ()),
    ("PU", "Pesaro e Urbino", ()),
    ("PV", "Pavia", ()),
    ("PZ", "Potenza", ()),
    ("RA", "Ravenna", ()),
    ("RC", "Reggio Calabria", ("Reggio di Calabria",)),
    ("RE", "Reggio nell'Emilia", ("Reggio Emilia",)),
    ("RG", "Ragusa", ()),
    ("RI", "Rieti", ()),
    ("RM", "Roma", ()),
    ("RN", "Rimini", ()),
    ("RO", "Rovigo", ()),
    ("SA", "Salerno", ()),
    ("SI", "Siena", ()),
    ("SO", "Sondrio", ()),
    ("SP", "La Spezia", ()),
    ("SR", "Siracusa", ()),
    ("SS", "Sassari", ()),
    ("SU", "Sulcis Iglesiente", ("CI", "Sud Sardegna")),
    ("SV", "Savona", ()),
    ("TA", "Taranto", ()),
    ("TE", "Teramo", ()),
    ("TN", "Trento", ()),
    ("TO", "Torino", ()),
    ("TP", "Trapani", ()),
    ("TR", "Terni", ()),
    ("TS", "Trieste", ()),
    ("TV", "Treviso", ()),
    ("UD", "Udine", ()),
    ("VA", "Varese", ()),
    ("VB", "Verbano-Cusio-Ossola", ()),
    ("VC", "Vercelli", ()),
    ("VE", "Venezia", ()),
    ("VI", "Vicenza", ()),
    ("VR", "Verona", ()),
    ("VS", "Medio Campidano", ()),
    ("VT", "Viterbo", ()),
    ("VV", "Vibo Valentia", ()),
)

# Codes that name the same province as another code: CI is Sulcis Iglesiente, as SU is.
SAME_AS = {"CI": "SU"}

# Every code a dataset may write, in alphabetical order.
CODES: tuple[str, ...] = tuple(sorted([p[0] for p in PROVINCES] + list(SAME_AS)))

# code -> every name it may be given by: the code, the official name, the other names.
NAMES: dict[str, list[str]] = {code: [code, name, *others] for code, name, others in PROVINCES}


def canonical(code: str | None) -> str | None:
    """The one code of a province as a dataset writes it (`ci` -> SU, `mi` -> MI); None stays None."""
    if code is None:
        return None
    code = code.strip().upper()
    return SAME_AS.get(code, code)
