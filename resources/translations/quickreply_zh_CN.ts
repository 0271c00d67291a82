<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HotkeyDialog</name>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="33" />
        <source>Popup hotkey</source>
        <translation>呼出快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="34" />
        <source>Press the keys you want to use.</source>
        <translation>请按下您想使用的组合键。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/preview.py" line="57" />
        <source>Preview</source>
        <extracomment>Text of a field the agent still has to fill: a warm red that reads on light and dark bases. Background of text that came from a field (typed or default), a translucent blue.</extracomment>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/preview.py" line="62" />
        <source>Fill in</source>
        <translation>待填写</translation>
    </message>
    <message>
        <location filename="../../desktop/preview.py" line="169" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>QuickReply</name>
    <message>
        <location filename="../../desktop/app.py" line="102" />
        <source>{chord} is already used by another program. Choose another.</source>
        <translation>{chord} 已被其他程序占用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="174" />
        <source>Not inserted</source>
        <translation>未能插入</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="176" />
        <source>QuickReply</source>
        <translation>快回</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/popup.py" line="141" />
        <source>QuickReply</source>
        <extracomment>Fonts tried for CJK and Hangul after the system UI font, best-looking first per OS.</extracomment>
        <translation>快回</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="166" />
        <source>Search replies: code, pinyin or words</source>
        <translation>搜索话术：编码、拼音或关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="194" />
        <source>Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Esc close</source>
        <translation>Enter 插入 · Shift+Enter 复制 · Ctrl+1-9 选择 · Tab 填写 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="254" />
        <source>Fill in first: {field}</source>
        <translation>请先填写：{field}</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="291" />
        <source>No phrasebook open</source>
        <translation>没有打开的话术库</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="293" />
        <source>No reply matches “{query}”</source>
        <translation>没有找到与“{query}”匹配的话术</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="295" />
        <source>No replies yet: add some in the phrase editor</source>
        <translation>还没有话术，请在话术管理中添加</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="35" />
        <source>Active shop</source>
        <translation>当前店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="37" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="39" />
        <source>Pause hotkeys</source>
        <translation>暂停快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="41" />
        <source>Quit QuickReply</source>
        <translation>退出快回</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="59" />
        <source>Search phrases</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="61" />
        <source>QuickReply</source>
        <translation>快回</translation>
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
<context>
    <name>quickreply</name>
    <message>
        <location filename="../../desktop/launcher.py" line="122" />
        <source>Press {chord} in a chat window to search replies.</source>
        <translation>在聊天窗口按 {chord} 即可搜索话术。</translation>
    </message>
    <message>
        <location filename="../../desktop/launcher.py" line="127" />
        <source>The popup hotkey could not be registered.</source>
        <translation>呼出快捷键注册失败，请换一个组合键。</translation>
    </message>
</context>
</TS>