<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AlertContent</name>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="78"/>
        <source>While you were away</source>
        <translation>不在の間に</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="84"/>
        <source>&amp;Snooze</source>
        <translation>スヌーズ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="85"/>
        <source>&amp;Mark launched</source>
        <translation>リリース済みにする(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="87"/>
        <source>&amp;Open source</source>
        <translation>ソースを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="89"/>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="95"/>
        <source>%n alerts while you were away</source>
        <translation>
            <numerusform>不在の間に%n件の通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="97"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n件の通知</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="108"/>
        <source>&amp;Snooze all</source>
        <translation>すべてスヌーズ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="110"/>
        <source>&amp;Dismiss all</source>
        <translation>すべて閉じる(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="144"/>
        <source>Mark launched</source>
        <translation>リリース済みにする</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="146"/>
        <source>Mark launched: %1</source>
        <translation>リリース済みにする：%1</translation>
    </message>
</context>
<context>
    <name>AlertPopup</name>
    <message>
        <location filename="../../countdown/ui/popup.py" line="57"/>
        <source>%1 alert</source>
        <translation>%1 の通知</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="58"/>
        <source>Launch alert</source>
        <translation>リリースの通知</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="59"/>
        <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
        <translation>Alt+S スヌーズ、Alt+M リリース済みにする、Esc 閉じる</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="33"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="36"/>
        <source>Backup to restore</source>
        <translation>復元するバックアップ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="38"/>
        <source>No backup yet: one is made after your first change</source>
        <translation>バックアップはまだありません：最初の変更後に作成されます</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="40"/>
        <source>Rest&amp;ore…</source>
        <translation>復元(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="41"/>
        <source>Restore the chosen backup</source>
        <translation>選択したバックアップを復元</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="44"/>
        <source>Made after every change; the newest 10 and one a day for a week.</source>
        <translation>変更のたびに作成されます。最新の10件と、1週間分の1日1件を保持します。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="62"/>
        <source>damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="64"/>
        <source>1 launch</source>
        <translation>1件のリリース</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/backups_box.py" line="66"/>
        <source>%n launches</source>
        <translation>
            <numerusform>%n件のリリース</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="78"/>
        <source>Restore backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="80"/>
        <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
        <translation>すべてのリリースを %1 のバックアップで置き換えますか？
現在の状態は先にバックアップされるので、後で戻せます。</translation>
    </message>
</context>
<context>
    <name>DamagedLaunchesDialog</name>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="43"/>
        <location filename="../../countdown/ui/damaged_dialog.py" line="54"/>
        <source>Damaged launches</source>
        <translation>破損したリリース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="49"/>
        <source>These launches could not be read from the database, so they are left out of the list and get no alerts. Repair one by giving the missing fields again, or delete it. Preferences → Backups can also bring back an earlier state.</source>
        <translation>これらのリリースはデータベースから読み取れなかったため、一覧に表示されず、通知もされません。欠けている項目を入力し直して修復するか、削除してください。設定 → バックアップから以前の状態に戻すこともできます。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="62"/>
        <source>&amp;Repair…</source>
        <translation>修復(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="63"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="81"/>
        <source>Nothing is damaged any more.</source>
        <translation>破損したリリースはもうありません。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="94"/>
        <source>Launch #%1 (%2) is damaged — %3</source>
        <translation>リリース #%1（%2）は破損しています — %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="96"/>
        <source>Launch #%1 is damaged — %3</source>
        <translation>リリース #%1 は破損しています — %3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="126"/>
        <source>Delete damaged launch</source>
        <translation>破損したリリースの削除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="127"/>
        <source>Delete launch #%1 and its history? This cannot be undone.</source>
        <translation>リリース #%1 とその履歴を削除しますか？元に戻せません。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../countdown/ui/detail.py" line="27"/>
        <source>Select a launch to see its details and slip history.</source>
        <translation>リリースを選択すると、詳細と延期の履歴が表示されます。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="45"/>
        <source>added: %1 (%2)</source>
        <translation>追加：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="63"/>
        <source>“%1” on %2</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="67"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="68"/>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="69"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="70"/>
        <source>Typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="71"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="72"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="85"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="88"/>
        <source>slipped %1× (%2 days)</source>
        <translation>%1回延期（計%2日）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="103"/>
        <source>Launch details</source>
        <translation>リリースの詳細</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;リリースはまだありません&lt;/h2&gt;&lt;p&gt;Launch Countdown は、待ち遠しいリリース（スマートフォン、ゲーム、ロケットなど）までをカウントダウンします。日付はニュースの書き方のまま入力できます：&lt;i&gt;「Q3 2026」「mid-July」「early next year」「Dec 3 at 10am PT」&lt;/i&gt;。あいまいな日付は期間のまま扱い、日を推測することはありません。期間の始まりと当日に通知します。&lt;/p&gt;&lt;p&gt;リリースを手動で追加するか、ニュースの段落を貼り付けて、そこに出てくるリリースを選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="34"/>
        <source>No system tray was found here, so this window is the app: closing it quits.</source>
        <translation>システムトレイが見つからないため、このウィンドウがアプリ本体です。閉じると終了します。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="57"/>
        <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown はシステムトレイに常駐し、アイコンに次のリリースまでの日数を表示します。このウィンドウを閉じてもトレイで動作し続けます。アイコンをクリックするとウィンドウが再び開きます。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="64"/>
        <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown は画面%1のシステムトレイに常駐し、アイコンに次のリリースまでの日数を表示します。このウィンドウを閉じてもトレイで動作し続けます。アイコンをクリックするとウィンドウが再び開きます。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="78"/>
        <source>top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="79"/>
        <source>top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="80"/>
        <source>bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="81"/>
        <source>bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="98"/>
        <source>&amp;Add a launch…</source>
        <translation>リリースを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="100"/>
        <source>&amp;Paste news…</source>
        <translation>ニュースを貼り付け(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>EvidenceLegend</name>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="197"/>
        <source>In the text:</source>
        <translation>本文中：</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="201"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="202"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="203"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="218"/>
        <source>(no words in the text for: %1)</source>
        <translation>（本文に該当する語なし：%1）</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="38"/>
        <source>&amp;Track</source>
        <translation>追跡(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="39"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="40"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="43"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="44"/>
        <source>Moved</source>
        <translation>日程変更</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="45"/>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="70"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Launch</source>
        <translation>リリース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>When / change</source>
        <translation>日時 / 変更</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="75"/>
        <source>Proposals from sources</source>
        <translation>ソースからの提案</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <location filename="../../countdown/ui/inbox_dialog.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <source>Do what the selected proposals say</source>
        <translation>選択した提案を実行します</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>&amp;Dismiss</source>
        <translation>無視(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>Ignore the selected proposals</source>
        <translation>選択した提案を無視します</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Re&amp;fresh sources</source>
        <translation>ソースを更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Fetch every source now</source>
        <translation>すべてのソースを今すぐ取得します</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="158"/>
        <source>Nothing waiting. Sources are in Preferences.</source>
        <translation>保留中の提案はありません。ソースは設定で管理します。</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Edit launch</source>
        <translation>リリースの編集</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Repair launch</source>
        <translation>リリースの修復</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="61"/>
        <source>Add launch</source>
        <translation>リリースの追加</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="83"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="109"/>
        <source>Not a date I can read</source>
        <translation>日付として読み取れません</translation>
    </message>
</context>
<context>
    <name>LaunchForm</name>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="54"/>
        <location filename="../../countdown/ui/launch_form.py" line="49"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="50"/>
        <source>e.g. Pixel 11</source>
        <translation>例: Pixel 11</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="51"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="52"/>
        <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
        <translation>例: Q3 2026, mid-July, Dec 3 at 10am PT</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="54"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="56"/>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="57"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="62"/>
        <source>Written on</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="63"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="70"/>
        <location filename="../../countdown/ui/launch_form.py" line="74"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="72"/>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="76"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="77"/>
        <source>URL or quote</source>
        <translation>URL または引用</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="78"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="81"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="82"/>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="67"/>
        <location filename="../../countdown/ui/launch_form.py" line="88"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="89"/>
        <source>&amp;When</source>
        <translation>日時(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="94"/>
        <source>W&amp;ritten on</source>
        <translation>基準日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="95"/>
        <source>&amp;Status</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="96"/>
        <source>&amp;Time zone</source>
        <translation>タイムゾーン(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="97"/>
        <source>So&amp;urce</source>
        <translation>ソース(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="99"/>
        <source>T&amp;ags</source>
        <translation>タグ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="100"/>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
</context>
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="39"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="40"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="41"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="42"/>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="43"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="31"/>
        <source>Launches</source>
        <translation>リリース一覧</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="33"/>
        <source>F2 edits the selected launch, Delete removes it</source>
        <translation>F2 で選択したリリースを編集、Delete で削除</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21"/>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23"/>
        <source>Rumored</source>
        <translation>噂</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24"/>
        <source>Announced</source>
        <translation>発表済み</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25"/>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26"/>
        <source>Delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27"/>
        <source>Launched</source>
        <translation>リリース済み</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="61"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64"/>
        <source>Paste news…</source>
        <translation>ニュースを貼り付け…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="66"/>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="68"/>
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>ソースからの提案（設定 → ソース）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="76"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="78"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="81"/>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox (%1)</source>
        <translation>受信箱（%1）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="111"/>
        <source>Status filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="116"/>
        <source>Search launches</source>
        <translation>リリースを検索</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="117"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="27"/>
        <location filename="../../countdown/ui/paste_name_pick.py" line="33"/>
        <source>&amp;Use selection as name</source>
        <translation>選択範囲を名前にする(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="28"/>
        <source>Use selection as name</source>
        <translation>選択範囲を名前にする</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="30"/>
        <source>Select the product’s name in the text above, then press this (Alt+U)</source>
        <translation>上のテキストで製品名を選択してから、これを押してください（Alt+U）</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../countdown/services/notifier.py" line="238"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="242"/>
        <source>Snooze 1 hour</source>
        <translation>1時間後に再通知</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="243"/>
        <source>Mark launched</source>
        <translation>リリース済みにする</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="247"/>
        <source>Snooze all 1 hour</source>
        <translation>すべて1時間後に再通知</translation>
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
        <translation>上の欄にニュースの段落か記事全体を貼り付けてください。
日付のあるリリース（「goes on sale in late August」「Q3 2027」「fin juillet」など）が
ここに表示され、追跡する前に確認できます。
英語・ドイツ語・フランス語・スペイン語・中国語・日本語に対応しています。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="75"/>
        <source>Paste news — Launch Countdown</source>
        <translation>ニュースを貼り付け — Launch Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="83"/>
        <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
        <translation>ニュースの段落か記事を貼り付けると、日付のあるリリースが下に提案されます。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="89"/>
        <source>News text</source>
        <translation>ニュースのテキスト</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="91"/>
        <source>Paste a news paragraph; the launches it names are proposed below</source>
        <translation>ニュースの段落を貼り付けると、そこに出てくるリリースが下に提案されます</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="95"/>
        <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
        <translation>ニュースの段落を貼り付け…

例:「Google’s Pixel 11 Pro goes on sale in late August, according to a report.」</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="107"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="109"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track selected</source>
        <translation>選択したものを追跡</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="139"/>
        <source>&amp;Written on:</source>
        <translation>記事の日付(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="140"/>
        <source>Written on</source>
        <translation>記事の日付</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="143"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="257"/>
        <source>the date “this year” or “next month” counts from</source>
        <translation>「今年」「来月」などはこの日付を基準にします</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="160"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="218"/>
        <source>No launch found in the text: paste a sentence that names a product and when it launches, e.g. “The Pixel 11 goes on sale in late August.”</source>
        <translation>テキストにリリースが見つかりません：製品名と発売時期を述べた文を貼り付けてください。例：「Pixel 11は8月下旬に発売される。」</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="255"/>
        <source>the text’s own dateline, %1, is used instead</source>
        <translation>代わりに本文中の日付（%1）を使います</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track %n selected</source>
        <translation>
            <numerusform>選択した%n件を追跡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="73"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="92"/>
        <source>&amp;Start Launch Countdown when I log in</source>
        <translation>ログイン時に Launch Countdown を起動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="93"/>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="95"/>
        <source>Entry: %1</source>
        <translation>エントリー：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="100"/>
        <source>Days before</source>
        <translation>何日前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="101"/>
        <source>e.g. 7, 1 (empty: only on the day)</source>
        <translation>例: 7, 1（空欄: 当日のみ）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="105"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="106"/>
        <source>Add to applications m&amp;enu</source>
        <translation>アプリケーションメニューに追加(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="109"/>
        <source>Adds it to your desktop&apos;s list of applications, with its icon.</source>
        <translation>デスクトップのアプリケーション一覧にアイコン付きで追加します。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="112"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="140"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="114"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="126"/>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="130"/>
        <source>Default reminders</source>
        <translation>既定のリマインダー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="132"/>
        <source>&amp;Morning time</source>
        <translation>朝の時刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="133"/>
        <source>&amp;Days before</source>
        <translation>何日前(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="135"/>
        <source>Launches with their own reminders keep them.</source>
        <translation>独自のリマインダーがあるリリースはそのままです。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="136"/>
        <source>Applications menu</source>
        <translation>アプリケーションメニュー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="151"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="152"/>
        <source>So&amp;urces</source>
        <translation>ソース(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="153"/>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="178"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="203"/>
        <source>Update applications menu entry</source>
        <translation>メニューのエントリーを更新</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="179"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="204"/>
        <source>In the menu: %1</source>
        <translation>メニューに登録済み：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="184"/>
        <source>⚠ Whole days, separated by commas: 7, 1</source>
        <translation>⚠ 日数を整数で、カンマ区切りで入力してください：7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="200"/>
        <source>⚠ Could not add the entry: %1</source>
        <translation>⚠ エントリーを追加できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="218"/>
        <source>⚠ Could not change the login entry: %1</source>
        <translation>⚠ ログイン時の起動設定を変更できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="32"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="33"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="34"/>
        <source>Reads as</source>
        <translation>解釈</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="35"/>
        <location filename="../../countdown/ui/paste_table.py" line="116"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="47"/>
        <location filename="../../countdown/ui/paste_table.py" line="36"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="51"/>
        <source>Proposed launches</source>
        <translation>提案されたリリース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="53"/>
        <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
        <translation>Space でチェックの切り替え、Ctrl+Enter でチェックしたものを追跡</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="104"/>
        <source>Track</source>
        <translation>追跡</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="108"/>
        <source>Type the name here, or select it in the text above and press Alt+U</source>
        <translation>ここに名前を入力するか、上のテキストで名前を選択して Alt+U を押してください</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Tracked</source>
        <translation>追跡中</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="164"/>
        <source>Not a date I can read.</source>
        <translation>日付として読み取れません。</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="42"/>
        <source>Morning time</source>
        <translation>朝の時刻</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="58"/>
        <source>Use the &amp;default reminders</source>
        <translation>既定のリマインダーを使う(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="59"/>
        <source>Default reminders</source>
        <translation>既定のリマインダー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="62"/>
        <source>Days before</source>
        <translation>何日前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="63"/>
        <source>e.g. 7, 1</source>
        <translation>例: 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="66"/>
        <source>in the &amp;morning at</source>
        <translation>朝の時刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="68"/>
        <source>and days &amp;before:</source>
        <translation>何日前(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../countdown/ui/shell.py" line="133"/>
        <source>Click here to repair or delete it.</source>
        <translation>ここをクリックして修復または削除します。</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="52"/>
        <source>1 hour</source>
        <translation>1時間後</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="53"/>
        <source>Tomorrow %1</source>
        <translation>明日 %1</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="32"/>
        <source>news feed</source>
        <translation>ニュースフィード</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="33"/>
        <source>calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="34"/>
        <source>Launch Library 2</source>
        <translation>Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="37"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="38"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="39"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="40"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="52"/>
        <source>never</source>
        <translation>未取得</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="57"/>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="69"/>
        <location filename="../../countdown/ui/sources_box.py" line="75"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Last fetched</source>
        <translation>最終取得</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="81"/>
        <source>https://… feed, .ics calendar or Launch Library 2 address</source>
        <translation>https://… フィード、.ics カレンダー、Launch Library 2 のアドレス</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="83"/>
        <source>Address of a new source</source>
        <translation>新しいソースのアドレス</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="84"/>
        <source>&amp;Track its new launches without asking</source>
        <translation>新しいリリースを確認なしで追跡(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="85"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="87"/>
        <source>Remove the selected source</source>
        <translation>選択したソースを削除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="128"/>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="150"/>
        <source>Added; fetching it now.</source>
        <translation>追加しました。取得しています。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="161"/>
        <source>Removed %1; its launches stay.</source>
        <translation>%1 を削除しました。そのリリースは残ります。</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="16"/>
        <source>rumored</source>
        <translation>噂</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="17"/>
        <source>announced</source>
        <translation>発表済み</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="18"/>
        <source>confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="19"/>
        <source>delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="20"/>
        <source>launched</source>
        <translation>リリース済み</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="21"/>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../countdown/ui/pages.py" line="61"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="60"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="226"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="80"/>
        <source>No upcoming launches — right-click to add one</source>
        <translation>予定されているリリースはありません — 右クリックで追加</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="88"/>
        <source>and %1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="130"/>
        <source>%1 menu</source>
        <translation>%1 メニュー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189"/>
        <source>No upcoming launches</source>
        <translation>予定されているリリースはありません</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="191"/>
        <source>Add launch…</source>
        <translation>リリースを追加…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="193"/>
        <source>Paste news…</source>
        <translation>ニュースを貼り付け…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="195"/>
        <source>Inbox (%1)…</source>
        <translation>受信箱（%1）…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="198"/>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="203"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="214"/>
        <source>Alerts paused until %1</source>
        <translation>%1 まで通知を一時停止中</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216"/>
        <location filename="../../countdown/ui/tray.py" line="219"/>
        <source>Pause alerts</source>
        <translation>通知を一時停止</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="225"/>
        <source>Resume alerts</source>
        <translation>通知を再開</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../countdown/ui/undo.py" line="33"/>
        <source>remove %1</source>
        <translation>（%1 の削除）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="48"/>
        <source>Undo bar</source>
        <translation>元に戻すバー</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="51"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="52"/>
        <source>Undo remove</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="56"/>
        <source>Close undo bar</source>
        <translation>元に戻すバーを閉じる</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="71"/>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/undo.py" line="73"/>
        <source>Removed %n launches.</source>
        <translation>
            <numerusform>%n件のリリースを削除しました。</numerusform>
        </translation>
    </message>
</context>
</TS>
