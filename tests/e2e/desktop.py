"""A real, private, headless desktop for end-to-end tests.

`DesktopSession` starts, and on `stop()` kills, everything it needs:

- **Xvfb** on a free display. Display numbers are tried from a random point in a high range
  (100-899) so we never take a low number another process was given; `-displayfd` tells us the
  server is ready (it writes the number once it listens).
- **A private D-Bus session bus** (`dbus-daemon --nofork`) with its own config: no service
  directories, so nothing is auto-activated — with `notifier=False` there really is no
  `org.freedesktop.Notifications` on the bus (the system's dunst.service would otherwise start).
- **trayer**, an XEmbed system tray host (owns `_NET_SYSTEM_TRAY_S0`), unless `tray=False`.
- **dunst**, a notification server, unless `notifier=False`; it gets a minimal config file.

`.env` is what a child process (the app, `notify-send`, ...) needs to live in that desktop:
DISPLAY, DBUS_SESSION_BUS_ADDRESS, QT_QPA_PLATFORM=xcb and a private XDG_RUNTIME_DIR (mode 0700).

Helpers: `window_tree()` (every window, `xwininfo -root -tree`), `screenshot(path)`, `tray_geometry()`, `monitor_notifications()` (a dbus-monitor that
records every Notify call with its summary, body and the server's reply id),
`notifications_displayed()`, `invoke_action(label)` (a notification's button, through dunst's
context menu).

    with DesktopSession() as desk:
        with desk.monitor_notifications() as mon:
            subprocess.run(["notify-send", "hello"], env=desk.child_env())
            mon.wait_for("hello")
"""

from __future__ import annotations

import ctypes
import os
import random
import re
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REQUIRED_BINARIES = ("Xvfb", "dbus-daemon", "dbus-send", "dbus-monitor", "xwininfo")
TRAY_BINARIES = ("trayer",)
NOTIFIER_BINARIES = ("dunst",)

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# Long timeouts so a notification is still on screen when a test looks (dunstctl / screenshot).
_DUNSTRC = """[global]
    monitor = 0
    follow = none
    geometry = "300x5-10+40"
    width = 300
    height = 120
    origin = top-right
    offset = 10x40
    font = Monospace 9
    markup = full
    format = "<b>%s</b>\\n%b"
    show_indicators = no
    dmenu = DMENU
[urgency_low]
    timeout = 60
[urgency_normal]
    timeout = 60
[urgency_critical]
    timeout = 0
"""


# dunst's context menu (`dunstctl context`) pipes the actions to its "dmenu" program and invokes
# the line printed back: ours picks the line holding the label the test wrote to `choice`.
_DMENU = """#!/bin/sh
cat > "{dir}/menu"
grep -F -- "$(cat '{dir}/choice')" "{dir}/menu" | head -n 1
"""


