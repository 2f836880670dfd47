"""Screen readers see every control: the app's windows read from a real AT-SPI bus.

A headless desktop gets the accessibility bus (at-spi2-core); a child process shows every window
(main window, launch dialog, paste dialog, Preferences, alert popup: tests/e2e/a11y/show_windows)
with Qt's AT-SPI bridge on; the system python3 reads the tree with pyatspi (a11y/atspi_walk.py)
as Orca would. A control a user can focus or press that has no accessible name is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.app_process import ROOT
from tests.e2e.desktop import DesktopSession, die_with_parent

pytestmark = pytest.mark.e2e
WALKER = Path(__file__).parent / "a11y" / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
WINDOWS = ("Launch Countdown", "Add launch", "Paste news", "Preferences", "alert")
# Roles a user operates; a name is what a screen reader says for them.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "menu item", "page tab", "entry", "table",
    "tree view", "list", "scroll bar", "date editor", "tree table",
}  # fmt: skip


PRESSABLE = {"push button", "check box", "toggle button", "radio button"}
ESCAPE_NAMES = {"Cancel", "Close"}  # Escape presses them in any dialog
# A shortcut Qt does not report as a key binding is in the tooltip, which AT-SPI gives as the
# description: "Add… (Ctrl+N)", "Ctrl+Enter".
SHORTCUT_IN_TEXT = re.compile(r"\b(Ctrl|Alt|Shift|Del|F\d+)\b")


def without_keys(node: dict[str, object]) -> bool:
    """A control one can press but not from the keyboard alone (no mnemonic, no shortcut)."""
    if node["role"] not in PRESSABLE or not node.get("showing") or not node.get("enabled"):
        return False  # Qt lists no key binding for a disabled button, mnemonic or not
    if node["keys"] or node["name"] in ESCAPE_NAMES:
        return False
    return not SHORTCUT_IN_TEXT.search(str(node["description"]))


def pyatspi_missing() -> bool:
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode != 0


@pytest.fixture
def a11y_tree(desktop: DesktopSession, tmp_path: Path) -> dict[str, list[dict[str, object]]]:
    if not shutil.which(SYSTEM_PYTHON) or pyatspi_missing():
        pytest.skip("needs python3-pyatspi (apt, see packaging/bootstrap.sh)")
    desktop.start_a11y()
    env = desktop.child_env(PYTHONPATH=str(ROOT), QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                            COUNTDOWN_HOME=str(tmp_path / "home"))  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.a11y.show_windows", str(tmp_path / "home")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=die_with_parent,
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        return read_tree(desktop, env)
    finally:
        child.terminate()
        child.wait(timeout=10)


def read_tree(desktop: DesktopSession, env: dict[str, str]) -> dict[str, list[dict[str, object]]]:
    deadline, last = time.monotonic() + 20, ""
    while time.monotonic() < deadline:
        walk = subprocess.run([SYSTEM_PYTHON, str(WALKER), "Launch Countdown"], env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        if walk.returncode == 0:
            tree: dict[str, list[dict[str, object]]] = json.loads(walk.stdout)
            if all(any(w in title for title in tree) for w in WINDOWS):
                dump = os.environ.get("COUNTDOWN_A11Y_DUMP")  # for a look at the whole tree
                if dump:
                    Path(dump).write_text(json.dumps(tree, indent=1))
                return tree
            last = f"windows so far: {list(tree)}"
        else:
            last = walk.stderr[-2000:]
        time.sleep(0.5)
    raise AssertionError(f"the app's windows never appeared on the AT-SPI bus: {last}")


def test_every_window_is_on_the_bus_and_every_control_has_a_name_and_keys(
    a11y_tree: dict[str, list[dict[str, object]]],
) -> None:
    for wanted in WINDOWS:
        assert any(wanted in title for title in a11y_tree), (wanted, list(a11y_tree))
    unnamed = [
        f"{title}: {node['role']} at {node['path']}"
        for title, nodes in a11y_tree.items()
        for node in nodes
        if node["role"] in INTERACTIVE and node.get("showing") and not str(node["name"]).strip()
    ]
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
    keyless = [
        f"{title}: {node['role']} {node['name']!r} at {node['path']}"
        for title, nodes in a11y_tree.items()
        for node in nodes
        if without_keys(node)
    ]
    assert not keyless, "controls with no mnemonic or shortcut:\n" + "\n".join(keyless)
