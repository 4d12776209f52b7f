"""The record of an organisation's EU research project (issue 16), part of schema.RECORDS (which declares
every record; this one lives here to keep schema.py short, as call_schema.py does). Filled by `ctl
reconcile` from a CORDIS organization.csv (projectID, projectAcronym). It takes schema.F as an argument
rather than import schema.py, which imports it (no import cycle)."""

from __future__ import annotations

from typing import Any


def project_fields(F: Any) -> dict[str, Any]:  # noqa: N803 - the class schema.F
    """The fields of an EU project, made with the field class schema.F."""
    return {
        "id": F("project_id", True, "The CORDIS projectID (grant agreement number), quoted: '101057437'."),
        "acronym": F("string", True, "The project's acronym, as CORDIS writes it (projectAcronym)."),
        "programme": F("string", False, "The framework programme (HORIZON, H2020...) when the source says it."),
        "source": F("source", True, "The source that shows the participation (a CORDIS download and its row)."),
    }
