"""Atomic file writes for everything the app writes outside its database (exports, autostart
and desktop entries, the icon cache): a temp file in the same folder, fsync, rename, fsync of
the folder. A reader (or a crash, or a full disk) sees the old file or the new one, never half.

Failures become `WriteError` with a message a person can act on ("the disk is full", "is
read-only", "is a directory", "the folder does not exist"); the old file is left as it was.
A target that is not a regular file (a terminal, a pipe, /dev/full) cannot be renamed over, so
it is written directly.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "it is on a read-only file system",
    errno.EISDIR: "it is a directory",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


class WriteError(Exception):
    """A file could not be written; the message says which and why, the old file is intact."""


def reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def write_atomic(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` all at once (see the module docstring)."""
    target = Path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise WriteError(f"Cannot write {target}: {reason(error)}.") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise WriteError(f"Cannot write {target}: it is a directory.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(target, data)
        return
    if not target.parent.is_dir():
        raise WriteError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    try:
        _replace(target, data, None if info is None else stat.S_IMODE(info.st_mode))
    except OSError as error:
        raise WriteError(
            f"Cannot write {target}: {reason(error)}; it was left as it was."
        ) from None


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temp, mode)  # an existing file keeps its permissions
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _write_through(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as out:
            out.write(data)
            out.flush()
    except OSError as error:
        raise WriteError(f"Cannot write {target}: {reason(error)}.") from None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (not possible on every platform; harmless to skip)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
