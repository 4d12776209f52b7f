"""Words of the interface: column headers, field labels, roles, membership bases, qualifiers,
statuses, member-type and breakdown words.

PHRASES maps key -> (it, en). Keys:
  label.col.<name>         a column header of the table format; short: at most 14 characters
                           (placeholders excluded) so that tables fit an 80-column terminal
  label.col.abbr.<name>    an abbreviation of a header, for narrow terminals (`ctl stats`), at
                           most 6 characters; the page explains it in a legend (label.legend)
  label.col.type.<id>      short header for a member type in `ctl stats` (the dataset's own
                           type labels are long, e.g. "Altro, tipo non indicato dalle fonti")
  label.field.<name>       a field's label on a page (show, org, compare) and a section heading;
                           also the name of a fact in `ctl sources CLUSTER`'s "used for" column
  label.status.<status>    a cluster's status (schema.STATUSES)
  label.role.<role>        a person's role (schema.ROLES)
  label.basis.<basis>      what a source shows about a membership (schema.BASES)
  label.qualifier.<q>      the word before a published count (schema.QUALIFIERS); "exact" is empty
                           on purpose. Prefer the whole templates msg.total.<q> in messages.py.
  label.breakdown.<key>    a key of a member breakdown's counts (free snake_case in the data: fall
                           back to key.replace("_", " ") for one not listed here)
  label.unknown, label.no_date   values shown for a missing fact / a source without a date

Terminology (Italian): members of a cluster = "soci", a membership = "adesione", basis =
"riscontro", organisation = "organizzazione", source = "fonte", published/declared total =
"totale dichiarato", pending = "in attesa di riconoscimento", SME = "PMI".
"""

