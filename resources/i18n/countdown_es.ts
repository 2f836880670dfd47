<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertContent</name>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="78"/>
        <source>While you were away</source>
        <translation>Mientras no estabas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="84"/>
        <source>&amp;Snooze</source>
        <translation>Po&amp;sponer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="85"/>
        <source>&amp;Mark launched</source>
        <translation>&amp;Marcar como lanzado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="87"/>
        <source>&amp;Open source</source>
        <translation>&amp;Abrir fuente</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="89"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="95"/>
        <source>%n alerts while you were away</source>
        <translation>
            <numerusform>%n alerta mientras no estabas</numerusform>
            <numerusform>%n alertas mientras no estabas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="97"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="108"/>
        <source>&amp;Snooze all</source>
        <translation>Po&amp;sponer todas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="110"/>
        <source>&amp;Dismiss all</source>
        <translation>&amp;Descartar todas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="144"/>
        <source>Mark launched</source>
        <translation>Marcar como lanzado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="146"/>
        <source>Mark launched: %1</source>
        <translation>Marcar como lanzado: %1</translation>
    </message>
</context>
<context>
    <name>AlertPopup</name>
    <message>
        <location filename="../../countdown/ui/popup.py" line="57"/>
        <source>%1 alert</source>
        <translation>%1: alerta</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="58"/>
        <source>Launch alert</source>
        <translation>Alerta de lanzamiento</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="59"/>
        <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
        <translation>Alt+S posponer, Alt+M marcar como lanzado, Esc descartar</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="33"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="36"/>
        <source>Backup to restore</source>
        <translation>Copia que restaurar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="38"/>
        <source>No backup yet: one is made after your first change</source>
        <translation>Aún no hay copias: se hace una tras tu primer cambio</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="40"/>
        <source>Rest&amp;ore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="41"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="44"/>
        <source>Made after every change; the newest 10 and one a day for a week.</source>
        <translation>Se hacen tras cada cambio; se guardan las 10 más recientes y una diaria durante una semana.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="62"/>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="64"/>
        <source>1 launch</source>
        <translation>1 lanzamiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/backups_box.py" line="66"/>
        <source>%n launches</source>
        <translation>
            <numerusform>%n lanzamiento</numerusform>
            <numerusform>%n lanzamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="78"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="80"/>
        <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
        <translation>¿Sustituir todos los lanzamientos por la copia del %1?
Antes se guarda una copia del estado actual, así que podrás volver a él.</translation>
    </message>
