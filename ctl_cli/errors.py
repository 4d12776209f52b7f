"""Exit codes and the errors that map to them.

The lower layers raise these; only the CLI layer (commands/failures.py) turns them into messages
in the reader's language and exit codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum


class ExitCode(IntEnum):
    SUCCESS = 0
    NOT_FOUND = 1
    USAGE = 2
    INVALID_DATASET = 3
    INTERNAL = 4
    INTERRUPTED = 130
    BROKEN_PIPE = 141


class CtlError(Exception):
    """Base class of the errors ctl reports to the user (never with a traceback)."""

    exit_code = ExitCode.INTERNAL


class Problem:
    """One thing wrong in a dataset, with where it is (1-based line and column, None if unknown).

    `key` is a phrase-catalogue key (e.g. "check.not_url", filled in with `values`) or, for a message
    that comes from elsewhere (the YAML parser), the message itself; `label` is the dotted path of
    the field at fault ("clusters.0.website"), or "". str() gives "file:line:column: label: message"
    in English; text(lang) the same in another language; lines(lang) adds the line of advice (`hint`,
    a catalogue key and its values) that a YAML mistake may have."""

    __slots__ = ("file", "line", "column", "key", "values", "label", "hint")

    def __init__(
        self,
        file: str,
        line: int | None,
        column: int | None,
        key: str,
        values: dict | None = None,
        label: str = "",
        hint: tuple[str, dict] | None = None,
    ):
        self.file, self.line, self.column = file, line, column
        self.key, self.values, self.label = key, values or {}, label
        self.hint = hint  # (catalogue key, values) of a line of advice, or None

    def message(self, lang: str = "en") -> str:
        """What is wrong, without the place: "label: message" in `lang`."""
        from .phrases import has, phrase

        # a value that is itself a word of the catalogue (check.got.list, check.kind.source) is translated too
        values = {k: phrase(f"check.{k}.{v}", lang) if has(f"check.{k}.{v}") else v for k, v in self.values.items()}
        text = phrase(self.key, lang, **values) if has(self.key) else self.key
        return f"{self.label}: {text}" if self.label else text

    def text(self, lang: str = "en") -> str:
        """The whole report line in `lang`: "file:line:column: label: message"."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message(lang)}"

    def lines(self, lang: str = "en") -> list[str]:
        """The report line (text), and under it the advice, if any ("  hint: ..."), in `lang`."""
        if self.hint is None:
            return [self.text(lang)]
        from .phrases import phrase

        key, values = self.hint
        return [self.text(lang), phrase("msg.yaml.hint", lang, hint=phrase(key, lang, **values))]

    def __repr__(self) -> str:
        return f"Problem({self.file!r}, {self.line!r}, {self.column!r}, {self.key!r}, {self.values!r}, {self.label!r})"

    def __str__(self) -> str:
        return self.text("en")


class DatasetError(CtlError):
    """The dataset is missing, unreadable, not YAML or does not match the schema. rules_only: its shape
    is right and only cross-record rules (dataset/rules.RULES) refuse it, the case `ctl diff --lenient`
    can read."""

    exit_code = ExitCode.INVALID_DATASET

    def __init__(self, problems: list[Problem], rules_only: bool = False):
        self.problems = problems
        self.rules_only = rules_only
        super().__init__("\n".join(str(p) for p in problems))


class DatasetFileError(DatasetError):
    """The dataset file cannot be read at all: `kind` is "not_found", "is_dir", "cannot_read" or
    "too_large" (the catalogue's msg.dataset.KIND says it, with the path and `problem.values`).
    Exit 3 like any dataset that cannot be used; its one problem has no line."""

    def __init__(self, kind: str, problem: Problem):
        self.kind = kind
        self.path = problem.file
        super().__init__([problem])


class NotFoundError(CtlError):
    """A reference (cluster, organisation) that the dataset does not have."""

    exit_code = ExitCode.NOT_FOUND

    def __init__(self, kind: str, ref: str, suggestions: list[str], hint: tuple[str, dict] | None = None):
        self.kind = kind
        self.ref = ref
        self.suggestions = suggestions
        self.hint = hint  # (a phrase-catalogue key, its values): a line that says what to do instead
        super().__init__(f"no {kind} matches {ref!r}")


class UsageError(CtlError):
    """A bad option value that only the dataset can judge (e.g. an unknown --type).

    valid: the valid values to list (none when there are too many, e.g. provinces); suggestions:
    the close ones ("did you mean"); hint: a phrase-catalogue key of a line saying what to give; labels:
    {valid value: {language: its label}}, shown beside each value in the reader's language where the label
    is not the value itself ('sme (PMI)'), since a label is taken as well as the value."""

    exit_code = ExitCode.USAGE

    def __init__(
        self,
        option: str,
        value: str,
        valid: list[str],
        suggestions: list[str] = (),
        hint: str | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
    ):
        self.option = option
        self.value = value
        self.valid = valid
        self.suggestions = list(suggestions)
        self.hint = hint
        self.labels = dict(labels or {})
        super().__init__(f"unknown value {value!r} for {option}; valid values: {', '.join(valid)}")