PHRASES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ column headers (<= 14 chars)
    "label.col.id": ("id", "id"),
    "label.col.number": ("#", "#"),
    "label.col.acronym": ("Sigla", "Acronym"),
    "label.col.name": ("Nome", "Name"),
    "label.col.theme": ("Tema", "Theme"),
    "label.col.members": ("Soci", "Members"),
    "label.col.website": ("Sito web", "Website"),
    "label.col.type": ("Tipo", "Type"),
    "label.col.city": ("Città", "City"),
    "label.col.province": ("Prov.", "Prov."),
    "label.col.clusters": ("Cluster", "Clusters"),
    "label.col.date": ("Data", "Date"),
    "label.col.source": ("Fonte", "Source"),
    "label.col.project": ("Progetto", "Project"),
    "label.col.supports": ("Cosa attesta", "What it shows"),
    "label.col.used_for": ("Usata per", "Used for"),
    "label.col.area": ("Area", "Area"),
    "label.col.lombard_clusters": ("In Lombardia", "In Lombardy"),
    "label.col.score": ("Punteggio", "Score"),
    "label.col.matched": ("Perché", "Why"),  # the cluster's words that matched, then the ATECO entries
    "label.col.close_members": ("Soci affini", "Close members"),
    "label.col.members_listed": ("Soci elencati", "Members listed"),
    "label.col.member_count": ("Totale soci", "Member count"),
    "label.col.basis": ("Riscontro", "Basis"),
    "label.col.basis_of": ("Riscontro ({cluster})", "Basis ({cluster})"),
    "label.col.note": ("Nota", "Note"),
    "label.col.fact": ("Dato", "Fact"),
    "label.col.cluster": ("Cluster", "Cluster"),
    "label.col.sources": ("Fonti", "Sources"),
    # short member-type headers for `ctl stats` (optional: else the dataset's label)
    "label.col.type.large_company": ("Grandi imprese", "Large firms"),
    "label.col.type.sme": ("PMI", "SMEs"),
    "label.col.type.startup": ("Start-up", "Start-ups"),
    "label.col.type.university": ("Università", "Universities"),
    "label.col.type.research_centre": ("Ricerca", "Research"),
    "label.col.type.association": ("Associazioni", "Associations"),
    "label.col.type.public_body": ("Enti pubblici", "Public bodies"),
    "label.col.type.foundation": ("Fondazioni", "Foundations"),
    "label.col.type.other": ("Altro", "Other"),
    # abbreviations for a narrow `ctl stats` (explained by a legend under the table)
    "label.col.abbr.type.large_company": ("GI", "LF"),
    "label.col.abbr.type.sme": ("PMI", "SME"),
    "label.col.abbr.type.startup": ("SU", "SU"),
    "label.col.abbr.type.university": ("Uni", "Uni"),
    "label.col.abbr.type.research_centre": ("Ric", "Res"),
    "label.col.abbr.type.association": ("Ass", "Ass"),
    "label.col.abbr.type.public_body": ("EP", "PB"),
    "label.col.abbr.type.foundation": ("Fon", "Fdn"),
    "label.col.abbr.type.other": ("Alt", "Oth"),
    "label.col.abbr.members_listed": ("Elenc.", "Listed"),
    "label.col.abbr.member_count": ("Tot.", "Total"),
    "label.col.url": ("URL", "URL"),
    "label.legend": ("Legenda", "Key"),
    # ------------------------------------------------------------------ field labels and headings
    "label.field.id": ("id", "id"),
    "label.field.name": ("Nome", "Name"),
    "label.field.name_other": ("Nome ({other_lang})", "Name ({other_lang})"),
    "label.field.aliases": ("Altri nomi", "Also known as"),
    "label.field.former_names": ("Nomi precedenti", "Former names"),
    "label.field.acronym": ("Sigla", "Acronym"),
    "label.field.status": ("Stato", "Status"),
    "label.field.theme": ("Tema", "Theme"),
    "label.field.type": ("Tipo", "Type"),
    "label.field.city": ("Città", "City"),
    "label.istat_code": ("codice ISTAT {value}", "ISTAT code {value}"),
    "label.nuts3": ("NUTS-3 {value}", "NUTS-3 {value}"),
    "label.field.province": ("Provincia", "Province"),
    "label.field.managing_body": ("Ente gestore", "Managing body"),
    "label.field.legal_form": ("Forma giuridica", "Legal form"),
    "label.field.founded": ("Anno di fondazione", "Founded"),
    "label.field.website": ("Sito web", "Website"),
    "label.field.contacts": ("Contatti", "Contacts"),
    "label.field.email": ("E-mail", "Email"),
    "label.field.phone": ("Telefono", "Phone"),
    "label.field.address": ("Indirizzo", "Address"),
    "label.field.people": ("Persone", "People"),
    "label.field.national_cluster": ("Cluster nazionale", "National cluster"),
    "label.field.s3_link": ("Legame con la S3", "Link to the S3"),
    "label.field.description": ("Descrizione", "Description"),
    "label.field.focus": ("Temi prioritari", "Focus topics"),
    "label.field.working_groups": ("Gruppi di lavoro", "Working groups"),
    "label.field.services": ("Servizi", "Services"),
    "label.field.networks": ("Reti e riconoscimenti", "Networks and labels"),
    "label.field.keywords": ("Parole chiave", "Keywords"),
    "label.field.ateco": ("Codici ATECO 2025", "ATECO 2025 codes"),
    "label.ateco.editorial": ("scelta editoriale", "editorial"),
    "label.ateco.istat_titles": (
        "(titoli in italiano: sono dell'ISTAT, la NACE non ha titoli inglesi sotto il livello di classe)",
        "(titles in Italian are ISTAT's: NACE has no English titles below class level)",
    ),
    "label.field.members": ("Soci", "Members"),
    "label.field.members_listed": ("Soci elencati", "Members listed"),
    "label.field.member_count": ("Numero di soci", "Member count"),
    "label.field.member_breakdown": ("Composizione dei soci", "Breakdown"),
    "label.field.total_members": ("Totale soci (tutti i cluster)", "Total members (all clusters)"),
    "label.field.notes": ("Note", "Notes"),
    "label.field.note": ("Nota", "Note"),
    "label.field.sources": ("Fonti", "Sources"),
    # ------------------------------------------------------------------ statuses
    "label.status.recognised": ("riconosciuto", "recognised"),
    "label.status.pending": ("in attesa di riconoscimento", "pending recognition"),
    # ------------------------------------------------------------------ roles
    "label.role.president": ("Presidente", "President"),
    "label.role.vice_president": ("Vicepresidente", "Vice-president"),
    "label.role.director": ("Direttore", "Director"),
    "label.role.cluster_manager": ("Cluster manager", "Cluster manager"),
    "label.role.secretary_general": ("Segretario generale", "Secretary general"),
    "label.role.coordinator": ("Coordinatore", "Coordinator"),
    # ------------------------------------------------------------------ membership bases
    "label.basis.member_list": ("elenco dei soci", "member list"),
    "label.basis.founder": ("socio fondatore", "founding member"),
    "label.basis.board": ("seggio nel consiglio", "board seat"),
    "label.basis.own_statement": ("dichiarazione propria", "own statement"),
    "label.basis.event": ("solo presenza a un evento", "event appearance only"),
    "label.basis.inferred": ("deduzione", "inferred"),
    # ------------------------------------------------------------------ count qualifiers
    "label.qualifier.exact": ("", ""),  # deliberately empty: "110", not "exactly 110"
    "label.qualifier.about": ("circa", "about"),
    "label.qualifier.over": ("oltre", "over"),
    # ------------------------------------------------------------------ member breakdown keys
    "label.breakdown.companies": ("imprese", "companies"),
    "label.breakdown.sme": ("PMI", "SMEs"),
    "label.breakdown.universities": ("università", "universities"),
    "label.breakdown.research_centres": ("centri di ricerca", "research centres"),
    "label.breakdown.associations": ("associazioni", "associations"),
    "label.breakdown.public_bodies": ("enti pubblici", "public bodies"),
    "label.breakdown.banks": ("banche", "banks"),
    "label.breakdown.hospitals": ("ospedali", "hospitals"),
    "label.breakdown.other": ("altri", "other"),
    # ------------------------------------------------------------------ missing values
    "label.unknown": ("non disponibile", "unknown"),
    "label.no_date": ("s.d.", "n.d."),  # the bibliographic abbreviations: senza data, no date
    "label.undated": ("senza data", "undated"),
    # ------------------------------------------------------------------ organisations (issue 15)
    "label.field.successor": ("Oggi", "Now"),
    "label.field.parent": ("Fa parte di", "Part of"),
    "label.field.retired_ids": ("Id precedenti", "Former ids"),
    "label.field.ror": ("ROR", "ROR"),
    "label.field.wikidata": ("Wikidata", "Wikidata"),
    "label.field.vat": ("Partita IVA", "VAT number"),
    "label.field.codice_fiscale": ("Codice fiscale", "Codice fiscale"),
    "label.field.pic": ("PIC (UE)", "EU PIC"),
    "label.field.eu_projects": ("Progetti UE", "EU projects"),
    "label.field.programme": ("Programma", "Programme"),
    "label.field.parts": ("Articolazioni e istituti", "Institutes and units"),
    "label.field.predecessors": ("Organizzazioni confluite", "Predecessors"),
    "label.org_status.active": ("attiva", "active"),
    "label.org_status.renamed": ("ha cambiato nome", "renamed"),
    "label.org_status.merged": ("fusa in un'altra", "merged"),
    "label.org_status.in_liquidation": ("in liquidazione", "in liquidation"),
    "label.org_status.dissolved": ("cessata", "dissolved"),
    "label.since": ("dal {date}", "since {date}"),
    "label.until": ("fino al {date}", "until {date}"),
    "label.found_as.retired_id": (
        "{value!r} è un id precedente di questa organizzazione",
        "{value!r} is a former id of this organisation",
    ),
    "label.found_as.former_name": (
        "{value!r} è un nome precedente di questa organizzazione",
        "{value!r} is a former name of this organisation",
    ),
    "label.no_cluster": ("nessuno", "none"),
    # ------------------------------------------------------------------ ctl diff
    "label.col.field": ("Campo", "Field"),
    "label.col.value": ("Valore", "Value"),
    "label.col.old": ("Prima", "Before"),
    "label.col.new": ("Dopo", "After"),
    "label.col.old_name": ("Nome di prima", "Former name"),
    "label.diff.added": ("Aggiunti", "Added"),
    "label.diff.removed": ("Tolti", "Removed"),
    "label.diff.added.organisations": ("Aggiunte", "Added"),
    "label.diff.removed.organisations": ("Tolte", "Removed"),
    "label.diff.added.memberships": ("Aggiunte", "Added"),
    "label.diff.removed.memberships": ("Tolte", "Removed"),
    "label.diff.added.sources": ("Aggiunte", "Added"),
    "label.diff.removed.sources": ("Tolte", "Removed"),
    "label.diff.people_added": ("persona aggiunta", "person added"),
    "label.diff.people_removed": ("persona tolta", "person removed"),
    "label.diff.members_listed": ("soci elencati", "members listed"),
    "label.diff.eu_projects_added": ("progetto UE aggiunto", "EU project added"),
    "label.diff.eu_projects_removed": ("progetto UE tolto", "EU project removed"),
    "label.col.records": ("Record", "Records"),
    "label.col.which": ("Quali", "Which"),
    # ------------------------------------------------------------------ ctl site (the website's words)
    "label.site.name": ("Cluster Tecnologici Lombardi", "Lombardy Technology Clusters"),
    "label.site.lang_name": ("Italiano", "English"),
    "label.site.skip": ("Vai al contenuto", "Skip to content"),
    "label.site.nav": ("Navigazione principale", "Main navigation"),
    "label.site.home": ("Inizio", "Home"),
    "label.site.search": ("Cerca", "Search"),
    "label.site.about": ("I dati", "About the data"),
    "label.site.clusters": ("I cluster", "The clusters"),
    "label.site.map": ("Organizzazioni per provincia", "Organisations by province"),
    "label.site.outside": ("Fuori dalla Lombardia", "Outside Lombardy"),
    "label.site.unknown_place": ("Luogo non indicato", "Place unknown"),
    "label.site.by_type": ("Soci per tipo", "Members by type"),
    "label.site.istat": ("Codice ISTAT del comune", "ISTAT municipality code"),
    "label.site.partial": ("Quanto sono complete le liste", "How complete the lists are"),
    "label.site.member_types": ("Tipi di socio", "Member types"),
    "label.site.organisations": ("Organizzazioni", "Organisations"),
    "label.site.bases": ("Riscontri delle adesioni", "Bases of the memberships"),
    "label.site.downloads": ("Scarica i dati", "Download the data"),
    "label.site.sqlite": ("Database SQLite", "SQLite database"),
    "label.site.datapackage": (
        "Data package (Frictionless): descrizione delle tabelle CSV qui sotto, con chiavi, licenza e fonti",
        "Data package (Frictionless): the description of the CSV tables below, with keys, licence and sources",
    ),
    "label.site.any": ("(tutti)", "(any)"),
    "label.site.search.text": ("Nome, sigla o parte del nome", "Name, acronym or words of the name"),
    "label.site.search.all": ("Includi i cluster in attesa di riconoscimento", "Include clusters pending recognition"),
    "label.site.nuts3": ("Regione NUTS-3", "NUTS-3 region"),
    # ctl reconcile: the summary on stderr
    "label.col.reconcile_what": ("Voce", "Item"),
    "label.col.reconcile_n": ("Numero", "Count"),
    "label.reconcile.rows": ("righe lette", "rows read"),
    "label.reconcile.identifier": ("trovate per identificativo", "matched by identifier"),
    "label.reconcile.name_city": ("trovate per nome e comune", "matched by name and municipality"),
    "label.reconcile.name": ("trovate solo per nome", "matched by name only"),
    "label.reconcile.ambiguous": ("ambigue, lasciate da parte", "ambiguous, left out"),
    "label.reconcile.proposals": ("modifiche proposte", "changes proposed"),
    "label.reconcile.organisations": ("organizzazioni interessate", "organisations concerned"),
    "label.reconcile.conflicts": ("conflitti, non applicati", "conflicts, not applied"),
    # ------------------------------------------------------------------ regional calls (issue 15)
    "label.field.calls": ("Bandi regionali", "Regional calls"),
    "label.number.thousands": (".", ","),  # what groups the thousands of a sum: 1.000.000 €, €1,000,000
    # ctl match: an entry found through NACE Rev. 2.1's English title (the code is the ATECO 2025 one too)
    "label.match.nace_entry": ("NACE {code} {title}", "NACE {code} {title}"),
    "label.match.as_a_whole": ("(dai suoi testi nel complesso)", "(from its texts as a whole)"),
    "label.match.in_notes": ("(nelle sue note: {words})", "(in its notes: {words})"),
    # words met in NACE Rev. 2.1's English notes of an entry shown under ISTAT's Italian title
    "label.match.in_nace_notes": ("(nelle note NACE: {words})", "(in NACE's notes: {words})"),
}
