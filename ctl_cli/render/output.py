"""Writing to standard output, the one way every renderer does it."""

from __future__ import annotations

import sys


def write(text: str) -> None:
    """Write text to stdout and flush. Raises PipeClosed when the reader has gone (`ctl ... | head`)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        from ..errors import PipeClosed

        raise PipeClosed from None
