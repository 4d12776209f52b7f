"""The files a release ships at the top level: LICENSE (MIT, as pyproject.toml says), CHANGELOG.md and
CONTRIBUTING.md, whose worked example is the bundled data's own records (so it cannot drift from the schema)."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_licence_is_mit_as_pyproject_says():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Copyright (c) 2026 the ctl authors" in text
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_worked_example_is_the_bundled_data():
    raw = yaml.safe_load((ROOT / "data" / "clusters.yaml").read_text(encoding="utf-8"))
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", CONTRIBUTING, re.S)]
    source, org, membership = (b[0] for b in blocks)
    assert source in raw["sources"]
    assert org in raw["organisations"]
    mobility = next(c for c in raw["clusters"] if c["id"] == "mobility")
    assert membership in mobility["members"]


def test_contributing_walks_through_validate_diff_and_submitting():
    for words in ("ctl validate data/clusters.yaml", "ctl diff ", "ctl reconcile", "merge request", "source"):
        assert words in CONTRIBUTING


def test_the_sdist_ships_licence_changelog_and_contributing(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "-o", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    [sdist] = tmp_path.glob("ctl-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {Path(n).name for n in tar.getnames() if n.count("/") == 1}
    assert {"LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "README.md"} <= names


def test_the_dataset_version_has_its_data_release_in_the_changelog():
    """A data release is a change of dataset.version: CHANGELOG.md records each one, made with ctl diff."""
    raw = yaml.safe_load((ROOT / "data" / "clusters.yaml").read_text(encoding="utf-8"))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = raw["dataset"]["version"]
    section = changelog.split(f"## Data release {version} (")[1].split("\n## ")[0]
    assert "ctl diff " in section and f"to data/clusters.yaml ({version}," in section
