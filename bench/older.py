"""The 100x-with-notes dataset as ctl before the bilingual texts reads it (commit 6fbcfa5 and its
like), for a before/after comparison of cold runs on the same organisations, memberships and notes.

Texts written {it, en} become one plain string (the English, else the Italian), except the fields
that were bilingual already then (clusters' name, theme, description and s3_link, national clusters'
area, member types' label); fields and sections that came later are dropped (the calls;
organisations' identifiers, places' sources, history and aliases; sources' locator; clusters' ATECO
codes; the licence id).

    python bench/older.py /tmp/ctl-100x-notes.yaml /tmp/ctl-100x-notes-older.yaml
"""

from __future__ import annotations

import copy
import sys

import yaml

ORG_FIELDS = {"city", "former_names", "id", "name", "note", "province", "type", "type_source"}
SOURCE_FIELDS = {"date", "id", "publisher", "supports", "title", "url"}
SECTIONS = {"clusters", "dataset", "member_types", "national_clusters", "organisations", "sources"}
BILINGUAL_THEN = {"clusters": ("theme", "name", "description", "s3_link"), "national_clusters": ("area",),
                  "member_types": ("label",)}  # fmt: skip


def plain(v):
    """Every {it, en} text in v as one string (the English, else the Italian)."""
    if isinstance(v, dict):
        if v and set(v) <= {"it", "en"} and all(isinstance(x, str) for x in v.values()):
            return v.get("en") or v.get("it")
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v


def older(doc: dict) -> dict:
    """The document `doc` (today's schema) in the older schema."""
    out = plain(copy.deepcopy(doc))
    for section, fields in BILINGUAL_THEN.items():
        for then, now in zip(out[section], doc[section], strict=True):
            then.update({f: now[f] for f in fields if f in now})
    for k in set(out) - SECTIONS:  # sections that came later (calls)
        del out[k]
    out["dataset"].pop("licence_id", None)
    for o in out["organisations"]:
        for k in set(o) - ORG_FIELDS:
            del o[k]
        if "former_names" in o:
            o["former_names"] = [f["name"] if isinstance(f, dict) else f for f in o["former_names"]]
    for s in out["sources"]:
        for k in set(s) - SOURCE_FIELDS:
            del s[k]
        if not isinstance(s.get("supports", ""), str):
            s["supports"] = str(s["supports"])
    for c in out["clusters"]:
        c.pop("ateco", None)
    return out


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] in ("-h", "--help"):
        sys.exit("usage: python bench/older.py DATASET.yaml OLDER.yaml  (see the docstring)")
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=yaml.CSafeLoader)
    with open(target, "w", encoding="utf-8") as f:
        yaml.dump(older(doc), f, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=110)


if __name__ == "__main__":
    main()
