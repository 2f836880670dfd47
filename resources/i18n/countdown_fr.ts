<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertContent</name>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="78"/>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="84"/>
        <source>&amp;Snooze</source>
        <translation>Rappeler plu&amp;s tard</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="85"/>
        <source>&amp;Mark launched</source>
        <translation>&amp;Marquer comme lancé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="87"/>
        <source>&amp;Open source</source>
        <translation>&amp;Ouvrir la source</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="89"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="95"/>
        <source>%n alerts while you were away</source>
        <translation>
            <numerusform>%n alerte pendant votre absence</numerusform>
            <numerusform>%n alertes pendant votre absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="97"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="108"/>
        <source>&amp;Snooze all</source>
        <translation>Tout rappeler plu&amp;s tard</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="110"/>
        <source>&amp;Dismiss all</source>
        <translation>Tout &amp;fermer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="144"/>
        <source>Mark launched</source>
        <translation>Marquer comme lancé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="146"/>
        <source>Mark launched: %1</source>
        <translation>Marquer comme lancé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertPopup</name>
    <message>
        <location filename="../../countdown/ui/popup.py" line="57"/>
        <source>%1 alert</source>
        <translation>%1 – alerte</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="58"/>
        <source>Launch alert</source>
        <translation>Alerte de lancement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="59"/>
        <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
        <translation>Alt+S rappeler plus tard, Alt+M marquer comme lancé, Échap fermer</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="33"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="36"/>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="38"/>
        <source>No backup yet: one is made after your first change</source>
        <translation>Aucune sauvegarde&#xa0;: la première est faite après votre première modification</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="40"/>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="41"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="44"/>
        <source>Made after every change; the newest 10 and one a day for a week.</source>
        <translation>Faites après chaque modification&#x202f;; les 10 plus récentes et une par jour pendant une semaine sont gardées.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="62"/>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="64"/>
        <source>1 launch</source>
        <translation>1 lancement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/backups_box.py" line="66"/>
        <source>%n launches</source>
        <translation>
            <numerusform>%n lancement</numerusform>
            <numerusform>%n lancements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="78"/>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="80"/>
        <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
        <translation>Remplacer tous les lancements par la sauvegarde du %1&#x202f;?
L’état actuel est d’abord sauvegardé&#xa0;: vous pourrez y revenir.</translation>
    </message>
