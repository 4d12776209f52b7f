"""ctl reconcile: read a file downloaded from a public registry (CORDIS, ROR, the register of innovative
start-ups), match its rows with the dataset's organisations and propose sourced changes.

Below the commands and above the exporters (pyproject.toml, [tool.importlinter]). Never prints: the
command shows what these modules return. formats.py detects the format and streams rows.Row records
(cordis.py, ror.py, startups.py read one format each); match.py finds the organisation a row is about;
session.py runs it all against the dataset file and says which file --write may change; propose.py
turns matched rows into proposals, conflicts and source records; patch.py writes them as a YAML fragment
or JSON; write.py applies them to a dataset file (ruamel.yaml round trip). ruamel.yaml, openpyxl and ijson
are imported only inside the functions that need them.
"""
