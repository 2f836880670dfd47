"""Read an application's accessibility tree from the AT-SPI bus and print it as JSON.

Run by the *system* python3 (pyatspi is a Debian package, python3-pyatspi; the venv cannot see
it): `python3 atspi_walk.py APP_NAME`. Prints one JSON object: {window title: [nodes]}, each node
{"role", "name", "description", "focusable", "showing", "enabled", "keys", "path"} for every accessible in that window.
Exits 2 when no application of that name is on the bus.
"""

from __future__ import annotations

import json
import sys

import pyatspi


def key_binding(node):
    """The keys that press it (Qt reports a mnemonic as "<Alt>s", a shortcut as "Ctrl+N")."""
    try:
        action = node.queryAction()
    except NotImplementedError:
        return ""
    return ";".join(action.getKeyBinding(i) or "" for i in range(action.nActions)).strip(";")


def walk(node, path, out, depth=0):
    if node is None or depth > 40:
        return
    try:
        states = node.getState()
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "showing": states.contains(pyatspi.STATE_SHOWING),
                "enabled": states.contains(pyatspi.STATE_ENABLED),
                "path": path,
                "keys": key_binding(node),
            }
        )
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            walk(child, f"{path}/{index}:{child.getRoleName() if child else '?'}", out, depth + 1)
    except Exception as error:  # a node that vanished mid-walk: say so, do not stop
        out.append({"role": "error", "name": str(error), "path": path})


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == wanted:
            windows = {}
            for window in app:
                nodes = []
                walk(window, window.getRoleName(), nodes)
                windows[window.name] = nodes
            print(json.dumps(windows))
            return 0
    names = [a.name for a in desktop if a is not None]
    print(f"no application {wanted!r} on the bus; there are {names}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
