<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="36" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="37" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="38" />
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="39" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23" />
        <source>Rumored</source>
        <translation>Gerücht</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24" />
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25" />
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26" />
        <source>Delayed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27" />
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28" />
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="54" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="56" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="58" />
        <source>Paste news…</source>
        <translation>Nachricht einfügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60" />
        <location filename="../../countdown/ui/toolbar.py" line="96" />
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62" />
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>Was Ihre Quellen vorschlagen (Einstellungen → Quellen)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="67" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="69" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74" />
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="96" />
        <source>Inbox (%1)</source>
        <translation>Eingang (%1)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="104" />
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="109" />
        <source>Search launches</source>
        <translation>Starts suchen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="110" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="108" />
        <location filename="../../countdown/ui/settings_dialog.py" line="136" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="110" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="138" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="140" />
        <source>Applies the next time Launch Countdown starts.</source>
        <translation>Gilt ab dem nächsten Start von Launch Countdown.</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="180" />
        <source>No upcoming launches</source>
        <translation>Keine anstehenden Starts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="182" />
        <source>Add launch…</source>
        <translation>Start hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="184" />
        <source>Paste news…</source>
        <translation>Nachricht einfügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="186" />
        <source>Inbox (%1)…</source>
        <translation>Eingang (%1)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189" />
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="194" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="205" />
        <source>Alerts paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="207" />
        <location filename="../../countdown/ui/tray.py" line="210" />
        <source>Pause alerts</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="213" />
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="215" />
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216" />
        <source>Resume alerts</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
</context>
</TS>