</context>
<context>
    <name>DamagedLaunchesDialog</name>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="43"/>
        <location filename="../../countdown/ui/damaged_dialog.py" line="54"/>
        <source>Damaged launches</source>
        <translation>Lanzamientos dañados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="49"/>
        <source>These launches could not be read from the database, so they are left out of the list and get no alerts. Repair one by giving the missing fields again, or delete it. Preferences → Backups can also bring back an earlier state.</source>
        <translation>Estos lanzamientos no se pudieron leer de la base de datos, así que no aparecen en la lista ni generan alertas. Repara uno volviendo a introducir los campos que faltan, o elimínalo. En Preferencias → Copias de seguridad también puedes recuperar un estado anterior.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="62"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparar…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="63"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="81"/>
        <source>Nothing is damaged any more.</source>
        <translation>Ya no hay nada dañado.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="94"/>
        <source>Launch #%1 (%2) is damaged — %3</source>
        <translation>El lanzamiento n.º %1 (%2) está dañado: %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="96"/>
        <source>Launch #%1 is damaged — %3</source>
        <translation>El lanzamiento n.º %1 está dañado: %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="126"/>
        <source>Delete damaged launch</source>
        <translation>Eliminar lanzamiento dañado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="127"/>
        <source>Delete launch #%1 and its history? This cannot be undone.</source>
        <translation>¿Eliminar el lanzamiento n.º %1 y su historial? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../countdown/ui/detail.py" line="27"/>
        <source>Select a launch to see its details and slip history.</source>
        <translation>Selecciona un lanzamiento para ver sus detalles y sus retrasos.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="45"/>
        <source>added: %1 (%2)</source>
        <translation>añadido: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="63"/>
        <source>“%1” on %2</source>
        <translation>«%1» el %2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="67"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="68"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="70"/>
        <source>Typed</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="71"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="72"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="85"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="88"/>
        <source>slipped %1× (%2 days)</source>
        <translation>retrasado %1× (%2 días)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="103"/>
        <source>Launch details</source>
        <translation>Detalles del lanzamiento</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay lanzamientos&lt;/h2&gt;&lt;p&gt;Launch Countdown lleva la cuenta atrás de los lanzamientos que esperas —un móvil, un juego, un cohete— con la fecha tal como la dan las noticias: &lt;i&gt;«Q3 2026», «mid-July», «early next year», «Dec 3 at 10am PT»&lt;/i&gt;. Una fecha imprecisa sigue siendo un periodo, nunca un día adivinado, y recibes un aviso cuando empieza y cuando llega el día.&lt;/p&gt;&lt;p&gt;Añade un lanzamiento a mano o pega un párrafo de una noticia y elige los lanzamientos que menciona.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="34"/>
        <source>No system tray was found here, so this window is the app: closing it quits.</source>
        <translation>No se ha encontrado una bandeja del sistema, así que esta ventana es la aplicación: al cerrarla, se sale.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="57"/>
        <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown vive en la bandeja del sistema: su icono muestra los días que faltan para el próximo lanzamiento. Si cierras esta ventana, sigue funcionando ahí; pulsa el icono para volver a abrirla.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="64"/>
        <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown vive en la bandeja del sistema, %1 de la pantalla: su icono muestra los días que faltan para el próximo lanzamiento. Si cierras esta ventana, sigue funcionando ahí; pulsa el icono para volver a abrirla.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="78"/>
        <source>top left</source>
        <translation>arriba a la izquierda</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="79"/>
        <source>top right</source>
        <translation>arriba a la derecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="80"/>
        <source>bottom left</source>
        <translation>abajo a la izquierda</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="81"/>
        <source>bottom right</source>
        <translation>abajo a la derecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="98"/>
        <source>&amp;Add a launch…</source>
        <translation>&amp;Añadir lanzamiento…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="100"/>
        <source>&amp;Paste news…</source>
        <translation>&amp;Pegar noticia…</translation>
    </message>
</context>
<context>
    <name>EvidenceLegend</name>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="197"/>
        <source>In the text:</source>
        <translation>En el texto:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="201"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="202"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="203"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="218"/>
        <source>(no words in the text for: %1)</source>
        <translation>(ninguna palabra del texto para: %1)</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="38"/>
        <source>&amp;Track</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="39"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="40"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="43"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="44"/>
        <source>Moved</source>
        <translation>Cambio de fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="45"/>
        <source>Gone</source>
        <translation>Desaparecido</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="70"/>
        <source>Inbox</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>When / change</source>
        <translation>Fecha / cambio</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="75"/>
        <source>Proposals from sources</source>
        <translation>Propuestas de las fuentes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <location filename="../../countdown/ui/inbox_dialog.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <source>Do what the selected proposals say</source>
        <translation>Aplicar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>Ignore the selected proposals</source>
        <translation>Ignorar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Re&amp;fresh sources</source>
        <translation>Actualizar &amp;fuentes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Fetch every source now</source>
        <translation>Consultar todas las fuentes ahora</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="158"/>
        <source>Nothing waiting. Sources are in Preferences.</source>
        <translation>No hay nada pendiente. Las fuentes están en Preferencias.</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Edit launch</source>
        <translation>Editar lanzamiento</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Repair launch</source>
        <translation>Reparar lanzamiento</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="61"/>
        <source>Add launch</source>
        <translation>Añadir lanzamiento</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="82"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="83"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="109"/>
        <source>Not a date I can read</source>
        <translation>No es una fecha que pueda leer</translation>
    </message>
