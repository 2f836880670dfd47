"""The export file's shape, and the checks a launch from outside passes before the store takes it.

An export is `{"format": "launch-countdown", "version": 1, "launches": [Launch.to_dict(...)]}`
with every launch's slip history. `parse_export` validates a whole file before anything is
written (import is all-or-nothing); each launch goes through core/validate.py, the check every
way in shares.
"""

from __future__ import annotations

from typing import Any

from countdown.core.model import Launch
from countdown.core.store.ledger import InvalidData, StoreError
from countdown.core.validate import InvalidLaunch, launch_from_dict

EXPORT_FORMAT = "launch-countdown"
EXPORT_VERSION = 1


def export_document(launches: list[Launch]) -> dict[str, Any]:
    """The export file's content for `launches` (which carry their revisions)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "launches": [x.to_dict(with_revisions=True) for x in launches],
    }


def parse_export(data: Any) -> list[Launch]:
    """Check an export file's content; StoreError names the first problem found."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError("This is not a Launch Countdown export (missing format marker).")
    if data.get("version") != EXPORT_VERSION:
        raise StoreError(f"Unsupported export version {data.get('version')!r}.")
    items = data.get("launches")
    if not isinstance(items, list):
        raise StoreError("The export has no list of launches.")
    return [_parse_launch(number, item) for number, item in enumerate(items, start=1)]


def _parse_launch(number: int, item: Any) -> Launch:
    try:
        return launch_from_dict(item)
    except InvalidLaunch as error:
        raise InvalidData(record_label(number, item), error) from error


def record_label(number: int, item: Any) -> str:
    """ "Launch 3 (Pixel 11)": how a refusal names the record it is about."""
    name = item.get("name") if isinstance(item, dict) else None
    return f"Launch {number}" + (f" ({name})" if isinstance(name, str) and name.strip() else "")
