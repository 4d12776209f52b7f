"""Help texts: the root help and epilog, each command's help, each argument's and option's help,
each command's epilog with examples.

PHRASES maps key -> (it, en). Keys:
  help.root, help.root.epilog                 the `ctl --help` page
  help.opt.<name>                             options shared by several commands (--data, --lang, ...)
  help.<command>                              the command's full help (its docstring)
  help.<command>.short                        the one line shown in `ctl --help`'s command list
                                              (at most 66 characters, so Click never cuts it with "...")
  help.<command>.arg.<name>                   an argument's help
  help.<command>.opt.<name>                   an option's help
  help.<command>.epilog                       the epilog: notes and examples

Help must fit a 60-column terminal. Prose paragraphs (separated by a blank line) have no marker:
Click wraps them to the terminal. Only the examples are a "\\b" paragraph (Click keeps its lines
as written), in the same places in both languages; no line of it is longer than 56 characters
(Click indents it by 2). An example's comment is a line of its own above the command, starting
with "# "; example command lines are identical in both languages, only the comments differ.
No help text has a placeholder, and none contains a brace, so phrase(key, lang) returns it as is.
"""

PHRASES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ root (`ctl --help`)
    "help.root": (
        "I Cluster Tecnologici Lombardi (Lombardy Technology Clusters), consultabili offline "
        "e con le fonti di ogni dato.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl list\n"
        "  ctl show agrifood\n"
        "  ctl search --type sme --province VA\n"
        '  ctl match "costruiamo robot industriali"\n'
        "  ctl match --ateco 10.51\n"
        '  ctl org "Politecnico di Milano"\n'
        "  ctl export --format sqlite -o ctl.db",
        "The Lombardy Technology Clusters (Cluster Tecnologici Lombardi), offline and sourced.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl list\n"
        "  ctl show agrifood\n"
        "  ctl search --type sme --province VA\n"
        '  ctl match "costruiamo robot industriali"\n'
        "  ctl match --ateco 10.51\n"
        '  ctl org "Politecnico di Milano"\n'
        "  ctl export --format sqlite -o ctl.db",
    ),
    "help.root.epilog": (
        "Esegui 'ctl COMANDO --help' per le opzioni e gli esempi di un comando.",
        "Run 'ctl COMMAND --help' for a command's options and examples.",
    ),
    # ------------------------------------------------------------------ shared options
    "help.opt.data": (
        "Usa questo file di dati al posto di quello incluso in ctl [env: CTL_DATA].",
        "Use this dataset file instead of the bundled one [env: CTL_DATA].",
    ),
    "help.opt.lang": (
        "Lingua di etichette e testi [env: CTL_LANG; predefinita: quella del sistema (locale)].",
        "Language of labels and texts [env: CTL_LANG; default: from the locale].",
    ),
    "help.opt.format": ("Formato dell'output.", "Output format."),
    "help.opt.all": (
        "Includi anche i cluster in attesa di riconoscimento.",
        "Include clusters pending recognition.",
    ),
    "help.opt.excel": (
        "Con --format csv: CSV per un foglio di calcolo (Excel, LibreOffice): con il BOM, perché legga l'UTF-8, e un ' davanti alle celle che iniziano con = + - @, perché non diventino formule. Senza, il CSV è esatto.",
        "With --format csv: CSV for a spreadsheet (Excel, LibreOffice): with a byte-order mark, so that it reads UTF-8, and a ' before cells that begin with = + - @, so that they never run as formulas. Without it, the CSV is exact.",
    ),
    "help.opt.version": ("Mostra la versione ed esci.", "Show the version and exit."),
    # Click's and Typer's own options: wire only if ctl overrides them (see MAPPING.md).
    # Typer's own words in a help page (typer.core), said in the reader's language (commands.localise)
    # The placeholders of a help page's synopsis and option list, and of the messages that name them
    # (commands.localise, phrases.placeholder): the name of what is to be typed there, in the reader's language
    "help.placeholder.options": ("OPZIONI", "OPTIONS"),
    "help.placeholder.command": ("COMANDO", "COMMAND"),
    "help.placeholder.args": ("ARGOMENTI", "ARGS"),
    "help.placeholder.text": ("TESTO", "TEXT"),
    "help.placeholder.code": ("CODICE", "CODE"),
    "help.placeholder.path": ("PERCORSO", "PATH"),
    "help.placeholder.name": ("NOME", "NAME"),
    "help.placeholder.file": ("FILE", "FILE"),
    "help.placeholder.dir": ("CARTELLA", "DIR"),
    "help.placeholder.old": ("VECCHIO", "OLD"),
    "help.placeholder.new": ("NUOVO", "NEW"),
    "help.placeholder.type": ("TIPO", "TYPE"),
    "help.placeholder.city": ("CITTÀ", "CITY"),
    "help.placeholder.basis": ("BASE", "BASIS"),
    "help.placeholder.table": ("TABELLA", "TABLE"),
    "help.placeholder.years": ("ANNI", "YEARS"),
    "help.placeholder.yyyy_mm_dd": ("AAAA-MM-GG", "YYYY-MM-DD"),
    "help.words.usage": ("Uso:", "Usage:"),  # before the synopsis on a help page or a usage error (Click writes it)
    "help.words.arguments": ("Argomenti", "Arguments"),
    "help.words.options": ("Opzioni", "Options"),
    "help.words.commands": ("Comandi", "Commands"),
    "help.words.required": ("obbligatorio", "required"),
    "help.words.default": ("predefinito: {default}", "default: {default}"),
    "help.words.env_var": ("variabile d'ambiente: {var}", "env var: {var}"),
    "help.words.dynamic": ("(dinamico)", "(dynamic)"),
    "help.opt.help": ("Mostra questo aiuto ed esci.", "Show this message and exit."),
    "help.opt.install_completion": (
        "Installa il completamento automatico per una shell (bash, zsh, fish, powershell, pwsh: quella indicata dopo l'opzione, altrimenti quella in uso, altrimenti $SHELL) e dice dove.",
        "Install completion for a shell (bash, zsh, fish, powershell, pwsh: the one named after the option, else the current one, else $SHELL) and say where.",
    ),
    "help.opt.show_completion": (
        "--install-completion, ma mostra lo script per la shell invece di installarlo: per copiarlo o "
        "personalizzarne l'installazione.",
        "--install-completion's script for a shell, shown instead of installed: to copy it or customise the "
        "installation.",
    ),
    # ------------------------------------------------------------------ ctl list
    "help.list": (
        "Elenca i cluster: id, nome, tema, numero di soci, sito web.",
        "List the clusters: id, name, theme, member count, website.",
    ),
    "help.list.short": (
        "Elenca i cluster: id, nome, tema, numero di soci, sito web.",
        "List the clusters: id, name, theme, member count, website.",
    ),
    "help.list.epilog": (
        "\b\n"
        "Esempi:\n"
        "  # i nove cluster riconosciuti\n"
        "  ctl list\n"
        "  # anche i cluster in attesa di riconoscimento\n"
        "  ctl list --all\n"
        "  ctl list --format csv > clusters.csv\n"
        "  ctl list --lang it --format markdown",
        "\b\n"
        "Examples:\n"
        "  # the nine recognised clusters\n"
        "  ctl list\n"
        "  # also the clusters pending recognition\n"
        "  ctl list --all\n"
        "  ctl list --format csv > clusters.csv\n"
        "  ctl list --lang it --format markdown",
    ),
    # ------------------------------------------------------------------ ctl show
    "help.show": (
        "Tutto su un cluster, con le fonti di ogni dato. Il CSV ha una riga per socio; il JSON ha ogni dato.",
        "Everything about one cluster, with the sources behind each fact. The CSV has a row per member; the "
        "JSON has every fact.",
    ),
    "help.show.short": (
        "Tutto su un cluster, con le fonti di ogni dato.",
        "Everything about one cluster, with the sources behind each fact.",
    ),
    "help.show.arg.cluster": (
        "Id, nome alternativo, sigla o tema del cluster.",
        "Cluster id, alias, acronym or theme.",
    ),
    "help.show.opt.web": (
        "Apri invece il sito web del cluster nel browser.",
        "Open the cluster's website in a browser instead.",
    ),
    "help.show.epilog": (
        "CLUSTER può essere l'id, un nome alternativo, la sigla o il tema, in italiano "
        "o in inglese, in maiuscolo o minuscolo, con o senza accenti.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl show agrifood\n"
        "  ctl show LE2C\n"
        "  ctl show mobilita\n"
        '  ctl show "Fabbrica Intelligente" --lang it\n'
        "  ctl show aerospace --format json\n"
        "  # apre il sito web del cluster\n"
        "  ctl show afil --web",
        "CLUSTER may be the id, an alias, the acronym or the theme in Italian or "
        "English, in any case, with or without accents.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl show agrifood\n"
        "  ctl show LE2C\n"
        "  ctl show mobilita\n"
        '  ctl show "Fabbrica Intelligente" --lang it\n'
        "  ctl show aerospace --format json\n"
        "  # open the cluster's website\n"
        "  ctl show afil --web",
    ),
    # ------------------------------------------------------------------ ctl search
    "help.search": (
        "Cerca le organizzazioni socie in tutti i cluster, con i cluster di cui ciascuna fa parte.",
        "Find member organisations across all clusters, with the clusters each belongs to.",
    ),
    "help.search.short": (
        "Cerca le organizzazioni socie in tutti i cluster.",
        "Find member organisations across all clusters.",
    ),
    "help.search.arg.text": (
        "Parole da cercare nel nome delle organizzazioni: ognuna deve essere l'inizio di una parola del nome"
        " (univ trova Università); articoli e preposizioni non contano.",
        "Words to find in organisation names: each must begin a word of the name (univ finds Università);"
        " articles and prepositions do not count.",
    ),
    "help.search.opt.type": (
        "Tipo di socio, con il suo id o la sua etichetta (startup, Università); ripeti l'opzione per indicarne più d'uno.",
        "Member type, by its id or its label (startup, University); repeat for several.",
    ),
    "help.search.opt.cluster": (
        "Solo i soci di questo cluster; ripeti l'opzione per indicarne più d'uno.",
        "Only members of this cluster; repeat for several.",
    ),
    "help.search.opt.city": (
        "Solo le organizzazioni di questa città, scritta per intero (maiuscole e accenti non contano);"
        " per una città che non c'è nei dati ctl suggerisce la più vicina.",
        "Only organisations in this city, written in full (case and accents ignored); for a city not in the"
        " data ctl suggests the closest.",
    ),
    "help.search.opt.nuts": (
        "Solo le organizzazioni di questa regione NUTS-3, dal codice (ITC4C è Milano), secondo la città e l'elenco ISTAT dei comuni.",
        "Only organisations in this NUTS-3 region, by its code (ITC4C is Milano), from their city and ISTAT's list of municipalities.",
    ),
    "help.search.opt.province": (
        "Solo le organizzazioni di questa provincia, con la sigla, il nome o il suo inizio (es. MI, Varese, monza).",
        "Only organisations in this province, by its code, its name or its beginning (e.g. MI, Varese, monza).",
    ),
    "help.search.opt.basis": (
        "Solo le adesioni con questo riscontro (i valori sono in fondo: event è la sola presenza a un evento);"
        " ripeti l'opzione per indicarne più d'uno.",
        "Only memberships on this basis (the values are listed below: event is an event appearance only);"
        " repeat for several.",
    ),
    "help.search.epilog": (
        "Tipi di socio: large_company, sme, startup, university, research_centre, "
        "association, public_body, foundation, other.\n"
        "\n"
        "Riscontri: member_list, founder, board, own_statement, event, inferred.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl search universita\n"
        "  ctl search --type sme --province VA\n"
        "  ctl search -t university -t research_centre -c energy\n"
        "  ctl search --province VA --format csv\n"
        "  ctl search politecnico --format json",
        "Member types: large_company, sme, startup, university, research_centre, "
        "association, public_body, foundation, other.\n"
        "\n"
        "Bases: member_list, founder, board, own_statement, event, inferred.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl search universita\n"
        "  ctl search --type sme --province VA\n"
        "  ctl search -t university -t research_centre -c energy\n"
        "  ctl search --province VA --format csv\n"
        "  ctl search politecnico --format json",
    ),
    # ------------------------------------------------------------------ ctl validate
    "help.validate": (
        "Controlla un dataset: stampa ogni problema come file:riga:colonna: messaggio "
        "(codice di uscita 3), altrimenti un riepilogo (codice 0).",
        "Check a dataset; print every problem as file:line:column: message (exit 3), or a summary (exit 0).",
    ),
    "help.validate.short": (
        "Controlla un dataset e ne segnala ogni problema.",
        "Check a dataset and report every problem in it.",
    ),
    "help.validate.arg.path": (
        "File del dataset (predefinito: --data, CTL_DATA o quello incluso in ctl).",
        "Dataset file (default: --data, CTL_DATA or the bundled one).",
    ),
    "help.validate.epilog": (
        "\b\n"
        "Esempi:\n"
        "  # controlla il dataset incluso in ctl\n"
        "  ctl validate\n"
        "  # controlla la tua copia prima di usarla con --data\n"
        "  ctl validate my-clusters.yaml",
        "\b\n"
        "Examples:\n"
        "  # check the bundled dataset\n"
        "  ctl validate\n"
        "  # check your own copy before using it with --data\n"
        "  ctl validate my-clusters.yaml",
    ),
    # ------------------------------------------------------------------ ctl sources
    "help.sources": (
        "Le fonti del dataset o di un cluster: titolo, URL, data e che cosa attesta ciascuna.",
        "The sources behind the dataset or one cluster: title, URL, date, and what each supports.",
    ),
    "help.sources.short": (
        "Le fonti del dataset o di un cluster, e che cosa attesta ciascuna.",
        "The sources behind the dataset or one cluster.",
    ),
    "help.sources.arg.cluster": (
        "Solo le fonti di questo cluster.",
        "Only the sources behind this cluster.",
    ),
    "help.sources.opt.stale": (
        "Invece delle fonti, i dati da ricontrollare: quelli di oltre ANNI anni (un numero dopo --stale;"
        " 3 se manca) prima della data del dataset, o senza data.",
        "Instead of the sources, the facts due a re-check: those more than YEARS years (a number after"
        " --stale; 3 if none) older than the dataset's date, or undated.",
    ),
    "help.sources.opt.untitled": (
        "Solo le fonti senza titolo: quelle di cui nessuna copia della pagina mostra il titolo (da ricontrollare).",
        "Only the sources with no title: those whose page, or a copy of it, shows none (to re-check).",
    ),
    "help.sources.epilog": (
        "Con CLUSTER, le fonti sono numerate come in 'ctl show CLUSTER', dove ogni "
        "dato riporta quei numeri, es. [3].\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  # tutte le fonti del dataset\n"
        "  ctl sources\n"
        "  # le fonti di un cluster\n"
        "  ctl sources agrifood\n"
        "  ctl sources LE2C --format csv > le2c-sources.csv\n"
        "  # dati di energy di oltre 5 anni, o senza data\n"
        "  ctl sources --stale 5 energy\n"
        "  # fonti senza titolo\n"
        "  ctl sources --untitled",
        "With CLUSTER, the sources are numbered as in 'ctl show CLUSTER', whose facts "
        "carry those numbers, e.g. [3].\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  # every source in the dataset\n"
        "  ctl sources\n"
        "  # the sources behind one cluster\n"
        "  ctl sources agrifood\n"
        "  ctl sources LE2C --format csv > le2c-sources.csv\n"
        "  # facts of energy over 5 years old, or undated\n"
        "  ctl sources --stale 5 energy\n"
        "  # sources with no title\n"
        "  ctl sources --untitled",
    ),
    # ------------------------------------------------------------------ ctl national
    "help.national": (
        "I Cluster Tecnologici Nazionali (CTN) e il cluster lombardo corrispondente a ciascuno.",
        "The Italian national technology clusters (CTN) and the Lombard cluster matching each.",
    ),
    "help.national.short": (
        "I Cluster Tecnologici Nazionali (CTN) e i cluster lombardi affini.",
        "The national technology clusters (CTN) and their Lombard match.",
    ),
    "help.national.epilog": (
        "\b\nEsempi:\n  ctl national\n  ctl national --format json",
        "\b\nExamples:\n  ctl national\n  ctl national --format json",
    ),
    # ------------------------------------------------------------------ ctl match
    "help.match": (
        "Quale cluster fa per la tua impresa o per la tua ricerca, a partire da una descrizione.",
        "Which cluster fits a description of your business or research.",
    ),
    "help.match.short": (
        "Quale cluster fa per la tua impresa o per la tua ricerca.",
        "Which cluster fits a description of your business or research.",
    ),
    "help.match.arg.text": (
        "Di che cosa si occupa la tua impresa o la tua ricerca.",
        "What your business or research does.",
    ),
    "help.match.opt.top": ("Quanti cluster mostrare.", "How many clusters to show."),
    "help.match.opt.ateco": (
        "Un codice ATECO (2025, poi 2022, poi 2007 se invariato nel 2022) invece di una descrizione.",
        "An ATECO code (2025 first, then 2022, then 2007 where unchanged in 2022) instead of a description.",
    ),
    "help.match.epilog": (
        "Descrivi in una frase un'attività d'impresa o una linea di ricerca, in "
        "italiano o in inglese. ctl ne confronta le parole (senza accenti né "
        "desinenze) con i testi di ciascun cluster: temi, temi prioritari, "
        "parole chiave, descrizioni, gruppi di lavoro; e con i titoli e le note "
        "della classificazione ATECO 2025 dell'ISTAT (per le parole inglesi, con i "
        "titoli e le note inglesi della NACE Rev. 2.1, gli stessi codici), che portano ai "
        "cluster attraverso le righe ATECO dei dati. Il punteggio è relativo: "
        "100 al cluster più adatto. Oppure dai il codice ATECO dell'impresa (--ateco), di qualsiasi "
        "livello, delle edizioni 2025, 2022 o 2007.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        '  ctl match "produciamo bioplastiche da scarti agricoli"\n'
        '  ctl match "we build industrial robots"\n'
        '  ctl match "dispositivi per la riabilitazione" --top 5\n'
        '  ctl match "hydrogen fuel cells for buses" -f json\n'
        "  ctl match --ateco 10.51",
        "Describe a business or a research line in a sentence, in Italian or English. "
        "ctl compares its words (without accents and endings) with each cluster's own "
        "texts: themes, focus topics, keywords, descriptions, working groups; and "
        "with the titles and notes of ISTAT's ATECO 2025 classification (for English "
        "words, with NACE Rev. 2.1's English titles and notes, the same codes), which lead to "
        "clusters through the dataset's ATECO rows. The score is relative: 100 for the best fit. "
        "Or give the company's ATECO code (--ateco), at any level, of the 2025, 2022 or 2007 edition.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        '  ctl match "produciamo bioplastiche da scarti agricoli"\n'
        '  ctl match "we build industrial robots"\n'
        '  ctl match "dispositivi per la riabilitazione" --top 5\n'
        '  ctl match "hydrogen fuel cells for buses" -f json\n'
        "  ctl match --ateco 10.51",
    ),
    # ------------------------------------------------------------------ ctl org
    "help.org": (
        "Un'organizzazione: tipo, città, provincia, i cluster di cui è socia, i progetti UE e le fonti.",
        "One organisation: type, city, province, every cluster it belongs to, its EU projects, and the sources.",
    ),
    "help.org.short": (
        "Un'organizzazione: tipo, sede, i cluster di cui è socia, le fonti.",
        "One organisation: type, place, its clusters, and the sources.",
    ),
    "help.org.arg.name": (
        "Id o nome dell'organizzazione.",
        "Organisation id or name.",
    ),
    "help.org.epilog": (
        "NOME può essere l'id dell'organizzazione, il suo nome completo (anche un "
        "nome precedente) o alcune parole del nome; maiuscole e accenti non contano.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        '  ctl org "Politecnico di Milano"\n'
        "  ctl org universita brescia\n"
        "  ctl org assolombarda --format json",
        "NAME may be the organisation's id, its name (or a former name) in full, or "
        "words of its name; case and accents do not matter.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        '  ctl org "Politecnico di Milano"\n'
        "  ctl org universita brescia\n"
        "  ctl org assolombarda --format json",
    ),
    # ------------------------------------------------------------------ ctl compare
    "help.compare": (
        "Due cluster a confronto, campo per campo, e i soci che hanno in comune. Il CSV ha i soci in comune; "
        "il JSON ha anche i campi.",
        "Two clusters side by side, field by field, and the members they share. The CSV has the shared "
        "members; the JSON has the fields too.",
    ),
    "help.compare.short": (
        "Due cluster a confronto, campo per campo, e i soci in comune.",
        "Two clusters side by side, and the members they share.",
    ),
    "help.compare.arg.cluster_a": ("Un cluster.", "A cluster."),
    "help.compare.arg.cluster_b": ("Un altro cluster.", "Another cluster."),
    "help.compare.epilog": (
        "\b\n"
        "Esempi:\n"
        "  ctl compare energy smart-communities\n"
        "  ctl compare LE2C AFIL --lang it\n"
        "  ctl compare aerospace mobility --format json",
        "\b\n"
        "Examples:\n"
        "  ctl compare energy smart-communities\n"
        "  ctl compare LE2C AFIL --lang it\n"
        "  ctl compare aerospace mobility --format json",
    ),
    # ------------------------------------------------------------------ ctl stats
    "help.stats": (
        "Soci per tipo in ogni cluster, per provincia e in più cluster, a confronto con i totali dichiarati, e "
        "quanti sono noti solo da una presenza a un evento. "
        "Il CSV ha la sola tabella per cluster; le altre due sono nel JSON.",
        "Members by type for each cluster, by province, in several clusters, against published totals, and how "
        "many are known only from an event appearance. "
        "The CSV has the per-cluster table only; the other two are in the JSON.",
    ),
    "help.stats.short": (
        "Statistiche sui soci: per tipo, per provincia, in più cluster.",
        "Member statistics: by type, by province, in several clusters.",
    ),
    "help.stats.epilog": (
        "\b\nEsempi:\n  ctl stats\n  ctl stats --all --lang it\n  ctl stats --format json | jq '.by_province'",
        "\b\nExamples:\n  ctl stats\n  ctl stats --all --lang it\n  ctl stats --format json | jq '.by_province'",
    ),
    # ------------------------------------------------------------------ ctl export
    "help.export": (
        "Esporta l'intero dataset in YAML, JSON, tabelle CSV, un data package o un database SQLite.",
        "Export the whole dataset as YAML, JSON, CSV tables, a data package or an SQLite database.",
    ),
    "help.export.short": (
        "Esporta il dataset: YAML, JSON, CSV, SQLite o data package.",
        "Export the dataset: YAML, JSON, CSV, SQLite or a data package.",
    ),
    "help.export.opt.format": ("Formato di esportazione.", "Export format."),
    "help.export.opt.output": (
        "File (o cartella, per csv e datapackage) da scrivere; con - scrive sullo standard output.",
        "File (or folder, for csv and datapackage) to write; - for stdout.",
    ),
    "help.export.opt.table": (
        "Solo con csv: esporta solo questa tabella.",
        "csv only: just this table.",
    ),
    "help.export.opt.force": (
        "Sovrascrivi i file già esistenti.",
        "Replace files that already exist.",
    ),
    "help.export.epilog": (
        "yaml e json sono il dataset stesso: l'export YAML è un dataset che "
        "'ctl --data FILE' e 'ctl validate FILE' accettano così com'è. csv scrive un "
        "file per tabella nella cartella indicata con -o (oppure una sola tabella "
        "con --table, sullo standard output o nel file -o NOME.csv); sqlite scrive un database con chiavi "
        "primarie ed esterne che sqlite3 o Datasette aprono direttamente, e "
        "richiede -o. datapackage scrive nella cartella -o le tabelle CSV e "
        "datapackage.json (Frictionless Data Package: schemi, chiavi, licenza, "
        "fonti), che 'frictionless validate' controlla.\n"
        "\n"
        "Tabelle: dataset, sources, member_types, national_clusters, "
        "national_cluster_sources, calls, call_sources, clusters, organisations, organisation_aliases, "
        "organisation_former_names, organisation_links, organisation_eu_projects, memberships, people, "
        "member_breakdowns, cluster_items, cluster_ateco, fact_sources.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  # l'intero dataset in YAML\n"
        "  ctl export > clusters.yaml\n"
        "  ctl export --format json -o clusters.json\n"
        "  # un file CSV per tabella\n"
        "  ctl export --format csv -o ctl-csv/\n"
        "  ctl export -f csv --table organisations > orgs.csv\n"
        "  ctl export -f csv --table clusters -o clusters.csv\n"
        "  # un database SQLite, e una query con sqlite3\n"
        "  ctl export -f sqlite -o ctl.db\n"
        "  sqlite3 ctl.db 'SELECT count(*) FROM memberships'\n"
        "  # un data package (CSV e datapackage.json)\n"
        "  ctl export -f datapackage -o ctl-package/",
        "yaml and json are the dataset itself: the YAML export is a dataset that "
        "'ctl --data FILE' and 'ctl validate FILE' accept unchanged. csv writes one "
        "file per table into the folder given with -o (or one table with --table, "
        "to stdout or to the file -o NAME.csv); sqlite writes a database with primary and foreign keys that "
        "sqlite3 or Datasette open directly, and needs -o. datapackage writes the "
        "CSV tables and datapackage.json (a Frictionless Data Package: schemas, "
        "keys, licence, sources) into the folder -o, for 'frictionless validate'.\n"
        "\n"
        "Tables: dataset, sources, member_types, national_clusters, "
        "national_cluster_sources, calls, call_sources, clusters, organisations, organisation_aliases, "
        "organisation_former_names, organisation_links, organisation_eu_projects, memberships, people, "
        "member_breakdowns, cluster_items, cluster_ateco, fact_sources.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  # the whole dataset as YAML\n"
        "  ctl export > clusters.yaml\n"
        "  ctl export --format json -o clusters.json\n"
        "  # one CSV file per table\n"
        "  ctl export --format csv -o ctl-csv/\n"
        "  ctl export -f csv --table organisations > orgs.csv\n"
        "  ctl export -f csv --table clusters -o clusters.csv\n"
        "  # an SQLite database, and a query with sqlite3\n"
        "  ctl export -f sqlite -o ctl.db\n"
        "  sqlite3 ctl.db 'SELECT count(*) FROM memberships'\n"
        "  # a data package (CSV and datapackage.json)\n"
        "  ctl export -f datapackage -o ctl-package/",
    ),
    # ------------------------------------------------------------------ ctl schema
    "help.schema": (
        "Stampa il JSON Schema di un file di dataset (generato dal modello interno di ctl).",
        "Print the JSON Schema of a dataset file (generated from ctl's own model).",
    ),
    "help.schema.short": (
        "Stampa il JSON Schema di un file di dataset.",
        "Print the JSON Schema of a dataset file.",
    ),
    "help.schema.epilog": (
        "Lo stesso file è distribuito come ctl_cli/data/clusters.schema.json, e il "
        "clusters.yaml incluso in ctl lo richiama nella prima riga: così gli editor "
        "con un language server YAML controllano il file mentre scrivi.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl schema > clusters.schema.json\n"
        "  # una copia da modificare seguendo lo schema\n"
        "  ctl export --format yaml -o my-clusters.yaml",
        "The same file ships as ctl_cli/data/clusters.schema.json, and the bundled "
        "clusters.yaml names it on its first line so that editors with a YAML language "
        "server check the file while you type.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl schema > clusters.schema.json\n"
        "  # a copy to edit against the schema\n"
        "  ctl export --format yaml -o my-clusters.yaml",
    ),
    # ------------------------------------------------------------------ ctl diff
    "help.diff": (
        "Cosa è cambiato tra due file di dataset: versione e data, cluster (campi, persone, soci "
        "elencati), organizzazioni aggiunte, tolte, rinominate o modificate, adesioni, fonti.",
        "What changed between two dataset files: version and date, clusters (fields, people, members "
        "listed), organisations added, removed, renamed or changed, memberships, sources.",
    ),
    "help.diff.short": (
        "Cosa è cambiato tra due file di dataset.",
        "What changed between two dataset files.",
    ),
    "help.diff.arg.old": ("Il file di dataset di prima.", "The earlier dataset file."),
    "help.diff.arg.new": ("Il file di dataset di dopo.", "The later dataset file."),
    "help.diff.opt.lenient": (
        "Leggi anche un file che le regole di oggi rifiutano (una versione vecchia): i problemi "
        "tra un dato e l'altro diventano avvisi; YAML e forma dei campi restano controllati.",
        "Also read a file that today's rules refuse (an older release): problems between records "
        "become warnings; YAML and the shape of fields are still checked.",
    ),
    "help.diff.epilog": (
        "Ogni file è letto e controllato come con --data: un file non valido o mancante esce con "
        "3. Il codice di uscita è 0 che ci siano differenze o no (1 in ctl vuol dire "
        "'non trovato'); senza differenze lo dice su stderr. markdown è per le note di rilascio "
        "(CHANGELOG.md); json ha chiavi inglesi stabili.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl diff old.yaml new.yaml\n"
        "  # la versione di prima, da git\n"
        "  git show HEAD~1:data/clusters.yaml > old.yaml\n"
        "  ctl diff old.yaml data/clusters.yaml -f markdown\n"
        "  ctl diff a.yaml b.yaml -f json | jq .organisations",
        "Each file is read and checked as with --data: an invalid or missing file exits with 3. "
        "The exit code is 0 whether or not there are differences (1 means 'not found' in ctl); "
        "with none, stderr says so. markdown is for release notes (CHANGELOG.md); json has stable "
        "English keys.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl diff old.yaml new.yaml\n"
        "  # the previous version, from git\n"
        "  git show HEAD~1:data/clusters.yaml > old.yaml\n"
        "  ctl diff old.yaml data/clusters.yaml -f markdown\n"
        "  ctl diff a.yaml b.yaml -f json | jq .organisations",
    ),
    "help.diff.opt.summary": (
        "Tabella e markdown: dei record modificati, una riga per campo (quanti e quali) invece di ogni valore prima e dopo.",
        "Table and markdown: changed records as one row per field (how many, which) instead of every value before and after.",
    ),
    # ------------------------------------------------------------------ ctl site
    "help.site": (
        "Costruisce il riferimento come sito web statico, in italiano e in inglese, in una cartella.",
        "Build the reference as a static website, in Italian and English, in a folder.",
    ),
    "help.site.short": (
        "Costruisce un sito web statico e bilingue in una cartella.",
        "Build a static, bilingual website in a folder.",
    ),
    "help.site.opt.output": ("La cartella in cui scrivere il sito.", "The folder to write the site to."),
    "help.site.opt.force": (
        "Sostituisci la cartella se esiste già: solo se è vuota o è un sito costruito da ctl site.",
        "Replace the folder if it exists: only when it is empty or a site ctl site built.",
    ),
    "help.site.epilog": (
        "Il sito funziona offline, anche aperto da file://: nessuna richiesta ad altri siti. "
        "--lang sceglie la lingua di index.html; entrambe le lingue sono sempre presenti. "
        "Il sito si scrive tutto o per niente.\n"
        "\n"
        "\b\n"
        "Esempi:\n"
        "  ctl site -o ctl-site\n"
        "  # sostituisce un sito già costruito\n"
        "  ctl site -o ctl-site --force --lang en\n"
        "  python3 -m http.server -d ctl-site",
        "The site works offline, also from file://: no request to any other host. "
        "--lang chooses the language of index.html; both languages are always there. "
        "The site is written whole or not at all.\n"
        "\n"
        "\b\n"
        "Examples:\n"
        "  ctl site -o ctl-site\n"
        "  # replaces a site built before\n"
        "  ctl site -o ctl-site --force --lang en\n"
        "  python3 -m http.server -d ctl-site",
    ),
    "help.reconcile": (
        "Confronta un file scaricato da un registro pubblico (organization.csv di CORDIS, il dump di ROR in JSON o "
        "CSV, l'elenco delle start-up innovative del registro delle imprese) con le organizzazioni del dataset e "
        "propone modifiche con la loro fonte: identificativi, comune e provincia, lo stato di start-up, i progetti "
        "UE (da CORDIS). Mai "
        "adesioni ai cluster. Cerca prima per identificativo (partita IVA o codice fiscale, PIC, ROR), poi per "
        "nome e comune, poi per solo nome, e dice quale ha usato. Stampa le modifiche come frammento YAML da "
        "rivedere, con un riepilogo su stderr; un valore diverso da quello del dataset è un conflitto, segnalato "
        "e mai applicato. --write le scrive nel file del dataset (--data, CTL_DATA, oppure data/clusters.yaml "
        "in una copia dei sorgenti), lasciando com'è tutto il resto.",
        "Compare a file downloaded from a public registry (CORDIS organization.csv, ROR's data dump as JSON or "
        "CSV, the business register's list of innovative start-ups) with the dataset's organisations and "
        "propose sourced changes: identifiers, municipality and province, start-up status, EU projects (from "
        "CORDIS). Never cluster "
        "memberships. Matches by identifier first (VAT number or codice fiscale, PIC, ROR), then by name and "
        "municipality, then by name alone, and says which it used. Prints the changes as a YAML fragment to "
        "review, with a summary on stderr; a value that differs from the dataset's is a conflict, reported and "
        "never applied. --write writes them into the dataset file (--data, CTL_DATA, or data/clusters.yaml in a "
        "source checkout), leaving everything else as it was.",
    ),
    "help.reconcile.short": (
        "Propone modifiche con fonte da CORDIS, ROR, registro start-up.",
        "Propose sourced changes from CORDIS, ROR, the start-up register.",
    ),
    "help.reconcile.arg.file": (
        "Il file scaricato: organization.csv di CORDIS, il dump di ROR (JSON o CSV), l'elenco start-up (xlsx).",
        "The downloaded file: CORDIS organization.csv, ROR's dump (JSON or CSV), the start-up list (xlsx).",
    ),
    "help.reconcile.opt.write": (
        "Scrivi le modifiche nel file del dataset (quelle trovate solo per nome solo con --accept name).",
        "Write the changes into the dataset file (those matched by name only with --accept name).",
    ),
    "help.reconcile.opt.accept": (
        "Con --write, scrivi anche le modifiche trovate solo per nome, dopo averle rivedute.",
        "With --write, also write the changes matched by name only, once reviewed.",
    ),
    "help.reconcile.opt.date": (
        "La data del file come la dà chi lo pubblica (AAAA-MM-GG), per le righe che non ne hanno una; "
        "predefinita: la data di modifica del file.",
        "The file's date as its publisher gives it (YYYY-MM-DD), for rows that carry none; default: the "
        "file's modification date.",
    ),
    "help.reconcile.opt.format": (
        "yaml: il frammento da rivedere (predefinito); json: per gli script.",
        "yaml: the fragment to review (default); json: for scripts.",
    ),
    "help.reconcile.epilog": (
        "\b\n"
        "Esempi:\n"
        "  # le modifiche proposte, da rivedere\n"
        "  ctl reconcile organization.csv\n"
        "  # scritte nella tua copia del dataset\n"
        "  ctl reconcile ror-data.json --data my.yaml --write\n"
        "  ctl validate my.yaml\n"
        "  # per uno script\n"
        "  ctl reconcile startup.xlsx --format json",
        "\b\n"
        "Examples:\n"
        "  # the proposed changes, to review\n"
        "  ctl reconcile organization.csv\n"
        "  # written into your copy of the dataset\n"
        "  ctl reconcile ror-data.json --data my.yaml --write\n"
        "  ctl validate my.yaml\n"
        "  # for a script\n"
        "  ctl reconcile startup.xlsx --format json",
    ),
}