</context>
<context>
    <name>LaunchForm</name>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="54"/>
        <location filename="../../countdown/ui/launch_form.py" line="49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="50"/>
        <source>e.g. Pixel 11</source>
        <translation>p. ej., Pixel 11</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="51"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="52"/>
        <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
        <translation>p. ej., Q3 2026, mid-July, Dec 3 at 10am PT</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="54"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="56"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="57"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="62"/>
        <source>Written on</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="63"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="70"/>
        <location filename="../../countdown/ui/launch_form.py" line="74"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="72"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="76"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="77"/>
        <source>URL or quote</source>
        <translation>URL o cita</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="78"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="81"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="82"/>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="67"/>
        <location filename="../../countdown/ui/launch_form.py" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="89"/>
        <source>&amp;When</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="94"/>
        <source>W&amp;ritten on</source>
        <translation>Escri&amp;to el</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="95"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="96"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="97"/>
        <source>So&amp;urce</source>
        <translation>F&amp;uente</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="99"/>
        <source>T&amp;ags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="100"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="40"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="42"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="43"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="31"/>
        <source>Launches</source>
        <translation>Lanzamientos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="33"/>
        <source>F2 edits the selected launch, Delete removes it</source>
        <translation>F2 edita el lanzamiento seleccionado; Supr lo elimina</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23"/>
        <source>Rumored</source>
        <translation>Rumor</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24"/>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26"/>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27"/>
        <source>Launched</source>
        <translation>Lanzado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="61"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64"/>
        <source>Paste news…</source>
        <translation>Pegar noticia…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="66"/>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="68"/>
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>Lo que proponen tus fuentes (Preferencias → Fuentes)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="76"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="78"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="81"/>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox (%1)</source>
        <translation>Propuestas (%1)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="111"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="116"/>
        <source>Search launches</source>
        <translation>Buscar lanzamientos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="117"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="27"/>
        <location filename="../../countdown/ui/paste_name_pick.py" line="33"/>
        <source>&amp;Use selection as name</source>
        <translation>&amp;Usar la selección como nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="28"/>
        <source>Use selection as name</source>
        <translation>Usar la selección como nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="30"/>
        <source>Select the product’s name in the text above, then press this (Alt+U)</source>
        <translation>Selecciona el nombre del producto en el texto de arriba y pulsa aquí (Alt+U)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../countdown/services/notifier.py" line="238"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="242"/>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="243"/>
        <source>Mark launched</source>
        <translation>Marcar como lanzado</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="247"/>
        <source>Snooze all 1 hour</source>
        <translation>Posponer todas 1 hora</translation>
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
        <translation>Pega arriba un párrafo de una noticia o un artículo entero.
Los lanzamientos con fecha —«goes on sale in late August», «Q3 2027», «fin juillet»—
aparecen aquí para revisarlos antes de seguirlos.
Se entienden inglés, alemán, francés, español, chino y japonés.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="75"/>
        <source>Paste news — Launch Countdown</source>
        <translation>Pegar noticia — Launch Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="83"/>
        <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
        <translation>Pega un párrafo o un artículo; abajo se proponen los lanzamientos con fecha.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="89"/>
        <source>News text</source>
        <translation>Texto de la noticia</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="91"/>
        <source>Paste a news paragraph; the launches it names are proposed below</source>
        <translation>Pega un párrafo de una noticia; abajo se proponen los lanzamientos que menciona</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="95"/>
        <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
        <translation>Pega un párrafo de una noticia…

