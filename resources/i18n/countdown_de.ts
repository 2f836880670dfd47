<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertContent</name>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="78"/>
        <source>While you were away</source>
        <translation>Während Sie weg waren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="84"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="85"/>
        <source>&amp;Mark launched</source>
        <translation>Als gestartet &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="87"/>
        <source>&amp;Open source</source>
        <translation>&amp;Quelle öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="89"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="95"/>
        <source>%n alerts while you were away</source>
        <translation>
            <numerusform>%n Erinnerung, während Sie weg waren</numerusform>
            <numerusform>%n Erinnerungen, während Sie weg waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="97"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="108"/>
        <source>&amp;Snooze all</source>
        <translation>Alle &amp;später erinnern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="110"/>
        <source>&amp;Dismiss all</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="144"/>
        <source>Mark launched</source>
        <translation>Als gestartet markieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="146"/>
        <source>Mark launched: %1</source>
        <translation>Als gestartet markieren: %1</translation>
    </message>
</context>
<context>
    <name>AlertPopup</name>
    <message>
        <location filename="../../countdown/ui/popup.py" line="57"/>
        <source>%1 alert</source>
        <translation>%1 – Erinnerung</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="58"/>
        <source>Launch alert</source>
        <translation>Start-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="59"/>
        <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
        <translation>Alt+S später erinnern, Alt+M als gestartet markieren, Esc verwerfen</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="33"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="36"/>
        <source>Backup to restore</source>
        <translation>Wiederherzustellendes Backup</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="38"/>
        <source>No backup yet: one is made after your first change</source>
        <translation>Noch kein Backup: Es entsteht nach Ihrer ersten Änderung</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="40"/>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="41"/>
        <source>Restore the chosen backup</source>
        <translation>Gewähltes Backup wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="44"/>
        <source>Made after every change; the newest 10 and one a day for a week.</source>
        <translation>Nach jeder Änderung angelegt; die neuesten 10 und eine Woche lang eines pro Tag.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="62"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="64"/>
        <source>1 launch</source>
        <translation>1 Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/backups_box.py" line="66"/>
        <source>%n launches</source>
        <translation>
            <numerusform>%n Start</numerusform>
            <numerusform>%n Starts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="78"/>
        <source>Restore backup</source>
        <translation>Backup wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="80"/>
        <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
        <translation>Alle Starts durch das Backup vom %1 ersetzen?
Der aktuelle Stand wird vorher gesichert, Sie können also zu ihm zurück.</translation>
    </message>
