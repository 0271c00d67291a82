<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BracketBar</name>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="46" />
        <source>Fields:</source>
        <extracomment>Buttons shown at most (a reply with more brackets is rare), and per row: they wrap rather than shrink, so each bracket stays readable in a narrow editor.</extracomment>
        <translation>填写项：</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="48" />
        <source>Highlighted brackets are asked for when inserting</source>
        <translation>高亮的括号在插入时需要填写；其余按原文粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="81" />
        <source>A field: asked for when inserting. Click to paste it as written.</source>
        <translation>填写项：插入时需要填写。点击改为按原文粘贴。</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="83" />
        <source>Text: pasted as written. Click to ask for it when inserting.</source>
        <translation>文字：按原文粘贴。点击改为插入时填写。</translation>
    </message>
</context>
<context>
    <name>CapabilityLimits</name>
    <message>
        <location filename="../../desktop/capability_limits.py" line="29" />
        <source>Wayland does not let applications grab global hotkeys or send keys to other windows; bind a desktop shortcut to `quickreply --show` or use an X11 session.</source>
        <translation>Wayland 不允许程序注册全局快捷键，也不允许向其他窗口发送按键；请在桌面设置里把 `quickreply --show` 绑定为快捷键，或改用 X11 会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="35" />
        <source>QuickReply does not support macOS yet.</source>
        <translation>快回暂不支持 macOS。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="39" />
        <source>There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>没有可用的显示环境（DISPLAY 和 WAYLAND_DISPLAY 都未设置）。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="51" />
        <source>This session does not let programs use global hotkeys. Open the popup from the tray or with `quickreply --show`.</source>
        <translation>当前会话不允许程序使用全局快捷键。请从托盘图标或用 `quickreply --show` 打开搜索框。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="63" />
        <source>This session does not let programs send keys to other windows: a reply is put on the clipboard, paste it yourself with Ctrl+V.</source>
        <translation>当前会话不允许程序向其他窗口发送按键：回复会放到剪贴板上，请自己按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="75" />
        <source>Typing the reply key by key ("type") is not possible here (on X11 it needs xdotool).</source>
        <translation>这里无法逐键输入回复（"type"）（X11 下需要安装 xdotool）。</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="87" />
        <source>This session does not let programs bring the chat window back to the front, so the answer cannot be inserted from here. Save it and paste it yourself.</source>
        <translation>当前会话不允许程序把聊天窗口切回前台，所以无法从这里插入回答。请先保存，再自己粘贴。</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="73" />
        <source>Note a question</source>
        <translation>记下问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="91" />
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="93" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="100" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="101" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="102" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="103" />
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="104" />
        <source>Answer within</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="114" />
        <source>Reply “later” and save</source>
        <translation>回复“稍后答复”并保存</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="116" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="117" />
        <source>Save only</source>
        <translation>仅保存</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="118" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="166" />
        <source>Sends: %1</source>
        <translation>将发送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="168" />
        <source>No holding reply: add one to the 稍后答复 group.</source>
        <translation>没有稍后答复话术：请在「稍后答复」分组里添加一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="174" />
        <source>Type or paste the customer's question</source>
        <translation>输入或粘贴客户的问题</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop/core_messages.py" line="29" />
        <source>{name}: the picture is {size}; at most {limit} each.</source>
        <extracomment>(core wording, searched anywhere in the message) -&gt; the sentence to show instead.</extracomment>
        <translation>{name}：图片大小为 {size}，每张图片最多 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="33" />
        <source>{name}: the picture claims too many pixels (a decompression bomb).</source>
        <translation>{name}：图片声明的像素过多（疑似解压炸弹），已拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="39" />
        <source>{name} is not a picture (PNG, JPEG, GIF, WebP or BMP expected).</source>
        <translation>{name} 不是图片（支持 PNG、JPEG、GIF、WebP、BMP）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="45" />
        <source>{name}: the picture is damaged or incomplete.</source>
        <translation>{name}：图片已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="49" />
        <source>Cannot read the picture {name} ({why}).</source>
        <translation>无法读取图片 {name}（{why}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="56" />
        <source>{name}: the phrasebook's pictures would come to {total}; the limit is {limit}. Remove pictures no reply needs.</source>
        <translation>{name}：加入后话术库的图片将达到 {total}，上限为 {limit}。请先删除不再使用的图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="64" />
        <source>{count} pictures on one reply; at most {limit}.</source>
        <translation>一条回复有 {count} 张图片，最多 {limit} 张。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="68" />
        <source>The reply has {count} characters; at most {limit} (no chat client sends more in one message).</source>
        <translation>回复共 {count} 个字符，最多 {limit} 个（聊天工具一条消息发不了更多）。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="76" />
        <source>The reply text is empty.</source>
        <translation>回复内容为空。</translation>
    </message>
