<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LaunchTable</name>
    <message>
        <location filename="../../countdown/ui/models.py" line="35" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="36" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="37" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="38" />
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/models.py" line="39" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="21" />
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="22" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="23" />
        <source>Rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="24" />
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="25" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="26" />
        <source>Delayed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="27" />
        <source>Launched</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="28" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="54" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="55" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="56" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="58" />
        <source>Paste news…</source>
        <translation>粘贴新闻…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="60" />
        <location filename="../../countdown/ui/toolbar.py" line="96" />
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="62" />
        <source>What your sources propose (Preferences → Sources)</source>
        <translation>来源提议的发布（首选项 → 来源）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="64" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="67" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="69" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="71" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="74" />
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="96" />
        <source>Inbox (%1)</source>
        <translation>收件箱（%1）</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="104" />
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="109" />
        <source>Search launches</source>
        <translation>搜索发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/toolbar.py" line="110" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="108" />
        <location filename="../../countdown/ui/settings_dialog.py" line="136" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="110" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="138" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/settings_dialog.py" line="140" />
        <source>Applies the next time Launch Countdown starts.</source>
        <translation>下次启动 Launch Countdown 时生效。</translation>
    </message>
</context>
<context>
    <name>TrayCountdown</name>
    <message>
        <location filename="../../countdown/ui/tray.py" line="180" />
        <source>No upcoming launches</source>
        <translation>没有即将到来的发布</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="182" />
        <source>Add launch…</source>
        <translation>添加发布…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="184" />
        <source>Paste news…</source>
        <translation>粘贴新闻…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="186" />
        <source>Inbox (%1)…</source>
        <translation>收件箱（%1）…</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="189" />
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="194" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="205" />
        <source>Alerts paused until %1</source>
        <translation>提醒已暂停至 %1</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="207" />
        <location filename="../../countdown/ui/tray.py" line="210" />
        <source>Pause alerts</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="213" />
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="215" />
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <location filename="../../countdown/ui/tray.py" line="216" />
        <source>Resume alerts</source>
        <translation>恢复提醒</translation>
    </message>
</context>
</TS>