</context>
<context>
    <name>DamagedLaunchesDialog</name>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="43"/>
        <location filename="../../countdown/ui/damaged_dialog.py" line="54"/>
        <source>Damaged launches</source>
        <translation>Beschädigte Starts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="49"/>
        <source>These launches could not be read from the database, so they are left out of the list and get no alerts. Repair one by giving the missing fields again, or delete it. Preferences → Backups can also bring back an earlier state.</source>
        <translation>Diese Starts ließen sich nicht aus der Datenbank lesen; sie fehlen daher in der Liste und lösen keine Erinnerungen aus. Reparieren Sie einen, indem Sie die fehlenden Felder neu eingeben, oder löschen Sie ihn. Auch Einstellungen → Backups kann einen früheren Stand zurückholen.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="62"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="63"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="81"/>
        <source>Nothing is damaged any more.</source>
        <translation>Nichts ist mehr beschädigt.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="94"/>
        <source>Launch #%1 (%2) is damaged — %3</source>
        <translation>Start Nr. %1 (%2) ist beschädigt – %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="96"/>
        <source>Launch #%1 is damaged — %3</source>
        <translation>Start Nr. %1 ist beschädigt – %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="126"/>
        <source>Delete damaged launch</source>
        <translation>Beschädigten Start löschen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="127"/>
        <source>Delete launch #%1 and its history? This cannot be undone.</source>
        <translation>Start Nr. %1 samt Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../countdown/ui/detail.py" line="27"/>
        <source>Select a launch to see its details and slip history.</source>
        <translation>Wählen Sie einen Start, um Details und Verschiebungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="45"/>
        <source>added: %1 (%2)</source>
        <translation>hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="63"/>
        <source>“%1” on %2</source>
        <translation>„%1“ am %2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="67"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="68"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="70"/>
        <source>Typed</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="71"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="72"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="85"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="88"/>
        <source>slipped %1× (%2 days)</source>
        <translation>%1× verschoben (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="103"/>
        <source>Launch details</source>
        <translation>Details zum Start</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Starts&lt;/h2&gt;&lt;p&gt;Launch Countdown zählt die Tage bis zu den Starts, auf die Sie warten – ein Handy, ein Spiel, eine Rakete –, mit dem Datum so, wie die Nachrichten es nennen: &lt;i&gt;„Q3 2026“, „Mitte Juli“, „Anfang nächsten Jahres“, „3. Dez. um 10 Uhr PT“&lt;/i&gt;. Ein vages Datum bleibt ein Zeitraum, nie ein geratener Tag, und Sie werden erinnert, wenn er beginnt und wenn der Tag da ist.&lt;/p&gt;&lt;p&gt;Tragen Sie einen Start von Hand ein oder fügen Sie eine Nachricht ein und wählen Sie die Starts, die sie nennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="34"/>
        <source>No system tray was found here, so this window is the app: closing it quits.</source>
        <translation>Hier wurde kein Infobereich gefunden, daher ist dieses Fenster die App: Schließen beendet sie.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="57"/>
        <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown wohnt im Infobereich: Sein Symbol zeigt die Tage bis zum nächsten Start. Nach dem Schließen dieses Fensters läuft es dort weiter; ein Klick auf das Symbol öffnet das Fenster wieder.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="64"/>
        <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown wohnt im Infobereich, %1 auf Ihrem Bildschirm: Sein Symbol zeigt die Tage bis zum nächsten Start. Nach dem Schließen dieses Fensters läuft es dort weiter; ein Klick auf das Symbol öffnet das Fenster wieder.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="78"/>
        <source>top left</source>
        <translation>oben links</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="79"/>
        <source>top right</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="80"/>
        <source>bottom left</source>
        <translation>unten links</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="81"/>
        <source>bottom right</source>
        <translation>unten rechts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="98"/>
        <source>&amp;Add a launch…</source>
        <translation>Start &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="100"/>
        <source>&amp;Paste news…</source>
        <translation>Nachricht &amp;einfügen…</translation>
    </message>
</context>
<context>
    <name>EvidenceLegend</name>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="197"/>
        <source>In the text:</source>
        <translation>Im Text:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="201"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="202"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="218"/>
        <source>(no words in the text for: %1)</source>
        <translation>(keine Wörter im Text für: %1)</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="38"/>
        <source>&amp;Track</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="39"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="40"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="43"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="44"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="45"/>
        <source>Gone</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="70"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>When / change</source>
        <translation>Wann / Änderung</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="75"/>
        <source>Proposals from sources</source>
        <translation>Vorschläge aus Quellen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <location filename="../../countdown/ui/inbox_dialog.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <source>Do what the selected proposals say</source>
        <translation>Die gewählten Vorschläge ausführen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>Ignore the selected proposals</source>
        <translation>Die gewählten Vorschläge ignorieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Re&amp;fresh sources</source>
        <translation>&amp;Quellen abrufen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Fetch every source now</source>
        <translation>Alle Quellen jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="158"/>
        <source>Nothing waiting. Sources are in Preferences.</source>
        <translation>Nichts offen. Quellen finden Sie in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Edit launch</source>
        <translation>Start bearbeiten</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Repair launch</source>
        <translation>Start reparieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="61"/>
        <source>Add launch</source>
        <translation>Start hinzufügen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="82"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="83"/>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="109"/>
        <source>Not a date I can read</source>
        <translation>Kein Datum, das ich lesen kann</translation>
    </message>
</context>
<context>
    <name>LaunchForm</name>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="54"/>
        <location filename="../../countdown/ui/launch_form.py" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="50"/>
        <source>e.g. Pixel 11</source>
        <translation>z. B. Pixel 11</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="51"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="52"/>
        <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
        <translation>z. B. Q3 2026, mid-July, Dec 3 at 10am PT</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="54"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="56"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="57"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="62"/>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="70"/>
        <location filename="../../countdown/ui/launch_form.py" line="74"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="72"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="76"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="77"/>
        <source>URL or quote</source>
        <translation>URL oder Zitat</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="78"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="81"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="82"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="67"/>
        <location filename="../../countdown/ui/launch_form.py" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="89"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="94"/>
        <source>W&amp;ritten on</source>
        <translation>&amp;Geschrieben am</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="95"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="96"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="97"/>
        <source>So&amp;urce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="99"/>
        <source>T&amp;ags</source>
        <translation>Sc&amp;hlagwörter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="100"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="40"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="42"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="43"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="31"/>
        <source>Launches</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="33"/>
        <source>F2 edits the selected launch, Delete removes it</source>
        <translation>F2 bearbeitet den gewählten Start, Entf entfernt ihn</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23"/>
        <source>Rumored</source>
        <translation>Gerücht</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26"/>
        <source>Delayed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27"/>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="61"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64"/>
        <source>Paste news…</source>
        <translation>Nachricht einfügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="66"/>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="68"/>
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>Was Ihre Quellen vorschlagen (Einstellungen → Quellen)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="76"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="78"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="81"/>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox (%1)</source>
        <translation>Eingang (%1)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="111"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="116"/>
        <source>Search launches</source>
        <translation>Starts suchen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="117"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="27"/>
        <location filename="../../countdown/ui/paste_name_pick.py" line="33"/>
        <source>&amp;Use selection as name</source>
        <translation>Auswahl als Name ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="28"/>
        <source>Use selection as name</source>
        <translation>Auswahl als Name übernehmen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="30"/>
        <source>Select the product’s name in the text above, then press this (Alt+U)</source>
        <translation>Markieren Sie den Produktnamen im Text oben und klicken Sie dann hier (Alt+B)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../countdown/services/notifier.py" line="238"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="242"/>
        <source>Snooze 1 hour</source>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="243"/>
        <source>Mark launched</source>
        <translation>Als gestartet markieren</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="247"/>
        <source>Snooze all 1 hour</source>
        <translation>Alle in 1 Stunde erinnern</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="55"/>
        <source>Paste a news paragraph or a whole article above.
Launches with a date — “goes on sale in late August”, “Q3 2027”, “fin juillet” —
show up here to review before tracking.
English, German, French, Spanish, Chinese and Japanese are understood.</source>
        <translation>Fügen Sie oben einen Nachrichtenabsatz oder einen ganzen Artikel ein.
Starts mit Datum – „goes on sale in late August“, „Q3 2027“, „fin juillet“ –
erscheinen hier zur Prüfung, bevor Sie sie verfolgen.
Englisch, Deutsch, Französisch, Spanisch, Chinesisch und Japanisch werden verstanden.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="75"/>
        <source>Paste news — Launch Countdown</source>
        <translation>Nachricht einfügen – Launch Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="83"/>
        <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
        <translation>Fügen Sie einen Nachrichtenabsatz oder Artikel ein; Starts mit Datum werden unten vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="89"/>
        <source>News text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="91"/>
        <source>Paste a news paragraph; the launches it names are proposed below</source>
        <translation>Nachrichtenabsatz einfügen; die genannten Starts werden unten vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="95"/>
        <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
        <translation>Nachrichtenabsatz einfügen…

z. B. „Google’s Pixel 11 Pro goes on sale in late August, according to a report.“</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="107"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="109"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track selected</source>
        <translation>Ausgewählte verfolgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="139"/>
        <source>&amp;Written on:</source>
        <translation>&amp;Geschrieben am:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="140"/>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="143"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="257"/>
        <source>the date “this year” or “next month” counts from</source>
        <translation>ab diesem Datum zählen „dieses Jahr“ oder „nächsten Monat“</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="160"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="218"/>
        <source>No launch found in the text: paste a sentence that names a product and when it launches, e.g. “The Pixel 11 goes on sale in late August.”</source>
        <translation>Kein Start im Text gefunden: Fügen Sie einen Satz ein, der ein Produkt nennt und sagt, wann es erscheint, z. B. „Das Pixel 11 kommt Ende August in den Handel.“</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="255"/>
        <source>the text’s own dateline, %1, is used instead</source>
        <translation>stattdessen gilt das Datum im Text selbst, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track %n selected</source>
        <translation>
            <numerusform>%n ausgewählten verfolgen</numerusform>
            <numerusform>%n ausgewählte verfolgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="73"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="92"/>
        <source>&amp;Start Launch Countdown when I log in</source>
        <translation>Launch Countdown beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="93"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="95"/>
        <source>Entry: %1</source>
        <translation>Eintrag: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="100"/>
        <source>Days before</source>
        <translation>Tage vorher</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="101"/>
        <source>e.g. 7, 1 (empty: only on the day)</source>
        <translation>z. B. 7, 1 (leer: nur am Tag selbst)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="105"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="106"/>
        <source>Add to applications m&amp;enu</source>
        <translation>Ins Anwendungsm&amp;enü eintragen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="109"/>
        <source>Adds it to your desktop&apos;s list of applications, with its icon.</source>
        <translation>Trägt es mit Symbol in die Anwendungsliste Ihres Desktops ein.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="112"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="114"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="126"/>
        <source>Startup</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="130"/>
        <source>Default reminders</source>
        <translation>Standard-Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="132"/>
        <source>&amp;Morning time</source>
        <translation>&amp;Morgens um</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="133"/>
        <source>&amp;Days before</source>
        <translation>Tage &amp;vorher</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="135"/>
        <source>Launches with their own reminders keep them.</source>
        <translation>Starts mit eigenen Erinnerungen behalten diese.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="136"/>
        <source>Applications menu</source>
        <translation>Anwendungsmenü</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="151"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="152"/>
        <source>So&amp;urces</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="153"/>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="178"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="203"/>
        <source>Update applications menu entry</source>
        <translation>Menüeintrag aktualisieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="179"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="204"/>
        <source>In the menu: %1</source>
        <translation>Im Menü: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="184"/>
        <source>⚠ Whole days, separated by commas: 7, 1</source>
        <translation>⚠ Ganze Tage, durch Kommas getrennt: 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="200"/>
        <source>⚠ Could not add the entry: %1</source>
        <translation>⚠ Eintrag konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="218"/>
        <source>⚠ Could not change the login entry: %1</source>
        <translation>⚠ Anmelde-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="33"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="34"/>
        <source>Reads as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="35"/>
        <location filename="../../countdown/ui/paste_table.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="47"/>
        <location filename="../../countdown/ui/paste_table.py" line="36"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="51"/>
        <source>Proposed launches</source>
        <translation>Vorgeschlagene Starts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="53"/>
        <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
        <translation>Leertaste hakt einen Start an oder ab; Strg+Eingabe verfolgt die angehakten</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="104"/>
        <source>Track</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="108"/>
        <source>Type the name here, or select it in the text above and press Alt+U</source>
        <translation>Namen hier eingeben oder im Text oben markieren und Alt+B drücken</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Tracked</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="164"/>
        <source>Not a date I can read.</source>
        <translation>Kein Datum, das ich lesen kann.</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="42"/>
        <source>Morning time</source>
        <translation>Uhrzeit am Morgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="58"/>
        <source>Use the &amp;default reminders</source>
        <translation>Stan&amp;dard-Erinnerungen verwenden</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="59"/>
        <source>Default reminders</source>
        <translation>Standard-Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="62"/>
        <source>Days before</source>
        <translation>Tage vorher</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="63"/>
        <source>e.g. 7, 1</source>
        <translation>z. B. 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="66"/>
        <source>in the &amp;morning at</source>
        <translation>&amp;morgens um</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="68"/>
        <source>and days &amp;before:</source>
        <translation>und Tage &amp;vorher:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../countdown/ui/shell.py" line="133"/>
        <source>Click here to repair or delete it.</source>
        <translation>Hier klicken, um ihn zu reparieren oder zu löschen.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="52"/>
        <source>1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="53"/>
        <source>Tomorrow %1</source>
        <translation>Morgen um %1</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="32"/>
        <source>news feed</source>
        <translation>Nachrichten-Feed</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="33"/>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="34"/>
        <source>Launch Library 2</source>
        <translation>Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="37"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="38"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="39"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="40"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="52"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="57"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="69"/>
        <location filename="../../countdown/ui/sources_box.py" line="75"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Last fetched</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="81"/>
        <source>https://… feed, .ics calendar or Launch Library 2 address</source>
        <translation>https://… Feed, .ics-Kalender oder Launch-Library-2-Adresse</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="83"/>
        <source>Address of a new source</source>
        <translation>Adresse einer neuen Quelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="84"/>
        <source>&amp;Track its new launches without asking</source>
        <translation>Neue Starts &amp;ohne Nachfrage verfolgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="85"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="87"/>
        <source>Remove the selected source</source>
        <translation>Gewählte Quelle entfernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="128"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="150"/>
        <source>Added; fetching it now.</source>
        <translation>Hinzugefügt; wird jetzt abgerufen.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="161"/>
        <source>Removed %1; its launches stay.</source>
        <translation>%1 entfernt; seine Starts bleiben.</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="16"/>
        <source>rumored</source>
        <translation>Gerücht</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="17"/>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="18"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="19"/>
        <source>delayed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="20"/>
        <source>launched</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="21"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../countdown/ui/pages.py" line="61"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="60"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="226"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="80"/>
        <source>No upcoming launches — right-click to add one</source>
        <translation>Keine anstehenden Starts – Rechtsklick zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="88"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="130"/>
        <source>%1 menu</source>
        <translation>%1-Menü</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189"/>
        <source>No upcoming launches</source>
        <translation>Keine anstehenden Starts</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="191"/>
        <source>Add launch…</source>
        <translation>Start hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="193"/>
        <source>Paste news…</source>
        <translation>Nachricht einfügen…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="195"/>
        <source>Inbox (%1)…</source>
        <translation>Eingang (%1)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="198"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="203"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="214"/>
        <source>Alerts paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216"/>
        <location filename="../../countdown/ui/tray.py" line="219"/>
        <source>Pause alerts</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="225"/>
        <source>Resume alerts</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../countdown/ui/undo.py" line="33"/>
        <source>remove %1</source>
        <translation>– %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="48"/>
        <source>Undo bar</source>
        <translation>Rückgängig-Leiste</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="51"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="52"/>
        <source>Undo remove</source>
        <translation>Entfernen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="56"/>
        <source>Close undo bar</source>
        <translation>Rückgängig-Leiste schließen</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="71"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/undo.py" line="73"/>
        <source>Removed %n launches.</source>
        <translation>
            <numerusform>%n Start entfernt.</numerusform>
            <numerusform>%n Starts entfernt.</numerusform>
        </translation>
    </message>
</context>
</TS>