_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """`preexec_fn` for every child of a test: the kernel sends it SIGTERM when the test process
    dies, so a pytest killed by a CI timeout or Ctrl+\\ leaves no Xvfb, bus, tray or app behind
    (stop() only runs when the test process lives to run it). prctl(2), Linux only."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def missing_binaries(*, tray: bool = True, notifier: bool = True) -> list[str]:
    """The desktop programs that are not installed (an empty list means the harness can run)."""
    wanted = list(REQUIRED_BINARIES)
    wanted += TRAY_BINARIES if tray else ()
    wanted += NOTIFIER_BINARIES if notifier else ()
    return [name for name in wanted if shutil.which(name) is None]


class DesktopError(RuntimeError):
    """The desktop could not be started (the message says which part and shows its log)."""


@dataclass
class Notification:
    """One org.freedesktop.Notifications.Notify call seen on the bus."""

    summary: str
    body: str
    app_name: str
    at: float  # time.time() of the call, from dbus-monitor
    serial: int
    reply_id: int | None = None  # the server's notification id (> 0: accepted)


@dataclass
class NotificationMonitor:
    """Collects Notify calls (and the server's replies) from a dbus-monitor process."""

    process: subprocess.Popen[str]
    notifications: list[Notification] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def summaries(self) -> list[str]:
        with self._lock:
            return [n.summary for n in self.notifications]

    def snapshot(self) -> list[Notification]:
        with self._lock:
            return list(self.notifications)

    def wait_for(
        self, match: str | Callable[[Notification], bool], timeout_s: float = 10.0
    ) -> Notification:
        """The first Notify whose summary contains (or satisfies) `match`; else TimeoutError."""
        test = match if callable(match) else (lambda n: match in n.summary)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for note in self.snapshot():
                if test(note):
                    return note
            time.sleep(0.02)
        raise TimeoutError(
            f"no notification matching {match!r} within {timeout_s} s; seen: {self.summaries()}"
        )

    def stop(self) -> None:
        _terminate(self.process)

    # -- parsing dbus-monitor's text output --------------------------------------------------

    def _feed(self, block: list[str]) -> None:
        header = block[0]
        serial = _header_int(header, "serial")
        if header.startswith("signal") and "member=HarnessReady" in header:
            self.ready.set()
        elif header.startswith("method call") and "member=Notify" in header:
            strings = _string_args("\n".join(block[1:]))
            stamp = float(_header_field(header, "time") or time.time())
            while len(strings) < 4:
                strings.append("")
            note = Notification(strings[2], strings[3], strings[0], stamp, serial or -1)
            with self._lock:
                self.notifications.append(note)
        elif header.startswith("method return"):
            reply_to = _header_int(header, "reply_serial")
            match = re.search(r"uint32 (\d+)", "\n".join(block[1:]))
            with self._lock:
                for note in self.notifications:
                    if note.serial == reply_to and match:
                        note.reply_id = int(match.group(1))

    def _read(self) -> None:
        assert self.process.stdout is not None
        block: list[str] = []
        for line in self.process.stdout:
            line = line.rstrip("\n")
            if re.match(r"^(method call|method return|signal|error) ", line):
                block = [line]
            elif block:
                block.append(line)
            if block and _complete(block):
                self._feed(block)
                block = []


def _complete(block: list[str]) -> bool:
    """Whether a dbus-monitor message block has all the arguments we read from it."""
    header, last = block[0], block[-1]
    if header.startswith("signal"):
        return True
    if header.startswith("method call"):  # Notify's last argument: int32 expire_timeout
        return len(block) > 1 and re.fullmatch(r"   int32 -?\d+", last) is not None
    if header.startswith("method return"):
        return len(block) > 1 and re.fullmatch(r"   \S+ .*", last) is not None
    return True


def _header_field(header: str, name: str) -> str | None:
    match = re.search(rf"\b{name}=(\S+)", header)
    return match.group(1) if match else None


def _header_int(header: str, name: str) -> int | None:
    value = _header_field(header, name)
    return int(value) if value and value.isdigit() else None


def _string_args(text: str) -> list[str]:
    # dbus-monitor prints top-level arguments indented by 3 spaces, strings as `string "..."` raw
    # (no escaping, possibly over several lines): a string ends where the next argument begins.
    pattern = r'^   string "(.*?)"(?=\n   (?:string|u?int32|array|boolean|byte) |\Z)'
    return re.findall(pattern, text, flags=re.S | re.M)


def _terminate(
    process: subprocess.Popen[str] | subprocess.Popen[bytes], grace_s: float = 2.0
) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=grace_s)


def _read_line(fd: int, timeout_s: float) -> str:
    """Read one line a child prints to `fd`, then close it (the whole line: a child that gets
    EPIPE on a second write(2) may die — Xvfb does)."""
    data = b""
    deadline = time.monotonic() + timeout_s
    try:
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 512) if ready else b""
            if not chunk:
                break
            data += chunk
    finally:
        os.close(fd)
    return data.decode(errors="replace").strip()


