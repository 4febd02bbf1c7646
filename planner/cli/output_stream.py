"""Standard output for the headless commands, whose failed writes say they were the output's.

A full disk or device behind standard output (``runlift sessions > /dev/full``) fails a write with the same
OSError a failed database write gives; named as the output's, the message says the output could not be
written, not that "the last change was not saved" by a command that changes nothing.
"""

from __future__ import annotations

from typing import IO, Any


class OutputError(OSError):
    """Standard output could not be written (not a broken pipe: a reader leaving stays BrokenPipeError)."""


def _named(error: OSError) -> OSError:
    if isinstance(error, BrokenPipeError):
        return error
    return OutputError(error.errno, error.strerror)


class _Guarded:
    """A stream whose failed writes and flushes are the output's (OutputError); the rest as the stream's."""

    def __init__(self, stream: IO[Any]) -> None:
        self._stream = stream

    def write(self, data: Any) -> int:
        try:
            return self._stream.write(data)
        except OSError as exc:
            raise _named(exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _named(exc) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class OutputStream(_Guarded):
    """``sys.stdout`` for a command: text and ``.buffer`` bytes as before, failures as OutputError."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        binary = getattr(stream, "buffer", None)
        self.buffer = _Guarded(binary) if binary is not None else None
