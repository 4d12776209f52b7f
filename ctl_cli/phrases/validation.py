"""Messages of `ctl validate` (and of every load): what is wrong in a dataset, placed after the file,
line, column and the path of the field at fault. Keys are check.CODE, CODE as dataset/walk.py and
dataset/rules.py report it."""

PHRASES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ the YAML itself (dataset/strict_yaml.py)
    "check.yaml_tag": ("tag YAML non supportato {tag}", "unsupported YAML tag {tag}"),
    "check.yaml_anchor": (
        "l'ancora YAML &{anchor} non è ammessa (scrivi il valore per esteso)",
        "YAML anchor &{anchor} is not allowed (write the value out)",
    ),
    "check.yaml_alias": (
        "l'alias YAML *{anchor} non è ammesso (scrivi il valore per esteso)",
        "YAML alias *{anchor} is not allowed (write the value out)",
    ),
    "check.yaml_merge_key": ("le chiavi di unione YAML (<<) non sono ammesse", "YAML merge keys (<<) are not allowed"),
    "check.yaml_key_not_plain": (
        "le chiavi di una mappa devono essere semplici stringhe",
        "mapping keys must be plain strings",
    ),
    "check.yaml_duplicate_key": ("chiave ripetuta {name}", "duplicate key {name}"),
    "check.yaml_one_document": (
        "un file di dataset contiene un solo documento YAML",
        "only one YAML document is allowed in a dataset file",
    ),
    "check.yaml_invalid": ("YAML non valido: {error}", "invalid YAML: {error}"),
    # libyaml's own words (dataset/yaml_words.py: LIBYAML_PROBLEMS, LIBYAML_CONTEXTS): in English exactly as libyaml writes them
    "check.yaml_syntax": ("{yaml_problem}", "{yaml_problem}"),
    "check.yaml_syntax_in": ("{yaml_problem} ({yaml_context})", "{yaml_problem} ({yaml_context})"),
    "check.yaml_problem.mapping_values": (
        "qui non può esserci un valore di mappa (': ')",
        "mapping values are not allowed in this context",
    ),
    "check.yaml_problem.mapping_keys": (
        "qui non può esserci una chiave di mappa ('? ')",
        "mapping keys are not allowed in this context",
    ),
    "check.yaml_problem.sequence_entries": (
        "qui non può esserci un elemento di lista ('- ')",
        "block sequence entries are not allowed in this context",
    ),
    "check.yaml_problem.no_colon": ("manca il ':' atteso", "could not find expected ':'"),
    "check.yaml_problem.bad_character": (
        "c'è un carattere con cui nulla può cominciare",
        "found character that cannot start any token",
    ),
    "check.yaml_problem.tab_indentation": (
        "una tabulazione rompe il rientro",
        "found a tab character that violates indentation",
    ),
    "check.yaml_problem.tab_for_space": (
        "c'è una tabulazione dove il rientro vuole spazi",
        "found a tab character where an indentation space is expected",
    ),
    "check.yaml_problem.end_of_stream": ("il file finisce prima del previsto", "found unexpected end of stream"),
    "check.yaml_problem.document_indicator": (
        "un segno di documento ('---' o '...') inatteso",
        "found unexpected document indicator",
    ),
    "check.yaml_problem.unknown_escape": ("sequenza di escape sconosciuta", "found unknown escape character"),
    "check.yaml_problem.no_hex": ("manca la cifra esadecimale attesa", "did not find expected hexdecimal number"),
    "check.yaml_problem.bad_unicode_escape": (
        "codice di escape Unicode non valido",
        "found invalid Unicode character escape code",
    ),
    "check.yaml_problem.no_alphanumeric": (
        "manca la lettera o cifra attesa",
        "did not find expected alphabetic or numeric character",
    ),
    "check.yaml_problem.no_document_start": (
        "manca l'inizio di documento atteso ('---')",
        "did not find expected <document start>",
    ),
    "check.yaml_problem.no_node_content": ("manca il valore atteso", "did not find expected node content"),
    "check.yaml_problem.no_key": ("manca la chiave attesa", "did not find expected key"),
    "check.yaml_problem.no_dash": ("manca il '-' atteso", "did not find expected '-' indicator"),
    "check.yaml_problem.no_comma_bracket": ("manca la ',' o la ']' attesa", "did not find expected ',' or ']'"),
    "check.yaml_problem.no_comma_brace": ("manca la ',' o la '}}' attesa", "did not find expected ',' or '}}'"),
    "check.yaml_problem.no_line_break": (
        "manca il commento o l'a capo atteso",
        "did not find expected comment or line break",
    ),
    "check.yaml_problem.zero_indentation": (
        "l'indicatore di rientro vale 0",
        "found an indentation indicator equal to 0",
    ),
    "check.yaml_problem.duplicate_yaml_directive": ("direttiva %YAML ripetuta", "found duplicate %YAML directive"),
    "check.yaml_problem.duplicate_tag_directive": ("direttiva %TAG ripetuta", "found duplicate %TAG directive"),
    "check.yaml_problem.incompatible_document": (
        "documento YAML di una versione incompatibile",
        "found incompatible YAML document",
    ),
    "check.yaml_problem.undefined_tag_handle": ("prefisso di tag non definito", "found undefined tag handle"),
    "check.yaml_context.next_token": ("leggendo il simbolo seguente", "while scanning for the next token"),
    "check.yaml_context.simple_key": ("leggendo una chiave", "while scanning a simple key"),
    "check.yaml_context.plain_scalar": ("leggendo un valore senza virgolette", "while scanning a plain scalar"),
    "check.yaml_context.quoted_scalar": ("leggendo un valore tra virgolette", "while scanning a quoted scalar"),
    "check.yaml_context.quoted_scalar_parsing": (
        "leggendo un valore tra virgolette",
        "while parsing a quoted scalar",
    ),
    "check.yaml_context.block_scalar": ("leggendo un blocco di testo (| o >)", "while scanning a block scalar"),
    "check.yaml_context.anchor": ("leggendo un'ancora", "while scanning an anchor"),
    "check.yaml_context.alias": ("leggendo un alias", "while scanning an alias"),
    "check.yaml_context.tag": ("leggendo un tag", "while scanning a tag"),
    "check.yaml_context.directive": ("leggendo una direttiva", "while scanning a directive"),
    "check.yaml_context.block_mapping": ("leggendo una mappa (chiave: valore)", "while parsing a block mapping"),
    "check.yaml_context.block_collection": ("leggendo una lista (- ...)", "while parsing a block collection"),
    "check.yaml_context.flow_sequence": ("leggendo una lista tra quadre", "while parsing a flow sequence"),
    "check.yaml_context.flow_mapping": ("leggendo una mappa tra graffe", "while parsing a flow mapping"),
    "check.yaml_context.block_node": ("leggendo un valore", "while parsing a block node"),
    "check.yaml_context.flow_node": ("leggendo un valore tra parentesi", "while parsing a flow node"),
    "check.yaml_context.node": ("leggendo un valore", "while parsing a node"),
    "check.empty_file": (
        "il file è vuoto",
        "the file is empty",
    ),
    "check.not_mapping": (
        "deve essere una mappa (chiave: valore), trovato {got}",
        "must be a mapping, got {got}",
    ),
    "check.missing_field": (
        "manca il campo obbligatorio {field!r}",
        "missing required field {field!r}",
    ),
    "check.unknown_field": (
        "campo sconosciuto {field!r} (ammessi: {allowed})",
        "unknown field {field!r} (allowed: {allowed})",
    ),
    "check.not_string": (
        "deve essere una stringa, trovato {got}",
        "must be a string, got {got}",
    ),
    "check.empty": (
        "non deve essere vuoto",
        "must not be empty",
    ),
    "check.not_id": (
        "{value!r} non è un id kebab-case (a-z, 0-9, -)",
        "{value!r} is not a kebab-case id (a-z, 0-9, -)",
    ),
    "check.not_snake": (
        "{value!r} non è un id snake_case",
        "{value!r} is not a snake_case id",
    ),
    "check.not_url": (
        "{value!r} non è un URL http(s)",
        "{value!r} is not an http(s) URL",
    ),
    "check.not_email": (
        "{value!r} non è un indirizzo email",
        "{value!r} is not an email address",
    ),
    "check.date_form": (
        "deve essere una data scritta AAAA, AAAA-MM o AAAA-MM-GG",
        "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    "check.date_unreal": (
        "{value!r} non è una data esistente",
        "{value!r} is not a real date",
    ),
    "check.date_future": (
        "{value!r} è nel futuro",
        "{value!r} is in the future",
    ),
    "check.province_type": (
        "deve essere una sigla di provincia tra virgolette, trovato {got}",
        "must be a quoted province code, got {got}",
    ),
    "check.province": (
        "{value!r} non è una sigla di provincia italiana",
        "{value!r} is not an Italian province code",
    ),
    "check.province_case": (
        "{value!r} non è una sigla di provincia italiana; forse {close!r}? (le sigle si scrivono in maiuscolo, tra virgolette)",
        "{value!r} is not an Italian province code; did you mean {close!r}? (codes are upper case, quoted)",
    ),
    "check.not_choice_close": (
        "{value!r} non è tra: {choices}; forse {close!r}?",
        "{value!r} is not one of: {choices}; did you mean {close!r}?",
    ),
    "check.not_choice": (
        "{value!r} non è tra: {choices}",
        "{value!r} is not one of: {choices}",
    ),
    "check.not_whole": (
        "deve essere un numero intero, trovato {got}",
        "must be a whole number, got {got}",
    ),
    "check.negative": (
        "non deve essere negativo",
        "must not be negative",
    ),
    "check.founding_year": (
        "{value} non è un anno di fondazione plausibile (dal {least} all'anno della data as_of del dataset)",
        "{value} is not a plausible founding year (from {least} to the year of the dataset's as_of date)",
    ),
    "check.needs_text": (
        "serve un testo 'it' o 'en'",
        "needs an 'it' or an 'en' text",
    ),
    "check.not_strings": (
        "deve essere un elenco di stringhe, trovato {got}",
        "must be a list of strings, got {got}",
    ),
    "check.not_string_item": (
        "deve essere una stringa non vuota, trovato {got}",
        "must be a non-empty string, got {got}",
    ),
    "check.not_list": (
        "deve essere un elenco, trovato {got}",
        "must be a list, got {got}",
    ),
    "check.not_category": (
        "{field!r} non è una categoria snake_case",
        "{field!r} is not a snake_case category",
    ),
    "check.duplicate_id": (
        "id {kind} {value!r} duplicato (definito la prima volta alla riga {line})",
        "duplicate {kind} id {value!r} (first defined on line {line})",
    ),
    "check.unknown_source": (
        "la fonte {value!r} non è tra le fonti (sources) del dataset",
        "source {value!r} is not in the dataset's sources",
    ),
    "check.unknown_type": (
        "{value!r} non è un tipo di socio ({types})",
        "{value!r} is not a member type ({types})",
    ),
    "check.not_a_comune": (
        "{value!r} non è un comune della provincia {province} (elenco dei comuni ISTAT)",
        "{value!r} is not a municipality of the province {province} (ISTAT's list of municipalities)",
    ),
    "check.not_a_comune_close": (
        "{value!r} non è un comune della provincia {province}; forse {close!r}?",
        "{value!r} is not a municipality of the province {province}; did you mean {close!r}?",
    ),
    "check.unknown_type_close": (
        "{value!r} non è un tipo di socio; forse {close!r}? ({types})",
        "{value!r} is not a member type; did you mean {close!r}? ({types})",
    ),
    "check.unknown_national": (
        "{value!r} non è tra i national_clusters",
        "{value!r} is not in national_clusters",
    ),
    "check.unknown_org": (
        "l'organizzazione {value!r} non è tra le organisations",
        "organisation {value!r} is not in organisations",
    ),
    "check.org_twice": (
        "l'organizzazione {value!r} compare due volte in questo cluster",
        "organisation {value!r} is listed twice in this cluster",
    ),
    "check.same_name": (
        "{value!r} ha lo stesso nome dell'organizzazione {other!r}, a parte maiuscole, accenti, punteggiatura e forma giuridica; scrivila una volta sola e usa quell'id",
        "{value!r} is the same name as organisation {other!r} once case, accents, punctuation and legal forms are ignored; write it once and refer to that id",
    ),
    "check.same_name_line": (
        "{value!r} ha lo stesso nome dell'organizzazione {other!r} (riga {line}), a parte maiuscole, accenti, punteggiatura e forma giuridica; scrivila una volta sola e usa quell'id",
        "{value!r} is the same name as organisation {other!r} (line {line}) once case, accents, punctuation and legal forms are ignored; write it once and refer to that id",
    ),
    "check.same_as_name": (
        "{value!r} è il nome dell'organizzazione, a parte maiuscole, accenti e punteggiatura: toglilo",
        "{value!r} is the organisation's name once case, accents and punctuation are ignored: remove it",
    ),
    "check.same_as_other": (
        "{value!r} ripete {other!r}, a parte maiuscole, accenti e punteggiatura: tienine uno",
        "{value!r} repeats {other!r} once case, accents and punctuation are ignored: keep one",
    ),
    "check.needs_type_source": (
        "il tipo {value!r} richiede type_source: la fonte che lo chiama così o ne indica la dimensione (altrimenti il tipo è 'other')",
        "type {value!r} needs type_source: the source that calls it so or gives its size (otherwise the type is 'other')",
    ),
    "check.no_member_count": (
        "elenca {listed} soci ma non ha member_count; aggiungi members_note per dire che il totale non è noto",
        "lists {listed} members but has no member_count; add members_note saying that the total is unknown",
    ),
    "check.unknown_ateco": (
        "{value!r} non è un codice ATECO 2025 (una lettera di sezione, una divisione come 10, un gruppo come 10.5...)",
        "{value!r} is not an ATECO 2025 code (a section letter, a division such as 10, a group such as 10.5...)",
    ),
    "check.editorial_needs_reason": (
        "una riga ATECO con basis: editorial deve dire perché, in italiano e in inglese (reason con it ed en)",
        "an ATECO row with basis: editorial must say why, in Italian and English (a reason with it and en)",
    ),
    "check.ateco_needs_source": (
        "la riga ATECO {value!r} deve citare una fonte (source), oppure essere basis: editorial con un reason",
        "the ATECO row {value!r} must cite a source, or be basis: editorial with a reason",
    ),
    "check.no_source": (
        "manca la fonte: aggiungi field_sources.{field}",
        "has no source: add field_sources.{field}",
    ),
    "check.no_cluster": (
        "deve elencare almeno un cluster",
        "must list at least one cluster",
    ),
    "check.count_differs_exact": (
        "dichiara {value} soci ma ne elenca {listed}; aggiungi members_note per spiegare perché (un elenco pubblico parziale è un buon motivo)",
        "says {value} members but {listed} are listed; add members_note saying why (a partial public list is a fine reason)",
    ),
    "check.count_differs_about": (
        "dichiara circa {value} soci ma ne elenca {listed}; aggiungi members_note per spiegare perché (un elenco pubblico parziale è un buon motivo)",
        "says about {value} members but {listed} are listed; add members_note saying why (a partial public list is a fine reason)",
    ),
    "check.count_differs_over": (
        "dichiara oltre {value} soci ma ne elenca {listed}; aggiungi members_note per spiegare perché (un elenco pubblico parziale è un buon motivo)",
        "says over {value} members but {listed} are listed; add members_note saying why (a partial public list is a fine reason)",
    ),
    # the words filled into {got} and {kind} above
    "check.got.mapping": ("una mappa", "a mapping"),
    "check.got.list": ("un elenco", "a list"),
    "check.got.string": ("una stringa", "a string"),
    "check.got.boolean": ("un booleano", "a boolean"),
    "check.got.number": ("un numero", "a number"),
    "check.got.nothing": ("nulla", "nothing"),
    "check.kind.member_type": ("di tipo di socio", "member type"),
    "check.kind.source": ("di fonte", "source"),
    "check.kind.organisation": ("di organizzazione", "organisation"),
    "check.kind.cluster": ("di cluster", "cluster"),
    "check.kind.national_cluster": ("di cluster nazionale", "national cluster"),
    "check.one_language": (
        "testo in una sola lingua (letto come inglese): scrivilo in italiano e in inglese, con le chiavi it ed en",
        "text in one language only (read as English): write it in Italian and English, under the keys it and en",
    ),
    "check.warning": ("avviso: {message}", "warning: {message}"),
    # issue 15: organisations' history and identifiers
    "check.not_ror": (
        "{value!r} non è un id ROR (9 caratteri: 0, sei lettere o cifre, due cifre di controllo; senza https://ror.org/)",
        "{value!r} is not a ROR id (9 characters: 0, six letters or digits, two check digits; without https://ror.org/)",
    ),
    "check.not_qid": (
        "{value!r} non è un identificativo Wikidata (Q seguito da un numero)",
        "{value!r} is not a Wikidata id (Q and a number)",
    ),
    "check.not_pic": ("{value!r} non è un PIC dell'UE (9 cifre)", "{value!r} is not an EU PIC (9 digits)"),
    "check.not_project_id": (
        "{value!r} non è un id di progetto CORDIS (solo cifre, tra virgolette: '101057437')",
        "{value!r} is not a CORDIS project id (digits only, quoted: '101057437')",
    ),
    "check.project_twice": (
        "il progetto {value!r} è già elencato per questa organizzazione (riga {line})",
        "project {value!r} is already listed for this organisation (line {line})",
    ),
    "check.not_vat": (
        "{value!r} non è una partita IVA valida (11 cifre, eventualmente precedute da IT, con la cifra di controllo giusta)",
        "{value!r} is not a valid partita IVA (11 digits, IT in front or not, with the right check digit)",
    ),
    "check.not_codice_fiscale": (
        "{value!r} non è un codice fiscale valido (11 cifre o 16 caratteri, con il carattere di controllo giusto)",
        "{value!r} is not a valid codice fiscale (11 digits or 16 characters, with the right check character)",
    ),
    "check.link_to_itself": (
        "{field} indica l'organizzazione stessa ({value!r})",
        "{field} names the organisation itself ({value!r})",
    ),
    "check.unknown_link": (
        "{field}: {value!r} non è un'organizzazione del dataset",
        "{field}: {value!r} is not an organisation of the dataset",
    ),
    "check.link_cycle": (
        "seguendo {field} si torna al punto di partenza: {value}",
        "following {field} comes back to where it started: {value}",
    ),
    "check.retired_is_current": (
        "l'id ritirato {value!r} è l'id di un'organizzazione attuale",
        "the retired id {value!r} is the id of a current organisation",
    ),
    "check.retired_twice": (
        "l'id ritirato {value!r} è già ritirato da {other!r}",
        "the retired id {value!r} is already retired by {other!r}",
    ),
    # ------------------------------------------------------------------ bounds of numbers (issue 14)
    "check.count_too_large": (
        "{value} è troppo grande: un conteggio arriva al massimo a {most}",
        "{value} is too large: a count is at most {most:,}",
    ),
    "check.founded_after_as_of": (
        "{value} è dopo l'anno della data as_of del dataset ({year}): un anno di fondazione non può esserlo",
        "{value} is after the year of the dataset's as_of date ({year}): a founding year cannot be",
    ),
    "check.number_too_long": (
        "un numero di {digits} cifre: nessun campo del dataset ne contiene uno così lungo",
        "a number of {digits} digits: no field of a dataset holds one that long",
    ),
    # ------------------------------------------------------------------ regional calls (issue 15)
    "check.day_form": (
        "{value!r} deve essere una data intera scritta AAAA-MM-GG",
        "{value!r} must be a whole date written YYYY-MM-DD",
    ),
    "check.day_time": (
        "{value!r} ha un'ora: scrivi solo la data, {day!r} (l'ora resta nella fonte)",
        "{value!r} has an hour: write the date only, {day!r} (the hour stays in the source)",
    ),
    "check.euros_bounds": (
        "{value} non è una somma in euro plausibile (da {least} a {most})",
        "{value} is not a plausible sum of euros (from {least} to {most:,})",
    ),
    "check.call_order": (
        "{field} {value!r} è prima di {other} {other_value!r}: un bando è pubblicato, poi apre, poi chiude",
        "{field} {value!r} is before {other} {other_value!r}: a call is published, then opens, then closes",
    ),
    "check.call_no_source": (
        "serve almeno una fonte: la prima è la pagina del bando di chi lo pubblica",
        "needs at least one source: the first is the publisher's page of the call",
    ),
}
