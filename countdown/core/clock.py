"""The one Clock type: a function returning the current instant as an aware datetime.

The core never reads the wall clock itself; every caller that needs "now" is handed a Clock (the
production one reads the system time at the edge; tests freeze and jump their own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
