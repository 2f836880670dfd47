<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>AlertContent</name>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="78" />
            <source>While you were away</source>
            <translation>Pendant votre absence</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="84" />
            <source>&amp;Snooze</source>
            <translation>Rappeler plu&amp;s tard</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="85" />
            <source>&amp;Mark launched</source>
            <translation>&amp;Marquer comme sortie</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="87" />
            <source>&amp;Open source</source>
            <translation>&amp;Ouvrir la source</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="89" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="95" />
            <source>%1 alerts while you were away</source>
            <translation>%1 alertes pendant votre absence</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="95" />
            <source>%1 alerts</source>
            <translation>%1 alertes</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="106" />
            <source>&amp;Snooze all</source>
            <translation>Tout rappeler plu&amp;s tard</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="108" />
            <source>&amp;Dismiss all</source>
            <translation>Tout &amp;fermer</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="137" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="137" />
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="142" />
            <source>Mark launched</source>
            <translation>Marquer comme sortie</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup_content.py" line="144" />
            <source>Mark launched: %1</source>
            <translation>Marquer comme sortie : %1</translation>
        </message>
    </context>
    <context>
        <name>AlertPopup</name>
        <message>
            <location filename="../../countdown/ui/popup.py" line="58" />
            <source>Launch alert</source>
            <translation>Alerte de sortie</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/popup.py" line="59" />
            <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
            <translation>Alt+S rappeler plus tard, Alt+M marquer comme sortie, Échap fermer</translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="33" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="36" />
            <source>Backup to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="38" />
            <source>No backup yet: one is made after your first change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="40" />
            <source>Rest&amp;ore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="41" />
            <source>Restore the chosen backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="44" />
            <source>Made after every change; the newest 10 and one a day for a week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="62" />
            <source>damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="64" />
            <source>%1 launches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="75" />
            <source>Restore backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/backups_box.py" line="77" />
            <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="25" />
            <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="34" />
            <source>No system tray was found here, so this window is the app: closing it quits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="57" />
            <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="64" />
            <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="78" />
            <source>top left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="79" />
            <source>top right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="80" />
            <source>bottom left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="81" />
            <source>bottom right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="98" />
            <source>&amp;Add a launch…</source>
            <translation>&amp;Ajouter une sortie…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/welcome.py" line="100" />
            <source>&amp;Paste news…</source>
            <translation>&amp;Coller un article…</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="30" />
            <source>&amp;Track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="31" />
            <source>&amp;Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="32" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="35" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="36" />
            <source>Moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="37" />
            <source>Gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="62" />
            <source>Inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="65" />
            <source>Launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="65" />
            <source>When / change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="65" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="67" />
            <source>Proposals from sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="75" />
            <location filename="../../countdown/ui/inbox_dialog.py" line="131" />
            <source>&amp;Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="75" />
            <source>Do what the selected proposals say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="78" />
            <source>&amp;Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="78" />
            <source>Ignore the selected proposals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="81" />
            <source>&amp;Refresh sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="81" />
            <source>Fetch every source now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/inbox_dialog.py" line="138" />
            <source>Nothing waiting. Sources are in Preferences.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaunchDialog</name>
        <message>
            <location filename="../../countdown/ui/launch_dialog.py" line="53" />
            <source>Edit launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_dialog.py" line="53" />
            <source>Add launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_dialog.py" line="74" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_dialog.py" line="75" />
            <source>Sa&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_dialog.py" line="101" />
            <source>Not a date I can read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaunchForm</name>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="48" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="49" />
            <source>e.g. Pixel 11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="50" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="51" />
            <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="53" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="55" />
            <source>Countdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="56" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="61" />
            <source>Written on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="62" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="70" />
            <location filename="../../countdown/ui/launch_form.py" line="74" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="72" />
            <source>Local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="76" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="77" />
            <source>URL or quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="78" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="81" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="82" />
            <source>comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="88" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="89" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="94" />
            <source>W&amp;ritten on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="95" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="96" />
            <source>&amp;Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="97" />
            <source>So&amp;urce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="98" />
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="99" />
            <source>T&amp;ags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/launch_form.py" line="100" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaunchTable</name>
        <message>
            <location filename="../../countdown/ui/models.py" line="35" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/models.py" line="36" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/models.py" line="37" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/models.py" line="38" />
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/models.py" line="39" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="21" />
            <source>Active</source>
            <translation>Actives</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="22" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="23" />
            <source>Rumored</source>
            <translation>Rumeur</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="24" />
            <source>Announced</source>
            <translation>Annoncée</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="25" />
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="26" />
            <source>Delayed</source>
            <translation>Reportée</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="27" />
            <source>Launched</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="28" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="54" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="55" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="56" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="58" />
            <source>Paste news…</source>
            <translation>Coller un article…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="60" />
            <location filename="../../countdown/ui/toolbar.py" line="96" />
            <source>Inbox</source>
            <translation>Propositions</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="62" />
            <source>What your sources propose (Preferences → Sources)</source>
            <translation>Ce que proposent vos sources (Préférences → Sources)</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="64" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="67" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="69" />
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="71" />
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="74" />
            <source>Preferences…</source>
            <translation>Préférences…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="96" />
            <source>Inbox (%1)</source>
            <translation>Propositions (%1)</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="104" />
            <source>Status filter</source>
            <translation>Filtre de statut</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="109" />
            <source>Search launches</source>
            <translation>Rechercher des sorties</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/toolbar.py" line="110" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="41" />
            <source>Paste a news paragraph or a whole article above.
