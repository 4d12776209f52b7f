"""Make a synthetic dataset N times the size of the bundled one, for benchmarks (not facts!).

The same clusters, member types and sources; the organisations and memberships are multiplied
with made-up but realistic names (Italian company-style names with legal forms), the real mix of
types, Lombard provinces and membership bases. With --notes every membership carries a note (a
made-up sentence of 60-120 characters, in English only, as {en: ...}), for about 6.5 MB of YAML at 100x.
The result is a valid ctl dataset:

    python bench/generate.py --scale 100 -o /tmp/ctl-100x.yaml
    python bench/generate.py --scale 100 --notes -o /tmp/ctl-100x-notes.yaml
    ctl --data /tmp/ctl-100x.yaml search --type startup --format json
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NO_VENV = "generate.py: {}; run it with the Python of ctl's venv (.venv/bin/python bench/generate.py ...)"
try:
    from ctl_cli import cache  # noqa: E402
except ImportError as missing:  # run by a Python without ctl's dependencies
    sys.exit(NO_VENV.format(missing))

from ctl_cli.dataset import locate  # noqa: E402
from ctl_cli.render.formats import to_yaml  # noqa: E402
from ctl_cli.text import org_key  # noqa: E402

FIRST = (
    "Officine Meccaniche Tecno Elettro Idro Termo Bio Agri Chimica Plast Metal Micro Nano Robo Aero Auto "
    "Energia Sistemi Soluzioni Laboratori Industrie Fonderie Costruzioni Impianti Servizi Digitale Smart Green "
    "Medical Pharma Food Logistica Trasporti Materiali Componenti Automazione Ingegneria Ricerca Innova"
).split()
SECOND = (
    "Lombarde Brianza Insubria Orobica Lariana Padana Bresciana Bergamasca Comasca Lecchese Varesina Pavese "
    "Cremonese Mantovana Lodigiana Valtellinese Milanese Ticino Adda Olona Lambro Seveso Oglio Serio Mincio "
    "Rossi Bianchi Colombo Ferrari Galli Conti Mariani Fontana Rinaldi Caruso Ferri Greco Villa Sala Brambilla"
).split()
THIRD = "Group Italia Europe Nord Sud Tech Lab Engineering Holding International Service Plus".split()
FORMS = ("S.p.A.", "S.r.l.", "Srl", "SpA", "S.r.l.s.", "Soc. Coop.", "")
CITIES = {
    "MI": ["Milano", "Sesto San Giovanni", "Legnano", "Rho"],
    "BG": ["Bergamo", "Dalmine", "Treviglio"],
    "BS": ["Brescia", "Lumezzane", "Desenzano del Garda"],
    "VA": ["Varese", "Busto Arsizio", "Gallarate", "Castellanza"],
    "CO": ["Como", "Cantù", "Erba"],
    "LC": ["Lecco", "Merate"],
    "MB": ["Monza", "Vimercate", "Agrate Brianza"],
    "PV": ["Pavia", "Vigevano"],
    "CR": ["Cremona", "Crema"],
    "MN": ["Mantova"],
    "LO": ["Lodi"],
    "SO": ["Sondrio"],
}

# Membership notes: a claim, where it was seen, then details until the note is long enough.
SAID = (
    "named as a member", "listed among the members", "one of the founders", "elencata tra i soci",
    "named as a partner", "socio aderente", "joined as an associate member", "indicata come socio",
)  # fmt: skip
SEEN = (
    "on the cluster's website", "in the 2023 annual report", "nel bilancio sociale", "in a regional press release",
    "nell'elenco soci pubblicato", "in a VareseNews article", "on the members page", "in the newsletter",
)  # fmt: skip
MORE = (
    "as of {month} {year}", "page last checked in {month} {year}", "con sede operativa a {city}",
    "in the {topic} working group", "partner del progetto {topic}", "joined in {year}",
    "under its former name", "the source gives no date", "current membership not checked",
    "via the {province} branch of Confindustria", "also active in the {topic} network",
)  # fmt: skip
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TOPICS = (
    "Industria 4.0", "idrogeno", "additive manufacturing", "smart mobility", "economia circolare", "digital health",
)  # fmt: skip


def note(rng: random.Random) -> str:
    """A made-up membership note, 60-120 characters."""
    target = rng.randint(60, 120)
    text = f"{rng.choice(SAID)} {rng.choice(SEEN)}"
    for more in rng.sample(MORE, len(MORE)):  # each detail at most once
        province = rng.choice(list(CITIES))
        more = more.format(
            month=rng.choice(MONTHS), year=rng.randint(2009, 2024), topic=rng.choice(TOPICS),
            city=rng.choice(CITIES[province]), province=province,
        )  # fmt: skip
        if len(text) >= target:
            break
        if len(text) + len(more) + 2 <= 120:
            text += rng.choice(("; ", ", ")) + more
    return text[0].upper() + text[1:]


def scaled(raw: dict, scale: int, seed: int = 1, notes: bool = False) -> dict:
    rng = random.Random(seed)
    doc = dict(raw)
    orgs = list(raw["organisations"])
    clusters = [dict(c, members=list(c.get("members", []))) for c in raw["clusters"]]
    types = [o["type"] for o in orgs]
    memberships = [(i, m) for i, c in enumerate(clusters) for m in c["members"]]
    source_ids = [s["id"] for s in raw["sources"]]
    used_names = {org_key(o["name"]) for o in orgs}
    n_new = len(orgs) * (scale - 1)
    for k in range(n_new):
        name = f"{rng.choice(FIRST)} {rng.choice(SECOND)}"
        if org_key(name) in used_names:  # a second firm of that name: tell them apart as people do
            name = f"{name} {rng.choice(THIRD)}"
        if org_key(name) in used_names:
            name = f"{name} {k + 1}"
        used_names.add(org_key(name))
        name = f"{name} {rng.choice(FORMS)}".strip()
        oid = f"synthetic-{k + 1}"
        province = rng.choice(list(CITIES))
        org = {
            "id": oid,
            "name": name,
            "type": rng.choice(types),
            "city": rng.choice(CITIES[province]),
            "province": province,
        }
        if org["type"] in ("sme", "startup", "large_company"):
            org["type_source"] = rng.choice(source_ids)
        orgs.append(org)
        # as many memberships per organisation as in the real data, on average
        for _ in range(1 if rng.random() < len(raw["organisations"]) / len(memberships) else 2):
            ci, m = rng.choice(memberships)
            if all(x["org"] != oid for x in clusters[ci]["members"]):
                clusters[ci]["members"].append({"org": oid, "basis": m["basis"], "source": rng.choice(source_ids)})
    if notes:  # a generator of its own: the same organisations and memberships as without notes
        notes_rng = random.Random(-seed)
        for c in clusters:
            c["members"] = [m if m.get("note") else dict(m, note={"en": note(notes_rng)}) for m in c["members"]]
    doc["organisations"] = orgs
    doc["clusters"] = clusters
    doc["dataset"] = dict(raw["dataset"], title=f"{raw['dataset']['title']} (synthetic, {scale}x)")
    return doc


def _positive(text: str) -> int:
    """--scale's value: a whole number of 1 or more (argparse reports anything else as a usage error)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=_positive, default=10, help="how many times the bundled data (1 or more)")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--notes", action="store_true", help="give every membership a note (about 6 MB at 100x)")
    args = parser.parse_args()
    if not Path(args.output).parent.is_dir():
        parser.error(f"no folder {Path(args.output).parent}: make it first (mkdir -p {Path(args.output).parent})")
    try:
        raw = cache.load_path(locate.bundled_path()).raw
    except ImportError as missing:  # a dependency imported only when a dataset is read
        sys.exit(NO_VENV.format(missing))
    doc = scaled(raw, args.scale, args.seed, args.notes)
    Path(args.output).write_text(
        f"# SYNTHETIC benchmark data ({args.scale}x), made by bench/generate.py: not facts.\n" + to_yaml(doc),
        encoding="utf-8",
    )
    n_orgs = len(doc["organisations"])
    n_members = sum(len(c["members"]) for c in doc["clusters"])
    print(f"{args.output}: {n_orgs} organisations, {n_members} memberships", file=sys.stderr)


if __name__ == "__main__":
    main()
