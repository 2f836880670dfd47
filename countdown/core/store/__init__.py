"""The SQLite store: schema and migrations, rows ↔ model, backups and quarantine, the delivery ledger, export.

`Store` (in `store.store`) is the one way in, `LaunchStore` (protocol.py) what callers may ask of it; the names most callers need are re-exported here.
"""

from countdown.core.store.paths import default_home
from countdown.core.store.protocol import LaunchStore
from countdown.core.store.store import LaunchNotFound, Store, StoreError

__all__ = ["LaunchNotFound", "LaunchStore", "Store", "StoreError", "default_home"]
