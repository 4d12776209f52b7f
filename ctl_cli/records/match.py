"""What `ctl match` compares a description with: each cluster's own texts, with the weight of the
field they stand in, stemmed once into a profile, and its members' names. Built once per dataset;
the index stores it."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from ..text import fold
from .terms import LANGS, stem, terms, what_it_does, words

if TYPE_CHECKING:
    from ..dataset.model import Cluster, Dataset

_WORD = re.compile(r"\w+")  # a word as a text writes it: fold() of one is the folded word terms() gives

# How much a word counts, by where it stands in a cluster's record. Notes, sources and their titles
# are not here: they say where facts come from, not what a cluster does. Nor are its name and aliases:
# they say what the association is called ("Cluster di Alta Tecnologia", "Fondazione"), and the field
# its name names is its theme, which is here.
MATCH_FIELDS = (
    ("theme", 3.0),
    ("focus", 2.0),
    ("keywords", 2.0),
    ("description", 1.0),
    ("working_groups", 1.0),
    ("services", 0.5),
)


def cluster_texts(c: Cluster) -> list[tuple[float, str, str]]:
    """(weight, language, text) for every text of a cluster that match compares with, by MATCH_FIELDS;
    remarks about sources left out (records.terms.what_it_does)."""
    out: list[tuple[float, str, str]] = []
    for name, weight in MATCH_FIELDS:
        value = getattr(c, name)
        if name == "keywords":
            out += [(weight, lang, w) for lang, words in value for w in words]
        elif hasattr(value, "as_dict"):
            out += [(weight, lang, t) for lang, t in value.as_dict().items() if t]
        else:  # a list: of strings (in both languages) or of prose in both languages (focus, working groups...)
            for item in value:
                pairs = item.as_dict().items() if hasattr(item, "as_dict") else [(lang, item) for lang in LANGS]
                out += [(weight, lang, t) for lang, t in pairs if t]
    return [(w, lang, what_it_does(t)) for w, lang, t in out]


def profile(texts: list[tuple[float, str, str]]) -> dict[str, list[Any]]:
    """stem -> [weight, word, other words...]: the highest weight a stem has in a cluster's texts, the first
    word that gave it that weight and the other words of its texts with the same stem, each as the text
    writes it, lower-cased ('città', not the folded 'citta'; 'cosmetici' beside 'cosmetics'): `ctl match`
    shows, of them, the one most like the word typed."""
    out: dict[str, list[Any]] = {}
    for weight, lang, text in texts:
        written = {fold(t): t.lower() for t in _WORD.findall(text)}
        for s, w in terms(text, lang):
            word = written.get(w, w)
            if s not in out:
                out[s] = [weight, word]
            elif weight > out[s][0]:
                out[s] = [weight, word, *(x for x in out[s][1:] if x != word)]
            elif word not in out[s][1:]:
                out[s].append(word)
    return out


def match_entry(ds: Dataset, c: Cluster) -> dict[str, Any]:
    """{id, status, name {it,en}, theme {it,en}, profile: {stem: [weight, word, other words...]}, members: [[id, name,
    type, [stems]]]} of one cluster, in the dataset's member order."""
    orgs = [ds.organisations[m.org] for m in c.members]
    return {
        "id": c.id,
        "status": c.status,
        "name": c.name.as_dict(),
        "theme": c.theme.as_dict(),
        "profile": profile(cluster_texts(c)),
        "members": [[o.id, o.name, o.type, name_stems(o.name)] for o in orgs],
    }


@functools.lru_cache(maxsize=4096)
def name_stems(name: str) -> list[str]:
    """The stems of an organisation's name in both languages, sorted (its words folded once, not once per
    language; an organisation in several clusters is stemmed once)."""
    ws = words(name)
    return sorted({stem(w, lang) for lang in LANGS for w in ws})