</context>
<context>
    <name>CustomerBar</name>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="19" />
        <source>As written</source>
        <extracomment>The languages a customer can be answered in, in Ctrl+L order; None = as each phrase is written.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="43" />
        <source>Shop you are answering for</source>
        <translation>当前接待的店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="48" />
        <source>Customer's language (Ctrl+L switches)</source>
        <translation>客户语言（Ctrl+L 切换）</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="92" />
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="95" />
        <source>Phrasebook file</source>
        <translation>话术库文件</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="96" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="97" />
        <source>Use another folder…</source>
        <translation>使用其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="98" />
        <location filename="../../desktop/settings/data_page.py" line="208" />
        <source>Check for damage</source>
        <translation>检查文件是否损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="100" />
        <source>A full integrity check of the phrasebook file; it changes nothing.</source>
        <translation>对话术库文件做一次完整的完整性检查，不会改动任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="105" />
        <source>From the next start: {path}</source>
        <translation>下次启动起使用：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="110" />
        <source>Another folder takes effect at once: the phrasebook is copied there (or the one already there is used). Backups are kept in the backups folder beside it.</source>
        <translation>换文件夹立即生效：短语库会复制过去（若那里已有短语库，则直接使用它）。备份保存在旁边的 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="115" />
        <source>Backups are kept in the backups folder beside it.</source>
        <translation>备份保存在它旁边的 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="116" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="117" />
        <source>Back up every day</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="118" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="119" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="120" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="121" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="138" />
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="139" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="140" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="141" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="160" />
        <source>Replace all phrases with the backup from {when}? The current phrases are backed up first, so this can be undone.</source>
        <translation>用 {when} 的备份替换全部话术吗？当前话术会先自动备份，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="166" />
        <location filename="../../desktop/settings/data_page.py" line="176" />
        <location filename="../../desktop/settings/data_page.py" line="183" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="170" />
        <source>Not in this backup: {added} added and {edited} edited phrases, {uses} insertions, {notes} notebook entries. They stay in the copy made before restoring.</source>
        <translation>此备份中没有的内容：新增话术 {added} 条、修改过的话术 {edited} 条、发送记录 {uses} 条、记事本条目 {notes} 条。它们会保留在恢复前自动保存的副本里。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="195" />
        <source>No damage found: the integrity check passed and all text is readable.</source>
        <translation>未发现损坏：完整性检查通过，所有文字都能正常读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="198" />
        <source>An index is damaged. It is rebuilt the next time QuickReply starts (a copy of the file is kept first).</source>
        <translation>有一个索引损坏了。下次启动快回时会自动重建（重建前会先保存一份文件副本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="203" />
        <source>The phrasebook file is damaged ({detail}). Quit QuickReply and start it again: it offers to salvage every phrase that can still be read.</source>
        <translation>话术库文件已损坏（{detail}）。请退出快回后重新启动：启动时会提供抢救所有可读话术的选项。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="218" />
        <source>Folder for the phrasebook</source>
        <translation>话术库所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="229" />
        <source>Use another folder</source>
        <translation>使用其他文件夹</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/errors.py" line="80" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="84" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="91" />
        <source>Something went wrong. QuickReply keeps running and your phrases are safe.</source>
        <translation>出了点问题。快回仍在运行，您的话术安全无损。</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="94" />
        <source>Details were written to {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="82" />
        <source>Folder</source>
        <extracomment>Big enough for the name, size, type and date columns side by side.</extracomment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="144" />
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="146" />
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="64" />
        <source>+{n} more</source>
        <extracomment>Severity colors, readable on light and dark bases alike. More rows than this are summed up in one "+N more" line (the tooltip lists them all).</extracomment>
        <translation>还有 {n} 处</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="72" />
        <source>{category}: “{words}”</source>
        <translation>{category}：“{words}”</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="92" />
        <source>Suggestion: {text}</source>
        <translation>建议：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="97" />
        <source>Promise</source>
        <translation>承诺用语</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="98" />
        <source>Absolute claim</source>
        <translation>绝对化用语</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="99" />
        <source>Off-platform</source>
        <translation>站外引流</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="100" />
        <source>Curt reply</source>
        <translation>生硬回复</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="101" />
        <source>No courtesy</source>
        <translation>缺少礼貌用语</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="102" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="64" />
        <source>General</source>
        <extracomment>Language setting values, shown in their own language (a lost user can still find theirs).</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>At login</source>
        <translation>开机启动</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="73" />
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="77" />
        <source>Start QuickReply when I log in</source>
        <translation>开机登录后自动启动快回</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="78" />
        <source>Changes apply at once; no restart is needed.</source>
        <translation>修改立即生效，无需重启。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="88" />
        <source>Could not change the login start: {error}</source>
        <translation>无法更改开机启动：{error}</translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message>
        <location filename="../../desktop/manager/group_tree.py" line="77" />
        <source>All phrases</source>
        <extracomment>Mime type of a phrase drag from the phrase list: a JSON list of phrase ids. Item data role holding a group's path ("" for the "all phrases" row).</extracomment>
        <translation>全部话术</translation>
    </message>
</context>
<context>
    <name>HotkeyDialog</name>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="34" />
        <source>QuickReply: no global hotkeys here</source>
        <extracomment>Shows a tray message: notify(title, text).</extracomment>
        <translation>快回：当前桌面不支持全局快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="35" />
        <source>This desktop does not let programs use global hotkeys, so no key combination can open the popup. Bind the command `quickreply --show popup` to a keyboard shortcut in your desktop's settings, or open the popup from the tray icon.</source>
        <translation>当前桌面不允许程序使用全局快捷键，换哪个组合键都无法呼出搜索框。请在桌面系统的键盘快捷键设置里，把命令 `quickreply --show popup` 绑定到一个快捷键；也可以点击托盘图标打开搜索框。</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="58" />
        <source>Popup hotkey</source>
        <translation>呼出快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="59" />
        <source>Press the keys you want to use.</source>
        <translation>请按下您想使用的组合键。</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="107" />
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="112" />
        <source>Click a box and press the new keys. A hotkey another program already uses is refused, and the old one stays active.</source>
        <translation>点击输入框，然后按下新的组合键。已被其他程序占用的快捷键会被拒绝，原快捷键继续有效。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="121" />
        <source>Favourites: press the keys with 1 (e.g. Ctrl+Alt+1); 2 to 9 follow with the same keys.</source>
        <translation>常用回复：连同数字 1 一起按（如 Ctrl+Alt+1），2 到 9 自动使用相同的组合键。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="131" />
        <source>Not active</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="157" />
        <source>{chord} is already QuickReply's hotkey for "{what}".</source>
        <translation>{chord} 已是快回“{what}”的快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="168" />
        <source>Use Ctrl, Alt or the Windows key with it, so typing is not caught.</source>
        <translation>请搭配 Ctrl、Alt 或 Win 键，以免拦截正常打字。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/import_dialog.py" line="58" />
        <location filename="../../desktop/import_dialog.py" line="281" />
        <source>Import phrases</source>
        <extracomment>Findings listed one per line under the table; the rest are summed up in a "+N more" line. Row texts rewritten by a click on a bracket (field &lt;-&gt; text), by line; imported so.</extracomment>
        <translation>导入快捷短语</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="74" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="83" />
        <source>Skip duplicates</source>
        <translation>跳过重复项</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="84" />
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="85" />
        <source>Update the existing phrase</source>
        <translation>更新已有短语</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="90" />
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="91" />
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="92" />
        <source>Shortcut code</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="93" />
        <source>Phrase text</source>
        <translation>短语内容</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="94" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="95" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="96" />
        <source>Customer questions</source>
        <translation>客户问题示例</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="97" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="98" />
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="99" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Matches</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Fields (click to switch)</source>
        <translation>填写项（点击切换）</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="118" />
        <source>Duplicates (same text, or same code in the same group):</source>
        <translation>重复项（内容相同，或同组同编码）：</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="137" />
        <source>File: {name} — format: {format}</source>
        <translation>文件：{name} — 格式：{format}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="156" />
        <source>Column “{name}”:</source>
        <translation>列“{name}”：</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="183" />
        <source>New: {a} · Updated: {u} · Unchanged: {s} · Duplicates: {d} (skipped: {k})</source>
        <translation>新增：{a} · 更新：{u} · 未变：{s} · 重复：{d}（跳过：{k}）</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="279" />
        <source>Phrase files</source>
        <translation>短语文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="280" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="70" />
        <source>Wording check:</source>
        <translation>用语检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="194" />
        <source>Row {n}</source>
        <translation>第{n}行</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="200" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="201" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="202" />
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="203" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="206" />
        <source>same text</source>
        <translation>内容相同</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="207" />
        <source>same code and group</source>
        <translation>同组同编码</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="208" />
        <source>same id</source>
        <translation>同一 ID</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="56" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="98" />
        <source>Edit {lang} text</source>
        <translation>修改{lang}文本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="139" />
        <source>Written by hand. Empty the box to remove it.</source>
        <translation>手写版本。清空即可删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="142" />
        <source>Converted automatically from {lang} (shown grey below); type to write your own.</source>
        <translation>由{lang}自动转换（下方灰字）；直接输入即可手写自己的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="145" />
        <source>Not written yet: customers reading this language get the {lang} text.</source>
        <translation>还没写：用这种语言的客户会收到{lang}版本。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="58" />
        <source>Phrase manager</source>
        <translation>话术管理</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="87" />
        <source>Phrases</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="88" />
        <location filename="../../desktop/manager/manager_window.py" line="272" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="89" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="90" />
        <location filename="../../desktop/manager/manager_window.py" line="261" />
        <source>Proposals</source>
        <translation>提议审核</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="96" />
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="100" />
        <location filename="../../desktop/manager/manager_window.py" line="189" />
        <source>New phrase</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="102" />
        <location filename="../../desktop/manager/manager_window.py" line="200" />
        <location filename="../../desktop/manager/manager_window.py" line="316" />
        <location filename="../../desktop/manager/manager_window.py" line="323" />
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="104" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="106" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="108" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="113" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="115" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="139" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="140" />
        <source>CSV for Qianniu (*.csv)</source>
        <translation>千牛快捷短语 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="141" />
        <source>QuickReply pack (*.jsonl)</source>
        <translation>快回话术包 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="142" />
        <source>IME custom phrases (*.txt)</source>
        <translation>输入法自定义短语 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="145" />
        <location filename="../../desktop/manager/manager_window.py" line="151" />
        <source>Export phrases</source>
        <translation>导出话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="153" />
        <source>Exported %1 phrases</source>
        <translation>已导出 %1 条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="188" />
        <source>New reply</source>
        <translation>新话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="206" />
        <location filename="../../desktop/manager/manager_window.py" line="351" />
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="209" />
        <source>Move group</source>
        <translation>移动分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="212" />
        <location filename="../../desktop/manager/manager_window.py" line="328" />
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="216" />
        <source>Move phrases</source>
        <translation>移动话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="222" />
        <source>Delete phrases</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="225" />
        <source>Restore phrases</source>
        <translation>恢复话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="231" />
        <source>{n} phrases deleted forever</source>
        <translation>已彻底删除 {n} 条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="282" />
        <source>Edit phrase</source>
        <translation>编辑话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="307" />
        <source>Pictures not changed: %1</source>
        <translation>图片未修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="316" />
        <location filename="../../desktop/manager/manager_window.py" line="345" />
        <location filename="../../desktop/manager/manager_window.py" line="351" />
        <source>Group name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="325" />
        <location filename="../../desktop/manager/manager_window.py" line="345" />
        <source>New subgroup</source>
        <translation>新建子分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="327" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="334" />
        <source>Move to group</source>
        <translation>移动到分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="335" />
        <source>Ungrouped</source>
        <translation>未分组</translation>
    </message>
</context>
<context>
    <name>NotebookController</name>
    <message>
        <location filename="../../desktop/notebook/notebook_controller.py" line="146" />
        <source>Answer due: %1</source>
        <extracomment>How often the due query runs; a reminder is at most this late.</extracomment>
        <translation>该回复了：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_controller.py" line="146" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="83" />
        <source>Question notebook</source>
        <extracomment>Tabs: entry statuses, then the most-asked view. Closed statuses a question can go back to open from (a shared one lives in the team's book).</extracomment>
        <translation>问题记事本</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="121" />
        <source>Search questions, customers, answers</source>
        <translation>搜索问题、客户、回复</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="241" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="242" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <location filename="../../desktop/notebook/notebook_window.py" line="242" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="164" />
        <source>Write the answer, or click a phrase above</source>
        <translation>写下回复，或点击上面的话术</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="165" />
        <source>Answer and insert into chat</source>
        <translation>回复并发送到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="167" />
        <source>Save answer</source>
        <translation>保存回复</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="168" />
        <source>Share with the team…</source>
        <translation>分享给团队…</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="169" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="170" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="172" />
        <source>Back to the open questions, e.g. the customer asked again</source>
        <translation>放回待回复的问题，例如客户又问了一次</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="189" />
        <source>Phrases that may answer it:</source>
        <translation>可能用得上的话术：</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="191" />
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="226" />
        <source>Open (%1)</source>
        <translation>待回复（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="227" />
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="228" />
        <source>Shared</source>
        <translation>已分享</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="229" />
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="230" />
        <source>Most asked</source>
        <translation>高频问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <source>Asked</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <source>Last asked</source>
        <translation>最近提问</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="241" />
        <source>Closed</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="258" />
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="265" />
        <source>asked %1 times this week</source>
        <translation>本周被问了 %1 次</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="308" />
        <source>No question selected</source>
        <translation>未选择问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="340" />
        <source>asked %1</source>
        <translation>提问于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="384" />
        <source>This question was deleted elsewhere.</source>
        <translation>这条问题已在别处被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="397" />
        <source>This question was dismissed elsewhere. Reopen it first, then answer; your text is kept.</source>
        <translation>这条问题已在别处被忽略，先重新打开再回复；你写的回复已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="402" />
        <source>This question was answered elsewhere; its answer is saved. Your text is kept: save again to replace that answer.</source>
        <translation>这条问题已在别处回复并保存。你写的回复已保留：再次保存会替换那条回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="406" />
        <source>This question was already shared with the team elsewhere.</source>
        <translation>这条问题已在别处分享给团队。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="407" />
        <source>This question was reopened elsewhere; it is open again.</source>
        <translation>这条问题已在别处重新打开，现在是待回复状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="431" />
        <source>The answer was not saved: %1</source>
        <translation>回复没有保存：%1</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="43" />
        <source>Type key by key</source>
        <extracomment>Image modes in the combos' order (per application, "as default" comes first).</extracomment>
        <translation>逐字输入</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="165" />
        <source>Pasting</source>
        <extracomment>Why pasting, or typing, is not offered here (None: it is).</extracomment>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="169" />
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Paste with</source>
        <translation>粘贴方式</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="170" />
        <source>Paste images</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="171" />
        <source>Wait before pasting</source>
        <translation>粘贴前等待</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="172" />
        <source>Wait for the chat window's focus at most</source>
        <translation>等待聊天窗口获得焦点，最长</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="173" />
        <source>Restore clipboard after</source>
        <translation>恢复剪贴板前等待</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="174" />
        <source>Restore at the latest after</source>
        <translation>最迟恢复剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Application</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="186" />
        <source>Applications that need another method:</source>
        <translation>需要其他粘贴方式的程序：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="187" />
        <source>Add application</source>
        <translation>添加程序</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="188" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="191" />
        <source>Application: the program name, e.g. WINWORD.EXE or xterm. "{type}" types the reply key by key, for chat boxes that block pasting.</source>
        <translation>程序：填写程序名，如 WINWORD.EXE 或 xterm。“{type}” 表示逐字键入回复，适用于禁止粘贴的聊天框。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="203" />
        <source>As default</source>
        <translation>同默认</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="204" />
        <source>Text and image in one paste</source>
        <translation>文字和图片一次粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="205" />
        <source>Text, then image</source>
        <translation>先粘贴文字，再粘贴图片</translation>
    </message>
</context>
<context>
    <name>PhraseEditor</name>
    <message>
        <location filename="../../desktop/manager/editor.py" line="87" />
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="88" />
        <source>My wording</source>
        <translation>我的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="89" />
        <source>Languages</source>
        <translation>多语言</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="90" />
        <source>Related</source>
        <translation>相关话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="112" />
        <source>Team version updated</source>
        <translation>团队版本已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="114" />
        <source>Compare your wording with the team's new text</source>
        <translation>对比我的说法和团队的新版本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="122" />
        <source>Number key</source>
        <translation>数字键</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="127" />
        <source>Short title shown in lists</source>
        <translation>列表中显示的简短标题</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="128" />
        <source>The reply; placeholders like {客户}</source>
        <translation>回复内容，可用 {客户} 等占位符</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="132" />
        <source>e.g. fhsj</source>
        <translation>例如 fhsj</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="133" />
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="134" />
        <source>One customer question per line</source>
        <translation>每行一个客户问题</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="141" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="142" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="147" />
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="148" />
        <source>Shortcut code</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="149" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="150" />
        <source>Customer questions</source>
        <translation>客户问题示例</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="151" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="231" />
        <source>Not saved: the text is empty</source>
        <translation>未保存：内容为空</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="238" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="302" />
        <source>Team phrase</source>
        <translation>团队话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="302" />
        <source>Personal phrase</source>
        <translation>个人话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="305" />
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="313" />
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
</context>
<context>
    <name>PhraseList</name>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="146" />
        <source>Search: text, code, pinyin initials…</source>
        <extracomment>The number key (1-9) the phrase is pinned to, or None; drawn as a badge. True when the team rewrote a phrase she personalised; drawn as an orange badge. How many pictures the reply carries (0: none); drawn as a small picture badge.</extracomment>
        <translation>搜索：内容、快捷码、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="231" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="231" />
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="233" />
        <source>Ungrouped</source>
        <translation>未分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="241" />
        <source>The team changed this phrase after you rewrote it</source>
        <translation>你改写之后，团队修改了这条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="243" />
        <source>Pictures: %1</source>
        <translation>图片：%1 张</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="90" />
        <source>Add a related phrase</source>
        <translation>添加相关话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="93" />
        <source>Search: text, code, pinyin initials…</source>
        <translation>搜索：内容、快捷码、拼音首字母…</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="162" />
        <source>Add pictures…</source>
        <extracomment>Raw image formats another program may put on a drag or the clipboard, best first: their bytes are kept as they are (a JPEG stays a JPEG); otherwise Qt's image is saved as PNG.</extracomment>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="163" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="166" />
        <source>Move left (sent earlier)</source>
        <translation>左移（先发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="167" />
        <source>Move right (sent later)</source>
        <translation>右移（后发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="170" />
        <source>Drop or paste (Ctrl+V) pictures here</source>
        <translation>可拖入或粘贴（Ctrl+V）图片</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="260" />
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="260" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="262" />
        <location filename="../../desktop/manager/picture_strip.py" line="365" />
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="289" />
        <source>Only picture files on this computer can be added.</source>
        <translation>只能添加本机上的图片文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="291" />
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板里没有图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="311" />
        <source>Remove pictures</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="332" />
        <source>Reorder pictures</source>
        <translation>调整图片顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="356" />
        <source>Picture not added: %1</source>
        <translation>图片未添加：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="361" />
        <source>This picture is already on the reply.</source>
        <translation>这张图片已在该回复中。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="381" />
        <source>The pictures were changed elsewhere; shown again as they are now.</source>
        <translation>图片已在别处被修改，现已按最新内容重新显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="422" />
        <source>Picture links (not downloaded):</source>
        <translation>图片链接（不会下载）：</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="441" />
        <source>A team phrase: only a supervisor changes its pictures</source>
        <translation>团队话术：只有主管可以修改其图片</translation>
    </message>
</context>
<context>
    <name>PinSelector</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="50" />
        <source>Insert this phrase with Ctrl+Alt+number, without the popup</source>
        <translation>用 Ctrl+Alt+数字 直接插入这条话术，不打开弹窗</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="63" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="81" />
        <source>Pin to a number key</source>
        <translation>固定到数字键</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="81" />
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
</context>
<context>
    <name>PopupHotkey</name>
    <message>
        <location filename="../../desktop/popup/popup_hotkey.py" line="68" />
        <source>{chord} is already used by another program. Choose another.</source>
        <translation>{chord} 已被其他程序占用，请换一个。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="72" />
        <source>Preview</source>
        <extracomment>Text of a field the agent still has to fill: a warm red that reads on light and dark bases. A note about the reply itself (e.g. no text in the customer's language): amber, not alarm red. Background of text that came from a field (typed or default), a translucent blue.</extracomment>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="84" />
        <source>Fill in</source>
        <translation>待填写</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="237" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="49" />
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="53" />
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="54" />
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="55" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="56" />
        <source>Greeting</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="57" />
        <source>Emoticon</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="61" />
        <source>Flagship store, Outlet store</source>
        <translation>旗舰店，专卖店</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="62" />
        <source>How customers see you, e.g. Xiaomei</source>
        <translation>客户看到的名字，如 小美</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="65" />
        <source>These fill the placeholders in replies: {agent}, {shop}, {signature}, {customer} and {emoticon}. They stay on this computer.</source>
        <translation>这些内容会填入回复中的占位符：{客服}、{店铺}、{签名}、{客户} 和 {表情}。仅保存在本机。</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="43" />
        <source>Share with the team</source>
        <translation>分享给团队</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="50" />
        <source>Add it to the phrasebook now (I decide for the team)</source>
        <translation>立即加入话术库（由我为团队决定）</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="58" />
        <source>Send proposal</source>
        <translation>提交给主管</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="67" />
        <source>Customer data removed</source>
        <translation>已去除的客户信息</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="71" />
        <source>No customer data found. Check the text below.</source>
        <translation>未发现客户信息，请再检查一下下面的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="86" />
        <source>Customer question</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="87" />
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="91" />
        <source>Where it goes</source>
        <translation>加到哪里</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="93" />
        <source>A new phrase in group</source>
        <translation>新建话术，放在分组</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="97" />
        <source>An example question of this phrase:</source>
        <translation>作为这条话术的示例问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="99" />
        <source>Search phrases</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="123" />
        <source>Choose the phrase that answers this question.</source>
        <translation>请选择能回答这个问题的话术。</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="87" />
        <source>One customer question per line</source>
        <translation>每行一个客户问题</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="91" />
        <source>✓ No risky wording found</source>
        <translation>✓ 未发现风险用语</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="93" />
        <source>Note to the agent (required to reject)</source>
        <translation>给客服的备注（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="94" />
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="96" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="99" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="100" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="101" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="103" />
        <source>Wording check</source>
        <translation>严谨性检查</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="104" />
        <source>Customer questions</source>
        <translation>客户问题示例</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="105" />
        <source>Add to phrase</source>
        <translation>添加到话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="106" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="179" />
        <source>Accepted: “{name}” is in the team phrasebook</source>
        <translation>已采纳：“{name}”已加入团队话术库</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="195" />
        <source>Rejected; the agent sees your note</source>
        <translation>已驳回；客服会看到你的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="286" />
        <source>(the phrase no longer exists)</source>
        <translation>（该话术已不存在）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="290" />
        <source>an agent</source>
        <translation>一位客服</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="291" />
        <source>From {author} · {when}</source>
        <translation>来自 {author} · {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="300" />
        <source>New phrase</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="301" />
        <source>New customer question for an existing phrase</source>
        <translation>为已有话术补充客户问法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="306" />
        <source>Nothing to review. Answers promoted from the notebook appear here for the supervisor to accept, edit or reject.</source>
        <translation>没有待审核的提议。客服从问题本提交的答案会出现在这里，由主管采纳、修改或驳回。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="309" />
        <source>No proposals here yet.</source>
        <translation>这里还没有提议。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>QuickReply</name>
    <message>
        <location filename="../../desktop/app.py" line="237" />
        <source>Press {chord} in a chat window to search replies.</source>
        <extracomment>After the popup shows, before reading the agent's clipboard ahead (after its first paint). After start, before warming what the first insertion needs (lets the tray and hotkey settle).</extracomment>
        <translation>在聊天窗口按 {chord} 即可搜索话术。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="240" />
        <source>The popup hotkey could not be registered.</source>
        <translation>呼出快捷键注册失败，请换一个组合键。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="260" />
        <source>Used by another program, so they stay off: {chords}</source>
        <translation>已被其他程序占用，暂不可用：{chords}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="261" />
        <location filename="../../desktop/app.py" line="337" />
        <source>Favourite keys</source>
        <translation>收藏快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="334" />
        <source>Nothing is pinned to Ctrl+Alt+{n}: pin a reply in the phrase manager</source>
        <translation>Ctrl+Alt+{n} 还没有固定话术：请在话术管理中固定一条</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="357" />
        <source>The chat window did not take the reply. Click here (or tray menu → Paste the last reply again) to paste it again.</source>
        <translation>聊天窗口没有收到这条回复。点击此处（或托盘菜单 → 重新粘贴上一条回复）再粘贴一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="360" />
        <source>Not pasted</source>
        <translation>未粘贴成功</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="366" />
        <source>Not inserted</source>
        <translation>未能插入</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="238" />
        <location filename="../../desktop/app.py" line="368" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="147" />
        <source>After you insert this phrase, the popup offers these next (问一答三).</source>
        <translation>插入这条话术后，弹窗会接着推荐下面这些（问一答三）。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="152" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="153" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="182" />
        <source>Link related phrase</source>
        <translation>关联相关话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="189" />
        <source>Remove related phrase</source>
        <translation>移除相关话术</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="32" />
        <location filename="../../desktop/repair_dialog.py" line="54" />
        <location filename="../../desktop/repair_dialog.py" line="61" />
        <location filename="../../desktop/repair_dialog.py" line="69" />
        <location filename="../../desktop/repair_dialog.py" line="79" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="33" />
        <source>The phrasebook file is damaged.</source>
        <translation>话术库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="36" />
        <source>Salvage copies every phrase that can still be read into a fresh phrasebook; the damaged file is kept in the backups folder. Details: {error}</source>
        <translation>“抢救数据”会把所有还能读取的话术复制到一个新的话术库；损坏的文件会保留在备份文件夹中。详情：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="40" />
        <source>Salvage</source>
        <translation>抢救数据</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="44" />
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="46" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="57" />
        <source>Salvaged: {summary}. The damaged file was kept as {kept}.</source>
        <translation>已抢救：{summary}。损坏的文件已保存为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="73" />
        <source>Restored the backup {backup}. Changes made after it are not in it; the damaged file was kept as {kept}.</source>
        <translation>已恢复备份 {backup}。该备份之后的改动不在其中；损坏的文件已保存为 {kept}。</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="156" />
        <location filename="../../desktop/popup/search_popup.py" line="536" />
        <source>QuickReply</source>
        <extracomment>Fonts tried for CJK and Hangul after the system UI font, best-looking first per OS. How long after an insertion the popup offers follow-ups (one customer's next question). The clock follow-ups are timed with (tests replace it). How long typing pauses before a search runs (a soak run sets 0: one search a cycle).</extracomment>
        <translation>快回</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="188" />
        <location filename="../../desktop/popup/search_popup.py" line="537" />
        <source>Search replies: code, pinyin or words</source>
        <translation>搜索话术：编码、拼音或关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="217" />
        <location filename="../../desktop/popup/search_popup.py" line="540" />
        <source>Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Ctrl+L language · Esc close</source>
        <translation>Enter 插入 · Shift+Enter 复制 · Ctrl+1-9 选择 · Tab 填写 · Ctrl+L 语言 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="319" />
        <source>Fill in first: {field} (Ctrl+Shift+Enter pastes it as written)</source>
        <translation>请先填写：{field}（Ctrl+Shift+Enter 按原文粘贴）</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="384" />
        <source>Usually sent next</source>
        <translation>接下来常发</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="384" />
        <source>Frequently used</source>
        <translation>常用</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="415" />
        <source>No phrasebook open</source>
        <translation>没有打开的话术库</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="417" />
        <source>No reply matches “{query}”</source>
        <translation>没有找到与“{query}”匹配的话术</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="419" />
        <source>No replies yet: add some in the phrase editor</source>
        <translation>还没有话术，请在话术管理中添加</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="435" />
        <source>No Korean text: pasting the original</source>
        <translation>没有韩语版本，将粘贴原文</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="436" />
        <source>No English text: pasting the original</source>
        <translation>没有英语版本，将粘贴原文</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="437" />
        <source>No Traditional Chinese text: pasting the original</source>
        <translation>没有繁体中文版本，将粘贴原文</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="438" />
        <source>No Simplified Chinese text: pasting the original</source>
        <translation>没有简体中文版本，将粘贴原文</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="123" />
        <source>Open the search popup</source>
        <translation>打开搜索窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="130" />
        <source>Note the customer's question</source>
        <translation>记下客户的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="137" />
        <source>Insert favourite 1 to 9</source>
        <translation>插入常用回复 1–9</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="148" />
        <source>Press the keys together with 1, e.g. Ctrl+Alt+1.</source>
        <translation>请连同数字 1 一起按，例如 Ctrl+Alt+1。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="156" />
        <source>Used by another program: {chords}</source>
        <translation>已被其他程序占用：{chords}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="193" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="194" />
        <source>Diagnostics copied. They hold no phrases and no customer data.</source>
        <translation>诊断信息已复制，其中不含任何话术和客户数据。</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/settings/settings_window.py" line="134" />
        <source>QuickReply Settings</source>
        <translation>快回设置</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="49" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="50" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="51" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="52" />
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="59" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="61" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="72" />
        <source>Most used</source>
        <translation>最常使用</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="73" />
        <source>Least used</source>
        <translation>最少使用</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="74" />
        <source>Unused for 90 days (candidates to prune)</source>
        <translation>90 天未使用（可考虑清理）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="75" />
        <source>What I insert most</source>
        <translation>我最常发送</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="99" />
        <source>{uses} insertions · {used} of {total} phrases used</source>
        <translation>共发送 {uses} 次 · 用到 {used}/{total} 条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="164" />
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/team_sync.py" line="149" />
        <source>server unreachable</source>
        <translation>无法连接同步服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="151" />
        <source>team folder not found</source>
        <translation>找不到团队文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="157" />
        <source>Team sync: syncing…</source>
        <translation>团队同步：同步中…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="159" />
        <source>Team sync: not yet</source>
        <translation>团队同步：尚未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="161" />
        <source>Team sync failed: %1</source>
        <translation>团队同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="164" />
        <source>Team sync: %1</source>
        <translation>团队同步：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="167" />
        <source> · %1 to send</source>
        <translation> · 待发送 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="169" />
        <source> · %1 conflicts</source>
        <translation> · %1 处冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="172" />
        <source> · %1 files set aside</source>
        <translation> · %1 个文件已隔离</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="175" />
        <source> · behind %1</source>
        <translation> · 落后于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="177" />
        <source> · check needed</source>
        <translation> · 需要检查</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="188" />
        <source>%1: seen %2, applied %3</source>
        <translation>%1：已见 %2，已应用 %3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="94" />
        <source>Team sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="97" />
        <source>Your team</source>
        <translation>你的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="99" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="100" />
        <source>Your role</source>
        <translation>你的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="101" />
        <source>Shared through</source>
        <translation>共享方式</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="102" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="103" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="107" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="108" />
        <source>Invite a member…</source>
        <translation>邀请成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="111" />
        <source>Share the team's replies through a shared folder (a synced or network drive) or a sync server. Your supervisor gives you a join code; or start a team and invite your agents.</source>
        <translation>通过共享文件夹（同步盘或网络盘）或同步服务器共享团队话术。主管会给你一个加入码；你也可以创建团队并邀请客服。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join a team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Start a team</source>
        <translation>创建新团队</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Create team</source>
        <translation>创建团队</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="142" />
        <source>server {url}</source>
        <translation>服务器 {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="144" />
        <source>folder {path}</source>
        <translation>文件夹 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="155" />
        <source> (you)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="159" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="159" />
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="160" />
        <source>not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="164" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="168" />
        <source>{when}: sent {sent}, received {received}, conflicts {conflicts}, quarantined {quarantined}</source>
        <translation>{when}：发出 {sent}，收到 {received}，冲突 {conflicts}，隔离 {quarantined}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="190" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="269" />
        <source>Give this code to one new agent.</source>
        <translation>把这个加入码发给一位新客服（每个码只能用一次）。</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="61" />
        <location filename="../../desktop/settings/sync_forms.py" line="66" />
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="62" />
        <source>A synced or network folder, or https://server</source>
        <translation>同步盘或网络共享文件夹，或 https://服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="63" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>TeamMessages</name>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="25" />
        <source>This phrasebook is already in team “{name}”.</source>
        <translation>已经在团队「{name}」中。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="29" />
        <source>This phrasebook is not in a team yet.</source>
        <translation>这个话术库还没有加入团队。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="33" />
        <source>Only the computer that created the team can do this.</source>
        <translation>只有创建团队的那台电脑可以这样做。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="37" />
        <source>This join code is not for this team, or it was withdrawn.</source>
        <translation>这个加入码不属于这个团队，或已被撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="43" />
        <source>This join code was already used; ask your supervisor for a new one.</source>
        <translation>这个加入码已经被用过了，请向主管要一个新的。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="49" />
        <source>This is not a QuickReply join code (it starts with QR1-).</source>
        <translation>这不是快回的加入码（加入码以 QR1- 开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="55" />
        <source>The join code is damaged; copy it again.</source>
        <translation>加入码不完整或已损坏，请重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="59" />
        <source>Choose a shared folder, or type a server address.</source>
        <translation>请选择共享文件夹，或填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="63" />
        <source>The shared folder was not found: {path}</source>
        <translation>找不到共享文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="67" />
        <source>This folder already holds a team; join it with a join code instead.</source>
        <translation>这个文件夹里已经有一个团队了，请用加入码加入。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="73" />
        <source>The team file (team.json) in the shared place is missing or damaged.</source>
        <translation>共享位置里的团队文件（team.json）丢失或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="79" />
        <source>The team uses a newer QuickReply; please update.</source>
        <translation>团队使用的是更新版本的快回，请先升级。</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="44" />
        <source>Deleted phrases stay here until you delete them forever.</source>
        <translation>删除的话术会保留在这里，直到彻底删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="50" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="51" />
        <source>Delete forever</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="52" />
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="99" />
        <source>Delete the selected phrases forever? This cannot be undone.</source>
        <translation>彻底删除所选话术？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="104" />
        <source>Empty the trash? This cannot be undone.</source>
        <translation>清空回收站？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="115" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="50" />
        <location filename="../../desktop/tray.py" line="96" />
        <source>Phrase manager…</source>
        <translation>话术管理…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="52" />
        <location filename="../../desktop/tray.py" line="97" />
        <source>Active shop</source>
        <translation>当前店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="54" />
        <location filename="../../desktop/tray.py" line="98" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="56" />
        <location filename="../../desktop/tray.py" line="99" />
        <source>Pause hotkeys</source>
        <translation>暂停快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="58" />
        <location filename="../../desktop/tray.py" line="100" />
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="60" />
        <location filename="../../desktop/tray.py" line="101" />
        <source>Quit QuickReply</source>
        <translation>退出快回</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="65" />
        <source>Import phrases…</source>
        <translation>导入快捷短语…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="74" />
        <location filename="../../desktop/tray.py" line="102" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="85" />
        <location filename="../../desktop/tray.py" line="103" />
        <source>Paste the last reply again</source>
        <translation>重新粘贴上一条回复</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="110" />
        <source>Question notebook</source>
        <translation>问题记事本</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="113" />
        <source> (%1 open, %2 overdue)</source>
        <translation>（%1 个待回复，%2 个已超时）</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="118" />
        <source> (%1 open)</source>
        <translation>（%1 个待回复）</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="146" />
        <source>Search phrases</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="148" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
</context>
<context>
    <name>VariantCompareDialog</name>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="69" />
        <source>Team version changed</source>
        <translation>团队版本已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="94" />
        <source>The team rewrote this phrase after you made it your own. Your wording is still used; compare and decide.</source>
        <translation>你改成自己的说法之后，团队重写了这条话术。目前仍在使用你的说法，请对比后决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="100" />
        <source>My wording</source>
        <translation>我的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="101" />
        <source>Team's current text</source>
        <translation>团队当前版本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="109" />
        <source>The team text you rewrote (struck through: what the team removed)</source>
        <translation>你当初改写的团队原文（删除线：团队删掉的内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="111" />
        <source>The team text you rewrote is not known</source>
        <translation>不知道你当初改写的是哪个团队版本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="115" />
        <source>Merge by hand (starts from your wording)</source>
        <translation>手动合并（从你的说法开始改）</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="121" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="122" />
        <source>Take theirs</source>
        <translation>采用团队版本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="123" />
        <source>Save merged text</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="128" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VariantPanel</name>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="66" />
        <source>Compare with the team version…</source>
        <translation>与团队版本对比…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="67" />
        <source>Use the team text again</source>
        <translation>改回团队原文</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="107" />
        <source>Edit my wording</source>
        <translation>修改我的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="128" />
        <source>Kept your wording</source>
        <translation>已保留你的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="132" />
        <source>Merge with the team version</source>
        <translation>与团队版本合并</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="136" />
        <source>Saved the merged text</source>
        <translation>已保存合并后的说法</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="143" />
        <source>Take the team version</source>
        <translation>采用团队版本</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="145" />
        <source>Using the team text again</source>
        <translation>已改回团队原文</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="162" />
        <source>Team text: {text}</source>
        <translation>团队原文：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="168" />
        <source>A personal phrase is already yours: edit its text on the Reply tab.</source>
        <translation>个人话术本来就是你自己的：请在“回复”页直接修改内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="171" />
        <source>The team changed this phrase after you rewrote it. Your wording is still used; compare to keep it, take the team's, or merge.</source>
        <translation>你改写之后，团队修改了这条话术。目前仍在使用你的说法；对比后可以保留你的、采用团队的，或手动合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="175" />
        <source>Say this team phrase your way: search and insertion use your wording, team updates never overwrite it. Leave it empty to use the team text.</source>
        <translation>用你自己的方式说这条团队话术：搜索和插入都用你的说法，团队更新也不会覆盖它。留空则使用团队原文。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/welcome.py" line="21" />
        <source>Welcome to QuickReply</source>
        <translation>欢迎使用快回</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="24" />
        <source>Press &lt;b&gt;{hotkey}&lt;/b&gt; in any chat window to search your replies; Enter pastes the chosen one.&lt;br&gt;Tell us how to sign your replies (you can change it later).</source>
        <translation>在任意聊天窗口按 &lt;b&gt;{hotkey}&lt;/b&gt; 搜索话术，按 Enter 即可发送到输入框。&lt;br&gt;请填写您的客服昵称和店铺名（以后可以修改）。</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="29" />
        <source>e.g. Xiaomei</source>
        <translation>例如：小美</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="30" />
        <source>e.g. your shop's name</source>
        <translation>例如：您的店铺名</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="32" />
        <source>Your nickname</source>
        <translation>客服昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="33" />
        <source>Shop name</source>
        <translation>店铺名</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="35" />
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="36" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
</TS>