"""The detail pane beside the table: one launch's facts and its slip history.

Rendered as a little HTML page in a QTextBrowser (palette colours, selectable text, links open in
the browser). The history comes from `store.history(id)`, oldest first, each step worded by
`core.slip.describe_slip` ("moved from July 2026 to August 2026").
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QTextBrowser, QWidget

from countdown.core.clock import Clock
from countdown.core.countdown import describe
from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch, Revision
from countdown.core.news.slip import describe_slip, slip_stats
from countdown.ui.i18n import wording
from countdown.ui.popup import is_url
from countdown.ui.when_preview import preview_text

EMPTY_HTML = "<p><i>Select a launch to see its details and slip history.</i></p>"


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" if value else ""


def history_lines(revisions: Sequence[Revision]) -> list[str]:
    """Plain-text lines, oldest first: "Nov 24, 2026 · added: Q3 2026 (rumored)"."""
    ordered = sorted(revisions, key=lambda r: r.seq)
    lines: list[str] = []
    for before, after in zip([None, *ordered], ordered, strict=False):
        stamp = wording().date(after.at.astimezone().date())
        if before is None:
            label = localized_label(after.window, wording()) or after.when_text
            what = f"added: {label} ({after.status.value})"
        elif before.window != after.window or before.when_text != after.when_text:
            what = describe_slip(before.window, after.window)
            if before.status != after.status:
                what += f"; {before.status.value} → {after.status.value}"
        else:
            what = f"{before.status.value} → {after.status.value}"
        lines.append(f"{stamp} · {what}")
    return lines


def detail_html(launch: Launch, revisions: Sequence[Revision], now: datetime) -> str:
    e, say = html.escape, wording()
    source = launch.source
    source_html = f"<a href='{e(source)}'>{e(source)}</a>" if is_url(source) else e(source)
    rows = "".join(
        [
            _row("When", e(preview_text(launch.window, say))),
            _row("Countdown", e(describe(launch.window, now, long=True, wording=say))),
            _row("Status", e(launch.status.value.capitalize())),
            _row("Typed", e(f"“{launch.when_text}” · {say.date(launch.base.date())}")),
            _row("Source", source_html),
            _row("Tags", e(", ".join(launch.tags))),
        ]
    )
    notes = f"<p>{e(launch.notes)}</p>" if launch.notes else ""
    stats = slip_stats(revisions)
    slipped = f" — slipped {stats.count}× ({stats.total_days} days)" if stats.count else ""
    items = "".join(f"<li>{e(line)}</li>" for line in history_lines(revisions))
    return (
        f"<h3>{e(launch.name)}</h3><table>{rows}</table>{notes}"
        f"<h4>History{e(slipped)}</h4><ul>{items}</ul>"
    )


class DetailPane(QTextBrowser):
    def __init__(
        self,
        history: Callable[[int], list[Revision]],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history, self._clock = history, clock
        self.launch: Launch | None = None
        self.setOpenExternalLinks(True)
        self.setAccessibleName("Launch details")
        self.setMinimumWidth(240)
        self.show_launch(None)

    def show_launch(self, launch: Launch | None) -> None:
        self.launch = launch
        if launch is None or launch.id is None:
            self.setHtml(EMPTY_HTML)
            return
        self.setHtml(detail_html(launch, self._history(launch.id), self._clock()))
