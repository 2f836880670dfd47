"""Store basics on a real file: launches round-trip exactly, history grows, two connections agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countdown.core.model import AlertPrefs, Grain, Launch, Status, Window
from countdown.core.store import LaunchNotFound, Store, StoreError, default_home
from tests.conftest import FrozenClock

PDT = timezone(timedelta(hours=-7))


def make_launch(name: str = "Pixel 11", window: Window | None = None, **extra: object) -> Launch:
    window = window or Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027")
    return Launch(
        name=name, when_text="July 2027", base=datetime(2026, 11, 24, 9, 30), window=window,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def test_open_creates_the_file_in_home(home: Path, store: Store) -> None:
    assert store.path == home / "launches.sqlite3"
    assert store.path.exists()
    assert default_home() == home
    assert store.messages == []


def test_add_stamps_id_times_and_first_revision(store: Store, clock: FrozenClock) -> None:
    saved = store.add(make_launch(status=Status.ANNOUNCED, tags=("phone", "google")))
    assert saved.id is not None
    assert saved.created == saved.updated == clock.now
    assert [r.seq for r in saved.revisions] == [1]
    assert saved.revisions[0].window == saved.window
    assert saved.revisions[0].status is Status.ANNOUNCED
    assert store.get(saved.id) == saved
    assert store.get(saved.id).revisions == saved.revisions


@pytest.mark.parametrize(
    "instant",
    [
        datetime(2026, 12, 3, 15, 0, tzinfo=PDT),
        datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
        datetime(2027, 3, 28, 2, 30, tzinfo=ZoneInfo("Europe/Paris")),
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Paris")),
        datetime(2026, 12, 3, 15, 0),
    ],
    ids=["offset-0700", "utc", "zone-in-dst-gap", "zone-second-fold", "naive"],
)
def test_instant_windows_round_trip_with_their_offset(store: Store, instant: datetime) -> None:
    zone = instant.tzinfo.key if isinstance(instant.tzinfo, ZoneInfo) else None
    window = Window(instant, instant, Grain.MINUTE, "Dec 3, 2026 15:00", tz=zone)
    saved = store.add(make_launch(window=window))
    for loaded in (store.get(saved.id or 0).window, store.list_launches()[0].window):
        assert loaded == window
        assert isinstance(loaded.start, datetime)
        assert loaded.start.utcoffset() == instant.utcoffset()
        assert loaded.start.replace(tzinfo=None) == instant.replace(tzinfo=None)
        assert type(loaded.start.tzinfo) is type(instant.tzinfo)
        assert loaded.tz == zone
    first = store.history(saved.id or 0)[0].window.start
    assert isinstance(first, datetime) and first.utcoffset() == instant.utcoffset()


def test_tags_prefs_and_text_fields_round_trip(store: Store) -> None:
    prefs = AlertPrefs(lead_days=(14, 3, 1))
    saved = store.add(make_launch(tags=("a", "ü"), prefs=prefs, source="https://x", notes="n\nm"))
    loaded = store.get(saved.id or 0)
    assert (loaded.tags, loaded.prefs, loaded.source, loaded.notes) == (
        ("a", "ü"), prefs, "https://x", "n\nm",
    )  # fmt: skip


def test_update_date_or_status_appends_revisions(store: Store, clock: FrozenClock) -> None:
    saved = store.add(make_launch())
    clock.advance(days=3)
    store.update(saved.id or 0, notes="only notes")
    august = Window(date(2027, 8, 1), date(2027, 8, 31), Grain.MONTH, "August 2027")
    clock.advance(days=3)
    store.update(saved.id or 0, when_text="August 2027", window=august)
    clock.advance(days=3)
    updated = store.update(saved.id or 0, status="delayed")
    history = store.history(saved.id or 0)
    assert [(r.seq, r.when_text, r.status) for r in history] == [
        (1, "July 2027", Status.RUMORED),
        (2, "August 2027", Status.RUMORED),
        (3, "August 2027", Status.DELAYED),
    ]
    assert history[2].at == clock.now == updated.updated
    assert updated.revisions == tuple(history)
    assert store.get(saved.id or 0).notes == "only notes"


def test_update_rejects_unknown_fields_and_missing_ids(store: Store) -> None:
    saved = store.add(make_launch())
    with pytest.raises(StoreError, match="id"):
        store.update(saved.id or 0, id=99)
    with pytest.raises(LaunchNotFound, match="No launch with id 12345"):
        store.update(12345, name="x")
    assert str(LaunchNotFound("No launch with id 1.")) == "No launch with id 1."


def test_list_orders_by_window_start_and_filters_inactive(store: Store) -> None:
    late = store.add(make_launch("late"))
    early_window = Window(date(2027, 1, 5), date(2027, 1, 5), Grain.DAY, "Jan 5, 2027")
    early = store.add(make_launch("early", window=early_window))
    done = store.add(make_launch("done", window=early_window, status=Status.LAUNCHED))
    assert [x.name for x in store.list_launches()] == ["early", "done", "late"]
    assert [x.id for x in store.list_launches(include_inactive=False)] == [early.id, late.id]
    assert done.id not in [x.id for x in store.list_launches(include_inactive=False)]


def test_is_empty_until_any_launch_even_a_cancelled_one(store: Store) -> None:
    assert store.is_empty()
    cancelled = store.add(make_launch("gone", status=Status.CANCELLED))
    assert not store.is_empty()
    store.remove(cancelled.id or 0)
    assert store.is_empty()


def test_remove_then_restore_brings_back_id_and_history(store: Store) -> None:
    saved = store.add(make_launch())
    store.update(saved.id or 0, status=Status.CONFIRMED)
    removed = store.remove(saved.id or 0)
    assert len(removed.revisions) == 2
    with pytest.raises(LaunchNotFound):
        store.get(saved.id or 0)
    assert store.history(saved.id or 0) == []
    restored = store.restore(removed)
    assert restored.id == saved.id
    assert store.get(saved.id or 0) == removed
    assert store.get(saved.id or 0).revisions == removed.revisions


def test_restore_takes_a_new_id_when_the_old_one_is_taken(store: Store) -> None:
    saved = store.add(make_launch())
    copy = store.restore(store.get(saved.id or 0))
    assert copy.id != saved.id
    assert len(store.list_launches()) == 2


def test_a_second_connection_sees_commits_and_data_version_moves(home: Path, store: Store,
                                                                 clock: FrozenClock) -> None:  # fmt: skip
    other = Store.open(home, clock=clock)
    try:
        before = store.data_version()
        assert store.data_version() == before
        added = other.add(make_launch("from the CLI"))
        assert store.data_version() != before
        assert store.get(added.id or 0).name == "from the CLI"
    finally:
        other.close()


def test_own_commits_do_not_move_data_version(store: Store) -> None:
    before = store.data_version()
    store.add(make_launch())
    assert store.data_version() == before


def test_file_settings_are_durable(store: Store) -> None:
    pragmas = {
        name: store._conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "busy_timeout": 5000}  # fmt: skip


def test_update_with_an_unknown_status_explains_and_changes_nothing(store: Store) -> None:
    saved = store.add(make_launch())
    with pytest.raises(StoreError, match="Unknown status 'shipped'; use one of: rumored"):
        store.update(saved.id or 0, status="shipped", notes="lost?")
    assert store.get(saved.id or 0) == saved


def test_restore_refuses_a_broken_history_and_writes_nothing(store: Store) -> None:
    saved = store.add(make_launch())
    twice = (*saved.revisions, saved.revisions[0])
    with pytest.raises(StoreError, match=r"Launch 'Pixel 11', field revisions: revision numbers"):
        store.restore(saved.with_changes(id=None, revisions=twice))
    assert [x.id for x in store.list_launches()] == [saved.id]


def test_a_path_that_cannot_be_a_database_is_a_store_error(tmp_path: Path,
                                                           clock: FrozenClock) -> None:  # fmt: skip
    (tmp_path / "launches.sqlite3").mkdir()
    with pytest.raises(StoreError, match=r"launches\.sqlite3"):
        Store.open(tmp_path, clock=clock)


ZONES = ["Europe/Paris", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    wall = draw(st.datetimes(datetime(1990, 1, 1), datetime(2100, 1, 1)))
    kind = draw(st.sampled_from(["naive", "offset", "zone"]))
    if kind == "naive":
        return wall
    if kind == "offset":
        minutes = draw(st.integers(-14 * 60, 14 * 60))
        return wall.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    return wall.replace(
        tzinfo=ZoneInfo(draw(st.sampled_from(ZONES))), fold=draw(st.sampled_from([0, 1]))
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(instant=instants())
def test_any_instant_round_trips_exactly(store: Store, instant: datetime) -> None:
    window = Window(instant, instant, Grain.MINUTE, "at some minute")
    saved = store.add(make_launch(window=window))
    loaded = store.get(saved.id or 0)
    for start in (loaded.window.start, loaded.revisions[0].window.start):
        assert isinstance(start, datetime)
        assert start == instant
        assert start.utcoffset() == instant.utcoffset()
        assert start.replace(tzinfo=None) == instant.replace(tzinfo=None)


def test_default_home_follows_platformdirs_without_the_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COUNTDOWN_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_home() == tmp_path / "xdg" / "launch-countdown"
    monkeypatch.setenv("COUNTDOWN_HOME", "~/portable")
    assert default_home() == Path.home() / "portable"


def test_missing_launch_is_also_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.get(404)
    with pytest.raises(LaunchNotFound):
        store.remove(404)


def test_list_after_another_process_edits_shows_the_edit(home: Path, store: Store,
                                                         clock: FrozenClock) -> None:  # fmt: skip
    first, second = store.add(make_launch("one")), store.add(make_launch("two"))
    assert [x.name for x in store.list_launches()] == ["one", "two"]
    with Store.open(home, clock=clock) as cli:
        cli.update(second.id or 0, name="two, renamed", tags=["x"])
        cli.remove(first.id or 0)
        cli.restore(first.with_changes(name="one again"))
    listed = store.list_launches()
    assert [(x.id, x.name, x.tags) for x in listed] == [
        (first.id, "one again", ()),
        (second.id, "two, renamed", ("x",)),
    ]
