"""Words of the interface in Italian and English (data texts live in the dataset)."""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str]] = {
    # key: (it, en)
    "id": ("id", "id"),
    "name": ("Nome", "Name"),
    "theme": ("Tema", "Theme"),
    "members": ("Membri", "Members"),
    "website": ("Sito web", "Website"),
    "acronym": ("Sigla", "Acronym"),
    "status": ("Stato", "Status"),
    "recognised": ("riconosciuto", "recognised"),
    "pending": ("in attesa di riconoscimento", "pending recognition"),
    "type": ("Tipo", "Type"),
    "city": ("Città", "City"),
    "province": ("Prov.", "Prov."),
    "clusters": ("Cluster", "Clusters"),
    "managing_body": ("Ente gestore", "Managing body"),
    "legal_form": ("Forma giuridica", "Legal form"),
    "founded": ("Fondato", "Founded"),
    "email": ("Email", "Email"),
    "phone": ("Telefono", "Phone"),
    "address": ("Indirizzo", "Address"),
    "people": ("Persone", "People"),
    "national_cluster": ("Cluster nazionale", "National cluster"),
    "s3_link": ("Legame con la S3", "Link to the S3"),
    "description": ("Descrizione", "Description"),
    "focus": ("Temi", "Focus topics"),
    "working_groups": ("Gruppi di lavoro", "Working groups"),
    "services": ("Servizi", "Services"),
    "networks": ("Reti e riconoscimenti", "Networks and labels"),
    "keywords": ("Parole chiave", "Keywords"),
    "score": ("Punteggio", "Score"),
    "members_listed": ("Membri elencati", "Members listed"),
    "matched": ("Parole in comune", "Matched words"),
    "close_members": ("Membri vicini", "Close members"),
    "member_count": ("Numero di membri", "Member count"),
    "member_breakdown": ("Composizione", "Breakdown"),
    "notes": ("Note", "Notes"),
    "sources": ("Fonti", "Sources"),
    "aliases": ("Altri nomi", "Also known as"),
    "as_of": ("al", "as of"),
    "date": ("Data", "Date"),
    "source": ("Fonte", "Source"),
    "supports": ("Cosa mostra", "What it shows"),
    "used_for": ("Usata per", "Used for"),
    "area": ("Area", "Area"),
    "lombard_clusters": ("Cluster lombardo", "Lombard cluster"),
    "note": ("Nota", "Note"),
    "unknown": ("non noto", "unknown"),
    "listed": ("elencati", "listed"),
    "basis": ("Base", "Basis"),
    "about": ("circa", "about"),
    "over": ("oltre", "over"),
    "exact": ("", ""),
    # roles
    "president": ("Presidente", "President"),
    "vice_president": ("Vicepresidente", "Vice-president"),
    "director": ("Direttore", "Director"),
    "cluster_manager": ("Cluster manager", "Cluster manager"),
    "secretary_general": ("Segretario generale", "Secretary general"),
    "coordinator": ("Coordinatore", "Coordinator"),
    # membership basis
    "member_list": ("elenco soci", "member list"),
    "founder": ("socio fondatore", "founding member"),
    "board": ("seggio nel consiglio", "board seat"),
    "own_statement": ("dichiarazione propria", "own statement"),
    "event": ("solo presenza a un evento", "event appearance only"),
    "inferred": ("dedotto", "inferred"),
}


def label(key: str, lang: str) -> str:
    pair = _LABELS.get(key)
    if pair is None:
        return key.replace("_", " ")
    return pair[0] if lang == "it" else pair[1]
