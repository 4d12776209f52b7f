"""How `ctl match --ateco` read the code typed: in which ATECO edition, with which title in each language,
and what it stood for in an older edition that gave the same code another meaning."""

from __future__ import annotations

from typing import Any

from .match import dotted


def code_reading(classification: Any, code: str) -> dict[str, Any] | None:
    """{code: as ISTAT writes it (query.match.dotted), edition: the first of '2025', '2022', '2007' that has it,
    title {it: ISTAT's title in that edition, en: NACE Rev. 2.1's English title of the same code, only for an
    ATECO 2025 entry at NACE's levels, else null}, targets: [the ATECO 2025 codes it stands for], before:
    {edition, title, targets} of the same code in the next older edition when it meant something else there
    (ISTAT's correspondence takes it to ATECO 2025 codes other than itself), else null}, read from the index's
    classification (cache/ateco.Classification.code and .nodes); None when no edition has the code. Section M
    is ATECO 2025's 'ATTIVITÀ IMMOBILIARI', and was 'ATTIVITÀ PROFESSIONALI, SCIENTIFICHE E TECNICHE' in ATECO
    2022 (now C, N, O): `before` says so; 10.51, reworded but the same activity, has none. Raises the index's
    Broken as the classification does."""
    typed = dotted(code)
    found = classification.code(typed)
    if not found:
        return None
    (edition, title, targets), older = found[0], found[1:]
    english = None
    if edition == "2025":
        node = classification.nodes([typed]).get(typed)
        english = node[3] if node else None
    before = next(({"edition": e, "title": t, "targets": x} for e, t, x in older[:1] if x and typed not in x), None)
    return {"code": typed, "edition": edition, "title": {"it": title, "en": english}, "targets": targets,
            "before": before}  # fmt: skip
