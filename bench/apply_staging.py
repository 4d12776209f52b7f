"""Apply a staging file of issue 15 (/work/shared/research/turn3/*.yaml) to a dataset, keeping the
dataset's comments and layout (ruamel.yaml round trip). Not shipped; a maintainer's tool.

    python bench/apply_staging.py STAGING.yaml [--data data/clusters.yaml] [-o OUT.yaml]

Applies, per organisation: status, successor and parent (only when they name an organisation of the
dataset), former_names, ror, wikidata, vat, codice_fiscale, pic. A source is an existing source id
or a new source record, added to `sources` under a new id. Skips, and lists, what it cannot apply
(an unknown organisation, a successor with no id, fields the schema has no place for yet: city,
type), and writes nothing when the result does not validate.

    python bench/apply_staging.py --cities STAGING.yaml [--data data/clusters.yaml]

Applies the staged cities (turn5's files: `org`, `city`, `province`, `source`, `confidence`) whose
confidence is `strong`, to organisations that have no city yet (or the same city with no source, which
then gets its `city_source`), with ctl reconcile's writer: the new
lines are inserted and every other byte of the file stays (no re-wrapping). Lists what it skips.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

FIELDS = ("status", "successor", "parent", "former_names", "ror", "wikidata", "vat", "codice_fiscale", "pic")


def _source(doc, value, added: dict) -> str:
    """The id of the source `value` (an id, or a new record added to doc's sources)."""
    if isinstance(value, str):
        return value
    key = value["url"]
    if key in added:
        return added[key]
    known = {s["url"]: s["id"] for s in doc["sources"]}
    if key in known:
        return known[key]
    base = re.sub(r"[^a-z0-9]+", "-", value["publisher"].lower()).strip("-")
    date = value.get("date")
    sid = f"{base}-{date}" if date else base
    ids = {s["id"] for s in doc["sources"]}
    n = 2
    while sid in ids:
        sid, n = f"{base}-{date or ''}-{n}".replace("--", "-"), n + 1
    record = {"id": sid, "url": value["url"], "publisher": value["publisher"]}
    for k in ("date", "title"):
        if value.get(k):
            record[k] = value[k]
    doc["sources"].append(record)
    added[key] = sid
    return sid


def apply(doc, staging: list, skipped: list) -> int:
    """Apply the staging items to doc in place; the number of facts applied."""
    orgs = {o["id"]: o for o in doc["organisations"]}
    added: dict = {}
    done = 0
    for item in staging:
        org = orgs.get(item.get("org"))
        if org is None:
            skipped.append((item.get("org"), "*", "no such organisation"))
            continue
        for key in item:
            if key in ("org", "note"):
                continue
            if key not in FIELDS:
                skipped.append((org["id"], key, "no field for it in this schema"))
                continue
            v = item[key]
            if key in ("successor", "parent"):
                if v.get("value") not in orgs:
                    skipped.append((org["id"], key, f"{v.get('name') or v.get('value')!r} is no organisation id"))
                    continue
                org[key] = {"org": v["value"], "source": _source(doc, v["source"], added)}
            elif key == "status":
                org[key] = {"value": v["value"], **({"since": v["since"]} if v.get("since") else {}),
                            "source": _source(doc, v["source"], added)}  # fmt: skip
            elif key == "former_names":
                new = [f for f in org.get("former_names") or [] if (f if isinstance(f, str) else f["name"]) not in
                       {x["name"] for x in v}]  # fmt: skip
                for f in v:
                    rec = {"name": f["name"], **({"until": f["until"]} if f.get("until") else {})}
                    if f.get("source"):
                        rec["source"] = _source(doc, f["source"], added)
                    new.append(rec)
                org[key] = new
            else:
                org[key] = {"value": str(v["value"]), "source": _source(doc, v["source"], added)}
            done += 1
    return done


def _source_id(record: dict, taken: set) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", record["publisher"].lower()).strip("-")
    sid = f"{base}-{record['date']}" if record.get("date") else base
    n = 2
    while sid in taken:
        sid, n = f"{base}-{record.get('date') or ''}-{n}".replace("--", "-"), n + 1
    taken.add(sid)
    return sid


def cities(staging: Path, data: Path) -> int:
    """Insert the strong staged cities into `data` (text insertion, see the module docstring)."""
    from ctl_cli.dataset.locate import decode, read_bytes
    from ctl_cli.reconcile import write

    doc = YAML(typ="safe", pure=True).load(decode(read_bytes(data), str(data)))
    orgs = {o["id"]: o for o in doc["organisations"]}
    by_url = {s["url"]: s["id"] for s in doc["sources"]}
    taken = set(by_url.values())
    changes: dict = {}
    new_sources: list = []
    for item in YAML(typ="safe", pure=True).load(staging.read_text(encoding="utf-8")) or []:
        org = orgs.get(item.get("org"))
        confirms = org is not None and org.get("city") == item.get("city") and not org.get("city_source")
        why = ("no such organisation" if org is None else
               "has a city already" if org.get("city") and not confirms else
               "weak evidence, left for review" if item.get("confidence") != "strong" else None)  # fmt: skip
        if why:
            print(f"  skipped {item.get('org')} ({item.get('city')}): {why}")
            continue
        src = item["source"]
        sid = by_url.get(src["url"])
        if sid is None:
            sid = by_url[src["url"]] = _source_id(src, taken)
            record = {"id": sid, "url": src["url"], "publisher": src["publisher"]}
            record.update({k: src[k] for k in ("date", "title", "supports") if src.get(k)})
            new_sources.append(record)
        fields = {"city": item["city"], **({"province": item["province"]} if item.get("province") else {})}
        changes[org["id"]] = {"city_source": sid} if confirms else {**fields, "city_source": sid}
    write.apply(data, changes, new_sources)
    print(f"applied {len(changes)} cities, {len(new_sources)} new sources")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--cities"]:
        ap = argparse.ArgumentParser()
        ap.add_argument("--cities", required=True)
        ap.add_argument("--data", default="data/clusters.yaml")
        a = ap.parse_args()
        return cities(Path(a.cities), Path(a.data))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("staging")
    ap.add_argument("--data", default="data/clusters.yaml")
    ap.add_argument("-o", "--output")
    args = ap.parse_args()
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 120
    doc = yaml.load(Path(args.data).read_text(encoding="utf-8"))
    staged = YAML(typ="safe", pure=True).load(Path(args.staging).read_text(encoding="utf-8"))
    items = staged["organisations"] if isinstance(staged, dict) else staged
    skipped: list = []
    done = apply(doc, items, skipped)
    out = io.StringIO()
    yaml.dump(doc, out)
    from ctl_cli.dataset.validate import parse
    from ctl_cli.errors import DatasetError

    try:
        parse(out.getvalue(), args.output or args.data)
    except DatasetError as e:
        for p in e.problems:
            print("invalid:", p, file=sys.stderr)
        return 1
    Path(args.output or args.data).write_text(out.getvalue(), encoding="utf-8")
    print(f"applied {done} facts; skipped {len(skipped)}:")
    for org, key, why in skipped:
        print(f"  {org} {key}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
