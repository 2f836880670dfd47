"""The detail pane beside the table: one launch's facts and its slip history.

Rendered as a little HTML page in a QTextBrowser (palette colours, selectable text, links open in
the browser). The history comes from `store.history(id)`, oldest first, each step worded by
`core.slip.describe_slip` in the UI's language ("verschoben von Juli 2026 auf August 2026").
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from countdown.core.clock import Clock
from countdown.core.countdown import describe
from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch, Revision
from countdown.core.news.slip import SlipStats, describe_slip, slip_stats
from countdown.ui.i18n import wording
from countdown.ui.popup import is_url
from countdown.ui.status_text import status_name, status_word
from countdown.ui.when_preview import preview_text

EMPTY_TEXT = QT_TRANSLATE_NOOP("DetailPane", "Select a launch to see its details and slip history.")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


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
            added = translate("DetailPane", "added: %1 (%2)").replace(
                "%2", status_word(after.status)
            )
            what = added.replace("%1", label)
        elif before.window != after.window or before.when_text != after.when_text:
            what = describe_slip(before.window, after.window, wording=wording())
            if before.status != after.status:
                what += f"; {status_word(before.status)} → {status_word(after.status)}"
        else:
            what = f"{status_word(before.status)} → {status_word(after.status)}"
        lines.append(f"{stamp} · {what}")
    return lines


def detail_html(launch: Launch, revisions: Sequence[Revision], now: datetime) -> str:
    e, say = html.escape, wording()
    source = launch.source
    source_html = f"<a href='{e(source)}'>{e(source)}</a>" if is_url(source) else e(source)
    typed = translate("DetailPane", "“%1” on %2").replace("%2", say.date(launch.base.date()))
    typed = typed.replace("%1", launch.when_text)  # last: the user's text may hold "%2"
    countdown = describe(launch.window, now, long=True, wording=say)
    rows = [
        (translate("DetailPane", "When"), e(preview_text(launch.window, say))),
        (translate("DetailPane", "Countdown"), e(countdown)),
        (translate("DetailPane", "Status"), e(status_name(launch.status))),
        (translate("DetailPane", "Typed"), e(typed)),
        (translate("DetailPane", "Source"), source_html),
        (translate("DetailPane", "Tags"), e(", ".join(launch.tags))),
    ]
    table = "".join(_row(e(label), value) for label, value in rows)
    notes = f"<p>{e(launch.notes)}</p>" if launch.notes else ""
    items = "".join(f"<li>{e(line)}</li>" for line in history_lines(revisions))
    heading = e(history_heading(slip_stats(revisions)))
    return (
        f"<h3>{e(launch.name)}</h3><table>{table}</table>{notes}<h4>{heading}</h4><ul>{items}</ul>"
    )


def history_heading(stats: SlipStats) -> str:
    """ "History", or "History — slipped 2× (61 days)"."""
    history = translate("DetailPane", "History")
    if not stats.count:
        return history
    slipped = translate("DetailPane", "slipped %1× (%2 days)").replace("%1", str(stats.count))
    return f"{history} — {slipped.replace('%2', str(stats.total_days))}"


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
        self.setAccessibleName(translate("DetailPane", "Launch details"))
        self.setMinimumWidth(240)
        self.show_launch(None)

    def show_launch(self, launch: Launch | None) -> None:
        self.launch = launch
        if launch is None or launch.id is None:
            self.setHtml(f"<p><i>{html.escape(translate('DetailPane', str(EMPTY_TEXT)))}</i></p>")
            return
        self.setHtml(detail_html(launch, self._history(launch.id), self._clock()))
