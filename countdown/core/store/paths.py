"""Where the app keeps its data: `$COUNTDOWN_HOME`, else the platform's user data directory.

The environment variable wins so tests and portable installs can point every process (GUI, CLI,
child processes) at one private directory.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "launch-countdown"
DB_FILENAME = "launches.sqlite3"


def default_home() -> Path:
    """The data directory; not created here (the store creates it on open)."""
    override = os.environ.get("COUNTDOWN_HOME")
    if override:
        return Path(override).expanduser()
    # Imported lazily: platformdirs is cheap, but core modules stay import-light.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