p. ej., «Google’s Pixel 11 Pro goes on sale in late August, according to a report.»</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="107"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="109"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track selected</source>
        <translation>Seguir seleccionados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="139"/>
        <source>&amp;Written on:</source>
        <translation>Escri&amp;to el:</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="140"/>
        <source>Written on</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="143"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="257"/>
        <source>the date “this year” or “next month” counts from</source>
        <translation>la fecha desde la que cuentan «este año» o «el mes que viene»</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="160"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="218"/>
        <source>No launch found in the text: paste a sentence that names a product and when it launches, e.g. “The Pixel 11 goes on sale in late August.”</source>
        <translation>No se encontró ningún lanzamiento en el texto: pegue una frase que nombre un producto y diga cuándo sale, p. ej. «El Pixel 11 saldrá a la venta a finales de agosto.»</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="255"/>
        <source>the text’s own dateline, %1, is used instead</source>
        <translation>se usa en su lugar la fecha del propio texto, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track %n selected</source>
        <translation>
            <numerusform>Seguir %n seleccionado</numerusform>
            <numerusform>Seguir %n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="73"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="92"/>
        <source>&amp;Start Launch Countdown when I log in</source>
        <translation>Iniciar Launch Countdown al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="93"/>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="95"/>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="100"/>
        <source>Days before</source>
        <translation>Días antes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="101"/>
        <source>e.g. 7, 1 (empty: only on the day)</source>
        <translation>p. ej., 7, 1 (vacío: solo el mismo día)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="105"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="106"/>
        <source>Add to applications m&amp;enu</source>
        <translation>Añadir al m&amp;enú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="109"/>
        <source>Adds it to your desktop&apos;s list of applications, with its icon.</source>
        <translation>La añade con su icono a la lista de aplicaciones de tu escritorio.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="112"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="140"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="114"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="126"/>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="130"/>
        <source>Default reminders</source>
        <translation>Recordatorios predeterminados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="132"/>
        <source>&amp;Morning time</source>
        <translation>&amp;Hora de la mañana</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="133"/>
        <source>&amp;Days before</source>
        <translation>&amp;Días antes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="135"/>
        <source>Launches with their own reminders keep them.</source>
        <translation>Los lanzamientos con recordatorios propios los conservan.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="136"/>
        <source>Applications menu</source>
        <translation>Menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="151"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="152"/>
        <source>So&amp;urces</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="153"/>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="178"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="203"/>
        <source>Update applications menu entry</source>
        <translation>Actualizar la entrada del menú</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="179"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="204"/>
        <source>In the menu: %1</source>
        <translation>En el menú: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="184"/>
        <source>⚠ Whole days, separated by commas: 7, 1</source>
        <translation>⚠ Días enteros, separados por comas: 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="200"/>
        <source>⚠ Could not add the entry: %1</source>
        <translation>⚠ No se pudo añadir la entrada: %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="218"/>
        <source>⚠ Could not change the login entry: %1</source>
        <translation>⚠ No se pudo cambiar el inicio automático: %1</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="33"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="34"/>
        <source>Reads as</source>
        <translation>Se entiende como</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="35"/>
        <location filename="../../countdown/ui/paste_table.py" line="116"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="47"/>
        <location filename="../../countdown/ui/paste_table.py" line="36"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="51"/>
        <source>Proposed launches</source>
        <translation>Lanzamientos propuestos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="53"/>
        <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
        <translation>Espacio marca o desmarca un lanzamiento; Ctrl+Intro sigue los marcados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="104"/>
        <source>Track</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="108"/>
        <source>Type the name here, or select it in the text above and press Alt+U</source>
        <translation>Escribe aquí el nombre, o selecciónalo en el texto de arriba y pulsa Alt+U</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Tracked</source>
        <translation>Seguido</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="164"/>
        <source>Not a date I can read.</source>
        <translation>No es una fecha que pueda leer.</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="42"/>
        <source>Morning time</source>
        <translation>Hora de la mañana</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="58"/>
        <source>Use the &amp;default reminders</source>
        <translation>Usar los recordatorios &amp;predeterminados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="59"/>
        <source>Default reminders</source>
        <translation>Recordatorios predeterminados</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="62"/>
        <source>Days before</source>
        <translation>Días antes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="63"/>
        <source>e.g. 7, 1</source>
        <translation>p. ej., 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="66"/>
        <source>in the &amp;morning at</source>
        <translation>por la &amp;mañana a las</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="68"/>
        <source>and days &amp;before:</source>
        <translation>y días &amp;antes:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../countdown/ui/shell.py" line="133"/>
        <source>Click here to repair or delete it.</source>
        <translation>Haz clic aquí para repararlo o eliminarlo.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="52"/>
        <source>1 hour</source>
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="53"/>
        <source>Tomorrow %1</source>
        <translation>Mañana a las %1</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="32"/>
        <source>news feed</source>
        <translation>canal de noticias</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="33"/>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="34"/>
        <source>Launch Library 2</source>
        <translation>Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="37"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="38"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="39"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="40"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="52"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="57"/>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="69"/>
        <location filename="../../countdown/ui/sources_box.py" line="75"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Last fetched</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="81"/>
        <source>https://… feed, .ics calendar or Launch Library 2 address</source>
        <translation>Dirección https://… de un canal, un calendario .ics o Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="83"/>
        <source>Address of a new source</source>
        <translation>Dirección de una fuente nueva</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="84"/>
        <source>&amp;Track its new launches without asking</source>
        <translation>Seguir sus lanzamientos nuevos sin &amp;preguntar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="85"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="87"/>
        <source>Remove the selected source</source>
        <translation>Quitar la fuente seleccionada</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="128"/>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="150"/>
        <source>Added; fetching it now.</source>
        <translation>Añadida; consultándola ahora.</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="161"/>
        <source>Removed %1; its launches stay.</source>
        <translation>%1 quitada; sus lanzamientos se conservan.</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="16"/>
        <source>rumored</source>
        <translation>rumor</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="17"/>
        <source>announced</source>
        <translation>anunciado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="18"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="19"/>
        <source>delayed</source>
        <translation>retrasado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="20"/>
        <source>launched</source>
        <translation>lanzado</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="21"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../countdown/ui/pages.py" line="61"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="60"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="226"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="80"/>
        <source>No upcoming launches — right-click to add one</source>
        <translation>No hay lanzamientos próximos; haz clic derecho para añadir uno</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="88"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="130"/>
        <source>%1 menu</source>
        <translation>Menú de %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189"/>
        <source>No upcoming launches</source>
        <translation>No hay lanzamientos próximos</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="191"/>
        <source>Add launch…</source>
        <translation>Añadir lanzamiento…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="193"/>
        <source>Paste news…</source>
        <translation>Pegar noticia…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="195"/>
        <source>Inbox (%1)…</source>
        <translation>Propuestas (%1)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="198"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="203"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="214"/>
        <source>Alerts paused until %1</source>
        <translation>Alertas en pausa hasta %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216"/>
        <location filename="../../countdown/ui/tray.py" line="219"/>
        <source>Pause alerts</source>
        <translation>Pausar alertas</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="225"/>
        <source>Resume alerts</source>
        <translation>Reanudar alertas</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../countdown/ui/undo.py" line="33"/>
        <source>remove %1</source>
        <translation>– eliminar %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="48"/>
        <source>Undo bar</source>
        <translation>Barra de deshacer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="51"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="52"/>
        <source>Undo remove</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="56"/>
        <source>Close undo bar</source>
        <translation>Cerrar la barra de deshacer</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="71"/>
        <source>Removed “%1”.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/undo.py" line="73"/>
        <source>Removed %n launches.</source>
        <translation>
            <numerusform>%n lanzamiento eliminado.</numerusform>
            <numerusform>%n lanzamientos eliminados.</numerusform>
        </translation>
    </message>
</context>
</TS>
