"""ctl match, issue 13 (principled ranking rules), each on made-up clusters rather than on the evaluation set:
what a cluster is called is not what it does."""

from __future__ import annotations

from types import SimpleNamespace

from ctl_cli.dataset.model import Text
from ctl_cli.query.match import match
from ctl_cli.records.match import cluster_texts, profile


def made_up(cid: str, theme: str, name: str = "", description: str = "", aliases: tuple[str, ...] = ()) -> dict:
    """A match entry (records/match.match_entry's shape) of a cluster with these Italian texts only."""
    c = SimpleNamespace(
        theme=Text(it=theme), name=Text(it=name), aliases=aliases, focus=(), keywords=(),
        description=Text(it=description), working_groups=(), services=(),
    )  # fmt: skip
    return {"id": cid, "status": "recognised", "name": {"it": name}, "theme": {"it": theme},
            "profile": profile(cluster_texts(c)), "members": []}  # fmt: skip


def test_a_clusters_name_and_aliases_are_not_compared():
    dairy = made_up("dairy", "formaggi e latte", name="Cluster di Alta Tecnologia Lattiero", aliases=("Alta Tec",))
    grid = made_up("grid", "reti elettriche", description="linee ad alta tensione")
    assert "alt" not in dairy["profile"] and "lattier" not in dairy["profile"]
    ranked = [m.cluster["id"] for m in match([dairy, grid], "cavi per alta tensione") if m.score > 0]
    assert ranked == ["grid"]
