"""ctl schema: the JSON Schema of a dataset file."""

from __future__ import annotations


def run() -> None:
    import json

    from ..dataset.json_schema import json_schema
    from ..render.output import write

    write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