class BadRequest(CtlError):
    """Options that cannot work together, or an output that cannot be written (exit 2).

    key: the message's key in the phrase catalogue (msg.*), values: its fields. The hint, if the
    catalogue has one, is `key + ".hint"` with the same values. commands/failures.py words both in
    the reader's language; str(e) is the message in English.
    """

    exit_code = ExitCode.USAGE

    def __init__(self, key: str, **values: object):
        from .phrases import phrase

        self.key = key
        self.values = values
        super().__init__(phrase(key, "en", **self.values_in("en")))

    def values_in(self, lang: str) -> dict:
        """The message's values, worded in `lang` where one of them is a phrase (see WriteError) or names
        a help page's placeholder (`what`: 'TEXT' is 'TESTO' in Italian, phrases.placeholder)."""
        if "what" not in self.values:
            return self.values
        from .phrases import placeholder

        return {**self.values, "what": placeholder(str(self.values["what"]), lang)}


# Why a write failed, by errno: the key of the reason in the catalogue (msg.write.why.*).
WHY = {
    "ENOENT": "no_folder",
    "ENOTDIR": "not_a_folder",
    "EACCES": "denied",
    "EPERM": "denied",
    "EROFS": "read_only",
    "ENOSPC": "full",
    "EDQUOT": "full",
    "EFBIG": "too_large",
    "EISDIR": "is_dir",
    "ENAMETOOLONG": "name_too_long",
    "EIO": "io",
}
# The same for SQLite's own errors (sqlite3.Error.sqlite_errorname, Python 3.11+).
SQLITE_WHY = {"SQLITE_FULL": "full", "SQLITE_READONLY": "denied", "SQLITE_PERM": "denied", "SQLITE_CANTOPEN": "denied"}


def why(e: BaseException) -> tuple[str, str]:
    """(reason, detail) of a failed write: reason names a catalogue key msg.write.why.REASON ("full",
    "denied", "no_folder"..., "system" when none fits); detail is the system's own words, for "system"."""
    import errno as _errno

    name = _errno.errorcode.get(getattr(e, "errno", None) or 0, "")
    reason = WHY.get(name) or SQLITE_WHY.get(getattr(e, "sqlite_errorname", ""), "")
    if not reason and getattr(e, "sqlite_errorname", "").startswith("SQLITE_IOERR"):
        reason = "io"
    if not reason and "disk is full" in str(e):  # SQLite before Python 3.11 names no error code
        reason = "full"
    return reason or "system", str(getattr(e, "strerror", None) or e)


class WriteError(BadRequest):
    """A file, or standard output, that cannot be written (exit 2): `path`, and why in the reader's
    language (the catalogue's msg.write.why.REASON, see why()). Raised by the writers
    (export/files.py; __main__ for standard output) with the OSError or sqlite3.Error that stopped them."""

    def __init__(self, path: str, error: BaseException, key: str = "msg.export.cannot_write"):
        import os

        self.reason, self.detail = why(error)
        folder = os.path.dirname(path.rstrip("/")) or "."  # the folder that must exist (for "no_folder")
        super().__init__(key, path=path, reason=self.reason, detail=self.detail, folder=folder)

    def values_in(self, lang: str) -> dict:
        from .phrases import phrase

        return {**self.values, "reason": phrase(f"msg.write.why.{self.reason}", lang, detail=self.detail)}


class Unavailable(BadRequest):
    """Something asked for that cannot be done here (`ctl show X --web` with no web browser): exit 1.
    key and values as BadRequest."""

    exit_code = ExitCode.NOT_FOUND


class NotInstalled(BadRequest):
    """Something ctl needs is missing from its installation (PyYAML built without libyaml): exit 4,
    said with how to install it. key and values as BadRequest."""

    exit_code = ExitCode.INTERNAL


class AmbiguousError(CtlError):
    """A reference that names several things (`ctl org universita`): exit 1, with the candidates
    as (id, name) pairs."""

    exit_code = ExitCode.NOT_FOUND

    def __init__(self, kind: str, ref: str, candidates: list[tuple[str, str]]):
        self.kind = kind
        self.ref = ref
        self.candidates = candidates
        super().__init__(f"{len(candidates)} {kind}s match {ref!r}")


class UnknownFactError(CtlError):
    """A fact the dataset does not know, asked for by name (`ctl show X --web` with no website): exit 1."""

    exit_code = ExitCode.NOT_FOUND

    def __init__(self, fact: str, subject: str):
        self.fact = fact
        self.subject = subject
        super().__init__(f"no {fact} is known for {subject}")


class PipeClosed(BaseException):
    """Whoever reads our output has stopped (`ctl ... | head`). A BaseException, so that Click,
    which turns a broken pipe into exit 1, lets it through to __main__: quiet exit 141."""


class OutputFailed(BaseException):
    """A write to standard output failed for another reason than a closed pipe (`ctl list >
    /dev/full`: the disk is full). A BaseException, so that Click and rich let it through to
    __main__, which says why (see why()) and exits 2. `error`: the OSError."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.error = error
