"""The world outside the domain, Qt-free: CalDAV sync, autostart at login, the desktop menu entry."""