</context>
<context>
    <name>DamagedLaunchesDialog</name>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="43"/>
        <location filename="../../countdown/ui/damaged_dialog.py" line="54"/>
        <source>Damaged launches</source>
        <translation>Lancements endommagés</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="49"/>
        <source>These launches could not be read from the database, so they are left out of the list and get no alerts. Repair one by giving the missing fields again, or delete it. Preferences → Backups can also bring back an earlier state.</source>
        <translation>Ces lancements n’ont pas pu être lus dans la base de données&#xa0;: ils sont donc absents de la liste et ne donnent lieu à aucune alerte. Réparez-en un en saisissant à nouveau les champs manquants, ou supprimez-le. Préférences → Sauvegardes permet aussi de revenir à un état antérieur.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="62"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="63"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="81"/>
        <source>Nothing is damaged any more.</source>
        <translation>Plus rien n’est endommagé.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="94"/>
        <source>Launch #%1 (%2) is damaged — %3</source>
        <translation>Le lancement nº %1 (%2) est endommagé – %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="96"/>
        <source>Launch #%1 is damaged — %3</source>
        <translation>Le lancement nº %1 est endommagé – %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="126"/>
        <source>Delete damaged launch</source>
        <translation>Supprimer le lancement endommagé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="127"/>
        <source>Delete launch #%1 and its history? This cannot be undone.</source>
        <translation>Supprimer le lancement nº %1 et son historique&#x202f;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../countdown/ui/detail.py" line="27"/>
        <source>Select a launch to see its details and slip history.</source>
        <translation>Sélectionnez un lancement pour voir ses détails et ses reports.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="45"/>
        <source>added: %1 (%2)</source>
        <translation>ajouté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="63"/>
        <source>“%1” on %2</source>
        <translation>«&#xa0;%1&#xa0;» le %2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="67"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="68"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="69"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="70"/>
        <source>Typed</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="71"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="72"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="85"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="88"/>
        <source>slipped %1× (%2 days)</source>
        <translation>reporté %1 fois (%2 jours)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="103"/>
        <source>Launch details</source>
        <translation>Détails du lancement</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun lancement pour l’instant&lt;/h2&gt;&lt;p&gt;Launch Countdown fait le compte à rebours des lancements que vous attendez – un téléphone, un jeu, une fusée – avec la date telle que la presse l’annonce&#xa0;: &lt;i&gt;«&#xa0;Q3 2026&#xa0;», «&#xa0;mid-July&#xa0;», «&#xa0;early next year&#xa0;», «&#xa0;Dec 3 at 10am PT&#xa0;»&lt;/i&gt;. Une date vague reste une période, jamais un jour deviné, et vous êtes prévenu quand elle commence et le jour venu.&lt;/p&gt;&lt;p&gt;Ajoutez un lancement à la main, ou collez un article et choisissez les lancements qu’il mentionne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="34"/>
        <source>No system tray was found here, so this window is the app: closing it quits.</source>
        <translation>Aucune zone de notification n’a été trouvée&#xa0;: cette fenêtre est donc l’application, et la fermer la quitte.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="57"/>
        <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown réside dans la zone de notification&#xa0;: son icône indique les jours restants avant le prochain lancement. Si vous fermez cette fenêtre, il continue d’y tourner&#x202f;; cliquez sur l’icône pour la rouvrir.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="64"/>
        <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown réside dans la zone de notification, %1 de votre écran&#xa0;: son icône indique les jours restants avant le prochain lancement. Si vous fermez cette fenêtre, il continue d’y tourner&#x202f;; cliquez sur l’icône pour la rouvrir.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="78"/>
        <source>top left</source>
        <translation>en haut à gauche</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="79"/>
        <source>top right</source>
        <translation>en haut à droite</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="80"/>
        <source>bottom left</source>
        <translation>en bas à gauche</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="81"/>
        <source>bottom right</source>
        <translation>en bas à droite</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="98"/>
        <source>&amp;Add a launch…</source>
        <translation>&amp;Ajouter un lancement…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="100"/>
        <source>&amp;Paste news…</source>
        <translation>&amp;Coller un article…</translation>
    </message>