Launches with a date — “goes on sale in late August”, “Q3 2027”, “fin juillet” —
show up here to review before tracking. English, French and Chinese are understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="59" />
            <source>Paste news — Launch Countdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="67" />
            <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="72" />
            <source>News text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="74" />
            <source>Paste a news paragraph; the launches it names are proposed below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="78" />
            <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="89" />
            <location filename="../../countdown/ui/paste_dialog.py" line="91" />
            <location filename="../../countdown/ui/paste_dialog.py" line="186" />
            <source>Track selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="104" />
            <source>&amp;Written on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="105" />
            <source>Written on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="108" />
            <location filename="../../countdown/ui/paste_dialog.py" line="177" />
            <source>the date “this year” or “next month” counts from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="125" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="175" />
            <source>the text’s own dateline, %1, is used instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_dialog.py" line="184" />
            <source>Track %1 selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="73" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="92" />
            <source>&amp;Start Launch Countdown when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="93" />
            <source>Start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="95" />
            <source>Entry: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="100" />
            <source>Days before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="101" />
            <source>e.g. 7, 1 (empty: only on the day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="105" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="106" />
            <source>Add to applications m&amp;enu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="109" />
            <source>Adds it to your desktop's list of applications, with its icon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="112" />
            <location filename="../../countdown/ui/settings_dialog.py" line="140" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="114" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="126" />
            <source>Startup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="130" />
            <source>Default reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="132" />
            <source>&amp;Morning time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="133" />
            <source>&amp;Days before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="135" />
            <source>Launches with their own reminders keep them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="136" />
            <source>Applications menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="142" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="144" />
            <source>Applies the next time Launch Countdown starts.</source>
            <translation>Prend effet au prochain démarrage de Launch Countdown.</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="153" />
            <source>&amp;General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="154" />
            <source>So&amp;urces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="155" />
            <source>&amp;Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="180" />
            <location filename="../../countdown/ui/settings_dialog.py" line="205" />
            <source>Update applications menu entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="181" />
            <location filename="../../countdown/ui/settings_dialog.py" line="206" />
            <source>In the menu: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="186" />
            <source>⚠ Whole days, separated by commas: 7, 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="202" />
            <source>⚠ Could not add the entry: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/settings_dialog.py" line="220" />
            <source>⚠ Could not change the login entry: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProposalTable</name>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="29" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="30" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="31" />
            <source>Reads as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="32" />
            <location filename="../../countdown/ui/paste_table.py" line="110" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="33" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="48" />
            <source>Proposed launches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="50" />
            <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="101" />
            <source>Track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="145" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="145" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="145" />
            <source>Tracked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/paste_table.py" line="155" />
            <source>Not a date I can read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersEditor</name>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="42" />
            <source>Morning time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="58" />
            <source>Use the &amp;default reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="59" />
            <source>Default reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="62" />
            <source>Days before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="63" />
            <source>e.g. 7, 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="66" />
            <source>in the &amp;morning at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/reminders.py" line="68" />
            <source>and days &amp;before:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesBox</name>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="49" />
            <location filename="../../countdown/ui/sources_box.py" line="55" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="53" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="53" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="53" />
            <source>Last fetched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="53" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="61" />
            <source>https://… feed, .ics calendar or Launch Library 2 address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="63" />
            <source>Address of a new source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="64" />
            <source>&amp;Track its new launches without asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="65" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="66" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="67" />
            <source>Remove the selected source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="108" />
            <source>Adding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="130" />
            <source>Added; fetching it now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../countdown/ui/sources_box.py" line="141" />
            <source>Removed %1; its launches stay.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayCountdown</name>
        <message>
            <location filename="../../countdown/ui/tray.py" line="180" />
            <source>No upcoming launches</source>
            <translation>Aucune sortie à venir</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="182" />
            <source>Add launch…</source>
            <translation>Ajouter une sortie…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="184" />
            <source>Paste news…</source>
            <translation>Coller un article…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="186" />
            <source>Inbox (%1)…</source>
            <translation>Propositions (%1)…</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="189" />
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="194" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="205" />
            <source>Alerts paused until %1</source>
            <translation>Alertes en pause jusqu’à %1</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="207" />
            <location filename="../../countdown/ui/tray.py" line="210" />
            <source>Pause alerts</source>
            <translation>Suspendre les alertes</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="213" />
            <source>For 1 hour</source>
            <translation>Pendant 1 heure</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="215" />
            <source>Until tomorrow</source>
            <translation>Jusqu’à demain</translation>
        </message>
        <message>
            <location filename="../../countdown/ui/tray.py" line="216" />
            <source>Resume alerts</source>
            <translation>Reprendre les alertes</translation>
        </message>
    </context>
</TS>