"""ctl schema: the JSON Schema of a dataset file."""

from .options import LangOpt


def run(lang: LangOpt = None) -> None:  # JSON in every language: --lang is accepted, as by every command
    import json

    from ..dataset.json_schema import json_schema
    from ..render.output import write

    write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