</context>
<context>
    <name>EvidenceLegend</name>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="197"/>
        <source>In the text:</source>
        <translation>Dans le texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="201"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="202"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="203"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="218"/>
        <source>(no words in the text for: %1)</source>
        <translation>(aucun mot du texte pour&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="38"/>
        <source>&amp;Track</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="39"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="40"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="43"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="44"/>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="45"/>
        <source>Gone</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="70"/>
        <source>Inbox</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>When / change</source>
        <translation>Date / changement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="75"/>
        <source>Proposals from sources</source>
        <translation>Propositions des sources</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <location filename="../../countdown/ui/inbox_dialog.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <source>Do what the selected proposals say</source>
        <translation>Appliquer les propositions sélectionnées</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>Ignore the selected proposals</source>
        <translation>Ignorer les propositions sélectionnées</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Re&amp;fresh sources</source>
        <translation>Ac&amp;tualiser les sources</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Fetch every source now</source>
        <translation>Interroger toutes les sources maintenant</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="158"/>
        <source>Nothing waiting. Sources are in Preferences.</source>
        <translation>Rien en attente. Les sources se règlent dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Edit launch</source>
        <translation>Modifier le lancement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Repair launch</source>
        <translation>Réparer le lancement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="61"/>
        <source>Add launch</source>
        <translation>Ajouter un lancement</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="82"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="83"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="109"/>
        <source>Not a date I can read</source>
        <translation>Date illisible</translation>
    </message>
</context>
<context>
    <name>LaunchForm</name>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="54"/>
        <location filename="../../countdown/ui/launch_form.py" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="50"/>
        <source>e.g. Pixel 11</source>
        <translation>p. ex. Pixel 11</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="51"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="52"/>
        <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
        <translation>p. ex. Q3 2026, mid-July, Dec 3 at 10am PT</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="54"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="56"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="57"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="62"/>
        <source>Written on</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="70"/>
        <location filename="../../countdown/ui/launch_form.py" line="74"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="72"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="76"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="77"/>
        <source>URL or quote</source>
        <translation>URL ou citation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="78"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="81"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="82"/>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="67"/>
        <location filename="../../countdown/ui/launch_form.py" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="89"/>
        <source>&amp;When</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="94"/>
        <source>W&amp;ritten on</source>
        <translation>É&amp;crit le</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="95"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="96"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="97"/>
        <source>So&amp;urce</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="99"/>
        <source>T&amp;ags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="100"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="40"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="42"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="43"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="31"/>
        <source>Launches</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="33"/>
        <source>F2 edits the selected launch, Delete removes it</source>
        <translation>F2 modifie le lancement sélectionné, Suppr le supprime</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23"/>
        <source>Rumored</source>
        <translation>Rumeur</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26"/>
        <source>Delayed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27"/>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="61"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64"/>
        <source>Paste news…</source>
        <translation>Coller un article…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="66"/>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="68"/>
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>Ce que proposent vos sources (Préférences → Sources)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="76"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="78"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="81"/>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox (%1)</source>
        <translation>Propositions (%1)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="111"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="116"/>
        <source>Search launches</source>
        <translation>Rechercher des lancements</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="117"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="27"/>
        <location filename="../../countdown/ui/paste_name_pick.py" line="33"/>
        <source>&amp;Use selection as name</source>
        <translation>&amp;Utiliser la sélection comme nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="28"/>
        <source>Use selection as name</source>
        <translation>Utiliser la sélection comme nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="30"/>
        <source>Select the product’s name in the text above, then press this (Alt+U)</source>
        <translation>Sélectionnez le nom du produit dans le texte ci-dessus, puis cliquez ici (Alt+U)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../countdown/services/notifier.py" line="238"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="242"/>
        <source>Snooze 1 hour</source>
        <translation>Rappeler dans 1 heure</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="243"/>
        <source>Mark launched</source>
        <translation>Marquer comme lancé</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="247"/>
        <source>Snooze all 1 hour</source>
        <translation>Tout rappeler dans 1 heure</translation>
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
        <translation>Collez ci-dessus un paragraphe ou un article entier.
Les lancements datés – «&#xa0;goes on sale in late August&#xa0;», «&#xa0;Q3 2027&#xa0;», «&#xa0;fin juillet&#xa0;» –
apparaissent ici pour relecture avant suivi.
L’anglais, l’allemand, le français, l’espagnol, le chinois et le japonais sont compris.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="75"/>
        <source>Paste news — Launch Countdown</source>
        <translation>Coller un article – Launch Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="83"/>
        <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
        <translation>Collez un paragraphe ou un article&#x202f;; les lancements datés sont proposés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="89"/>
        <source>News text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="91"/>
        <source>Paste a news paragraph; the launches it names are proposed below</source>
        <translation>Collez un paragraphe&#x202f;; les lancements qu’il cite sont proposés ci-dessous</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="95"/>
        <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
        <translation>Collez un paragraphe d’actualité…

p. ex. «&#xa0;Le Pixel 11 Pro de Google sortira fin août, selon un rapport.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="107"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="109"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track selected</source>
        <translation>Suivre la sélection</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="139"/>
        <source>&amp;Written on:</source>
        <translation>É&amp;crit le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="140"/>
        <source>Written on</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="143"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="257"/>
        <source>the date “this year” or “next month” counts from</source>
        <translation>la date d’où partent «&#xa0;cette année&#xa0;» ou «&#xa0;le mois prochain&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="160"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="218"/>
        <source>No launch found in the text: paste a sentence that names a product and when it launches, e.g. “The Pixel 11 goes on sale in late August.”</source>
        <translation>Aucun lancement trouvé dans le texte : collez une phrase qui nomme un produit et dit quand il sort, par ex. « Le Pixel 11 sera mis en vente fin août. »</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="255"/>
        <source>the text’s own dateline, %1, is used instead</source>
        <translation>la date du texte lui-même, %1, est utilisée à la place</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track %n selected</source>
        <translation>
            <numerusform>Suivre %n lancement</numerusform>
            <numerusform>Suivre %n lancements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="73"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="92"/>
        <source>&amp;Start Launch Countdown when I log in</source>
        <translation>Démarrer Launch Countdown à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="93"/>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="95"/>
        <source>Entry: %1</source>
        <translation>Entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="100"/>
        <source>Days before</source>
        <translation>Jours avant</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="101"/>
        <source>e.g. 7, 1 (empty: only on the day)</source>
        <translation>p. ex. 7, 1 (vide&#xa0;: le jour même seulement)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="105"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="106"/>
        <source>Add to applications m&amp;enu</source>
        <translation>Ajouter au &amp;menu des applications</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="109"/>
        <source>Adds it to your desktop&apos;s list of applications, with its icon.</source>
        <translation>L’ajoute avec son icône à la liste des applications de votre bureau.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="112"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="114"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="126"/>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="130"/>
        <source>Default reminders</source>
        <translation>Rappels par défaut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="132"/>
        <source>&amp;Morning time</source>
        <translation>&amp;Heure du matin</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="133"/>
        <source>&amp;Days before</source>
        <translation>&amp;Jours avant</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="135"/>
        <source>Launches with their own reminders keep them.</source>
        <translation>Les lancements qui ont leurs propres rappels les gardent.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="136"/>
        <source>Applications menu</source>
        <translation>Menu des applications</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="151"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="152"/>
        <source>So&amp;urces</source>
        <translation>So&amp;urces</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="153"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="178"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="203"/>
        <source>Update applications menu entry</source>
        <translation>Mettre à jour l’entrée du menu</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="179"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="204"/>
        <source>In the menu: %1</source>
        <translation>Dans le menu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="184"/>
        <source>⚠ Whole days, separated by commas: 7, 1</source>
        <translation>⚠ Des jours entiers, séparés par des virgules&#xa0;: 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="200"/>
        <source>⚠ Could not add the entry: %1</source>
        <translation>⚠ Impossible d’ajouter l’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="218"/>
        <source>⚠ Could not change the login entry: %1</source>
        <translation>⚠ Impossible de modifier le démarrage automatique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="33"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="34"/>
        <source>Reads as</source>
        <translation>Compris comme</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="35"/>
        <location filename="../../countdown/ui/paste_table.py" line="116"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="47"/>
        <location filename="../../countdown/ui/paste_table.py" line="36"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="51"/>
        <source>Proposed launches</source>
        <translation>Lancements proposés</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="53"/>
        <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
        <translation>Espace coche ou décoche un lancement&#x202f;; Ctrl+Entrée suit ceux qui sont cochés</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="104"/>
        <source>Track</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="108"/>
        <source>Type the name here, or select it in the text above and press Alt+U</source>
        <translation>Saisissez le nom ici, ou sélectionnez-le dans le texte ci-dessus et appuyez sur Alt+U</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Tracked</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="164"/>
        <source>Not a date I can read.</source>
        <translation>Date illisible.</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="42"/>
        <source>Morning time</source>
        <translation>Heure du matin</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="58"/>
        <source>Use the &amp;default reminders</source>
        <translation>Utiliser les rappels &amp;par défaut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="59"/>
        <source>Default reminders</source>
        <translation>Rappels par défaut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="62"/>
        <source>Days before</source>
        <translation>Jours avant</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="63"/>
        <source>e.g. 7, 1</source>
        <translation>p. ex. 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="66"/>
        <source>in the &amp;morning at</source>
        <translation>le &amp;matin à</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="68"/>
        <source>and days &amp;before:</source>
        <translation>et &amp;jours avant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../countdown/ui/shell.py" line="133"/>
        <source>Click here to repair or delete it.</source>
        <translation>Cliquez ici pour le réparer ou le supprimer.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="52"/>
        <source>1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="53"/>
        <source>Tomorrow %1</source>
        <translation>Demain à %1</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="32"/>
        <source>news feed</source>
        <translation>fil d’actualités</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="33"/>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="34"/>
        <source>Launch Library 2</source>
        <translation>Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="37"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="38"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="39"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="40"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="52"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="57"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="69"/>
        <location filename="../../countdown/ui/sources_box.py" line="75"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Last fetched</source>
        <translation>Dernière consultation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="81"/>
        <source>https://… feed, .ics calendar or Launch Library 2 address</source>
        <translation>Adresse https://… d’un flux, d’un calendrier .ics ou de Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="83"/>
        <source>Address of a new source</source>
        <translation>Adresse d’une nouvelle source</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="84"/>
        <source>&amp;Track its new launches without asking</source>
        <translation>Suivre ses nouveaux lancements sans &amp;demander</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="85"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="87"/>
        <source>Remove the selected source</source>
        <translation>Retirer la source sélectionnée</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="128"/>
        <source>Adding…</source>
        <translation>Ajout en cours…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="150"/>
        <source>Added; fetching it now.</source>
        <translation>Ajoutée&#x202f;; consultation en cours.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="161"/>
        <source>Removed %1; its launches stay.</source>
        <translation>%1 retirée&#x202f;; ses lancements restent.</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="16"/>
        <source>rumored</source>
        <translation>rumeur</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="17"/>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="18"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="19"/>
        <source>delayed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="20"/>
        <source>launched</source>
        <translation>lancé</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="21"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../countdown/ui/pages.py" line="61"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="60"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="226"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="80"/>
        <source>No upcoming launches — right-click to add one</source>
        <translation>Aucun lancement à venir – clic droit pour en ajouter un</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="88"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="130"/>
        <source>%1 menu</source>
        <translation>Menu de %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189"/>
        <source>No upcoming launches</source>
        <translation>Aucun lancement à venir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="191"/>
        <source>Add launch…</source>
        <translation>Ajouter un lancement…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="193"/>
        <source>Paste news…</source>
        <translation>Coller un article…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="195"/>
        <source>Inbox (%1)…</source>
        <translation>Propositions (%1)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="198"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="203"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="214"/>
        <source>Alerts paused until %1</source>
        <translation>Alertes suspendues jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216"/>
        <location filename="../../countdown/ui/tray.py" line="219"/>
        <source>Pause alerts</source>
        <translation>Suspendre les alertes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="225"/>
        <source>Resume alerts</source>
        <translation>Reprendre les alertes</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../countdown/ui/undo.py" line="33"/>
        <source>remove %1</source>
        <translation>– suppression de %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="48"/>
        <source>Undo bar</source>
        <translation>Barre d’annulation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="51"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="52"/>
        <source>Undo remove</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="56"/>
        <source>Close undo bar</source>
        <translation>Fermer la barre d’annulation</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="71"/>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/undo.py" line="73"/>
        <source>Removed %n launches.</source>
        <translation>
            <numerusform>%n lancement supprimé.</numerusform>
            <numerusform>%n lancements supprimés.</numerusform>
        </translation>
    </message>
</context>
</TS>
