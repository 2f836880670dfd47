"""What the tray icon shows — its state and the short text on the badge — without Qt.

The faces are plain values: the tray decides its face and the icon cache (tray_icon_cache.py)
finds its PNG files from it, so a start whose face is cached never loads the painter
(tray_icon.py: QPainter, fonts).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

ICON_SIZES_PX = (16, 22, 24, 32, 48, 64)
MAX_DAYS_SHOWN = 99


class IconState(enum.Enum):
    IDLE = "idle"
    COUNTING = "counting"
    TODAY = "today"
    OPEN = "open"


@dataclass(frozen=True)
class IconFace:
    """What the icon shows: its state and the short text drawn on the badge."""

    state: IconState
    text: str

    @classmethod
    def for_days(cls, days: int) -> IconFace:
        if days <= 0:
            return cls(IconState.TODAY, "!")
        return cls(IconState.COUNTING, str(days) if days <= MAX_DAYS_SHOWN else "99+")


IDLE_FACE = IconFace(IconState.IDLE, "–")
OPEN_FACE = IconFace(IconState.OPEN, "●")
