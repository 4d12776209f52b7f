"""The record of a regional call (issue 15), part of schema.RECORDS (which declares every record;
this one lives here to keep schema.py short). A call of the Region open to the clusters: its
window of applications, budget, who may apply, and its sources (the first the publisher's page).
Rules a field table cannot say (dates in order) are call_rules.py's. It takes schema.F as an argument
rather than import schema.py, which imports it (no import cycle)."""

from __future__ import annotations

from typing import Any

# Who may apply to a call: for now only "recognised", every recognised cluster.
ELIGIBLE = ("recognised",)


def call_fields(F: Any) -> dict[str, Any]:  # noqa: N803 - the class schema.F
    """The fields of a call, made with the field class schema.F."""
    return {
        "id": F("id", True),
        "title": F("string", True, "As published, in one string."),
        "publisher": F("string", True, "Who published the call (Regione Lombardia)."),
        "code": F("string", False, "The publisher's code of the call (RLF12025051244)."),
        "published": F("date", True, "When the call was published."),
        "opens": F("day", True, "The first day of applications (YYYY-MM-DD; the hour stays in the source)."),
        "closes": F("day", True, "The last day of applications (YYYY-MM-DD; the hour stays in the source)."),
        "budget_eur": F("euros", False, "The call's whole budget, in euros."),
        "eligible": F("enum", True, "Who may apply: recognised (every recognised cluster).", choices=ELIGIBLE),
        "note": F("prose", True, "What the call is for, in our own words."),
        "sources": F("sources", True, "One or more; the first is the publisher's page of the call."),
    }
