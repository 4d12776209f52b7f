"""Put a built site in place: every page, the assets, the search index and the exports are written into
a temporary folder beside the target, which is then renamed onto it, so the site is there whole or
not at all. An existing target is replaced only with force. Nothing printed: progress goes to a
callback the command gives."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import BadRequest, WriteError
from ..export import files as export_files
from ..export.datapackage import descriptor
from ..export.tables import tables
from ..render.formats import to_json
from .content import Content
from .pages import ASSETS, INDEX_SCRIPT, Pages
from .searchindex import index_script

Step = Callable[[int, int], None]  # (pages done, pages in all)
MARK = ".ctl-site"  # written into every site: --force replaces only a folder that has it, or an empty one


def check_target(out: Path, force: bool) -> None:
    """BadRequest (exit 2) when `out` exists and force is not given (msg.site.exists); when it is not a
    folder (msg.site.not_a_folder), whatever force says; and when force is given for a folder that holds
    anything but a site ctl wrote (no MARK file in it: msg.site.not_a_site), so that --force never deletes
    a user's files ("-o . --force" in a home folder). The root folder is refused (msg.site.root)."""
    if out.exists() and not out.is_dir():
        raise BadRequest("msg.site.not_a_folder", path=str(out))
    if not Path(os.path.abspath(out)).name:
        raise BadRequest("msg.site.root", path=str(Path(os.path.abspath(out))))
    if out.exists() and not force:
        raise BadRequest("msg.site.exists", path=str(out))
    if out.is_dir() and not (out / MARK).is_file() and any(out.iterdir()):
        raise BadRequest("msg.site.not_a_site", path=str(out))


def build(content: Content, dataset: Any, out: Path, lang: str, force: bool, step: Step | None = None) -> int:
    """Write the site of `content` (the typed `dataset` gives the exports: export/tables.py) to the folder
    `out`, index.html in `lang`. Returns the number of files written. Raises BadRequest as
    check_target; WriteError (exit 2) naming the path when a file cannot be written (no permission, a
    missing parent, a full disk), and then nothing is left behind and an existing `out` is untouched."""
    check_target(out, force)
    out = Path(os.path.abspath(out))  # "." and "..": the folder they name (no symlink followed; root refused above)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir()
    except OSError as e:
        raise WriteError(str(out), e, "msg.export.cannot_create") from None
    try:
        count = _fill(tmp, content, dataset, lang, step)
        _swap(tmp, out)
    except OSError as e:
        raise WriteError(str(out), e) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return count


def _fill(root: Path, content: Content, dataset: Any, lang: str, step: Step | None) -> int:
    all_tables = tables(dataset)
    csv_dir = root / "downloads" / "csv"  # the CSV tables with their datapackage.json: ctl export's data package
    package = ("datapackage.json", to_json(descriptor(dataset, all_tables)))
    csv_dir.parent.mkdir()  # write_csv_dir makes only the folder it is given (3c6d9cf), not downloads/ above it
    export_files.write_csv_dir(csv_dir, all_tables, force=False, extra=[package])
    export_files.write_sqlite(root / "downloads" / "ctl.sqlite", all_tables, force=False)
    pages = Pages(content, lang, [f"{t.name}.csv" for t in all_tables])
    (root / "assets").mkdir()
    for name in ASSETS:
        (root / name).write_bytes(files("ctl_cli.site").joinpath("templates", Path(name).name).read_bytes())
    (root / MARK).write_text("This folder was written by `ctl site`; `ctl site --force` replaces it whole.\n")
    statuses = {s["id"]: s["status"] for s in content.summaries}
    (root / INDEX_SCRIPT).write_text(index_script(content.hits, content.orgs, statuses), encoding="utf-8")
    done = 0
    for path, html in pages.pages():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        done += 1
        if step:
            step(done, pages.total)
    return done + len(ASSETS) + 2 + len(all_tables)


def _swap(tmp: Path, out: Path) -> None:
    """Rename the finished `tmp` onto `out`; an existing `out` is moved aside first and removed only once
    the new site is in place (put back if the rename fails)."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = out.with_name(f".{out.name}.{os.getpid()}.old")
    os.replace(out, old)
    try:
        os.replace(tmp, out)
    except OSError:
        with contextlib.suppress(OSError):
            os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
