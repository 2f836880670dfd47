"""Import APScheduler 3.x's QtScheduler without the parts a desktop alert never uses.

Measured in the running app (1,000 launches), importing `apscheduler.schedulers.qt` adds
~10 MiB of RSS and ~110 modules. Three pieces of that are not needed here (~7 MiB together):

- **asyncio (and with it ssl, socket, selectors: ~3.5 MiB).** apscheduler/util.py imports it
  only for `iscoroutinefunction`, and on Python 3.14+ it takes inspect's instead; we hand it
  inspect's on 3.11 too (our jobs are plain functions, never coroutines).
- **importlib.metadata (email, zipfile, csv… ~3 MiB, plus a scan of every installed
  package).** apscheduler/__init__.py reads its own version, and the BaseScheduler class body
  collects every package's entry points for the plugin aliases ("date", "threadpool",
  "memory"; since agronholm/apscheduler#726). Passing instances instead of aliases does not
  avoid that scan, as it runs when the module is imported; it only makes the aliases
  unnecessary: AlertScheduler passes a DateTrigger, and the default executor and job store
  are instances already. Without the scan the aliases do not resolve, which nothing here uses.
- **multiprocessing (~1.4 MiB).** apscheduler/executors/pool.py imports it, and
  BrokenProcessPool from concurrent.futures.process, for its ProcessPoolExecutor; jobs here run
  on the default ThreadPoolExecutor, where BrokenProcessPool is never raised.

- **tzlocal (+2.7 MiB, mostly its Windows zone table).** The scheduler and its triggers import
  `get_localzone` at module level but call it only when no zone is given; we always pass UTC.
  The stand-in answers with our own zone lookup, should it ever be called.

While the import runs, stand-ins take those modules' places in `sys.modules`, only when
nothing has loaded them yet, and are removed afterwards (anything importing them later gets the
real ones). If APScheduler ever needs more of them, the import fails and is simply done again
the ordinary way, so this can cost memory but never break alerts.
"""

from __future__ import annotations

import inspect
import logging
import sys
import types
from typing import Any

log = logging.getLogger(__name__)


class _NoMetadata(Exception):
    """The stand-in's PackageNotFoundError."""


class _NoProcessPool(Exception):
    """The stand-in's BrokenProcessPool (no process pool here, so never raised)."""


def _no_version(_name: str) -> str:
    raise _NoMetadata(_name)


def _no_entry_points(**_selection: Any) -> list[Any]:
    return []


def _local_zone() -> Any:
    from countdown.integrations.system_clock import local_zone

    return local_zone()


def _stand_ins() -> dict[str, types.ModuleType]:
    asyncio = types.ModuleType("asyncio", "stand-in while APScheduler is imported")
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata = types.ModuleType("importlib.metadata", "stand-in while APScheduler is imported")
    metadata.PackageNotFoundError = _NoMetadata  # type: ignore[attr-defined]
    metadata.version = _no_version  # type: ignore[attr-defined]
    metadata.entry_points = _no_entry_points  # type: ignore[attr-defined]
    process = types.ModuleType("concurrent.futures.process", "stand-in")
    process.BrokenProcessPool = _NoProcessPool  # type: ignore[attr-defined]
    tzlocal = types.ModuleType("tzlocal", "stand-in while APScheduler is imported")
    tzlocal.get_localzone = _local_zone  # type: ignore[attr-defined]
    return {
        "tzlocal": tzlocal,
        "asyncio": asyncio,
        "importlib.metadata": metadata,
        "multiprocessing": types.ModuleType("multiprocessing", "stand-in"),
        "concurrent.futures.process": process,
    }


def import_qt_scheduler() -> type[Any]:
    """`apscheduler.schedulers.qt.QtScheduler`, imported as leanly as possible."""
    if "apscheduler.schedulers.qt" not in sys.modules:
        placed = {k: v for k, v in _stand_ins().items() if k not in sys.modules}
        sys.modules.update(placed)
        try:
            import apscheduler.schedulers.qt
            import apscheduler.triggers.date  # noqa: F401  (the trigger our jobs use)
        except Exception:  # needs more than the stand-ins give: import it the ordinary way
            log.warning("lean APScheduler import failed; importing it fully", exc_info=True)
            for name in [m for m in sys.modules if m.split(".")[0] == "apscheduler"]:
                del sys.modules[name]
        finally:
            for name, module in placed.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
    from apscheduler.schedulers.qt import QtScheduler

    return QtScheduler  # type: ignore[no-any-return]
