"""Entry point: `ctl` and `python -m ctl_cli`.

The one place where the process ends: broken pipes, Ctrl-C and unexpected errors
become a quiet exit with the conventional code, never a traceback (unless --debug
or CTL_DEBUG=1 asks for it).
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys

from .errors import ExitCode, OutputFailed, PipeClosed


def _silence(stream=None) -> None:
    """stdout (or `stream`) on /dev/null: its reader has gone (a closed pipe), and Python's last flush
    of what is left in its buffer must fail no more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, (stream or sys.stdout).fileno())
    except (AttributeError, OSError, ValueError):
        pass


def _prepare_streams() -> bool:
    """Never fail on a character the locale cannot encode (LANG=C, PYTHONIOENCODING=ascii):
    write it as a backslash escape instead. Never lose the end of a write: with PYTHONUNBUFFERED
    (or -u) stdout's text layer writes straight to the file and ignores a partial write, so that
    `ctl export | head -1` would end 0 with the rest unwritten; stdout gets a buffer again, which
    writes the rest or fails (every writer flushes, so nothing waits in it). Then every write to
    stdout goes through _Stdout. False if stdout is closed."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (OSError, ValueError):
                pass
    out = sys.stdout
    if out is None:
        return False
    if isinstance(getattr(out, "buffer", None), io.FileIO):  # unbuffered: see above
        out.flush()
        out = io.TextIOWrapper(io.BufferedWriter(out.buffer), encoding=out.encoding, errors=out.errors)
    sys.stdout = _Stdout(out)
    return True


class _Stdout:
    """stdout for every writer (ctl's pages, Click's echo and help, rich): a write or flush that
    fails because the reader has gone raises PipeClosed, which Click and rich let through (they
    would turn a BrokenPipeError into exit 1), so that main() ends quietly with 141; one that fails
    otherwise (a full disk) raises OutputFailed, which main() reports (exit 2)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, s) -> int:
        try:
            return self._stream.write(s)
        except BrokenPipeError:
            raise PipeClosed from None
        except OSError as e:  # a full disk, an I/O error: said by main(), exit 2
            raise OutputFailed(e) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise PipeClosed from None
        except OSError as e:
            raise OutputFailed(e) from None

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _lang(args: list[str]) -> str:
    """The language of the messages written here, before (or without) the options being parsed:
    a literal --lang in args, else CTL_LANG, else the locale (commands.options.help_lang)."""
    try:
        from .commands.options import help_lang

        return help_lang(args)
    except Exception:  # noqa: BLE001 - a message must still be written if the CLI cannot be imported
        return "en"


def _say(key: str, args: list[str], **values) -> str:
    from .phrases import phrase

    return phrase(key, _lang(args), **values)


class _SafeStderr:
    """stderr through text.safe(): messages written by Click or Python (usage errors quoting an
    argument, an internal error's text) never carry control or bidi characters to the terminal."""

    def __init__(self, stream, args: list[str]):
        self._stream = stream
        self._args = args

    LIMIT = 4000  # a message that quotes a 100 kB argument is cut, not echoed whole

    def write(self, s: str) -> int:
        from .text import safe

        if len(s) > self.LIMIT:
            end = "\n" if s.endswith("\n") else ""
            s = _say("msg.text.shortened", self._args, head=s[: self.LIMIT // 2], n=len(s)) + end
        try:
            return self._stream.write(self._fitted(safe(s)))
        except BrokenPipeError:  # `ctl ... 2>&1 | head`: the reader has gone, as for stdout (exit 141)
            raise PipeClosed from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise PipeClosed from None

    def _fitted(self, s: str) -> str:
        """s with each line wider than the terminal broken between words (at a terminal only: a pipe or a
        file gets every message on one line, whole for grep); a word longer than the line (a URL, a
        path) is never cut."""
        width = _stderr_width(self._stream)
        if width is None or all(len(line) <= width for line in s.split("\n")):
            return s
        import textwrap

        def fit(line: str) -> str:
            if len(line) <= width:
                return line
            indent = " " * (len(line) - len(line.lstrip(" ")))
            return textwrap.fill(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)

        return "\n".join(fit(line) for line in s.split("\n"))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _stderr_width(stream) -> int | None:
    """The columns of the terminal `stream` is on (COLUMNS when it is set to a size), or None when the
    stream is not a terminal."""
    try:
        if not stream.isatty():
            return None
        import os

        from .render.terminal import env_size

        return max(40, env_size("COLUMNS") or os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, ValueError, OSError):
        return None


class _Interrupted(BaseException):
    """Ctrl-C, raised past Click (which would turn KeyboardInterrupt into 'Aborted!' and exit 1)."""


def _on_sigint(signum, frame) -> None:
    raise _Interrupted


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not _prepare_streams():
        if sys.stderr is not None:
            sys.stderr.write(_say("msg.main.stdout_closed", args) + "\n")
        return ExitCode.INTERNAL
    if sys.stderr is not None:
        sys.stderr = _SafeStderr(sys.stderr, args)
    debug = os.environ.get("CTL_DEBUG", "") not in ("", "0")
    if "--debug" in args:
        args.remove("--debug")
        debug = True
    try:
        signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread (embedded use): keep the default handler
        pass
    try:
        from .commands import main as run_ctl

        run_ctl(args)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        try:
            sys.stdout.flush()
        except (BrokenPipeError, PipeClosed):
            _silence()
            return ExitCode.BROKEN_PIPE
        except OutputFailed as failed:
            return _output_failed(failed, args)
        return code
    except (BrokenPipeError, PipeClosed):
        _silence()
        return ExitCode.BROKEN_PIPE
    except OutputFailed as failed:
        return _output_failed(failed, args)
    except (KeyboardInterrupt, _Interrupted):
        _tell("\n" + _say("msg.main.interrupted", args) + "\n")
        return ExitCode.INTERRUPTED
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if debug:
            raise
        error = _say("msg.main.internal_error", args, error_type=type(e).__name__, error=e)
        _tell(error + "\n" + _say("msg.main.internal_error.hint", args) + "\n")
        return ExitCode.INTERNAL
    return ExitCode.SUCCESS


def _tell(message: str) -> None:
    """Write the last message of a run on stderr; nothing if its reader has gone too."""
    try:
        sys.stderr.write(message)
        sys.stderr.flush()
    except (PipeClosed, OSError, ValueError, AttributeError):
        _silence(sys.stderr)


def _output_failed(failed: OutputFailed, args: list[str]) -> int:
    """Say why standard output could not be written (the disk is full...), on stderr; exit 2. What
    is left in stdout's buffer goes to /dev/null, so that Python's last flush fails no more."""
    from .errors import why
    from .phrases import phrase

    _silence()
    reason, detail = why(failed.error)
    lang = _lang(args)
    message = phrase("msg.write.stdout", lang, reason=phrase(f"msg.write.why.{reason}", lang, detail=detail))
    _tell(phrase("msg.error", lang, message=message) + "\n")
    return ExitCode.USAGE


def run() -> None:
    """The `ctl` executable: main(), then the exit, at once. Python's own shutdown frees every object one at
    a time and runs finalisers: 14-16 ms of every command on a warm run (the page answered from the index),
    and after a cold run (a dataset parsed: a million objects, each page they sit on copied first while a
    forked process writes the index) much more; the system takes the memory back at once. Nothing is lost:
    main() has flushed stdout and said what went wrong if it could not (exit 141 for a reader that has gone,
    2 for a full disk); every file ctl writes is closed before main() returns; ctl starts no thread and
    registers no atexit function. The streams are flushed once more, in case, and their errors ignored."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