class DesktopSession:
    """Xvfb + private D-Bus + trayer + dunst, started together and stopped together."""

    def __init__(
        self,
        *,
        notifier: bool = True,
        tray: bool = True,
        size: tuple[int, int] = (1024, 768),
        start_timeout_s: float = 15.0,
    ) -> None:
        self.want_notifier = notifier
        self.want_tray = tray
        self.size = size
        self.start_timeout_s = start_timeout_s
        self.display = ""
        self.bus_address = ""
        self.env: dict[str, str] = {}
        self._dir = Path(tempfile.mkdtemp(prefix="countdown-desktop-"))
        self._procs: dict[str, subprocess.Popen[bytes]] = {}
        self._monitors: list[NotificationMonitor] = []

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> DesktopSession:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> DesktopSession:
        missing = missing_binaries(tray=self.want_tray, notifier=self.want_notifier)
        if missing:
            raise DesktopError(f"missing programs: {', '.join(missing)}")
        try:
            self._start_xvfb()
            self._start_bus()
            if self.want_tray:
                self._start_tray()
            if self.want_notifier:
                self._start_notifier()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Kill everything this session started (monitors first, the X server last)."""
        for monitor in self._monitors:
            monitor.stop()
        self._monitors.clear()
        for name in ("a11y", "dunst", "trayer", "dbus", "xvfb"):
            process = self._procs.pop(name, None)
            if process is not None:
                _terminate(process)
        shutil.rmtree(self._dir, ignore_errors=True)

    def child_env(self, **extra: str) -> dict[str, str]:
        """os.environ plus this desktop's variables (and `extra`), for subprocesses."""
        env = dict(os.environ)
        env.update(self.env)
        env.update(extra)
        return env

    # -- the parts ---------------------------------------------------------------------------

    def _log(self, name: str) -> Path:
        return self._dir / f"{name}.log"

    def _spawn(self, name: str, argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        log = self._log(name).open("ab")
        env = self.child_env() if self.env else dict(os.environ)
        process = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=die_with_parent,
            **kwargs,
        )  # type: ignore[call-overload]
        self._procs[name] = process
        return process  # type: ignore[no-any-return]

    def _fail(self, name: str, what: str) -> DesktopError:
        log = self._log(name)
        text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        xvfb = self._procs.get("xvfb")
        state = f"Xvfb {self.display} alive: {xvfb is not None and xvfb.poll() is None}"
        return DesktopError(f"{name}: {what} ({state})\n{text}")

    def _start_xvfb(self) -> None:
        width, height = self.size
        first = random.randrange(100, 900)
        for number in range(first, first + 50):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            if self._try_xvfb(number, width, height):
                return
        raise self._fail("xvfb", "no free display found")

    def _try_xvfb(self, number: int, width: int, height: int) -> bool:
        read_fd, write_fd = os.pipe()
        argv = [
            "Xvfb",
            f":{number}",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ]
        process = self._spawn("xvfb", argv, pass_fds=(write_fd,))
        os.close(write_fd)
        text = _read_line(read_fd, self.start_timeout_s)
        if text.isdigit():
            self.display = f":{text}"
            self._set_env()
            self._wait("xvfb", self._x_answers, "the X server does not answer")
            return True
        _terminate(process)
        self._procs.pop("xvfb", None)
        return False

    def _set_env(self) -> None:
        runtime = self._dir / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        self.env = {
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_RUNTIME_DIR": str(runtime),
        }
        if self.bus_address:
            self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    def _start_bus(self) -> None:
        config = self._dir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self._dir / "bus"))
        read_fd, write_fd = os.pipe()
        argv = ["dbus-daemon", f"--config-file={config}", "--nofork", f"--print-address={write_fd}"]
        self._spawn("dbus", argv, pass_fds=(write_fd,))
        os.close(write_fd)
        address = _read_line(read_fd, self.start_timeout_s)
        if not address:
            raise self._fail("dbus", "the bus did not print its address")
        self.bus_address = address
        self._set_env()

    def _x_answers(self) -> bool:
        return self.run("xwininfo", "-root").returncode == 0

    def _start_tray(self) -> None:
        # trayer (GTK 2) now and then fails with "cannot open display" on a server that answers
        # xwininfo; it exits at once, so trying again is cheap.
        argv = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel"]
        argv += ["--width", "200", "--height", "32", "--SetDockType", "true"]
        for attempt in range(3):
            self._spawn("trayer", argv)
            try:
                self._wait("trayer", lambda: self.tray_geometry() is not None, "no tray window")
                return
            except DesktopError:
                if attempt == 2 or self._procs["trayer"].poll() is None:
                    raise
                time.sleep(0.1)

    def _start_notifier(self) -> None:
        rc = self._dir / "dunstrc"
        dmenu = self._dir / "dmenu.sh"
        dmenu.write_text(_DMENU.format(dir=self._dir))
        dmenu.chmod(0o755)
        rc.write_text(_DUNSTRC.replace("DMENU", str(dmenu)))
        self._spawn("dunst", ["dunst", "-config", str(rc)])
        self._wait(
            "dunst",
            lambda: self.bus_name_owner("org.freedesktop.Notifications") is not None,
            "org.freedesktop.Notifications was not owned",
        )

    def _wait(self, name: str, ready: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._procs[name].poll() is not None:
                raise self._fail(name, "exited early")
            if ready():
                return
            time.sleep(0.05)
        raise self._fail(name, what)

    # -- inspection helpers ------------------------------------------------------------------

    def run(self, *argv: str, timeout_s: float = 10.0) -> subprocess.CompletedProcess[str]:
        """Run a program inside this desktop and capture its output."""
        return subprocess.run(
            list(argv),
            env=self.child_env(),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )

    def bus_name_owner(self, name: str) -> str | None:
        result = self.run(
            "dbus-send",
            f"--bus={self.bus_address}",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetNameOwner",
            f"string:{name}",
        )
        match = re.search(r'string "(.+)"', result.stdout)
        return match.group(1) if result.returncode == 0 and match else None

    def window_tree(self, timeout_s: float = 10.0) -> str:
        """`xwininfo -root -tree`: every window, one line each. xwininfo gives up at the first
        window destroyed while it walks the tree ("X Error: BadDrawable", exit 1, the listing
        cut short), which happens whenever an app closes a window meanwhile (measured: 42 of
        100 walks fail while windows come and go): it is asked again until a walk completes."""
        deadline = time.monotonic() + timeout_s
        while True:
            result = self.run("xwininfo", "-root", "-tree")
            if result.returncode == 0:
                return result.stdout
            if time.monotonic() > deadline:
                raise DesktopError(f"xwininfo kept failing: {result.stderr.strip()}")

    def tray_geometry(self) -> tuple[int, int, int, int] | None:
        """(x, y, width, height) of trayer's panel window, or None when there is none."""
        for line in self.window_tree().splitlines():
            if '"panel": ("panel" "trayer")' in line:
                match = re.search(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)\s+\+(-?\d+)\+(-?\d+)", line)
                if match:
                    w, h, _, _, x, y = (int(g) for g in match.groups())
                    return (x, y, w, h)
        return None

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Grab the whole screen into a PNG (ImageMagick `import`)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        result = self.run("import", "-window", "root", str(target), timeout_s=20)
        if result.returncode != 0:
            raise DesktopError(f"screenshot failed: {result.stderr}")
        return target

    def notifications_displayed(self) -> int:
        """How many notifications dunst shows right now (`dunstctl count displayed`)."""
        result = self.run("dunstctl", "count", "displayed")
        return int(result.stdout.strip() or 0) if result.returncode == 0 else 0

    def start_a11y(self) -> None:
        """The accessibility bus (at-spi2-core): at-spi-bus-launcher starts its own bus and
        registers org.a11y.Bus here; Qt apps started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
        then publish their widget tree on it."""
        launcher = shutil.which("at-spi-bus-launcher") or "/usr/libexec/at-spi-bus-launcher"
        if not os.path.exists(launcher):
            raise DesktopError("at-spi-bus-launcher is not installed (apt: at-spi2-core)")
        self._spawn("a11y", [launcher, "--launch-immediately", "--a11y=1"])
        self._wait("a11y", lambda: self.bus_name_owner("org.a11y.Bus") is not None,
                   "org.a11y.Bus was not owned")  # fmt: skip

    def invoke_action(self, label: str) -> str:
        """Click the action button `label` of the newest notification, as a user would through
        dunst's context menu; returns the menu dunst offered (one "#Label (summary) [id,key]"
        line per action)."""
        (self._dir / "choice").write_text(label)
        (self._dir / "menu").unlink(missing_ok=True)
        result = self.run("dunstctl", "context")
        if result.returncode != 0:
            raise DesktopError(f"dunstctl context failed: {result.stderr}")
        menu, deadline = self._dir / "menu", time.monotonic() + self.start_timeout_s
        while not menu.exists() and time.monotonic() < deadline:  # dunst runs dmenu async
            time.sleep(0.05)
        time.sleep(0.1)  # the script has written it whole
        return menu.read_text() if menu.exists() else ""

    @contextmanager
    def monitor_notifications(self) -> Iterator[NotificationMonitor]:
        """Record Notify calls on this bus while the block runs (ready when it is entered)."""
        rules = [
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            "type='method_return'",
            "type='signal',interface='org.countdown.Harness'",
        ]
        process = subprocess.Popen(
            ["dbus-monitor", "--address", self.bus_address, *rules],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.child_env(),
            start_new_session=True,
        )
        monitor = NotificationMonitor(process)
        self._monitors.append(monitor)
        threading.Thread(target=monitor._read, daemon=True).start()
        self._wait_monitor_ready(monitor)
        try:
            yield monitor
        finally:
            monitor.stop()
            if monitor in self._monitors:
                self._monitors.remove(monitor)

    def _wait_monitor_ready(self, monitor: NotificationMonitor) -> None:
        # The monitor is subscribed once it sees our own marker signal: poke until it does.
        deadline = time.monotonic() + self.start_timeout_s
        while not monitor.ready.wait(0.1):
            self.run(
                "dbus-send",
                f"--bus={self.bus_address}",
                "--type=signal",
                "/",
                "org.countdown.Harness.HarnessReady",
            )
            if time.monotonic() > deadline:
                raise DesktopError("dbus-monitor did not start listening")
