<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertContent</name>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="78"/>
        <source>While you were away</source>
        <translation>您离开期间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="84"/>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="85"/>
        <source>&amp;Mark launched</source>
        <translation>标记为已发布(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="87"/>
        <source>&amp;Open source</source>
        <translation>打开来源(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="89"/>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="95"/>
        <source>%n alerts while you were away</source>
        <translation>
            <numerusform>您离开期间有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/popup_content.py" line="97"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="108"/>
        <source>&amp;Snooze all</source>
        <translation>全部稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="110"/>
        <source>&amp;Dismiss all</source>
        <translation>全部关闭(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="139"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="144"/>
        <source>Mark launched</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_content.py" line="146"/>
        <source>Mark launched: %1</source>
        <translation>标记为已发布：%1</translation>
    </message>
</context>
<context>
    <name>AlertPopup</name>
    <message>
        <location filename="../../countdown/ui/popup.py" line="57"/>
        <source>%1 alert</source>
        <translation>%1 提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="58"/>
        <source>Launch alert</source>
        <translation>发布提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup.py" line="59"/>
        <source>Alt+S snooze, Alt+M mark launched, Escape dismiss</source>
        <translation>Alt+S 稍后提醒，Alt+M 标记为已发布，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="33"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="36"/>
        <source>Backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="38"/>
        <source>No backup yet: one is made after your first change</source>
        <translation>尚无备份：首次更改后会自动创建</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="40"/>
        <source>Rest&amp;ore…</source>
        <translation>恢复(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="41"/>
        <source>Restore the chosen backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="44"/>
        <source>Made after every change; the newest 10 and one a day for a week.</source>
        <translation>每次更改后创建；保留最近 10 份，以及一周内每天一份。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="62"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="64"/>
        <source>1 launch</source>
        <translation>1 个发布</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/backups_box.py" line="66"/>
        <source>%n launches</source>
        <translation>
            <numerusform>%n 个发布</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="78"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/backups_box.py" line="80"/>
        <source>Replace every launch with the backup from %1?
The current state is backed up first, so you can come back to it.</source>
        <translation>用 %1 的备份替换所有发布？
当前状态会先备份，之后仍可恢复。</translation>
    </message>
</context>
<context>
    <name>DamagedLaunchesDialog</name>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="43"/>
        <location filename="../../countdown/ui/damaged_dialog.py" line="54"/>
        <source>Damaged launches</source>
        <translation>已损坏的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="49"/>
        <source>These launches could not be read from the database, so they are left out of the list and get no alerts. Repair one by giving the missing fields again, or delete it. Preferences → Backups can also bring back an earlier state.</source>
        <translation>这些发布无法从数据库读取，因此不会出现在列表中，也不会提醒。您可以重新填写缺失的字段来修复，或将其删除。也可以在“首选项 → 备份”中恢复较早的状态。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="62"/>
        <source>&amp;Repair…</source>
        <translation>修复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="63"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="81"/>
        <source>Nothing is damaged any more.</source>
        <translation>已没有损坏的发布。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="94"/>
        <source>Launch #%1 (%2) is damaged — %3</source>
        <translation>发布 #%1（%2）已损坏——%3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="96"/>
        <source>Launch #%1 is damaged — %3</source>
        <translation>发布 #%1 已损坏——%3</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="126"/>
        <source>Delete damaged launch</source>
        <translation>删除已损坏的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/damaged_dialog.py" line="127"/>
        <source>Delete launch #%1 and its history? This cannot be undone.</source>
        <translation>删除发布 #%1 及其历史？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../countdown/ui/detail.py" line="27"/>
        <source>Select a launch to see its details and slip history.</source>
        <translation>选择一个发布，查看其详情和改期历史。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="45"/>
        <source>added: %1 (%2)</source>
        <translation>添加：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="63"/>
        <source>“%1” on %2</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="67"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="68"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="70"/>
        <source>Typed</source>
        <translation>原始输入</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="71"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="72"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="85"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="88"/>
        <source>slipped %1× (%2 days)</source>
        <translation>改期 %1 次（共 %2 天）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/detail.py" line="103"/>
        <source>Launch details</source>
        <translation>发布详情</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;No launches yet&lt;/h2&gt;&lt;p&gt;Launch Countdown counts down to the launches you are waiting for — a phone, a game, a rocket — with the date the way the news puts it: &lt;i&gt;“Q3 2026”, “mid-July”, “early next year”, “Dec 3 at 10am PT”&lt;/i&gt;. A vague date stays a window, never a guessed day, and you get a reminder when it opens and when the day comes.&lt;/p&gt;&lt;p&gt;Add a launch by hand, or paste a news paragraph and pick the launches it mentions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;还没有发布&lt;/h2&gt;&lt;p&gt;Launch Countdown 为您期待的发布倒计时——一部手机、一款游戏、一枚火箭——日期按新闻的说法来写：&lt;i&gt;“2026 年第三季度”“7 月中旬”“明年初”“12 月 3 日太平洋时间上午 10 点”&lt;/i&gt;。模糊的日期始终是一个时间段，绝不会被猜成某一天；时间段开始时和当天都会提醒您。&lt;/p&gt;&lt;p&gt;您可以手动添加发布，也可以粘贴一段新闻，从中挑选提到的发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="34"/>
        <source>No system tray was found here, so this window is the app: closing it quits.</source>
        <translation>此处没有系统托盘，因此本窗口就是应用：关闭即退出。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="57"/>
        <source>Launch Countdown lives in the system tray: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown 常驻系统托盘：图标显示距下一次发布的天数。关闭本窗口后它仍在托盘中运行；点击图标即可再次打开窗口。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="64"/>
        <source>Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the days to the next launch. Closing this window keeps it running there; click the icon to open the window again.</source>
        <translation>Launch Countdown 常驻屏幕%1的系统托盘：图标显示距下一次发布的天数。关闭本窗口后它仍在托盘中运行；点击图标即可再次打开窗口。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="78"/>
        <source>top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="79"/>
        <source>top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="80"/>
        <source>bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="81"/>
        <source>bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="98"/>
        <source>&amp;Add a launch…</source>
        <translation>添加发布(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/welcome.py" line="100"/>
        <source>&amp;Paste news…</source>
        <translation>粘贴新闻(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>EvidenceLegend</name>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="197"/>
        <source>In the text:</source>
        <translation>文中标记：</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="201"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="202"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="203"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="215"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_highlight.py" line="218"/>
        <source>(no words in the text for: %1)</source>
        <translation>（文中没有对应的词：%1）</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="38"/>
        <source>&amp;Track</source>
        <translation>跟踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="39"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="40"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="43"/>
        <source>New</source>
        <translation>新发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="44"/>
        <source>Moved</source>
        <translation>已改期</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="45"/>
        <source>Gone</source>
        <translation>已消失</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="70"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>When / change</source>
        <translation>时间 / 变化</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="73"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="75"/>
        <source>Proposals from sources</source>
        <translation>来源的提议</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <location filename="../../countdown/ui/inbox_dialog.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="84"/>
        <source>Do what the selected proposals say</source>
        <translation>执行所选提议</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="87"/>
        <source>Ignore the selected proposals</source>
        <translation>忽略所选提议</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Re&amp;fresh sources</source>
        <translation>刷新来源(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="90"/>
        <source>Fetch every source now</source>
        <translation>立即获取所有来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_dialog.py" line="158"/>
        <source>Nothing waiting. Sources are in Preferences.</source>
        <translation>没有待处理的提议。来源在首选项中设置。</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Edit launch</source>
        <translation>编辑发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="60"/>
        <source>Repair launch</source>
        <translation>修复发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_dialog.py" line="61"/>
        <source>Add launch</source>
        <translation>添加发布</translation>
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
        <translation>无法识别的日期</translation>
    </message>
</context>
<context>
    <name>LaunchForm</name>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="54"/>
        <location filename="../../countdown/ui/launch_form.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="50"/>
        <source>e.g. Pixel 11</source>
        <translation>例如 Pixel 11</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="51"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="52"/>
        <source>e.g. Q3 2026, mid-July, Dec 3 at 10am PT</source>
        <translation>例如 Q3 2026, mid-July, Dec 3 at 10am PT</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="54"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="56"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="57"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="62"/>
        <source>Written on</source>
        <translation>写于</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="70"/>
        <location filename="../../countdown/ui/launch_form.py" line="74"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="72"/>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="76"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="77"/>
        <source>URL or quote</source>
        <translation>网址或引文</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="81"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="82"/>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="67"/>
        <location filename="../../countdown/ui/launch_form.py" line="88"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="89"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="94"/>
        <source>W&amp;ritten on</source>
        <translation>写于(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="95"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="96"/>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="97"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="98"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="99"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/launch_form.py" line="100"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="40"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="42"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="43"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="31"/>
        <source>Launches</source>
        <translation>发布列表</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/pages.py" line="33"/>
        <source>F2 edits the selected launch, Delete removes it</source>
        <translation>F2 编辑所选发布，Delete 删除</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23"/>
        <source>Rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24"/>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26"/>
        <source>Delayed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27"/>
        <source>Launched</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="61"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64"/>
        <source>Paste news…</source>
        <translation>粘贴新闻…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="66"/>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="68"/>
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>来源提议的发布（首选项 → 来源）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="76"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="78"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="81"/>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="103"/>
        <source>Inbox (%1)</source>
        <translation>收件箱（%1）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="111"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="116"/>
        <source>Search launches</source>
        <translation>搜索发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="117"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="27"/>
        <location filename="../../countdown/ui/paste_name_pick.py" line="33"/>
        <source>&amp;Use selection as name</source>
        <translation>将所选内容用作名称(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="28"/>
        <source>Use selection as name</source>
        <translation>将所选内容用作名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_name_pick.py" line="30"/>
        <source>Select the product’s name in the text above, then press this (Alt+U)</source>
        <translation>在上方文本中选中产品名称，然后点此按钮（Alt+U）</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../countdown/services/notifier.py" line="238"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="242"/>
        <source>Snooze 1 hour</source>
        <translation>1 小时后提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="243"/>
        <source>Mark launched</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <location filename="../../countdown/services/notifier.py" line="247"/>
        <source>Snooze all 1 hour</source>
        <translation>全部 1 小时后提醒</translation>
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
        <translation>请在上方粘贴一段新闻或整篇文章。
带日期的发布（如“goes on sale in late August”“Q3 2027”“fin juillet”）
会显示在这里，供您确认后再跟踪。
支持英文、德文、法文、西班牙文、中文和日文。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="75"/>
        <source>Paste news — Launch Countdown</source>
        <translation>粘贴新闻 — Launch Countdown</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="83"/>
        <source>Paste a news paragraph or article; launches with a date are proposed below.</source>
        <translation>粘贴一段新闻或一篇文章；带日期的发布会在下方列出。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="89"/>
        <source>News text</source>
        <translation>新闻文本</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="91"/>
        <source>Paste a news paragraph; the launches it names are proposed below</source>
        <translation>粘贴一段新闻；其中提到的发布会在下方列出</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="95"/>
        <source>Paste a news paragraph…

e.g. “Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</source>
        <translation>粘贴一段新闻…

例如“Google’s Pixel 11 Pro goes on sale in late August, according to a report.”</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="107"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="109"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track selected</source>
        <translation>跟踪所选</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="139"/>
        <source>&amp;Written on:</source>
        <translation>写于(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="140"/>
        <source>Written on</source>
        <translation>写于</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="143"/>
        <location filename="../../countdown/ui/paste_dialog.py" line="257"/>
        <source>the date “this year” or “next month” counts from</source>
        <translation>“今年”“下个月”等说法以此日期为准</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="160"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="218"/>
        <source>No launch found in the text: paste a sentence that names a product and when it launches, e.g. “The Pixel 11 goes on sale in late August.”</source>
        <translation>文本中没有找到发布：请粘贴一句说明产品及其发布时间的话，例如“Pixel 11 将于八月下旬开售。”</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_dialog.py" line="255"/>
        <source>the text’s own dateline, %1, is used instead</source>
        <translation>改用文中自带的日期：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/paste_dialog.py" line="264"/>
        <source>Track %n selected</source>
        <translation>
            <numerusform>跟踪所选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="73"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="92"/>
        <source>&amp;Start Launch Countdown when I log in</source>
        <translation>登录时启动 Launch Countdown(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="93"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="95"/>
        <source>Entry: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="100"/>
        <source>Days before</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="101"/>
        <source>e.g. 7, 1 (empty: only on the day)</source>
        <translation>例如 7, 1（留空：仅当天）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="105"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="106"/>
        <source>Add to applications m&amp;enu</source>
        <translation>添加到应用程序菜单(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="109"/>
        <source>Adds it to your desktop&apos;s list of applications, with its icon.</source>
        <translation>将它连同图标加入桌面的应用程序列表。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="112"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="140"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="114"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="126"/>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="130"/>
        <source>Default reminders</source>
        <translation>默认提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="132"/>
        <source>&amp;Morning time</source>
        <translation>早上时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="133"/>
        <source>&amp;Days before</source>
        <translation>提前天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="135"/>
        <source>Launches with their own reminders keep them.</source>
        <translation>设有自己提醒的发布保持不变。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="136"/>
        <source>Applications menu</source>
        <translation>应用程序菜单</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="151"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="152"/>
        <source>So&amp;urces</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="153"/>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="178"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="203"/>
        <source>Update applications menu entry</source>
        <translation>更新应用程序菜单条目</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="179"/>
        <location filename="../../countdown/ui/settings_dialog.py" line="204"/>
        <source>In the menu: %1</source>
        <translation>已在菜单中：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="184"/>
        <source>⚠ Whole days, separated by commas: 7, 1</source>
        <translation>⚠ 请填写整天数，用逗号分隔：7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="200"/>
        <source>⚠ Could not add the entry: %1</source>
        <translation>⚠ 无法添加条目：%1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="218"/>
        <source>⚠ Could not change the login entry: %1</source>
        <translation>⚠ 无法更改登录启动项：%1</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="33"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="34"/>
        <source>Reads as</source>
        <translation>理解为</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="35"/>
        <location filename="../../countdown/ui/paste_table.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/inbox_quote.py" line="47"/>
        <location filename="../../countdown/ui/paste_table.py" line="36"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="51"/>
        <source>Proposed launches</source>
        <translation>提议的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="53"/>
        <source>Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones</source>
        <translation>空格键勾选或取消勾选；Ctrl+Enter 跟踪已勾选的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="104"/>
        <source>Track</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="108"/>
        <source>Type the name here, or select it in the text above and press Alt+U</source>
        <translation>在此输入名称，或在上方文本中选中名称后按 Alt+U</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="154"/>
        <source>Tracked</source>
        <translation>已跟踪</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/paste_table.py" line="164"/>
        <source>Not a date I can read.</source>
        <translation>无法识别的日期。</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="42"/>
        <source>Morning time</source>
        <translation>早上时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="58"/>
        <source>Use the &amp;default reminders</source>
        <translation>使用默认提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="59"/>
        <source>Default reminders</source>
        <translation>默认提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="62"/>
        <source>Days before</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="63"/>
        <source>e.g. 7, 1</source>
        <translation>例如 7, 1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="66"/>
        <source>in the &amp;morning at</source>
        <translation>早上(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/reminders.py" line="68"/>
        <source>and days &amp;before:</source>
        <translation>及提前天数(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../countdown/ui/shell.py" line="133"/>
        <source>Click here to repair or delete it.</source>
        <translation>点击此处修复或删除。</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="52"/>
        <source>1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/popup_actions.py" line="53"/>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="32"/>
        <source>news feed</source>
        <translation>新闻订阅源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="33"/>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="34"/>
        <source>Launch Library 2</source>
        <translation>Launch Library 2</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="37"/>
        <source>new</source>
        <translation>新添加</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="38"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="39"/>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="40"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="52"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="57"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="69"/>
        <location filename="../../countdown/ui/sources_box.py" line="75"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Last fetched</source>
        <translation>上次获取</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="81"/>
        <source>https://… feed, .ics calendar or Launch Library 2 address</source>
        <translation>https://… 订阅源、.ics 日历或 Launch Library 2 地址</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="83"/>
        <source>Address of a new source</source>
        <translation>新来源的地址</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="84"/>
        <source>&amp;Track its new launches without asking</source>
        <translation>自动跟踪其新发布，无需询问(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="85"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="87"/>
        <source>Remove the selected source</source>
        <translation>删除所选来源</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="128"/>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="150"/>
        <source>Added; fetching it now.</source>
        <translation>已添加，正在获取。</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/sources_box.py" line="161"/>
        <source>Removed %1; its launches stay.</source>
        <translation>已删除 %1；其发布仍保留。</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="16"/>
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="17"/>
        <source>announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="18"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="19"/>
        <source>delayed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="20"/>
        <source>launched</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/status_text.py" line="21"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../countdown/ui/pages.py" line="61"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="60"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/timeline.py" line="226"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="80"/>
        <source>No upcoming launches — right-click to add one</source>
        <translation>没有即将到来的发布——右键单击即可添加</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="88"/>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="130"/>
        <source>%1 menu</source>
        <translation>%1 菜单</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189"/>
        <source>No upcoming launches</source>
        <translation>没有即将到来的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="191"/>
        <source>Add launch…</source>
        <translation>添加发布…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="193"/>
        <source>Paste news…</source>
        <translation>粘贴新闻…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="195"/>
        <source>Inbox (%1)…</source>
        <translation>收件箱（%1）…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="198"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="203"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="214"/>
        <source>Alerts paused until %1</source>
        <translation>提醒已暂停至 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216"/>
        <location filename="../../countdown/ui/tray.py" line="219"/>
        <source>Pause alerts</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="225"/>
        <source>Resume alerts</source>
        <translation>恢复提醒</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../countdown/ui/undo.py" line="33"/>
        <source>remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="48"/>
        <source>Undo bar</source>
        <translation>撤销栏</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="51"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="52"/>
        <source>Undo remove</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="56"/>
        <source>Close undo bar</source>
        <translation>关闭撤销栏</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/undo.py" line="71"/>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../countdown/ui/undo.py" line="73"/>
        <source>Removed %n launches.</source>
        <translation>
            <numerusform>已删除 %n 个发布。</numerusform>
        </translation>
    </message>
</context>
</TS>
