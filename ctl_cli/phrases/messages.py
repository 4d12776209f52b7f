"""Messages: errors and their hints, notes, footers, summaries, "Wrote ..." lines, count lines,
the partial-member-list notes and the few joining words.

PHRASES maps key -> (it, en). Every entry is a whole sentence (or a whole cell) with named
str.format fields, so that word order may differ between the languages. Conventions:
  msg.<area>.<what>            a message; <area> is the command or module it belongs to
  ....hint                     the line printed after a message, saying what to do
  ....one / ....other          singular / plural forms: pick with phrases.phrase_n(key, n, lang)
  {ref}, {value}               a user's argument already quoted: repr(text.shorten(arg))
  {path}, {folder}             a file name, as given; {reason}: the OS error text (e.strerror)
  {size}, {limit}              byte counts: English groups digits ("{size:,}"), Italian does not,
                               because Python's "," would write 1,234 where Italian writes 1.234
No message starts with "ctl: ": msg.error adds the prefix, where the old code had one.
"""

PHRASES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ generic shapes
    "msg.error": ("ctl: {message}", "ctl: {message}"),
    "msg.join.or": ("{items} o {last}", "{items} or {last}"),
    "msg.text.shortened": ("{head}… ({n} caratteri)", "{head}… ({n:,} characters)"),
    # ------------------------------------------------------------------ cli.guarded(): invalid dataset
    "msg.dataset.invalid.one": (
        "il dataset non è valido (1 problema); correggilo, oppure togli --data per usare quello incluso in ctl.",
        "the dataset is not valid (1 problem); fix it, or drop --data to use the bundled one.",
    ),
    "msg.dataset.invalid.other": (
        "il dataset non è valido ({n} problemi); correggilo, oppure togli --data per usare quello incluso in ctl.",
        "the dataset is not valid ({n} problems); fix it, or drop --data to use the bundled one.",
    ),
    # ------------------------------------------------------------------ cli.guarded(): not found
    "msg.not_found.cluster": ("nessun cluster corrisponde a {ref}.", "no cluster matches {ref}."),
    "msg.not_found.organisation": (
        "nessuna organizzazione corrisponde a {ref}.",
        "no organisation matches {ref}.",
    ),
    "msg.not_found.suggestions": ("Forse cercavi: {suggestions}?", "Did you mean: {suggestions}?"),
    "msg.search.city_unknown": (
        "Nessuna organizzazione dei dati ha sede a {city}.",
        "No organisation in the data is in {city}.",
    ),
    "msg.show.compare": (
        "Sono due cluster: 'ctl compare {a} {b}' li mette a confronto, 'ctl show {a}' ne mostra uno.",
        "Those are two clusters: 'ctl compare {a} {b}' sets them side by side, 'ctl show {a}' shows one.",
    ),
    "msg.not_found.cluster.hint": (
        "Esegui 'ctl list' per vedere tutti i cluster.",
        "Run 'ctl list' to see every cluster.",
    ),
    "msg.not_found.organisation.hint": (
        "Prova con meno parole o con una parte del nome, oppure cerca una parola: ctl search PAROLA",
        "Try fewer words or a part of the name, or search for one word: ctl search WORD",
    ),
    # ------------------------------------------------------------------ cli.guarded(): bad option value
    "msg.usage.invalid_value": (
        "valore {value} non valido per {option}.",
        "invalid value {value} for {option}.",
    ),
    "msg.usage.valid_values": ("Valori validi: {values}", "Valid values: {values}"),
    # errors.UsageError's own str() (one line; only seen if a handler ever misses it)
    "msg.usage.unknown_value": (
        "valore {value} sconosciuto per {option}; valori validi: {values}",
        "unknown value {value} for {option}; valid values: {values}",
    ),
    # ------------------------------------------------------------------ __main__.py
    "msg.main.stdout_closed": (
        "ctl: lo standard output è chiuso; non c'è dove scrivere",
        "ctl: standard output is closed; nothing to write to",
    ),
    "msg.main.interrupted": ("ctl: interrotto", "ctl: interrupted"),
    "msg.main.internal_error": (
        "ctl: errore interno: {error_type}: {error}",
        "ctl: internal error: {error_type}: {error}",
    ),
    "msg.main.internal_error.hint": (
        "Esegui di nuovo con --debug (o CTL_DEBUG=1) per vedere il traceback, e segnala "
        "l'errore insieme al comando che hai eseguito.",
        "Run again with --debug (or CTL_DEBUG=1) for the traceback, and report it with the command you ran.",
    ),
    # ------------------------------------------------------------------ loader.py (dataset file problems)
    "msg.loader.too_large": (
        "il file è di {size} byte; il limite è {limit} byte",
        "file is {size:,} bytes; the limit is {limit:,}",
    ),
    "msg.loader.no_such_file": ("file inesistente", "no such file"),
    "msg.loader.is_dir": (
        "è una cartella, non un file di dataset",
        "is a directory, not a dataset file",
    ),
    "msg.loader.cannot_read": ("impossibile leggere il file: {reason}", "cannot read: {reason}"),
    "msg.loader.empty_path": ("il percorso è vuoto", "the path is empty"),
    "msg.loader.not_utf8": ("il testo non è in UTF-8 valido", "not valid UTF-8 text"),
    # ------------------------------------------------------------------ ctl list
    "msg.list.members_note": (
        "Soci: elencati qui / totale dichiarato dal cluster.",
        "Members: listed here / total published by the cluster.",
    ),
    "msg.list.pending": (
        "In attesa di riconoscimento: {ids} (ctl list --all)",
        "Pending recognition: {ids} (ctl list --all)",
    ),
    # ------------------------------------------------------------------ counts of members (list, show, stats, compare)
    # a published total with its qualifier (replaces "{qualifier} {value}".strip())
    "msg.total.exact": ("{value}", "{value}"),
    "msg.total.about": ("circa {value}", "about {value}"),
    "msg.total.over": ("oltre {value}", "over {value}"),
    # a total the cluster has not published (or no source gives): written this one way everywhere
    "msg.total.unknown": ("non noto", "unknown"),
    "msg.value.as_of": ("{value} (al {date})", "{value} (as of {date})"),
    # the "Members" cell of `ctl list`
    "msg.count.cell": ("{listed} / {total}", "{listed} / {total}"),
    # the member-count line of `ctl show`
    "msg.count.line.one": (
        "1 elencato qui, su {total} dichiarati",
        "1 listed here, of {total} published",
    ),
    "msg.count.line.other": (
        "{n} elencati qui, su {total} dichiarati",
        "{n} listed here, of {total} published",
    ),
    "msg.count.line.as_of.one": (
        "1 elencato qui, su {total} dichiarati (al {date})",
        "1 listed here, of {total} published (as of {date})",
    ),
    "msg.count.line.as_of.other": (
        "{n} elencati qui, su {total} dichiarati (al {date})",
        "{n} listed here, of {total} published (as of {date})",
    ),
    "msg.count.line.no_total.one": (
        "1 elencato qui; totale dichiarato: {total}",
        "1 listed here; published total: {total}",
    ),
    "msg.count.line.no_total.other": (
        "{n} elencati qui; totale dichiarato: {total}",
        "{n} listed here; published total: {total}",
    ),
    "msg.show.members_heading": ("Soci: {count}", "Members: {count}"),
    # a person on the `ctl show` page; {name} already carries the role note, e.g. "Ada Rossi (CEO of X)"
    "msg.show.person.as_of": ("{name}, al {date}", "{name}, as of {date}"),
    # ------------------------------------------------------------------ ctl show --web
    "msg.show.no_website": ("nessun sito web noto per {id}.", "no website is known for {id}."),
    "msg.show.no_website.hint": (
        "Esegui 'ctl show' senza --web per vederne i contatti.",
        "Run 'ctl show' without --web for its contacts.",
    ),
    "msg.show.opening": ("Apertura di {url}", "Opening {url}"),
    "msg.show.no_browser": (
        "nessun browser web trovato per aprire il sito di {id}: {url}",
        "no web browser was found to open the website of {id}: {url}",
    ),
    "msg.show.no_browser.hint": (
        "Apri l'indirizzo a mano, oppure indica il comando del tuo browser nella variabile d'ambiente BROWSER.",
        "Open the address by hand, or name your browser's command in the BROWSER environment variable.",
    ),
    "msg.show.browser_failed": (
        "il browser web non ha aperto il sito di {id}: {url}",
        "the web browser did not open the website of {id}: {url}",
    ),
    "msg.show.browser_failed.hint": (
        "Apri l'indirizzo a mano, oppure indica il comando del tuo browser nella variabile d'ambiente BROWSER.",
        "Open the address by hand, or name your browser's command in the BROWSER environment variable.",
    ),
    # ------------------------------------------------------------------ a cluster id with its status, in tables
    "msg.match.preparing": (
        "Preparo la classificazione ATECO per questi dati (solo la prima volta, qualche secondo)...",
        "Preparing the ATECO classification for this data (the first time only, a few seconds)...",
    ),
    "msg.cluster.pending": ("{id} (in attesa di riconoscimento)", "{id} (pending recognition)"),
    # an organisation that is no longer as it was, beside its name in search and a cluster's members
    "msg.org.standing.now": ("{status}, ora {successor}", "{status}, now {successor}"),
    # ------------------------------------------------------------------ ctl search: few or no results
    "msg.search.none": (
        "Nessuna organizzazione corrisponde ai filtri.",
        "No organisation matches these filters.",
    ),
    "msg.search.province_read": (
        "--province {typed} è stato letto come {code}, {name}.",
        "--province {typed} was read as {code}, {name}.",
    ),
    "msg.search.none_name": (
        "Nessuna organizzazione ha un nome che corrisponde a {name}.",
        "No organisation's name matches {name}.",
    ),
    "msg.search.no_startup.in": (
        "Nessuna delle fonti pubbliche consultate nomina una start-up socia di {clusters}.",
        "No public source seen names a start-up member of {clusters}.",
    ),
    "msg.search.no_startup.any": (
        "Nessuna delle fonti pubbliche consultate nomina una start-up socia di alcun cluster.",
        "No public source seen names a start-up member of any cluster.",
    ),
    "msg.search.partial.few": (
        "Gli elenchi dei soci sono parziali ({counts}).",
        "Member lists are partial ({counts}).",
    ),
    "msg.search.partial.count.one": (
        "{id}: 1 elencato qui, totale dichiarato: {total}",
        "{id}: 1 listed here, published total: {total}",
    ),
    "msg.search.partial.count.other": (
        "{id}: {n} elencati qui, totale dichiarato: {total}",
        "{id}: {n} listed here, published total: {total}",
    ),
    "msg.search.partial.count.total.one": (
        "{id}: 1 elencato qui su {total} dichiarati",
        "{id}: 1 listed here of {total} published",
    ),
    "msg.search.partial.count.total.other": (
        "{id}: {n} elencati qui su {total} dichiarati",
        "{id}: {n} listed here of {total} published",
    ),
    "msg.search.partial.many": (
        "Gli elenchi dei soci sono parziali: il dataset riporta {listed} adesioni su almeno {published} "
        "dichiarate dai cluster.",
        "Member lists are partial: the dataset names {listed} memberships of at least {published} "
        "that the clusters report.",
    ),
    # ------------------------------------------------------------------ ctl validate
    "msg.validate.summary": (
        "{path}: valido. Cluster: {clusters} (riconosciuti: {recognised}); organizzazioni: {organisations}; "
        "adesioni: {memberships}; fonti: {sources}.",
        "{path}: valid. Clusters: {clusters} (recognised: {recognised}); organisations: {organisations}; "
        "memberships: {memberships}; sources: {sources}.",
    ),
    # ------------------------------------------------------------------ ctl sources
    "msg.sources.footer.one": ("1 fonte; {undated} senza data (s.d.).", "1 source; {undated} undated (n.d.)."),
    "msg.sources.footer.other": (
        "{n} fonti; {undated} senza data (s.d.).",
        "{n} sources; {undated} undated (n.d.).",
    ),
    # the footer of `ctl sources --untitled`
    "msg.sources.footer.untitled.one": (
        "1 fonte senza titolo; {undated} senza data (s.d.).",
        "1 source with no title; {undated} undated (n.d.).",
    ),
    "msg.sources.footer.untitled.other": (
        "{n} fonti senza titolo; {undated} senza data (s.d.).",
        "{n} sources with no title; {undated} undated (n.d.).",
    ),
    "msg.usage.untitled_stale": (
        "--untitled e --stale non vanno insieme: --stale elenca dati, --untitled fonti. Usane uno.",
        "--untitled and --stale do not go together: --stale lists facts, --untitled sources. Use one.",
    ),
    # the "used for" facts (query._uses builds them in English today; see MAPPING.md)
    "msg.sources.use.role": ("{role}: {name}", "{role}: {name}"),
    "msg.sources.use.member": ("socio: {name}", "member: {name}"),
    "msg.sources.use.type_of": ("tipo di {name}", "type of {name}"),
    "msg.sources.use.city_of": ("città di {name}", "city of {name}"),
    "msg.sources.use.identifier_of": ("identificativo di {name}", "identifier of {name}"),
    "msg.sources.use.national_cluster": ("cluster nazionale: {name}", "national cluster: {name}"),
    # ------------------------------------------------------------------ ctl match
    "msg.match.none": (
        "Nessun cluster ha parole in comune con questa descrizione: prova con altre parole, in italiano o in inglese.",
        "No cluster's texts share a word with this description: try other words, in Italian or English.",
    ),
    # ------------------------------------------------------------------ Click's own usage errors (commands/failures.py)
    "msg.click.try_help": ("Prova '{command}' per l'aiuto.", "Try '{command}' for help."),
    "msg.click.missing_argument": ("manca l'argomento {a1}.", "missing argument {a1}."),
    "msg.click.missing_command": ("manca il comando (ctl -h li elenca).", "missing command (ctl -h lists them)."),
    "msg.click.missing_option": ("manca l'opzione {a1}.", "missing option {a1}."),
    "msg.click.no_such_option": ("l'opzione {a1} non esiste.", "no such option: {a1}."),
    "msg.click.no_such_option_close": (
        "l'opzione {a1} non esiste (forse: {a2}).",
        "no such option: {a1} (possible options: {a2}).",
    ),
    "msg.click.spreadsheet": (
        "Per un foglio di calcolo: --format csv --excel (Excel e LibreOffice lo aprono come UTF-8).",
        "For a spreadsheet: --format csv --excel (Excel and LibreOffice open it as UTF-8).",
    ),
    "msg.click.no_such_command": ("il comando {a1} non esiste.", "no such command {a1}."),
    "msg.click.no_such_command_close": (
        "il comando {a1} non esiste. Forse cercavi {a2}?",
        "no such command {a1}. Did you mean {a2}?",
    ),
    "msg.click.extra_arguments": ("argomenti in più non previsti: {a1}.", "unexpected extra arguments: {a1}."),
    "msg.click.needs_value": ("l'opzione {a1} richiede un valore.", "option {a1} requires a value."),
    "msg.click.not_integer": (
        "valore non valido per {a1}: {a2} non è un numero intero.",
        "invalid value for {a1}: {a2} is not a whole number.",
    ),
    "msg.click.out_of_range": (
        "valore non valido per {a1}: {a2} non è nell'intervallo {a3}.",
        "invalid value for {a1}: {a2} is not in the range {a3}.",
    ),
    "msg.click.invalid_value": ("valore non valido per {a1}: {a2}", "invalid value for {a1}: {a2}"),
    "msg.match.none.hint": (
        "Oppure cerca con il codice ATECO dell'impresa (ctl match --ateco CODICE, es. 28.41) o scorri i"
        " nove cluster (ctl list).",
        "Or give the company's ATECO code (ctl match --ateco CODE, e.g. 28.41), or browse the nine clusters"
        " (ctl list).",
    ),
    "msg.match.code_as_text": (
        "'{code}' sembra un codice ATECO, non una descrizione: prova 'ctl match --ateco {code}'.",
        "'{code}' looks like an ATECO code, not a description: try 'ctl match --ateco {code}'.",
    ),
    "msg.match.none_ateco": (
        "Nessun cluster copre le attività di {code} ({title}): prova 'ctl list' o una descrizione a parole.",
        "No cluster covers the activities of {code} ({title}): try 'ctl list' or a description in words.",
    ),
    "msg.match.weak": (
        "Corrispondenza debole: nessun cluster copre chiaramente questa attività. Guarda 'ctl list', o prova 'ctl match --ateco CODICE' con il codice ATECO dell'impresa.",
        "A weak fit: no cluster clearly covers this activity. See 'ctl list', or try 'ctl match --ateco CODE' with the company's ATECO code.",
    ),
    # after --ateco: never "try --ateco CODE" again, but a more specific code
    "msg.match.weak_section": (
        "Corrispondenza debole: la sezione {code} comprende molte attività e nessun cluster le copre chiaramente."
        " Indica un codice più preciso, dalla visura camerale dell'impresa: la divisione (due cifre, es. 10 per"
        " gli alimentari) o una classe (es. 10.51).",
        "A weak fit: section {code} spans many activities and no cluster clearly covers them. Give a more"
        " specific code, from the company's chamber-of-commerce record: its division (two digits, e.g. 10 for"
        " food products) or a class (e.g. 10.51).",
    ),
    "msg.match.weak_code": (
        "Corrispondenza debole: nessun cluster copre chiaramente le attività di {code}. Un codice più preciso"
        " al suo interno, dalla visura camerale dell'impresa, può indicarne uno; oppure guarda 'ctl list'.",
        "A weak fit: no cluster clearly covers the activities of {code}. A more specific code within it, from"
        " the company's chamber-of-commerce record, may point to one; or see 'ctl list'.",
    ),
    "msg.match.weak_code_rows": (
        "Corrispondenza debole: nessun cluster copre chiaramente le attività di {code}. Un codice più preciso"
        " al suo interno può indicarne uno, per esempio {rows}. Oppure guarda 'ctl list'.",
        "A weak fit: no cluster clearly covers the activities of {code}. A more specific code within it may"
        " point to one, for example {rows}. Or see 'ctl list'.",
    ),
    # words the index lacks, read as a known word (query/reading.py): one edit from it, or the word a trade
    # name is made from ('birrificio' -> 'birra') or a compound's part ('teleriscaldamento' -> 'riscaldamento')
    "msg.match.read_as": ("Forse un errore di battitura: {pairs}.", "Perhaps a typo: {pairs}."),
    "msg.match.read_through": (
        "Parole assenti dai testi, lette attraverso una parola nota: {pairs}.",
        "Words not in the texts, read through a known word: {pairs}.",
    ),
    "msg.match.read_pair": ("'{typed}' letto come '{read}'", "'{typed}' read as '{read}'"),
    "msg.match.text_or_ateco": (
        "indica una descrizione (TESTO) oppure un codice --ateco, uno dei due.",
        "give either a description (TEXT) or an --ateco code, one of the two.",
    ),
    "msg.match.ateco_unknown": (
        "{code!r} non è un codice ATECO 2025, 2022 o 2007.",
        "{code!r} is not an ATECO 2025, 2022 or 2007 code.",
    ),
    "msg.match.ateco_unknown.hint": (
        "Un codice ATECO è una lettera di sezione (C), una divisione (10), un gruppo (10.5), una classe (10.51), una categoria o una sottocategoria (10.51.10).",
        "An ATECO code is a section letter (C), a division (10), a group (10.5), a class (10.51), a category or a subcategory (10.51.10).",
    ),
    "msg.match.ateco_edition": (
        "Letto come codice ATECO {edition}: {code} {title}; in ATECO 2025 è {targets}.",
        "Read as an ATECO {edition} code: {code} {title}; in ATECO 2025 it is {targets}.",
    ),
    "msg.match.ateco_meant": (
        "Letto come ATECO 2025: {code} {title}. In ATECO {edition} {code} era «{old}» (ora {targets}).",
        "Read as ATECO 2025: {code} {title}. In ATECO {edition}, {code} was '{old}' (now {targets}).",
    ),
    "msg.match.ateco_2007_changed": (
        "{code!r} è un codice ATECO 2007 che l'aggiornamento 2022 ha cambiato: ctl non lo traduce",
        "{code!r} is an ATECO 2007 code that the 2022 update changed: ctl does not translate it",
    ),
    "msg.match.ateco_2007_changed.hint": (
        "Usa il codice ATECO 2025 (o 2022) dell'impresa, dalla sua visura camerale.",
        "Use the company's ATECO 2025 (or 2022) code, from its chamber-of-commerce record.",
    ),
    # ------------------------------------------------------------------ ctl org
    "msg.org.ambiguous": (
        "{n} organizzazioni corrispondono a {ref}; indicane una (con l'id o il nome completo):",
        "{n} organisations match {ref}; name one of them (its id or full name):",
    ),
    "msg.org.ambiguous.more.one": ("  ... e un'altra", "  ... and 1 more"),
    "msg.org.ambiguous.more.other": ("  ... e altre {n}", "  ... and {n} more"),
    # ------------------------------------------------------------------ ctl compare
    "msg.compare.shared": (
        "Soci in comune: {n} (solo {a}: {only_a}, solo {b}: {only_b})",
        "Shared members: {n} (only {a}: {only_a}, only {b}: {only_b})",
    ),
    # ------------------------------------------------------------------ ctl stats
    "msg.stats.by_type": ("Soci elencati, per tipo", "Members listed, by type"),
    "msg.stats.by_province": ("Organizzazioni per provincia", "Organisations by province"),
    "msg.stats.several": ("In più cluster: {n}", "In several clusters: {n}"),
    "msg.stats.note": (
        "Gli elenchi dei soci sono parziali; ? = provincia non nota.",
        "Member lists are partial; ? = province not known.",
    ),
    # ------------------------------------------------------------------ ctl export (cli.py and export.py)
    "msg.export.table_needs_csv": (
        "--table funziona solo con --format csv.",
        "--table works with --format csv only.",
    ),
    "msg.export.sqlite_needs_output": (
        "un database SQLite è un file binario: dagli un nome con -o.",
        "an SQLite database is a binary file: give it a name with -o.",
    ),
    "msg.export.sqlite_needs_output.hint": (
        "Esempio: ctl export --format sqlite -o ctl.db",
        "Example: ctl export --format sqlite -o ctl.db",
    ),
    "msg.export.csv_needs_folder": (
        "l'export csv scrive un file per tabella: indica una cartella con -o, oppure una sola tabella con --table.",
        "csv export writes one file per table: give a folder with -o, or one table with --table.",
    ),
    "msg.export.csv_file_for_all": (
        "{path} è il nome di un file, ma l'export csv di tutte le tabelle è una cartella di file: indica una"
        " cartella con -o (-o export), oppure una sola tabella con --table (--table {table} -o {path}).",
        "{path} names a file, but a csv export of every table is a folder of files: give a folder with -o"
        " (-o export), or one table with --table (--table {table} -o {path}).",
    ),
    "msg.export.csv_needs_folder.hint": ("Tabelle: {tables}", "Tables: {tables}"),
    "msg.export.wrote_csv.one": (
        "Scritto 1 file CSV in {folder}: {files}",
        "Wrote 1 CSV file to {folder}: {files}",
    ),
    "msg.export.wrote_csv.other": (
        "Scritti {n} file CSV in {folder}: {files}",
        "Wrote {n} CSV files to {folder}: {files}",
    ),
    "msg.export.wrote_sqlite": (
        "Scritto {path}: {tables} tabelle, {rows} righe.",
        "Wrote {path}: {tables} tables, {rows} rows.",
    ),
    "msg.export.wrote_file": ("Scritto {path} ({size} byte).", "Wrote {path} ({size:,} bytes)."),
    "msg.export.exists": ("{path} esiste già.", "{path} already exists."),
    "msg.export.exists.hint": (
        "Usa --force per sovrascriverlo, oppure scegli un altro percorso con -o.",
        "Use --force to replace it, or choose another -o path.",
    ),
    "msg.export.is_dir": (
        "{path} è una cartella; indica un nome di file con -o.",
        "{path} is a directory; give a file name with -o.",
    ),
    "msg.export.not_a_folder": (
        "{path} è un file; l'export CSV scrive un file per tabella in una cartella.",
        "{path} is a file; CSV export writes one file per table into a folder.",
    ),
    "msg.export.datapackage_not_a_folder": (
        "{path} è un file; un data package è una cartella (le tabelle CSV e datapackage.json): indicane una con -o.",
        "{path} is a file; a data package is a folder (the CSV tables and datapackage.json): give one with -o.",
    ),
    "msg.export.datapackage_not_a_folder.hint": (
        "Esempio: ctl export --format datapackage -o ctl-package/",
        "Example: ctl export --format datapackage -o ctl-package/",
    ),
    "msg.export.cannot_write": ("impossibile scrivere {path}: {reason}", "cannot write {path}: {reason}"),
    "msg.export.cannot_create": ("impossibile creare {path}: {reason}", "cannot create {path}: {reason}"),
    # ------------------------------------------------------------------ texts in one language only
    "msg.only_in.en": ("{text} [solo in inglese]", "{text} [English only]"),
    "msg.only_in.it": ("{text} [solo in italiano]", "{text} [Italian only]"),
    "msg.usage.bad_ctl_lang": (
        "la variabile d'ambiente CTL_LANG vale {value!r}; le lingue sono: {valid}",
        "the environment variable CTL_LANG is {value!r}; the languages are: {valid}",
    ),
    "msg.usage.bad_lang": (
        "{value!r} non è una lingua; le lingue sono: {valid}",
        "{value!r} is not a language; the languages are: {valid}",
    ),
    "msg.dataset.invalid_env.one": (
        "il dataset indicato da CTL_DATA non è valido (1 problema); correggilo, oppure togli CTL_DATA (unset CTL_DATA) per usare quello incluso in ctl.",
        "the dataset that CTL_DATA names is not valid (1 problem); fix it, or unset CTL_DATA to use the bundled one.",
    ),
    "msg.dataset.invalid_env.other": (
        "il dataset indicato da CTL_DATA non è valido ({n} problemi); correggilo, oppure togli CTL_DATA (unset CTL_DATA) per usare quello incluso in ctl.",
        "the dataset that CTL_DATA names is not valid ({n} problems); fix it, or unset CTL_DATA to use the bundled one.",
    ),
    # ------------------------------------------------------------------ a dataset file that cannot be read (errors.DatasetFileError)
    "msg.dataset.not_found": ("file del dataset non trovato: {path}", "dataset file not found: {path}"),
    "msg.dataset.empty_path": ("il percorso del dataset è vuoto", "the dataset path is empty"),
    "msg.dataset.is_dir": ("{path} è una cartella, non un file di dataset", "{path} is a folder, not a dataset file"),
    "msg.dataset.cannot_read": (
        "impossibile leggere il file del dataset {path}: {reason}",
        "cannot read the dataset file {path}: {reason}",
    ),
    "msg.dataset.too_large": (
        "il file del dataset {path} è di {size} byte; il limite è {limit} byte",
        "the dataset file {path} is {size:,} bytes; the limit is {limit:,}",
    ),
    # what to do, by what chose the file (commands/failures.chosen_by)
    "msg.dataset.from.path": (
        "Controlla il percorso; 'ctl validate' senza percorso controlla il dataset che ctl usa.",
        "Check the path; 'ctl validate' with no path checks the dataset ctl uses.",
    ),
    "msg.dataset.from.data": (
        "Il percorso viene da --data: correggilo, oppure togli --data per usare il dataset incluso in ctl.",
        "The path comes from --data: correct it, or leave --data out to use the bundled dataset.",
    ),
    "msg.dataset.from.env": (
        "Il percorso viene dalla variabile d'ambiente CTL_DATA: correggila, oppure toglila (unset CTL_DATA) per usare il dataset incluso in ctl.",
        "The path comes from the environment variable CTL_DATA: correct it, or unset CTL_DATA to use the bundled dataset.",
    ),
    "msg.dataset.from.bundled": (
        "Il dataset incluso in ctl manca o non si legge: reinstalla ctl.",
        "ctl's bundled dataset is missing or unreadable: reinstall ctl.",
    ),
    "msg.dataset.invalid_file.one": ("il dataset non è valido (1 problema).", "the dataset is not valid (1 problem)."),
    "msg.dataset.invalid_file.other": (
        "il dataset non è valido ({n} problemi).",
        "the dataset is not valid ({n} problems).",
    ),
    # ------------------------------------------------------------------ choices taken as people type them
    "msg.usage.nuts.hint": (
        "Indica una regione NUTS-3 italiana con il suo codice (es. ITC4C per Milano, ITC15 per Novara).",
        "Give an Italian NUTS-3 region by its code (e.g. ITC4C for Milano, ITC15 for Novara).",
    ),
    "msg.usage.province.hint": (
        "Indica una provincia italiana con la sigla o con il nome (es. MI, Varese, Monza e Brianza).",
        "Give an Italian province by its code or its name (e.g. MI, Varese, Monza e Brianza).",
    ),
    "msg.usage.bad_choice": (
        "{value!r} non è tra i valori validi: {valid}",
        "{value!r} is not one of: {valid}",
    ),
    "msg.usage.bad_choice.close": (
        "{value!r} non è tra i valori validi: {valid}. Forse cercavi: {suggestions}?",
        "{value!r} is not one of: {valid}. Did you mean: {suggestions}?",
    ),
    # ------------------------------------------------------------------ the pending cluster (DESIGN.md)
    "msg.match.pending": (
        "Corrisponde anche, ma è in attesa di riconoscimento e quindi escluso: {ids} (ctl match --all).",
        "Also a fit, but pending recognition and so left out: {ids} (ctl match --all).",
    ),
    # the line under `ctl stats`' table: when each published total was stated
    "msg.stats.as_of": ("Totali dichiarati, alla data: {dates}", "Published totals, as of: {dates}"),
    "msg.stats.undated": ("senza data: {ids}", "undated: {ids}"),
    "msg.stats.event": (
        "Dei soci elencati, noti solo da una presenza a un evento con il cluster: {counts} (li elenca ctl search"
        " --cluster ID --basis event).",
        "Of the members listed, known only from an event appearance with the cluster: {counts} (ctl search"
        " --cluster ID --basis event lists them).",
    ),
    # ------------------------------------------------------------------ free text (query/inputs.py), clusters by a beginning
    "msg.usage.no_word": (
        "{what} non contiene né lettere né cifre: {value}.",
        "{what} has no letter or digit: {value}.",
    ),
    "msg.usage.no_word.hint": (
        "Scrivi almeno una parola (lettere o cifre, in qualsiasi alfabeto).",
        "Give at least one word (letters or digits, in any script).",
    ),
    "msg.search.legal_form_only": (
        "{value} è solo una forma giuridica (S.p.A., S.r.l., ...) o un articolo o una preposizione (di, della,"
        " e, per, ...): ctl non li cerca nei nomi.",
        "{value} is only a legal form (S.p.A., S.r.l., ...) or an article or preposition (di, della, e, per,"
        " ...): ctl does not search names for it.",
    ),
    "msg.search.legal_form_only.hint": (
        "Cerca una parola del nome; per elencare le imprese usa ctl search --type (per esempio ctl search --type sme).",
        "Search for a word of the name; to list companies, use ctl search --type (for example ctl search --type sme).",
    ),
    "msg.usage.compare_same": (
        "{a!r} e {b!r} indicano lo stesso cluster ({id}): confronta due cluster diversi (ctl list li elenca).",
        "{a!r} and {b!r} name the same cluster ({id}): compare two different clusters (ctl list lists them).",
    ),
    "msg.cluster.ambiguous": (
        "{n} cluster corrispondono a {ref}; indicane uno (con l'id o un nome più lungo):",
        "{n} clusters match {ref}; name one of them (its id or a longer name):",
    ),
    # ------------------------------------------------------------------ writing files and standard output (issue 14)
    "msg.write.stdout": (
        "impossibile scrivere sullo standard output: {reason}",
        "cannot write to standard output: {reason}",
    ),
    "msg.write.why.no_folder": ("la cartella non esiste", "the folder does not exist"),
    "msg.write.why.no_folder.hint": (
        "Crea prima la cartella: mkdir -p {folder}",
        "Make the folder first: mkdir -p {folder}",
    ),
    "msg.write.why.not_a_folder": (
        "una parte del percorso è un file, non una cartella",
        "part of the path is a file, not a folder",
    ),
    "msg.write.why.denied": ("permesso negato", "permission denied"),
    "msg.write.why.read_only": ("il file system è in sola lettura", "the file system is read-only"),
    "msg.write.why.full": ("il disco è pieno", "the disk is full"),
    "msg.write.why.too_large": (
        "il file supera la dimensione che il sistema consente",
        "the file is larger than the system allows",
    ),
    "msg.write.why.is_dir": ("è una cartella", "it is a folder"),
    "msg.write.why.name_too_long": ("il nome è troppo lungo", "the name is too long"),
    "msg.write.why.io": ("errore di input/output del dispositivo", "the device reported an input/output error"),
    "msg.write.why.system": ("il sistema risponde: {detail}", "the system says: {detail}"),
    "msg.export.not_a_file": (
        "{path} non è un file ordinario; un database SQLite va scritto in un file.",
        "{path} is not a regular file; an SQLite database must be written to a file.",
    ),
    # ------------------------------------------------------------------ installing shell completion (issue 14)
    "msg.completion.installed_rc": (
        "Completamento {shell} di ctl installato in {path}, caricato da {rc} (a cui è stata aggiunta una riga).",
        "Installed ctl's {shell} completion in {path}, loaded from {rc} (a line added to it).",
    ),
    "msg.completion.installed": (
        "Completamento {shell} di ctl installato in {path}.",
        "Installed ctl's {shell} completion in {path}.",
    ),
    "msg.completion.new_terminal": (
        "Vale nei terminali aperti da ora in poi.",
        "It takes effect in terminals opened from now on.",
    ),
    "msg.completion.unknown_shell": (
        "ctl non sa completare nella shell {shell!r}; le shell sono: {shells}",
        "ctl cannot complete in the shell {shell!r}; the shells are: {shells}",
    ),
    "msg.completion.no_shell": (
        "non so per quale shell installare il completamento (trovata: {found}); indicala, per esempio ctl --install-completion bash (le shell sono: {shells})",
        "cannot tell which shell to install completion for (found: {found}); name it, e.g. ctl --install-completion bash (the shells are: {shells})",
    ),
    # ------------------------------------------------------------------ the YAML parser ctl needs (issue 14)
    "msg.install.no_libyaml": (
        "PyYAML {version} di questo Python è senza libyaml (yaml.CSafeLoader): ctl legge i dataset solo con libyaml, perché il parser in puro Python di PyYAML giudica alcuni file in modo diverso (rifiuta per esempio un tab prima di un commento).",
        "PyYAML {version} in this Python has no libyaml (yaml.CSafeLoader): ctl reads datasets only with libyaml, because PyYAML's pure-Python parser judges some files differently (it refuses a tab before a comment, for one).",
    ),
    "msg.install.no_libyaml.hint": (
        "Reinstalla PyYAML da un wheel, che include libyaml: pip install --force-reinstall --only-binary pyyaml pyyaml",
        "Reinstall PyYAML from a wheel, which includes libyaml: pip install --force-reinstall --only-binary pyyaml pyyaml",
    ),
    # ------------------------------------------------------------------ advice under the YAML parser's message (issue 14)
    "msg.yaml.hint": ("  suggerimento: {hint}", "  hint: {hint}"),
    "msg.yaml.hint.tab": (
        "la riga {line} ha un tab dove YAML vuole spazi: indenta solo con spazi",
        "line {line} has a tab where YAML wants spaces: indent with spaces only",
    ),
    "msg.yaml.hint.indent": (
        "controlla l'indentazione della riga {line} rispetto alle righe sopra: le chiavi di una stessa mappa iniziano nella stessa colonna",
        "check the indentation of line {line} against the lines above: the keys of one mapping start in the same column",
    ),
    "msg.yaml.hint.colon": (
        "alla riga {line} (o a quella sopra) un valore con ': ' va tra virgolette, una chiave ha bisogno di ':' oppure è indentata più delle altre",
        "on line {line} (or the one above) a value with ': ' in it needs quotes, a key needs its ':', or it is indented more than the others",
    ),
    "msg.yaml.hint.quote": (
        "la virgoletta {quote} aperta alla riga {line}, colonna {column} non viene chiusa",
        "the {quote} opened on line {line}, column {column} is never closed",
    ),
    "msg.yaml.hint.bracket": (
        "la parentesi {bracket} aperta alla riga {line}, colonna {column} non viene chiusa: chiudila con {closing} (e separa gli elementi con virgole)",
        "the {bracket} opened on line {line}, column {column} is never closed: close it with {closing} (and put commas between items)",
    ),
    "msg.yaml.hint.stray": (
        "il {char} alla riga {line} non chiude nessuna parentesi aperta",
        "the {char} on line {line} closes no bracket that was opened",
    ),
    # ------------------------------------------------------------------ CSV for a spreadsheet (issue 14)
    "msg.usage.excel_needs_csv": (
        "--excel vale solo per il CSV, non per --format {format}: aggiungi --format csv",
        "--excel is for CSV, not --format {format}: add --format csv",
    ),
    "msg.export.empty_path": (
        "-o è vuoto: indica il file (o, per il CSV, la cartella) in cui scrivere, oppure - per lo standard output",
        "-o is empty: give the file (or, for CSV, the folder) to write, or - for standard output",
    ),
    "msg.export.empty_path.datapackage": (
        "-o è vuoto: indica la cartella in cui scrivere il data package (per esempio -o ctl-package)",
        "-o is empty: give the folder to write the data package to (for example -o ctl-package)",
    ),
    "msg.export.empty_path.sqlite": (
        "-o è vuoto: indica il file del database SQLite (per esempio -o ctl.db)",
        "-o is empty: give the file of the SQLite database (for example -o ctl.db)",
    ),
    # ------------------------------------------------------------------ freshness (issue 15)
    # a fact more than N years older than the dataset's as_of date, or with no date, on `ctl show`
    "msg.fresh.stale": ("{value}, al {year}", "{value}, as of {year}"),
    "msg.fresh.undated": ("{value}, senza data", "{value}, undated"),
    "msg.fresh.legend": (
        "'al ANNO': dato di oltre {years} anni prima della data del dataset ({as_of}); 'senza data': nessuna data"
        " nota.",
        "'as of YEAR': a fact more than {years} years older than the dataset's date ({as_of}); 'undated': no date"
        " known.",
    ),
    # the footer of `ctl sources --stale`
    "msg.sources.stale.footer.one": (
        "1 dato anteriore al {cutoff} ({years} anni prima della data del dataset, {as_of}) o senza data;"
        " {undated} senza data.",
        "1 fact older than {cutoff} ({years} years before the dataset's date, {as_of}) or undated; {undated} undated.",
    ),
    "msg.sources.stale.footer.other": (
        "{n} dati anteriori al {cutoff} ({years} anni prima della data del dataset, {as_of}) o senza data;"
        " {undated} senza data.",
        "{n} facts older than {cutoff} ({years} years before the dataset's date, {as_of}) or undated; {undated}"
        " undated.",
    ),
    "msg.usage.stale_years": (
        "--stale vuole un numero di anni da 0 a {most}, non {value}",
        "--stale takes a number of years from 0 to {most}, not {value}",
    ),
    # ------------------------------------------------------------------ ctl diff
    "msg.diff.title": (
        "Da {old} ({old_version}, {old_as_of}) a {new} ({new_version}, {new_as_of})",
        "From {old} ({old_version}, {old_as_of}) to {new} ({new_version}, {new_as_of})",
    ),
    "msg.diff.none": (
        "Nessuna differenza tra {old} e {new}.",
        "No differences between {old} and {new}.",
    ),
    "msg.diff.lenient.one": (
        "{path}: 1 problema che le regole di oggi trovano, letto come avviso (--lenient); 'ctl validate {path}' lo mostra.",
        "{path}: 1 problem that today's rules find, read as a warning (--lenient); 'ctl validate {path}' shows it.",
    ),
    "msg.diff.lenient.other": (
        "{path}: {n} problemi che le regole di oggi trovano, letti come avvisi (--lenient); 'ctl validate {path}' li mostra.",
        "{path}: {n} problems that today's rules find, read as warnings (--lenient); 'ctl validate {path}' shows them.",
    ),
    "msg.dataset.from.diff": ("Controlla il percorso di VECCHIO o NUOVO.", "Check the path of OLD or NEW."),
    "msg.dataset.invalid_diff.one": (
        "il dataset non è valido (1 problema); se è una versione vecchia che solo le regole di oggi rifiutano, --lenient la legge.",
        "the dataset is not valid (1 problem); if it is an older release that only today's rules refuse, --lenient reads it.",
    ),
    "msg.dataset.invalid_diff.other": (
        "il dataset non è valido ({n} problemi); se è una versione vecchia che solo le regole di oggi rifiutano, --lenient la legge.",
        "the dataset is not valid ({n} problems); if it is an older release that only today's rules refuse, --lenient reads it.",
    ),
    "msg.diff.section.dataset.one": ("Dataset: 1 campo cambiato", "Dataset: 1 field changed"),
    "msg.diff.section.dataset.other": ("Dataset: {n} campi cambiati", "Dataset: {n} fields changed"),
    "msg.diff.section.clusters": ("Cluster", "Clusters"),
    "msg.diff.section.organisations": ("Organizzazioni", "Organisations"),
    "msg.diff.section.memberships": ("Adesioni", "Memberships"),
    "msg.diff.section.member_types": ("Tipi di socio", "Member types"),
    "msg.diff.section.national_clusters": ("Cluster nazionali", "National clusters"),
    "msg.diff.section.sources": ("Fonti", "Sources"),
    "msg.diff.kind.added": ("aggiunti: {n}", "added: {n}"),
    "msg.diff.kind.removed": ("tolti: {n}", "removed: {n}"),
    "msg.diff.kind.renamed": ("rinominati: {n}", "renamed: {n}"),
    "msg.diff.kind.changed": ("modificati: {n}", "changed: {n}"),
    # the same counts after a feminine noun (Organizzazioni, Adesioni, Fonti): the participle agrees
    "msg.diff.kind.added.organisations": ("aggiunte: {n}", "added: {n}"),
    "msg.diff.kind.removed.organisations": ("tolte: {n}", "removed: {n}"),
    "msg.diff.kind.renamed.organisations": ("rinominate: {n}", "renamed: {n}"),
    "msg.diff.kind.changed.organisations": ("modificate: {n}", "changed: {n}"),
    "msg.diff.kind.added.memberships": ("aggiunte: {n}", "added: {n}"),
    "msg.diff.kind.removed.memberships": ("tolte: {n}", "removed: {n}"),
    "msg.diff.kind.changed.memberships": ("modificate: {n}", "changed: {n}"),
    "msg.diff.kind.added.sources": ("aggiunte: {n}", "added: {n}"),
    "msg.diff.kind.removed.sources": ("tolte: {n}", "removed: {n}"),
    "msg.diff.kind.changed.sources": ("modificate: {n}", "changed: {n}"),
    "msg.diff.empty_path": (
        "{which} è vuoto: indica il percorso di un file di dataset",
        "{which} is empty: give the path of a dataset file",
    ),
    "msg.diff.empty_path.hint": (
        "Esempio: ctl diff vecchio.yaml data/clusters.yaml",
        "Example: ctl diff old.yaml data/clusters.yaml",
    ),
    # ------------------------------------------------------------------ ctl export --format datapackage
    "msg.export.datapackage_needs_output": (
        "un data package è una cartella (le tabelle CSV e datapackage.json): indicala con -o.",
        "a data package is a folder (the CSV tables and datapackage.json): give it with -o.",
    ),
    "msg.export.datapackage_needs_output.hint": (
        "Esempio: ctl export --format datapackage -o ctl-package/",
        "Example: ctl export --format datapackage -o ctl-package/",
    ),
    "msg.export.wrote_datapackage": (
        "Scritto il data package in {folder}: {tables} tabelle CSV e datapackage.json.",
        "Wrote the data package to {folder}: {tables} CSV tables and datapackage.json.",
    ),
    "msg.diff.many": (
        "più di {n}: senza --summary li mostra tutti",
        "over {n}: without --summary it shows them all",
    ),
    # ------------------------------------------------------------------ ctl site
    "msg.site.empty_path": (
        "-o è vuoto: indica la cartella in cui scrivere il sito",
        "-o is empty: give the folder to write the site to",
    ),
    "msg.site.stdout": (
        "-o - vorrebbe dire lo standard output, ma un sito è una cartella di file: indica la cartella (per esempio -o ctl-site)",
        "-o - would mean standard output, but a site is a folder of files: give the folder (for example -o ctl-site)",
    ),
    "msg.site.exists": ("{path} esiste già.", "{path} already exists."),
    "msg.site.exists.hint": (
        "Usa --force per sostituirla con il nuovo sito, oppure scegli un'altra cartella con -o.",
        "Use --force to replace it with the new site, or choose another folder with -o.",
    ),
    "msg.site.not_a_site": (
        "{path} contiene file che ctl site non ha scritto: --force sostituisce solo una cartella vuota o un sito di ctl, mai altri file. Scegli un'altra cartella con -o (per esempio una nuova cartella dentro questa).",
        "{path} holds files ctl site did not write: --force replaces only an empty folder or a site ctl built, never other files. Choose another folder with -o (for example a new folder inside this one).",
    ),
    "msg.site.not_a_folder": (
        "{path} è un file; il sito si scrive in una cartella.",
        "{path} is a file; the site is written to a folder.",
    ),
    "msg.site.building": ("Costruzione del sito", "Building the site"),
    "msg.site.wrote": (
        "Sito scritto in {path} ({files} file). Aprilo nel browser: {index}",
        "Wrote the site to {path} ({files} files). Open it in a browser: {index}",
    ),
    "msg.site.footer": (
        "Dati al {as_of}, con le fonti. ctl {version}",
        "Data as of {as_of}, with sources. ctl {version}",
    ),
    "msg.site.intro": (
        "Il riferimento offline e con fonti ai cluster tecnologici che Regione Lombardia riconosce: chi sono, chi ne è socio, dove. Dati al {as_of}.",
        "The offline, sourced reference to the technology clusters that Regione Lombardia recognises: who they are, who their members are, where. Data as of {as_of}.",
    ),
    "msg.site.map_note": (
        "Organizzazioni socie dei cluster riconosciuti, per provincia della sede, sulle dodici province lombarde disposte come sulla carta (una griglia, non i confini). Scegli una provincia per vederne le organizzazioni.",
        "Member organisations of the recognised clusters by the province of their seat, on the twelve Lombard provinces laid out as on a map (a grid, not the boundaries). Choose a province to see its organisations.",
    ),
    "msg.site.by_type_note": (
        "Soci elencati nel dataset, per tipo, per ciascun cluster riconosciuto: le liste sono parziali (vedi I dati).",
        "Members listed in the dataset, by type, for each recognised cluster: the lists are partial (see About the data).",
    ),
    "msg.site.sources_intro.one": (
        "{n} fonte: ogni dato del sito rimanda qui.",
        "{n} source: every fact on the site points here.",
    ),
    "msg.site.sources_intro.other": (
        "{n} fonti: ogni dato del sito rimanda qui.",
        "{n} sources: every fact on the site points here.",
    ),
    "msg.site.about_intro": (
        "Da dove vengono i dati, cosa significano i tipi di socio e i riscontri, e quanto sono complete le liste. Dati al {as_of}.",
        "Where the data comes from, what the member types and the bases mean, and how complete the lists are. Data as of {as_of}.",
    ),
    "msg.site.partial_note": (
        "Nessun cluster pubblica l'elenco completo dei soci: il dataset elenca solo le organizzazioni che una fonte nomina, accanto al totale che il cluster dichiara.",
        "No cluster publishes its whole member list: the dataset lists only the organisations a source names, beside the total the cluster declares.",
    ),
    "msg.site.bases_note": (
        "Ogni adesione dice cosa la attesta: da un elenco ufficiale dei soci a una semplice deduzione.",
        "Every membership says what shows it: from an official member list down to an inference.",
    ),
    "msg.site.basis.member_list": (
        "Il nome compare in un elenco dei soci pubblicato dal cluster.",
        "The name is on a member list the cluster published.",
    ),
    "msg.site.basis.founder": (
        "Una fonte la indica tra i soci fondatori.",
        "A source names it among the founding members.",
    ),
    "msg.site.basis.board": (
        "Siede nel consiglio o in un organo del cluster.",
        "It holds a seat on the cluster's board or another body.",
    ),
    "msg.site.basis.own_statement": (
        "L'organizzazione stessa dichiara di essere socia.",
        "The organisation itself says it is a member.",
    ),
    "msg.site.basis.event": (
        "Solo la presenza a un evento del cluster: l'adesione non è confermata.",
        "Only an appearance at a cluster event: the membership is not confirmed.",
    ),
    "msg.site.basis.inferred": (
        "Dedotta da più fonti, nessuna delle quali la afferma da sola.",
        "Inferred from several sources, none of which states it alone.",
    ),
    "msg.site.downloads_note": (
        "Le stesse tabelle di 'ctl export': un file CSV per tabella e un database SQLite.",
        "The same tables as 'ctl export': one CSV file per table and an SQLite database.",
    ),
    "msg.site.search.intro": (
        "Cerca tra le organizzazioni socie con le stesse regole di 'ctl search': ogni parola trova l'inizio di una parola del nome, accenti e maiuscole non contano.",
        "Search the member organisations by the rules of 'ctl search': each word finds the start of a word of the name; accents and case do not matter.",
    ),
    "msg.site.search.noscript": (
        "La ricerca richiede JavaScript; i soci sono elencati anche nelle pagine dei cluster.",
        "The search needs JavaScript; the members are also listed on the cluster pages.",
    ),
    "msg.site.search.none": ("Nessuna organizzazione trovata.", "No organisation found."),
    "msg.site.search.no_word": ("Il testo non contiene lettere né cifre.", "The text has no letter or digit."),
    "msg.site.search.legal_only": (
        "Il testo contiene solo forme giuridiche (S.p.A., S.r.l.…): aggiungi una parola del nome.",
        "The text has only legal forms (S.p.A., S.r.l.…): add a word of the name.",
    ),
    "msg.site.search.count.one": ("{n} organizzazione", "{n} organisation"),
    "msg.site.search.count.other": ("{n} organizzazioni", "{n} organisations"),
    "msg.site.listed.one": ("{n} socio elencato su {total} dichiarati", "{n} member listed of {total} published"),
    "msg.site.listed.other": ("{n} soci elencati su {total} dichiarati", "{n} members listed of {total} published"),
    "msg.site.listed_no_total.one": (
        "{n} socio elencato; totale non pubblicato",
        "{n} member listed; no published total",
    ),
    "msg.site.listed_no_total.other": (
        "{n} soci elencati; totale non pubblicato",
        "{n} members listed; no published total",
    ),
    "msg.site.root": (
        "{path} non si può sostituire: indica una cartella al suo interno, per esempio {path}ctl-site",
        "{path} cannot be replaced: give a folder inside it, for example {path}ctl-site",
    ),
    # ------------------------------------------------------------------ ctl reconcile
    "msg.reconcile.no_file": ("{path}: file inesistente.", "{path}: no such file."),
    "msg.reconcile.no_file.hint": (
        "Indica un file scaricato da CORDIS, da ROR o dal registro delle start-up innovative.",
        "Give a file downloaded from CORDIS, ROR or the register of innovative start-ups.",
    ),
    "msg.reconcile.is_dir": ("{path} è una cartella, non un file.", "{path} is a folder, not a file."),
    "msg.reconcile.cannot_read": ("non riesco a leggere {path}: {reason}", "cannot read {path}: {reason}"),
    "msg.reconcile.date_from_file": (
        "Le fonti proposte hanno la data {date}, quella di modifica di {file}: se non è il giorno in cui il file è"
        " stato scaricato, indicalo con --date AAAA-MM-GG.",
        "The proposed sources are dated {date}, when {file} was last modified: if that is not the day it was"
        " downloaded, give that day with --date YYYY-MM-DD.",
    ),
    "msg.reconcile.unknown_format": (
        "{path}: formato non riconosciuto.",
        "{path}: not a format ctl reconcile reads.",
    ),
    "msg.reconcile.unknown_format.hint": (
        "Formati attesi: organization.csv di CORDIS (separato da ';'), il dump di ROR (JSON o CSV, schema v2), "
        "l'elenco delle start-up innovative del registro delle imprese (xlsx, o il CSV separato da '|' degli anni"
        " passati); un file .zip va prima estratto.",
        "Expected: CORDIS organization.csv (';'-separated), ROR's data dump (JSON or CSV, schema v2), "
        "the business register's list of innovative start-ups (xlsx, or the older '|'-separated CSV); unzip a .zip"
        " download first.",
    ),
    "msg.reconcile.missing_columns": (
        "{path}: mancano le colonne {columns}.",
        "{path}: the columns {columns} are missing.",
    ),
    "msg.reconcile.malformed": (
        "{path}: file non leggibile alla riga {row}: {reason}",
        "{path}: cannot be read at row {row}: {reason}",
    ),
    "msg.reconcile.no_org_in_file": (
        "l'organizzazione {org} non è nel file del dataset.",
        "organisation {org} is not in the dataset file.",
    ),
    "msg.reconcile.cannot_edit": (
        "non so modificare come è scritta l'organizzazione {org} (una mappa su più righe tra graffe).",
        "cannot edit organisation {org} as it is written (a flow mapping over several lines).",
    ),
    "msg.reconcile.installed": (
        "--write non modifica il dataset incluso in ctl installato ({path}).",
        "--write does not edit the dataset bundled with an installed ctl ({path}).",
    ),
    "msg.reconcile.installed.hint": (
        "Copiane una versione da modificare e indicala con --data: ctl export --format yaml -o clusters.yaml; "
        "ctl reconcile FILE --data clusters.yaml --write",
        "Copy it to a file of your own and name it with --data: ctl export --format yaml -o clusters.yaml; "
        "ctl reconcile FILE --data clusters.yaml --write",
    ),
    "msg.reconcile.bad_date": (
        "--date vuole una data AAAA-MM-GG, non {value}",
        "--date takes a date YYYY-MM-DD, not {value}",
    ),
    "msg.reconcile.supports.startup": (
        "Iscritta alla sezione speciale delle start-up innovative dal {date}.",
        "In the special section of innovative start-ups since {date}.",
    ),
    "msg.reconcile.locator": ("{file}, riga {row}", "{file}, row {row}"),
    "msg.reconcile.locator.record": ("{file}, record {row}", "{file}, record {row}"),
    "msg.reconcile.how.identifier": ("identificativo ({field})", "identifier ({field})"),
    "msg.reconcile.how.name_city": ("nome e comune", "name and municipality"),
    "msg.reconcile.how.name": ("il solo nome", "name only"),
    "msg.reconcile.comment.head": (
        "ctl reconcile {file} ({format}): modifiche proposte, da rivedere prima di applicarle con --write",
        "ctl reconcile {file} ({format}): proposed changes, to review before applying them with --write",
    ),
    "msg.reconcile.format.cordis": ("CORDIS, partecipanti ai progetti", "CORDIS, project participants"),
    "msg.reconcile.format.ror_json": ("ROR, JSON", "ROR, JSON"),
    "msg.reconcile.format.ror_csv": ("ROR, CSV", "ROR, CSV"),
    "msg.reconcile.format.startups": (
        "registro delle imprese, start-up innovative",
        "business register, innovative start-ups",
    ),
    "msg.reconcile.comment.org": ("{org}: trovata per {how}, riga {row}", "{org}: matched by {how}, row {row}"),
    "msg.reconcile.comment.name_only": (
        "  trovata solo per nome: --write la salta, a meno di --accept name",
        "  matched by name only: --write skips it unless --accept name is given",
    ),
    "msg.reconcile.comment.conflicts": (
        "Conflitti (non applicati: il dataset resta com'è):",
        "Conflicts (not applied: the dataset keeps its value):",
    ),
    "msg.reconcile.comment.conflict": (
        "{org}: {field}: il dataset ha {dataset!r}, il file {file!r} (riga {row})",
        "{org}: {field}: the dataset has {dataset!r}, the file {file!r} (row {row})",
    ),
    "msg.reconcile.would_be_invalid": (
        "le modifiche renderebbero {path} non valido, quindi non è stato scritto nulla: {problem}",
        "the changes would make {path} invalid, so nothing was written: {problem}",
    ),
    "msg.reconcile.nothing": (
        "Nessuna modifica da proporre per il dataset da {file}.",
        "Nothing to propose for the dataset from {file}.",
    ),
    "msg.reconcile.written.one": (
        "Scritta 1 modifica in {path}; controllala con: ctl validate {path}",
        "Wrote 1 change to {path}; check it with: ctl validate {path}",
    ),
    "msg.reconcile.written.other": (
        "Scritte {n} modifiche in {path}; controllale con: ctl validate {path}",
        "Wrote {n} changes to {path}; check them with: ctl validate {path}",
    ),
    "msg.reconcile.not_written": (
        "Nessuna modifica da scrivere: {path} è rimasto com'era.",
        "No change to write: {path} is as it was.",
    ),
    "msg.reconcile.skipped_name.one": (
        "1 modifica trovata solo per nome non è stata scritta: rivedila e aggiungi --accept name per scriverla.",
        "1 change matched by name only was not written: review it, and add --accept name to write it.",
    ),
    "msg.reconcile.skipped_name.other": (
        "{n} modifiche trovate solo per nome non sono state scritte: rivedile e aggiungi --accept name per scriverle.",
        "{n} changes matched by name only were not written: review them, and add --accept name to write them.",
    ),
    "msg.reconcile.empty_file": (
        "FILE è vuoto: indica il file scaricato dal registro.",
        "FILE is empty: give the file downloaded from the registry.",
    ),
    "msg.reconcile.empty_file.hint": (
        "Per esempio: ctl reconcile organization.csv",
        "For example: ctl reconcile organization.csv",
    ),
    "msg.reconcile.not_utf8": (
        "{path}: non è testo UTF-8 ({where}); ctl legge i file dei registri in UTF-8, come li pubblicano.",
        "{path}: not UTF-8 text ({where}); ctl reads registry files as UTF-8, as their publishers write them.",
    ),
    "msg.reconcile.not_utf8.hint": (
        "Convertilo in UTF-8, per esempio: iconv -f latin1 -t utf-8 {path} > utf8-{name}",
        "Convert it to UTF-8, for example: iconv -f latin1 -t utf-8 {path} > utf8-{name}",
    ),
    "msg.reconcile.where.line": ("riga {n}", "line {n}"),
    "msg.reconcile.where.record": ("nel record {n}", "in record {n}"),
    "msg.reconcile.json_cut": (
        "{path}: il file finisce prima del suo JSON, dopo {records} record letti: forse è troncato; "
        "scaricalo di nuovo.",
        "{path}: the file ends before its JSON does, after {records} records read: it may be cut off; "
        "download it again.",
    ),
    "msg.reconcile.json_bad": (
        "{path}: JSON non valido dopo {records} record letti.",
        "{path}: not valid JSON after {records} records read.",
    ),
    "msg.reconcile.bad_record": (
        "{path}: il record {record} non ha la forma di un record ROR: {field} dovrebbe essere {kind}.",
        "{path}: record {record} is not shaped as a ROR record: {field} should be {kind}.",
    ),
    "msg.reconcile.kind.text": ("un testo", "text"),
    "msg.reconcile.kind.list": ("una lista", "a list"),
    "msg.reconcile.kind.object": ("un oggetto", "an object"),
    "msg.reconcile.kind.objects": ("una lista di oggetti", "a list of objects"),
    "msg.reconcile.comment.org.record": (
        "{org}: trovata per {how}, record {row}",
        "{org}: matched by {how}, record {row}",
    ),
    "msg.reconcile.comment.conflict.record": (
        "{org}: {field}: il dataset ha {dataset!r}, il file {file!r} (record {row})",
        "{org}: {field}: the dataset has {dataset!r}, the file {file!r} (record {row})",
    ),
    "msg.reconcile.csv.nul": (
        "contiene un byte NUL (non è un file di testo?)",
        "it holds a NUL byte (not a text file?)",
    ),
    "msg.reconcile.csv.too_long": (
        "un campo è troppo lungo (oltre 131.072 caratteri)",
        "a field is too long (over 131,072 characters)",
    ),
    "msg.reconcile.csv.invalid": ("non è CSV valido", "not valid CSV"),
    # ctl match --top N when fewer clusters fit at all (score above 0)
    "msg.match.fewer.one": (
        "Solo 1 dei {top} cluster richiesti ha qualcosa in comune con la descrizione: gli altri hanno punteggio 0"
        " e non sono elencati.",
        "Only 1 of the {top} clusters asked for has anything in common with the description: the others score 0"
        " and are not listed.",
    ),
    "msg.match.fewer.other": (
        "Solo {n} dei {top} cluster richiesti hanno qualcosa in comune con la descrizione: gli altri hanno"
        " punteggio 0 e non sono elencati.",
        "Only {n} of the {top} clusters asked for have anything in common with the description: the others"
        " score 0 and are not listed.",
    ),
    "msg.match.fewer_of_all.one": (
        "Solo 1 dei {top} cluster ha qualcosa in comune con la descrizione: gli altri hanno punteggio 0 e non sono"
        " elencati.",
        "Only 1 of the {top} clusters has anything in common with the description: the others score 0 and are not"
        " listed.",
    ),
    "msg.match.fewer_of_all.other": (
        "Solo {n} dei {top} cluster hanno qualcosa in comune con la descrizione: gli altri hanno punteggio 0 e non"
        " sono elencati.",
        "Only {n} of the {top} clusters have anything in common with the description: the others score 0 and are"
        " not listed.",
    ),
    "msg.match.fewer_ateco_of_all.one": (
        "Solo 1 dei {top} cluster copre attività di questo codice: gli altri non sono elencati.",
        "Only 1 of the {top} clusters covers activities of this code: the others are not listed.",
    ),
    "msg.match.fewer_ateco_of_all.other": (
        "Solo {n} dei {top} cluster coprono attività di questo codice: gli altri non sono elencati.",
        "Only {n} of the {top} clusters cover activities of this code: the others are not listed.",
    ),
    "msg.match.fewer_ateco.one": (
        "Solo 1 dei {top} cluster richiesti copre attività di questo codice: gli altri non sono elencati.",
        "Only 1 of the {top} clusters asked for covers activities of this code: the others are not listed.",
    ),
    "msg.match.fewer_ateco.other": (
        "Solo {n} dei {top} cluster richiesti coprono attività di questo codice: gli altri non sono elencati.",
        "Only {n} of the {top} clusters asked for cover activities of this code: the others are not listed.",
    ),
    # ------------------------------------------------------------------ regional calls (issue 15)
    # a call on the `ctl show` page: {title} carries its code, e.g. "Cluster Tecnologici ... (RLF12025051244)"
    "msg.show.call.window": (
        "{title} — domande dei cluster riconosciuti dal {opens} al {closes}",
        "{title} — applications by the recognised clusters from {opens} to {closes}",
    ),
    # after the window when the call closed before the dataset's date
    "msg.show.call.closed": ("{window} (chiuso)", "{window} (closed)"),
    # {amount} is grouped as the language writes numbers: 1.000.000 in Italian, 1,000,000 in English
    "msg.show.call.budget": ("dotazione {amount} €", "budget €{amount}"),
    "msg.sources.use.call": ("bando: {name}", "call: {name}"),
    "msg.diff.section.calls": ("Bandi regionali", "Regional calls"),
}
